"""Per-district quotas: "各区每年…不少于:禅城25家、南海35家" is one target per district.

A list names places by their short names; the full name comes from the text itself ("禅城区"
written elsewhere) or from the cue that introduces the list ("各县" -> 县).  What the list counts
is the phrase before it, not the neighbouring place names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import TimeMention
from policybot.knowledge.extract.gazetteer import gazetteer, towns
from policybot.knowledge.extract.numbers import find_quantities

# A name never opens with a word of counting or a verb of gaining (新增, 新获…); 新 alone may
# open a place (新昌, 新都).
_DISTRICT_ITEM = re.compile(
    r"(?:^|(?<=[:、,;(]))(?:其中|分别(?:是|为)|依次为)?(?![全各我本每其共])"
    r"(?!新(?:增|建|获|培|认|引|开|创|设|入|评|申|注|上|投|批|纳|晋|列|型|兴|一|的))"
    r"(?P<name>[\u4e00-\u9fff]{2,8}(?:新区|园区|开发区|区|县|市|镇|街道)|[\u4e00-\u9fff]{2,3})"
    # "其中杭州市不少于22个": a bound between the place and its figure; "甲县增幅4.66%": the
    # measure the list repeats for each place
    # (开发区不超过2项: a ceiling the same)
    r"(?=\s*(?:不少于|不低于|不超过|不高于|达到|增幅|增速|降幅)?\s*(?:\d|\())"
)
_DISTRICT_CUE = re.compile(
    r"各(?:区|县|市|镇|乡镇|街道|地)|分别|其中|"
    # "考核三县,甲县增幅4.66%,乙县…": the list announced by how many places it names
    r"(?<![\u4e00-\u9fff])(?:考核|包括)?[二三四五六七八九十两]个?(?:县|区|市)(?![\u4e00-\u9fff])|"
    # "分配杭州市120万亩、宁波市100万亩": a total handed down place by place
    r"(?:分配|下达|分解|安排|落实)(?:到|给|至)?(?=[\u4e00-\u9fff]{2,10}\d)"
)
# The verb of handing down that opens such a list, not part of the first place's name.
_HANDING_DOWN = re.compile(r"^(?:分配|下达|分解|安排|落实)(?:到|给|至)?")


# Nouns that end like a district but name a kind of site ("省级以上风景名胜区3个").
_SITE_NOUN = re.compile(
    r"(?:景区|风景名胜区|旅游区|度假区|保护区|社区|小区|片区|功能区|湿地)$|级|国家|以上"
)


# "其中,甲市:人工造林20万亩,封山育林5万亩;乙县:…": a place heading the part of a sentence that
# gives its figures, up to the next ";" (or "。").
_SEGMENT_PLACE = re.compile(
    r"(?:^|(?<=[;。]))\s*(?:其中\s*[,:]?\s*)?"
    r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:自治州|新区|开发区|市|县|区|州|盟|旗))\s*[::]?"
)
# Words a segment's place name must not be ("全市", "各县", "我区").
_NOT_SEGMENT_PLACE = re.compile(r"^[全各我本该其每]")


def labelled_places(text: str) -> dict[int, tuple[str, int]]:
    """Quotas of ;-separated parts each opened by a place ("甲市:人工造林20万亩,封山育林5万亩;
    乙县:…"): number offset -> (place, -1).  At least two parts must open with a place the
    gazetteer knows, so a sentence that merely starts with a place is not a list."""
    places = gazetteer()
    segments: list[tuple[int, int, str]] = []
    for match in _SEGMENT_PLACE.finditer(text):
        name = match["name"]
        if _NOT_SEGMENT_PLACE.match(name) or not places.knows(name):
            continue
        end = min(
            (text.find(mark, match.end()) for mark in ";。" if mark in text[match.end() :]),
            default=len(text),
        )
        segments.append((match.end(), end, name))
    if len(segments) < 2:
        return {}
    result: dict[int, tuple[str, int]] = {}
    for start, end, name in segments:
        for quantity in find_quantities(text[start:end]):
            result[start + quantity.start] = (name, -1)
    return result


# "其中杭州市名牌22个、商标12件,宁波市名牌20个、商标10件": after 其中, places each followed by
# what is counted and its figure, several measures a place; the next place opens the next part.
_MEASURED_PLACE = re.compile(
    r"(?:(?<=其中)|(?<=其中[,:])|(?<=[,;、]))\s*"
    r"(?!其中)(?P<name>[\u4e00-\u9fff]{1,9}(?:自治州|新区|开发区|市|县|区|州|盟|旗))"
    r"(?![市县区州盟旗镇乡])(?=[\u4e00-\u9fff“”]{1,12}?\s*\d)"
)


def measured_places(text: str) -> dict[int, tuple[str, int]]:
    """Per-place parts of a split with several measures a place: number offset -> (place, -1)
    for every figure from a place to the next place (or the sentence's ";"/"。").  The parts
    must follow "其中" and at least two must open with places the gazetteer knows, so a clause
    that merely starts with a place is not a split."""
    opening = text.find("其中")
    if opening < 0:
        return {}
    places = gazetteer()
    starts = [
        match
        for match in _MEASURED_PLACE.finditer(text, opening + 2)
        if not _NOT_SEGMENT_PLACE.match(match["name"]) and places.knows(match["name"])
    ]
    if len(starts) < 2 or not re.fullmatch(r"其中[,:]?\s*", text[opening : starts[0].start()]):
        return {}
    result: dict[int, tuple[str, int]] = {}
    for index, match in enumerate(starts):
        stop = _PART_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        if index + 1 < len(starts):
            end = min(end, starts[index + 1].start())
        for quantity in find_quantities(text[match.end() : end]):
            result[match.end() + quantity.start] = (match["name"], -1)
    return result


def district_names(text: str, ctx: DocContext) -> dict[int, tuple[str, int]]:
    """Per-district quotas ("禅城25家、南海35家"): number offset -> (district, list start); a list
    start of -1 marks a place that heads its own clause (the clause says what is counted)."""
    labelled = {**measured_places(text), **labelled_places(text)}
    listed = _listed_districts(text, ctx)
    return {
        **_subject_places(text, ctx),
        **_line_place(text, ctx),
        **_respective_places(text, ctx),
        **labelled,
        **listed,
    }


# "舟山市要确保完成3000户", "(三)丙县新建农村公路80公里": a part of a sentence whose subject is a
# place inside the document's region (a city of a province, a county of a city) before its verb.
_SUBJECT_PLACE = re.compile(
    r"(?:^|(?<=[。;]))\s*(?:\(?\d{1,2}[.)、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))?"
    r"\s*(?P<name>[\u4e00-\u9fff]{2,10}?(?:自治州|自治县|新区|市|县|区|州|盟|旗|镇|乡|街道))"
    r"(?=(?:今年|全年|年内)?(?:要|应|须|必须|确保|力争|争取|计划|完成|新增|新建|建成|实现|培育|创建))"
)


def lies_in(name: str, region: str | None) -> str | None:
    """The full name of ``name`` when it is a division inside ``region`` (one reading only)."""
    places = gazetteer()
    outer = places.lookup(region or "")
    if len(outer) != 1:
        return None
    if name.endswith(("镇", "乡", "街道")):
        # "禹越镇要完成治理村6个" in a county's notice: a town the town table places inside it
        inside_towns = [town for town in towns().get(name, ()) if town.lies_in(outer[0])]
        return name if len(inside_towns) == 1 else None
    if outer[0].level == "county":
        return None
    inside = [
        place
        for place in places.lookup(name)
        if place.name != outer[0].name
        and (
            (outer[0].level == "province" and place.province == outer[0].name)
            or (outer[0].level == "prefecture" and place.prefecture == outer[0].name)
        )
    ]
    return inside[0].name if len(inside) == 1 else None


def _subject_places(text: str, ctx: DocContext) -> dict[int, tuple[str, int]]:
    """Figures of a part of a sentence whose subject is a place inside the document's region:
    offset -> (place, -1), up to the next ";" or "。"."""
    result: dict[int, tuple[str, int]] = {}
    for match in _SUBJECT_PLACE.finditer(text):
        name = match["name"]
        if _NOT_SEGMENT_PLACE.match(name):
            continue
        full = lies_in(name, ctx.region)
        if full is None:
            continue
        stop = _PART_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        for quantity in find_quantities(text[match.end() : end]):
            result[match.end() + quantity.start] = (full, -1)
    return result


_PART_END = re.compile(r"[;。]")


# "1.甲市:120万亩;" on a line of its own: a list of quotas one place per line (numbered or not),
# each line a place the gazetteer knows, then at once its figure.
_LINE_PLACE = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))?\s*"
    r"(?P<name>[\u4e00-\u9fff]{2,10}?(?:自治州|新区|市|县|区|州|盟|旗))\s*[::]?\s*"
    r"(?=\d)(?!(?:19|20)\d{2}\s*年)"
)


def _line_place(text: str, ctx: DocContext) -> dict[int, tuple[str, int]]:
    """A sentence that is only a subordinate place and its figures ("杭州市:120万亩"): each
    figure is that place's (offset -> (place, -1)); the document's own region is no district."""
    match = _LINE_PLACE.match(text)
    if match is None:
        return {}
    name, region = match["name"], ctx.region or ""
    if _NOT_SEGMENT_PLACE.match(name) or not gazetteer().knows(name):
        return {}
    if region and (name == region or region.endswith(name) or name.endswith(region)):
        return {}
    rest = text[match.end() :]
    if len(rest) > 40 or re.search(r"[,;。][^,;。]*[\u4e00-\u9fff]{5}", rest):
        return {}  # a sentence that goes on to say more than figures
    return {match.end() + q.start: (name, -1) for q in find_quantities(rest)}


# "甲市、乙市和丙县分别完成500公里、420公里和380公里": places listed, then 分别, then as many
# figures in the same order. At most 30 names: with no bound, the search tried every start of a
# line of names (units listed with 、) and went on to the line's end from each, quadratic (four
# lines of 19,000 characters: 24 s).
_RESPECTIVE_LIST = re.compile(
    r"(?P<list>[\u4e00-\u9fff]{2,10}(?:[、和及与][\u4e00-\u9fff]{2,10}){1,30}?)"
    # "杭州、宁波、温州三市新建高标准农田分别为…": the places' count and what they count between
    r"(?P<between>[^,;。、:]{0,16}?)(?:要|均|应)?分别(?P<rest>[^,;。]+)"
)


def _respective_places(text: str, ctx: DocContext) -> dict[int, tuple[str, int]]:
    """Figures given place by place through 分别: offset -> (place, -1) when the list names at
    least two places the gazetteer knows and holds as many names as the clause has figures."""
    result: dict[int, tuple[str, int]] = {}
    places = gazetteer()
    for match in _respective_lists(text):
        head = re.split(r"[,;。:]", match["list"] + match["between"])[-1]
        names = [_LEADING_VERB.sub("", name) for name in re.split(r"[、和及与]", head)]
        if names and not places.knows(names[-1]):
            # "温州三市新建高标准农田": the last place, then what the list counts
            known = next(places.names_starting(names[-1]), None)
            names[-1] = known or names[-1]
        if len(names) < 2 or sum(1 for name in names if places.knows(name)) < 2:
            continue
        if any(_SITE_NOUN.search(name) or len(name) < 2 for name in names):
            continue
        quantities = find_quantities(match["rest"])
        if len(quantities) != len(names):
            continue
        for name, quantity in zip(names, quantities, strict=True):
            hits = [place for place in places.lookup(name) if name in (place.name, place.alias)]
            full = hits[0].name if len(hits) == 1 else ctx.district_name(name, text)
            result[match.start("rest") + quantity.start] = (full, -1)
    return result


# How far before its 分别 a list can start: a name of 10, 30 more after a mark, and 要/均/应.
_LIST_REACH = 10 + 30 * 11 + 1


def _respective_lists(text: str) -> Iterator[re.Match[str]]:
    """``_RESPECTIVE_LIST.finditer(text)``, the same matches, trying only the starts within
    reach of a 分别 (from every start, a line of names with one 分别 at its end cost 0.17 s)."""
    position = 0  # where the next match may start: past the last one, and every start tried
    for word in re.finditer("分别", text):
        start = max(position, word.start() - _LIST_REACH)
        while start < word.start():
            match = _RESPECTIVE_LIST.match(text, start)
            if match is None:
                start += 1
                continue
            yield match
            position = start = match.end()
        position = max(position, word.start())


def _listed_districts(text: str, ctx: DocContext) -> dict[int, tuple[str, int]]:
    """ "禅城25家、南海35家": each number right after a name."""
    items = [
        (match.start("name") + len(verb), match.end(), match["name"][len(verb) :])
        for match in _DISTRICT_ITEM.finditer(text)
        for verb in [_handing_down_verb(match["name"])]
        if not _SITE_NOUN.search(match["name"])
        and _may_be_place(match["name"][len(verb) :], text, ctx)
    ]
    names = {name for _, _, name in items}
    bracketed = bool(items) and bool(
        _SPLIT_IN_BRACKET.search(text[max(0, items[0][0] - 8) : items[0][0]])
    )
    if len(names) < 2 or not (
        _DISTRICT_CUE.search(text)
        or ":" in text
        or bracketed
        # "甲县增幅4.66%,乙县增幅4.64%" in a city's notice: names the gazetteer places inside
        # the document's region are its places, whatever introduces them
        or all(lies_in(name, ctx.region) for name in names)
    ):
        return {}
    if not all(re.search(r"[\u4e00-\u9fff]", name) for name in names):
        return {}
    result: dict[int, tuple[str, int]] = {}
    quantities = find_quantities(text)
    list_start = items[0][0]
    for index, (start, end, name) in enumerate(items):
        if (
            index
            and re.search(r"[,;。]", text[items[index - 1][1] : start])
            and ":" in text[items[index - 1][1] : start]
        ):
            list_start = start
        limit = items[index + 1][0] if index + 1 < len(items) else len(text)
        full = ctx.district_name(name, text)
        for quantity in quantities:
            if end <= quantity.start < limit and _belongs_to_item(text, end, quantity.start):
                result[quantity.start] = (full, list_start)
    return result


def _handing_down_verb(name: str) -> str:
    """ "分配杭州市" -> "分配": the verb before a listed place the gazetteer knows."""
    verb = _HANDING_DOWN.match(name)
    if verb is None or not gazetteer().knows(name[verb.end() :]):
        return ""
    return verb.group(0)


# "新建高标准农田100万亩(甲市10万亩、乙市12万亩)": a total's split in the bracket after it.
_SPLIT_IN_BRACKET = re.compile(r"\d\s*[\u4e00-\u9fff%]{0,3}\s*\($")


_PLACE_SUFFIXES = ("新区", "园区", "开发区", "区", "县", "市", "镇", "街道")
_PLACES_CUE = re.compile(r"各(?:区|县|市|镇|乡镇|乡|街道|地)")


def _may_be_place(name: str, text: str, ctx: DocContext) -> bool:
    """A bare short name ("禅城") is a place when the gazetteer knows it, the document writes it
    with a place suffix, or the list is introduced as places ("各镇"); "氨氮2.4%、总氮3.26%" lists
    indicators, not places."""
    return (
        name.endswith(_PLACE_SUFFIXES)
        or gazetteer().knows(name)
        or ctx.written_suffix(name) is not None
        or _PLACES_CUE.search(text) is not None
    )


# "确保甲区、乙区、丙新区50%的社区…": one number shared by a list of named places.
_SHARED_LIST = re.compile(
    r"(?P<list>(?:[\u4e00-\u9fff]{2,10}?(?:新区|区|县|市|镇|乡|街道)、)+"
    r"[\u4e00-\u9fff]{2,10}?(?:新区|区|县|市|镇|乡|街道))"
    r"(?:(?:的|均|各)(?:要)?(?:完成|新增|新建|建成|达到|实现|培育|创建|改造|不少于|不低于)?)?\s*$"
)
_LEADING_VERB = re.compile(r"^(?:确保|力争|推动|实现|其中|在|使|让|争取|全力|推进)+")


def shared_places(text: str, number_start: int, ctx: DocContext) -> list[str]:
    """The places of a 、-list right before a number that they share, or [] when the list is not
    one of places (at least two must be real places of the gazetteer)."""
    # The list holds only Chinese characters, 、 and spaces, so it lies in the run of them that
    # ends at the number (which starts after the clause's last , ; : or 。): searching the whole
    # clause for each number of a long one was quadratic.
    list_start = number_start
    while list_start > 0 and (
        "\u4e00" <= text[list_start - 1] <= "\u9fff"
        or text[list_start - 1] == "、"
        or text[list_start - 1].isspace()
    ):
        list_start -= 1
    match = _SHARED_LIST.search(text[list_start:number_start])
    if match is None:
        return []
    names = match["list"].split("、")
    names[0] = _LEADING_VERB.sub("", names[0])
    places = gazetteer()
    known = sum(1 for name in names if places.knows(name))
    if len(names) < 2 or known < 2 or any(_SITE_NOUN.search(name) for name in names):
        return []
    return [name for name in names if len(name) >= 2]


def list_lead_start(text: str, list_start: int) -> int:
    """Where the phrase introducing a district list begins (after the previous pause)."""
    breaks = [text.rfind(mark, 0, list_start) for mark in ",;。"]
    return max(breaks) + 1


def list_lead(text: str, list_start: int, times: list[TimeMention]) -> str:
    """What a district list counts: the words before it ("各区每年培育…企业数不少于")."""
    lead = text[list_lead_start(text, list_start) : list_start]
    # "(三)各区每年新增…企业数不少于:": the clause's number is no word of what is counted
    lead = _CLAUSE_NUMBER.sub("", lead)
    for mention in times:
        lead = lead.replace(mention.text, "")
    lead = re.sub(r"(?:分别)?(?:不少于|不低于|达到|为|是)?\s*[::]?\s*$", "", lead.strip(" ,;:"))
    if lead.endswith("("):
        # "新建高标准农田100万亩(甲市…": the total's words, without its figure.
        lead = re.sub(r"\d+(?:\.\d+)?\s*(?:[万亿]?[\u4e00-\u9fff]{1,2}|%)?\($", "", lead)
    if lead in ("", "其中") or _PLACES_ONLY.fullmatch(lead):
        # "全省新增示范企业100个,其中杭州市22个…", "…5000公里。各设区市分别为:甲市1200公里":
        # the places share the total's subject.
        previous = text[: list_lead_start(text, list_start)].rstrip(" ,;:。")
        lead = re.split(r"[,;。:]", previous)[-1]
        lead = re.sub(r"\d+(?:\.\d+)?\s*(?:[万亿]?[\u4e00-\u9fff]{1,2}|%)?$", "", lead)
        for mention in times:
            lead = lead.replace(mention.text, "")
    return lead.strip(" ,;:") or UNNAMED_LIST


# A clause's number opening the words before a list: (三), (3), 三、, 3. (not 1.5).
_CLAUSE_NUMBER = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十\d]{1,3}(?:、|\.(?!\d)))\s*"
)


# The subject of per-place figures whose list names none ("各区分别为:甲区5个、乙区4个").
UNNAMED_LIST = "各区目标"


# "各设区市", "各县(市、区)分别", "各地": a lead that names only who the figures go to.
_PLACES_ONLY = re.compile(
    r"(?:其中)?各(?:设区市|地市|市州|市|县|区|镇|乡镇|乡|街道|地)(?:\([^()]{1,6}\))?(?:分别|的)?"
)


_ITEM_BOUND = re.compile(r"^\s*(?:不少于|不低于|不超过|不高于|达到|增幅|增速|降幅)")


def _belongs_to_item(text: str, item_end: int, number_start: int) -> bool:
    """The number directly follows the name, or sits in the name's bracket "禅城(4家、1家)"."""
    between = _ITEM_BOUND.sub("", text[item_end:number_start])
    if between.strip() == "":
        return True
    return between.startswith("(") and ")" not in between
