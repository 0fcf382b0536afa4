"""pending_upload.retirements: the documents a preview said confirming would retire

Revision ID: 0009_pending_retirements
Revises: 0008_store_revision
Create Date: 2026-12-01 18:00:00

A preview names what 确认入库 will retire; the store may change before the button is pressed
(another admin confirms a newer version). Confirming compares what it would retire now with
what the preview showed, and asks for a new preview when they differ. Rows from before this
revision hold NULL and are confirmed as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_pending_retirements"
down_revision: str | None = "0008_store_revision"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pending_upload", sa.Column("retirements", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pending_upload", schema=None) as batch_op:
        batch_op.drop_column("retirements")
