"""A city's dated step that names its districts is theirs too.

"2032年6月底前,建成南汀区、北屿县两个质量提升示范区。(牵头单位:市市场监管局;配合单位:南汀区
人民政府、北屿县人民政府)" is filed under the city, as its plan is; /subscribe 南汀区 heard
nothing of it and /deadlines 南汀区 did not list it (trial 42). A milestone reaches the districts
of its region (the store's regions under it) that its title or one of its units names: the
district's subscribers are reminded of it and the district's deadlines list it, beside the
city's. One rule, read here, for the reminders (``scheduler``) and the answers (``search``).

A name written to leave the district out (除南汀区外, 各区县(南汀区除外)), to cite it as an
example (参照南汀区经验, 推广南汀区的做法) or of another city's district of the same name
(学习云州市南汀区经验) reaches no one: its subscribers were reminded of a step meant for the
other districts (attack 47).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from policybot.knowledge.regions import REGION_SUFFIXES

# A district's name as a text writes it is at least this long (南汀区): a shorter one (城区)
# is a word of many titles that name no district.
_SHORTEST = 3

# Names written one after another (南汀区、北屿县) share what is said before and after them.
_JOINERS = "、,,和及与"
# 除…外 leaves out what it encloses (除南汀区外, 除南汀区等已建成的区县以外), unless it means
# "besides" (除…外,还/也…); 消除, 拆除… are other words.
_LEFT_OUT = re.compile(
    r"(?<![消排清拆废解去剔免扣切革根破删摒铲祛])除了?[^,,。;;]{1,40}?(?:以外|之外|外)"
)
_BESIDES = re.compile(r"^[,,]?(?:还|也|又|另|同时|并)")
_EXCEPT_AFTER = re.compile(r"^(?:等)?(?:除外|以外|之外)")
# Cited as an example: 参照南汀区经验, 推广南汀区、西湾区的做法, 南汀区先进经验.
_CITING_BEFORE = re.compile(r"(?:参照|借鉴|学习|对标|复制|推广|总结|仿照|比照|效仿)$")
_CITING_AFTER = re.compile(r"^(?:等地)?(?:的)?(?:先进|成功|典型|有益|好的)?(?:经验|做法|模式)")
# Another city written just before the name: 云州市南汀区 in 碧川市's plan.
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:市|州|盟)$")
_OWN_PLACE = ("本市", "全市", "我市", "该市", "各市")


@dataclass(frozen=True)
class ChildNames:
    """A region → its child regions, each with the name a text of the region calls it by, and
    the region's own name (碧川市南汀区 is 南汀区 in 碧川市's plan, and 碧川市南汀区 there too)."""

    children: Mapping[int, Sequence[tuple[int, str]]] = field(default_factory=dict)
    parent_names: Mapping[int, str] = field(default_factory=dict)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.children

    def __getitem__(self, region_id: int) -> Sequence[tuple[int, str]]:
        return self.children[region_id]


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
    parents = {parent_id: names.get(parent_id, "") for parent_id in children}
    return ChildNames(dict(children), parents)


def districts_named(
    region_id: int | None, texts: Iterable[str], children: ChildNames
) -> frozenset[int]:
    """The child regions of ``region_id`` that one of ``texts`` (a milestone's title, its
    units' names) names as a place of the step, not one left out or cited."""
    if region_id is None or region_id not in children:
        return frozenset()
    written = [text for text in texts if text]
    named = children[region_id]
    parent = children.parent_names.get(region_id, "")
    reached: set[int] = set()
    for text in written:
        left_out = [
            match.span()
            for match in _LEFT_OUT.finditer(text)
            if not _BESIDES.match(text[match.end() :])
        ]
        for child, name in named:
            if child in reached:
                continue
            start = text.find(name)
            while start >= 0:
                if _reaches(text, start, start + len(name), named, parent, left_out):
                    reached.add(child)
                    break
                start = text.find(name, start + 1)
    return frozenset(reached)


def _reaches(
    text: str,
    start: int,
    end: int,
    named: Sequence[tuple[int, str]],
    parent: str,
    left_out: list[tuple[int, int]],
) -> bool:
    """Whether the name at ``text[start:end]`` names a place of the step."""
    if any(low <= start and end <= high for low, high in left_out):
        return False
    first, last = _run(text, start, end, [name for _, name in named])
    before, after = text[:first], text[last:]
    if _EXCEPT_AFTER.match(after) or _CITING_AFTER.match(after) or _CITING_BEFORE.search(before):
        return False
    place = _PLACE_BEFORE.search(before)
    return (
        place is None
        or (bool(parent) and place.group().endswith(parent))
        or (place.group().endswith(_OWN_PLACE))
    )


def _run(text: str, start: int, end: int, names: Sequence[str]) -> tuple[int, int]:
    """The span of the names written one after another around ``text[start:end]``
    (南汀区、北屿县): what comes before and after the list is said of each of them."""
    moved = True
    while moved:
        moved = False
        for name in names:
            for joiner in _JOINERS:
                if text.startswith(joiner + name, end):
                    end += len(joiner) + len(name)
                    moved = True
                if text.endswith(name + joiner, 0, start):
                    start -= len(name) + len(joiner)
                    moved = True
    return start, end
