"""document: plans with recurring duties are read again, for the day and window 0018 added

Revision ID: 0019_reread_duty_timing
Revises: 0018_duty_day_and_window
Create Date: 2026-12-04 22:40:00

0018 added a duty's stated day and window as NULL columns, and the extraction fingerprint did
not cover them: a store from before kept bare period-end duties for ever, and ingesting the same
file again said "unchanged". This revision forgets the fingerprint of every document with a
recurring duty; ``knowledge.rereading`` (run by ``open_store``) re-extracts a document whose
fingerprint is unknown through the store's own re-ingest, which keeps fact ids (and so the
reminder ledger) and leaves hand-edited facts as they are. Plain SQL only: the re-reading needs
the current extractor and schema, which a migration must not import.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019_reread_duty_timing"
down_revision: str | None = "0018_duty_day_and_window"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE document SET extraction_fingerprint = NULL "
        "WHERE id IN (SELECT document_id FROM recurring_duty)"
    )


def downgrade() -> None:
    pass  # a forgotten fingerprint is only read again
