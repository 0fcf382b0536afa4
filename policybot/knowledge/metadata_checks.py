"""Metadata no real plan has: said out loud at upload and ingest, never silently stored.

A title of thousands of characters is a misread (a whole paragraph taken for the title) or a
hostile file. Messages clip it wherever it is shown (``knowledge.clipping``), but the admin who
confirms the upload, and whoever runs ``policybot ingest``, should know before it is stored.
"""

from __future__ import annotations

from policybot.knowledge.extract.records import DocumentMeta

# Far above real plans (titles run 20-60 characters, doc numbers 10-20, issuers 4-30).
ABSURD_LENGTHS: tuple[tuple[str, str, int], ...] = (
    ("title", "标题", 200),
    ("doc_number", "文号", 40),
    ("issuer", "发文机关", 60),
    ("region", "地区", 30),
)


def absurd_metadata(meta: DocumentMeta) -> list[str]:
    """One warning per metadata field longer than any real plan's."""
    warnings = []
    for name, label, limit in ABSURD_LENGTHS:
        value = getattr(meta, name) or ""
        if len(value) > limit:
            warnings.append(
                f"{label}长达 {len(value)} 字(通常不超过 {limit} 字),可能识别有误,请核对;"
                "消息中只显示开头部分。"
            )
    return warnings
