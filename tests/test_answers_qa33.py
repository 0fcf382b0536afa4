"""Answers after the fresh batch qa33 (issue 12): the way staff and companies type a question
on a phone. 搞 (搞科技创新) and 弄 say "do" and are never a slip for a store word that sounds
alike (高科技); a common word the documents also write (时候) is never broken into a junk
word of the store's segmentation (的市). Every text is invented (made-up figures and names)."""

from __future__ import annotations

from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import common_word


def test_a_colloquial_verb_of_doing_is_never_a_slip() -> None:
    # 搞科技: 高科技 is a word of the store one character off, which the asker did not mean.
    speller = Speller({"高科技": 5, "科技": 9, "创新": 9}, ["发展高科技产业", "推动科技创新"])
    assert speller.correct("十五五搞科技创新") == "十五五搞科技创新"
    assert speller.correct("年底前弄完科技创新") == "年底前弄完科技创新"


def test_a_common_word_the_documents_write_is_never_broken() -> None:
    # 的时 is written nowhere, 的市 is a junk word of the store, 时候 a common word it writes.
    speller = Speller(
        {"的市": 3, "方案": 9, "名单": 9},
        ["本市的市场主体", "到时候报送方案", "报送名单"],
        common=common_word,
    )
    assert speller.correct("报送方案的时候") == "报送方案的时候"
