"""The words users see for the store's concepts, one word per concept.

Replies, digests, upload previews, the audit history, the editing dialogue and the exported
ledger all name fact kinds and recurrences: they take the word from here, so a milestone is
时间节点 and a recurring duty 常规工作 in every reply (they were 节点/时间节点 and
常规工作/重复任务/定期 in different places).
"""

from __future__ import annotations

from policybot.knowledge.models import FactKind

FACT_KIND_LABELS: dict[str, str] = {
    FactKind.TARGET: "目标",
    FactKind.MILESTONE: "时间节点",
    FactKind.RECURRING: "常规工作",
    FactKind.REWARD: "奖励",
    FactKind.TASK: "任务",
}
# How /add, /edit and /delete name the kinds they take (the English word, then the label).
KIND_USAGE = "类型:" + "、".join(f"{kind} {FACT_KIND_LABELS[kind]}" for kind in FactKind.ALL)

EVERY_LABELS: dict[str, str] = {
    "year": "每年",
    "half-year": "每半年",
    "quarter": "每季度",
    "month": "每月",
}

# A word standing for everything (/subscribe 全部, /deadlines 全部).
# A fact an admin changed by hand (/edit): its value is no longer the quoted sentence's.
EDITED_LABEL = "已由管理员修改"

ALL_WORDS = frozenset({"全部", "所有", "全部单位", "all", "ALL", "*"})
# /deadlines … 全部: past deadlines too.
INCLUDE_PAST_WORDS = ALL_WORDS | {"含过期", "包括过期"}


def fact_kind_label(kind: str) -> str:
    """The label of a fact kind; an unknown kind shows as itself."""
    return FACT_KIND_LABELS.get(kind, kind)


def every_label(every: str) -> str:
    """每年 for ``year``; an unknown period shows as itself."""
    return EVERY_LABELS.get(every, every)


def duty_timing(every: str, due_text: str | None = None, window_text: str | None = None) -> str:
    """When a recurring duty falls, in its document's words: 每月5日前(2027年3月—2028年6月);
    每季度 when the text states no day and no window."""
    when = due_text or every_label(every)
    return f"{when}({window_text})" if window_text else when
