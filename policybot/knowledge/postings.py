"""Compact posting lists: which facts contain a term, and how strongly.

A dict per term costs about a hundred bytes per entry: 100,000 facts with their quotes' bigrams
make five million entries, close to a gigabyte. Two arrays (positions ascending, weights) hold
the same in eight bytes per entry; membership is a binary search. A question reads a posting
whole through numpy views of the two arrays (``matches``): walking a common word's tens of
thousands of entries in Python was most of a keyword search's time.
"""

from __future__ import annotations

import bisect
from array import array

import numpy as np
import numpy.typing as npt

Mask = npt.NDArray[np.bool_]


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

    def matches(self, pool: Mask | None) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """Positions and weights (as float64) of the facts ``pool`` holds: a boolean array by
        position, every fact when None. The arrays are new: the posting is never exposed."""
        positions = np.frombuffer(self.positions, dtype=np.uint32).astype(np.intp)
        weights = np.frombuffer(self.weights, dtype=np.float32).astype(np.float64)
        if pool is None:
            return positions, weights
        keep = pool[positions]
        return positions[keep], weights[keep]

    def within(
        self, universe: npt.NDArray[np.uint32]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """The indices into ``universe`` (positions ascending) of the facts this posting holds,
        and their weights (as float64): a binary search per position of the universe, so a
        short universe never walks a long posting."""
        positions = np.frombuffer(self.positions, dtype=np.uint32)
        if not len(positions) or not len(universe):
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        found = np.minimum(np.searchsorted(positions, universe), len(positions) - 1)
        held = positions[found] == universe
        weights = np.frombuffer(self.weights, dtype=np.float32)
        return np.flatnonzero(held), weights[found[held]].astype(np.float64)
