"""reminder state per occurrence: done_through, snoozed_due

Revision ID: 0002_reminder_occurrences
Revises: 0001
Create Date: 2026-11-24 08:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_reminder_occurrences"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("done_through", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("snoozed_due", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminder_state", schema=None) as batch_op:
        batch_op.drop_column("snoozed_due")
        batch_op.drop_column("done_through")
