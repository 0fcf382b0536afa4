"""Tasks and reward conditions in the store (SQLite and PostgreSQL): written, refreshed, exported
and removed with their document, each task linked to its lead and support units."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge import store
from policybot.knowledge.export import export_csv, export_json
from policybot.knowledge.extract.records import ConditionRecord, Span, TaskRecord
from policybot.knowledge.models import FactKind, FactUnit, RewardCondition, Task, Unit, UnitRole
from policybot.knowledge.undo import remove_document
from tests.test_store import TEXT, sample_extraction


def _with_task_and_condition():  # type: ignore[no-untyped-def]
    extraction = sample_extraction()
    start = TEXT.index("新增")
    extraction.tasks = [
        TaskRecord(
            region="示例市",
            title="健全标准化工作机制",
            quote="健全标准化工作机制(牵头单位:市标准局)",
            section="二、主要任务 / (一)",
            due=date(2020, 6, 30),
            lead_units=["市标准局"],
            support_units=["市统计局"],
            span=Span(start, start + 4, "二、主要任务 / (一)"),
        )
    ]
    extraction.conditions = [
        ConditionRecord(
            kind="no_stacking", text="同一企业就高不重复奖励", quote="同一企业就高不重复奖励。"
        )
    ]
    return extraction


def _task_units(session: Session, task_id: int) -> dict[str, list[str]]:
    links = session.exec(
        select(FactUnit, Unit)
        .where(FactUnit.fact_kind == FactKind.TASK, FactUnit.fact_id == task_id)
        .where(FactUnit.unit_id == Unit.id)
    ).all()
    roles: dict[str, list[str]] = {UnitRole.LEAD: [], UnitRole.SUPPORT: []}
    for link, unit in links:
        roles[link.role].append(unit.name)
    return roles


def test_tasks_are_stored_with_citation_and_units(engine: Engine) -> None:
    result = store.ingest_extraction(engine, _with_task_and_condition())
    with Session(engine) as session:
        task = session.exec(select(Task)).one()
        assert (task.title, task.due, task.section) == (
            "健全标准化工作机制",
            date(2020, 6, 30),
            "二、主要任务 / (一)",
        )
        assert task.document_id == result.document_id and task.region == "示例市"
        assert _task_units(session, task.id or 0) == {"lead": ["市标准局"], "support": ["市统计局"]}
        (condition,) = session.exec(select(RewardCondition)).all()
        assert (condition.kind, condition.text) == ("no_stacking", "同一企业就高不重复奖励")


def test_reingest_refreshes_tasks_in_place_and_rewrites_conditions(engine: Engine) -> None:
    first = _with_task_and_condition()
    store.ingest_extraction(engine, first)
    with Session(engine) as session:
        task_id = session.exec(select(Task.id)).one()
    better = replace(first, conditions=[replace(first.conditions[0], kind="other")])
    better.tasks = [replace(first.tasks[0], support_units=["市财政局"])]
    assert store.ingest_extraction(engine, better).action == "updated"
    with Session(engine) as session:
        assert session.exec(select(Task.id)).one() == task_id  # same task, same id
        assert _task_units(session, task_id or 0)["support"] == ["市财政局"]
        assert [c.kind for c in session.exec(select(RewardCondition))] == ["other"]


def test_a_task_no_longer_extracted_is_marked_deleted(engine: Engine) -> None:
    first = _with_task_and_condition()
    store.ingest_extraction(engine, first)
    store.ingest_extraction(engine, replace(first, tasks=[]))
    with Session(engine) as session:
        assert session.exec(select(Task)).one().deleted_at is not None


def test_export_includes_tasks_and_conditions(engine: Engine) -> None:
    store.ingest_extraction(engine, _with_task_and_condition())
    (document,) = json.loads(export_json(engine))["documents"]
    (task,) = document["task"]
    assert (task["title"], task["lead_units"], task["support_units"]) == (
        "健全标准化工作机制",
        ["市标准局"],
        ["市统计局"],
    )
    assert [c["kind"] for c in document["conditions"]] == ["no_stacking"]
    assert "task," in export_csv(engine)


def test_removing_a_document_removes_its_tasks_and_conditions(engine: Engine) -> None:
    result = store.ingest_extraction(engine, _with_task_and_condition())
    with Session(engine) as session:
        remove_document(session, result.document_id)
        session.commit()
        assert session.exec(select(Task)).all() == []
        assert session.exec(select(RewardCondition)).all() == []
        assert session.exec(select(FactUnit).where(FactUnit.fact_kind == FactKind.TASK)).all() == []


def test_rewards_are_listed_with_their_documents_conditions(engine: Engine) -> None:
    from policybot.knowledge.service import QueryService

    store.ingest_extraction(engine, _with_task_and_condition())
    answer = QueryService(engine).rewards("示例市")
    assert answer.found
    assert "注(不重复奖励):同一企业就高不重复奖励" in answer.notes


def test_targets_are_listed_without_conditions(engine: Engine) -> None:
    from policybot.knowledge.service import QueryService

    store.ingest_extraction(engine, _with_task_and_condition())
    assert not any(note.startswith("注(") for note in QueryService(engine).targets("示例市").notes)


def test_csv_export_quotes_cells_a_spreadsheet_would_run_as_formulas(engine: Engine) -> None:
    import csv
    import io

    extraction = _with_task_and_condition()
    task = extraction.tasks[0]
    task.title = '=HYPERLINK("http://example.invalid","点击")'
    task.quote = "@SUM(1+1)"
    task.lead_units = ["+市标准局"]
    task.support_units = ["\t市统计局"]
    store.ingest_extraction(engine, extraction)
    rows = list(csv.DictReader(io.StringIO(export_csv(engine))))
    row = next(row for row in rows if row["kind"] == "task")
    assert row["text"] == "'" + '=HYPERLINK("http://example.invalid","点击")'
    assert row["quote"] == "'@SUM(1+1)"
    assert row["lead_units"] == "'+市标准局"
    assert row["support_units"] == "'\t市统计局"
    assert row["document"][0] != "'"
    assert all(
        not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r.values()
    )
