"""reminder_done_press: AUTOINCREMENT on SQLite, so that an old 撤销 button never names a new press

Revision ID: 0015_done_press_ids_never_reused
Revises: 0014_done_presses
Create Date: 2026-12-02 16:30:00

A digest's 撤销 button carries the id of its ``reminder_done_press`` row. The ledger's pruning
deletes presses older than ``keep_ledger_days``; after a quiet spell it deletes them all, and
SQLite (without AUTOINCREMENT) then hands the same ids out again, so a months-old 撤销 in a
chat's history named, and undid, a 已完成 pressed today in that chat. On SQLite the table is
rebuilt with AUTOINCREMENT (it has no foreign keys and no triggers: a plain copy), its sequence
starting above every id stored. PostgreSQL's sequence never reuses an id: nothing to do there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_done_press_ids_never_reused"
down_revision: str | None = "0014_done_presses"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLE = "reminder_done_press"
_INDEX = "ix_reminder_done_press_chat_id"


def _rebuild(autoincrement: bool) -> None:
    """The table as 0014 made it, with or without AUTOINCREMENT: new table, copy, drop, rename."""
    op.create_table(
        "_reminder_done_press_new",
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
        sqlite_autoincrement=autoincrement,
    )
    names = (
        "chat_id, user_id, done_at, priors, undone_by, id, digest_id, page, row_id, part, undone_at"
    )
    op.execute(f"INSERT INTO _reminder_done_press_new ({names}) SELECT {names} FROM {_TABLE}")
    op.drop_index(_INDEX, table_name=_TABLE)
    op.drop_table(_TABLE)
    op.rename_table("_reminder_done_press_new", _TABLE)
    op.create_index(_INDEX, _TABLE, ["chat_id"], unique=False)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=True)
    op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{_TABLE}'")
    op.execute(
        f"INSERT INTO sqlite_sequence (name, seq) SELECT '{_TABLE}', coalesce(max(id), 0)"
        f" FROM {_TABLE}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=False)
    op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{_TABLE}'")
