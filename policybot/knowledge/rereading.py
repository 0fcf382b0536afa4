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
            # the text would read as another stored document: leave this one as it is
            log.warning("document #%s: its stored text now reads as another's", document_id)
            outcomes[document_id] = "skipped"
            continue
        outcomes[document_id] = ingest_extraction(engine, extraction, now=now).action
    log.info("re-read %d stored plans: %s", len(outcomes), outcomes)
    return outcomes


# How many characters of a fact's quote locate it in the text a newer normaliser writes.
_QUOTE_HEAD = 24


def _adopt_text(engine: Engine, document_id: int, text: str, digest: str) -> bool:
    """Give the document the text the current normaliser makes of its stored one (a run-on
    schedule's 第二阶段(…) now opens a line: B49-6, B48-3), unless another stored document has
    that text; its facts' spans move with their quotes. Before (attack45) such a document was
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
        for model in STORED_FACT_MODELS.values():
            rows = session.scalars(select(model).where(model.document_id == document_id))
            for fact in rows:
                moved = _moved_start(text, fact.quote, fact.start_offset)
                if moved is not None and moved != fact.start_offset:
                    length = fact.end_offset - fact.start_offset
                    fact.start_offset, fact.end_offset = moved, moved + max(length, 0)
                    session.add(fact)
        document.text, document.content_hash = text, digest
        session.add(document)
    return True


def _moved_start(text: str, quote: str, start: int) -> int | None:
    """Where ``quote`` (its first characters) is written in ``text``, the nearest to ``start``."""
    head = quote.strip()[:_QUOTE_HEAD].rstrip("…")
    if not head:
        return None
    found, best = text.find(head), None
    while found >= 0:
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(head, found + 1)
    return best
