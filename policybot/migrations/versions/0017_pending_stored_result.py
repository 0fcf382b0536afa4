"""pending_upload.stored_result: the answer a 确认入库 owes, kept until it is said

Revision ID: 0017_pending_stored_result
Revises: 0016_pending_confirming
Create Date: 2026-12-04 18:40:00

A confirmation dropped its pending row right after the plan's commit, before the bot answered
已入库: a process killed in between left nothing for ``knowledge.upload_recovery`` to report.
The plan's own commit now writes what was stored into its pending row, and the row goes only
once the admin has been told; one left behind is reported at the next start. Rows from before
this revision hold NULL.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_pending_stored_result"
down_revision: str | None = "0016_pending_confirming"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pending_upload", sa.Column("stored_result", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pending_upload", schema=None) as batch_op:
        batch_op.drop_column("stored_result")
