"""reminder_state: whether whoever pressed 已完成 was an admin or owner at that moment

Revision ID: 0021_done_as_admin
Revises: 0020_duty_other_days
Create Date: 2026-12-05 03:40:00

An owner's 已完成 settles an occurrence for every supervisor (``scheduler/settlement.py``), but
owners live in the configuration of the process that reads the ledger: an offline session run
with ``--admin`` as one user made its user an owner for that session only, so a later session
run as another admin kept escalating what the first had settled. The press now records whether
its author was an admin or owner then (``done_as_admin``); NULL (rows from before) is read as
before, from the ``Admin`` table and the reader's owners.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021_done_as_admin"
down_revision: str | None = "0020_duty_other_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("reminder_state", sa.Column("done_as_admin", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE reminder_state DROP COLUMN done_as_admin")
