"""The progress picture: one bar per target, the share reached, coloured by status.

Green is on track (or done), amber behind the time already gone, red past the deadline — the
order of urgency the reminders use (approaching, close, overdue). A black tick marks where the
target should be by now. Rendered with matplotlib's Agg backend into PNG bytes; callers run it
off the event loop (``asyncio.to_thread``): a chart takes a few hundred milliseconds.
"""

from __future__ import annotations

import io

from policybot.knowledge.answers import format_amount
from policybot.knowledge.progress_status import (
    STATUS_NAMES,
    ProgressOverview,
    Status,
    TargetProgress,
)
from policybot.reports.fonts import install_cjk_font

COLOURS = {
    Status.DONE: "#2e7d32",
    Status.ON_TRACK: "#43a047",
    Status.AT_RISK: "#f9a825",
    Status.OVERDUE: "#c62828",
}
MAX_BARS = 40
LABEL_CHARS = 18
SHARE_CEILING = 1.2


def bar_label(item: TargetProgress) -> str:
    subject = item.label if len(item.label) <= LABEL_CHARS else item.label[: LABEL_CHARS - 1] + "…"
    unit = item.fact.row.unit
    reached = f"{format_amount(item.reported, None)}/{format_amount(item.target, unit)}"
    return f"{subject} #{item.fact.row.id}\n{reached} · 截止{item.due.isoformat()}"


def render_progress_chart(overview: ProgressOverview) -> bytes:
    """PNG bytes of the overview's reported targets (the most urgent ``MAX_BARS``)."""
    install_cjk_font()
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    items = list(overview.items[:MAX_BARS])
    height = 1.6 + 0.55 * max(len(items), 1)
    figure = Figure(figsize=(8.0, height), dpi=110)
    axes = figure.add_subplot()
    positions = list(range(len(items)))[::-1]
    shares = [min(item.share, SHARE_CEILING) * 100 for item in items]
    axes.barh(positions, shares, color=[COLOURS[item.status] for item in items], height=0.6)
    axes.scatter(
        [item.expected * 100 for item in items],
        positions,
        marker="|",
        s=260,
        color="black",
        zorder=3,
    )
    for position, item, share in zip(positions, items, shares, strict=True):
        axes.text(share + 1, position, f"{round(item.share * 100)}%", va="center", fontsize=8)
    axes.set_yticks(positions, [bar_label(item) for item in items], fontsize=8)
    axes.axvline(100, color="#555555", linewidth=0.8, linestyle="--")
    axes.set_xlim(0, SHARE_CEILING * 100 + 12)
    axes.set_xlabel("已完成目标值的百分比(竖线:按时间应达到的进度)", fontsize=9)
    title = f"{overview.scope} 目标进展"
    if overview.today:
        title += f"(截至 {overview.today.isoformat()})"
    axes.set_title(title, fontsize=11)
    present = [status for status in COLOURS if overview.count(status)]
    axes.legend(
        handles=[Patch(color=COLOURS[s], label=STATUS_NAMES[s]) for s in present],
        loc="lower right",
        fontsize=8,
    )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
