"""A short aside in brackets inside a word (常务(扩大)会议) leaves the word said: the sentence
saying when a plan was passed at 第57次常务(扩大)会议 answers 哪次常务会议通过的 in full."""

from __future__ import annotations

from policybot.knowledge.confidence import coverage


def _idf(word: str) -> float:
    return 1.0


def test_an_aside_inside_a_word_leaves_it_said() -> None:
    said = coverage(["常务会议", "通过"], "经市政府第57次常务(扩大)会议研究通过", _idf)
    assert said.share == 1.0 and said.missing == ()


def test_other_words_between_are_no_aside() -> None:
    said = coverage(["常务会议"], "市政府常务副市长主持会议", _idf)
    assert said.share < 1.0 and said.missing == ("常务会议",)


def test_an_aside_inside_a_word_of_the_title_leaves_it_said_there() -> None:
    # Invented: a rule titled …市名牌(知名)产品企业奖励办法, one of whose articles is asked.
    title = "示范区获得国、市名牌(知名)产品企业奖励办法"
    sentence = "在示范区登记注册的企业,均适用本办法"
    said = coverage(["名牌产品", "办法", "企业"], sentence, _idf, context=title)
    unsaid = coverage(["名牌产品", "办法", "企业"], sentence, _idf, context="示范区奖励办法")
    assert said.share > unsaid.share
    assert said.share >= 0.74, said
