"""A table row's count split among places in one cell of the row.

A 目标任务分解表 gives each indicator a row: the indicator with its unit in brackets, the total, then
a cell that shares the total out among the places that carry it ("新增认证企业数(家) | 120 |
甲镇65 乙乡15 丙街道办40 …", the copy often gluing each place to the figure before it), then the
responsible unit.  The cells before the indicator, when a row opens its block with them ("品牌提升工程 |
推进企业品牌认证"), name the project the block's goals serve: a task of the block's units.  The total is one goal of the whole; every place's figure is one goal with the
place in ``district``, counting what the indicator counts in the indicator's unit.  A row without
a unit cell of its own continues the block above it (the merged 责任单位 cell spans its rows).

Only a cell made wholly of three or more "<place><figure>" items is such a split: a place is a
name ending in a division word (镇, 乡, 街道(办), 区, 县, 市, 旗), its total is the row's goal
and each item's figure a place's, unless the item is a kind of site (社区, 园区, 景区) or a place of
another city (云州市南汀区 in 示范市's plan): no district of the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.districts import lies_in
from policybot.knowledge.extract.records import TITLE_WIDTH, Span, TargetRecord, TaskRecord
from policybot.knowledge.extract.units import looks_like_unit, split_unit_list

_PLACE_FIGURE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,10}?(?:街道办事处|街道办|街道|镇|乡|区|县|市|旗))"
    r"\s*(?P<figure>\d+(?:\.\d+)?)(?![\d.%])"
)
_ALLOCATION_CELL = re.compile(rf"^(?:{_PLACE_FIGURE.pattern}\s*){{3,}}$")
# Words ending like a place that name no place ("社区30 园区50 景区20": kinds of site): a cell of
# them shares nothing among the plan's places (attack45).
_NO_PLACE = re.compile(
    r"^(?:社|园|景|校|小|片|辖|市|郊|山|库|灾|矿|牧|林|湖|老|街|商|厂|院|营|园|功能|"
    r"开发|示范|试点|重点|保护|生活|居住|工业|产业|核心|城市|农村|乡村|各)区$|"
    r"^(?:城|超|夜|集|早|门|股|楼|各)市$|^(?:城|家|故|下|各)乡$|^(?:城|乡|集|重|各)镇$|"
    r"^各(?:县|旗|街道)$"
)
# "云州市南汀区20" in 示范市's plan: a place of another city, not one the plan shares out to.
_CITY_BEFORE = re.compile(r"^(?P<city>[\u4e00-\u9fff]{2,6}?(?:市|州|盟))(?=[\u4e00-\u9fff])")


def _plans_own_place(place: str, ctx: DocContext) -> bool:
    """Whether ``place`` (an item of a split cell) is a place of the plan's region: not a kind of
    site, nor a place of another city."""
    if _NO_PLACE.match(place):
        # (郊区, 矿区: a kind of site, unless the plan's city has a district of that name, as
        # the gazetteer tells)
        return lies_in(place, ctx.region) is not None
    other = _CITY_BEFORE.match(place)
    return not (other and ctx.region and other.group("city") not in ctx.region)


# "新增认证企业数(家)": the indicator and the unit its figures count in
_INDICATOR = re.compile(r"^(?P<subject>[^\d|()]{2,40}?)\((?P<unit>[^()\d]{1,6})\)$")
_TOTAL = re.compile(r"^\d+(?:\.\d+)?$")
_CELL = re.compile(r"[^|]+")


@dataclass
class _Cell:
    text: str
    start: int
    end: int


def _cells(line: str, offset: int) -> list[_Cell]:
    cells = []
    for match in _CELL.finditer(line):
        text = match.group().strip()
        if text:
            lead = len(match.group()) - len(match.group().lstrip())
            start = offset + match.start() + lead
            cells.append(_Cell(text, start, start + len(text)))
    return cells


def _unit_names(cell: str) -> list[str]:
    if re.search(r"\d|。", cell) or len(cell) > 60:
        return []
    names = split_unit_list(cell)
    return names if names and all(looks_like_unit(name) for name in names) else []


def allocation_targets(ctx: DocContext) -> list[TargetRecord]:
    """Every total and place figure of the table rows whose one cell splits the row's count."""
    text = ctx.text
    deadline: date | None = ctx.plan_end
    found: list[TargetRecord] = []
    units: list[str] = []
    offset = 0
    previous_was_row = False
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if "|" not in line:
            previous_was_row = False
            continue
        cells = _cells(line, start)
        split_at = next(
            (i for i, cell in enumerate(cells) if _ALLOCATION_CELL.match(cell.text)), None
        )
        if split_at is None or split_at < 2:
            previous_was_row = False
            continue
        total, indicator = cells[split_at - 1], cells[split_at - 2]
        named = _INDICATOR.match(indicator.text)
        if not _TOTAL.match(total.text) or named is None:
            previous_was_row = False
            continue
        row_units = [name for cell in cells[split_at + 1 :] for name in _unit_names(cell.text)]
        if row_units or not previous_was_row:
            units = row_units
        previous_was_row = True
        subject, unit = named.group("subject").strip(), named.group("unit")
        row_span = Span(indicator.start, cells[split_at].end)
        found.append(
            TargetRecord(
                region=ctx.region,
                subject=subject,
                value=float(total.text),
                quote=text[indicator.start : total.end],
                unit=unit,
                deadline=deadline,
                lead_units=list(units),
                span=row_span,
            )
        )
        cell = cells[split_at]
        for match in _PLACE_FIGURE.finditer(cell.text):
            if not _plans_own_place(match.group("place"), ctx):
                continue  # the row's total stands; the item is no district's goal
            found.append(
                TargetRecord(
                    region=ctx.region,
                    subject=subject,
                    value=float(match.group("figure")),
                    quote=match.group().strip(),
                    district=match.group("place"),
                    unit=unit,
                    deadline=deadline,
                    lead_units=list(units),
                    span=Span(cell.start + match.start(), cell.start + match.end()),
                )
            )
    return found


def within_allocation_rows(target: TargetRecord, rows: list[TargetRecord]) -> bool:
    """Whether a goal read elsewhere lies on a row an allocation read (it misreads the row)."""
    return any(
        row.district is None and row.span.start <= target.span.start < row.span.end for row in rows
    )


def allocation_tasks(ctx: DocContext) -> list[TaskRecord]:
    """The project a block of allocation rows serves, named by the cells before a row's indicator
    ("品牌提升工程 | 推进企业品牌认证 | 新增认证企业数(家) | 120 | …"), led by the row's units."""
    found: list[TaskRecord] = []
    offset = 0
    for line in ctx.text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if "|" not in line:
            continue
        cells = _cells(line, start)
        split_at = next(
            (i for i, cell in enumerate(cells) if _ALLOCATION_CELL.match(cell.text)), None
        )
        if split_at is None or split_at < 3 or not _INDICATOR.match(cells[split_at - 2].text):
            continue
        heads = cells[: split_at - 2]
        units = [name for cell in cells[split_at + 1 :] for name in _unit_names(cell.text)]
        if not units or any(
            re.search(r"\d", cell.text) or _unit_names(cell.text) for cell in heads
        ):
            continue
        title = ":".join(cell.text for cell in heads)
        found.append(
            TaskRecord(
                region=ctx.region,
                title=title[:TITLE_WIDTH],
                quote=ctx.text[heads[0].start : heads[-1].end],
                lead_units=units,
                span=Span(heads[0].start, heads[-1].end),
            )
        )
    return found
