"""handled_update: recently handled Telegram update ids, to drop redelivered updates

Revision ID: 0003_handled_updates
Revises: 0002_reminder_occurrences
Create Date: 2026-11-24 09:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_handled_updates"
down_revision: str | None = "0002_reminder_occurrences"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handled_update",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("handled_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("update_id"),
    )
    with op.batch_alter_table("handled_update", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handled_update_handled_at"), ["handled_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("handled_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handled_update_handled_at"))
    op.drop_table("handled_update")
