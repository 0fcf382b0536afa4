"""reminder digests: ledger purpose, send_day and digest_id; supervisors for escalations

Revision ID: 0005_reminder_digests
Revises: 0004_tasks_and_reward_conditions
Create Date: 2026-12-01 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005_reminder_digests"
down_revision: str | None = "0004_tasks_and_reward_conditions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KEY = ["item_kind", "item_id", "chat_id", "fire_at"]
NEW_KEY = ["purpose", "item_kind", "item_id", "chat_id", "fire_at"]


def _unique_name(columns: list[str]) -> str | None:
    """The existing unique constraint's name (SQLite's unnamed ones come back as None)."""
    inspector = sa.inspect(op.get_bind())
    for constraint in inspector.get_unique_constraints("reminder_ledger"):
        if constraint["column_names"] == columns:
            return constraint["name"]
    return None


def upgrade() -> None:
    old_name = _unique_name(OLD_KEY)
    naming = {"uq": "uq_%(table_name)s_%(column_0_N_name)s"}
    with op.batch_alter_table(
        "reminder_ledger", schema=None, naming_convention=naming, recreate="auto"
    ) as batch_op:
        batch_op.add_column(
            sa.Column(
                "purpose",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="remind",
            )
        )
        batch_op.add_column(sa.Column("send_day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("digest_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(
            old_name or "uq_reminder_ledger_item_kind_item_id_chat_id_fire_at", type_="unique"
        )
        batch_op.create_unique_constraint(
            "uq_reminder_ledger_purpose_item_kind_item_id_chat_id_fire_at", NEW_KEY
        )
        batch_op.create_index("ix_reminder_ledger_send_day", ["send_day", "chat_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reminder_ledger_digest_id"), ["digest_id"], unique=False
        )

    op.create_table(
        "supervisor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("scope_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["region_id"], ["region.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("chat_id", "scope_key"),
    )
    with op.batch_alter_table("supervisor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervisor_chat_id"), ["chat_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervisor_region_id"), ["region_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("supervisor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervisor_region_id"))
        batch_op.drop_index(batch_op.f("ix_supervisor_chat_id"))
    op.drop_table("supervisor")
    op.execute("DELETE FROM reminder_ledger WHERE purpose <> 'remind'")
    with op.batch_alter_table("reminder_ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_ledger_digest_id"))
        batch_op.drop_index("ix_reminder_ledger_send_day")
        batch_op.drop_constraint(
            "uq_reminder_ledger_purpose_item_kind_item_id_chat_id_fire_at", type_="unique"
        )
        batch_op.create_unique_constraint(
            "uq_reminder_ledger_item_kind_item_id_chat_id_fire_at", OLD_KEY
        )
        batch_op.drop_column("digest_id")
        batch_op.drop_column("send_day")
        batch_op.drop_column("purpose")
