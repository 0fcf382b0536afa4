"""A development zone a question names after a region of ours (示范高新区, 示范市青禾经开区).

The store files a zone's plan under the zone (``extract.special_regions``); a question about a
zone no plan is filed under finds only its city's name in it. Read as the city's question, it
was answered by the city's plan as if the city's figure were the zone's (attack51 H6), and the
tagger cut the zone's kind apart (经开区 → "开区", taken for a district). The zone, as typed, is
what the answer must write: the city's plan answers only where it names the zone.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.special_regions import is_zone_name
from policybot.knowledge.regions import ZONE_KIND

# A zone right after the place: its own name (none, when the kind follows the city: 示范高新区),
# then its kind.
_ZONE_AFTER = re.compile(rf"^(?P<zone>(?P<name>[\u4e00-\u9fff]{{0,6}}?)(?:{ZONE_KIND}))")


def zone_after_region(asked: str, region_text: str | None) -> str | None:
    """The zone written right after ``region_text`` in ``asked`` ("示范市青禾经开区…" -> 青禾经开区,
    "示范高新区…" -> 高新区), else None; a district of the table of divisions named 某某新区
    (浦东新区) is asked as a district, not a zone."""
    if not region_text or region_text not in asked:
        return None
    after = asked[asked.index(region_text) + len(region_text) :]
    match = _ZONE_AFTER.match(after)
    if match is None or (match["name"] and not is_zone_name(match["name"])):
        return None
    zone = match["zone"]
    if zone.endswith("新区") and any(
        place.name in (zone, region_text + zone)
        for name in (zone, region_text + zone)
        for place in gazetteer().lookup(name)
    ):
        return None
    return zone
