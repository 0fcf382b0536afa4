"""reminder_done_press: what each digest 已完成 changed, so that its 撤销 survives a restart

Revision ID: 0014_done_presses
Revises: 0013_fact_ids_never_reused
Create Date: 2026-12-02 16:00:00

撤销 after a digest's 已完成 kept what to put back in the chat's in-memory state: after a
restart the button said 已过期 although the completion stood in the database. Each press now
records who pressed, when, on which digest page, and each item's done state from before; the
撤销 button names that row. Buttons sent before this revision stay 已过期.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_done_presses"
down_revision: str | None = "0013_fact_ids_never_reused"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_done_press",
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("priors", sa.Text(), nullable=False),
        sa.Column("undone_by", sa.BigInteger(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_reminder_done_press_chat_id"), "reminder_done_press", ["chat_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_reminder_done_press_chat_id"), table_name="reminder_done_press")
    op.drop_table("reminder_done_press")
