"""document: every stored plan is read again at start by the stop-45 extractor

Revision ID: 0029_reread_all_stop45
Revises: 0028_reread_all_stop44
Create Date: 2026-12-05 23:00:00

No schema change. The extractor learnt (corpus batches 48 to 50, trial45) to read a table of
figures under year columns (任务/指标… with 牵头/配合 columns) in any layout, a clause opened by its
own year as that year's figure with the first clause's subject, a plan's span from 通过N年时间 and
its 落款, a title to win at that span's end as a milestone, a bureau's 股 as a unit, and a consultation's first
and last day as a phase, a row's total shared out among places as one target per place, listed
criteria (符合以下条件的企业…) as scope conditions, a shared sum (予以总共N元的奖励) as one reward,
<topic>由A、B共同管理使用 as a task of both, N吨标煤/万元 as a unit, a plan whose span keeps only its
last year as the N years it names, and to leave out counts such as 向…等N个单位征求了意见, 公示不少于
N个工作日 and a 废止(文号)'s number. As 0028 did, this revision forgets every document's
fingerprint: ``knowledge.rereading`` reads each again once at start through the store's
re-ingest, which keeps fact ids (so the reminder ledger: nothing is sent twice) and leaves a
hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0029_reread_all_stop45"
down_revision: str | None = "0028_reread_all_stop44"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
