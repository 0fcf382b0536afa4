"""The one hint under a 未找到: the nearest name or term the store knows, when what was asked is
close to one (驰明商标 → 驰名商标), else where to look (/doc, /help).

A reply is read on a phone: 未找到 is one short line and at most one short hint; it used to list
every region and a dozen keywords under every miss, two long lines that hid the near miss.

The names are prepared once per store snapshot (:class:`NearNames`, kept by the index): a store
of 100,000 facts knows thousands of region names, and comparing a miss with each of them through
difflib took 150 ms per 未找到.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary
from policybot.knowledge.spelling import sound

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex

# Below this share of characters in common (difflib's ratio) a name is not "close".
CLOSE_ENOUGH = 0.6
# The score of a name that sounds like what was typed (湖洲 → 湖州市).
SOUNDS_ALIKE = 0.95
WHERE_TO_LOOK = "发 /doc 看收录了哪些文件和地区,/help 看用法"


@dataclass(frozen=True, slots=True)
class _Name:
    shown: str  # as the store spells it
    short: str  # normalised: what is compared
    chars: Counter[str]


class NearNames:
    """The region names and domain terms of one snapshot, ready to be compared with a miss.

    A name is close when difflib's ratio reaches :data:`CLOSE_ENOUGH`, or when it sounds like
    what was typed (one character longer at most). ``ratio = 2·M / (len(a) + len(b))`` and the
    M matched characters are at most the characters the two share, so names sharing too few
    characters are never handed to difflib.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._names: list[_Name] = []
        self._exact: set[str] = set()
        self._by_char: dict[str, set[int]] = defaultdict(set)
        self._by_sound: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for shown in dict.fromkeys(names):
            self._exact.add(shown)
            short = vocabulary.normalise(shown)
            if len(short) < 2:
                continue
            number = len(self._names)
            self._names.append(_Name(shown, short, Counter(short)))
            for char in set(short):
                self._by_char[char].add(number)
            for prefix in {short, short[:-1]}:
                if len(prefix) >= 2:
                    self._by_sound[sound(prefix)].append(number)

    def nearest(self, asked: str) -> str | None:
        """The closest name to ``asked``; None when none is close or it is one of them."""
        typed = vocabulary.normalise(asked or "").strip()
        if len(typed) < 2 or asked in self._exact or typed in self._exact:
            return None
        best: tuple[float, int] | None = None
        for number in self._by_sound.get(sound(typed), ()):
            best = self._better(best, SOUNDS_ALIKE, number, typed)
        for number in self._sharing_enough(typed):
            name = self._names[number]
            score = SequenceMatcher(None, typed, name.short).ratio()
            best = self._better(best, score, number, typed)
        return self._names[best[1]].shown if best else None

    def suggestion(self, asked: str) -> str | None:
        """What was asked with its slip put right by the nearest name (``corrected``)."""
        near = self.nearest(asked)
        typed = vocabulary.normalise(asked or "").strip()
        fixed = corrected(typed, near, self._by_char.keys()) if near else None
        if fixed is None or vocabulary.normalise(near or "") not in fixed:
            # 新获驰名商标 near 著名商标 merged as 著新获驰名商标: the name's characters strewn
            # among the typed ones, which writes neither the name nor any word of the store.
            return None
        # (put right to what was typed, it points out no slip: 是不是 the question itself?)
        return fixed if fixed != typed else None

    def _sharing_enough(self, typed: str) -> list[int]:
        """Names whose shared characters could still reach :data:`CLOSE_ENOUGH`."""
        typed_chars = Counter(typed)
        touching: set[int] = set()
        for char in typed_chars:
            touching |= self._by_char.get(char, set())
        found = []
        for number in touching:
            name = self._names[number]
            shared = sum((typed_chars & name.chars).values())
            if 2 * shared >= CLOSE_ENOUGH * (len(typed) + len(name.short)):
                found.append(number)
        return sorted(found)

    def _better(
        self, best: tuple[float, int] | None, score: float, number: int, typed: str
    ) -> tuple[float, int] | None:
        short = self._names[number].short
        if short in typed or typed in short:
            return best  # asked with the whole word, or part of it: no slip to point out
        if score < CLOSE_ENOUGH or (best is not None and (score, -number) <= (best[0], -best[1])):
            return best
        return (score, number)


def corrected(typed: str, near: str, known: AbstractSet[str] = frozenset()) -> str:
    """What was typed with the slip put right by ``name``, every other character kept:
    卓越绩校管理 is echoed as 卓越绩效管理, never as 卓越绩效 (a suggestion must not drop what
    the user wrote around the slip). A typed character gives way to the name's where the two
    sound alike (校/效, 铭/名), or where it stands in the place of the name's, as long as the
    name, and no name or term of the store writes it (``known``: the characters they write —
    驰名商檩 → 驰名商标, not 驰名商标檩: 檩 is a slip, not a word the user meant to add);
    otherwise the name's character is added beside it."""
    short = vocabulary.normalise(near)
    merged = []
    opcodes = SequenceMatcher(None, typed, short, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        mine, theirs = typed[i1:i2], short[j1:j2]
        if tag in ("equal", "delete"):
            merged.append(mine)
        elif tag == "insert":
            merged.append(theirs)
        else:
            paired = min(len(mine), len(theirs))
            alike = sound(mine[:paired]) == sound(theirs[:paired])
            unknown = (
                len(typed) == len(short)  # a character typed in place of another
                and len(mine) == len(theirs)
                and bool(known)
                and not any(char in known for char in mine)
            )
            kept = mine[paired:] if alike or unknown else mine
            merged.append(theirs + kept)
    text = "".join(merged)
    return near if text == short else text


def near_names(index: KnowledgeIndex, within: AbstractSet[int] | None = None) -> NearNames:
    """The snapshot's names, regions first then terms (most used first), as a :class:`NearNames`;
    ``within``: only those regions and the terms of their documents' facts."""
    if within is None:
        regions = [region.name for region in index.regions_with_facts()]
        return NearNames([*regions, *index.known_terms()])
    regions = [region.name for region in index.regions_with_facts() if region.id in within]
    documents = [document.id for document in index.documents() if document.region_id in within]
    facts = set().union(*(index.positions_in_document(document) for document in documents))
    return NearNames([*regions, *index.known_terms(among=facts)])


def nearest_known(index: KnowledgeIndex, asked: str) -> str | None:
    """The region name or domain term the store uses that ``asked`` is closest to: the same
    sound (湖洲 → 湖州市), or most characters in common (驰明商标 → 驰名商标); None when none is
    close or ``asked`` is one of them already."""
    return index.near_names.nearest(asked)


def not_found_hint(
    index: KnowledgeIndex, asked: str | None, within: AbstractSet[int] | None = None
) -> tuple[str, ...]:
    """One short line: 是不是“驰名商标”? (what was asked, put right: every other character
    kept) — or where to look. ``within``: the regions asked about (with those inside them):
    the suggestion is then a name or term of their documents, never a word of another city's
    plan, which that region's list would not hold either."""
    names = index.near_names if within is None else near_names(index, within)
    near = names.suggestion(asked or "")
    if near:
        return (f"是不是“{near}”?",)
    return (WHERE_TO_LOOK,)
