"""A city's dated step that names its districts is theirs too.

"2032年6月底前,建成南汀区、北屿县两个质量提升示范区。(牵头单位:市市场监管局;配合单位:南汀区
人民政府、北屿县人民政府)" is filed under the city, as its plan is; /subscribe 南汀区 heard
nothing of it and /deadlines 南汀区 did not list it (trial 42). A milestone reaches the districts
of its region (the store's regions under it) that its title or one of its units names: the
district's subscribers are reminded of it and the district's deadlines list it, beside the
city's. One rule, read here, for the reminders (``scheduler``) and the answers (``search``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from policybot.knowledge.regions import REGION_SUFFIXES

# A district's name as a text writes it is at least this long (南汀区): a shorter one (城区)
# is a word of many titles that name no district.
_SHORTEST = 3

ChildNames = Mapping[int, Sequence[tuple[int, str]]]
"""A region → its child regions, each with the name a text of the region calls it by."""


def child_names(regions: Iterable[tuple[int, str, int | None]]) -> ChildNames:
    """Each region's children (id, name, parent id rows) by their names within it: 碧川市南汀区
    is 南汀区 in 碧川市's plan."""
    rows = list(regions)
    names = {region_id: name for region_id, name, _ in rows}
    children: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for region_id, name, parent_id in rows:
        if parent_id is None:
            continue
        parent = names.get(parent_id, "")
        short = name[len(parent) :] if parent and name.startswith(parent) else name
        if len(short) >= _SHORTEST and short.endswith(REGION_SUFFIXES):
            children[parent_id].append((region_id, short))
    return children


def districts_named(
    region_id: int | None, texts: Iterable[str], children: ChildNames
) -> frozenset[int]:
    """The child regions of ``region_id`` that one of ``texts`` (a milestone's title, its
    units' names) names."""
    if region_id is None or region_id not in children:
        return frozenset()
    written = [text for text in texts if text]
    return frozenset(
        child for child, name in children[region_id] if any(name in text for text in written)
    )
