"""reporting_chat: the chats an admin has designated to report progress for a unit;
pending_upload.extraction: the preview's extraction, written as it is on confirmation

Revision ID: 0006_reliability_round2
Revises: 0005_reminder_digests
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_reliability_round2"
down_revision: str | None = "0005_reminder_digests"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reporting_chat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("designated_by", sa.BigInteger(), nullable=True),
        sa.Column("designated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "unit_id"),
    )
    with op.batch_alter_table("reporting_chat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reporting_chat_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reporting_chat_unit_id"), ["unit_id"], unique=False)
    with op.batch_alter_table("pending_upload", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extraction", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pending_upload", schema=None) as batch_op:
        batch_op.drop_column("extraction")
    with op.batch_alter_table("reporting_chat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reporting_chat_unit_id"))
        batch_op.drop_index(batch_op.f("ix_reporting_chat_chat_id"))
    op.drop_table("reporting_chat")
