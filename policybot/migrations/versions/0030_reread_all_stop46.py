"""document: every stored plan is read again at start by the stop-46 extractor

Revision ID: 0030_reread_all_stop46
Revises: 0029_reread_all_stop45
Create Date: 2026-12-06 03:00:00

No schema change. The extractor learnt (corpus batches 51 and 52, the stop's aggregate failure
classes, fix63) to take a page's publisher field with a second name in brackets as the issuer,
a plan's year from "YYYY年是…之年", from a title opening on its year and from the work a notice
hands out (现将《…(YYYY—YYYY年)》印发), a five-year period from "十X五期间", a month-only
deadline after the signing date, a table copied one row per line, a body that organises a step
as a unit, a county's former name as its region, a task table row with negative figures as a
figure row; and to leave out an index number's zero-padded tail as a figure. As 0029 did, this
revision forgets every document's fingerprint: ``knowledge.rereading`` reads each again once at
start through the store's re-ingest, which keeps fact ids (so the reminder ledger: nothing is
sent twice) and leaves a hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0030_reread_all_stop46"
down_revision: str | None = "0029_reread_all_stop45"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
