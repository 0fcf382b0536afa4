"""Names of the subordinate places a table or a list gives figures for, made full.

Tables abbreviate the places they split a quota among: a column head "张家港", a row "城 厢", "黄埔",
"高新区 (含科教新城)".  The full name comes from the national gazetteer (a county of the document's
own region), from the text itself (the "某市高新区" its addressees name), or from the suffix the
addressees imply ("各镇人民政府" -> 城厢镇).  A total row (合计, 全市) is the document's own region
(None); a body (厅直属单位, 某林管局) keeps its label as written.
"""

from __future__ import annotations

import re
from typing import Literal

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.regions import place_stem as _stem
from policybot.knowledge.regions import strip_suffix

TOTAL_LABEL = re.compile(r"^(?:全[市省区县州盟旗])?(?:总计|合计|总量)$|^全[市省区县州盟旗]$")
# A row's serial ("一、", "1.") or the 其中 that nests a county under its city ("其中:甲县").
ROW_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d)|其中\s*[::]?\s*(?=\S))")
# Place-name endings: a label ending so is already a full name.
PLACE_END = re.compile(r"(?:省|市|州|盟|地区|区|县|旗|镇|乡|街道|局|单位|场|处|中心|委员会)$")


def place_column(cell: str, ctx: DocContext) -> str | Literal[False] | None:
    """The place a column head names: None for the document's own region, the full name of a
    subordinate place ("张家港" -> "张家港市", "园区" -> the "…园区" the text names), or False."""
    region = ctx.region or ""
    if cell and (cell == region or region.endswith(cell)):
        return None
    known = [place for place in gazetteer().lookup(cell) if place.parent and place.parent in region]
    if known:
        return next((place.name for place in known if ctx.index.occurs(place.name)), known[0].name)
    short = strip_suffix(region.split("市")[0]) if region else ""
    written = ctx.index.written_before(short, cell) if short and len(cell) >= 2 else None
    return written or False


def full_place_name(label: str, ctx: DocContext) -> str | bool | None:
    """The full name a row label stands for: None for a total row (the document's own figure),
    the subordinate place's full name ("黄埔" -> 黄埔区, "城 厢" -> 城厢镇, "高新区" -> 某市高新区),
    a body's label as written (厅直属单位, 某林管局), or False for a label that is no row at all."""
    label = re.sub(r"\s+", "", ROW_NUMBER.sub("", label.strip()))
    if not label:
        return False
    if TOTAL_LABEL.match(label):
        return None
    bracket = re.search(r"\((?P<inner>[^()]*)\)$", label)
    base = label[: bracket.start()] if bracket else label
    suffix = ""
    if bracket:
        items = [_place(item, ctx) for item in bracket["inner"].split("、")]
        suffix = f"({'、'.join(items)})"
    return _place(base, ctx) + suffix


def _place(name: str, ctx: DocContext) -> str:
    """A short place name made full: the gazetteer's or the text's own form, else the suffix the
    addressees imply ("各镇人民政府" -> 镇); a name that already ends like a place stays."""
    if name.startswith("含"):
        return "含" + _place(name[1:], ctx)
    known = place_column(name, ctx)
    if isinstance(known, str):
        if PLACE_END.search(name) and known != name and _stem(known) == _stem(name):
            # "江都市" in a 2009 table: the place as it was then, not its later name; "石柱县" for
            # 石柱土家族自治县: the short form the document writes is the name it gives the row
            return name
        return known
    if PLACE_END.search(name) or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
        return name
    return ctx.district_name(name, ctx.text[:3000])
