"""Region names: the general rules that relate 佛山市, 佛山市南海区, 南海区 and 南海.

Only suffix vocabulary lives here; which regions exist is learnt from the documents.
"""

from __future__ import annotations

import re
from functools import cache

# Administrative suffixes, longest first so 自治县 wins over 县.
REGION_SUFFIXES = ("自治州", "自治县", "新区", "省", "市", "区", "县", "州", "旗", "盟")
# Below a county: towns, townships and subdistricts (东莞市石龙镇 is typed 石龙镇 or 石龙).
TOWN_SUFFIXES = ("街道", "镇", "乡")
# A production and construction corps (新疆生产建设兵团): a province-level body of its own.
_CORPS = "生产建设兵团"
# The autonomous places below a province, whose short names drop the peoples and 自治.
_AUTONOMOUS_LEVELS = ("自治县", "自治州", "自治旗")
# A short name has two characters at least (宁 alone is a doc number's abbreviation).
_SHORT_NAME = 2
_PROVINCE_THEN_PLACE = re.compile(r"^.{2,3}省(?P<place>.{2,8}[市州盟县区])$")
_CITY_THEN_DISTRICT = re.compile(
    r"^(?P<city>.{2,6}?[市州盟])(?P<district>.{1,8}?(?:区|县|市|旗|街道|镇|乡))$"
)


def split_region(name: str) -> tuple[str | None, str]:
    """``温州市洞头区`` → (``温州市``, ``温州市洞头区``); a plain ``湖州市`` → (None, ``湖州市``)."""
    match = _CITY_THEN_DISTRICT.match(name)
    if match and match.group("district") not in REGION_SUFFIXES:
        return match.group("city"), name
    return None, name


def full_district_name(region: str | None, district: str) -> str:
    """``佛山市`` + ``南海区`` → ``佛山市南海区`` (unless already prefixed)."""
    if not region or district.startswith(region):
        return district
    return f"{region}{district}"


def region_aliases(name: str) -> set[str]:
    """Short forms people type: 湖州市 → 湖州; 佛山市南海区 → 南海区, 南海; 东莞市石龙镇 → 石龙镇,
    石龙; never a single character."""
    aliases = {name}
    parent, _ = split_region(name)
    local = name[len(parent) :] if parent else name
    aliases.add(local)
    for form in list(aliases):
        stripped = strip_suffix(form)
        if form == local and local.endswith(TOWN_SUFFIXES):
            stripped = next(local[: -len(s)] for s in TOWN_SUFFIXES if local.endswith(s))
        if len(stripped) >= 2:
            aliases.add(stripped)
    if local.endswith(_AUTONOMOUS_LEVELS):
        # 石柱土家族自治县 is typed 石柱县 or 石柱 (恩施土家族苗族自治州: 恩施州), the short form
        # tables and titles write too.
        stem = place_stem(local)
        level = local[-1]
        if stem != strip_suffix(local) and len(stem) >= 2:
            aliases |= {stem, stem + level}
    aliases |= customary_short_names(name)
    aliases |= zone_short_names(local)
    if name.endswith(_CORPS):
        # 新疆生产建设兵团 is typed 兵团 or 新疆兵团.
        aliases |= {"兵团", name.replace("生产建设", "")}
    return {alias for alias in aliases if len(alias) >= 2 and alias not in GENERIC_AREAS}


# A development zone's full kind and the short form people and notices type it by (某某高新技术
# 产业开发区 is 某某高新区; 某某经济技术开发区 某某经开区): general naming of zones, either way.
_ZONE_KINDS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))


def zone_short_names(name: str) -> set[str]:
    """The other form of a development zone's name: 示范高新技术产业开发区 → 示范高新区, and 示范高新区
    → 示范高新技术产业开发区; nothing for any other name, nor for a zone's kind alone."""
    for full, short in _ZONE_KINDS:
        for written, other in ((full, short), (short, full)):
            stem = name[: -len(written)]
            if name.endswith(written) and len(stem) >= _SHORT_NAME:
                return {stem + other}
    return set()


def aliases_without_province(name: str) -> set[str]:
    """The names a place named with its province (江苏省南京市, as a page's 发布部门 writes it) is
    typed by without it: 南京市, 南京. Empty for any other name."""
    match = _PROVINCE_THEN_PLACE.match(name)
    return region_aliases(match.group("place")) if match else set()


# The part of any city or county a name may end in (广州市市区, 某县城区): typed alone, it is
# that part of whichever place the plan asked about is of, never one place's alias.
GENERIC_AREAS = frozenset({"市区", "城区", "郊区", "县城", "主城区", "中心城区", "老城区"})


@cache
def customary_short_names(name: str) -> frozenset[str]:
    """The short name the national gazetteer gives the division called ``name`` in full:
    宁夏回族自治区 is typed 宁夏, 内蒙古自治区 内蒙古, 香港特别行政区 香港 — names no suffix rule
    derives (自治区 and 特别行政区 are no suffix a district drops). General knowledge of the
    divisions, not of any plan; a name two divisions bear gives none.  Cached per process, as
    the gazetteer it reads is: the index asks it for every region on each rebuild."""
    # (Imported here: the extractor's package imports this module.)
    from policybot.knowledge.extract.gazetteer import gazetteer

    divisions = [place for place in gazetteer().lookup(name) if place.name == name]
    if len(divisions) != 1 or len(divisions[0].alias) < _SHORT_NAME:
        return frozenset()
    return frozenset({divisions[0].alias})


def strip_suffix(name: str) -> str:
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


# The peoples named in autonomous counties' and banners' full names (石柱土家族自治县, 彭水苗族土家族
# 自治县, 莫力达瓦达斡尔族自治旗): longest first, so 土家 is tried before 土.
_PEOPLES = sorted(
    [
        "土家",
        "苗",
        "彝",
        "藏",
        "回",
        "满",
        "蒙古",
        "壮",
        "瑶",
        "侗",
        "布依",
        "白",
        "哈尼",
        "傣",
        "黎",
        "傈僳",
        "佤",
        "畲",
        "拉祜",
        "水",
        "东乡",
        "纳西",
        "景颇",
        "柯尔克孜",
        "土",
        "达斡尔",
        "仫佬",
        "羌",
        "布朗",
        "撒拉",
        "毛南",
        "仡佬",
        "锡伯",
        "阿昌",
        "普米",
        "塔吉克",
        "怒",
        "乌孜别克",
        "俄罗斯",
        "鄂温克",
        "德昂",
        "保安",
        "裕固",
        "京",
        "塔塔尔",
        "独龙",
        "鄂伦春",
        "赫哲",
        "门巴",
        "珞巴",
        "基诺",
        "维吾尔",
        "哈萨克",
        "朝鲜",
        "各",
    ],
    key=len,
    reverse=True,
)
_AUTONOMY = re.compile(rf"(?:(?:{'|'.join(_PEOPLES)})族)+(?:自治)?$")


def place_stem(name: str) -> str:
    """A place name without its level suffix nor, for an autonomous county or banner, the peoples
    and 自治 before it: 石柱土家族自治县 and 石柱县 share the stem 石柱."""
    stem = strip_suffix(name)
    if "自治" in name:
        return _AUTONOMY.sub("", stem) or stem
    return stem
