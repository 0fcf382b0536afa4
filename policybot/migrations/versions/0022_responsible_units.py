"""fact_unit: units named only as 责任单位 (no lead stated) get their own role; plans read again

Revision ID: 0022_responsible_units
Revises: 0021_done_as_admin
Create Date: 2026-12-05 03:40:00

"(责任单位:A、B、C)" names units answerable together and none as the lead; they were stored with
the role "lead" and shown as "牵头: A…". The extractor now marks such a list (``units_joint``)
and the store links its units with the role "responsible" (``UnitRole.RESPONSIBLE``). No column
changes: ``fact_unit.role`` is a string. As 0019 did, this revision forgets the fingerprint of
every document whose text names 责任/负责 units: ``knowledge.rereading`` reads them again at start
through the store's re-ingest, which keeps fact ids (so the reminder ledger) and leaves a
hand-edited fact as the admin made it. Documents with recurring duties are read again too:
the extractor no longer reads a heading naming a mechanism (建立月度调度机制) as a duty, reads
"次月5日前报送上月…" as monthly, keeps a unit's (配合) mark out of a table's lead cell and bounds
a plan stating a term in years (有效期5年).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022_responsible_units"
down_revision: str | None = "0021_done_as_admin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE document SET extraction_fingerprint = NULL "
        "WHERE text LIKE '%责任%' OR text LIKE '%负责%' OR text LIKE '%有效期%' "
        "OR id IN (SELECT document_id FROM recurring_duty)"
    )


def downgrade() -> None:
    # Before this revision every such unit was a lead: say so again (a unit already linked as
    # the lead of the same fact keeps that one row).
    op.execute(
        "DELETE FROM fact_unit WHERE role = 'responsible' AND EXISTS ("
        "SELECT 1 FROM fact_unit AS led WHERE led.role = 'lead' "
        "AND led.fact_kind = fact_unit.fact_kind AND led.fact_id = fact_unit.fact_id "
        "AND led.unit_id = fact_unit.unit_id)"
    )
    op.execute("UPDATE fact_unit SET role = 'lead' WHERE role = 'responsible'")
