"""A four-character word of two words (商标注册) that a sentence writes apart in one clause
(以证明商标形式成功注册地理标志) is said in full; written in another clause, or far apart, it is
not (invented sentences)."""

from __future__ import annotations

from policybot.knowledge.confidence import coverage


def _idf(word: str) -> float:
    return 1.0


def test_a_words_halves_apart_in_one_clause_say_it() -> None:
    said = coverage(
        ["商标注册", "地理标志"], "对以证明商标形式成功注册地理标志的组织奖励2万元", _idf
    )
    assert said.share == 1.0 and said.missing == (), said


def test_halves_in_two_clauses_or_far_apart_do_not() -> None:
    split = coverage(["商标注册"], "加强商标管理,鼓励企业注册", _idf)
    far = coverage(["商标注册"], "推动商标品牌建设与企业质量管理体系注册", _idf)
    assert split.share < 1.0 and far.share < 1.0
