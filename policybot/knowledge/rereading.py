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
        if content_hash(extraction.text) != digest:
            # the text would read as another document: leave this one as it is
            log.warning("document #%s: its stored text no longer reads as itself", document_id)
            outcomes[document_id] = "skipped"
            continue
        outcomes[document_id] = ingest_extraction(engine, extraction, now=now).action
    log.info("re-read %d stored plans: %s", len(outcomes), outcomes)
    return outcomes
