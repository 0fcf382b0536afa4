"""A document's own life stated as dated events is never a duty (trial40).

"本计划自2031年4月1日起施行,《…》同时停止执行" is read as two milestones (the gold schema's
convention): the plan taking effect and the older one stopping. A trial's subscriber then saw
"🔴《…》停止执行 · 已逾期 38天" in /overdue: nobody has to do either. They stay facts to ask
about, but are never reminded nor overdue; a step due the same day still is."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Milestone
from policybot.scheduler.items import due_items
from tests.invented_plans import city_plan

DAY = date(2031, 4, 1)
PLAN = city_plan(
    "一、工作安排\n"
    "(一)2031年4月1日前,市市场监管局完成品牌企业名录编制。\n"
    "二、附则\n"
    "本计划自2031年4月1日起施行,《试点市质量强市建设实施意见》(试政发〔2022〕8号)同时停止执行。\n"
)


def test_a_plan_taking_effect_and_another_stopping_are_not_reminded(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode("utf-8"), "p.txt").result is not None
    with Session(sqlite_engine) as session:
        titles = {m.id: m.title for m in session.exec(select(Milestone))}
        assert any(title.endswith("停止执行") for title in titles.values())  # still a fact
        reminded = {titles[item.item_id] for item in due_items(session, [DAY])}
    assert reminded == {next(t for t in titles.values() if "名录" in t)}
