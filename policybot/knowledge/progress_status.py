"""How each target of a region or unit stands: its latest report against its value and deadline.

The reports are the ones units send with ``/report`` (``knowledge.progress``); this module only
reads them, through the answer index (latest report per target). A target is

- 已完成 when the report reaches its value;
- 逾期 when its deadline has passed without that;
- 滞后 when it is behind the share of its time window already gone (the plan's issue date, or
  for a yearly quota the current year, up to the deadline), by more than ``TOLERANCE``;
- 正常 otherwise; targets with no report yet are counted as 未报送 and not drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from policybot.knowledge import vocabulary
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import find_unit, resolve_region
from policybot.knowledge.search import IndexedFact, KnowledgeIndex

TOLERANCE = 0.10


class Status:
    DONE = "done"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    NOT_REPORTED = "not_reported"


STATUS_NAMES = {
    Status.DONE: "已完成",
    Status.ON_TRACK: "正常",
    Status.AT_RISK: "滞后",
    Status.OVERDUE: "逾期",
    Status.NOT_REPORTED: "未报送",
}
# Worst first: what needs attention leads the chart and the summary.
SEVERITY = (Status.OVERDUE, Status.AT_RISK, Status.ON_TRACK, Status.DONE)


@dataclass(frozen=True)
class TargetProgress:
    fact: IndexedFact
    reported: float
    reported_on: date
    due: date
    share: float
    expected: float
    status: str

    @property
    def label(self) -> str:
        return self.fact.row.label

    @property
    def target(self) -> float:
        return self.fact.row.value or 0.0


@dataclass(frozen=True)
class ProgressOverview:
    found: bool
    message: str
    scope: str = ""
    today: date | None = None
    items: tuple[TargetProgress, ...] = ()
    unreported: int = 0

    def count(self, status: str) -> int:
        if status == Status.NOT_REPORTED:
            return self.unreported
        return sum(1 for item in self.items if item.status == status)


def progress_overview(
    index: KnowledgeIndex, name: str, today: date, tz: ZoneInfo
) -> ProgressOverview:
    """The targets of the region (or unit) ``name`` with their status on ``today``."""
    scope_name, positions = _scope(index, name)
    if positions is None:
        return ProgressOverview(False, f"未找到地区或单位“{name}”")
    targets = sorted(
        (index.fact_at(p) for p in positions if index.fact_at(p).row.kind == FactKind.TARGET),
        key=lambda fact: fact.position,
    )
    if not targets:
        return ProgressOverview(False, f"{scope_name}没有目标任务", scope_name, today)
    items = [_status(fact, today, tz) for fact in targets if fact.progress is not None]
    items.sort(key=lambda item: (SEVERITY.index(item.status), item.share, item.fact.position))
    unreported = len(targets) - len(items)
    return ProgressOverview(True, "", scope_name, today, tuple(items), unreported)


def _scope(index: KnowledgeIndex, name: str) -> tuple[str, set[int] | None]:
    region_ids = resolve_region(name, index)
    if region_ids:
        positions: set[int] = set()
        for region_id in region_ids:
            for scoped in index.region_scope(region_id):
                positions |= index.positions_in_region(scoped)
        label = "、".join(index.region_name(r) or "" for r in region_ids)
        return label, positions
    unit_ids, unit_text, _ = find_unit(vocabulary.normalise(name), index)
    if not unit_ids:
        return name, None
    positions = set()
    for unit_id in unit_ids:
        positions |= index.positions_of_unit(unit_id)
    return unit_text or name, positions


def _status(fact: IndexedFact, today: date, tz: ZoneInfo) -> TargetProgress:
    report = fact.progress
    assert report is not None
    target = fact.row.value or 0.0
    share = report.value / target if target > 0 else 1.0
    start, due = _window(fact, today)
    span = (due - start).days
    expected = min(max((today - start).days / span, 0.0), 1.0) if span > 0 else 1.0
    if share >= 1.0:
        status = Status.DONE
    elif due < today:
        status = Status.OVERDUE
    elif share + TOLERANCE < expected:
        status = Status.AT_RISK
    else:
        status = Status.ON_TRACK
    return TargetProgress(
        fact=fact,
        reported=report.value,
        reported_on=report.reported_at.astimezone(tz).date(),
        due=due,
        share=share,
        expected=expected,
        status=status,
    )


def _window(fact: IndexedFact, today: date) -> tuple[date, date]:
    """When the work on a target started and when it is due.

    A yearly quota ("每年…") is due at the end of each plan year: the window is the current
    year (within the plan). Other targets run from the plan's issue date (or the first plan
    year) to their deadline; a target without a deadline is due at the plan's end.
    """
    row = fact.row
    document = fact.document
    end = row.due or (date(document.period_end, 12, 31) if document.period_end else today)
    if row.per_year:
        year = min(max(today.year, document.period_start or today.year), end.year)
        return date(year, 1, 1), min(date(year, 12, 31), end)
    if document.issued and document.issued < end:
        return document.issued, end
    if document.period_start and date(document.period_start, 1, 1) < end:
        return date(document.period_start, 1, 1), end
    return date(end.year, 1, 1), end


STATUS_MARKS = {
    Status.OVERDUE: "🔴",
    Status.AT_RISK: "🟡",
    Status.ON_TRACK: "🟢",
    Status.DONE: "✅",
}


def summary_line(overview: ProgressOverview, *, may_report: bool = True) -> str:
    """One line for the photo's caption and the terminal: counts by status, worst first.
    ``may_report``: whether the reader may use /report (an admin, or in a chat designated to
    report); anyone else is not pointed to a command that refuses them and ids they never see."""
    if not overview.found:
        return overview.message
    reported = len(overview.items)
    parts = [
        f"{STATUS_MARKS[status]}{STATUS_NAMES[status]} {overview.count(status)}"
        for status in SEVERITY
        if overview.count(status)
    ]
    head = f"{overview.scope} 目标进展({overview.today.isoformat() if overview.today else ''}):"
    if not reported:
        how = "用 /report 目标编号 数值 报送" if may_report else "由各单位指定的报送群报送"
        return head + f"{overview.unreported} 项目标都还没有报送进展({how})"
    tail = f";另有 {overview.unreported} 项未报送" if overview.unreported else ""
    return head + f"已报送 {reported} 项 — " + " · ".join(parts) + tail
