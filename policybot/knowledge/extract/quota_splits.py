"""A total split among places in prose: "全省新增省级名牌产品150个,其中杭州市22个、宁波市20个…".

The per-place figures (``district`` set by ``districts``) count what the total counts: they take
the lead clause's subject (without the 全省/全市 that names the whole), its unit and its qualifier
(新增) whatever words stand between the total and the list ("各市分解如下:", "其中…分别为",
"(其中", one place per line).  A closing sum of the split ("…,合计60个") restates the places'
figures and is no goal of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge.extract.districts import UNNAMED_LIST
from policybot.knowledge.extract.records import TargetRecord

# How far the first place's figure may stand from the total, and each place from the one before
# ("各市分解如下:\n杭州市22个;\n宁波市20个"): a list, not a later sentence.
_LIST_GAP = 40
_NEXT_GAP = 24

# The words that name the whole the total is of, not what it counts.
_WHOLE = re.compile(
    r"^(?:全省|全市|全县|全区|全州|全盟|全旗|全自治区|各地|各市|各县|各区)(?:共|合计|累计)?"
)

# Subjects that say only who the figures go to: "各市分解如下", "其中", "各设区市分别为".
_ONLY_WHO = re.compile(
    # "(考核三县": the list announced by how many places it names
    r"^\(?(?:考核|包括)?[二三四五六七八九十两]个?(?:县|区|市)$|"
    r"^(?:其中)?(?:各(?:设区市|地市|市州|市|县|区|地|县\(市、区\)|县\(市\)))?(?:具体)?"
    r"(?:任务|指标|目标)?(?:分解|分配|下达|安排|落实)?(?:如下|分别为|分别是|为|是)?$"
)

# "…,合计60个", "共计", "总计", "合共": the sum of the figures just listed.
_CLOSING_SUM = re.compile(r"(?:合计|共计|总计|合共|小计)$")


@dataclass
class _Lead:
    """The place-less totals a split follows and where the list has reached: "全省新增名牌150个、
    商标80件,其中杭州市名牌22个、商标12件" has two totals, each place a figure of each."""

    totals: list[TargetRecord]
    reached: int

    @property
    def total(self) -> TargetRecord:
        return self.totals[-1]

    def of(self, record: TargetRecord) -> TargetRecord:
        """The total a place's figure is part of: the one whose subject names what the figure's
        own subject counts ("商标" -> "全省新增著名商标"), else the one of its unit, else the last."""
        counted = _counted(record)
        if counted and len(self.totals) > 1:
            named = [t for t in self.totals if counted in t.subject]
            if len(named) == 1:
                return named[0]
        if record.unit is not None and len(self.totals) > 1:
            same_unit = [t for t in self.totals if t.unit == record.unit]
            if len(same_unit) == 1:
                return same_unit[0]
        return self.total


def _counted(record: TargetRecord) -> str:
    """What a place's figure counts in its own words: its subject without the place's name."""
    subject = record.subject.strip(" ,:;")
    district = record.district or ""
    return subject.removeprefix(district).strip(" ,:;") if district else subject


def share_split_leads(records: list[TargetRecord]) -> list[TargetRecord]:
    """Per-place figures right after a total take its subject, unit and qualifier; a closing
    sum of the split is dropped.  ``records`` are in text order (their spans)."""
    result: list[TargetRecord] = []
    lead: _Lead | None = None
    split_seen = False
    for record in records:
        if record.district is None:
            if split_seen and lead is not None and _is_closing_sum(record, lead):
                lead.reached = record.span.end
                continue
            record.subject = _without_split_bracket(record.subject)
            if (
                lead is not None
                and not split_seen
                and _may_lead(record)
                and 0 <= record.span.end - lead.reached <= _NEXT_GAP
            ):
                # "…名牌产品150个、著名商标80件": a second total of the same lead clause
                lead.totals.append(record)
                lead.reached = record.span.end
            else:
                lead = _Lead([record], record.span.end) if _may_lead(record) else None
            split_seen = False
        elif lead is not None and _follows(record, lead, split_seen):
            _take_lead(record, lead.of(record))
            lead.reached = max(lead.reached, record.span.end)
            split_seen = True
        else:
            lead = None
        result.append(record)
    return result


# "全省新增省级名牌产品(其中杭州市22个、…)": the split in the bracket is no part of the subject.
_SPLIT_BRACKET = re.compile(r"\((?:其中)[^()]*\d[^()]*\)?$")


def _without_split_bracket(subject: str) -> str:
    return _SPLIT_BRACKET.sub("", subject).strip() or subject


def _may_lead(record: TargetRecord) -> bool:
    return record.span.end > record.span.start


def _follows(record: TargetRecord, lead: _Lead, split_seen: bool) -> bool:
    """The place's figure ends a little after the total (or the place before it); its span may
    start at the sentence's start, as the total's does ("到2033年,全省…150个,其中杭州市22个")."""
    same_unit = record.unit is None or any(total.unit == record.unit for total in lead.totals)
    gap = record.span.end - lead.reached
    limit = _NEXT_GAP if split_seen else _LIST_GAP
    return same_unit and record.span.start >= lead.total.span.start and gap <= limit


def _take_lead(record: TargetRecord, total: TargetRecord) -> None:
    """The place's figure counts what the total counts when its own subject names only places."""
    if _names_no_object(record, total):
        record.subject = _WHOLE.sub("", total.subject) or total.subject
    if record.unit is None:
        record.unit = total.unit
    if record.qualifier is None and total.qualifier:
        record.qualifier = total.qualifier
    if record.deadline is None:
        record.deadline, record.deadline_text = total.deadline, total.deadline_text


def _names_no_object(record: TargetRecord, total: TargetRecord) -> bool:
    """Whether the record's subject is the total's own or says only who gets the figures."""
    subject = record.subject.strip(" ,:;")
    district = record.district or ""
    short = re.sub(r"(?:市|县|区|州|盟|旗|镇|乡|街道)$", "", district)
    counted = _counted(record)
    return (
        subject in (UNNAMED_LIST, total.subject)
        or subject.startswith(total.subject)
        # "杭州市名牌22个" after "全省新增省级名牌产品150个": a short word of the total's subject
        or (bool(district) and 2 <= len(counted) <= 6 and counted in total.subject)
        or bool(_ONLY_WHO.fullmatch(subject))
        or "(其中" in subject
        # "杭州市", "其中杭州市、宁波市、温州市": the places themselves
        or (
            bool(short)
            and short in subject
            and ("、" in subject or len(subject) <= len(district) + 12)
        )
    )


def _is_closing_sum(record: TargetRecord, lead: _Lead) -> bool:
    before = record.subject.strip(" ,:;")
    gap = record.span.end - lead.reached
    return (
        0 < gap <= _NEXT_GAP
        and record.unit == lead.total.unit
        and bool(_CLOSING_SUM.search(_WHOLE.sub("", before) or before))
    )
