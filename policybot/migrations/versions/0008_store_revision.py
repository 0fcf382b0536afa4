"""store_revision: one counter every write to what answers show bumps, by database triggers

Revision ID: 0008_store_revision
Revises: 0007_glossary
Create Date: 2026-12-01 14:20:00

The answer index used to notice a change only by new primary keys or an audit row, so a writer
that did neither left answers stale. Triggers on the tables the index reads bump one row in the
same transaction as the write, whoever writes (the bot, the CLI, a migration, psql): the index
compares that number. PostgreSQL bumps once per transaction, at its commit (deferred
constraint triggers); SQLite once per row (it has no statement or deferred triggers, and its
writers are serialised by the database lock anyway; a store's writes are a few thousand rows).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_store_revision"
down_revision: str | None = "0007_glossary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table ``queries.read_snapshot_rows`` reads (what answers are built from).
WATCHED = (
    "document",
    "region",
    "region_alias",
    "unit",
    "unit_alias",
    "target",
    "milestone",
    "recurring_duty",
    "reward_rule",
    "reward_condition",
    "task",
    "fact_unit",
    "document_unit",
    "progress_report",
    "glossary_entry",
)
_BUMP = "UPDATE store_revision SET revision = revision + 1 WHERE id = 1"


def upgrade() -> None:
    op.create_table(
        "store_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("INSERT INTO store_revision (id, revision) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        # Deferred constraint triggers fire at commit, once per transaction (the transaction-local
        # setting remembers it): the revision row is locked only for the instant before a
        # commit, so writers are not serialised behind one another's open transactions.
        op.execute(
            "CREATE FUNCTION bump_store_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF current_setting('policybot.revision_bumped', true) IS DISTINCT FROM 'yes' THEN "
            f"{_BUMP}; PERFORM set_config('policybot.revision_bumped', 'yes', true); "
            "END IF; RETURN NULL; END $$"
        )
        for table in WATCHED:
            op.execute(
                f"CREATE CONSTRAINT TRIGGER {table}_bumps_revision "
                f"AFTER INSERT OR UPDATE OR DELETE ON {table} DEFERRABLE INITIALLY DEFERRED "
                "FOR EACH ROW EXECUTE FUNCTION bump_store_revision()"
            )
        return
    for table in WATCHED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_{event.lower()}_bumps_revision AFTER {event} ON {table} "
                f"BEGIN {_BUMP}; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_bumps_revision ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bump_store_revision()")
    else:
        for table in WATCHED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{event}_bumps_revision")
    op.drop_table("store_revision")
