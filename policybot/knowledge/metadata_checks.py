"""What no real plan looks like: said out loud at upload and ingest, never silently stored.

A title of thousands of characters is a misread (a whole paragraph taken for the title) or a
hostile file. Messages clip it wherever it is shown (``knowledge.clipping``), but the admin who
confirms the upload, and whoever runs ``policybot ingest``, should know before it is stored.

A file whose only facts are dates (a meeting notice, a news item) is likely not a plan: its
dated sentences would become deadlines and be reminded, so the admin is told first. (A file
with no fact at all says so itself: ``extract.pipeline.TEXT_ONLY``.)
"""

from __future__ import annotations

from policybot.knowledge.extract.records import DocumentMeta, Extraction

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


NOTHING_TO_ACT_ON = (
    "只识别到时间节点,没有目标、奖励、常态工作或任务:这份文件可能不是规划或奖励办法"
    "(如会议通知),入库后其中的日期会成为提醒,请核对。"
)


def nothing_to_act_on(extraction: Extraction) -> list[str]:
    """A warning when the file's only facts are dated events: empty when it holds a target,
    reward, recurring duty or task, or no fact at all."""
    commitments = extraction.targets or extraction.rewards or extraction.recurring
    if commitments or extraction.tasks or not extraction.milestones:
        return []
    return [NOTHING_TO_ACT_ON]
