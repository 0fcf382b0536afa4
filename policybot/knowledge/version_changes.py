"""What a new version of a plan changes in the one it replaces (same 文号): a replacing upload's
preview says it will replace #N, and the admin confirming wants to know what differs without
reading both texts — a sum changed (奖励 20万元→25万元), items added or gone.

Items are matched by kind and name (a target's subject, a milestone's or duty's title, a
reward's achievement); a matched item whose value, sum, date or duty day differs is changed. Tasks are
left out: they are the headings the other items stand under, and a reworded heading is no
change an admin acts on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from policybot.knowledge.answers import format_amount, format_yuan
from policybot.knowledge.clipping import clip
from policybot.knowledge.extract.records import Extraction
from policybot.knowledge.labels import FACT_KIND_LABELS, duty_timing
from policybot.knowledge.models import FACT_MODELS, FactKind

# How many changed items a preview names (a phone's few lines), and how much of each name.
CHANGES_SHOWN = 3
CHANGE_NAME_LIMIT = 16
# A duty whose day changed: its reminders fall on the new day once the version is stored.
REMINDERS_MOVE = "(提醒日期随之改变)"


@dataclass(frozen=True)
class VersionChanges:
    """Changed items (``奖励 新获国家级品牌产品 20万元→25万元``), and how many were added and
    how many are gone."""

    changed: tuple[str, ...]
    added: int
    removed: int

    @property
    def any(self) -> bool:
        return bool(self.changed or self.added or self.removed)


def version_changes(session: Session, document_id: int, extraction: Extraction) -> VersionChanges:
    """What ``extraction`` changes in the stored document ``document_id`` (its live items)."""
    old = _keyed(_stored(session, document_id))
    new = _keyed(_extracted(extraction))
    changed = [
        f"{FACT_KIND_LABELS[kind]} {clip(name, CHANGE_NAME_LIMIT)} {old[kind, name]}→{value}"
        + (REMINDERS_MOVE if kind == FactKind.RECURRING else "")
        for (kind, name), value in new.items()
        if (kind, name) in old and old[kind, name] != value
    ]
    return VersionChanges(
        changed=tuple(changed),
        added=sum(1 for key in new if key not in old),
        removed=sum(1 for key in old if key not in new),
    )


def change_lines(changes: VersionChanges) -> list[str]:
    """At most ``CHANGES_SHOWN`` lines: the changed items, then ``+N 新增 / −M 删除``."""
    counts = [f"+{changes.added} 新增"] if changes.added else []
    counts += [f"−{changes.removed} 删除"] if changes.removed else []
    crowded = bool(counts) or len(changes.changed) > CHANGES_SHOWN
    lines = list(changes.changed[: CHANGES_SHOWN - 1] if crowded else changes.changed)
    more = len(changes.changed) - len(lines)
    counts += [f"另有 {more} 项改动"] if more else []
    if counts:
        lines.append(" / ".join(counts))
    return lines


def _keyed(items: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """(kind, name) → what is said of it; a name twice keeps its first (a plan's own repeat)."""
    keyed: dict[tuple[str, str], str] = {}
    for kind, name, value in items:
        keyed.setdefault((kind, name), value)
    return keyed


def _stored(session: Session, document_id: int) -> Iterable[tuple[str, str, str]]:
    for kind, model in FACT_MODELS.items():
        rows = session.exec(
            select(model).where(
                col(model.document_id) == document_id, col(model.deleted_at).is_(None)
            )
        )
        for row in rows:
            yield _said(kind, row)


def _extracted(extraction: Extraction) -> Iterable[tuple[str, str, str]]:
    for kind, records in (
        (FactKind.TARGET, extraction.targets),
        (FactKind.MILESTONE, extraction.milestones),
        (FactKind.RECURRING, extraction.recurring),
        (FactKind.REWARD, extraction.rewards),
    ):
        for record in records:
            yield _said(kind, record)


def _said(kind: str, item: object) -> tuple[str, str, str]:
    """(kind, name, value) of a stored row or an extracted record: they share these fields."""
    if kind == FactKind.TARGET:
        value = format_amount(getattr(item, "value", None), getattr(item, "unit", None))
        return kind, str(getattr(item, "subject", "")), value
    if kind == FactKind.REWARD:
        amount = getattr(item, "amount_yuan", None)
        said = format_yuan(amount) if amount is not None else str(getattr(item, "treatment", ""))
        return kind, str(getattr(item, "achievement", "")), said
    title = str(getattr(item, "title", ""))
    if kind == FactKind.RECURRING:
        # 每月5日前 → 每月10日前: the day (or window) a duty falls moves its reminders
        every = str(getattr(item, "every", "") or "")
        when = duty_timing(
            every, getattr(item, "due_text", None), getattr(item, "window_text", None)
        )
        return kind, _DUTY_DAY.sub("", title) or title, when if every else ""
    due = getattr(item, "due", None)
    return kind, title, due.isoformat() if due else ""


# "每月5日前", "每季度末", "每年3月底前": a duty's title may open with its day, which the value
# says; a duty is the same duty with its day moved.
_DUTY_DAY = re.compile(
    r"每(?:个)?(?:年度?|半年|季度?|月|周)(?:第?[一二三四五六七八九十\d]{1,2}(?:个)?(?:月|季度))?"
    r"(?:[\d一二三四五六七八九十]{1,3}(?:日|号)|初|中|底|末)?(?:前|之前|以前)?"
)
