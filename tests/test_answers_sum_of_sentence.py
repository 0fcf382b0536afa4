"""奖多少 answered by a sentence rather than a stored reward (trial39: 获得…认证 of a sentence
listing three achievements, then 给予30万元的奖励, led with the whole sentence): the sentence's
one sum leads, when the sentence names every word asked; two sums or a word missing, none."""

from __future__ import annotations

from policybot.knowledge.figures import sentence_sum

SENTENCE = (
    "对新获得省级名牌产品(含区域名牌)、省著名商标和首次通过“金标”品牌认证的企业,给予30万元的奖励"
)


def test_the_one_sum_of_a_sentence_naming_every_word_asked_leads() -> None:
    assert sentence_sum(SENTENCE, ["获得", "金标", "认证"]) == "30万元"


def test_a_sentence_missing_a_word_asked_gives_no_sum() -> None:
    assert sentence_sum(SENTENCE, ["获得", "金标", "检测"]) is None


def test_a_sentence_of_two_sums_gives_none() -> None:
    two = "对新获得省级名牌产品的企业给予20万元奖励,首次通过“金标”品牌认证的企业给予30万元奖励"
    assert sentence_sum(two, ["获得", "金标", "认证"]) is None


def test_a_word_only_in_an_aside_is_not_named() -> None:
    assert sentence_sum(SENTENCE, ["区域名牌"]) is None
