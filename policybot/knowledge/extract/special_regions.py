"""Jurisdictions outside the gazetteer of administrative divisions.

Some bodies govern a territory of their own without being a division in the national table:
the 新疆生产建设兵团 runs its own government (its 办公厅, its bureaus, its doc numbers 新兵发 /
新兵办函) inside the 新疆维吾尔自治区, and its documents are the 兵团's, not the autonomous
region's.  Without this table the doc-number prefix 新… reads as the province's abbreviation
(新 → 新疆维吾尔自治区) and every fact of such a document gets the wrong region.

Only general facts about these bodies are kept here (their names, short names and doc-number
prefixes), like the gazetteer's province abbreviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge.extract.gazetteer import Level
from policybot.knowledge.regions import ZONE_KIND


@dataclass(frozen=True)
class SpecialJurisdiction:
    name: str
    short: str  # how its own documents call it ("兵团")
    doc_prefixes: tuple[str, ...]  # what its doc numbers open with ("新兵")
    level: Level
    # The province whose documents may speak of it (a province's notice naming the zone among
    # its cities); None when the province's documents are not its (the 兵团 governs apart).
    province: str | None = None


SPECIAL_JURISDICTIONS: tuple[SpecialJurisdiction, ...] = (
    SpecialJurisdiction("新疆生产建设兵团", "兵团", ("新兵",), "province"),
    # The national agricultural hi-tech zone governed by its own 管委会 (and 工委) above the county it
    # contains (杨陵区), under the province: its documents are the zone's (B42-19).
    SpecialJurisdiction("杨凌示范区", "杨凌示范区", ("杨管",), "prefecture", "陕西省"),
)


def special_of_name(name: str | None) -> SpecialJurisdiction | None:
    """The special jurisdiction an issuer or title names first ("新疆生产建设兵团办公厅",
    "兵团科技局关于…"), else None."""
    if not name:
        return None
    name = re.sub(r"\s+", "", name)
    for special in SPECIAL_JURISDICTIONS:
        if name.startswith(special.name) or name.startswith(special.short):
            return special
    return None


def special_of_doc_number(doc_number: str | None) -> SpecialJurisdiction | None:
    """The special jurisdiction whose doc numbers open with this prefix ("新兵办函〔2025〕1号")."""
    if not doc_number:
        return None
    for special in SPECIAL_JURISDICTIONS:
        if any(doc_number.startswith(prefix) for prefix in special.doc_prefixes):
            return special
    return None


def special_of_own_wording(text: str) -> SpecialJurisdiction | None:
    """The special jurisdiction a body speaks of as its own place ("结合兵团实际", "立足兵团实际"),
    the way a city's plan says "结合我市实际" (B40-6)."""
    for special in SPECIAL_JURISDICTIONS:
        short = re.escape(special.short)
        if re.search(rf"(?:结合|立足|从|根据)(?:本|全)?{short}(?:的)?(?:工作)?实际", text):
            return special
    return None


def special_level(region: str | None) -> Level | None:
    """The level of a special jurisdiction named as a region, else None."""
    for special in SPECIAL_JURISDICTIONS:
        if region == special.name:
            return special.level
    return None


# National-level new areas (国家级新区) and similar state-approved zones with a management
# committee of their own: they govern a territory inside a city (or across several, then the city
# that administers them) without being a county in the table of divisions.  A plan issued for one
# is the zone's, written as its city followed by its name ("某市某新区").  General geography only:
# the zone's name and the division it lies in.
NEW_AREAS: dict[str, str] = {
    "两江新区": "重庆市",
    "舟山群岛新区": "舟山市",
    "兰州新区": "兰州市",
    "南沙新区": "广州市",
    "西咸新区": "西安市",
    "贵安新区": "贵阳市",
    "西海岸新区": "青岛市",
    "金普新区": "大连市",
    "天府新区": "成都市",
    "湘江新区": "长沙市",
    "江北新区": "南京市",
    "福州新区": "福州市",
    "滇中新区": "昆明市",
    "哈尔滨新区": "哈尔滨市",
    "长春新区": "长春市",
    "赣江新区": "南昌市",
    "雄安新区": "河北省",
    "横琴新区": "珠海市",
    "横琴粤澳深度合作区": "珠海市",
    "前海深港现代服务业合作区": "深圳市",
    "平潭综合实验区": "福州市",
}


def new_area_of_name(name: str | None) -> str | None:
    """The region of a new area a title or issuer names first, as "城市+新区" ("某新区关于…",
    "某市某新区管委会", "某某新区…" after its city's short name), else None."""
    if not name:
        return None
    name = re.sub(r"\s+", "", name).lstrip("《")
    # "中共某新区工作委员会": the area's party working committee speaks for the area
    name = re.sub(r"^中共", "", name)
    for area, parent in NEW_AREAS.items():
        short = re.sub(r"(?:市|省)$", "", parent)
        if re.match(rf"^(?:{re.escape(parent)}|{re.escape(short)})?{re.escape(area)}", name):
            return parent + area
    return None


def special_province(region: str | None) -> str | None:
    """The province a special jurisdiction named as a region lies in, where its documents may
    speak of it, else None."""
    for special in SPECIAL_JURISDICTIONS:
        if region == special.name:
            return special.province
    return None


# Development zones (开发区, 高新区, 新区, 园区 …) governed by a management committee of their own:
# a zone's plan is the zone's, filed under the zone's whole name as its issuer or title writes
# it ("某市某某经济技术开发区"), never cut to the city before it nor to a tail of the name.
_ZONE = re.compile(rf"^(?P<zone>(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:{ZONE_KIND}))")
# A name part that is no proper name: a level or collective ("各", "省级", "本市"), a verb or
# phrase of a title ("关于加快", "推进"), or a piece of a zone's kind ("市经济" of 市经济开发区).
_NOT_A_ZONE_NAME = re.compile(
    r"^(?:[各本全该我某]|[国省市县区]级|国家级?$|[省市县区]$)|[的和及与、,]|关于|印发|推进|加快|"
    r"建设|支持|促进|加强|开展|实施|做好|进一步|打造|创建|培育|"
    r"(?:经济|技术|高新|产业|工业|综合|科技|现代|保税|经|高)$|"
    # an office's name ("某市市场监管局高新区分局"): the zone is the branch's beat, not its name
    r"[局厅委办院所会部司处科]"
)
# What follows a zone in the name of one of its bodies: its committees and offices.
_ZONE_BODY = re.compile(
    r"^(?:党工委|工委|党委|工作委员会)?(?:管委会|管理委员会|办公室|办公厅)?$"
    r"|^[\u4e00-\u9fff]{0,12}(?:局|委|办|办公室|中心|委员会)$"
)


def zone_at_start(name: str | None) -> str | None:
    """The development zone a name opens with ("某市某某经济开发区…" -> "某市某某经济开发区"), its
    party committee's "中共" left out; None when no zone kind follows a proper name there."""
    if not name:
        return None
    name = re.sub(r"^中共", "", re.sub(r"\s+", "", name).lstrip("《"))
    match = _ZONE.match(name)
    if match is None or not is_zone_name(match["name"]):
        return None
    return match["zone"]


def is_zone_name(name: str) -> bool:
    """Whether ``name`` may be a zone's own name before its kind (青禾, 某市青禾): no level,
    collective, verb of a title, office or piece of a kind."""
    return not _NOT_A_ZONE_NAME.search(name)


def zone_of_body(issuer: str | None) -> str | None:
    """The zone a body governs or serves, as its name writes it: "某某经济技术开发区管理委员会",
    "中共某某开发区工作委员会", "某某高新区经济发展局" -> the zone; None for any other name and
    for a zone's kind alone ("开发区管委会")."""
    zone = zone_at_start(issuer)
    if zone is None or issuer is None:
        return None
    rest = re.sub(r"^中共", "", re.sub(r"\s+", "", issuer))[len(zone) :]
    return zone if _ZONE_BODY.search(rest) else None
