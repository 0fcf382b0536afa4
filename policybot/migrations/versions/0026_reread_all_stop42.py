"""document: every stored plan is read again at start by the stop-42 extractor

Revision ID: 0026_reread_all_stop42
Revises: 0025_reread_all_batch41
Create Date: 2026-12-05 14:10:00

No schema change. The extractor learnt (corpus batch 42 and fix45) to keep a deadline's 配合
units from its "(牵头单位:甲;配合单位:乙)" note or a 由甲牵头乙配合 sentence (before, only the
lead was kept, so a supporting unit's subscriber had no reminder of it), a site banner's clock
as no signing date, a doc number glued after its notice's title, a guaranteed count (在确保…的
基础上) as a goal, sums paid per class (按照A和B分别给予…), a second payer's sum, bodies doing a
duty together, and a filing first as a reward's condition. As 0025 did, this revision forgets
every document's fingerprint: ``knowledge.rereading`` reads each again once at start through
the store's re-ingest, which keeps fact ids (so the reminder ledger: nothing is sent twice) and
leaves a hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0026_reread_all_stop42"
down_revision: str | None = "0025_reread_all_batch41"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
