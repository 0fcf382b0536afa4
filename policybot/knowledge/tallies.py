"""Choosing from a tally: the value counted most, the same one every time.

Narrowing hints (``/targets 佛山 2019``, ``/report 南海区``, a shared keyword) each suggest the
value most of a list's items hold. ``Counter.most_common`` keeps insertion order on a tie, which
follows the order rows came from the database; the least value on a tie keeps the suggestion
the same from one call (and one backend) to the next.
"""

from __future__ import annotations

from collections import Counter
from typing import TypeVar

_Counted = TypeVar("_Counted", int, str)


def most_common(counts: Counter[_Counted]) -> _Counted:
    """The value counted most (the least of them on a tie). ``counts`` must not be empty."""
    return min(counts, key=lambda value: (-counts[value], value))
