"""task and reward_condition: qualitative tasks with their units, and reward conditions

Revision ID: 0004_tasks_and_reward_conditions
Revises: 0003_handled_updates
Create Date: 2026-12-01 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004_tasks_and_reward_conditions"
down_revision: str | None = "0003_handled_updates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("region", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("deleted_at", _UTC, nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.ForeignKeyConstraint(["region_id"], ["region.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_region_id"), ["region_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_due"), ["due"], unique=False)
    op.create_table(
        "reward_condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reward_condition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reward_condition_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reward_condition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reward_condition_document_id"))
    op.drop_table("reward_condition")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_due"))
        batch_op.drop_index(batch_op.f("ix_task_region_id"))
        batch_op.drop_index(batch_op.f("ix_task_document_id"))
    op.drop_table("task")
