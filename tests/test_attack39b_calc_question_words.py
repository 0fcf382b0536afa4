"""attack39b: "最高能拿多少" written after the achievements is the question itself, yet
``reward_claims.read_claims`` keeps it as an achievement (words 最高), shown under 无法确定
(最高能拿多少: 未找到对应的奖励条款) — the class fixA39 closed for 就高不重复吗/能不能叠加/有没有上限."""

from __future__ import annotations

from policybot.knowledge.reward_claims import read_claims


def test_how_much_at_most_is_no_achievement() -> None:
    sheet = read_claims("主导制定了1项国家标准,最高能拿多少?")
    assert [claim.words for claim in sheet.claims] == ["国家标准"], sheet.claims
