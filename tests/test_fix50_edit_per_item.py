"""fix50 (trial43): /edit reward … 金额 50万元 of a rule written 每项40万元 was answered 50万元,
its 每项 lost: the per-item word was only said when the sum matched the sentence's. A sum an
admin edited keeps the sentence's one per-item word; a sentence with two keeps none (which
one the edit replaced cannot be told). Invented plan."""

from __future__ import annotations

from sqlmodel import Session, select

from policybot.knowledge.editing import update_fact
from policybot.knowledge.lines import per_item_said
from policybot.knowledge.models import RewardRule
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、奖励政策
(一)对主导制定国家标准的企业,给予每项40万元的奖励。
(二)对新获得中国驰名商标的企业,奖励80万元。
"""
)


def test_an_edited_sum_keeps_its_per_item_word(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with invented_plans_service(tmp_path, PLAN) as service:
        assert "每项40万元" in ask(service, "示范市主导国家标准奖多少")
        with Session(service.engine) as session:
            rule = session.exec(
                select(RewardRule).where(RewardRule.achievement.contains("国家标准"))  # type: ignore[attr-defined]
            ).one()
        update_fact(service.engine, 1, "reward", rule.id or 0, "amount_yuan", "50万元")
        service.invalidate()
        answer = ask(service, "示范市主导国家标准奖多少")
        assert "每项50万元" in answer and "已由管理员修改" in answer, answer


def test_the_per_item_word_of_an_edit_only_when_the_sentence_has_one() -> None:
    one = "对主导制定国家标准的企业,给予每项40万元的奖励"
    assert per_item_said(one, 500_000, None) == ""
    assert per_item_said(one, 500_000, None, edited=True) == "每项"
    two = "主导的每项奖励40万元,参与的每项奖励10万元"
    assert per_item_said(two, 500_000, None, edited=True) == ""
    assert per_item_said(two, 100_000, None) == "每项"
