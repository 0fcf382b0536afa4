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
