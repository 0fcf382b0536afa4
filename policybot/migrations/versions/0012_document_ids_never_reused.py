"""document: AUTOINCREMENT on SQLite, so that a document id is never handed out twice

Revision ID: 0012_document_ids_never_reused
Revises: 0011_audit_actor_names
Create Date: 2026-12-02 04:00:00

Undoing an upload removes its document. SQLite (without AUTOINCREMENT) gives a new row the
largest id plus one, so the next upload took the removed document's id and /history showed the
two documents' changes as one. On SQLite the table is rebuilt with AUTOINCREMENT (new table,
copy, drop, rename; ``upgrade_database`` runs it with foreign keys checked once at the end),
and the sequence starts above every id the audit log has named, so an id removed before this
revision is not reused either. PostgreSQL's sequence never reuses an id: nothing to do there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_document_ids_never_reused"
down_revision: str | None = "0011_audit_actor_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BUMP = "UPDATE store_revision SET revision = revision + 1 WHERE id = 1"


_COLUMNS = (
    "id INTEGER NOT NULL PRIMARY KEY{autoincrement}",
    "source VARCHAR NOT NULL",
    "content_hash VARCHAR NOT NULL",
    "title VARCHAR",
    "short_title VARCHAR",
    "doc_number VARCHAR",
    "issuer VARCHAR",
    "region VARCHAR",
    "region_id INTEGER",
    "issued DATE",
    "effective DATE",
    "period_start INTEGER",
    "period_end INTEGER",
    "status VARCHAR NOT NULL",
    "superseded_by_id INTEGER",
    "supersedes_text TEXT",
    "extraction_fingerprint VARCHAR",
    "text TEXT NOT NULL",
    "ingested_at DATETIME",
    "updated_at DATETIME",
    "FOREIGN KEY(region_id) REFERENCES region (id)",
    "FOREIGN KEY(superseded_by_id) REFERENCES document (id)",
)
_INDEXES = (
    "CREATE UNIQUE INDEX ix_document_content_hash ON document (content_hash)",
    "CREATE INDEX ix_document_doc_number ON document (doc_number)",
    "CREATE INDEX ix_document_region_id ON document (region_id)",
    "CREATE INDEX ix_document_status ON document (status)",
)


def _rebuild(autoincrement: bool) -> None:
    """The table as 0001 made it, rebuilt the SQLite way (new table, copy, drop, rename), spelled
    out rather than by batch mode: reflection orders the foreign keys differently from run to
    run, and a store's schema must not depend on the run that upgraded it. Its indexes and its
    store-revision triggers (0008) go with the old table and are made again."""
    columns = ",\n\t".join(_COLUMNS).format(autoincrement=" AUTOINCREMENT" if autoincrement else "")
    names = ", ".join(column.split()[0] for column in _COLUMNS if not column.startswith("FOREIGN"))
    op.execute(f"CREATE TABLE _document_new (\n\t{columns}\n)")
    op.execute(f"INSERT INTO _document_new ({names}) SELECT {names} FROM document")
    op.execute("DROP TABLE document")
    op.execute("ALTER TABLE _document_new RENAME TO document")
    for statement in _INDEXES:
        op.execute(statement)
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER document_{event.lower()}_bumps_revision AFTER {event} ON document "
            f"BEGIN {_BUMP}; END"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=True)
    # The highest id ever used: the stored documents' and those the audit log names (an
    # undone upload's row is gone, its entries remain).
    op.execute("DELETE FROM sqlite_sequence WHERE name = 'document'")
    op.execute(
        "INSERT INTO sqlite_sequence (name, seq) SELECT 'document', max(coalesce(m, 0)) FROM ("
        " SELECT max(id) AS m FROM document"
        " UNION ALL SELECT max(entity_id) FROM audit_log WHERE entity_kind = 'document')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild(autoincrement=False)
    op.execute("DELETE FROM sqlite_sequence WHERE name = 'document'")
