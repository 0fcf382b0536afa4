"""pending_upload.confirming_since: when an admin's 确认入库 of it began

Revision ID: 0016_pending_confirming
Revises: 0015_done_press_ids_never_reused
Create Date: 2026-12-04 15:20:00

A confirmation stores the plan in one transaction, then drops its pending row. A process killed
before the commit stored nothing, but the admin was never told so. The mark is written (and
committed) before the plan is; a mark left behind by a stopped process is what
``knowledge.upload_recovery`` reports to the admin. Rows from before this revision hold NULL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_pending_confirming"
down_revision: str | None = "0015_done_press_ids_never_reused"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "pending_upload", sa.Column("confirming_since", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("pending_upload", schema=None) as batch_op:
        batch_op.drop_column("confirming_since")
