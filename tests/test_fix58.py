"""Fix 58 (review of fix57) on invented plans: a span running backwards reads no clause and
breaks no run (PostgreSQL refused the negative substring length); /deadlines <district> and the
reminders read a clipped title's clause from one source (the quote cut at 120 characters hid a
district the reminders reached); the undo question counts no deleted fact or retired document
as standing behind a subscription; /doc of a number a retired plan stopped offers the plan in
force that stops it too."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from invented_plans import ASKED_AT, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.editing import delete_fact, retire_document
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import (
    Document,
    DocumentStatus,
    FactKind,
    Milestone,
    RecurringDuty,
    Region,
    Target,
    Unit,
)
from policybot.knowledge.service import QueryService
from policybot.knowledge.undo_conflicts import _emptied_subscriptions
from policybot.scheduler.items import due_items, reached_districts
from policybot.scheduler.models import Subscription
from test_attack47_district_reach import PLAN
from test_fix56 import PLAN as STOPPING_PLAN
from test_reminders_digest import GROUP, OWNER, local, running, tick

# A work whose name runs on past the quote's 120 characters before the district it is of.
VERY_LONG_WORK = (
    "集计量检测、认证认可、标准化服务、知识产权保护、品牌培育、质量技术咨询、质量人才培训、"
    "检验检测公共服务、质量安全风险监测、产品质量追溯、质量信用评价、质量专家会诊、"
    "计量器具检定校准、标准信息查询、商标注册指导和专利导航等功能于一体的质量基础设施"
    "一站式服务中心西湾区分中心"
)
VERY_LONG_PLAN = PLAN.replace(
    "3.共建服务平台。",
    f"5.一站式服务。2032年6月底前,建成{VERY_LONG_WORK}。(牵头单位:市市场监管局)\n"
    f"6.定期调度。每季度召开一次{VERY_LONG_WORK}建设调度会。(牵头单位:市市场监管局)\n"
    "3.共建服务平台。",
)
LONG_STEP = "建成集计量检测、认证认可"  # the step's and the duty's titles begin so
LONG_DUTY = "召开集计量检测、认证认可"


def test_the_district_is_named_past_the_quotes_120_characters() -> None:
    assert VERY_LONG_WORK.index("西湾区") > 120


def _ids(session: Session, model: type[Milestone] | type[RecurringDuty]) -> list[int]:
    return [
        fact_id
        for fact_id, title in session.execute(select(col(model.id), col(model.title)))
        if title.startswith(("建成集", "召开集", "每季度召开一次集"))
    ]


def _western(session: Session) -> int:
    return session.exec(select(col(Region.id)).where(col(Region.name).endswith("西湾区"))).one()


async def test_reminders_and_deadlines_of_a_district_named_past_120_characters_agree(
    sqlite_engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The chat following 西湾区 is reminded of the step and the duty; /deadlines 西湾区 listed
    neither (it read their clause from the quote, cut before 西湾区). Both now; 北屿县's
    neither."""
    assert ingest_bytes(sqlite_engine, VERY_LONG_PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 西湾区", chat_id=OWNER, user_id=OWNER)
        await bot.say("/subscribe 北屿县")
        by_chat = {m.chat_id: m.text for m in await tick(bot, clock, local(2032, 6, 23))}
    assert LONG_STEP in by_chat[OWNER] and LONG_DUTY in by_chat[OWNER], by_chat
    assert LONG_STEP not in by_chat.get(GROUP, "") and LONG_DUTY not in by_chat.get(GROUP, "")
    folder = tmp_path_factory.mktemp("deadlines")
    with invented_plans_service(folder, VERY_LONG_PLAN, now=ASKED_AT.replace(year=2032)) as service:
        western, _ = answer_text(service, "/deadlines 西湾区")
        northern, _ = answer_text(service, "/deadlines 北屿县")
    assert LONG_STEP in western and LONG_DUTY in western, western
    assert LONG_STEP not in northern and LONG_DUTY not in northern, northern


def test_the_index_and_the_reminders_reach_the_same_districts(engine: Engine) -> None:
    """Every milestone and duty: the districts the answer index files it under are those the
    reminders send it to (one rule, one source), on each backend."""
    assert ingest_bytes(engine, VERY_LONG_PLAN.encode(), "bichuan.txt").result is not None
    index = QueryService(engine, clock=FakeClock(ASKED_AT)).index.current()
    indexed = {
        (fact.row.kind, fact.row.id): frozenset(fact.reached_regions)
        for fact in index.facts()
        if fact.row.kind in (FactKind.MILESTONE, FactKind.RECURRING)
    }
    with Session(engine) as session:
        reminded = reached_districts(session, indexed)
        western = _western(session)
    assert {key: found for key, found in indexed.items() if found} == reminded
    assert sum(western in found for found in reminded.values()) == 2, reminded


def test_a_span_running_backwards_breaks_no_run(engine: Engine) -> None:
    """A clipped step whose stored span ends before it starts (a bad import, an edit): on
    PostgreSQL the negative substring length failed the whole statement, so the run reminded
    nobody of anything. It reads no clause now (its title as stored); the duty beside it still
    reaches 西湾区, and the answer index builds."""
    assert ingest_bytes(engine, VERY_LONG_PLAN.encode(), "bichuan.txt").result is not None
    with Session(engine) as session:
        (step,) = _ids(session, Milestone)
        (duty,) = _ids(session, RecurringDuty)
        session.execute(
            update(Milestone)
            .where(col(Milestone.id) == step)
            .values(start_offset=Milestone.end_offset + 5)
        )
        session.commit()
        western = _western(session)
        items = due_items(session, [date(2032, 6, 30)])
        reached = reached_districts(session, {(FactKind.MILESTONE, step), ("recurring", duty)})
    assert any(item.item_id == step for item in items), items
    assert reached == {(FactKind.RECURRING, duty): frozenset({western})}, reached
    index = QueryService(engine, clock=FakeClock(ASKED_AT)).index.current()
    assert any(fact.row.id == step for fact in index.facts() if fact.row.kind == "milestone")


# -- the undo question's emptied subscriptions ---------------------------------------------

KEPT = "一、主要目标\n到2032年,新增团体标准12项(牵头单位:市财政局)。\n"
UNDONE = (
    "一、主要目标\n到2032年,新建计量标准8项(牵头单位:市档案局)。\n"
    "到2033年,新增地方标准20项(牵头单位:市财政局)。\n"
)


@pytest.fixture
def two_plans(tmp_path: pytest.TempPathFactory) -> tuple[Engine, int, int]:
    """The kept plan (市财政局's) and the one to undo (市档案局's and 市财政局's), one chat
    following their region, one each unit."""
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")  # type: ignore[operator]
    upgrade_database(engine)
    kept = ingest_bytes(engine, city_plan(KEPT).encode(), "kept.txt").result
    other = city_plan(UNDONE).replace("41号", "42号").replace("品牌提升", "标准化战略")
    undone = ingest_bytes(engine, other.encode(), "undone.txt").result
    assert kept is not None and undone is not None
    with Session(engine) as session:
        region = session.get(Document, undone.document_id)
        assert region is not None
        units = {u.name: u.id for u in session.exec(select(Unit))}
        for chat, unit_id, region_id in (
            (1, None, region.region_id),
            (2, units["市财政局"], None),
            (3, units["市档案局"], None),
        ):
            key = f"unit:{unit_id}" if unit_id else f"region:{region_id}"
            session.add(
                Subscription(chat_id=chat, topic_key=key, unit_id=unit_id, region_id=region_id)
            )
        session.commit()
    return engine, kept.document_id, undone.document_id


def _emptied(engine: Engine, document_id: int) -> int:
    with Session(engine) as session:
        return _emptied_subscriptions(session, document_id)


def test_a_deleted_fact_stands_behind_no_subscription(two_plans: tuple[Engine, int, int]) -> None:
    """市财政局's only other fact deleted: its chat is left with nothing too (2, not 1)."""
    engine, kept, undone = two_plans
    assert _emptied(engine, undone) == 1  # 市档案局's alone
    with Session(engine) as session:
        (target,) = session.exec(select(col(Target.id)).where(col(Target.document_id) == kept))
    delete_fact(engine, 1, FactKind.TARGET, target)
    assert _emptied(engine, undone) == 2


def test_a_retired_plan_stands_behind_no_subscription(two_plans: tuple[Engine, int, int]) -> None:
    """The kept plan retired (expired): neither its unit's chat nor its region's has anything
    left once the other is undone (3, not 1)."""
    engine, kept, undone = two_plans
    retire_document(engine, 1, str(kept))
    assert _emptied(engine, undone) == 3


def test_the_version_an_undo_brings_back_still_stands_behind(
    two_plans: tuple[Engine, int, int],
) -> None:
    """The kept plan replaced by the undone one comes back when it is undone: its region and
    unit keep something behind them (1, as before)."""
    engine, kept, undone = two_plans
    with Session(engine) as session:
        session.execute(
            update(Document)
            .where(col(Document.id) == kept)
            .values(status=DocumentStatus.SUPERSEDED, superseded_by_id=undone)
        )
        session.commit()
    assert _emptied(engine, undone) == 1


# -- /doc of a number a retired plan stopped -----------------------------------------------

# Invented: a second plan of 示范市, in force, stopping the same 意见 as ``STOPPING_PLAN``.
SECOND_STOPPING = (
    city_plan(
        "一、重点任务\n(一)标准领跑计划\n每年制定先进标准30项。(责任单位:市市场监管局)\n"
        "二、附则\n本计划自2031年6月1日起实施。《示范市人民政府关于加快推进示范产业发展的若干意见》"
        "(示政发〔2020〕12号)同时停止执行。\n"
    )
    .replace("41号", "47号")
    .replace("品牌提升行动计划", "标准化战略行动计划")
)
STOPPED = "/doc 示政发〔2020〕12号"


def test_doc_of_a_stopped_number_offers_the_plan_in_force(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Both plans stop the number; the first is retired: /doc offers only the one in force.
    Both retired: both are offered, each marked, the headline saying the first is no longer in
    force."""
    folder = tmp_path_factory.mktemp("stopped")
    with invented_plans_service(folder, STOPPING_PLAN, SECOND_STOPPING) as service:
        both, _ = answer_text(service, STOPPED)
        assert "品牌提升行动计划" in both and "标准化战略行动计划" in both, both
        retire_document(service.engine, 1, "1")
        service.invalidate()
        one, _ = answer_text(service, STOPPED)
        retire_document(service.engine, 1, "2")
        service.invalidate()
        none_in_force, _ = answer_text(service, STOPPED)
    assert "标准化战略行动计划" in one and "品牌提升行动计划" not in one, one
    assert "已失效" not in one, one
    assert "品牌提升行动计划" in none_in_force and "标准化战略行动计划" in none_in_force
    headline = none_in_force.splitlines()[1]
    assert "》(已失效)停止执行了它" in headline, none_in_force
