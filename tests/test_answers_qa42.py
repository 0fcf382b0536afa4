"""Answers after the qa36-qa38 batches (issue 12, round qa42). A contact line is found in the
document the rest of the question names even when no one sentence matches it well (a notice's
words spread over its lines), and of two telephone lines the one naming the office asked;
联系方式 asks a contact; 奖金由哪里出 asks who pays, answered by the sentence saying which purse
pays (奖励金由…财政…解决) though it shares no other word with the question; 主要是发钱吗 asks
whether a rule gives 物质奖励 first (以…为主), while 给钱吗 alone still asks whether anything is paid. Every text is invented (made-up places, figures,
names and numbers). 能按…办法享受吗 asks who qualifies, as 能享受吗 does: the rule's scope clause
answers (县内…改扩建的新增投资也适用本办法). 不分解 is the documents' 不作分解; 要先进什么库才能申请 is 先 进入 (never 先进, advanced), and 才能 the
condition's frame, no word a sentence must write."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService

RULE = """北岭县招商引资奖励办法
为了加大北岭县招商引资工作力度,充分调动全社会力量参与招商引资工作的积极性,特制订本办法。
第一条 奖励对象
凡引资人引荐北岭县以外的投资者来北岭投资兴办项目,固定资产投入800万元以上的,对引资者给予奖励。
(一)公务员引资者:指在职公务员及参照公务员法管理的机关工作人员。
(二)社会引资者:指除公务员引资者以外的自然人、社会法人、团体等引进外来资金者。
第二条 奖励原则
(一)分类奖励原则。对公务员引资者以精神奖励为主,对社会引资者以物质奖励为主。
(二)谁受益谁奖励的原则。奖励金由项目落户所在地的乡镇财政通过年度预算安排解决。
第三条 奖励条件
对引资人引进的同时符合以下条件的项目可以申报招商引资奖励:
(一)引进北岭县以外的投资者投资于本县的新建招商引资项目。
"""

NOTICE = """东坪市经济和信息化局关于2033年首次进入规模以上工业企业奖励资金预安排的公示
根据有关文件精神,我局组织开展了2033年首次进入规模以上工业企业奖励资金兑现工作。
经各区经信部门审核推荐,现将首进规奖励资金预安排情况予以公示。
公示时间为2033年3月20日至3月26日,对公示内容有异议的,请在公示期内向市经信局反映。
公示接待电话:机关纪委 61234567
民营经济发展处 67654321
东坪市经济和信息化局
2033年3月20日
"""

PREFERENCES = """南林县人民政府关于印发南林县招商引资优惠办法(试行)的通知
南政发〔2031〕7号
南林县人民政府
2031年5月6日
南林县招商引资优惠办法(试行)
第一章 总则
第一条 为加快招商引资步伐,优化投资环境,鼓励县外投资者来我县投资兴办企业,结合南林县实际,特制定本办法。
第二条 本办法适用于来南林投资经营的县外自然人、法人以及其他经济组织;县内投资者新建企业或原企业改扩建的新增投资也适用本办法。
第三条 煤炭采掘、房地产开发等项目不适用本办法。
第二章 优惠政策
第四条 新办工业企业,自投产之日起前两年按其缴纳税收县级留存部分的60%给予奖励。
"""

SPLIT_UP = """西江市人民政府关于分解落实《西江市品牌发展规划纲要》主要目标和任务的通知
西政发〔2031〕9号
西江市人民政府
2031年4月8日
为确保《纲要》确定的目标和任务顺利完成,现将《纲要》的主要目标和任务分解落实如下。
一、分解原则
(一)明确职责。对政府职责范围内的目标和任务,分解到相关部门;对主要依靠企业自主经营实现的目标和任务不作分解,由统计部门跟踪监测。
(二)突出重点。将《纲要》的主要目标和任务的责任分解到各县(区),品牌企业数量等约束性指标分解到年度。
二、目标任务分解
1.到2033年,全市品牌企业达到120家。(责任单位:市市场监管局)
"""

LISTING = """东坪市人民政府办公室关于印发东坪市企业上市扶持奖励办法的通知
东政办发〔2032〕5号
东坪市人民政府办公室
2032年1月9日
东坪市企业上市扶持奖励办法
一、奖励范围
(一)已纳入市级上市后备企业资源库内的企业,符合下列条件之一的,可以申请企业上市扶持奖励。
二、奖励标准
(一)企业在主板上市的,奖励300万元。
(二)企业在新三板挂牌的,奖励50万元。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa42")
    with invented_plans_service(folder, RULE, NOTICE, PREFERENCES, SPLIT_UP, LISTING) as service:
        yield service


def test_the_phone_of_the_office_asked(service: QueryService) -> None:
    reply = ask(service, "东坪首进规奖励公示,民营经济发展处电话多少?")
    assert "67654321" in reply and "未找到" not in reply


def test_who_pays_is_the_purse_sentence(service: QueryService) -> None:
    reply = ask(service, "北岭县招商引资奖励的奖金由哪里出?")
    assert "乡镇财政" in reply and "部分相符" not in reply and "未找到" not in reply


def test_money_first_is_material_reward_first(service: QueryService) -> None:
    reply = ask(service, "北岭县对公务员引资者主要是发钱吗?")
    assert "精神奖励为主" in reply and "部分相符" not in reply and "未找到" not in reply


def test_a_rule_named_between_can_and_enjoy_asks_who_qualifies(service: QueryService) -> None:
    reply = ask(
        service, "我们是南林县本地企业,老厂改扩建新增的投资,能按南林县招商引资优惠办法享受吗?"
    )
    assert "也适用本办法" in reply and "部分相符" not in reply and "未找到" not in reply


def test_not_split_is_written_not_made_split(service: QueryService) -> None:
    reply = ask(service, "西江品牌发展纲要分解,哪些目标任务不分解?")
    assert "企业自主经营" in reply and "部分相符" not in reply and "未找到" not in reply


def test_first_enter_is_no_advanced_unit(service: QueryService) -> None:
    reply = ask(service, "東坪企業上市獎勵要先進什麼庫才能申請?")
    assert "上市后备企业资源库" in reply and "部分相符" not in reply and "未找到" not in reply


def test_whether_paid_at_all_is_no_money_first(service: QueryService) -> None:
    reply = ask(service, "北岭县引进投资800万元以上的项目,给钱吗?")
    assert "以物质奖励为主" not in reply
