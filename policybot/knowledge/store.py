"""Writing extracted knowledge into the database: documents, facts, regions and units.

One document is written in one transaction, so a failure leaves nothing behind. A document is
identified by the hash of its normalised text: ingesting the same content again changes nothing
(or refreshes its facts when the extractor has improved), and a new text with the doc number of
an active document replaces that document, which is kept as ``superseded``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import delete, func, insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit, succession
from policybot.knowledge.captions import caption_of, shown_title
from policybot.knowledge.clipping import TITLE_LIMIT, clip
from policybot.knowledge.database import session_scope, take_turns
from policybot.knowledge.extract.jurisdiction import region_from_title
from policybot.knowledge.extract.records import (
    Extraction,
    FactRecord,
    Span,
)
from policybot.knowledge.hand_edits import hand_actions, hand_edited_facts
from policybot.knowledge.models import (
    FACT_MODELS,
    STORED_FACT_MODELS,
    Document,
    DocumentStatus,
    DocumentUnit,
    FactKind,
    FactUnit,
    Milestone,
    RecurringDuty,
    Region,
    RewardCondition,
    RewardRule,
    Target,
    Task,
    Unit,
    UnitRole,
    utcnow,
)
from policybot.knowledge.recurrence import DutyCalendar, stored_days
from policybot.knowledge.regions import full_district_name
from policybot.knowledge.retirement import Retirement, planned_retirements
from policybot.knowledge.store_names import region_ids, unit_ids

IngestAction = Literal["created", "unchanged", "updated", "replaced"]


def content_hash(text: str) -> str:
    """The identity of a document: the SHA-256 of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_by_hash(session: Session, digest: str) -> Document | None:
    """The stored document with this content (``content_hash``), if any: the one look-up of a
    text's identity, for the store, an upload's preview and its confirmation."""
    return session.exec(select(Document).where(col(Document.content_hash) == digest)).first()


def extraction_fingerprint(extraction: Extraction) -> str:
    """A hash of what was extracted, to tell whether a re-ingest would change any fact."""
    payload = extraction.to_schema_dict()
    # The same text under another file name is the same document: drop the name and the ids
    # derived from it.
    payload["document"].pop("source")
    for section in ("targets", "milestones", "recurring", "rewards", "tasks"):
        for record in payload[section]:
            record.pop("id")
    # What the corpus schema leaves out but the store keeps: a duty's stated day and window
    # (without them a store from before 0018 read "unchanged" and never got them).
    payload["duty_timing"] = [
        [r.due_month, r.due_day, r.due_text, r.window_start, r.window_end, r.window_text]
        + ([r.also_days] if r.also_days else [])
        for r in extraction.recurring
    ]
    # Units named only as 责任单位 (no lead stated): the schema's lead_units holds them as it
    # holds leads, so a store from before 0021 would otherwise read "unchanged" (said only when
    # there are any: the fingerprint of every other document stays as it was).
    joint = [
        index
        for index, record in enumerate(extraction.fact_records())
        if getattr(record, "units_joint", False)
    ]
    if joint:
        payload["units_joint"] = joint
    payload["spans"] = [
        [record.span.start, record.span.end, record.span.section]
        for record in extraction.fact_records()
    ]
    blob = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class RetirementsChanged(Exception):
    """What an ingest would retire is not what its caller expected (the store changed since a
    preview); nothing was written. ``planned``: what it would retire now."""

    def __init__(self, planned: list[Retirement]) -> None:
        super().__init__("the documents this plan would retire changed")
        self.planned = planned


@dataclass
class IngestResult:
    document_id: int
    action: IngestAction
    title: str | None
    counts: dict[str, int] = field(default_factory=dict)
    replaced_document_id: int | None = None
    # Documents this one retired, and those it names but had no authority to (left active).
    retired: list[Retirement] = field(default_factory=list)
    not_retired: list[Retirement] = field(default_factory=list)

    def summary(self) -> str:
        counts = " ".join(f"{kind}={count}" for kind, count in self.counts.items())
        title = clip(self.title, TITLE_LIMIT) or "(无标题)"
        lines = [f"{self.action:<9} #{self.document_id} {title}  {counts}"]
        lines.extend(f"  retired #{r.document_id} {_named(r)}" for r in self.retired)
        lines.extend(
            f"  warning: not retired #{r.document_id} {_named(r)}: outside this plan's region "
            "or issuer (retire it by hand if meant)"
            for r in self.not_retired
        )
        return "\n".join(lines)


def _named(retirement: Retirement) -> str:
    title = clip(retirement.title, TITLE_LIMIT) or "(无标题)"
    return f"{title} ({retirement.region or '地区未识别'})"


def ingest_extraction(
    engine: Engine,
    extraction: Extraction,
    *,
    actor_id: int | None = None,
    retire_outside: bool = False,
    now: datetime | None = None,
    expected_retirements: frozenset[int] | None = None,
    before_commit: Callable[[Session, IngestResult], None] | None = None,
) -> IngestResult:
    """Write one extracted document in one transaction (see the module docstring for identity).

    ``before_commit``: the caller's own write, in the same transaction (an upload marks its
    pending row stored, so that the plan and the answer it owes commit together or not at all).

    ``expected_retirements``: the ids a preview showed it would retire; when the store has
    changed since, ``RetirementsChanged`` is raised and nothing is written.

    ``retire_outside``: also retire the documents it names that lie outside its jurisdiction
    (``knowledge.retirement``); only an admin's separate confirmation sets it. ``now``: the
    caller's clock (the bot's, so ``chat --now`` and tests stamp the document, its audit entry
    and what it retires at their time, as edits and undo are); the real time otherwise.
    """
    with session_scope(engine) as session:
        result = _ingest(
            session, extraction, actor_id, retire_outside, now or utcnow(), expected_retirements
        )
        if before_commit is not None:
            before_commit(session, result)
        return result


def _ingest(
    session: Session,
    extraction: Extraction,
    actor_id: int | None,
    retire_outside: bool,
    now: datetime,
    expected_retirements: frozenset[int] | None = None,
) -> IngestResult:
    digest = content_hash(extraction.text)
    fingerprint = extraction_fingerprint(extraction)
    existing = document_by_hash(session, digest)
    if existing is not None:
        if existing.extraction_fingerprint == fingerprint:
            return IngestResult(
                existing.id or 0,
                "unchanged",
                shown_title(existing),
                count_facts(session, existing.id),
            )
        rows = list(_fact_rows(existing.id, extraction.document.region, extraction))
        regions = region_ids(session, _places(extraction.document.region, rows))
        was = (existing.region, existing.region_id)  # where the older reading filed it
        _fill_document(session, existing, extraction, fingerprint, now, regions)
        counts = _refresh_facts(session, existing, extraction, rows, regions, now, was)
        _audit(session, actor_id, "reingest", existing.id, None, {"counts": counts}, now)
        return IngestResult(existing.id or 0, "updated", shown_title(existing), counts)

    document = Document(
        source=extraction.document.source, content_hash=digest, text=extraction.text
    )
    # Everything that needs no database is done before the first write: on SQLite the write
    # lock is held from the first write to the commit, and every other writer waits for it.
    rows = list(_fact_rows(None, extraction.document.region, extraction))
    regions = region_ids(session, _places(extraction.document.region, rows))
    _fill_document(session, document, extraction, fingerprint, now, regions)
    document.ingested_at = now
    session.add(document)
    session.flush()
    counts = _write_facts(session, document, extraction, rows, regions)
    # From here to the commit, what is active is read and changed: one writer at a time (two
    # versions confirmed at once were both stored active). Taken late, so that writers that
    # only add regions and units never wait for each other.
    take_turns(session)
    planned = planned_retirements(session, extraction.document, new_document_id=document.id)
    if (
        expected_retirements is not None
        and {r.document_id for r in planned} != expected_retirements
    ):
        raise RetirementsChanged(planned)
    retired = _apply_retirements(session, document, planned, retire_outside, now)
    succession.successors(session, [r.document_id for r in retired], document.id or 0)
    snapshot: dict[str, Any] = {"title": document.title, "counts": counts}
    if retired:
        snapshot["retired"] = [r.document_id for r in retired]
    _audit(session, actor_id, "ingest", document.id, None, snapshot, now)
    # A new version: by doc number, or the same plan's text again (same title and region).
    replaced = next((r.document_id for r in retired if r.reason in ("number", "title")), None)
    action: IngestAction = "replaced" if replaced else "created"
    not_retired = [r for r in planned if r not in retired]
    return IngestResult(
        document.id or 0, action, shown_title(document), counts, replaced, retired, not_retired
    )


def _fill_document(
    session: Session,
    document: Document,
    extraction: Extraction,
    fingerprint: str,
    now: datetime,
    regions: dict[str, int],
) -> None:
    meta = extraction.document
    document.source = meta.source
    document.title = meta.title
    document.short_title = short_title(meta.title) or caption_of(extraction)
    document.doc_number = meta.doc_number
    document.issuer = meta.issuer
    document.region = meta.region
    document.region_id = regions[meta.region] if meta.region else None
    document.issued = meta.issued
    document.effective = meta.effective
    document.period_start, document.period_end = meta.period or (None, None)
    document.supersedes_text = (
        json.dumps(meta.supersedes, ensure_ascii=False) if meta.supersedes else None
    )
    document.extraction_fingerprint = fingerprint
    document.updated_at = now
    session.add(document)


# A cited name longer than this, once its place is put back, is clipped in the middle (a
# phone line holds about this much; a whole title keeps the words people ask by).
SHORT_TITLE_LIMIT = 44


def short_title(title: str | None) -> str | None:
    """The plan's own name without the 关于印发……的通知 wrapper, for citations -- keeping the
    issuer's place: 衢州市…关于进一步加强…工作的意见 is cited as 《衢州市进一步加强…工作的意见》,
    not by a fragment no reader can place."""
    if not title:
        return None
    inner = title
    for prefix in ("关于印发", "关于转发", "关于"):
        if prefix in inner:
            inner = inner.split(prefix, 1)[1]
            break
    inner = inner.strip('《》“”"')
    own = inner
    for suffix in ("的通知", "的意见"):
        if own.endswith(suffix) and len(own) > len(suffix) + 4:
            own = own[: -len(suffix)]
    place = region_from_title(title)
    if not place or inner == title.strip('《》“”"') or region_from_title(own):
        return own or title
    named = place + (own if inner.endswith("的通知") else inner)
    if len(named) <= SHORT_TITLE_LIMIT:
        return named
    tail = SHORT_TITLE_LIMIT - len(place) - 7
    return f"{named[: len(place) + 6]}…{named[-tail:]}"


FactRow = tuple[str, FactRecord, Any]


def _write_facts(
    session: Session,
    document: Document,
    extraction: Extraction,
    rows: list[FactRow],
    regions: dict[str, int],
) -> dict[str, int]:
    """A new document's facts, their unit links, conditions and units: a few bulk inserts.

    The rows are inserted per table in one statement each (ids returned in order), not added
    and flushed one by one: the statements, and the time the write lock is held, no longer
    grow with the number of facts."""
    units = unit_ids(session, _unit_names(extraction, rows), document.region_id)
    by_kind: dict[str, list[tuple[FactRecord, Any]]] = {}
    for kind, record, row in rows:
        row.document_id = document.id or 0
        _fill_common_columns(document, record, row, regions)
        by_kind.setdefault(kind, []).append((record, row))
    links: list[dict[str, Any]] = []
    for kind, facts in by_kind.items():
        ids = _insert_rows(session, STORED_FACT_MODELS[kind], [row for _record, row in facts])
        for (record, row), fact_id in zip(facts, ids, strict=True):
            row.id = fact_id
            links.extend(_unit_links(kind, record, fact_id, units))
    _insert_plain(session, FactUnit, links)
    _write_conditions(session, document, extraction)
    linked = {link["unit_id"] for link in links}
    _insert_document_units(session, document, {units[name] for name in extraction.units} | linked)
    return count_facts(session, document.id)


def _places(document_region: str | None, rows: list[FactRow]) -> set[str]:
    """Every region the document and its facts are stored under (looked up once, together)."""
    places = {document_region} if document_region else set()
    for _kind, record, row in rows:
        place = getattr(row, "district", None) or record.region or document_region
        if place:
            places.add(place)
    return places


def _unit_names(extraction: Extraction, rows: list[FactRow]) -> set[str]:
    names = set(extraction.units)
    for _kind, record, _row in rows:
        names.update(getattr(record, "lead_units", []))
        names.update(getattr(record, "support_units", []))
    return names


def _insert_rows(session: Session, model: type[Any], rows: list[Any]) -> list[int]:
    """Insert a new document's fact rows of one table in one statement; their ids, in order.

    PostgreSQL returns the ids in the order of the rows (``sort_by_parameter_order``). SQLite's
    RETURNING promises no order, and SQLAlchemy gets one there by inserting a row per
    statement; but an AUTOINCREMENT id only grows, so the rows of a new document, inserted in
    order, have their ids in that order."""
    table = model.__table__
    columns = [column.key for column in table.columns if column.key != "id"]
    values = [{name: getattr(row, name) for name in columns} for row in rows]
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(session.execute(statement, values).scalars())
    session.execute(insert(table), values)
    document_id = values[0]["document_id"]
    ids = select(table.c.id).where(table.c.document_id == document_id).order_by(table.c.id)
    found = list(session.execute(ids).scalars())
    if len(found) != len(values):  # cannot happen: the document is new, its id never reused
        raise RuntimeError(f"{len(found)} {table.name} rows found for {len(values)} inserted")
    return found


def _insert_plain(session: Session, model: type[Any], values: list[dict[str, Any]]) -> None:
    if values:
        session.execute(insert(model.__table__), values)


def _unit_links(
    kind: str, record: FactRecord, fact_id: int, units: dict[str, int]
) -> Iterator[dict[str, Any]]:
    """A fact's ``FactUnit`` rows: each unit once per role, at its first position."""
    lead = UnitRole.RESPONSIBLE if getattr(record, "units_joint", False) else UnitRole.LEAD
    for role, names in (
        (lead, getattr(record, "lead_units", [])),
        (UnitRole.SUPPORT, getattr(record, "support_units", [])),
    ):
        seen: set[int] = set()
        for position, name in enumerate(names):
            unit_id = units[name]
            if unit_id in seen:
                continue
            seen.add(unit_id)
            yield {
                "fact_kind": kind,
                "fact_id": fact_id,
                "unit_id": unit_id,
                "role": role,
                "position": position,
            }


def _write_conditions(session: Session, document: Document, extraction: Extraction) -> None:
    """The document's reward conditions, rewritten whole (nothing refers to them by id)."""
    session.exec(delete(RewardCondition).where(col(RewardCondition.document_id) == document.id))
    values = [
        {
            "document_id": document.id or 0,
            "kind": condition.kind,
            "text": condition.text,
            "quote": condition.quote,
            "section": condition.span.section,
            "start_offset": condition.span.start,
            "end_offset": condition.span.end,
        }
        for condition in extraction.conditions
    ]
    _insert_plain(session, RewardCondition, values)


def _link_document_units(
    session: Session, document: Document, extraction: Extraction, units: dict[str, int]
) -> None:
    """Every unit the document names, and every unit one of its facts links."""
    named_units = {units[name] for name in extraction.units}
    _insert_document_units(
        session, document, named_units | _linked_unit_ids(session, document.id or 0)
    )


def _insert_document_units(session: Session, document: Document, unit_ids: set[int]) -> None:
    values = [{"document_id": document.id or 0, "unit_id": unit_id} for unit_id in sorted(unit_ids)]
    _insert_plain(session, DocumentUnit, values)


def _fact_rows(
    document_id: int | None, document_region: str | None, extraction: Extraction
) -> Iterator[FactRow]:
    """Each extracted record with the table row it becomes (the common columns come later).

    Needs no database, so a new document's rows are built before its write transaction writes
    (its id is set once it has one)."""
    document_id = document_id or 0
    for target in extraction.targets:
        district = target.district
        if district:
            district = full_district_name(target.region or document_region, district)
        yield FactKind.TARGET, target, Target(
            document_id=document_id, district=district, subject=target.subject, value=target.value,
            value_max=target.value_max, unit=target.unit, qualifier=target.qualifier,
            deadline=target.deadline, deadline_text=target.deadline_text,
            per_year=target.per_year, quote=target.quote,
        )  # fmt: skip
    for milestone in extraction.milestones:
        yield FactKind.MILESTONE, milestone, Milestone(
            document_id=document_id, title=milestone.title, start=milestone.start,
            due=milestone.due, due_text=milestone.due_text, quote=milestone.quote,
        )  # fmt: skip
    for duty in extraction.recurring:
        yield (
            FactKind.RECURRING,
            duty,
            RecurringDuty(
                document_id=document_id,
                title=duty.title,
                every=duty.every,
                quote=duty.quote,
                due_month=duty.due_month,
                due_day=duty.due_day,
                due_text=duty.due_text,
                window_start=duty.window_start,
                window_end=duty.window_end,
                window_text=duty.window_text,
                also_days=stored_days(duty.also_days),
            ),
        )
    for reward in extraction.rewards:
        yield FactKind.REWARD, reward, RewardRule(
            document_id=document_id, achievement=reward.achievement, role=reward.role,
            level=reward.level, amount_yuan=reward.amount_yuan, is_cap=reward.is_cap,
            treatment=reward.treatment, quote=reward.quote,
        )  # fmt: skip
    for task in extraction.tasks:
        yield (
            FactKind.TASK,
            task,
            Task(document_id=document_id, title=task.title, due=task.due, quote=task.quote),
        )


def _add_fact(
    session: Session,
    document: Document,
    kind: str,
    record: FactRecord,
    fact: Any,
    regions: dict[str, int],
    units: dict[str, int],
) -> None:
    """Insert a new fact with its common columns (region, citation) and unit links."""
    _fill_common_columns(document, record, fact, regions)
    session.add(fact)
    session.flush()
    _link_fact_units(session, kind, record, fact.id, units)


def _fill_common_columns(
    document: Document, record: FactRecord, fact: Any, regions: dict[str, int]
) -> None:
    fact.region = record.region or document.region
    place = getattr(fact, "district", None) or fact.region
    fact.region_id = regions[place] if place else document.region_id
    _apply_span(fact, record.span)


def _link_fact_units(
    session: Session, kind: str, record: FactRecord, fact_id: int, units: dict[str, int]
) -> None:
    session.add_all(FactUnit(**link) for link in _unit_links(kind, record, fact_id, units))


def _refresh_facts(
    session: Session,
    document: Document,
    extraction: Extraction,
    rows: list[FactRow],
    regions: dict[str, int],
    now: datetime,
    was: tuple[str | None, int | None] = (None, None),
) -> dict[str, int]:
    """Bring a document's facts in line with a new extraction of the same text, keeping ids.

    Facts are matched by what they say and where (kind, offsets, label, place, date), else by
    the sentence alone (``_same_sentence``: offsets, then quote; a hand-edited fact first, whose
    区县 may be the admin's), so a fact a hand or a better reading retitled or re-timed is not
    added twice: a matched fact keeps its id, so progress reports and the reminder ledger stay
    attached and nothing is reminded twice (a re-timed duty's 已完成 moves by period); a fact
    no longer extracted is marked deleted, not removed; a fact an admin edited by hand is left
    exactly as the admin made it, and one an admin deleted stays deleted (its reading is not
    added again). Only its place is not the admin's: a reading that files the document
    elsewhere (``was``: the region the older reading filed it under) takes every fact a hand
    touched that stood where the document stood along (``_follow_document``).
    """
    units = _units_kept(session, document.id, _unit_names(extraction, rows), document.region_id)
    # A fact an admin deleted is a candidate too: the reading of its sentence matches it and
    # it stays deleted, rather than coming back as a new live fact. A live fact wins its key.
    deleted = _hand_deleted_facts(session, document.id)
    gone = frozenset((kind, fact.id) for kind, fact in deleted)
    current = {
        (kind, _fact_key(fact)): fact
        for kind, fact in [*deleted, *_live_facts(session, document.id)]
    }
    # Any hand on a fact, even one undone, keeps it as it stands (``hand_edits``).
    touched = hand_actions(
        session.connection(),
        among=[(kind, fact.id) for (kind, _), fact in current.items()],
        undone_too=True,
    )
    edited = frozenset(touched)
    for (kind, _key), fact in current.items():
        if (kind, fact.id) in edited:
            _follow_document(fact, document, was, "create" in touched[(kind, fact.id)])
    added: dict[str, list[Any]] = {}
    kept: dict[tuple[str, tuple[Any, ...]], int] = {}  # the fact each sentence keeps

    def keep(kind: str, record: FactRecord, row: Any, match: Any) -> None:
        """A matched fact keeps its id and takes the new reading, unless a hand edited it; one
        an admin deleted stays deleted, and is not read again."""
        if (kind, match.id) in edited:
            _place_as_read(match, record, document, regions)
        if (kind, match.id) in gone:
            return
        kept.setdefault((kind, _sentence(match)), match.id)
        if (kind, match.id) not in edited:
            _update_fact(session, document, kind, record, row, match, regions, units)

    unmatched: list[FactRow] = []
    for kind, record, row in rows:
        match = current.pop((kind, _fact_key(row, record.span)), None)
        if match is None:
            unmatched.append((kind, record, row))
        else:
            keep(kind, record, row, match)
    # A fact whose label or cadence changed -- by a hand, or by a better reading of the same
    # sentence -- is still that sentence's fact: matched by where it stands (else its quote) it
    # keeps its id, so the ledger and 已完成 stay; one a hand edited keeps the edit, and the new
    # reading is not added beside it (the duty would be listed and reminded twice).
    for kind, record, row in unmatched:
        key = _same_sentence(current, kind, record, row, edited, gone)
        if key is None:
            _add_fact(session, document, kind, record, row, regions, units)
            added.setdefault(kind, []).append(row)
            continue
        keep(kind, record, row, current.pop(key))
    retired: dict[str, list[Any]] = {}
    for (kind, _key), stale in current.items():
        if (kind, stale.id) not in edited:  # a deleted one is: an admin deleted it
            stale.deleted_at = now
            session.add(stale)
            retired.setdefault(kind, []).append(stale)
    pairs: dict[str, list[tuple[int, int]]] = {}
    for kind in succession.REMINDER_KINDS:
        pairs[kind] = succession.match(retired.get(kind, []), added.get(kind, []))
        paired = {old for old, _new in pairs[kind]}
        # another reading of a sentence now read as one fact hands its follow-up to that fact
        pairs[kind] += [
            (stale.id, kept[(kind, _sentence(stale))])
            for stale in retired.get(kind, [])
            if stale.id not in paired and (kind, _sentence(stale)) in kept
        ]
    succession.inherit(session, pairs)
    session.exec(delete(DocumentUnit).where(col(DocumentUnit.document_id) == document.id))
    _write_conditions(session, document, extraction)
    session.flush()  # the links of added facts, before their units are gathered
    _link_document_units(session, document, extraction, units)
    return count_facts(session, document.id)


def _follow_document(
    fact: Any, document: Document, was: tuple[str | None, int | None], made_by_hand: bool
) -> None:
    """A fact a hand touched (edited, added or deleted) is left as the admin made it, but it
    stands where its document stands: when a re-read files the document under another region
    (a district's plan once filed under its city), the fact that stood in the document's old
    place moves with it, as the facts the reading rewrites do (attack52 H3: the admin's
    corrected figure stayed with the city, so it answered for the wrong place and was missing
    from the right one). A fact an admin added was made in its document's place, and follows it
    wherever it stood (a store an earlier re-read left split is mended). A fact placed elsewhere
    by its own words stays there, and one with a 区县 keeps it. Only the place is written: the
    audit trail, which records editable fields, is untouched."""
    was_region, was_id = was
    moved = (document.region, document.region_id) != (was_region, was_id)
    stood_there = fact.region in (was_region, None) or fact.region_id == was_id
    if not (made_by_hand or (moved and stood_there)):
        return
    _put(fact, document.region, document.region_id, was_id)


def _place_as_read(
    fact: Any, record: FactRecord, document: Document, regions: dict[str, int]
) -> None:
    """A fact a hand touched that the new reading still reads stands where that reading places
    its sentence (the document's region, or the place its words name): a region is no field an
    admin edits, so this keeps every edit, and mends a fact an earlier re-read left behind."""
    place = record.region or document.region
    _put(fact, place, regions[place] if place else document.region_id, None)


def _put(fact: Any, region: str | None, region_id: int | None, was_id: int | None) -> None:
    """File ``fact`` under ``region``; one with a 区县 stays filed under its district."""
    fact.region = region
    if not getattr(fact, "district", None) or fact.region_id in (was_id, None):
        fact.region_id = region_id


def _update_fact(
    session: Session,
    document: Document,
    kind: str,
    record: FactRecord,
    row: Any,
    match: Any,
    regions: dict[str, int],
    units: dict[str, int],
) -> None:
    """A matched fact takes the new reading, keeping its id; a duty re-timed keeps the
    已完成/推迟 its chats pressed for the period each settled (``succession.retimed``)."""
    calendar = DutyCalendar.of(match) if kind == FactKind.RECURRING else None
    _fill_common_columns(document, record, row, regions)
    for name in type(row).model_fields.keys() - _FACT_COPY_EXCLUDE:
        setattr(match, name, getattr(row, name))
    session.add(match)
    if calendar is not None:
        succession.retimed(session, match.id, calendar, DutyCalendar.of(match))
    session.exec(
        delete(FactUnit).where(col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id) == match.id)
    )
    _link_fact_units(session, kind, record, match.id, units)


def _sentence(fact: Any, span: Span | None = None) -> tuple[Any, ...]:
    """Where a fact stands in its text, and its place: what no hand edit changes."""
    start, end = (span.start, span.end) if span else (fact.start_offset, fact.end_offset)
    return (start, end, getattr(fact, "district", None))


def _same_sentence(
    current: dict[tuple[str, tuple[Any, ...]], Any],
    kind: str,
    record: FactRecord,
    row: Any,
    edited: frozenset[tuple[str, int]],
    gone: frozenset[tuple[str, int]] = frozenset(),
) -> tuple[str, tuple[Any, ...]] | None:
    """The key of the fact read from the same sentence as ``row``: same span and place, else
    same span and edited by hand (an admin may have changed its 区县; deleting it changed
    none), else the same quote and place, else the same quote and edited by hand; of several, a live one before one an
    admin deleted (``gone``), a hand-edited one first, then the oldest."""
    start, end, place = _sentence(row, record.span)
    quote = getattr(row, "quote", None)
    candidates = [key for key in current if key[0] == kind]

    def at(key: tuple[str, tuple[Any, ...]]) -> bool:
        return _sentence(current[key])[:2] == (start, end)

    def said(key: tuple[str, tuple[Any, ...]]) -> bool:
        return bool(quote and current[key].quote == quote)

    def placed(key: tuple[str, tuple[Any, ...]]) -> bool:
        return bool(_sentence(current[key])[2] == place)

    def by_hand(key: tuple[str, tuple[Any, ...]]) -> bool:  # its 区县 may be the admin's
        return (kind, current[key].id) in edited - gone

    for where, how in ((at, placed), (at, by_hand), (said, placed), (said, by_hand)):
        found = [key for key in candidates if where(key) and how(key)]
        if found:
            return min(
                found,
                key=lambda key: (
                    (kind, current[key].id) in gone,
                    (kind, current[key].id) not in edited,
                    current[key].id,
                ),
            )
    return None


_FACT_COPY_EXCLUDE = frozenset({"id", "document_id", "deleted_at"})


def _fact_key(fact: Any, span: Span | None = None) -> tuple[Any, ...]:
    """What identifies a fact across extractions of one text."""
    start, end = (span.start, span.end) if span else (fact.start_offset, fact.end_offset)
    label = (
        getattr(fact, "subject", None)
        or getattr(fact, "title", None)
        or getattr(fact, "achievement", None)
    )
    place = getattr(fact, "district", None)
    when = (
        getattr(fact, "deadline", None)
        or getattr(fact, "due", None)
        or getattr(fact, "every", None)
    )
    return (start, end, label, place, when)


def _hand_deleted_facts(session: Session, document_id: int | None) -> list[tuple[str, Any]]:
    """The document's facts an admin deleted (/delete, not undone)."""
    deleted = [
        (kind, fact)
        for kind, model in STORED_FACT_MODELS.items()
        for fact in session.exec(
            select(model).where(model.document_id == document_id, model.deleted_at.is_not(None))
        )
    ]
    by_hand = hand_edited_facts(
        session.connection(), actions=("delete",), among=[(k, f.id) for k, f in deleted]
    )
    return [(kind, fact) for kind, fact in deleted if (kind, fact.id) in by_hand]


def _live_facts(session: Session, document_id: int | None) -> Iterator[tuple[str, Any]]:
    for kind, model in STORED_FACT_MODELS.items():
        query = select(model).where(model.document_id == document_id, model.deleted_at.is_(None))
        for fact in session.exec(query):
            yield kind, fact


def _apply_span(fact: Any, span: Span) -> None:
    fact.start_offset = span.start
    fact.end_offset = span.end
    fact.section = span.section


def ensure_region(session: Session, name: str) -> Region:
    """Find or create a region (and its parent, for a district), with its short aliases."""
    region = session.get(Region, region_ids(session, [name])[name])
    if region is None:  # cannot happen: inserted, or committed by another writer
        raise RuntimeError(f"region {name!r} neither inserted nor found")
    return region


def ensure_unit(session: Session, name: str, region_id: int | None) -> Unit:
    """Find or create the unit ``name`` of a region; its name without 市/区 prefix is an alias."""
    unit = session.get(Unit, unit_ids(session, [name], region_id)[name])
    if unit is None:
        raise RuntimeError(f"unit {name!r} neither inserted nor found")
    return unit


def _apply_retirements(
    session: Session,
    document: Document,
    retirements: list[Retirement],
    retire_outside: bool,
    now: datetime,
) -> list[Retirement]:
    """Mark superseded the documents this plan retires; those outside its jurisdiction only
    when an admin confirmed them separately. Returns the ones retired."""
    retired = [
        r
        for r in retirements
        if r.within_jurisdiction or (retire_outside and r.reason != "other_number")
    ]
    for retirement in retired:
        previous = session.get(Document, retirement.document_id)
        if previous is None:
            continue
        previous.status = DocumentStatus.SUPERSEDED
        previous.superseded_by_id = document.id
        previous.updated_at = now
        session.add(previous)
    return retired


def _linked_unit_ids(session: Session, document_id: int) -> set[int]:
    unit_ids: set[int] = set()
    for kind, model in STORED_FACT_MODELS.items():
        fact_ids = select(model.id).where(model.document_id == document_id)
        linked = select(col(FactUnit.unit_id)).where(
            col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id).in_(fact_ids)
        )
        unit_ids.update(session.exec(linked))
    return unit_ids


def count_facts(session: Session, document_id: int | None) -> dict[str, int]:
    """How many facts of each kind, and units, a document holds (for summaries and previews)."""
    counts: dict[str, int] = {}
    for kind, model in FACT_MODELS.items():
        statement = (
            select(func.count())
            .select_from(model)
            .where(model.document_id == document_id, model.deleted_at.is_(None))
        )
        counts[kind] = session.exec(statement).one()
    counts["units"] = len(_units_on_items(session, document_id))
    return counts


def _units_kept(
    session: Session, document_id: int | None, names: set[str], region_id: int | None
) -> dict[str, int]:
    """The unit of each name for a document read again: the one it already names, else one of
    its region. A re-read that files the plan under another region (a zone's plan once filed
    under its city) made its units anew there, and a chat following the old unit (a
    subscription, a reporting designation: by unit id) silently lost the plan's reminders."""
    named = select(col(DocumentUnit.unit_id)).where(DocumentUnit.document_id == document_id)
    held = set(session.exec(named)) | _units_on_items(session, document_id)
    kept: dict[str, int] = {}
    if held:
        for unit in session.exec(select(Unit).where(col(Unit.id).in_(held))):
            if unit.name in names and (unit.name not in kept or unit.region_id == region_id):
                kept[unit.name] = unit.id or 0
    return kept | unit_ids(session, names - kept.keys(), region_id)


def _units_on_items(session: Session, document_id: int | None) -> set[int]:
    """The units a document's live items (targets, deadlines, duties) name: those /units lists
    for it. The document names more (a task's units, a body named in prose: ``DocumentUnit``),
    and counting those said 8 责任单位 where /units then listed 5 (role39)."""
    unit_ids: set[int] = set()
    for kind, model in FACT_MODELS.items():
        live = select(model.id).where(model.document_id == document_id, model.deleted_at.is_(None))
        linked = select(col(FactUnit.unit_id)).where(
            col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id).in_(live)
        )
        unit_ids.update(session.exec(linked))
    return unit_ids


def _audit(
    session: Session,
    actor_id: int | None,
    action: str,
    entity_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime,
) -> None:
    """A document's entry, written by the audit log's owner like every other."""
    audit.record(
        session,
        actor_id=actor_id,
        action=action,
        entity_kind=audit.DOCUMENT,
        entity_id=entity_id,
        before=before,
        after=after,
        now=now,
    )


def document_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(Document)).one()
