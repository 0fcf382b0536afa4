"""One written form per autonomous county or prefecture.

A plan names 石柱土家族自治县 as 石柱县, 重庆市石柱县 or by its full name, and 恩施土家族苗族自治州 as
恩施州 or 湖北省恩施州; written as found, one county would become two or three regions in the
store.  The gazetteer knows the official name, so a region whose last place is an autonomous
division the gazetteer places unambiguously (within the parents the name gives) is written by
that official name alone: the parents above it are the gazetteer's, found there when needed.
Other divisions keep the form the document gives (徐州市沛县 and 沛县 alike are the gold's forms).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import split_places
from policybot.knowledge.regions import REGION_SUFFIXES, place_stem


@lru_cache(maxsize=4096)
def official_region(name: str | None) -> str | None:
    """ "重庆市石柱县", "石柱县" -> "石柱土家族自治县"; any other name unchanged."""
    places = gazetteer()
    if not name or not places:
        return name
    *parents, last = split_places(name)
    # "某南州": the level written picks the prefecture from a county of the same stem (attack50
    # L4: the two made the name ambiguous and it kept its short form)
    candidates = [place for place in places.lookup(last) if _same_level(last, place.name)]
    if parents:
        parent_names = set(parents) | {p.name for parent in parents for p in places.lookup(parent)}
        candidates = [p for p in candidates if {p.prefecture, p.province} & parent_names]
    if len({place.code for place in candidates}) != 1:
        return name
    place = candidates[0]
    if "自治" not in place.name or place.level == "province":
        return name
    if place_stem(last) != place_stem(place.name) or not _same_level(last, place.name):
        return name  # the written name is no form of this one
    return place.name


def _same_level(written: str, official: str) -> bool:
    """Whether the level ``written`` ends with, if any, is the official name's: 石柱县 is
    石柱土家族自治县 and 恩施州 恩施土家族苗族自治州, but 白沙市 is no form of 白沙黎族自治县 — a
    city the gazetteer does not know is kept as the document writes it, not filed under a
    county that only shares its stem."""
    level = next((s for s in REGION_SUFFIXES if written.endswith(s) and written != s), None)
    return level is None or official.endswith(level)


def qualified_region(name: str | None, text: str) -> str | None:
    """A county name that several divisions bear ("鼓楼区": 福州, 南京, 徐州, 开封) written alone,
    in a text that names the city of exactly one of them ("福州市"): "福州市鼓楼区".  Otherwise
    the name unchanged (no guess between namesakes)."""
    places = gazetteer()
    if not name or not places:
        return name
    parts = split_places(name)
    if len(parts) != 1:
        return name
    # namesakes by the very name (鹤山市 is one division; 鹤山区 only shares its stem)
    candidates = [p for p in places.lookup(name) if p.level == "county" and p.name == name]
    if len({place.code for place in candidates}) < 2:
        return name
    named = {
        place.prefecture
        for place in candidates
        if place.prefecture and place.prefecture != name and place.prefecture in text
    }
    if len(named) != 1:
        return name
    return f"{named.pop()}{name}"


# A prefecture written short by its level ("某某州", "某盟") and in full elsewhere in the text
# ("某某藏族自治州", "某某某某盟"): the full name, which opens with the short one's stem (attack50 L4).
_ETHNIC_PREFECTURE = r"(?:(?!州)[\u4e00-\u9fff]){1,12}?族自治州"
_LEAGUE = r"(?:(?!盟)[\u4e00-\u9fff]){1,4}?(?<!联)盟"


def full_region(name: str | None, text: str) -> str | None:
    """ "青禾州" in a text that also writes "青禾藏族自治州": that name (the gazetteer's official
    one first, ``official_region``); a short form written with no full one, or with two, stays."""
    official = official_region(name)
    if not name or official != name:
        return official
    last = split_places(name)[-1]
    written: list[str]
    if last.endswith("州") and not last.endswith("自治州") and len(last) >= 3:
        written = re.findall(re.escape(last[:-1]) + _ETHNIC_PREFECTURE, text)
    elif last.endswith("盟") and 2 <= len(last) <= 4:
        written = re.findall(re.escape(last[:-1]) + _LEAGUE, text)
    else:
        return name
    if len(set(written)) != 1:
        return name
    return written[0]  # alone, as ``official_region`` writes an autonomous division
