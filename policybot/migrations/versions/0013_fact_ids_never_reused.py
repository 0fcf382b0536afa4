"""fact tables: AUTOINCREMENT on SQLite, so that a fact id is never handed out twice

Revision ID: 0013_fact_ids_never_reused
Revises: 0012_document_ids_never_reused
Create Date: 2026-12-02 11:30:00

What 0012 did for documents, for the facts a document owns. Undoing a confirmed upload
removes its facts, and SQLite (without AUTOINCREMENT) gave the next upload's facts the same
ids: an old 出处 button or an audit entry then pointed at another document's fact. Each table
is rebuilt the SQLite way (new table, copy, drop, rename; ``upgrade_database`` checks foreign
keys once at the end) from the DDL the store itself holds, with only the primary key spelled
``PRIMARY KEY AUTOINCREMENT``; its indexes and store-revision triggers (0008) are made again
from their stored SQL. Each sequence starts above every id the table holds or the audit log
has named. PostgreSQL's sequences never reuse an id: nothing to do there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013_fact_ids_never_reused"
down_revision: str | None = "0012_document_ids_never_reused"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Each table and the kind its rows go by in the audit log (``FactKind``).
_TABLES = {
    "target": "target",
    "milestone": "milestone",
    "recurring_duty": "recurring",
    "reward_rule": "reward",
    "task": "task",
}
_PLAIN_ID = "\tid INTEGER NOT NULL, \n"
_TABLE_KEY = "\tPRIMARY KEY (id), \n"
_AUTO_ID = "\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"


def _stored_sql(kind: str, table: str) -> list[str]:
    rows = op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name = ? AND sql IS NOT NULL"
        " ORDER BY name",
        (kind, table),
    )
    return [row[0] for row in rows]


def _rebuild(table: str, autoincrement: bool) -> None:
    """The table made again from its own stored DDL with only the primary key's spelling
    changed (no reflection: a store's schema must not depend on the run that upgraded it)."""
    (ddl,) = _stored_sql("table", table)
    extras = _stored_sql("index", table) + _stored_sql("trigger", table)
    body = ddl[ddl.index("(") :]
    if autoincrement:
        changed = body.replace(_PLAIN_ID, _AUTO_ID, 1).replace(_TABLE_KEY, "", 1)
    else:
        changed = body.replace(_AUTO_ID, _PLAIN_ID, 1)
        last_column = changed.index("\tFOREIGN KEY")
        changed = changed[:last_column] + _TABLE_KEY + changed[last_column:]
    if changed.count("PRIMARY KEY") != 1 or changed.count("AUTOINCREMENT") != int(autoincrement):
        raise RuntimeError(f"unexpected schema of table {table}: {ddl}")
    names = ", ".join(
        row[1] for row in op.get_bind().exec_driver_sql(f"PRAGMA table_info({table})")
    )
    op.execute(f"CREATE TABLE _{table}_new {changed}")
    op.execute(f"INSERT INTO _{table}_new ({names}) SELECT {names} FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE _{table}_new RENAME TO {table}")
    for statement in extras:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, kind in _TABLES.items():
        _rebuild(table, autoincrement=True)
        # The highest id ever used: the stored rows' and those the audit log names (an undone
        # upload's facts are gone, their entries remain).
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
        op.execute(
            f"INSERT INTO sqlite_sequence (name, seq) SELECT '{table}', max(coalesce(m, 0)) FROM ("
            f" SELECT max(id) AS m FROM {table}"
            f" UNION ALL SELECT max(entity_id) FROM audit_log WHERE entity_kind = '{kind}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in _TABLES:
        _rebuild(table, autoincrement=False)
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
