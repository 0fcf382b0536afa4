"""The ledger spreadsheet: it opens with openpyxl and its rows are the store's live facts, with
frozen headers, filters, fitted widths, real dates and a citation per row; and the CLI writes it.
Runs on SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.bot.cli import main
from policybot.knowledge import vocabulary
from policybot.knowledge.editing import update_fact
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.ledger import UnknownRegion, build_ledger
from policybot.knowledge.models import (
    Document,
    DocumentStatus,
    FactKind,
    Milestone,
    RecurringDuty,
    Region,
    RewardRule,
    Target,
    Task,
)
from policybot.knowledge.progress import report_progress
from policybot.knowledge.queries import read_live_tasks
from policybot.knowledge.service import QueryService
from policybot.reports.spreadsheet import (
    REWARD_HEADERS,
    TARGET_HEADERS,
    TASK_HEADERS,
    ledger_workbook,
)


def _workbook(engine: Engine, region: str | None) -> tuple[bytes, QueryService]:
    service = QueryService(engine)
    ledger = build_ledger(service.index.current(), region, service.tz, read_live_tasks(engine))
    return ledger_workbook(ledger), service


def _rows(sheet: Worksheet) -> list[dict[str, object]]:
    values = list(sheet.iter_rows(values_only=True))
    headers = values[0]
    return [dict(zip(headers, row, strict=True)) for row in values[1:]]


def _live(session: Session, model: type, region_ids: set[int] | None = None) -> list:
    statement = (
        select(model)
        .join(Document, Document.id == model.document_id)  # type: ignore[attr-defined]
        .where(Document.status == DocumentStatus.ACTIVE, col(model.deleted_at).is_(None))  # type: ignore[attr-defined]
    )
    rows = list(session.exec(statement))
    if region_ids is not None:
        rows = [row for row in rows if row.region_id in region_ids]
    return rows


@pytest.fixture
def seeded(engine: Engine) -> Engine:
    load_seeds_if_empty(engine)
    return engine


def test_the_whole_store_sheet_by_sheet_equals_the_live_facts(seeded: Engine) -> None:
    data, _ = _workbook(seeded, None)
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["目标", "节点与任务", "奖励"]
    with Session(seeded) as session:
        targets = _live(session, Target)
        tasks = _live(session, Milestone) + _live(session, RecurringDuty) + _live(session, Task)
        rewards = _live(session, RewardRule)
        documents = {d.id: d for d in session.exec(select(Document))}
    sheet_targets = {row["编号"]: row for row in _rows(workbook["目标"])}
    assert set(sheet_targets) == {t.id for t in targets}
    for target in targets:
        row = sheet_targets[target.id]
        assert row["事项"] == vocabulary.normalise(target.subject)
        assert row["目标值"] == target.value and row["单位"] == target.unit
        deadline = row["截止日期"]
        assert (deadline.date() if isinstance(deadline, datetime) else deadline) == target.deadline
        document = documents[target.document_id]
        assert row["文件"] == (document.short_title or document.title)
        assert row["章节"] == target.section
        assert row["原文"] == vocabulary.normalise(target.quote)
    task_rows = _rows(workbook["节点与任务"])
    assert len(task_rows) == len(tasks)
    kinds = {"时间节点": Milestone, "常规工作": RecurringDuty, "任务": Task}
    assert {(row["类型"], row["编号"]) for row in task_rows} == {
        (next(k for k, m in kinds.items() if isinstance(t, m)), t.id) for t in tasks
    }
    assert any(row["类型"] == "任务" and row["牵头单位"] for row in task_rows)
    assert {row["编号"] for row in _rows(workbook["奖励"])} == {r.id for r in rewards}
    amounts = {row["编号"]: row["金额(元)"] for row in _rows(workbook["奖励"])}
    assert all(amounts[r.id] == r.amount_yuan for r in rewards)


def test_layout_frozen_header_filters_widths_and_dates(seeded: Engine) -> None:
    workbook = load_workbook(io.BytesIO(_workbook(seeded, None)[0]))
    for name, headers in zip(
        workbook.sheetnames, (TARGET_HEADERS, TASK_HEADERS, REWARD_HEADERS), strict=True
    ):
        sheet = workbook[name]
        assert [cell.value for cell in sheet[1]] == list(headers)
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert all(sheet.column_dimensions[c].width >= 6 for c in ("A", "B", "C"))
        assert sheet[1][0].font.bold
    deadline_cell = workbook["目标"]["H2"]
    assert isinstance(deadline_cell.value, datetime) and deadline_cell.is_date
    assert deadline_cell.number_format == "yyyy-mm-dd"
    subject_width = workbook["目标"].column_dimensions["C"].width
    assert 20 <= subject_width <= 60


def test_a_region_holds_its_own_rows_and_progress(seeded: Engine) -> None:
    with Session(seeded) as session:
        brands = session.exec(
            select(Target).where(
                col(Target.district).contains("南海"),
                Target.subject == "各区有效期内省名牌产品数量",
                Target.deadline == date(2018, 12, 31),
            )
        ).one()
    report_progress(
        seeded,
        target_ref=str(brands.id),
        value_text="100",
        user_id=1,
        chat_id=1,
        is_admin=True,
        now=datetime(2018, 6, 1, 2, tzinfo=UTC),
    )
    data, service = _workbook(seeded, "南海区")
    rows = _rows(load_workbook(io.BytesIO(data))["目标"])
    with Session(seeded) as session:
        nanhai = session.exec(select(Region).where(Region.name == "佛山市南海区")).one()
        expected = {t.id for t in _live(session, Target, {nanhai.id})}
    assert {row["编号"] for row in rows} == expected and expected
    reported = next(row for row in rows if row["编号"] == brands.id)
    assert reported["最新进展"] == 100
    assert reported["进展报送日期"].date() == date(2018, 6, 1)
    assert reported["完成比例"] == pytest.approx(100 / 239)
    with pytest.raises(UnknownRegion):
        build_ledger(service.index.current(), "火星", service.tz)


def test_cli_writes_the_spreadsheet(
    seeded: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYBOT_CONFIG", raising=False)
    monkeypatch.setenv("POLICYBOT_DB_URL", db_url)
    assert main(["export", "--format", "xlsx", "-o", "nanhai.xlsx", "--region", "南海区"]) == 0
    assert "佛山市南海区 目标 24 项" in capsys.readouterr().out
    assert load_workbook(tmp_path / "nanhai.xlsx")["目标"].max_row == 25
    assert main(["export", "--format", "xlsx"]) == 2  # binary: a file is required
    assert main(["export", "--format", "xlsx", "-o", "x.xlsx", "--region", "火星"]) == 1
    assert main(["export", "--format", "csv", "--region", "南海区"]) == 2


def test_a_text_that_looks_like_a_formula_stays_text(seeded_engine: Engine) -> None:
    """A target's subject edited to =HYPERLINK(…) was written as a live formula into the
    ledger anyone may /export and open in Excel; it must stay the text the store holds."""
    formula = '=HYPERLINK("http://example.invalid/x","点击查看")'
    with Session(seeded_engine) as session:
        target = session.exec(select(Target)).first()
        assert target is not None and target.id is not None
        target_id = target.id
    update_fact(seeded_engine, 1, FactKind.TARGET, target_id, "subject", formula)
    raw, _ = _workbook(seeded_engine, None)
    sheet = load_workbook(io.BytesIO(raw))["目标"]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value == formula]
    assert cells and all(cell.data_type == "s" for cell in cells)
