"""A one-character homophone slip in a two-character word (明牌 for 名牌, trial 34): corrected
when the store's character pairs with both neighbours as the documents write them, and only
then; a four-character term was the only short slip read before (驰明商标 → 驰名商标)."""

from __future__ import annotations

from policybot.knowledge.spelling import Speller

TEXTS = ["全市省名牌产品数量", "省明确要求各地", "打造名牌企业"]


def test_a_short_homophone_fitting_both_neighbours_is_corrected() -> None:
    speller = Speller({"名牌": 5, "省名牌": 2}, TEXTS, ["几个"])
    assert speller.correct("示范区省明牌要几个") == "示范区省名牌要几个"


def test_a_short_homophone_that_does_not_fit_its_neighbours_is_left() -> None:
    # 明牌 is never written and 省明 is (省明确), but the documents never write 省名: the slip
    # would not make the question read as they do, so it is left as typed.
    speller = Speller({"名牌": 5}, ["省明确要求各地", "打造名牌企业"], ["几个"])
    assert speller.correct("示范区省明牌要几个") == "示范区省明牌要几个"
