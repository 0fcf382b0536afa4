"""Units a plan names only as 责任单位 ("(责任单位:A、B、C)"), none of them as the lead (role39).

They were stored and shown as if A led ("牵头: A、B、C", /units "牵头 1 项" for each): the text
says only that they answer for the item together. They now keep a role of their own from the
extractor to the store, the answers, /units, the reminders, the export and /edit; a note or a
column that does say 牵头 reads as before. Invented plans only.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import downgrade_database, upgrade_database
from policybot.knowledge.editing import EditError, field_spec, unit_field_value, update_fact
from policybot.knowledge.export import export_csv, export_records
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.units import parse_unit_note
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import FactKind, FactUnit, Milestone, Target, UnitRole
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from policybot.knowledge.service import QueryService
from policybot.knowledge.undo import undo_last
from policybot.knowledge.uploads import prepare_upload
from test_reminders_digest import local, running, tick
from tests.invented_plans import ASKED_AT, ask, city_plan, invented_plans_service

JOINT_GOAL = "到2032年,全市新增品牌企业20家。(责任单位:市市场监管局、市商务局、市工信局)"
LED_GOAL = "到2032年,新建质量基础设施站点12个。(牵头单位:市市场监管局;配合单位:市财政局)"
JOINT_STEP = (
    "(一)推进标准化建设。2032年6月30日前完成地方标准体系建设。(责任单位:市发改委、市工信局)"
)
PLAN = city_plan(f"一、主要目标\n{JOINT_GOAL}\n{LED_GOAL}\n二、重点任务\n{JOINT_STEP}\n")
TABLE_PLAN = city_plan(
    "三、任务分解表\n"
    "序号 任务 责任单位 完成时限\n"
    "1 开展质量提升专项行动 市质监局、市农业局 2032年6月30日\n"
    "2 建立品牌培育库 市商务局、市质监局(牵头) 2032年12月31日\n"
)
ADMIN = 10002


# -- extraction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "joint"),
    [
        ("责任单位:市甲局、市乙局、市丙局", True),
        ("负责单位:市甲局、市乙局", True),
        ("牵头单位:市甲局、市乙局", False),
        ("牵头单位:市甲局;责任单位:市乙局、市丙局", False),
        ("责任单位:市甲局(牵头)、市乙局", False),
        # one unit: the plan calls it 责任单位, not 牵头; shown as the lead, "谁负责" said 牵头: A
        # where the plan says 责任单位 (trial44 leftover, fix57)
        ("责任单位:市甲局", True),
        # stop 40: "(A、B负责)" says both answer for it, as 责任单位 does; 牵头 names the lead
        ("市甲局、市乙局负责", True),
        ("市甲局、市乙局负总责", True),
        ("市甲局牵头", False),
        ("市甲局、市乙局牵头", False),
        ("市甲局负责", False),
        ("市甲局牵头,市乙局、市丙局负责", False),
    ],
)
def test_a_note_naming_only_responsible_units_names_no_lead(body: str, joint: bool) -> None:
    note = parse_unit_note(body)
    assert note is not None and note.joint is joint


def test_the_extraction_marks_joint_units_and_keeps_the_schema_output() -> None:
    """The gold schema's ``lead_units`` holds 牵头单位 and 责任单位 alike: the JSON stays as it
    was (same keys, same lists: scores unchanged); the record's ``units_joint`` says which lists
    name no lead."""
    extraction = extract_text(PLAN, "plan.txt")
    joint = next(t for t in extraction.targets if t.value == 20)
    led = next(t for t in extraction.targets if t.value == 12)
    assert joint.units_joint and not led.units_joint
    data = extraction.to_schema_dict()
    shown = next(t for t in data["targets"] if t["value"] == 20)
    assert shown["lead_units"] == ["市市场监管局", "市商务局", "市工信局"]
    assert "units_joint" not in shown
    json.dumps(data, ensure_ascii=False)


def test_a_responsible_column_without_a_lead_mark_is_joint() -> None:
    extraction = extract_text(TABLE_PLAN, "table.txt")
    joint = next(m for m in extraction.milestones if "专项行动" in m.title)
    marked = next(m for m in extraction.milestones if "培育库" in m.title)
    assert joint.lead_units == ["市质监局", "市农业局"] and joint.units_joint
    assert not marked.units_joint


# -- store, answers and /units ------------------------------------------------------------------


def test_answers_say_responsible_units_never_lead(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "全市新增品牌企业目标是多少")
        who = ask(service, "新增品牌企业谁牵头")
        led = ask(service, "新建质量基础设施站点目标是多少")
    assert "责任单位: 市市场监管局、市商务局、市工信局" in reply and "牵头:" not in reply
    assert "责任单位: 市市场监管局、市商务局、市工信局" in who and "牵头:" not in who
    assert "牵头: 市市场监管局" in led and "配合: 市财政局" in led


def test_a_responsible_unit_still_finds_its_work_counted_as_shared(tmp_path: Path) -> None:
    """X负责哪些工作 finds the items X answers for with others; /units counts them apart."""
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "市商务局负责哪些工作")
        listing = render_plain(service.units())
    assert "全市新增品牌企业" in reply and "共同负责 1 项" in reply and "牵头" not in reply
    assert "市市场监管局 — 牵头 1 项, 共同负责 1 项" in listing
    assert "市工信局 — 共同负责 2 项" in listing


def test_the_store_links_them_as_responsible(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "plan.txt").result is not None
    with Session(sqlite_engine) as session:
        goal = session.exec(select(Target).where(Target.value == 20)).one()
        roles = session.exec(
            select(FactUnit.role).where(
                FactUnit.fact_kind == FactKind.TARGET, FactUnit.fact_id == goal.id
            )
        ).all()
    assert roles == [UnitRole.RESPONSIBLE] * 3


# -- export ---------------------------------------------------------------------------------------


def test_the_export_lists_responsible_units_apart_from_leads(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "plan.txt").result is not None
    (document,) = export_records(sqlite_engine)
    joint = next(t for t in document["target"] if t["value"] == 20)
    assert joint["lead_units"] == []
    assert joint["responsible_units"] == ["市市场监管局", "市商务局", "市工信局"]
    assert "市市场监管局、市商务局、市工信局" in export_csv(sqlite_engine)


# -- /edit ------------------------------------------------------------------------------------------


def test_responsible_units_are_edited_audited_and_undone(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "plan.txt").result is not None
    with Session(sqlite_engine) as session:
        goal_id = session.exec(select(Target.id).where(Target.value == 20)).one()
    assert goal_id is not None
    view = update_fact(sqlite_engine, ADMIN, "target", goal_id, "责任单位", "市商务局、市工信局")
    assert ("责任单位", "市商务局、市工信局") in view.rows
    view = update_fact(sqlite_engine, ADMIN, "target", goal_id, "牵头单位", "市市场监管局")
    assert ("牵头单位", "市市场监管局") in view.rows
    undo_last(sqlite_engine, ADMIN)
    undo_last(sqlite_engine, ADMIN)
    with Session(sqlite_engine) as session:
        links = session.exec(
            select(FactUnit.role).where(
                FactUnit.fact_kind == FactKind.TARGET, FactUnit.fact_id == goal_id
            )
        ).all()
    assert links == [UnitRole.RESPONSIBLE] * 3


def test_the_responsible_field_refuses_role_marks_and_asks_before_clearing() -> None:
    spec = field_spec(FactKind.TARGET, "责任单位")
    with pytest.raises(EditError, match="不要带"):
        unit_field_value(spec, "市甲局(牵头)、市乙局", None)
    with pytest.raises(EditError, match="确认清空"):
        unit_field_value(spec, "清空", None)
    assert unit_field_value(spec, "市甲局 市乙局", None) == ["市甲局", "市乙局"]


# -- an upgraded store ------------------------------------------------------------------------------


def test_an_upgraded_store_reads_its_responsible_units_again(sqlite_engine: Engine) -> None:
    """A store from before 0022 holds them as leads: the plan is read again at start, its fact
    ids kept."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "plan.txt").result is not None
    downgrade_database(sqlite_engine, "0021_done_as_admin")
    with sqlite_engine.begin() as connection:
        roles = {row[0] for row in connection.execute(text("SELECT role FROM fact_unit"))}
        ids = sorted(row[0] for row in connection.execute(text("SELECT id FROM target")))
    assert roles == {UnitRole.LEAD, UnitRole.SUPPORT}
    upgrade_database(sqlite_engine)
    assert stale_documents(sqlite_engine)
    assert set(reread_stale_documents(sqlite_engine).values()) == {"updated"}
    with Session(sqlite_engine) as session:
        goal = session.exec(select(Target).where(Target.value == 20)).one()
        roles_now = session.exec(
            select(FactUnit.role).where(
                FactUnit.fact_kind == FactKind.TARGET, FactUnit.fact_id == goal.id
            )
        ).all()
        assert sorted(session.exec(select(Target.id)).all()) == ids
        step = session.exec(select(Milestone).where(col(Milestone.due) == date(2032, 6, 30)))
        assert step.first() is not None
    assert roles_now == [UnitRole.RESPONSIBLE] * 3


# -- reminders ------------------------------------------------------------------------------------


async def test_a_responsible_units_chat_is_reminded_and_told_it_shares_the_item(
    sqlite_engine: Engine,
) -> None:
    """Reminders reach every responsible unit's chat as they reached a lead's; the reminder
    names them as 责任单位."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "plan.txt").result is not None
    clock = FakeClock(local(2032, 1, 2))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市工信局")
        sent = await tick(bot, clock, local(2032, 6, 30))
        (reminder,) = [m for m in sent if "地方标准体系" in m.text]
        assert "责任单位: 市发改委、市工信局" in reminder.text, reminder.text
        assert "牵头" not in reminder.text, reminder.text


# -- the upload preview's count -------------------------------------------------------------------

NAMED_MORE = city_plan(
    "一、组织领导\n"
    "成立示范市品牌建设工作领导小组,领导小组办公室设在市市场监管局,市委宣传部、市教育局为成员单位。\n"
    "二、主要目标\n"
    "到2032年,全市新增品牌企业20家。(责任单位:市市场监管局、市商务局)\n"
    "到2032年,全市新增质量标杆企业8家。(牵头单位:市工信局;配合单位:市财政局)\n"
    "三、重点任务\n"
    "(一)加强宣传引导。营造重视质量的社会氛围。(责任单位:市委宣传部、市文广旅局)\n"
    "(二)完善标准体系。推动地方标准制定修订。(牵头单位:市市场监管局;配合单位:市司法局)\n"
)


def test_the_preview_counts_the_units_units_then_lists(sqlite_engine: Engine) -> None:
    """The preview counted every body the text names (a task's units, the 领导小组 in prose) as
    责任单位, more than /units then listed; the preview, the stored summary and /units agree."""
    preview = prepare_upload(
        sqlite_engine, NAMED_MORE.encode(), "plan.txt", chat_id=ADMIN, user_id=ADMIN
    )
    stored = ingest_bytes(sqlite_engine, NAMED_MORE.encode(), "plan.txt").result
    assert stored is not None
    listed = QueryService(sqlite_engine, clock=FakeClock(ASKED_AT)).units()
    assert listed.total == 4  # 市市场监管局、市商务局 (责任), 市工信局 (牵头), 市财政局 (配合)
    assert preview.counts["units"] == listed.total
    assert stored.counts["units"] == listed.total
