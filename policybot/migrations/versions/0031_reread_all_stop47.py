"""document: every stored plan is read again at start by the stop-47 extractor

Revision ID: 0031_reread_all_stop47
Revises: 0030_reread_all_stop46
Create Date: 2026-12-06 06:00:00

No schema change. The extractor learnt (corpus batches 53 to 55 and the stop's fixes) to read a
page field written in a table row without its cell bar, a zone's 管委会 as the region of what it
signs, "为主落实" as the lead after an official's name, the year of a signed plan whose goals
open on 全年/年内, a bracket opening on 原 as a former name, a single-spaced task table with an
empty cell inside a row, one bound for a goal that is not set yet, duties written as
"由X会同Y审批", "X是…的综合部门", "报X确认" and 责任处室 columns, and a 领导小组's 成员单位 as its members
rather than a unit (the Foshan seed loses one such false unit); a task table's word steps under
its year columns as milestones in every layout, and a plan's period from those columns when it
states none. As 0030 did, this
revision forgets every document's fingerprint (the ones left as stored after a re-read
collision too): ``knowledge.rereading`` reads each again once at start through the store's
re-ingest, which keeps fact ids (so the reminder ledger: nothing is sent twice) and leaves a
hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0031_reread_all_stop47"
down_revision: str | None = "0030_reread_all_stop46"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
