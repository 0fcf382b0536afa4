"""What a year is said to be, not what is due in it.

"2019年是…成立70周年,是…全面建成小康社会的关键之年": the clause characterises the year (a key
year, an opening year, an anniversary); nothing is due by its end, so it is no milestone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

# "是…的关键之年", "是…开局之年", "是…重要一年", "是…成立70周年": what the year is.
_CHARACTERISATION = re.compile(
    r"^(?:也|更|又|还)?是[^,;。]{0,40}?(?:之年|一年|周年|关键期|起步年|攻坚年|开局年|收官年)$"
)

_Record = TypeVar("_Record")


def is_year_characterisation(title: str) -> bool:
    """True for a title that only says what kind of year it is ("是…的关键之年")."""
    return bool(_CHARACTERISATION.match(title.strip()))


def drop_year_characterisations(records: Sequence[_Record]) -> list[_Record]:
    """Milestones whose title only characterises their year are dropped."""
    return [r for r in records if not is_year_characterisation(getattr(r, "title", "") or "")]
