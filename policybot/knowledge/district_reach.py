"""A city's dated step that names its districts is theirs too.

"2032年6月底前,建成南汀区、北屿县两个质量提升示范区。(牵头单位:市市场监管局;配合单位:南汀区
人民政府、北屿县人民政府)" is filed under the city, as its plan is; /subscribe 南汀区 heard
nothing of it and /deadlines 南汀区 did not list it (trial 42). A milestone reaches the districts
of its region (the store's regions under it) that its title or one of its units names: the
district's subscribers are reminded of it and the district's deadlines list it, beside the
city's. One rule, read here, for the reminders (``scheduler``) and the answers (``search``).

A name written to leave the district out (除南汀区外, 各区县(南汀区除外)), to cite it as an
example (参照南汀区经验, 推广南汀区的做法) or of another city's district of the same name
(学习云州市南汀区经验) reaches no one: its subscribers were reminded of a step meant for the
other districts (attack 47).

For the reminders a city's recurring duty is reached the same way (fix52): "每季度召开一次推进会
(牵头单位:市市场监管局;配合单位:南汀区人民政府)" is 南汀区's too; and a title clipped for display
(60 characters) is read through the whole clause it was taken from (``whole_title``), so a
district named after the clip is not missed. The answers (``search``) read both kinds the same
way, through the same two pieces (fix58): ``clipped_clause``, the statement column that reads
the clause from the document's text at the fact's span, and ``reached_by``. /deadlines 西湾区
read the clause from the fact's quote, which is cut at 120 characters: a district named past
that reached its subscribers' reminders but was no deadline of theirs.

A step addressed to all of them (各区制定本区实施方案, 各县(市、区)建成服务站, 牵头单位:各区人民政府)
reaches each district of its region of that kind (各区: the 区, 各县(市、区): every county, city
and district) when its title or a leading unit says so, less those the text leaves out (各区县(南汀区除外)) (trial45 M1: /subscribe
澄川市临江区 heard nothing of the city's "2027年3月底前,各区制定本区实施方案").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func
from sqlmodel import col

from policybot.knowledge import vocabulary
from policybot.knowledge.extract.records import TITLE_WIDTH
from policybot.knowledge.models import Document
from policybot.knowledge.regions import REGION_SUFFIXES, region_aliases

# A district's name as a text writes it is at least this long (南汀区): a shorter one (城区)
# is a word of many titles that name no district.
_SHORTEST = 3

# A district's suffix, the longest first (自治县 before 县), taken off for its short name.
_SUFFIXES_LONGEST_FIRST = tuple(sorted(REGION_SUFFIXES, key=len, reverse=True))

# Names written one after another (南汀区、北屿县) share what is said before and after them.
_JOINERS = "、,,和及与"
# 除…外 leaves out what it encloses (除南汀区外, 除南汀区等已建成的区县以外), unless it means
# "besides" (除…外,还/也…); 消除, 拆除… are other words.
_LEFT_OUT = re.compile(
    r"(?<![消排清拆废解去剔免扣切革根破删摒铲祛])除了?[^,,。;;]{1,40}?(?:以外|之外|外)"
)
_LEFT_OUT_BEFORE = re.compile(r"(?<![消排清拆废解去剔免扣切革根破删摒铲祛])除了?$")
_LEFT_OUT_CLOSE = re.compile(r"^[^,,。;;]{0,40}?(?:以外|之外|外)")
_BESIDES = re.compile(r"^[,,]?(?:还|也|又|另|同时|并)")
# 南汀区除外, 南汀区已建成的除外 (a few words of which of them: attack45)
_EXCEPT_AFTER = re.compile(r"^(?:等)?(?:[^,,。;;()()]{1,10}?的)?(?:除外|以外|之外)")
# Left out in other words (attack44): 各区县(不含南汀区), 不包括南汀区; 南汀区不参加, 南汀区不纳入.
# So are 非南汀区的区县, 不含已完成的南汀区, and a district spared or put off: 南汀区暂不实施,
# 南汀区不作要求, (南汀区另行安排), 南汀区免于开展 (attack45).
_NOT_INCLUDED_BEFORE = re.compile(
    r"(?:(?:不含|不包括|不包含|排除)(?:[^,,。;;()()]{1,10}?的)?|(?<![是除])非)$"
)
# Words that spare a district only as the whole of what is said of it (南汀区另行安排) or before a
# verb of doing (南汀区免于开展): 南汀区另行安排专项资金, 南汀区不执行到位的问题年底前整改 and
# 南汀区缓于2032年完成 are the district's own steps (review45).
_NOT_INCLUDED_AFTER = re.compile(
    r"^(?:等)?(?:区县|县区|地区)?(?:暂|可|可以)?(?:"
    r"(?:不参加|不参与|不纳入|不在此列|不实施|不适用|不作要求|不做要求|不作统一要求|暂缓)"
    r"|(?:不执行|另行安排|另行部署|另作安排|免于|免予|缓于)(?=[,,。;;))、]|$|开展|实施|执行|参加))"
)
# Cited as an example: 参照南汀区经验, 推广南汀区、西湾区的做法, 南汀区先进经验.
_CITING_BEFORE = re.compile(r"(?:参照|借鉴|学习|对标|复制|推广|总结|仿照|比照|效仿)$")
_CITING_AFTER = re.compile(r"^(?:等地)?(?:的)?(?:先进|成功|典型|有益|好的)?(?:经验|做法|模式)")
# Another city written just before the name: 云州市南汀区 in 碧川市's plan.
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}(?:市|州|盟)$")
_OWN_PLACE = ("本市", "全市", "我市", "该市", "各市")
# "Each district" written as the addressee of a step: 各区, 各县, 各区县, 各县区, 各县(市、区), 各区(县).
# 各区域, 各区间, 各区块 are other words, and 各区市场监管局 is each district's 市场监管局, not 各区市
# (a county-level city reached: review45).
_EVERY = re.compile(
    r"各(?:县(?:[((]市?[、,,]?区?[))]|市区|市|区)?|区(?:[((]县?[、,,]?市?[))]|县|市)?)"
    r"(?![域间块段位级划场])"
)
# How much of a clipped title's end is looked for in its clause (a duty's title drops words such
# as 一次 from the clause, but its clipped end is the clause's own text).
_CLIPPED_END = 12
_CLAUSE_END = re.compile(r"[。;;\n]")
# How far before and after a list of names its words are read: 除…外 closes within 40
# characters, a region's longest name (…土家族苗族自治州) is under 20.
_AROUND = 64


@dataclass(frozen=True)
class ChildNames:
    """A region → its child regions, each with the name a text of the region calls it by, and
    the names of the region itself (碧川市南汀区 is 南汀区 in 碧川市's plan, and 碧川市南汀区 or
    碧川南汀区 there too; 湘西州凤凰县 in 湘西土家族苗族自治州's)."""

    children: Mapping[int, Sequence[tuple[int, str]]] = field(default_factory=dict)
    parent_names: Mapping[int, tuple[str, ...]] = field(default_factory=dict)

    def __contains__(self, region_id: object) -> bool:
        return region_id in self.children

    def __getitem__(self, region_id: int) -> Sequence[tuple[int, str]]:
        return self.children[region_id]


def child_names(regions: Iterable[tuple[int, str, int | None]]) -> ChildNames:
    """Each region's children (id, name, parent id rows) by their names within it: 碧川市南汀区
    is 南汀区 in 碧川市's plan."""
    rows = list(regions)
    names = {region_id: name for region_id, name, _ in rows}
    children: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for region_id, name, parent_id in rows:
        if parent_id is None:
            continue
        parent = names.get(parent_id, "")
        short = name[len(parent) :] if parent and name.startswith(parent) else name
        if len(short) >= _SHORTEST and short.endswith(REGION_SUFFIXES):
            children[parent_id].append((region_id, short))
    parents = {
        parent_id: tuple(sorted(region_aliases(names[parent_id])))
        for parent_id in children
        if names.get(parent_id)
    }
    return ChildNames(dict(children), parents)


def clipped_clause(model: Any) -> ColumnElement[str | None]:
    """A statement column: the text of its document at the span of a ``model`` row (a milestone
    or a recurring duty) whose title is clipped for display, the clause ``whole_title`` reads on
    in; None for a shorter title (a document's text is long: read for those only). The statement
    must join ``Document`` on the row's document.

    A span that does not run forward (an end before its start, written by a bad import or an
    edit) reads nothing: PostgreSQL refuses a negative substring length, and one such row made
    the whole statement fail (every chat's reminders of the run with it)."""
    start, end = col(model.start_offset), col(model.end_offset)
    return case(
        (
            and_(func.length(col(model.title)) >= TITLE_WIDTH, end > start),
            func.substr(col(Document.text), start + 1, end - start),
        ),
        else_=None,
    )


def reached_by(
    region_id: int | None,
    title: str,
    clause: str | None,
    lead_units: Iterable[str],
    children: ChildNames,
    support_units: Iterable[str] = (),
) -> frozenset[int]:
    """The districts of ``region_id`` a milestone or a recurring duty reaches: named in its
    ``title`` read through its ``clause`` (``clipped_clause``, ``whole_title``) or in one of its
    units' names; addressed to all of them (各区) by the title or a leading unit only. The one
    rule the reminders and the answers both apply, to the stored values as they are (not
    normalised for search).

    A title that picks among the lead districts says whose step it is: a row led by several
    districts' governments (南汀区、北屿县、西湾区人民政府) whose year cell is one district's step
    (西湾区示范站通过验收) reaches that district only, not every district among its leads
    (trial46 L9: a district's task list showed two other districts' steps). A title naming a
    district that does not lead (承接西湾区产业转移, led by 北屿县) narrows nothing: the lead
    district keeps its step (attack47 H4: its reminders went to the named district only)."""
    whole = whole_title(title, clause or "")
    every = districts_named(region_id, (whole, *lead_units), children, support_units)
    own = districts_named(region_id, (whole,), children)
    leading = districts_named(region_id, tuple(lead_units), children)
    if len(leading) > 1 and region_id is not None:
        # 南汀、北屿示范区通过验收: lead districts the title writes without their 区/县
        own |= _leads_written_short(whole, leading, children, region_id)
    if own and own <= leading:
        return own
    return every


def _leads_written_short(
    title: str, leading: frozenset[int], children: ChildNames, region_id: int
) -> frozenset[int]:
    """The lead districts ``title`` names by their names without 区/县 (南汀 of 南汀区; fix76),
    each written as a word of its own (高新 of 高新技术 is no 高新区), not left out or cited.
    Read for the narrowing only: a short name alone never makes a step a district's."""
    shorts = []
    for child, name in children[region_id]:
        suffix = next((end for end in _SUFFIXES_LONGEST_FIRST if name.endswith(end)), "")
        short = name[: len(name) - len(suffix)]
        if child in leading and suffix and len(short) >= 2 and short in title:
            shorts.append((child, short))
    if not shorts:
        return frozenset()
    edges = vocabulary.word_edges(title)
    found = [
        (start, end, child)
        for start, end, child in _occurrences(title, shorts)
        if start in edges and end in edges
    ]
    left_out = [
        match.span()
        for match in _LEFT_OUT.finditer(title)
        if not _BESIDES.match(title[match.end() :])
    ]
    parent = children.parent_names.get(region_id, ())
    return frozenset(
        child
        for (start, end, child), (first, last) in zip(found, _runs(title, found), strict=True)
        if _reaches(title, start, end, first, last, parent, left_out)
    )


def whole_title(title: str, written: str) -> str:
    """``title`` with the rest of its clause when it is the clipped display of a longer text
    (``written``: the document's text at the fact's span): 60 characters of a title ending
    "…服务中心西" read on to "…服务中心西湾区分中心". A shorter title, or one whose end the text
    does not hold (an admin wrote it), is read as it is."""
    if len(title) < TITLE_WIDTH or not written:
        return title
    end = title[-_CLIPPED_END:]
    found = _clip_in(title, written, end)
    if found < 0:
        return title
    rest = written[found + len(end) :]
    stop = _CLAUSE_END.search(rest)
    return title + (rest[: stop.start()] if stop else rest)


def _clip_in(title: str, written: str, end: str) -> int:
    """Where in ``written`` the clipped ``title`` ends (the start of its last characters
    ``end``), found by the longest end of the title the text writes: an earlier clause may write
    the same last words (建成…服务中心; 建成…省级…服务中心西湾区分中心). Each step is one search
    of the text, the end's length doubled up to the whole title."""
    found = written.find(end)
    length = len(end)
    while found >= 0 and length < len(title):
        length = min(len(title), length * 2)
        longer = written.find(title[-length:])
        if longer < 0:
            break
        found = longer + length - len(end)
    return found


def districts_named(
    region_id: int | None,
    texts: Iterable[str],
    children: ChildNames,
    supporting: Iterable[str] = (),
) -> frozenset[int]:
    """The child regions of ``region_id`` that one of ``texts`` (a milestone's title, its
    leading units' names) or ``supporting`` (its supporting units' names) names as a place of
    the step, not one left out or cited. 各区 reaches every district in ``texts`` only: 配合单位:
    各区人民政府, written under most steps of a city's plan, makes none of them the districts'
    (the city's quarterly 分析研判 stays the city's, pointed to from a district's list)."""
    if region_id is None or region_id not in children:
        return frozenset()
    addressed = [text for text in texts if text]
    written = [*addressed, *(text for text in supporting if text)]
    named = children[region_id]
    parent = children.parent_names.get(region_id, ())
    reached: set[int] = set()
    left: set[int] = set()
    every: set[str] = set()
    for text_index, text in enumerate(written):
        left_out = [
            match.span()
            for match in _LEFT_OUT.finditer(text)
            if not _BESIDES.match(text[match.end() :])
        ]
        found = _occurrences(text, named)
        for (start, end, child), (first, last) in zip(found, _runs(text, found), strict=True):
            verdict = _reaches(text, start, end, first, last, parent, left_out)
            if verdict is None:
                left.add(child)
            elif verdict and child not in reached:
                reached.add(child)
        for match in _EVERY.finditer(text) if text_index < len(addressed) else ():
            start, end = match.span()
            if _reaches(text, start, end, start, end, parent, left_out):
                every.update(kind for kind in "区县市" if kind in match.group())
    if every:
        reached.update(
            child for child, name in named if name.endswith(tuple(every)) and child not in left
        )
    return frozenset(reached)


def _occurrences(text: str, named: Sequence[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """Every place ``text`` writes one of the names: (start, end, child), in text order."""
    found = []
    for child, name in named:
        start = text.find(name)
        while start >= 0:
            found.append((start, start + len(name), child))
            start = text.find(name, start + 1)
    found.sort()
    return found


def _runs(text: str, found: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """For each occurrence, the span of the names written one after another around it
    (南汀区、北屿县): what comes before and after the list is said of each of them. Linear in
    the occurrences, so a title listing 500 districts costs no more than reading them."""

    def joined(end: int) -> bool:
        return end < len(text) and text[end] in _JOINERS

    first: dict[int, int] = {}
    run_start: list[int] = []
    for start, end, _ in found:
        begin = first.get(start - 1, start) if start > 0 and joined(start - 1) else start
        run_start.append(begin)
        if joined(end):
            first.setdefault(end, begin)
    last: dict[int, int] = {}
    run_end = [0] * len(found)
    for index in range(len(found) - 1, -1, -1):
        start, end, _ = found[index]
        finish = last.get(end, end) if joined(end) else end
        run_end[index] = finish
        if start > 0 and joined(start - 1):
            last.setdefault(start - 1, finish)
    return list(zip(run_start, run_end, strict=True))


def _reaches(
    text: str,
    start: int,
    end: int,
    first: int,
    last: int,
    parent: tuple[str, ...],
    left_out: list[tuple[int, int]],
) -> bool | None:
    """Whether the name at ``text[start:end]``, in the list ``text[first:last]``, names a place
    of the step: None when it is written to be left out (除南汀区外, 南汀区除外), False when it is
    cited or another city's."""
    if any(low <= start and end <= high for low, high in left_out):
        return None
    # what is said just around the list decides (a title an admin made thousands of characters
    # long with hundreds of names is read in a window, not again from its start for each name)
    before, after = text[max(0, first - _AROUND) : first], text[last : last + _AROUND]
    if _LEFT_OUT_BEFORE.search(before):
        close = _LEFT_OUT_CLOSE.match(after)
        if close is None or not _BESIDES.match(after[close.end() :]):
            return None
    if _EXCEPT_AFTER.match(after):
        return None
    if _NOT_INCLUDED_BEFORE.search(before) or _NOT_INCLUDED_AFTER.match(after):
        return None
    if _CITING_AFTER.match(after) or _CITING_BEFORE.search(before):
        return False
    place = _PLACE_BEFORE.search(before)
    return place is None or before.endswith(parent) or place.group().endswith(_OWN_PLACE)
