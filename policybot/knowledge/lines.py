"""One fact, document or sentence as an answer shows it (``FactLine``), with its citation.

The command lookups and the question answering build their lines here, so a target reads the
same everywhere: its value in the unit people write (20万元, never 200000元), its region, its
deadline in the document's own words, its units, and where it is written.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from policybot.knowledge.answers import (
    Citation,
    FactLine,
    Progress,
    format_amount,
    format_due,
    format_reward,
    format_target_amount,
    qualifier_words,
    range_floor,
)
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.labels import duty_timing, fact_kind_label
from policybot.knowledge.models import FactKind
from policybot.knowledge.passages import PassageText
from policybot.knowledge.queries import DocumentRow

if TYPE_CHECKING:
    from policybot.knowledge.search import IndexedFact, KnowledgeIndex

PASSAGE = "passage"
DOCUMENT = "document"


def fact_line(
    index: KnowledgeIndex, fact: IndexedFact, tz: ZoneInfo, *, today: date | None = None
) -> FactLine:
    row = fact.row
    region = fact_region(index, fact)
    due = row.due
    return FactLine(
        kind=row.kind,
        fact_id=row.id,
        label=own_label(row.label, row.district),
        citation=fact_citation(fact),
        value=fact_value(fact),
        region=region,
        due=due,
        due_text=row.due_text,
        overdue=bool(today and due and due < today),
        start=row.start,
        lead_units=fact.lead_units,
        support_units=fact.support_units,
        responsible_units=fact.responsible_units,
        progress=_progress(fact, tz),
        note=_note(fact),
        edited=fact.edited,
    )


# The words a per-district row's subject begins with for all of them (各区, 各县(区), 各镇街,
# 各区县): the whole of them, longest first (never the 市 of 市场). Cutting 各区 off 各区县 showed
# 县新增… (trial 42).
_EACH_DISTRICT = re.compile(
    r"^各(?:县[(（][市区、,]+[)）]|区[(（]县[)）]|县市区|区县市|县区|区县|县市|市县"
    r"|县[(（]?[市区]?[)）]?|乡镇|镇乡|镇街|镇[(（]街道?[)）]|[区县市镇乡])(?!场)"
)


def own_label(label: str, district: str | None) -> str:
    """A district's figure from a row of every district's (各区每年培育…: 南海35家) is that
    district's, and its line says so by the place beside it, not 各区 (trial 34)."""
    if not district:
        return label
    return _EACH_DISTRICT.sub("", label, count=1) or label


# A district a row's subject names in brackets (新增省级名牌产品(南岭区)): the row is that
# district's, though the city's plan files it (not 含/不含/包括 a zone: the whole's figure).
_ROW_DISTRICT = re.compile(r"[(（](?!含|不含|包括|各|全)([\u4e00-\u9fff]{1,6}?[区县旗])[)）]")


def row_district(label: str) -> str | None:
    """The district a task table's row names in its subject's brackets, else None."""
    match = _ROW_DISTRICT.search(label)
    return match.group(1) if match else None


def fact_region(index: KnowledgeIndex, fact: IndexedFact) -> str | None:
    """The place a fact's line names: its region, else the district or region its row wrote."""
    row = fact.row
    return index.region_name(row.region_id) or row.district or row.region


def passage_line(
    index: KnowledgeIndex, document_id: int, number: int, passage: PassageText, shown: str
) -> FactLine:
    """A sentence answering by itself: ``shown`` is the part that answers, the quote the whole
    (its outline number left out: 21.奖励政策适用于… leads a reply with a stray 21.)."""
    document = index.document(document_id)
    return FactLine(
        kind=PASSAGE,
        fact_id=number,
        label=without_outline_number(shown),
        citation=Citation(
            document_id=document.id,
            document=document.name,
            quote=passage.text,
            section=section_within(passage.section, document.name),
            doc_number=document.doc_number,
        ),
        region=index.region_name(document.region_id) or document.region,
        due=passage.due,
        lead_units=passage.lead_units,
        support_units=passage.support_units,
        responsible_units=passage.responsible_units,
    )


def document_line(
    index: KnowledgeIndex,
    document: DocumentRow,
    *,
    value: str | None = None,
    label: str | None = None,
) -> FactLine:
    counts = {kind: 0 for kind in FactKind.ALL}
    for position in index.positions_in_document(document.id):
        counts[index.fact_at(position).row.kind] += 1
    period = f"{document.period_start}-{document.period_end}年" if document.period_start else None
    summary = ",".join(
        f"{fact_kind_label(kind)} {counts[kind]} {'条' if kind == FactKind.REWARD else '项'}"
        for kind in FactKind.ALL
    )
    status = status_said(index, document)
    short = status_mark(index, document)
    return FactLine(
        kind=DOCUMENT,
        fact_id=document.id,
        # A replaced plan beside its successor must not read as the same line twice; the
        # note names the plan that replaced it, the label stays short enough for a phone.
        label=label or (document.title or document.name) + (f"({short})" if short else ""),
        region=document.region,
        value=value if value is not None else document.doc_number,
        due=document.issued,
        note="; ".join(part for part in (period, summary, status) if part),
        citation=Citation(
            document_id=document.id,
            document=document.name,
            quote=document.title or document.name,
            doc_number=document.doc_number,
        ),
    )


# A status this long is still shown beside a listed title (已被同名新版本替代); a longer one
# (已被《…》替代, a long title) is in the line's note, the label saying 已被替代.
_STATUS_CHARS = 20


def status_mark(index: KnowledgeIndex, document: DocumentRow) -> str | None:
    """What a retired document's title is marked with where it is named (已被同名新版本替代,
    已被替代, 已失效): ``status_said`` when it is short; None for a document in force."""
    status = status_said(index, document)
    short = status if status and len(status) <= _STATUS_CHARS else None
    return short or {"superseded": "已被替代", "expired": "已失效"}.get(document.status)


def status_said(index: KnowledgeIndex, document: DocumentRow) -> str | None:
    """已失效, 已被替代 — 已被《…》替代 when the store knows the plan that replaced it (trial43:
    a replaced plan's answers named no successor); None for a document in force."""
    if document.status == "superseded" and document.superseded_by_id is not None:
        successor = index.find_document(document.superseded_by_id)
        if successor is not None and successor.name == document.name:
            return "已被同名新版本替代"
        if successor is not None:
            return f"已被《{successor.name}》替代"
    return {"superseded": "已被替代", "expired": "已失效"}.get(document.status)


def fact_citation(fact: IndexedFact) -> Citation:
    return Citation(
        document_id=fact.document.id,
        document=fact.document.name,
        quote=fact.row.quote,
        section=section_within(fact.row.section, fact.document.name),
        doc_number=fact.document.doc_number,
    )


def section_within(section: str | None, document: str) -> str | None:
    """The section without the document's own title, which the citation already names.

    An annex table is headed with the plan's full title ("××计划(2017—2019年)任务分解表");
    citing "《××计划》 ××计划任务分解表 / 4" would say the title twice.
    """
    if section and document and section.startswith(document) and len(section) > len(document):
        return section[len(document) :].lstrip(" /")
    return section


def fact_value(fact: IndexedFact) -> str | None:
    row = fact.row
    if row.kind == FactKind.TARGET:
        return format_target_amount(row.value, row.unit, row.value_max, row.qualifier)
    if row.kind == FactKind.REWARD:
        if row.amount_yuan is not None:
            said = format_reward(row.amount_yuan, is_cap=row.is_cap, treatment=row.treatment)
            per = per_item_said(row.quote, row.amount_yuan, row.treatment, edited=fact.edited)
            return f"{per}{said}"
        return support_said(row.treatment)
    if row.kind == FactKind.MILESTONE:
        return format_due(row.due, row.due_text) or None
    if row.kind == FactKind.RECURRING:
        return duty_timing(row.every, row.due_text, row.window_text) if row.every else None
    return None


# "每个产品奖励15万元", "每项奖励50万元": the item a rule pays its sum for, just before the sum.
_PER_ITEM = re.compile(
    r"(每(?:个|项|件|家|户|名|台|套|款|次|人|部)[\u4e00-\u9fff]{0,4}?)"
    r"(?:一次性)?(?:奖励|补助|资助|奖补|补贴|给予)?\s*(?:人民币)?\s*(?=\d)"
)


def per_item_said(
    quote: str | None, amount: float, treatment: str | None, *, edited: bool = False
) -> str:
    """ "每个产品" when the rule's sentence pays its sum per item (a list reading "15万元" alone
    would be the firm's whole reward); nothing when the treatment already says it. A sum an
    admin ``edited`` (每项40万元 → 50万元) is still paid per item when the sentence pays one
    sum per item (trial43: 50万元 lost its 每项)."""
    if not quote or (treatment and "每" in treatment):
        return ""
    per_item: list[str] = []
    for match in _PER_ITEM.finditer(quote):
        money = find_money(quote[match.end() :])
        if money and money[0][0] == 0 and abs(money[0][1] - amount) < 0.5:
            return match.group(1)
        if money and money[0][0] == 0:
            per_item.append(match.group(1))
    return per_item[0] if edited and len(per_item) == 1 else ""


# A treatment that pays or rewards (奖励, 补助, 资助, 以奖代补, 一次性…元): what a reward list is for.
_PAYS = re.compile(r"奖|补|资助|元|经费|资金")
SUPPORT_WITHOUT_SUM = "扶持(无金额)"


def support_said(treatment: str | None) -> str | None:
    """A reward rule's treatment as a reward list shows it: one that pays nothing (在融资上给予
    倾斜, 优先推荐) is support, not a reward, and is labelled so beside the paying ones."""
    if treatment and not _PAYS.search(treatment):
        return f"{SUPPORT_WITHOUT_SUM}: {treatment}"
    return treatment


def _note(fact: IndexedFact) -> str | None:
    row = fact.row
    parts: list[str] = []
    if row.kind == FactKind.TARGET:
        before, _ = qualifier_words(row.qualifier)  # the words after the number are the value's
        parts.extend(before)
        if row.per_year and "每年" not in before:
            parts.append("每年")
    if row.kind == FactKind.REWARD:
        parts.extend(p for p in (row.role, row.level) if p)
        if row.amount_yuan is not None and row.treatment:
            ranged = range_floor(row.amount_yuan, row.is_cap, row.treatment) is not None
            rest = row.treatment.split(",", 1)[1] if ranged and "," in row.treatment else None
            parts.extend([rest] if ranged and rest else [] if ranged else [row.treatment])
    return ",".join(parts) or None


def _progress(fact: IndexedFact, tz: ZoneInfo) -> Progress | None:
    report = fact.progress
    if report is None:
        return None
    target = fact.row.value
    share = round(report.value / target * 100) if target else None
    return Progress(
        value=format_amount(report.value, fact.row.unit),
        reported_on=report.reported_at.astimezone(tz).date(),  # the reporter's day
        share_percent=share,
    )


# A section path's list numbers (一、 (二) 3. 4、), which say where an item stands in the
# document's outline but read as noise in a one-line citation: 二、重点工作 / (一)创建 / 1.验收
# is cited as 重点工作 / 创建 / 验收. A part that is a number only is dropped: a numbered
# paragraph (16.对…) or a table's row (序号 27) is stored as a bare 16 or 27, which a citation
# line shows as 奖励政策 / 16, read as a page or an id.
_OUTLINE_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百\d]+[)）]|\d+[.．、](?!\d))\s*"
)
_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


def without_outline_number(sentence: str) -> str:
    """A quoted sentence without the list number it begins with ((二)2019年9月底前… reads
    2019年9月底前…): the number is the outline's, not the document's words for the duty."""
    return _OUTLINE_NUMBER.sub("", sentence, count=1) or sentence


def tidy_section(section: str) -> str:
    """The section path without its list numbers (``_OUTLINE_NUMBER``); empty when it is
    numbers only (一、(二)3.: the 出处 button shows the passage in its place)."""
    parts = []
    for part in section.split(" / "):
        while (stripped := _OUTLINE_NUMBER.sub("", part, count=1)) != part:
            part = stripped
        if part.strip() and not _BARE_NUMBER.fullmatch(part):
            parts.append(part.strip())
    return " / ".join(parts)
