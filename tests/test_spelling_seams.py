"""Two typing-slip guesses that put a right question wrong (the lead's stop 54, questions of
batch 43 that the whole evaluation store lost): a seam between two words the question runs
together is no slip, and 句 counting quoted sentences is never a place by its rare reading."""

from __future__ import annotations

from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import common_word

# Invented sentences: the documents list 耕地、林地、湿地 with a 、 and write 城市地下… elsewhere,
# so a scrap 市地 is a word of the store's segmentation and 地市 one it writes.
LAND = ["耕地、林地、湿地保护全面加强,面积保存率达到九成", "城市地下管网改造", "各地市统筹推进"]
LAND_WORDS = {"耕地": 2, "林地": 2, "湿地": 1, "面积": 3, "保存率": 1, "市地": 1, "地市": 2}


def test_words_typed_without_the_documents_comma_are_kept() -> None:
    """林地湿地 leaves the pair 地湿 unknown (the documents write 林地、湿地), but 湿地 is a
    word of the language and 市地 none: the seam is no slip of 地市."""
    speller = Speller(LAND_WORDS, LAND, common=common_word)
    assert speller.correct("耕地林地湿地面积保存率要达到多少") == "耕地林地湿地面积保存率要达到多少"


def test_a_real_homophone_slip_is_still_put_right() -> None:
    """The guard keeps a common word whole; a slipped pair that is no word is still read as
    the store's word that sounds alike (著明商标 → 著名商标)."""
    speller = Speller(
        {"著名": 3, "商标": 5, "著名商标": 2}, ["争创著名商标", "商标注册"], common=common_word
    )
    assert speller.correct("著明商标奖多少") == "著名商标奖多少"


def test_which_four_sentences_is_not_a_count_of_districts() -> None:
    """句 reads qu in classical Chinese; the store writes 四区 (四区一高地). 哪四句 asks
    which four sentences a plan quotes and stays as typed."""
    speller = Speller(
        {"四区": 3, "发展": 9, "战略": 4, "高地": 2},
        ["围绕四区一高地主定位", "发展战略"],
        common=common_word,
    )
    assert speller.correct("发展战略是哪四句") == "发展战略是哪四句"
    assert speller.correct("一共几句话") == "一共几句话"
