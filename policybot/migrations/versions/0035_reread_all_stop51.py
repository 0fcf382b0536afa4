"""document: every stored plan is read again at start by the stop-51 extractor (zones filed
under themselves; hand-edited facts follow their plan's region; a notice's 落款 and quoted 文号)

Revision ID: 0035_reread_all_stop51
Revises: 0034_reread_all_stop50
Create Date: 2026-12-06 18:50:00

No schema change. A re-read that filed a plan under another region left the facts an admin had
edited, added or deleted under the old one (attack52 H3): 0034's re-read split such plans across
two places. The store's re-ingest now takes every hand-touched fact to where its plan's reading
places it (the admin's values kept), so reading each plan again mends a store 0034 left split.
The extractor also learnt (attack52 M3, M4) that a public notice signed on one line after its
body ("某市某局 2031年3月1日", or with its second name in brackets) is that issuer's, and that a
文号 its body quotes ("根据某市人民政府关于…的通知(某府发〔2030〕3号)", or a citation a copy
wrapped onto the next line) is not its own. As 0034 did, this revision forgets every document's
fingerprint: ``knowledge.rereading`` reads each again once at start, keeping fact ids.

It learnt too (attack51 H6) that a development zone's plan (新区, 开发区, 高新区, named by its
committee, working committee, offices or title) is the zone's, filed under the zone with its
city as parent, no longer under the city: re-read, a zone plan a store held under its city moves
to its zone, its hand-edited facts with it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0035_reread_all_stop51"
down_revision: str | None = "0034_reread_all_stop50"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE document SET extraction_fingerprint = NULL")


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
