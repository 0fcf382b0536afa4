"""Region names: the general rules that relate 佛山市, 佛山市南海区, 南海区 and 南海.

Only suffix vocabulary lives here; which regions exist is learnt from the documents.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policybot.knowledge.extract.gazetteer import Place

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
# The general kinds of development zone (开发区, 高新区, 新区, 园区 …), longest first: a lazy name
# before them takes the longest kind that ends it. A zone is written after its city
# ("某市某某高新技术产业开发区"), which is its parent.
ZONE_KINDS: tuple[str, ...] = (
    "高新技术产业开发区",
    "经济技术开发区",
    "高新技术开发区",
    "经济开发区",
    "产业集聚区",
    "综合实验区",
    "综合保税区",
    "工业集中区",
    "工业园区",
    "产业园区",
    "高新区",
    "经开区",
    "开发区",
    "保税区",
    "合作区",
    "试验区",
    "实验区",
    "新区",
)
ZONE_KIND = "|".join(ZONE_KINDS)
_CITY_THEN_ZONE = re.compile(rf"^(?P<city>.{{2,6}}?[市州盟])(?P<zone>.{{2,12}}?(?:{ZONE_KIND}))$")
_CITY_THEN_DISTRICT = re.compile(
    r"^(?P<city>.{2,6}?[市州盟])(?P<district>.{1,8}?(?:区|县|市|旗|街道|镇|乡))$"
)


# The whole of a plan's own place a label opens with (全市累计…, 全区新增…), no word of the item.
_WHOLE_PLACE = re.compile(r"^全(?:省|市|县|区|州|盟|旗|镇|乡)")


def without_whole_place(label: str) -> str:
    """A label without the whole place it opens with: 累计培育… of 全市累计培育…, so the years
    and totals of one item compare by what they count, not by how each sentence opens."""
    return _WHOLE_PLACE.sub("", label)


def split_region(name: str) -> tuple[str | None, str]:
    """``温州市洞头区`` → (``温州市``, ``温州市洞头区``); a plain ``湖州市`` → (None, ``湖州市``)."""
    match = _CITY_THEN_DISTRICT.match(name)
    if match and match.group("district") not in REGION_SUFFIXES:
        return match.group("city"), name
    zone = _CITY_THEN_ZONE.match(name)
    if zone:  # 示范市青禾高新技术产业开发区: longer than a district's name, still the city's
        return zone.group("city"), name
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
    zone = _zone_kind(local)
    if zone is not None:
        return _zone_aliases(name, parent, local)
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


def is_zone(name: str) -> bool:
    """Whether a region's name is a development zone's (示范市青禾经开区, 青萝新区), not a
    division's (佛山市南海区, 浦东新区): its plans are its own, its city's speak for it only
    where they name it."""
    parent, _ = split_region(name)
    return _zone_kind(name[len(parent) :] if parent else name) is not None


def _zone_kind(local: str) -> str | None:
    """The development zone's kind a place's own name ends with (高新区, 经济开发区, 新区), but
    for a district of the table named 某某新区 (浦东新区), typed short like any district."""
    kind = next((kind for kind in ZONE_KINDS if local.endswith(kind)), None)
    return None if kind == "新区" and _district_named_new_area(local) else kind


@cache
def _district_named_new_area(local: str) -> bool:
    """Whether ``local`` (某某新区) is a district of the table of divisions whose short name is
    its own (浦东新区 is typed 浦东), not its city's: a 新区 named after its city (兰州市's
    兰州新区, an invented 青萝市's 青萝新区) is a zone, and its city's short name stays the
    city's (a question about 青萝 was answered 未找到 from the zone's plans alone)."""
    stem = strip_suffix(local)
    if not any(place.name == local and place.level == "county" for place in _divisions(local)):
        return False
    return not any(place.level != "county" for place in _divisions(stem))


def _zone_aliases(name: str, parent: str | None, local: str) -> set[str]:
    """A zone's names: whole, without its city when it has a name of its own (某某经开区), with the
    city's short name when it has none (示范市高新区 is typed 示范高新区), and the other form of its
    kind (高新技术产业开发区 / 高新区). Never its kind alone nor a piece of it (高新区, 示范市高)."""
    aliases = {name} | zone_short_names(name)
    if parent is None:
        return aliases
    aliases |= {local} | zone_short_names(local) | _new_area_stem(local, parent)
    if local in ZONE_KINDS:
        # (the kind alone stays the city's zone: a city's table row "高新区" is its one 高新区)
        short = strip_suffix(parent)
        aliases |= {short + local} | zone_short_names(short + local)
    return {alias for alias in aliases if len(alias) >= 2 and alias not in GENERIC_AREAS}


def _new_area_stem(local: str, parent: str) -> set[str]:
    """A 新区 of a city, named otherwise than the city (珠海市横琴新区 is typed 横琴): the stem
    before 新区. Never the city's own short name (示范市示范新区), nor one the national table
    gives a division (兰州 of 兰州新区 is 兰州市, whether or not the store holds it); a 新区 with
    no city written (青萝新区) has no stem either, as nothing says the stem is not its city's."""
    stem = local.removesuffix("新区")
    if stem == local or len(stem) < _SHORT_NAME or stem == strip_suffix(parent):
        return set()
    return set() if _divisions(stem) else {stem}


def _divisions(name: str) -> list[Place]:
    """The divisions the national table names by ``name`` (兰州: 兰州市)."""
    # (Imported here: the extractor's package imports this module.)
    from policybot.knowledge.extract.gazetteer import gazetteer

    return gazetteer().lookup(name)


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
