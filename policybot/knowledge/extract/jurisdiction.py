"""Which jurisdiction issued a document, and at what level.

A document names its jurisdiction in many places, none of them always present: the issuer in the
落款 or the header ("永康市人民政府办公室"), the title ("长丰县推动…若干政策"), the prefix of its doc
number ("凉府办发" — 凉山州; "南兴府办函" — 南宁市兴宁区), or only its body ("我省", and the cities it
names; "区政府" and two or more towns of one district, ``region_from_towns``).  ``document_region`` tries them in that order of reliability.  An explicit issuer or title
is taken as written (the gazetteer is incomplete for renamed places); abbreviations and body cues
are resolved against the national gazetteer (``gazetteer``) and only a unique answer is kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from policybot.knowledge.extract.gazetteer import (
    PREFECTURE_ABBREVIATIONS,
    PROVINCE_ABBREVIATIONS,
    Gazetteer,
    Level,
    Place,
    Town,
    gazetteer,
    towns,
)
from policybot.knowledge.extract.place_words import begins_inside_a_designation
from policybot.knowledge.extract.special_regions import (
    new_area_of_name,
    special_level,
    special_of_doc_number,
    special_of_name,
    special_of_own_wording,
    zone_at_start,
    zone_of_body,
)
from policybot.knowledge.extract.text_index import index_of

_PROVINCE = r"[\u4e00-\u9fff]{2,7}?(?:省|自治区)"
_CITY = r"[\u4e00-\u9fff]{1,7}?(?:市(?!场)|盟|地区|自治州|州(?![市区县]))"
# (no office's name inside: "某市市场监管局高新区分局" is the city bureau's branch, no county)
_COUNTY = r"(?:(?![局厅委办])[\u4e00-\u9fff]){1,7}?(?:区|县|旗)"
_REGION = re.compile(
    rf"^(?P<region>{_PROVINCE}(?:{_CITY})?(?:{_COUNTY})?|{_CITY}(?:{_COUNTY})?)"
    # "某区科学技术协会", "某市工商业联合会": a people's organisation of the place issues as its
    # bureaus do (B42-8)
    r"(?=[\u4e00-\u9fff]{1,12}(?:局|委|厅|办|协会|联合会))"
)
_TITLE_REGION = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|自治州|盟)(?:[\u4e00-\u9fff]{1,5}?(?:区|县|旗))?"
    r"|[\u4e00-\u9fff]{1,6}?(?:区|县|旗))(?=[\u4e00-\u9fff“]|(?:19|20)\d{2})"
)
_COUNTY_ISSUER = re.compile(
    rf"^(?P<region>{_COUNTY})(?=[\u4e00-\u9fff]{{1,12}}(?:局|委|厅|办|委员会|中心))"
)
# Words that end like a place but are not one ("县" alone, "本市", "全省").
_NOT_A_PLACE = re.compile(
    r"^(?:[本全我各该某外]?[省市区县州旗盟]|地区|城区|市区|县区|辖区|园区|社区|新区)$"
)
# "我市" / "全县" / "各县(市、区)": what level the document itself speaks at.
_LEVEL_CUES: dict[Level, re.Pattern[str]] = {
    # "走在全省前列", "达到全省先进水平": a city measuring itself against its province speaks as
    # the city, not as the province (B28-1)
    "province": re.compile(
        r"我省|全省(?!(?:的)?(?:前列|先进|领先|第一|首位|前茅|平均|排名|位次|之首|上游|一流))|"
        r"省政府|省人民政府|省直|各市(?:\(州\)|、州|州)|各地级以上市|"
        # "(省发展改革委)": a measure's responsible unit in brackets, named by its level
        r"\(省[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)[)、]"
    ),
    "prefecture": re.compile(
        r"我市|全市|市政府|市人民政府|市直|各县\(市、?区\)|各县、?区|各区、?县|各县\(区\)|各县市区|"
        # an autonomous prefecture (州) speaks as "我州", "全州", "州直各部门", "经州人民政府同意"
        # (全州县 is a county's name; "广州直属…" is a city's name before 直属)
        r"我州|全州(?!县)|(?<![\u4e00-\u9fff])州(?:直|级(?:各|有关))|经州(?:人民)?政府|"
        r"\(市[\u4e00-\u9fff]{1,8}?(?:局|委|办)[)、]"
    ),
    "county": re.compile(
        r"我县|全县|县政府|县人民政府|县直|各乡镇|各乡、镇|我区|全区|区政府|各街道|"
        r"\([县区][\u4e00-\u9fff]{1,8}?(?:局|委|办)[)、]"
    ),
}
# Development zones share their short names across the country (高新区, 新城区): no evidence.
_GENERIC_ZONE = re.compile(
    r"新区|园区|工业园|产业园|开发区|城区|高新|经开|示范区|保税区|管理区|新城"
)
# Short names of districts that are everyday words ("乡村振兴", "平安建设", "新兴产业", "东方红"):
# in a text their recurrence is the word's, not the district's.
_WORD_ALIASES = frozenset(
    {
        "振兴",
        "和平",
        "解放",
        "前进",
        "光明",
        "友好",
        "红旗",
        "东风",
        "向阳",
        "太平",
        "新兴",
        "平安",
        "兴隆",
        "安定",
        "东方",
        "郊区",
        "矿区",
        "城关",
        # words of plans that are also county short names: "新建农村公路" (新建区), "合作社"
        # (合作市), "城中村" (城中区), "共和国" (共和县), "富民增收" (富民县), "安居工程" (安居区),
        # "大通道" (大通区), "新华书店" (新华区), "兴业银行" (兴业县), "康乐设施" (康乐县)
        "新建",
        "合作",
        "城中",
        "共和",
        "新城",
        "富民",
        "安居",
        "大通",
        "新华",
        "兴业",
        "友谊",
        "康乐",
    }
)
_DOC_PREFIX = re.compile(r"^(?P<prefix>[\u4e00-\u9fff]{1,3}?)(?:政|府|委|办|发|函)")


def region_of(issuer: str | None) -> str | None:
    """ "温州市洞头区人民政府办公室" -> "温州市洞头区"; "湖州市质量技术监督局" -> "湖州市"."""
    if not issuer:
        return None
    issuer = re.sub(r"\s+", "", issuer)
    special = special_of_name(issuer)
    if special is not None:
        return special.name
    area = new_area_of_name(issuer)
    if area is not None:
        return area
    zone = zone_of_body(issuer)
    if zone is not None:
        return zone
    # Joint issuance by the party committee and the government: the region is the government's.
    # Their offices too ("中共吉林省委办公厅吉林省人民政府办公厅", B43-6).
    issuer = re.sub(
        r"^中共[\u4e00-\u9fff]+?(?:委员会|委)(?:办公厅|办公室)?(?=[\u4e00-\u9fff]+?(?:人民政府|政府))",
        "",
        issuer,
    )
    party = re.match(r"^中共(?P<region>[\u4e00-\u9fff]+?(?:省|市|县|区|州))(?:委员会|委)", issuer)
    if party and "政府" not in issuer:
        return _place_or_none(party["region"])
    government = re.match(r"^(?P<region>.+?)(?:人民政府|政府)", issuer)
    if government and re.search(r"(?:省|自治区|市|区|县|州|旗|盟)$", government["region"]):
        return _place_or_none(government["region"])
    match = _REGION.match(issuer)
    if match and match["region"]:
        region = _place_or_none(match["region"])
        return _branch_county(region, issuer[match.end() :]) or region
    county = _COUNTY_ISSUER.match(issuer)
    if county and gazetteer().knows(county["region"]):
        return county["region"]  # "灵璧县卫生健康委员会": a county's own department
    return None


def _zone_of_title(title: str) -> str | None:
    """ "某市某某经济技术开发区质量提升行动方案": the zone a title opens with, whole (the city
    before it and the kind after it kept), when its name opens on a place the gazetteer knows
    (a city's full or short name: "某市高新区", "某某经开区"; a title's first words are often
    no place at all). Without the gazetteer, the title is trusted."""
    zone = zone_at_start(_LEADING_YEAR.sub("", _COLUMN_TAG.sub("", title.strip().lstrip("《"))))
    if zone is None:
        return None
    places = gazetteer()
    if not places:
        return zone
    for length in range(2, min(7, len(zone) - 2) + 1):
        if places.lookup(zone[:length]):
            return zone
    return None


# "深圳市市场监督管理局宝安监管局", "某市公安局某某分局": a city organ's branch named after a county of
# the city serves that county.
_BRANCH = re.compile(r"(?:监管局|分局|管理所|监管所|执法大队|中队)$")


def _branch_county(region: str | None, rest: str) -> str | None:
    """The county a city organ's branch is named after, as "城市+县区" ("深圳市宝安区"); else None."""
    if not region or not _BRANCH.search(rest):
        return None
    places = gazetteer()
    for county in (place for place in places.places if place.level == "county"):
        if (
            county.prefecture == region
            and len(county.alias) >= 2
            and re.search(rf"{re.escape(county.alias)}[区县市旗]?{_BRANCH.pattern}", rest)
        ):
            return region + county.name
    return None


def _place_or_none(name: str) -> str | None:
    return None if _NOT_A_PLACE.match(name) or len(name) < 2 else name


def _autonomous_prefecture_by_short_name(title: str) -> str | None:
    """ "黔东南州“护绿…”三年行动工作方案", "凉山州…实施方案": an autonomous prefecture written as its
    short name + 州 (the gazetteer's full name ends in 自治州), not followed by 市/区/县 (so "杭州市"
    and "苏州工业园区" are ``_TITLE_REGION``'s).  The place as written."""
    places = gazetteer()
    if not places:
        return None
    for length in (4, 3, 2):
        if len(title) <= length + 1 or title[length] != "州" or title[length + 1] in "市区县":
            continue
        alias = title[:length]
        found = {
            place.name
            for place in places.lookup(alias)
            if place.alias == alias and place.name.endswith("自治州")
        }
        if len(found) == 1:
            return alias + "州"
    return None


_LEADING_YEAR = re.compile(
    r"^(?:19|20)\d{2}\s*年(?:度)?(?=[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|自治州|盟|区|县|旗))"
)


def region_from_title(title: str | None) -> str | None:
    """A title that starts with the place ("某市质量…", "长丰县推动…若干政策")."""
    if not title:
        return None
    special = special_of_name(title.lstrip("《"))
    if special is not None:
        return special.name
    area = new_area_of_name(title)
    if area is not None:
        return area
    prefecture = _autonomous_prefecture_by_short_name(title.lstrip("《"))
    if prefecture is not None:
        return prefecture
    zone = _zone_of_title(title)
    if zone is not None:
        return zone
    # "2022年深圳市龙华区…申报条件": a year before the place is the title's, not the place's (B34-8)
    match = _TITLE_REGION.match(_LEADING_YEAR.sub("", title.lstrip("《")))
    if match is None:
        return None
    region = _place_or_none(match["region"])
    if region is None:
        return None
    places = gazetteer()
    # Without the gazetteer, trust the title; with it, the title must start with a real place
    # (so "创建县质量奖" or "关于市…" do not name one).
    if places and not any(True for _ in places.names_starting(region)):
        return None
    first = re.match(r"^.+?(?:省|自治区|市|自治州|盟)", region)
    if places and first and first.group(0) != region and not places.knows(region[first.end() :]):
        # "成都市城市社区…": a noun ending in 区 after the city is no county of it.
        return first.group(0)
    return region


# A title names its kind at the end: only then is its first word read as a place's short name.
# The plan's years may follow in brackets ("…作战方案(2018—2020年)").
_TITLE_KIND_END = re.compile(
    r"(?:计划|方案|规划|意见|办法|细则|纲要|要点|规定|通知|决定)[)》]?"
    r"(?:[((](?:19|20)\d{2}\s*[—–\-~至]+\s*(?:19|20)\d{2}\s*年?[))])?$"
)
# "【政策法规】广西发布…": a site's column tag in front of a headline is no part of the title.
_COLUMN_TAG = re.compile(r"^【[^【】]{1,8}】")


def region_from_title_alias(title: str | None) -> str | None:
    """ "苏州品牌建设…行动计划": a title that opens with the short name of one province or
    prefecture (no 省/市 after it).  County short names are left alone: too many are words."""
    if not title:
        return None
    title = _COLUMN_TAG.sub("", title.strip())
    if not _TITLE_KIND_END.search(title):
        return None
    places = gazetteer()
    if not places:
        return None
    head = title.lstrip("《")
    for length in (3, 2):
        alias = head[:length]
        if len(head) <= length or alias in _WORD_ALIASES or _GENERIC_ZONE.search(alias):
            continue
        if head[length] in "省市县区州盟旗":
            return None  # a full name: ``region_from_title``'s case
        found = [
            place
            for place in places.lookup(alias)
            if place.alias == alias and place.level in ("province", "prefecture")
        ]
        if len(found) == 1 and len(places.lookup(alias)) == 1:
            return found[0].name
    return None


def region_from_doc_number(doc_number: str | None, text: str) -> str | None:
    """ "凉府办发〔2008〕1号" -> 凉山州: the prefix abbreviates the issuer's place."""
    if not doc_number:
        return None
    special = special_of_doc_number(doc_number)
    if special is not None:
        return special.name
    match = _DOC_PREFIX.match(doc_number)
    places = gazetteer()
    if match is None or not places:
        return None
    town = _title_town_of_prefix(match["prefix"], text)
    if town is not None:
        return (
            town  # "曾发〔2031〕28号" of "中共曾溪镇委员会 曾溪镇人民政府关于…": the town's (B43-7)
        )
    level = speaking_level(text)
    # "攸质强办": the place's abbreviation, then the organ's ("质强"); try the longest first.
    prefix = match["prefix"]
    above_counties = bool(_COUNTIES_BELOW.search(text))
    for length in range(len(prefix), 0, -1):
        candidates = _abbreviated(prefix[:length], places, level)
        if above_counties and level == "prefecture":
            candidates = [place for place in candidates if place.level != "county"]
        candidates = _by_own_wording(candidates, text) if level == "county" else candidates
        best = _best_supported(candidates, text, places)
        if best:
            return _as_written(best, text)
    return None


# "区政府第38次常务会议", "我区", "县长办公会": what a county-level issuer calls itself.
_OWN_WORDING = {
    "区": re.compile(r"我区|全区|本区|区政府|区人民政府|区长"),
    "县": re.compile(r"我县|全县|本县|县政府|县人民政府|县长"),
}


def _by_own_wording(candidates: list[Place], text: str) -> list[Place]:
    """County candidates of the kind (区 or 县) the text calls its issuer, when it calls it one
    kind only and some candidate is of that kind; else all of them."""
    kinds = [kind for kind, cue in _OWN_WORDING.items() if cue.search(text)]
    if len(kinds) != 1:
        return candidates
    kept = [place for place in candidates if place.name.endswith(kinds[0])]
    return kept or candidates


# "各县(市、区)人民政府", "相关县(市、区)政府", "各县区": the issuer has counties below it, so a
# 市 that abbreviates it is a prefecture, not a county-level city.
_COUNTIES_BELOW = re.compile(r"[各相关有]县(?:\(市、区\)|\(区、市\)|区|市区|、区|、市、区)")


# "首都标准化战略", "首都发展": the capital's own wording (not a university, airport or hospital
# named after it).
_CAPITAL = re.compile(
    r"首都(?!机场|国际机场|医科大学|师范大学|经济贸易大学|体育学院|博物馆|图书馆|医院)"
)


def region_from_body(text: str) -> str | None:
    """ "我省" and the prefectures the text names: the province they belong to; without such a cue,
    the one jurisdiction that the places the text lists all belong to (a page of a quota table
    naming several cities of one province)."""
    own = special_of_own_wording(text)
    if own is not None:
        return own.name  # "结合兵团实际": the body speaks of a special jurisdiction as its own
    if _CAPITAL.search(text) and re.search(r"本市", text):
        return (
            "北京市"  # "首都标准化战略" with "本市地方标准": the capital speaks of itself (B42-17)
        )
    places = gazetteer()
    text = _without_prize_names(text)
    level = speaking_level(text)
    if not places:
        return None
    if level is None:
        return _common_parent(text, places)
    named = [place for place in _places_named(text, places)]
    parents: Counter[str] = Counter()
    for place in named:
        for ancestor in (place.province, place.prefecture):
            if ancestor:
                parents[ancestor] += 1
    candidates = [
        place
        for place in places.places
        if place.level == level and (parents[place.name] >= 2 or place in named)
    ]
    best = _best_supported(candidates, text, places)
    if best:
        return _as_written(best, text)
    return (
        _common_parent(text, places)
        or _own_short_name(text, level, places)
        or _short_name_at_level(text, level, places)
        or (_province_of_city_short_names(text, places) if level == "province" else None)
    )


def region_of_sole_county(text: str) -> str | None:
    """ "符合花都区重点产业发展方向", "实现花都区地方经济发展贡献": a text that speaks as no level and
    names one county-level place at least twice, and no other place but that county's own
    prefecture or province, is the county's (B46-12); None otherwise."""
    places = gazetteer()
    if not places:
        return None
    named = _places_named(_without_cited_places(_without_prize_names(text)), places)
    counties = {place.name for place in named if place.level == "county"}
    if len(counties) != 1:
        return None
    county = next(place for place in named if place.level == "county")
    if sum(1 for place in named if place.name == county.name) < 2:
        return None
    parents = {county.prefecture, county.province}
    if any(place.name != county.name and place.name not in parents for place in named):
        return None
    return _as_written(county, text)


def _province_of_city_short_names(text: str, places: Gazetteer) -> str | None:
    """A text that speaks as a province and names its projects by their cities' short names
    ("葫芦岛基地", "大连石化", "辽阳石化"): the province of at least three such prefectures, when no
    other province has half as many (B34-2)."""
    index = index_of(text)
    by_province: dict[str, set[str]] = {}
    for place in places.places:
        alias = place.alias
        if place.level != "prefecture" or not place.province or len(alias) < 2:
            continue
        if alias == place.name or alias in _WORD_ALIASES or _GENERIC_ZONE.search(alias):
            continue
        if index.count(alias):
            by_province.setdefault(place.province, set()).add(place.name)
    ranked = sorted(by_province.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < 3:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) * 2 >= len(ranked[0][1]):
        return None
    return ranked[0][0]


# "获得广东省政府质量奖", "省人民政府科学技术奖": a prize named after the government that awards
# it says nothing of who issued the text that mentions it.
_PRIZE_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:人民)?政府[\u4e00-\u9fff]{1,6}?奖")


def _without_prize_names(text: str) -> str:
    return _PRIZE_NAME.sub("", text)


# "学习安吉县经验, 推广安吉县做法": a place cited as an example is another place's, never the
# text's own (attack44: a placeless plan citing one county twice was filed as that county's).
_CITED_PLACE = re.compile(
    r"(?:参照|借鉴|学习|对标|复制|推广|总结|仿照|比照|效仿)[\u4e00-\u9fff]{2,12}?"
    r"(?:等地)?(?:的)?(?:先进|成功|典型|有益|好的)?(?:经验|做法|模式)"
    r"|[\u4e00-\u9fff]{2,12}?(?:等地)?(?:的)?(?:先进|成功|典型|有益|好的)(?:经验|做法|模式)"
)


def _without_cited_places(text: str) -> str:
    return _CITED_PLACE.sub("", text)


# "结合天台的实际", "立足湖北实际": the body names its own place by the short name, the way a city's
# plan says "结合我市实际" (B47-4; the special jurisdictions' form is B40-6).
_OWN_PLACE_CUE = re.compile(
    r"(?:结合|立足|根据|从)(?P<name>[\u4e00-\u9fff]{2,4}?)(?:的)?(?:工作|发展)?实际"
)


def _own_short_name(text: str, level: Level, places: Gazetteer) -> str | None:
    """The one place at the speaking level that the text names as its own in "结合X(的)实际";
    None when the cues name none or several."""
    found: set[str] = set()
    for match in _OWN_PLACE_CUE.finditer(text):
        name = match["name"]
        if name in _WORD_ALIASES:
            continue
        hits = [
            place
            for place in places.lookup(name)
            if place.level == level and name in (place.alias, place.name)
        ]
        if len(hits) == 1:
            found.add(hits[0].name)
    return found.pop() if len(found) == 1 else None


def _short_name_at_level(text: str, level: Level, places: Gazetteer) -> str | None:
    """ "全省…打造“青海质量”品牌": a text that speaks as a province and names one province only by
    its short name.  Below the province a short name must recur (a two-character name is too
    often a word or a person's name to trust once)."""
    counts: Counter[Place] = Counter()
    index = index_of(text)  # thousands of names: one sort of the text, not a pass per name
    for place in places.places:
        alias = place.alias
        if place.level != level or len(alias) < 2 or alias == place.name:
            continue
        if _GENERIC_ZONE.search(alias):
            continue  # "工业园": a zone's short name is a common noun
        if alias in _WORD_ALIASES:
            continue  # "乡村振兴": the word, not 振兴区
        found = index.count(alias)
        if found >= (1 if level == "province" else 2):
            counts[place] = found
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0].name


def _common_parent(text: str, places: Gazetteer) -> str | None:
    """The most specific jurisdiction that at least three distinct places named in the text
    belong to, when no other jurisdiction of its level has as many; else None."""
    named = list(dict.fromkeys(_places_named(text, places) + _places_in_cells(text, places)))
    by_level: dict[str, Counter[str]] = {"prefecture": Counter(), "province": Counter()}
    for place in named:
        if place.prefecture:
            by_level["prefecture"][place.prefecture] += 1
        if place.province and place.level != "province":
            by_level["province"][place.province] += 1
    for level in ("prefecture", "province"):
        ranked = by_level[level].most_common(2)
        if not ranked or ranked[0][1] < 3:
            continue
        if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None  # places of two jurisdictions: no single one
        parent = next(iter(places.lookup(ranked[0][0])), None)
        return _as_written(parent, text) if parent else ranked[0][0]
    return None


def _places_in_cells(text: str, places: Gazetteer) -> list[Place]:
    """Places a table names by their short names, one to a cell ("┃广州 │12.3┃", "韶关 | 8")."""
    found: list[Place] = []
    for cell in re.split(r"[\n|┃│\t]+", text):
        cell = re.sub(r"\s+", "", cell)
        if not 2 <= len(cell) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", cell):
            continue
        hits = [place for place in places.lookup(cell) if cell in (place.alias, place.name)]
        if len(hits) == 1 and hits[0].level != "province":
            found.append(hits[0])
    return found


# "《某市人民政府办公室关于调整全市支持经济发展…的通知》": a cited title speaks for its own issuer.
_BOOK_TITLE = re.compile(r"《[^《》]{0,120}》")


def speaking_level(text: str) -> Level | None:
    """The level whose cues ("我市", "全县", "各县(市、区)") the text uses most; a cue inside a
    cited title (《…》) is the cited document's, not the text's (B28-8)."""
    cited = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)]

    def in_cited(match: re.Match[str]) -> bool:
        return any(start < match.start() < end for start, end in cited)

    counts = {
        level: sum(
            1
            for match in cue.finditer(text)
            if not in_cited(match) and not _names_a_government(text, match)
        )
        for level, cue in _LEVEL_CUES.items()
    }
    level, count = max(counts.items(), key=lambda item: item[1])
    return level if count else None


def _names_a_government(text: str, match: re.Match[str]) -> bool:
    """ "新野县人民政府", "某区政府": a named place's government (a recipient, an addressee) is no
    cue of the level the text speaks at; only a government left unnamed ("经县政府同意") is."""
    if "政府" not in match.group(0):
        return False
    places = gazetteer()
    start = match.start()
    return any(
        any(
            place.name == text[start - n : start + 1]
            for place in places.lookup(text[start - n : start + 1])
        )
        for n in range(1, 5)
        if start - n >= 0
    )


def level_of(region: str | None) -> Level | None:
    """The level of a region as written: the last place it names ("徐州市沛县" -> county)."""
    if not region:
        return None
    special = special_level(region)
    if special is not None:
        return special
    parts = split_places(region)
    last = parts[-1] if parts else region
    found = [
        place for place in gazetteer().lookup(last) if place.name == last
    ] or gazetteer().lookup(last)
    if found:
        return found[0].level
    if re.search(r"(?:省|自治区)$", last):
        return "province"
    if re.search(r"(?:州|盟|地区)$", last) or (len(parts) == 1 and last.endswith("市")):
        return "prefecture"
    return "county"


def split_places(region: str) -> list[str]:
    """ "徐州市沛县" -> ["徐州市", "沛县"] (known names first, else by suffix)."""
    parts: list[str] = []
    rest = region
    places = gazetteer()
    while rest:
        known = next(places.names_starting(rest), None) if places else None
        match = (
            known
            or (
                re.match(r"^[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|省|市|州|盟|地区|区|县|旗)", rest)
                or [rest]
            )[0]
        )
        parts.append(match)
        rest = rest[len(match) :]
    return parts


def _abbreviated(prefix: str, places: Gazetteer, level: Level | None) -> list[Place]:
    """Places a doc-number prefix can stand for, at the level the text speaks at."""
    candidates: list[Place] = []
    if len(prefix) == 1 and prefix in PROVINCE_ABBREVIATIONS and level in (None, "province"):
        candidates.extend(places.lookup(PROVINCE_ABBREVIATIONS[prefix]))
    if level != "province":
        candidates.extend(
            place
            for place in places.with_alias_prefix(prefix)
            if place.level != "province" and (level is None or _fits_level(place, level))
        )
        for name in PREFECTURE_ABBREVIATIONS.get(prefix, ()) if level != "county" else ():
            candidates.extend(place for place in places.lookup(name) if place.name == name)
    if len(prefix) == 2:
        # "南兴": the prefecture's first character, then the county's.
        candidates.extend(
            place
            for place in places.places
            if place.level == "county"
            and place.prefecture
            and place.prefecture.startswith(prefix[0])
            and place.alias.startswith(prefix[1])
        )
    return list(dict.fromkeys(candidates))


def _fits_level(place: Place, level: Level) -> bool:
    if level == "prefecture":
        # "我市": a prefecture, or a county-level city that speaks of itself as 市.
        return place.level == "prefecture" or place.name.endswith("市")
    return place.level == level


def _places_named(text: str, places: Gazetteer) -> list[Place]:
    """Places whose full name (or short name + suffix) occurs in the text."""
    found: list[Place] = []
    for match in re.finditer(r"[\u4e00-\u9fff]{2,9}?(?:自治州|自治区|省|市|州|盟|县|区|旗)", text):
        name = match.group(0)
        for length in range(len(name), 1, -1):
            tail = name[-length:]
            if length == 2 and _verb_before_county_town(text, match.end() - length):
                continue
            if length == 2 and _slogan_county(text, match.end() - length):
                continue
            if begins_inside_a_designation(text, match.end() - length):
                continue  # "创建示范县": 范县 begins inside 示范
            hits = [place for place in places.lookup(tail) if tail in (place.name, place.alias)]
            # "结合某县实际" with 某县 a county's full name before it was renamed: two characters
            # like today's two-character counties, a full name all the same (stop 46: a
            # document's region not read)
            hits = hits or [
                place
                for place in places.lookup(tail)
                if len(tail) >= 3 or tail in places.former_counties
            ]
            # "达到全州平均水平": 全州 is "the whole prefecture" here, not 全州县 by its short name.
            hits = [place for place in hits if not (tail[0] == "全" and tail != place.name)]
            # "各街镇和工业园区", "新城区管委会": a zone word names a place only in a full name
            # with a proper part of its own ("浦东新区"), never alone.
            if _GENERIC_ZONE.search(tail) and len(_GENERIC_ZONE.sub("", tail)) < 2:
                hits = []
            hits = [
                place for place in hits if not (_GENERIC_ZONE.search(tail) and tail != place.name)
            ]
            if hits:
                found.extend(hits[:1])
                break
    return found


# "建成县城旅游集散中心": 建成 is "to build" and 县城 "the county town"; the 成县 between them is
# no county.  A one-character name + 县 right after a verb that ends in that character and right
# before 城 is the verb and the county town.
_VERBS_ENDING_IN_A_NAME = frozenset(
    {"建成", "完成", "形成", "达成", "组成", "构成", "造成", "变成"}
)


# "从“质量立县”到“品牌兴县”", "工业强县": a slogan of a noun and a verb + 县 (to make the county
# thrive / strong) names no county; 兴县 and 富县 are counties only where a place or a boundary
# stands before them (B47-3).
_SLOGAN_VERBS = frozenset("兴强立富")
_BEFORE_A_COUNTY = frozenset("省市州盟区")


def _slogan_county(text: str, start: int) -> bool:
    before = text[start - 2 : start] if start >= 2 else ""
    return (
        text[start : start + 1] in _SLOGAN_VERBS
        and text[start + 1 : start + 2] == "县"
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", before))
        and before[-1] not in _BEFORE_A_COUNTY
        and not gazetteer().lookup(before)  # "山西兴县", "吕梁兴县": a place's short name before it
    )


def _verb_before_county_town(text: str, start: int) -> bool:
    end = start + 2
    return (
        start >= 1
        and text[end - 1 : end] == "县"
        and text[end : end + 1] == "城"
        and text[start - 1 : start + 1] in _VERBS_ENDING_IN_A_NAME
    )


def _best_supported(candidates: Iterable[Place], text: str, places: Gazetteer) -> Place | None:
    """The candidate the text supports most (its own name, its parent's, its subdivisions');
    None when none or several are supported equally."""
    unique = list(dict.fromkeys(candidates))
    if len(unique) == 1:
        return unique[0]
    scored: list[tuple[int, Place]] = []
    index = index_of(text)
    named_towns = towns_named(text)
    for place in unique:
        support = index.count(place.alias) * 3 if len(place.alias) >= 2 else 0
        if place.parent:
            parent = next(iter(places.lookup(place.parent)), None)
            if parent and len(parent.alias) >= 2:
                support += index.count(parent.alias)
        support += sum(
            1
            for child in places.children(place)
            if len(child.alias) >= 2
            and not _GENERIC_ZONE.search(child.alias)
            and index.occurs(child.alias)
        )
        support += _towns_of(place, named_towns)
        scored.append((support, place))
    scored.sort(key=lambda item: item[0], reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


_TOWN_END = re.compile(r"镇|乡|街道")


def towns_named(text: str) -> dict[str, tuple[Town, ...]]:
    """The towns and streets the text names ("罗店镇", "吴淞街道"), each with every county that
    has a town of that name."""
    table = towns()
    found: dict[str, tuple[Town, ...]] = {}
    if not table:
        return found
    for match in _TOWN_END.finditer(text):
        end = match.end()
        for length in range(min(9, end), 2, -1):
            owners = table.get(text[end - length : end])
            if owners:
                found.setdefault(text[end - length : end], owners)
                break
    return found


def _towns_of(place: Place, named: dict[str, tuple[Town, ...]]) -> int:
    """How many towns the text names lie in ``place``; 0 unless two or more do (one town name
    may be a word: "块上街镇" writes 上街镇)."""
    count = sum(1 for owners in named.values() if any(town.lies_in(place) for town in owners))
    return count if count >= 2 else 0


def region_from_towns(text: str, doc_number: str | None = None) -> str | None:
    """The county (or, for a text that speaks as a city, the prefecture) that two or more towns
    the text names lie in, when no other county or prefecture has half as many; a doc number
    whose prefix cannot abbreviate that place (nor its prefecture) vetoes it."""
    level = speaking_level(text)
    if level not in ("county", "prefecture"):
        return None
    places = gazetteer()
    named = towns_named(text)
    votes: Counter[tuple[str, str | None, str]] = Counter()
    for owners in named.values():
        keys = {
            (town.county, town.prefecture, town.province)
            if level == "county"
            else (town.prefecture or town.province, None, town.province)
            for town in owners
        }
        votes.update(keys)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < (2 if level == "county" else 3):
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 >= ranked[0][1]:
        return None  # towns of two places: no single one
    name, prefecture, province = ranked[0][0]
    found = [
        place
        for place in places.lookup(name)
        if place.name == name
        and place.province == province
        and (level != "county" or place.prefecture == prefecture)
    ]
    if len(found) != 1:
        return None
    if doc_number and not _prefix_agrees(doc_number, found[0], places):
        return None
    return _as_written(found[0], text)


# B44-1: "围绕金州、云顶、安石、甲山、足民等乡镇": names listed before 等乡镇 are towns written bare
_TOWN_LIST = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[、和及][\u4e00-\u9fff]{2,4}){1,12})"
    r"等(?:乡镇(?:\(街道\))?|镇街|镇|乡|街道)"
)


def region_from_listed_towns(text: str) -> str | None:
    """The county that three or more towns listed bare before "等乡镇" lie in (B44-1), for a text
    that speaks as a county ("全县"); such names are towns, not the short names of counties."""
    if speaking_level(text) != "county":
        return None
    table = towns()
    places = gazetteer()
    if not table or not places:
        return None
    votes: Counter[tuple[str, str | None, str]] = Counter()
    for listed in _TOWN_LIST.finditer(text):
        for name in re.split(r"[、和及]", listed["names"]):
            forms = (
                [name]
                if _TOWN_END.search(name[-2:])
                else [name + end for end in ("镇", "乡", "街道")]
            )
            owners = {
                (town.county, town.prefecture, town.province)
                for form in forms
                for town in table.get(form, ())
            }
            votes.update(owners)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 2 >= ranked[0][1]):
        return None
    name, prefecture, province = ranked[0][0]
    found = [
        place
        for place in places.lookup(name)
        if place.name == name and place.province == province and place.prefecture == prefecture
    ]
    return _as_written(found[0], text) if len(found) == 1 else None


def _prefix_agrees(doc_number: str, place: Place, places: Gazetteer) -> bool:
    """Whether the doc number's prefix may abbreviate ``place`` or the prefecture above it."""
    match = _DOC_PREFIX.match(doc_number)
    if match is None:
        return True
    prefix = match["prefix"]
    above = [parent for parent in places.lookup(place.parent or "") if parent.level != "county"]
    for candidate in [place, *above]:
        if any(
            candidate in _abbreviated(prefix[:length], places, None)
            for length in range(len(prefix), 0, -1)
        ):
            return True
    return False


# A town's own documents: "我镇", "全镇", "镇政府" (towns are below the gazetteer).
_TOWN_CUE = re.compile(r"我镇|全镇|本镇|镇政府|镇人民政府")
_TOWN_OF = re.compile(
    r"(?P<parent>[\u4e00-\u9fff]{2,6}?(?:市|县|区))(?P<town>[\u4e00-\u9fff]{2,4}?镇)(?![\u4e00-\u9fff]{0,2}(?:人民)?政府关于)"
)


def town_region(region: str | None, text: str) -> str | None:
    """A document that speaks as a town more than as its county or city ("我镇", "镇政府") and
    names the town under its parent ("东莞市石龙镇") is the town's: "东莞市石龙镇"."""
    town_cues = len(_TOWN_CUE.findall(text))
    if not town_cues or town_cues < max(len(cue.findall(text)) for cue in _LEVEL_CUES.values()):
        return None
    for match in _TOWN_OF.finditer(text):
        parent = match["parent"]
        if level_of(parent) == "province":
            # a town is named under its county or city, never directly under its province:
            # "某自治区村庄和集镇…" is the province and a title's topic
            continue
        known = gazetteer().knows((split_places(parent) or [parent])[-1])
        if (region is not None and parent.endswith(region)) or (region is None and known):
            return parent + match["town"]
    return None


# "某镇2031年度重点工作计划": a title opening with a town's name (below the gazetteer) names the
# document's own place when the town table places that name in one county only (B40-12).
_TITLE_TOWN = re.compile(
    # a field label ("文件名称") and the town's party committee may stand before it (B43-7)
    r"^(?:(?:文件)?(?:名称|标题)\s*[::]?\s*)?"
    r"(?:中共[\u4e00-\u9fff]{2,5}?(?:镇|乡)(?:委员会|党委)\s*)?"
    r"(?P<town>[\u4e00-\u9fff]{2,5}?(?:镇|乡))(?=(?:19|20)\d{2}年|关于|人民政府)"
)


# "曾发〔2031〕28号" under a title naming "中共曾溪镇委员会 曾溪镇人民政府": a doc-number prefix that
# opens the name of the town the title's issuer governs abbreviates that town, not a county that
# happens to share the character (B43-7).
def _title_town_of_prefix(prefix: str, text: str) -> str | None:
    head = re.sub(r"\s+", "", text[:600])
    for town, owners in towns_named(text).items():
        if not town.startswith(prefix) or len(town) <= len(prefix):
            continue
        if f"{town}人民政府" not in head and f"中共{town}委员会" not in head:
            continue  # the town must issue the document, not be one place it names
        if len({(t.county, t.prefecture) for t in owners}) == 1:
            return town
    return None


def town_of_title(title: str | None, text: str) -> str | None:
    """The town a title opens with, as written, when the town table knows it in one county."""
    match = _TITLE_TOWN.match((title or "").strip())
    if match is None:
        return None
    owners = towns_named(text).get(match["town"], ())
    return match["town"] if len({(t.county, t.prefecture) for t in owners}) == 1 else None


def with_prefecture(region: str | None, text: str) -> str | None:
    """A county named alone ("沛县") in the form the document itself writes it with its
    prefecture ("徐州市沛县"), when it does; any other region as it is."""
    if not region or level_of(region) != "county" or len(split_places(region)) > 1:
        return region
    compact = re.sub(r"\s+", "", text)
    for place in gazetteer().lookup(region):
        if place.name != region and place.alias + region[-1:] != region:
            continue
        written = place.prefecture + region if place.prefecture else ""
        if written and place.prefecture != place.province and written in compact:
            return written
    return region


def _as_written(place: Place, text: str) -> str:
    """The place as the document writes it (凉山州 or 凉山彝族自治州), its prefecture first for a
    county whose prefecture the text names ("南宁市兴宁区")."""
    forms = [place.name] + [place.alias + suffix for suffix in ("州", "市", "县", "区")]
    written = next((form for form in forms if form in text), place.name)
    if (
        place.level == "county"
        and place.prefecture
        and place.prefecture != place.province
        and place.prefecture + written in text.replace(" ", "")
    ):
        return place.prefecture + written
    return written
