"""东澜区驰名商标比西岭区多几件: the difference of two places' figures, with both figures and
the year they are due (多18件(东澜区 不少于30个,西岭区 不少于12个,2031年)).

Searched as typed, the question found the sentence or row naming one of the places and answered
with its figure: one side of the subtraction, read as the difference. Asked as 东澜区和西岭区…
哪个多 (``place_extremes``), each place's figure is found for the item weighed; subtracting them,
year by year when the plan gives several and the question asks none, is the answer. Two figures
that do not subtract (other units; an exact figure against a bound that leaves the difference
open) are given side by side, the reason said, never one of them as the difference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 甲比乙多几件, 甲比乙要少多少个, 甲比乙高多少: the first place, the second, the way asked.
_THAN = re.compile(
    r"^(?P<first>.+?)比(?P<second>.+?)(?:要|还)?(?P<way>多|少|高|低)(?:了)?(?:几|多少)"
    r"[^\d\s,,。??]{0,3}[??。]*$"
)
# 甲和乙差多少, 甲与乙相差几个: the gap, its sign not asked.
_GAP = re.compile(
    r"^(?P<first>.+?)(?:和|与|跟|同)(?P<second>.+?)(?:相差|差距|差)(?:是)?(?:几|多少)"
    r"[^\d\s,,。??]{0,3}[??。]*$"
)
# A figure written as a bound (不少于30个, 30个以上): the least the plan asks, not the figure.
_LOWER = re.compile(r"不少于|不低于|至少|以上|超过|力争|达到")
_UPPER = re.compile(r"不超过|不高于|以下|以内|控制在|低于")
# Characters of a place's name every place shares (示范市东澜区: 市, 区), no help telling two apart.
_PLACE_SUFFIXES = frozenset("省市区县镇乡街道")


def figure_difference(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 多18件(…) to a question how much more (or less) one named place has than
    another; None when the question asks no difference of two places, or their figures are
    not found (the question is then answered as it is typed)."""
    asked = _THAN.match(parsed.text) or _GAP.match(parsed.text)
    if asked is None:
        return None
    way = asked.group("way") if "way" in asked.groupdict() else "差"
    first, second = asked.group("first"), asked.group("second")
    together = _places_together(first, second, answerer.index.names.region_aliases)
    compared = parse_question(f"{together}哪个多", answerer.index, answerer.today)
    if len(compared.region_ids) != 2 or compared.asks != Asks.NUMBER:
        return None
    answer = answerer.answer(compared)
    if not answer.found or answer.hedged or not answer.facts:
        return None
    pairs = _pairs(answer.facts, first)
    if not pairs:
        return None
    said = [_difference(way, a, b, len(pairs) > 1) for a, b in pairs]
    shown = [line for pair in pairs for line in pair]
    rest = [line for line in answer.facts if line not in shown]
    return replace(answer, headline=";".join(said), facts=(*shown, *rest))


def _places_together(first: str, second: str, aliases: Mapping[str, object]) -> str:
    """东澜区和西岭区2031年驰名商标: the two places side by side, as 哪个多 reads two places,
    the words typed after the first place (东澜区2031年驰名商标比西岭区…) moved after both."""
    place = max((name for name in aliases if first.startswith(name)), key=len, default="")
    if not place or place == first:
        return f"{first}和{second}"
    return f"{place}和{second}{first[len(place) :]}"


def _pairs(facts: tuple[FactLine, ...], first: str) -> list[tuple[FactLine, FactLine]]:
    """The two places' lines of the item weighed (the answer's first line's), one pair a year,
    the earlier year first, the first place's line first in each; empty when the lines are not
    of two places."""
    lead = facts[0]
    of_item = [
        line
        for line in facts
        if line.region and line.label == lead.label and scaled_figure(line.value or "")
    ]
    regions = list(dict.fromkeys(line.region for line in of_item if line.region))
    if len(regions) != 2:
        return []
    regions.sort(key=lambda region: _shared(region, first), reverse=True)
    if _shared(regions[0], first) == _shared(regions[1], first):
        return []  # (which place the question names first is not told)
    by_year: dict[int | None, dict[str, FactLine]] = {}
    for line in of_item:
        year = line.due.year if line.due else None
        by_year.setdefault(year, {}).setdefault(line.region or "", line)
    return [
        (places[regions[0]], places[regions[1]])
        for _, places in sorted(by_year.items(), key=lambda item: item[0] or 0)
        if len(places) == 2
    ]


def _shared(region: str, typed: str) -> int:
    """How many characters of ``region``'s name, bar the ones every place has, ``typed``
    writes: the place typed before 比 is the one that shares most."""
    return len({c for c in region if c not in _PLACE_SUFFIXES and c in typed})


def _bound(value: str) -> str:
    """``lower``, ``upper`` or ``exact``: how ``value`` states its figure."""
    if _LOWER.search(value):
        return "lower"
    return "upper" if _UPPER.search(value) else "exact"


def _number(amount: float) -> str:
    return f"{amount:g}" if amount < 1e6 else f"{amount:.0f}"


def _difference(way: str, first: FactLine, second: FactLine, per_year: bool) -> str:
    """One year's difference in words: 多18件(东澜区 不少于30个,西岭区 不少于12个,2031年)."""
    a_value, b_value = first.value or "", second.value or ""
    year = f",{first.due.year}年" if first.due and not per_year else ""
    both = f"({first.region} {a_value},{second.region} {b_value}{year})"
    lead = f"{first.due.year}年" if per_year and first.due else ""
    a, b = scaled_figure(a_value), scaled_figure(b_value)
    assert a is not None and b is not None  # (``_pairs`` keeps figures only)
    if a[1] != b[1]:
        return f"{lead}单位不同,不能直接相减{both}"
    a_bound, b_bound = _bound(a_value), _bound(b_value)
    gap = a[0] - b[0]
    if a_bound != b_bound and not (a_bound == "lower" and b_bound == "exact" and gap > 0):
        return f"{lead}一个是下限或上限,一个是确数,差多少说不准{both}"
    prefix = "至少" if a_bound == "lower" and b_bound == "exact" else ""
    amount = f"{_number(abs(gap))}{a[1]}"
    if gap == 0:
        return f"{lead}一样多{both}"
    if way == "差":
        return f"{lead}相差{prefix}{amount}{both}"
    more = gap > 0
    if way in ("多", "高"):
        said = f"{prefix}{way}{amount}" if more else f"不是{way},少{amount}"
    else:  # 少, 低: asked of the first place's figure being the smaller
        said = f"{way}{amount}" if not more else f"不是{way},{prefix}多{amount}"
    return f"{lead}{said}{both}"
