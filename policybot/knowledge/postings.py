"""Compact posting lists: which facts contain a term, and how strongly.

A dict per term costs about a hundred bytes per entry: 100,000 facts with their quotes' bigrams
make five million entries, close to a gigabyte. Two arrays (positions ascending, weights) hold
the same in eight bytes per entry; membership is a binary search.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Collection

# Probing a short pool by binary search beats walking the posting when the pool is this much
# smaller (a Python-level bisect costs about as much as a dozen steps of a plain loop).
_PROBE_RATIO = 16


class Posting:
    """One term's facts: positions in ascending order, with their weights alongside."""

    __slots__ = ("positions", "weights")

    def __init__(self) -> None:
        self.positions = array("I")
        self.weights = array("f")

    def add(self, position: int, weight: float) -> None:
        """Positions must come in ascending order (the index files facts in order)."""
        self.positions.append(position)
        self.weights.append(weight)

    def __len__(self) -> int:
        return len(self.positions)

    def __contains__(self, position: object) -> bool:
        return isinstance(position, int) and self.weight(position) is not None

    def weight(self, position: int) -> float | None:
        index = bisect.bisect_left(self.positions, position)
        if index < len(self.positions) and self.positions[index] == position:
            return self.weights[index]
        return None

    def matches(self, pool: Collection[int] | None) -> list[tuple[int, float]]:
        """(position, weight) for the facts in ``pool`` (every fact when None)."""
        if pool is None:
            return list(zip(self.positions, self.weights, strict=True))
        if len(pool) * _PROBE_RATIO < len(self.positions):
            found = []
            for position in pool:
                weight = self.weight(position)
                if weight is not None:
                    found.append((position, weight))
            return found
        return [
            (position, weight)
            for position, weight in zip(self.positions, self.weights, strict=True)
            if position in pool
        ]
