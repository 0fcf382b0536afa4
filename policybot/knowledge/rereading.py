"""Stored plans read again by the current extractor when what they hold is known to be stale.

A migration that makes the store keep something new (0019: a duty's stated day and window)
forgets the extraction fingerprint of the documents concerned; this module re-extracts each
document whose fingerprint is unknown from its stored text and writes it back through the
store's re-ingest (``store.ingest_extraction``, action "updated"): matched facts keep their ids,
so the reminder ledger stays attached and nothing is sent twice; a fact a hand touched is left
as it stands; the change is audited as 重新提取. Cheap when there is nothing to do: one query,
and the extractor is imported only when a document needs it.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from policybot.knowledge.models import Document

log = logging.getLogger(__name__)


def stale_documents(engine: Engine) -> list[int]:
    """Documents whose facts no known extraction produced (fingerprint forgotten)."""
    with Session(engine) as session:
        statement = select(col(Document.id)).where(col(Document.extraction_fingerprint).is_(None))
        return [
            document_id for (document_id,) in session.execute(statement.order_by(col(Document.id)))
        ]


def reread_stale_documents(engine: Engine, *, now: datetime | None = None) -> dict[int, str]:
    """Re-extract every stale document from its stored text; what each became ("updated",
    "unchanged", or why it was left alone)."""
    stale = stale_documents(engine)
    if not stale:
        return {}
    from policybot.knowledge.reading import extract_plan
    from policybot.knowledge.store import content_hash, ingest_extraction

    outcomes: dict[int, str] = {}
    for document_id in stale:
        with Session(engine) as session:
            document = session.get(Document, document_id)
            if document is None or not document.text:
                continue
            text, source, digest = document.text, document.source, document.content_hash
        try:
            extraction = extract_plan(text, source)
        except Exception:  # one unreadable text must not stop the bot from starting
            log.exception("re-reading document #%s failed", document_id)
            outcomes[document_id] = "failed"
            continue
        if content_hash(extraction.text) != digest and not _adopt_text(
            engine, document_id, extraction.text, content_hash(extraction.text)
        ):
            # the text would read as another stored document: leave this one as it is, once
            log.warning("document #%s: its stored text now reads as another's", document_id)
            _leave_as_stored(engine, document_id)
            outcomes[document_id] = "skipped"
            continue
        outcomes[document_id] = ingest_extraction(engine, extraction, now=now).action
    if outcomes:
        _forget_names_left_behind(engine)
    log.info("re-read %d stored plans: %s", len(outcomes), outcomes)
    return outcomes


def _forget_names_left_behind(engine: Engine) -> None:
    """A re-read may file a plan or its facts under other places and units than before: the
    ones nothing names any more are forgotten, as an undone upload's are (``unused_names``)."""
    from policybot.knowledge.database import session_scope, take_turns
    from policybot.knowledge.unused_names import forget_unused_names

    with session_scope(engine) as session:
        take_turns(session)
        forget_unused_names(session)


# The fingerprint of a document the re-read left as stored: no extraction hashes to it, so a
# later re-ingest of its text still writes its facts, and the next migration that forgets every
# fingerprint reads it again.
LEFT_AS_STORED = "left as stored: its text now reads as another document's"


def _leave_as_stored(engine: Engine, document_id: int) -> None:
    """Mark a document whose re-read collided as read: its text and facts stay as they are
    (nothing is lost), and it is not re-extracted and skipped again at every start (review45)."""
    from policybot.knowledge.database import session_scope

    with session_scope(engine) as session:
        document = session.get(Document, document_id)
        if document is not None:
            document.extraction_fingerprint = LEFT_AS_STORED
            session.add(document)


# How many characters of a fact's quote locate it in the text a newer normaliser writes.
_QUOTE_HEAD = 24


def _adopt_text(engine: Engine, document_id: int, text: str, digest: str) -> bool:
    """Give the document the text the current normaliser makes of its stored one (a run-on
    schedule's 第二阶段(…) now opens a line: B49-6, B48-3), unless another stored document has
    that text; its facts' spans move with the text they cover. Before (attack45) such a document was
    skipped at every start: migration 0029's re-read never reached the plans its new rules
    were for, and an upload of the same file read as a new document."""
    from policybot.knowledge.database import session_scope
    from policybot.knowledge.models import STORED_FACT_MODELS
    from policybot.knowledge.store import document_by_hash

    with session_scope(engine) as session:
        if document_by_hash(session, digest) is not None:
            return False
        document = session.get(Document, document_id)
        if document is None:
            return False
        old_text = document.text or ""
        mapped = _spaces_moved(old_text, text)
        for model in STORED_FACT_MODELS.values():
            rows = session.scalars(select(model).where(model.document_id == document_id))
            for fact in rows:
                span = (fact.start_offset, fact.end_offset)
                moved: tuple[int, int] | None
                if mapped is not None:
                    moved = (mapped(span[0], True), mapped(span[1], False))
                else:
                    moved = _moved_with_quote(old_text, text, fact.quote, *span)
                if moved is not None and moved != span:
                    fact.start_offset, fact.end_offset = moved
                    session.add(fact)
        document.text, document.content_hash = text, digest
        session.add(document)
    return True


def _spaces_moved(old: str, new: str) -> Callable[[int, bool], int] | None:
    """When ``new`` is ``old`` with only its white space changed (the normaliser opening a line
    before 第二阶段), the map of an offset of ``old`` to the same place in ``new``: a span keeps
    exactly the characters it covered, whether its quote starts where it does or not (a duty's
    quote opens its sentence, a task's is its span's tail: review45). Else None."""
    old_at = [i for i, c in enumerate(old) if not c.isspace()]
    new_at = [i for i, c in enumerate(new) if not c.isspace()]
    if len(old_at) != len(new_at) or any(
        old[i] != new[j] for i, j in zip(old_at, new_at, strict=True)
    ):
        return None

    def mapped(offset: int, start: bool) -> int:
        # the characters before the offset are the same in both texts: count them
        before = bisect_left(old_at, offset)
        if start:
            return new_at[before] if before < len(new_at) else len(new)
        return new_at[before - 1] + 1 if before > 0 else 0

    return mapped


def _moved_with_quote(
    old: str, new: str, quote: str, start: int, end: int
) -> tuple[int, int] | None:
    """The span moved by as much as its quote's first characters moved, found nearest to
    ``start`` in both texts (for a normaliser that changed more than white space)."""
    head = quote.strip()[:_QUOTE_HEAD].rstrip("…")
    if not head:
        return None
    was, now = _nearest(old, head, start), _nearest(new, head, start)
    if was is None or now is None:
        return None
    return start + now - was, end + now - was


def _nearest(text: str, head: str, start: int) -> int | None:
    """Where ``head`` is written in ``text``, the nearest to ``start``."""
    found, best = text.find(head), None
    while found >= 0:
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(head, found + 1)
    return best
