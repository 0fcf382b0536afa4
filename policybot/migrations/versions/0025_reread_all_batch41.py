"""document: every stored plan is read again at start by the stop-41 extractor

Revision ID: 0025_reread_all_batch41
Revises: 0024_reread_batch38_readings
Create Date: 2026-12-05 11:00:00

No schema change. The extractor learnt (corpus batches 39 to 41 and fix41) to read progress
tables (a 完成情况/进展 column is a report, not a goal), sums paid by tier, a consultation's
closing day, a "到YYYY年," lead covering the paragraph after it, 会同 lists sharing their level, a
落款 date missing its 日, who pays a prize, a prize's winners per round and its money split (no
goals), time limits (应在3个月内) as no targets, and to keep a duty's own words for a period's end
(每季度末, 每月底前). Those cues are spread over most of a plan's text, so instead of a cue list
(0024) this revision forgets the fingerprint of every document: ``knowledge.rereading`` reads
each again once at start through the store's re-ingest, which keeps fact ids (so the reminder
ledger: nothing is sent twice) and leaves a hand-edited fact as the admin made it. The cost is
one extraction per stored plan (a fifth of a second for a 40 KB plan), once.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0025_reread_all_batch41"
down_revision: str | None = "0024_reread_batch38_readings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
