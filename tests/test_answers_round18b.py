"""Answers round 18 (issue 12): general causes of the dev misses left after round 17. The store
holds invented documents (样例县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.passages import split_document
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

TECH = """样例县科技创新奖励办法
第一条 对首次认定的高企给予一次性奖励8万元。
第二条 对重新认定的高企给予一次性奖励3万元。
第三条 奖励办法
(一)销售增量奖
规模工业企业本年度销售收入同比净增5000万元以上的奖励4万元。
以上奖金60%奖给企业法定代表人,另40%奖给企业。
样例县科学技术局
2042年1月5日
"""

NOTICE = """关于2042年一季度范例市技改投资奖励资金的公示
根据范例市有关政策,对2042年一季度技改投资超过2000万元的企业奖励5万元。
经审核,拟对范例机械有限公司等8家企业予以奖励。
公示时间:2042年5月6日—5月12日。
范例市经济和信息化局
2042年5月6日
"""

GROWTH = """范本省科技创新三年行动方案
到2044年,高新技术企业营业收入达到900亿元,高新技术企业数量达到1500家。
另:对新认定的高企给予奖励。
范本省科学技术厅
2042年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18b")
    with invented_plans_service(folder, TECH, GROWTH, NOTICE) as service:
        yield service


def test_a_firm_moving_in_is_not_answered_by_a_rule_for_firms_already_there(
    service: QueryService,
) -> None:
    """搬到样例县的高企: the rules reward firms recognised there, none moving in; the question
    is out of the store. Asked without the move, the rule answers."""
    moved = ask(service, "搬到样例县的高企能奖多少?")
    assert "未找到" in moved and "3万元" not in moved
    renewed = ask(service, "样例县重新认定的高企奖多少?")
    assert "3万元" in renewed and "未找到" not in renewed


def test_revenue_said_short_is_the_documents_business_income(service: QueryService) -> None:
    """营收 is how people say 营业收入: asked so, the figure for revenue answers, not the count
    of firms beside it."""
    reply = ask(service, "范本省高企营收2044年要到多少?")
    assert "900亿元" in reply and "1500家" not in reply
    assert "未找到" not in reply and "仅供参考" not in reply


def test_whether_a_reward_all_goes_to_the_firm_is_answered_by_its_split(
    service: QueryService,
) -> None:
    """奖金是全给企业吗 asks how the sum is divided: the sentence giving its shares answers,
    not the sum (4万元) beside it."""
    reply = ask(service, "销售增量奖的奖金是全给企业吗?")
    assert "60%" in reply and "法定代表人" in reply
    assert "未找到" not in reply and "仅供参考" not in reply


def test_a_question_mark_in_a_sentence_asking_nothing_ends_no_sentence() -> None:
    """每?年评审一次: a character lost to the page's encoding, not the end of a question; the
    sentence goes on to how many are chosen. A real question still ends its sentence."""
    texts = [
        passage.text
        for passage in split_document(
            "样例奖励办法\n样例县质量奖20万元/组织,每?年评审一次,每次不超过4个。"
            "什么是样例县质量奖?样例县质量奖是县政府设立的最高质量荣誉。\n"
        )
    ]
    assert any("每?年评审一次,每次不超过4个" in text for text in texts)
    assert any(text.startswith("样例县质量奖是县政府设立") for text in texts)


def test_when_a_reward_notice_closes_is_asked_of_its_every_sentence(
    service: QueryService,
) -> None:
    """A notice about rewards is about them in each sentence: its 公示时间 line, which does
    not say 奖, answers when the notice of the reward closes."""
    reply = ask(service, "范例市一季度技改奖励公示到哪天截止?")
    assert "5月12日" in reply and "未找到" not in reply
