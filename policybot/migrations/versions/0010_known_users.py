"""known_user: the Telegram name of each person who changed the store, for /history

Revision ID: 0010_known_users
Revises: 0009_pending_retirements
Create Date: 2026-12-01 20:00:00

/history showed "用户 4002" for every change; the audit log keeps only ids. A person's first
name and @username are remembered when they change something (the update carries them), and
/history shows them where known. Rows are replaced when the name changes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_known_users"
down_revision: str | None = "0009_pending_retirements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "known_user",
        sa.Column("user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("full_name", sa.String(), nullable=True),
        sa.Column("username", sa.String(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("user_id"),
    )


def downgrade() -> None:
    op.drop_table("known_user")
