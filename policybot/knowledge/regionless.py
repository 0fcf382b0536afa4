"""Documents stored without a region, found by the place a question names.

A plan whose text never names its place (平政办〔2013〕11号 of 平顶山市, 宝府办〔2008〕18号 of
宝山区) is filed under no region: the extractor could not tell 平 of 平顶山 from 平凉 or 平湖. A
question naming such a place finds no region and no document mentioning it, so it was refused
(收录的文件没有平顶山的内容), though the store holds the plan. The place's name is then compared
with what the regionless documents say of their issuer: a title or issuer naming the place, or
the issuer's code of a 文号 opening with the place's first character (平 of 平政办).

Only a document with no region is found so: a document filed under a region is that region's.
A code whose character another place the document names explains (新密政文 in a text naming
新密市) stands for that place, not for every place of the same first character, so a question
about 新乡 is still refused.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.regions import REGION_SUFFIXES

if TYPE_CHECKING:
    from policybot.knowledge.queries import DocumentRow
    from policybot.knowledge.search import KnowledgeIndex

# The issuer's code of a 文号: a place's character, then the organ (政, 府, 办, 发, 委) of a
# government (平政办, 宝府办, 新密政文).
_ISSUER_CODE = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{0,2}?[政府办委]")
_LOCAL = ("市", "区", "县")
# A division named in a text: two to four characters ending in a division's suffix.
_DIVISION = "[\u4e00-\u9fff]{1,3}?(?:" + "|".join(map(re.escape, _LOCAL)) + ")"


def regionless_documents(place: str, index: KnowledgeIndex) -> tuple[int, ...]:
    """The active documents without a region that ``place`` (as typed, 平顶山 or 宝山区) names:
    by their title or issuer, or by their 文号's issuer code."""
    short = _short(place)
    if len(short) < 2:
        return ()
    found = []
    for document in index.documents():
        if document.region_id is not None or document.status != "active":
            continue
        if _names_place(document, short) or _coded_for(document, place, index):
            found.append(document.id)
    return tuple(sorted(found))


def _short(place: str) -> str:
    """The place without its division's suffix (宝山区 → 宝山)."""
    for suffix in sorted(REGION_SUFFIXES, key=len, reverse=True):
        if place.endswith(suffix) and len(place) - len(suffix) >= 2:
            return place[: -len(suffix)]
    return place


def _names_place(document: DocumentRow, short: str) -> bool:
    said = f"{document.title or ''} {document.short_title or ''} {document.issuer or ''}"
    return short in said


def _coded_for(document: DocumentRow, place: str, index: KnowledgeIndex) -> bool:
    """Whether the document's 文号 code opens with the place's character, and no other place
    of that character the document names explains the code."""
    code = _ISSUER_CODE.match(document.doc_number or "")
    if code is None or code.group(1) != place[0]:
        return False
    short = _short(place)
    text = " ".join(p.text for p in index.passages.by_document.get(document.id, []))
    for named in re.findall(re.escape(place[0]) + _DIVISION, text):
        if not named.startswith(short) and any(d.name == named for d in gazetteer().lookup(named)):
            return False  # 新密政文 in a text naming 新密市: the code is 新密's
    return True
