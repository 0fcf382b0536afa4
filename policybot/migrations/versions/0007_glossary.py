"""glossary_entry: words people use and what the documents write, added by admins

Revision ID: 0007_glossary
Revises: 0006_reliability_round2
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_glossary"
down_revision: str | None = "0006_reliability_round2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "glossary_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("means", sa.String(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("glossary_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_glossary_entry_term"), ["term"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("glossary_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_glossary_entry_term"))
    op.drop_table("glossary_entry")
