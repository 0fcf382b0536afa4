"""audit_log.actor_name: the author's name as shown when the change was made, for /history

Revision ID: 0011_audit_actor_names
Revises: 0010_known_users
Create Date: 2026-12-02 09:00:00

/history named each author by the name known_user holds now: a person who renamed themselves
(or an account that changed hands of name) showed the new name on old changes. Each new entry
keeps the name the change was made under; rows from before this revision hold NULL and are
named as before, by the current name.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_audit_actor_names"
down_revision: str | None = "0010_known_users"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("actor_name", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("actor_name")
