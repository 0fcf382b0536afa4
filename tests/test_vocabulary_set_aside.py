"""jieba is one tokenizer per process: a store's names, once taught, split every later question.
A measurement sets them aside so it does not depend on the stores opened before it."""

from __future__ import annotations

from policybot.knowledge import vocabulary

# An invented name that cuts across the words of the sentence below once taught.
SENTENCE = "各单位每季度末报送工作进展"
NAME = "度末报"


def test_a_taught_name_changes_the_split_and_is_set_aside_then_taught_again() -> None:
    before = vocabulary.words(SENTENCE)
    assert NAME not in before
    vocabulary.add_words([NAME])
    assert NAME in vocabulary.words(SENTENCE)
    with vocabulary.store_words_set_aside():
        assert vocabulary.words(SENTENCE) == before
    assert NAME in vocabulary.words(SENTENCE)


def test_words_taught_inside_the_block_stay_after_it() -> None:
    inside = "进展报送单"
    with vocabulary.store_words_set_aside():
        vocabulary.add_words([inside])
        assert inside in vocabulary.words("请把进展报送单交来")
    assert inside in vocabulary.words("请把进展报送单交来")


# Invented place names of characters no plan writes: a store's many names, none in the phrase.
_RARE = "魑魅魍魉饕餮貔貅麒麟"
MANY_NAMES = [f"{a}{b}{c}县" for a in _RARE for b in _RARE for c in _RARE][:1500]
# A phrase whose split jieba's total decides (最晚 whole or 最/晚): nothing a name cuts across.
PHRASE = "进展最晚哪天报送"


def test_names_taught_leave_the_split_of_other_words_as_it_was() -> None:
    """A store's names change how text with those names splits, never how other text does:
    jieba weighs a split by frequency over its total, and a total grown by each name taught made
    a store with a few more names (nine cities of one table) cut 最晚 whole instead of 最/晚."""
    import jieba

    with vocabulary.store_words_set_aside():
        total = jieba.dt.total
        before = list(jieba.dt.cut(PHRASE))
        vocabulary.add_words(MANY_NAMES)
        assert jieba.dt.total == total
        assert list(jieba.dt.cut(PHRASE)) == before
        assert vocabulary.words(f"{MANY_NAMES[7]}{PHRASE}")[0] == MANY_NAMES[7]
