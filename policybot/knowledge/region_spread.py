"""A vague question naming no region, answered by sentences of several regions' plans.

规上企业有啥要求 names no place: the sentence that measures best may be 佛山's, the next
湖州's. Shown as *the* answer (答: <佛山's sentence>), one region's line passes for everyone's.
Such an answer instead says that the regions differ, naming them in the order its sentences
come, and asks for the region to narrow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.figures import asked_doers
from policybot.knowledge.lines import PASSAGE, row_district
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.question_scope import short_place


def names_no_place(parsed: ParsedQuestion) -> bool:
    """Whether the question says no region, place or province at all."""
    return not (
        parsed.region_ids
        or parsed.places
        or parsed.unknown_places
        or parsed.province
        or parsed.own_region
        or parsed.doc_number
        or parsed.field
    )


def per_region(parsed: ParsedQuestion, answer: Answer) -> Answer:
    """``answer`` saying the regions differ when it is led by a sentence, names no place, and
    its sentences are of two regions or more; else ``answer`` as it is."""
    if not names_no_place(parsed) or not answer.found or answer.listing or not answer.facts:
        return answer
    if answer.facts[0].kind != PASSAGE or any(line.region is None for line in answer.facts):
        return answer
    regions = list(dict.fromkeys(line.region or "" for line in answer.facts))
    if len(regions) < 2:
        return answer
    facts = _each_region_once(answer.facts)
    total = answer.total - (len(answer.facts) - len(facts)) if answer.total else 0
    headline = f"各地不同,见下({'、'.join(regions)})"
    if parsed.asks == Asks.WHO:
        headline = _leads_of_regions(parsed, facts, regions)
    return replace(
        answer,
        facts=facts,
        total=total,
        headline=headline,
        notes=(*answer.notes, "问某个地区的,请在问题里加上地区名"),
    )


# A body before 负责/牵头 in a sentence (区经信局负责,…): a doer named, though not read as one.
_NAMES_DOER = re.compile(r"(?:局|委|办|厅|中心|政府|部门|小组)(?:负责|牵头)")


def _leads_of_regions(
    parsed: ParsedQuestion, facts: Sequence[FactLine], regions: Sequence[str]
) -> str:
    """谁负责浙江制造认证, answered by sentences of several regions: who-questions are answered
    by units — each region's lead (its item's lead units, or the bodies its sentence lays the
    duty on), or that none is written, never the tasks alone as if they said who."""
    by_place: dict[str, str] = {}
    for line in facts:
        who = "、".join(line.lead_units) or asked_doers(line.label, list(parsed.words)) or ""
        if who:
            by_place.setdefault(line.region or line.citation.document, who)
    if not by_place and any(_NAMES_DOER.search(line.label) for line in facts):
        return f"各地不同,见下({'、'.join(regions)})"  # a body named, not read as the lead
    if not by_place:
        return f"文件没有写明牵头单位,相关句子见下({'、'.join(regions)})"
    if len(set(by_place.values())) == 1 and len(by_place) == len(regions):
        return f"牵头: {next(iter(by_place.values()))}"
    return ";".join(f"{place} 牵头: {who}" for place, who in by_place.items())


def _each_region_once(lines: Sequence[FactLine]) -> tuple[FactLine, ...]:
    """Each region's best line (they come best first), once: a second line of one region (its
    task table's row of the same sentence, the items under one of its headings) would crowd
    out the others' — the question names no region, and each region's own says how it differs."""
    best: dict[str | None, FactLine] = {}
    for line in lines:
        best.setdefault(line.region, line)
    return tuple(best.values())


def one_region_of_rewards(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> bool:
    """A reward question naming no place answered by rules of one region only: the sum is that
    region's, which the lead line must say (衢州市 30万元), never the sum as everyone's."""
    if not names_no_place(parsed) or parsed.topic_kind != FactKind.REWARD:
        return False
    rewards = [line for line in lines if line.kind == FactKind.REWARD]
    return bool(rewards) and len({line.region for line in rewards}) == 1


def of_region_above(
    parsed: ParsedQuestion,
    answer: Answer,
    own: AbstractSet[str],
    asked: str,
    *,
    holds_own: bool = True,
) -> Answer:
    """南岭区品牌建设由谁牵头, answered only by lines of its city's plan (``own``: the names of
    the region asked and those inside it; ``asked``: how the title names it; ``holds_own``:
    whether the store holds a document of its own): the city's tasks
    are not put under the district's name. The title names whose they are, and a note says the
    district's own documents do not write it. Rewards are left as they are (a city's rules
    cover its districts, and their answers say whose rule it is already)."""
    if not answer.found or not answer.facts or not own or not asked:
        return answer
    if parsed.topic_kind == FactKind.REWARD or any(f.kind == FactKind.REWARD for f in answer.facts):
        return answer
    regions = list(dict.fromkeys(line.region for line in answer.facts))
    if any(region is None or region in own for region in regions):
        return answer
    whose = "、".join(region for region in regions if region)
    title = answer.title
    if title.startswith(asked):
        title = whose + title[len(asked) :]
    # A district with no document of its own has none that could have written it (南海区's
    # questions answered by 佛山市's plan): saying its own files do not would mislead.
    unwritten = "自己的文件没有写这一项" if holds_own else "没有单独收录文件"
    note = f"{asked}{unwritten};以上是{whose}的文件所写"
    return replace(answer, title=title, notes=(*answer.notes, note))


# The places under a city that a question names as a district (南岭区, 西山县), not a town.
_DISTRICT_ENDINGS = ("区", "县", "旗")
# The command listing a city's items of a kind, for the pointer from a district it has none of.
_LIST_COMMANDS = {FactKind.TARGET: ("targets", "目标"), FactKind.MILESTONE: ("deadlines", "期限")}


# 成都七个区, 各区, 几个县: a count of the city's districts, not one district's name.
_COUNTED_PLACES = re.compile(r"[个各几多全每本一二两三四五六七八九十百0-9]")


@dataclass(frozen=True)
class DistrictNotHeld:
    """What to say of a district the city's lines answered: ``refused``: 未找到 with ``said``
    as the reason (a list); else ``said`` is a note beside the city's line."""

    said: str
    refused: bool


def district_not_held(parsed: ParsedQuestion, answer: Answer) -> DistrictNotHeld | None:
    """湖州南浔区2018年目标有哪些, of a district no plan is filed under or writes, answered by its
    city's list: the list is the city's, not the district's (it used to come as the answer with
    no word of 南浔区). A list is refused for the district, pointing to the command listing the
    city's items; a single figure keeps its line, with a note whose it is. None when the answer
    is not such a one. Rewards are left as they are (a city's rules cover its districts, and
    their answers say whose rule it is already)."""
    places = parsed.unknown_places
    if not parsed.region_ids or not places or not answer.found or not answer.facts:
        return None
    if parsed.topic_kind == FactKind.REWARD or any(f.kind == FactKind.REWARD for f in answer.facts):
        return None
    named = list(dict.fromkeys(line.region for line in answer.facts))
    regions = [region for region in named if region is not None]
    places = tuple(_typed_district(parsed.text, place, regions) for place in places)
    if not all(place.endswith(_DISTRICT_ENDINGS) for place in places):
        return None
    if len(regions) < len(named) or any(p in r for r in regions for p in places):
        return None
    # 碧川市 and its districts' rows (碧川市南汀区…): the city's plan, named once
    regions = [r for r in regions if not any(o != r and r.startswith(o) for o in regions)]
    place = "、".join(places)
    whose = "、".join(regions)
    listed = _LIST_COMMANDS.get(parsed.topic_kind or "")
    if answer.listing and listed is not None and len(regions) == 1:
        command, label = listed
        year = f" {parsed.year}" if parsed.year is not None else ""
        return DistrictNotHeld(
            f"收录的文件没有{place}单列的{label};{whose}的{label}发 /{command} {whose}{year} 查看",
            refused=True,
        )
    # A single figure of the city is no figure of the district either (甘州区's 文号 given as
    # 张掖市's, 江岸区's 目标 as 武汉市's): 未找到 for the district, saying what the city's
    # document writes (issue 12: out of store, with what the store holds nearby) -- unless a
    # line's own words name the district (a city's row 南岭区…): then it is the district's.
    if (
        any(short_place(p) in line.citation.quote for line in answer.facts for p in places)
        or any(_COUNTED_PLACES.search(p) for p in places)
        or not _written_under(parsed.text, places, regions)
    ):
        return DistrictNotHeld(f"收录的文件没有{place}单列的数字;以上是{whose}的文件所写", False)
    first = answer.facts[0]
    rows = list(dict.fromkeys(filter(None, (row_district(line.label) for line in answer.facts))))
    if row_district(first.label) is not None:
        # 碧川桃源区, of a city whose table has only other districts' rows: another
        # district's figure is not the one asked (it came as 答: 14个), nor is it the city's.
        return DistrictNotHeld(
            f"收录的文件没有{place}单列的数字;{whose}的文件只写了{'、'.join(rows)}的数字",
            refused=True,
        )
    figure = f"{first.label} {first.value}" if first.value else first.label
    return DistrictNotHeld(
        f"收录的文件没有{place}单列的数字;{whose}的文件写的是:{figure}", refused=True
    )


def _typed_district(text: str, place: str, regions: Sequence[str]) -> str:
    """The district as the question types it after its city, where the parser kept a part:
    碧川桃源区 read as 桃源 (区 left off), 碧川枫西区 as 西区 (a typo of a district, its first
    character left off: a place of two characters only). Else ``place`` as it is."""
    heads = sorted({n for r in regions for n in (r, short_place(r))}, key=len, reverse=True)
    ending = "" if place.endswith(_DISTRICT_ENDINGS) else f"[{''.join(_DISTRICT_ENDINGS)}]"
    # (one character before a place of two only: 碧川创农安县 is no county 创农安县)
    before = "[\u4e00-\u9fff]?" if len(place) < 3 else ""
    for head in heads:
        typed = re.search(f"{re.escape(head)}({before}{re.escape(place)}{ending})", text)
        if typed is not None:
            return typed.group(1)
    return place


def _written_under(text: str, places: Sequence[str], regions: Sequence[str]) -> bool:
    """Whether the question writes each place right after its city (张掖市甘州区, 漯河源汇区): a
    district of it. A place the parser found elsewhere in the words (永春创农安县, an abbreviation
    of 创建农产品质量安全县) is no district the city's answer could be mistaken for."""
    heads = {name for region in regions for name in (region, short_place(region))}
    return all(any(f"{head}{place}" in text for head in heads) for place in places)
