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


@dataclass(frozen=True)
class SpecialJurisdiction:
    name: str
    short: str  # how its own documents call it ("兵团")
    doc_prefixes: tuple[str, ...]  # what its doc numbers open with ("新兵")
    level: Level


SPECIAL_JURISDICTIONS: tuple[SpecialJurisdiction, ...] = (
    SpecialJurisdiction("新疆生产建设兵团", "兵团", ("新兵",), "province"),
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


def special_level(region: str | None) -> Level | None:
    """The level of a special jurisdiction named as a region, else None."""
    for special in SPECIAL_JURISDICTIONS:
        if region == special.name:
            return special.level
    return None
