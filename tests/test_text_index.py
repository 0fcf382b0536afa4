"""The text index answers as the plain searches it replaces (``in`` and the place-name regex),
on texts and names drawn from a small alphabet so that they overlap and repeat often."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from policybot.knowledge.extract.text_index import KEY, TextIndex

# Chinese characters, a suffix, digits and punctuation: matches, near misses and gaps that are
# not Chinese all occur.
ALPHABET = "甲乙丙区县市1,"
texts = st.text(alphabet=ALPHABET, max_size=120)


def needle_of(data: st.DataObject, text: str, longest: int) -> str:
    """A piece of the text (so that it occurs, often more than once) or any string."""
    if text and data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(text) - 1))
        return text[start : start + data.draw(st.integers(1, longest))]
    return data.draw(st.text(alphabet=ALPHABET, min_size=1, max_size=longest))


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_occurs_count_and_positions_are_the_plain_search(text: str, data: st.DataObject) -> None:
    index = TextIndex(text)
    for _ in range(6):
        needle = needle_of(data, text, KEY + 3)
        assert index.occurs(needle) == (needle in text)
        assert index.count(needle) == text.count(needle)
        expected = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]
        assert index.positions(needle) == expected


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_written_before_is_the_regex_search(text: str, data: st.DataObject) -> None:
    index = TextIndex(text)
    for _ in range(4):
        prefix, needle = needle_of(data, text, 3), needle_of(data, text, KEY + 3)
        pattern = rf"{re.escape(prefix)}[\u4e00-\u9fff]{{0,4}}{re.escape(needle)}"
        found = re.search(pattern, text)
        assert index.written_before(prefix, needle) == (found.group(0) if found else None)


def test_a_name_written_with_the_regions_short_name_before_it() -> None:
    text = "各区:示范市高新区、示范高新区、高新区。"
    index = TextIndex(text)
    assert index.written_before("示范", "高新区") == "示范市高新区"
    assert index.written_before("样例", "高新区") is None
    assert index.occurs("高新区") and not index.occurs("开发区")
    assert TextIndex("甲区甲区").written_before("甲", "区") == "甲区甲区"  # the longest gap
