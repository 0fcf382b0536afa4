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
