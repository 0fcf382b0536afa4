"""document: every stored plan is read again at start by the stop-48 extractor

Revision ID: 0032_reread_all_stop48
Revises: 0031_reread_all_stop47
Create Date: 2026-12-06 09:00:00

No schema change. The extractor learnt (corpus batches 56 and 57) to read a one-year plan's month
steps ("3-4月,…") and a phase named with its month as milestones, both dates of "分别于6月底和7月底",
the settled state after "进一步完善", a prefecture whose name ends in 州 as that prefecture, the same
wording for two places on one date as two milestones; and, for rewards, a run of pinyin glosses
behind one character, 各/均奖补 tier sums, a second sum for a firm's staff member, one reward per
class of county, "增加N万元奖励" as a further sum, "…的,按照N%兑现" as a condition, and a 去年以来
count as past; and (the stop's fixes) a year column's aim (力争达到95) as that year's figure in the
row's unit, a society named 责任主体 as no task unless given a duty, only the offices of
"原有企业由甲局负责" shares as units, and a co-signed block's region from the office naming a
place (after the title's readers), a society's duty after 要/应/并负责, 会同 inside a scoped
share as lead and support, a town never directly under its province, a 以来 count with a goal
marker kept a goal, a month line dropping only the counts of clauses it made milestones, and a
winter-spring month schedule running into the next year. As 0031 did, this revision forgets every document's fingerprint:
``knowledge.rereading`` reads each again once at start through the store's re-ingest, which keeps
fact ids (so the reminder ledger: nothing is sent twice) and leaves a hand-edited fact as the admin
made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0032_reread_all_stop48"
down_revision: str | None = "0031_reread_all_stop47"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
