"""Refusals after the fresh batch qa43 (issue 12: out-of-store questions get 未找到, never a
guess). A when-question is not answered by the year it writes itself (2031年的试点项目什么时候
验收, of a notice saying only 2031年 of its projects) nor by a notice's date line, which dates the
notice; a region's own document asked for a year the store lacks (2032年应对疫情若干措施, of a
city holding its 2031年 措施) is not another document of that year. A sentence naming only
the year asked still answers when its heading dates it (a guard: it passes without the rule
too). Every text is invented (made-up places, figures and offices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService

# A province's notice handing out its yearly pilot projects: a deadline, a term, its date lines.
PILOT_NOTICE = """示范省市场监督管理局关于下达2031年省级标准化试点项目的通知
省级有关部门,各市、县(市、区)市场监督管理局,各有关单位:
现将2031年省级标准化试点项目下达给你们,并提出以下工作要求:
一、各相关单位要按照《示范省标准化试点项目管理办法》要求,认真组织项目实施。项目建设周期为两年。
二、各项目承担单位请于2031年11月15日前,通过示范省标准化公共服务平台提交《示范省标准化试点项目任务书》。
附件:1.2031年示范省省级标准化试点项目
示范省市场监督管理局
2031年10月19日
示范省市场监督管理局办公室 2031年10月21日印发
"""

# A city's two documents: its measures of one year, its yearly task table of the next.
MEASURES = """南屏市人民政府办公室关于印发应对疫情若干政策措施的通知
南政办秘〔2031〕1号
各区人民政府,市政府各部门:
现将《应对疫情若干政策措施》印发给你们,请认真贯彻执行。
一、对受疫情影响的中小企业,减免国有资产类经营用房房租三个月。
二、对疫情防控期间保持生产的重点企业,给予每家企业一次性补助5万元。
三、对受疫情影响暂时失去收入来源的个体工商户,缓缴社会保险费六个月。
四、本措施自印发之日起施行,有效期至2031年12月31日。
南屏市人民政府办公室
2031年2月14日
"""

TASK_TABLE = """南屏市人民政府办公室关于印发2032年市政府工作报告目标任务分解表的通知
南政秘〔2032〕14号
各区人民政府,市政府各部门:
现将《2032年市政府工作报告目标任务分解表》印发给你们,请认真抓好落实。
一、全年地区生产总值增长6%左右,由市发展改革委牵头,2032年12月底前完成。
二、新增规模以上工业企业60家,由市经信局牵头,2032年12月底前完成。
三、城镇新增就业3万人,由市人社局牵头,2032年12月底前完成。
南屏市人民政府办公室
2032年2月12日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa49")
    with invented_plans_service(folder, PILOT_NOTICE, MEASURES, TASK_TABLE) as service:
        yield service


def refused(reply: str) -> bool:
    return "未找到" in reply


def test_a_when_question_is_not_answered_by_its_own_year_or_a_date_line(
    service: QueryService,
) -> None:
    reply = ask(service, "示范省2031年省级标准化试点项目什么时候验收?")
    assert refused(reply), reply
    assert "10月19日" not in reply and "10月21日" not in reply, reply


def test_a_when_question_the_notice_dates_is_still_answered(service: QueryService) -> None:
    reply = ask(service, "示范省2031年标准化试点项目任务书啥时候前要交?")
    assert not refused(reply), reply
    assert "2031-11-15" in reply or "11月15日" in reply, reply


def test_a_regions_document_asked_for_a_year_it_lacks_is_refused(service: QueryService) -> None:
    reply = ask(service, "南屏市2032年应对疫情若干政策措施的文号是多少?")
    assert refused(reply), reply
    assert "南政秘〔2032〕14号" not in reply, reply
    assert "收录的是《应对疫情若干政策措施》" in reply, reply  # the edition the store holds


def test_the_editions_held_are_still_answered(service: QueryService) -> None:
    assert "南政办秘〔2031〕1号" in ask(service, "南屏市应对疫情若干政策措施的文号是多少?")
    assert "南政办秘〔2031〕1号" in ask(service, "南屏市2031年应对疫情若干政策措施的文号是多少?")
    assert "南政秘〔2032〕14号" in ask(service, "南屏市2032年目标任务分解表的文号是多少?")


# A district's opinion whose steps are dated by their headings, the sentence saying only the year.
STEPS = """北溪区人民政府办公室关于推进品牌建设的实施意见
北政办发〔2031〕12号
各街道办事处、乡镇人民政府,区政府直属各单位:
为推进品牌建设,结合我区实际,提出如下实施意见。
一、实施步骤
(一)试点培育(2031年12月底前)
在试点培育企业中选择3家企业作为2031年重点培育企业,集中督促指导,开展帮扶活动。
(二)全面推进(2032年1月—2033年12月)
每年新增品牌培育企业5家,形成梯次培育格局。
北溪区人民政府办公室
2031年6月1日
"""


def test_a_sentence_naming_only_the_year_asked_is_dated_by_its_heading(
    tmp_path: Path,
) -> None:
    with invented_plans_service(tmp_path, STEPS) as service:
        reply = ask(service, "北溪2031年的重点培育企业选几家,啥时候前弄完")
    assert not refused(reply), reply
    assert "3家" in reply and ("12月底" in reply or "2031-12-31" in reply), reply
