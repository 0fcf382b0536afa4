"""region, unit: forget the places and units nothing in the store names any more (trial51 H1)

Revision ID: 0036_forget_unused_names
Revises: 0035_reread_all_stop51
Create Date: 2026-12-06 22:10:00

No schema change. Undoing an upload removed its document and facts but kept the regions, units
and aliases it had created, so a city only that upload named stayed a place (/subscribe found
it; a question about it was not told the store holds nothing on it). The undo now forgets them
(``knowledge.unused_names``); this revision forgets those earlier undos, re-reads and hand edits
left in a store, with the same rule written out here in SQL of this schema:

- a unit no ``fact_unit``, ``document_unit``, ``reporting_chat`` or ``subscription`` row names,
  nor a reporting designation in the audit log not undone (undoing a withdrawal puts it back by
  the unit's id), goes with its aliases;
- a region no document, fact or task (live, deleted or of a retired plan), remaining unit,
  subscription or supervising chat names, and that is no such region's ancestor, goes with its
  aliases.

Only leftovers can match: every writer of these tables (an upload, a re-read, a hand edit)
names the row it creates in the same transaction, and no region is seeded without a plan (the
national gazetteer is code, ``knowledge.regions``, not rows). A hand edit's undo names its place
and units by name and creates them again when needed.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0036_forget_unused_names"
down_revision: str | None = "0035_reread_all_stop51"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNIT_USED = """(
    {unit} IN (
        SELECT unit_id FROM fact_unit
        UNION SELECT unit_id FROM document_unit
        UNION SELECT unit_id FROM reporting_chat
        UNION SELECT unit_id FROM subscription WHERE unit_id IS NOT NULL
    )
    OR EXISTS (
        SELECT 1 FROM audit_log
        WHERE entity_kind = 'reporting' AND undone_at IS NULL AND (
            "before" LIKE '%"unit_id": ' || CAST({unit} AS VARCHAR) || '}}%'
            OR "before" LIKE '%"unit_id": ' || CAST({unit} AS VARCHAR) || ',%'
            OR "after" LIKE '%"unit_id": ' || CAST({unit} AS VARCHAR) || '}}%'
            OR "after" LIKE '%"unit_id": ' || CAST({unit} AS VARCHAR) || ',%'
        )
    )
)"""

KEPT_REGIONS = """WITH RECURSIVE kept_region(id, parent_id) AS (
    SELECT id, parent_id FROM region WHERE id IN (
        SELECT region_id FROM document
        UNION SELECT region_id FROM target
        UNION SELECT region_id FROM milestone
        UNION SELECT region_id FROM recurring_duty
        UNION SELECT region_id FROM reward_rule
        UNION SELECT region_id FROM task
        UNION SELECT region_id FROM unit
        UNION SELECT region_id FROM subscription
        UNION SELECT region_id FROM supervisor
    )
    UNION
    SELECT region.id, region.parent_id FROM region JOIN kept_region
        ON region.id = kept_region.parent_id
)
"""


def upgrade() -> None:
    op.execute(f"DELETE FROM unit_alias WHERE NOT {UNIT_USED.format(unit='unit_alias.unit_id')}")
    op.execute(f"DELETE FROM unit WHERE NOT {UNIT_USED.format(unit='unit.id')}")
    kept = "(SELECT id FROM kept_region)"
    op.execute(f"{KEPT_REGIONS}DELETE FROM region_alias WHERE region_id NOT IN {kept}")
    op.execute(f"{KEPT_REGIONS}DELETE FROM region WHERE id NOT IN {kept}")


def downgrade() -> None:
    """Nothing to put back: the names were those no plan, fact or chat used; a later upload or
    edit naming one creates it again."""
