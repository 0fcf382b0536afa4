"""Which facts are live: not deleted, of an active document — one definition for every reader.

The answer index (``queries``) and the reminders (``scheduler/items``) must agree on it: a fact
the index no longer shows must not be reminded either.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select

from policybot.knowledge.models import Document, DocumentStatus

_Row = TypeVar("_Row", bound=tuple[Any, ...])


def live_only(statement: Select[_Row], model: Any) -> Select[_Row]:
    """``statement`` restricted to rows of ``model`` (a fact table) that are live."""
    return statement.join(Document, Document.id == model.document_id).where(
        model.deleted_at.is_(None), Document.status == DocumentStatus.ACTIVE
    )
