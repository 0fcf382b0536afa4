"""Which active documents a new plan retires, and which of them it has the authority to.

A plan retires documents in three ways: it carries the doc number (文号) of an active document
(it is that document's new version), it names documents that "同时停止执行", or it repeats an
active plan -- the same title and region under another doc number or none (another copy of the
plan: a website's, a rescan; stored beside it, every target was answered and reminded twice).
The first two used to happen silently on confirmation, so a Huzhou plan could be replaced by another issuer's text
carrying its number, and a new plan naming Foshan's plan retired it (``/targets 佛山`` then
answered 未找到).

The rule: a plan retires on its own authority only documents of its own region or of a region
below it (佛山市 → 佛山市南海区, by the store's region tree); a new version by doc number must
also come from the same issuer when both are known. When a region is unknown on either side,
the issuers must match -- or, unknown on both, the 文号 and the title (a corrected upload). Anything else is *outside its jurisdiction*: shown as a warning, and
retired only when an admin confirms that separately (``retire_outside=True``); ``policybot
ingest`` never does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from sqlmodel import Session, col, select

from policybot.knowledge.captions import shown_title
from policybot.knowledge.clipping import TITLE_LIMIT, clip
from policybot.knowledge.extract.records import DocumentMeta
from policybot.knowledge.hand_edits import HAND_CHANGES, hand_actions
from policybot.knowledge.models import (
    STORED_FACT_MODELS,
    Document,
    DocumentStatus,
    Region,
)

# "other_number": another region's or issuer's document with the same doc number (a 文号 typed
# from another plan): never replaced, only said, so an admin sees the clash.
Reason = Literal["number", "named", "title", "other_number"]
# A title shorter than this (normalised) is too generic to say two documents are one plan.
_MIN_SAME_TITLE = 8
_TITLE_NOISE = re.compile(r"[\s《》“”\"'‘’「」]")
_DASHES = re.compile(r"[‐‑‒–—―−~～-]+")
_MAX_REGION_DEPTH = 8  # province > city > district > …; a cycle must not loop forever
_MAX_VERSIONS = 64  # v1 → v2 → …: a cycle of replacements must not loop forever


@dataclass(frozen=True)
class Retirement:
    """An active document the new plan would retire, and whether it may do so on its own."""

    document_id: int
    title: str | None
    doc_number: str | None
    region: str | None
    reason: Reason
    within_jurisdiction: bool
    # Facts of it an admin edited, added or deleted by hand (not undone): the new version is
    # read from its own text and does not carry them, so the preview names them before they
    # are left behind.
    hand_changes: tuple[HandChange, ...] = ()


@dataclass(frozen=True)
class HandChange:
    """One fact an admin changed by hand: what was done (update, create, delete) and its name."""

    action: str
    kind: str
    fact_id: int
    name: str


# The column naming a fact of each kind (its 事项): what the preview calls the fact by.
_NAME_COLUMNS = ("subject", "title", "achievement")
# What an admin does to a fact, by hand, that a new version's own text would not repeat.


def planned_retirements(
    session: Session, meta: DocumentMeta, *, new_document_id: int | None = None
) -> list[Retirement]:
    """Every active document that ``meta``'s plan replaces by doc number or names as retired."""
    others = session.exec(
        select(Document).where(
            col(Document.status) == DocumentStatus.ACTIVE,
            col(Document.id) != (new_document_id or -1),
        )
    ).all()
    region_id = _region_id(session, meta.region)
    retirements: list[Retirement] = []
    for candidate in others:
        reason = _reason(meta, candidate)
        if reason is None:
            continue
        within = _within_jurisdiction(session, meta, region_id, candidate, reason)
        if reason == "number" and not within:
            reason = "other_number"
        retirements.append(
            Retirement(
                candidate.id or 0,
                shown_title(candidate),
                candidate.doc_number,
                candidate.region,
                reason,
                within,
                hand_changes(session, candidate.id or 0),
            )
        )
    return sorted(retirements, key=lambda r: (r.reason != "number", r.document_id))


def _reason(meta: DocumentMeta, candidate: Document) -> Reason | None:
    if meta.doc_number and candidate.doc_number == meta.doc_number:
        return "number"
    if any(_names_document(name, candidate) for name in meta.supersedes):
        return "named"
    if _repeats(meta, candidate):
        return "title"
    return None


def _repeats(meta: DocumentMeta, candidate: Document) -> bool:
    """The same plan again: its title and region equal an active document's (the doc number,
    when both have one, differs -- else it is ``number``), and so does its date when both have
    one (a re-issue under the same title on another day is another document)."""
    if not (meta.region and meta.region == candidate.region):
        return False
    if meta.issued and candidate.issued and meta.issued != candidate.issued:
        return False
    title = _comparable_title(meta.title)
    return len(title) >= _MIN_SAME_TITLE and title == _comparable_title(candidate.title)


def _comparable_title(title: str | None) -> str:
    """A title as two copies of one plan write it alike: width, spaces, quotes, dashes."""
    text = unicodedata.normalize("NFKC", title or "")
    return _DASHES.sub("-", _TITLE_NOISE.sub("", text))


def _names_document(name: str, candidate: Document) -> bool:
    return bool(
        (candidate.doc_number and candidate.doc_number in name)
        or (candidate.title and candidate.title in name)
    )


def _within_jurisdiction(
    session: Session,
    meta: DocumentMeta,
    region_id: int | None,
    candidate: Document,
    reason: Reason,
) -> bool:
    same_issuer = bool(meta.issuer) and meta.issuer == candidate.issuer
    other_issuer = bool(meta.issuer and candidate.issuer) and meta.issuer != candidate.issuer
    if reason in ("number", "title") and other_issuer:
        return False
    if not meta.region and not candidate.region and reason == "number":
        # Two unknowns are not two regions: the same 文号 under the same title, no issuer
        # differing, is the plan's corrected version (else both stay active, reminded twice).
        title = _comparable_title(meta.title)
        return same_issuer or (
            len(title) >= _MIN_SAME_TITLE and title == _comparable_title(candidate.title)
        )
    if not meta.region or candidate.region_id is None:
        return same_issuer
    if region_id is None:  # a region the store does not hold yet has nothing below it
        return False
    return region_id in _region_and_ancestors(session, candidate.region_id)


def _region_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    return session.exec(select(col(Region.id)).where(col(Region.name) == name)).first()


def _region_and_ancestors(session: Session, region_id: int) -> set[int]:
    found: set[int] = set()
    current: int | None = region_id
    while current is not None and current not in found and len(found) < _MAX_REGION_DEPTH:
        found.add(current)
        region = session.get(Region, current)
        current = region.parent_id if region else None
    return found


def version_in_force(session: Session, document: Document) -> Document | None:
    """An active document that took ``document``'s place: the one that replaced it (followed
    along a chain v1 → v2 → v3), or an active document with its doc number from the same issuer
    (one stored after ``document`` was retired by hand). Making ``document`` active again beside
    it would put two versions of one plan in force: both versions' targets and rewards in every
    answer, and each milestone reminded twice."""
    seen = {document.id}
    successor_id = document.superseded_by_id
    while successor_id is not None and successor_id not in seen and len(seen) < _MAX_VERSIONS:
        seen.add(successor_id)
        successor = session.get(Document, successor_id)
        if successor is None:
            break
        if successor.status == DocumentStatus.ACTIVE:
            return successor
        successor_id = successor.superseded_by_id
    if not document.doc_number:
        return None
    same_number = session.exec(
        select(Document)
        .where(
            col(Document.doc_number) == document.doc_number,
            col(Document.status) == DocumentStatus.ACTIVE,
            col(Document.id) != document.id,
        )
        .order_by(col(Document.id).desc())
    ).all()
    for other in same_number:
        if not (document.issuer and other.issuer and document.issuer != other.issuer):
            return other
    return None


def in_force_sentence(document: Document, newer: Document) -> str:
    """Why ``document`` cannot be made active while ``newer`` is, and how to do it on purpose."""
    title = clip(shown_title(newer), TITLE_LIMIT)
    return (
        f"文档 #{document.id} 已由有效的文档 #{newer.id}《{title}》取代;两者同时有效会让目标、"
        f"奖励和提醒重复出现。如确要恢复旧版本,请先 /retire {newer.id}。"
    )


def hand_changes(session: Session, document_id: int) -> tuple[HandChange, ...]:
    """The facts of a document an admin edited, added or deleted by hand (not undone), in the
    order first changed. A fact both added and deleted by hand left nothing behind."""
    facts: dict[tuple[str, int], Any] = {}
    for kind, model in STORED_FACT_MODELS.items():
        for fact in session.exec(select(model).where(model.document_id == document_id)):
            facts[(kind, fact.id)] = fact
    done = hand_actions(session.connection(), actions=HAND_CHANGES, among=facts)
    changes: list[HandChange] = []
    for key, actions in done.items():
        fact = facts[key]
        if fact.deleted_at is not None:
            if "delete" not in actions or "create" in actions:
                continue  # deleted by no one's hand, or an admin's own addition taken back
            action = "delete"
        else:
            action = "create" if "create" in actions else "update"
        changes.append(HandChange(action, key[0], key[1], _fact_name(fact)))
    return tuple(changes)


def _fact_name(fact: Any) -> str:
    """A fact's 事项 (its subject, title or achievement), else its quote."""
    for column in _NAME_COLUMNS:
        value = getattr(fact, column, None)
        if value:
            return str(value)
    return str(fact.quote or "")
