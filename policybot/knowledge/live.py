"""Which facts are live: not deleted, of an active document — one definition for every reader.

The answer index (``queries``) and the reminders (``scheduler/items``) must agree on it: a fact
the index no longer shows must not be reminded either.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select
from sqlmodel import col

from policybot.knowledge.models import Document, DocumentStatus

_Statement = TypeVar("_Statement", bound="Select[*tuple[Any, ...]]")


def live_only(statement: _Statement, model: Any) -> _Statement:
    """``statement`` restricted to rows of ``model`` (a fact table) that are live."""
    return statement.join(Document, col(Document.id) == model.document_id).where(
        model.deleted_at.is_(None), col(Document.status) == DocumentStatus.ACTIVE
    )
