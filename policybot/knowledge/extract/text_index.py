"""Where short strings (place names, a name with a suffix) occur in a document, asked many times.

Place tables ask, row by row, whether the text writes a label with a suffix ("城厢镇"), a
gazetteer name, or the region's short name a few characters before it. Asked as ``name in text``
or as a regex search over the whole text, each question cost the length of the text: a table of
20,000 rows made it 20,000 passes over a third of a megabyte (tens of seconds). Here the text's
suffixes are sorted once by their first ``KEY`` characters (a suffix array cut short), and a
question is a binary search: the index costs a sort of the text once, every answer after it a
logarithm of the text's length.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

KEY = 12  # the characters a suffix is sorted by; a longer string is checked where its head is
_HAN = re.compile(r"[\u4e00-\u9fff]")


class TextIndex:
    """Substring questions about one text, answered from its sorted suffixes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._order: list[int] | None = None
        self._found: dict[str, bool] = {}

    def _suffixes(self) -> list[int]:
        """Start positions sorted by the ``KEY`` characters that follow (built on first use)."""
        if self._order is None:
            text = self.text
            self._order = sorted(range(len(text)), key=lambda start: text[start : start + KEY])
        return self._order

    def _range(self, needle: str) -> tuple[int, int]:
        """The slice of the sorted suffixes that start with ``needle`` (``len <= KEY``)."""
        text, order, width = self.text, self._suffixes(), len(needle)
        low = bisect.bisect_left(order, needle, key=lambda start: text[start : start + width])
        high = bisect.bisect_right(order, needle, key=lambda start: text[start : start + width])
        return low, high

    def occurs(self, needle: str) -> bool:
        """``needle in text``."""
        if needle not in self._found:
            if not needle:
                self._found[needle] = True
            elif len(needle) > KEY:
                self._found[needle] = bool(self.positions(needle))
            else:
                low, high = self._range(needle)
                self._found[needle] = high > low
        return self._found[needle]

    def count(self, needle: str) -> int:
        """``text.count(needle)``: occurrences that do not overlap, taken from the left."""
        if not needle:
            return self.text.count(needle)
        count, free = 0, 0
        for start in self.positions(needle):
            if start >= free:
                count, free = count + 1, start + len(needle)
        return count

    def positions(self, needle: str) -> list[int]:
        """Every start of ``needle`` in the text, ascending (overlapping ones too)."""
        if not needle:
            return []
        low, high = self._range(needle[:KEY])
        starts = sorted(self._suffixes()[low:high])
        if len(needle) <= KEY:
            return starts
        return [start for start in starts if self.text.startswith(needle, start)]

    def written_before(self, prefix: str, needle: str, gap: int = 4) -> str | None:
        """What ``re.search(prefix + "[\\u4e00-\\u9fff]{0,gap}" + needle, text)`` matches: the
        leftmost ``prefix``, up to ``gap`` Chinese characters (as many as can be), ``needle``."""
        text = self.text
        best: tuple[int, int] | None = None  # (start, -gap taken): leftmost, then longest gap
        for found in self.positions(needle):
            if best is not None and found - gap - len(prefix) > best[0]:
                break  # every later needle starts its prefix further right
            for taken in range(gap, -1, -1):
                start = found - taken - len(prefix)
                if start < 0 or not text.startswith(prefix, start):
                    continue
                if all(_HAN.match(char) for char in text[found - taken : found]):
                    candidate = (start, -taken)
                    best = candidate if best is None or candidate < best else best
                    break
        if best is None:
            return None
        start, taken = best[0], -best[1]
        return text[start : start + len(prefix) + taken + len(needle)]


@lru_cache(maxsize=1)
def index_of(text: str) -> TextIndex:
    """The index of the text being read: the region rules and the tables share one."""
    return TextIndex(text)
