"""reminder_state: the occurrences an admin's 已完成 settled outlive a member's later press

Revision ID: 0023_admin_through
Revises: 0022_responsible_units
Create Date: 2026-12-05 07:20:00

A row keeps one press per (chat, item). When an admin settled May's report and a member of the
same group then marked June done, the row moved to June with ``done_as_admin`` false, and the
supervisors were escalated again for May. ``admin_through`` keeps the latest occurrence an
admin's or owner's press settled; a member's later press leaves it as it was.

Rows from before 0021 (``done_as_admin`` NULL) were judged by the ``Admin`` table whenever the
ledger was read, so a stranger's press settled for everyone once the stranger was made an admin.
Their authors are judged once, here: an admin now is taken as an admin then; the others stay
NULL and settle only for the configured owners (``scheduler/settlement.py``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_admin_through"
down_revision: str | None = "0022_responsible_units"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("reminder_state", sa.Column("admin_through", sa.Date(), nullable=True))
    op.execute(
        "UPDATE reminder_state SET done_as_admin = TRUE "
        "WHERE done_as_admin IS NULL AND done_at IS NOT NULL "
        "AND done_by IN (SELECT user_id FROM admin)"
    )
    op.execute(
        "UPDATE reminder_state SET admin_through = done_through "
        "WHERE done_as_admin = TRUE AND done_through IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE reminder_state DROP COLUMN admin_through")
