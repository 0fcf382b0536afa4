"""recurring_duty: the other days of the due month a duty falls on; duties read again

Revision ID: 0020_duty_other_days
Revises: 0019_reread_duty_timing
Create Date: 2026-12-05 00:40:00

"每月10日、20日前报送…" is due twice a month: ``due_day`` holds the 10th, ``also_days`` ("20",
comma-separated) the others; NULL means only ``due_day``, as before. The extractor also reads
now the day a task-table row's time cell states, the phase above a table, a phase named by its
periods ("2032年下半年") and a day stated later in the clause ("次月5日前"), so, as 0019 did,
this revision forgets the fingerprint of every document with a recurring duty:
``knowledge.rereading`` reads them again at start through the store's re-ingest, which keeps
fact ids and hand edits (and the dispatcher withdraws a waiting reminder whose date the new
reading no longer gives).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_duty_other_days"
down_revision: str | None = "0019_reread_duty_timing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("recurring_duty", sa.Column("also_days", sa.String(), nullable=True))
    op.execute(
        "UPDATE document SET extraction_fingerprint = NULL "
        "WHERE id IN (SELECT document_id FROM recurring_duty)"
    )


def downgrade() -> None:
    # A plain DROP COLUMN, not a batch copy: the copy would lose the table's AUTOINCREMENT
    # (0013) and its revision triggers (0008).
    op.execute("ALTER TABLE recurring_duty DROP COLUMN also_days")
