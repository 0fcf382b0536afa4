"""document: every stored plan is read again at start by the stop-50 extractor

Revision ID: 0034_reread_all_stop50
Revises: 0033_reread_all_stop49
Create Date: 2026-12-06 16:20:00

No schema change. The extractor learnt (stop 50) that a figure after 今年以来/近三年来/已累计 is a
result, not a goal, while 力争…已有…达到 still is one (T50-1..4); to read one reward per band of a
分别给予 rule and no 先给予 achievement (R50-1..3); to date a figure with no time of its own by
the plan's period, else by the document's own year (SCHEMA.md, rule D50), and month-only stage
headings of a one-year text in that year; and to read a public notice's title (…公告公示). As
0033 did,
this revision forgets every document's fingerprint: ``knowledge.rereading`` reads each again
once at start through the store's re-ingest, which keeps fact ids (so the reminder ledger:
nothing is sent twice) and leaves a hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0034_reread_all_stop50"
down_revision: str | None = "0033_reread_all_stop49"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
