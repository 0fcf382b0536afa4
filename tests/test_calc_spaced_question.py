"""trial51 M4: a sum asked with spaces for punctuation (示范市 主导制定 国家标准 1项 行业标准 1项
能拿多少), as typed on a phone, was read as one achievement and answered by a partial match; the
calculator prices each counted achievement, sharing the role written before them. Invented plan,
sums by hand."""

from __future__ import annotations

from invented_plans import city_plan, plans_fixture
from policybot.bot.cli import answer_text
from policybot.knowledge.reward_claims import read_claims
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、奖励措施
(一)对主导制修订国家标准、行业标准的企业,分别给予50万元、20万元的奖励;参与制修订的,分别给予10万元、5万元的奖励。
(二)对新获得中国驰名商标的企业,奖励80万元。
"""
)

service = plans_fixture("calc_spaced", PLAN)


def test_spaced_counts_are_several_achievements_sharing_the_role() -> None:
    claims = read_claims("主导制定 国家标准 1项 行业标准 2项 能拿多少").claims
    assert [(c.words, c.role, c.count) for c in claims] == [
        ("国家标准", "主导", 1),
        ("行业标准", "主导", 2),
    ]


def test_a_role_written_after_the_count_stays_with_it() -> None:
    claims = read_claims("国家标准 2项 参与").claims
    assert [(c.words, c.role, c.count) for c in claims] == [("国家标准", "参与", 2)]


def test_a_spaced_question_is_priced(service: QueryService) -> None:
    """Through the route the chat and ``policybot ask`` share."""
    reply, _ = answer_text(service, "示范市 主导制定 国家标准 1项 行业标准 2项 能拿多少")
    assert "合计: 90万元" in reply, reply
    reply, _ = answer_text(service, "示范市 参与制定 国家标准 2项 驰名商标 1件 一共能拿多少")
    assert "合计: 100万元" in reply, reply
