"""recurring_duty: the day in each period a duty is due, and the window it is done in

Revision ID: 0018_duty_day_and_window
Revises: 0017_pending_stored_result
Create Date: 2026-12-04 21:20:00

"各责任单位每月5日前报送上月工作进展" inside "实施阶段(2027年3月—2028年6月)" was stored as a
bare monthly duty: due at each month's end, in every month of the plan's years, so a reminder
came after the real day and before the phase began. The day (``due_month``/``due_day`` with the
document's words ``due_text``) and the window (``window_start``/``window_end``/``window_text``)
are kept now. Rows from before this revision hold NULL, which means what it meant before: due
at each period's end, in every year of the plan.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_duty_day_and_window"
down_revision: str | None = "0017_pending_stored_result"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("due_month", sa.Integer()),
    ("due_day", sa.Integer()),
    ("due_text", sa.String()),
    ("window_start", sa.Date()),
    ("window_end", sa.Date()),
    ("window_text", sa.String()),
)


def upgrade() -> None:
    for name, type_ in _COLUMNS:
        op.add_column("recurring_duty", sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+, PostgreSQL), not a batch copy: the copy would lose the
    # table's AUTOINCREMENT (0013) and its revision triggers (0008).
    for name, _ in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE recurring_duty DROP COLUMN {name}")
