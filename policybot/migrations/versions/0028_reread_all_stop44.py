"""document: every stored plan is read again at start by the stop-44 extractor

Revision ID: 0028_reread_all_stop44
Revises: 0027_reread_all_stop43
Create Date: 2026-12-05 20:00:00

No schema change. The extractor learnt (corpus batches 46 and 47) to read a phase bracket with
two dated days as a span, a 文号 followed by 精神/要求 as a cited document's, 按…‰计算奖金 and
chains of rates as rewards, sums per class of recipient (单次最高, 每人…元/月) one reward each with a
bracketed limit (限…) as their scope, new scope and claim-window conditions, progress tables
starting at a later row, a 管理区 or a county named twice as the region, a posting time as no
signing date, a headline's 印发《…》 as the title, slogans such as 品牌兴县 as no county,
<bodies>是…的责任主体 as a task they lead, a duty's own repetition as no task besides it, and a
paragraph opened by 到YYYY年: dating its later sentences. As 0027 did, this revision forgets every
document's fingerprint: ``knowledge.rereading`` reads each again once at start through the
store's re-ingest, which keeps fact ids (so the reminder ledger: nothing is sent twice) and
leaves a hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028_reread_all_stop44"
down_revision: str | None = "0027_reread_all_stop43"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
