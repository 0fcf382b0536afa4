"""The national gazetteer: every province, prefecture and county of China, with its short name.

The data is JioNLP's table of administrative divisions (``dictionary/china_location.zip``: one
line per division, indented by level, with its adcode and short name, kept current by JioNLP's
maintainer) and its log of renamed divisions (``china_location_change.txt``: 襄樊市 → 襄阳市, so a
2008 plan that names 襄樊 is still found).  Only the data files are read: importing ``jionlp``
itself prints a banner to stdout and loads a word segmenter we do not need.

Plans name places in several forms — 凉山彝族自治州, 凉山州, 凉山; 吴江市 (before 2012) and 吴江区
(after) — so every division is indexed under its full name, its short name, and its short name
with each generic suffix (市/县/区/州/盟/旗) a document might put after it.
"""

from __future__ import annotations

import importlib.util
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

logger = logging.getLogger(__name__)

Level = Literal["province", "prefecture", "county"]
_LEVELS: tuple[Level, ...] = ("province", "prefecture", "county")
# The four municipalities are provinces whose table repeats them one level down.
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_GENERIC_SUFFIXES = ("市", "县", "区", "州", "盟", "旗", "地区", "省")
# One-character abbreviations of the provinces, as doc numbers use them (浙政发, 渝府发).
PROVINCE_ABBREVIATIONS = {
    "京": "北京市",
    "津": "天津市",
    "沪": "上海市",
    "渝": "重庆市",
    "冀": "河北省",
    "晋": "山西省",
    "蒙": "内蒙古自治区",
    "辽": "辽宁省",
    "吉": "吉林省",
    "黑": "黑龙江省",
    "苏": "江苏省",
    "浙": "浙江省",
    "皖": "安徽省",
    "闽": "福建省",
    "赣": "江西省",
    "鲁": "山东省",
    "豫": "河南省",
    "鄂": "湖北省",
    "湘": "湖南省",
    "粤": "广东省",
    "桂": "广西壮族自治区",
    "琼": "海南省",
    "川": "四川省",
    "蜀": "四川省",
    "贵": "贵州省",
    "黔": "贵州省",
    "云": "云南省",
    "滇": "云南省",
    "藏": "西藏自治区",
    "陕": "陕西省",
    "甘": "甘肃省",
    "陇": "甘肃省",
    "青": "青海省",
    "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
}

# One-character abbreviations that prefecture-level cities put in their doc numbers where the
# character is not the first of the city's short name (an old name or a classical one: 甬 for
# 宁波, 穗 for 广州); a city abbreviated by its first character (张政办发) needs no entry.  A
# character may stand for several cities; the text decides among them.
PREFECTURE_ABBREVIATIONS = {
    "甬": ("宁波市",),
    "穗": ("广州市",),
    "榕": ("福州市",),
    "筑": ("贵阳市",),
    "洪": ("南昌市",),
    "汴": ("开封市",),
    "宛": ("南阳市",),
    "并": ("太原市",),
    "锡": ("无锡市",),
    "通": ("南通市",),
    "宁": ("南京市",),
    "饶": ("上饶市",),
    "潭": ("湘潭市",),
}


@dataclass(frozen=True)
class Place:
    """One administrative division: full name, short name, level, and its parents' full names."""

    name: str
    alias: str
    level: Level
    code: str
    province: str
    prefecture: str | None = None

    @property
    def parent(self) -> str | None:
        if self.level == "county":
            return self.prefecture or self.province
        if self.level == "prefecture" and self.name != self.province:
            return self.province
        return None


class Gazetteer:
    """Places by every name a document may use for them."""

    def __init__(self, places: list[Place], renamed: dict[str, list[Place]] | None = None) -> None:
        self.places = places
        # A county's full name before it was renamed ("某县" before it became a city or a
        # district): two characters, yet a full name as today's "某县" are, not a short name.
        self.former_counties = frozenset(name for name in renamed or {} if name.endswith("县"))
        self._by_name: dict[str, list[Place]] = {}
        for place in places:
            for form in _forms(place):
                self._add(form, place)
        for old_name, new_places in (renamed or {}).items():
            for place in new_places:
                self._add(old_name, place)

    def _add(self, form: str, place: Place) -> None:
        bucket = self._by_name.setdefault(form, [])
        if place not in bucket:
            bucket.append(place)

    def __bool__(self) -> bool:
        return bool(self.places)

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (full, short, or short + suffix), most senior level first."""
        found = self._by_name.get(name, [])
        return sorted(found, key=lambda place: _LEVELS.index(place.level))

    def knows(self, name: str) -> bool:
        return name in self._by_name

    def names_starting(self, text: str, longest: int = 12) -> Iterator[str]:
        """Names of places that ``text`` starts with, longest first."""
        for length in range(min(longest, len(text)), 1, -1):
            if text[:length] in self._by_name:
                yield text[:length]

    def children(self, parent: Place) -> list[Place]:
        return [place for place in self.places if place.parent == parent.name]

    def with_alias_prefix(self, prefix: str) -> list[Place]:
        """Places whose short name starts with ``prefix`` (doc numbers abbreviate: 张政办发)."""
        return [place for place in self.places if place.alias.startswith(prefix)]


def _forms(place: Place) -> set[str]:
    forms = {place.name}
    if len(place.alias) >= 2:
        forms.add(place.alias)
        # B56-2: 州 after a short name is a prefecture's (自治州, 某州市); no province takes it, so
        # "海南州" is 海南藏族自治州, not 海南省
        forms.update(
            place.alias + suffix
            for suffix in _GENERIC_SUFFIXES
            if not (suffix == "州" and place.level == "province")
        )
    return forms


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, read once per process (about 0.2 s); empty if the data is missing."""
    folder = _data_folder()
    if folder is None:
        logger.warning("jionlp's gazetteer data is not installed; regions come from the text only")
        return Gazetteer([])
    places = _read_places(folder / "china_location.zip")
    return Gazetteer(places, _read_renamed(folder / "china_location_change.txt", places))


def _data_folder() -> Path | None:
    spec = importlib.util.find_spec("jionlp")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "dictionary"
    return folder if (folder / "china_location.zip").exists() else None


def _table_lines(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        member = next(name for name in archive.namelist() if name.endswith(".txt"))
        return archive.read(member).decode("utf-8").split("\n")


def _read_places(path: Path) -> list[Place]:
    """Levels 1-3 of the indented table: "省\\tcode\\talias", "\\t市…", "\\t\\t县…"."""
    places: list[Place] = []
    province = ""
    prefecture: str | None = None
    for line in _table_lines(path):
        if line.startswith("\t\t\t"):
            continue
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if len(fields) < 2:
            continue
        name, code = fields[0], fields[1]
        alias = fields[2] if len(fields) > 2 else name
        if depth == 0:
            province, prefecture = name, None
            places.append(Place(name, alias, "province", code, province))
        elif depth == 1:
            prefecture = name
            if name in _MUNICIPALITIES:
                continue  # the municipality repeated as its own "city"
            places.append(Place(name, alias, "prefecture", code, province))
        else:
            places.append(Place(name, alias, "county", code, province, prefecture))
    return places


@dataclass(frozen=True)
class Town:
    """A town, township or street (镇/乡/街道) and the county it lies in."""

    name: str
    county: str
    prefecture: str | None
    province: str

    def lies_in(self, place: Place) -> bool:
        if place.level == "province":
            return self.province == place.name
        if place.level == "prefecture":
            return self.prefecture == place.name
        return (self.county, self.prefecture) == (place.name, place.prefecture)


# Names a town table also gives to development zones and farms: the same across the country.
_ZONE_TOWN = ("区", "园", "场", "处", "中心", "集聚区")


@cache
def towns() -> dict[str, tuple[Town, ...]]:
    """Towns by name (a name is often shared: 城关镇 lies in hundreds of counties); empty if the
    data is missing.  Only 镇, 乡 and 街道 of three characters or more are kept."""
    folder = _data_folder()
    if folder is None:
        return {}
    by_name: dict[str, list[Town]] = {}
    province = ""
    prefecture: str | None = None
    county = ""
    for line in _table_lines(folder / "china_location.zip"):
        if line.startswith("\t\t\t\t"):
            continue
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if depth == 0:
            province, prefecture = name, None
        elif depth == 1:
            prefecture = name  # as for a county's Place: 上海市 for 宝山区
        elif depth == 2:
            county = name
        elif (
            depth == 3
            and len(name) >= 3
            and name.endswith(("镇", "乡", "街道"))
            and not name.endswith(_ZONE_TOWN)
        ):
            by_name.setdefault(name, []).append(Town(name, county, prefecture, province))
    return {name: tuple(found) for name, found in by_name.items()}


def _read_renamed(path: Path, places: list[Place]) -> dict[str, list[Place]]:
    """Old names → today's places: "…\\t襄樊市\\t襄樊=>湖北省\\t襄阳市" (the last name changed)."""
    if not path.exists():
        return {}
    by_name: dict[str, list[Place]] = {}
    for place in places:
        by_name.setdefault(place.name, []).append(place)
    renamed: dict[str, list[Place]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            old, _, new = line.strip().partition("=>")
            if not new:
                continue
            old_names = old.split("\t")[2:]
            new_names = new.split("\t")
            if len(old_names) < 2 or not new_names:
                continue
            old_full, old_short = old_names[-2], old_names[-1]
            for place in by_name.get(new_names[-1], []):
                if old_full != place.name:
                    renamed.setdefault(old_full, []).append(place)
                    if len(old_short) >= 2 and old_short != place.alias:
                        renamed.setdefault(old_short, []).append(place)
    return renamed
