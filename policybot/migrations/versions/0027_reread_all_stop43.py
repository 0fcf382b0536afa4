"""document: every stored plan is read again at start by the stop-43 extractor

Revision ID: 0027_reread_all_stop43
Revises: 0026_reread_all_stop42
Create Date: 2026-12-05 17:00:00

No schema change. The extractor learnt (corpus batches 43 to 45, attack47, fix49) to read
indicator tables copied one cell per line under year columns (预期值 by year, 其中 rows),
numbered steps with a span of days (第一步:…4月1日--4月10日), a fund's 总量控制 as an overall
cap and 工商/税务关系须在… as a scope, a county from the towns listed before 等乡镇, a document's
own part counts and its scope sentence as no goals, a date after 已纳入 or a higher level's 部署
as no step, a step opening with who it leaves out (除某区外,…) titled by its work, a plan's year
not from 以来/至今, 最高N万元支持 as a reward, and units opening a 职责分工 paragraph (市经信局、
市商务局:负责…) as its tasks' leads. As 0026 did, this revision forgets every document's
fingerprint: ``knowledge.rereading`` reads each again once at start through the store's
re-ingest, which keeps fact ids (so the reminder ledger: nothing is sent twice) and leaves a
hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0027_reread_all_stop43"
down_revision: str | None = "0026_reread_all_stop42"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
