"""Answers round 40 (issue 12): a document's own data read as asked in everyday words — 引发
typed for 印发, 放在 for 设在, a 责任清单 asked who issued it (with the page's 发布机构), a
repeal field left as 0000-00-00 (no answer), a year asked of a text dated without one (no
answer); a rule's recipient asked in a person's words (我是事业单位在编的…奖金发给我个人吗).
Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policybot.knowledge.question import parse_question
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2033, 6, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A province's page whose header leaves the repeal field as a placeholder.
DIVISION = """索引号: 000099999/2031-123456 主题分类: 环境保护
发文机关: 省政府办公厅 成文日期: 2031-07-16
发文字号: 样政办发〔2031〕89号
废止时间: 0000-00-00
样板省人民政府办公厅关于印发样板省扬尘治理行动重点工作部门分工方案的通知
各市、县(市、区)人民政府,省政府直属各单位:
《样板省扬尘治理行动重点工作部门分工方案》已经省政府同意,现印发给你们,请认真贯彻执行。
样板省人民政府办公厅
2031年7月16日
样板省扬尘治理行动重点工作部门分工方案
一、加快淘汰落后产能。2032年底前完成落后产能淘汰任务。(省经信委牵头)
"""

# A county's list of the year's tasks, its page header naming the 发布机构 in short.
TASK_LIST = """索引号 11330999/2031-00001
主题分类:政府工作
发布机构:县政府办公室
成文日期:2031-02-22
文号: 样政办发〔2031〕5号
样板县人民政府办公室关于印发《2031年度政府工作要点责任清单》的通知
各乡镇人民政府,县政府直属各单位:
现将《2031年度政府工作要点责任清单》印发给你们,请认真贯彻执行。
各乡镇、各部门要根据《2031年度政府工作要点责任清单》确定的57项重点任务制定具体实施方案。
样板县人民政府办公室
2031年2月22日
"""

# A city's implementation plan, and a prize's rules naming where its secretariat sits.
PLAN = """示例市人民政府办公室关于印发示例市扩大消费实施方案的通知
示政办发〔2031〕12号
各区人民政府,市政府各部门:
现将《示例市扩大消费实施方案》印发给你们,请认真贯彻执行。
示例市人民政府办公室
2031年3月15日
示例市扩大消费实施方案
一、促进消费
(一)整合2000万元资金用于发放消费券。(牵头单位:市商务局)
"""

PRIZE = """示例市市长质量奖管理办法
第一条 为推动质量强市建设,制定本办法。
第五条 设立示例市市长质量奖评审委员会,评委会下设办公室,办公室设在市市场监督管理局。
第六条 市长质量奖每两年评审一次,获奖企业奖励50万元。
示例市人民政府
2031年4月1日
"""

# A news page reporting a rule issued on a day it gives without the year.
NEWS = """样州出台招商引资激励办法
3月12日,样州市招商引资激励办法(试行)印发,对项目引荐团队或个人进行奖励。
办法明确,对引荐项目实际到位资金1亿元以上的,奖励第一引荐人50万元,最高不超过300万元。
引荐人为国家机关、事业单位及其在职在编人员的,项目奖励兑付到所在单位,不发放给个人。
"""

# A district's notice for one year's rewards, posted on a web page the next year.
POSTED = """关于开展样板区2031年度商标奖补政策资金兑付工作的通知
2032-05-04 14:07:41   来源:样板区政府网   浏览:3867 次
各相关单位:
样板区2031年度商标奖补申请受理工作由样板区市场监督管理局组织实施。
对新获得中国驰名商标的企业,奖励50万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round40")
    with invented_plans_service(
        Path(folder), DIVISION, TASK_LIST, PLAN, PRIZE, NEWS, POSTED, now=ASKED
    ) as service:
        yield service


def test_a_placeholder_repeal_date_is_no_answer(service: QueryService) -> None:
    """废止时间: 0000-00-00 says nothing is repealed: 未找到, never the placeholder as the date."""
    reply = _ask(service, "样板省扬尘治理分工方案啥时候废止?")
    assert REFUSAL in reply
    assert "0000-00-00" not in reply


def test_a_task_list_is_a_document_asked_who_issued_it(service: QueryService) -> None:
    """责任清单是哪个部门发的: its issuer, with the 发布机构 the page's header names."""
    reply = _ask(service, "样板县那个责任清单是哪个部门发的?")
    assert REFUSAL not in reply
    assert "发布机构:县政府办公室" in reply


def test_yin_typed_for_printed_asks_the_date(service: QueryService) -> None:
    """啥时候引发的 (引 for 印): the day the plan was issued, not 没有写明时间."""
    reply = _ask(service, "示例市那个实施方案啥时候引发的?")
    assert REFUSAL not in reply
    assert "2031-03-15" in reply


def test_placed_at_reads_as_set_up_at(service: QueryService) -> None:
    """办公室放在哪个局: the documents write 设在 (or 下设办公室在); the sentence answers,
    without a hedge. (qa44 reads 办公室设在哪 as 办公室在哪, so both writings match: the
    colloquial 放在 is read away, whichever the documents use.)"""
    index = service._answers().index
    parsed = parse_question("示例市长质量奖评委会办公室放在哪个局?", index, date(2033, 6, 3))
    assert "放在" not in parsed.reading and "办公室在" in parsed.reading
    reply = _ask(service, "示例市长质量奖评委会办公室放在哪个局?")
    assert "设在市市场监督管理局" in reply
    assert "仅供参考" not in reply


def test_a_year_asked_of_a_yearless_date_is_not_answered(service: QueryService) -> None:
    """哪一年出台的, of a page dating the rule 3月12日: no year is stated, so 未找到."""
    reply = _ask(service, "样州招商引资激励办法是哪一年出台的?")
    assert REFUSAL in reply


def test_a_kind_of_body_stays_one_word(service: QueryService) -> None:
    """事业单位 is a kind of body a rule names, one word: not 单位 (a kind phrase) and 事业."""
    index = service._answers().index
    parsed = parse_question("我是事业单位在编的,奖金发给我个人吗?", index, date(2033, 6, 3))
    assert "事业单位" in parsed.words and "事业" not in parsed.words


def test_paid_to_me_asks_the_recipient(service: QueryService) -> None:
    """奖金发给我个人吗, from 事业单位 staff who brought a project: the clause saying whom it is
    paid to (兑付到所在单位), not a sum and not 未找到."""
    reply = _ask(service, "我是事业单位在编的,引来了项目,奖金发给我个人吗?")
    assert REFUSAL not in reply and "仅供参考" not in reply
    assert "兑付到所在单位" in reply


def test_a_posting_stamp_states_no_year(service: QueryService) -> None:
    """2032-05-04 14:07:41, the page's posting stamp, dates the page: a notice of 2031年度 is
    no answer to 2032年度."""
    reply = _ask(service, "样板区2032年度商标奖补啥时候申报?")
    assert REFUSAL in reply
    assert "14:07" not in reply
