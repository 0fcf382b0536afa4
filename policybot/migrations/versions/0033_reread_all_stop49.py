"""document: every stored plan is read again at start by the stop-49 extractor

Revision ID: 0033_reread_all_stop49
Revises: 0032_reread_all_stop48
Create Date: 2026-12-06 12:40:00

No schema change. The extractor learnt (stop 49, rules written from the unseen corpus's aggregate
failure classes) to date a text's undated figures by the one year it writes, to leave a reward
rule's timeless figures (who earns a reward) out of its targets, to drop past figures (已完成,
今年以来…, a change's starting level) and a place's size; to read rewards paid per tier in their
own clauses, to a pupil's teachers and school, per unit of area or pupil, never a 给予 clause as an
achievement; no milestone from a bare year with no verb, month-only steps of a one-year text dated
in its year; and (fix83) a year cell's 确保/力争 pair as that year's target, the prose forms of
"原有企业由甲局负责", a reward's object with two qualities and 各奖励 for staff, (a)(b) list
markers kept, 全县/我县 as one milestone, "每年3月底和9月底" as one half-yearly duty, and a 州 or 盟
written short under its full name. As 0032 did, this revision forgets every document's fingerprint:
``knowledge.rereading`` reads each again once at start through the store's re-ingest, which keeps
fact ids (so the reminder ledger: nothing is sent twice) and leaves a hand-edited fact as the admin
made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0033_reread_all_stop49"
down_revision: str | None = "0032_reread_all_stop48"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
