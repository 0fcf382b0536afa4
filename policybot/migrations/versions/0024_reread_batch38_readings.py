"""document: plans the extractor now reads differently are read again at start

Revision ID: 0024_reread_batch38_readings
Revises: 0023_admin_through
Create Date: 2026-12-05 07:30:00

No schema change. The extractor learnt (corpus batch 38) to read a policy reading's field table
without colons (解读单位 X … 发布日期 Y), a body the text sets up (成立…领导组/领导小组) as the
lead of its duties, a sentence widening a scope (…也适用本办法), numbered conditions after
"同时符合以下条件", 给与 as 给予, two steps due the same month as two milestones, and to leave
out list sizes of a 责任分解 notice, counts of work's size (约…万平方米, 涉及居民…户) and a prize's
sum per person raised (提升至); it keeps apart steps due the same day for two batches, places or
lead units, gives a duty of "甲局、乙局每月…" to both, reads a step whose date closes its
sentence (…,2032年6月30日前完成), counties a scope excludes in other words, and caps and count
limits said apart from their rule. As 0019 and 0022 did, this revision
forgets the fingerprint of every document whose text has one of those cues, or that holds
milestones or recurring duties: ``knowledge.rereading``
reads them again at start through the store's re-ingest, which keeps fact ids (so the reminder
ledger) and leaves a hand-edited fact as the admin made it.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0024_reread_batch38_readings"
down_revision: str | None = "0023_admin_through"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CUES = (
    "解读单位",
    "领导组",
    "领导小组",
    "适用本办法",
    "以下条件",
    "给与",
    "责任分解",
    "平方米",
    "涉及居民",
    "提升至",
    "市直各有关单位",
    # stop 40's attacks: a step closed by "…,2032年6月30日前完成。", a county excluded by
    # "不执行本意见" or "范围内适用(…除外)", a cap or a count limit said apart from its rule
    "日前完成",
    "不执行本",
    "范围内适用",
    "最多",
    "不超过",
)


def upgrade() -> None:
    cues = " OR ".join(f"text LIKE '%{cue}%'" for cue in _CUES)
    op.execute(
        "UPDATE document SET extraction_fingerprint = NULL "
        f"WHERE {cues} OR id IN (SELECT document_id FROM milestone) "
        "OR id IN (SELECT document_id FROM recurring_duty)"
    )


def downgrade() -> None:
    """Nothing to undo: the documents were read again by the extractor of their time."""
