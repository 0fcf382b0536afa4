"""attack40b: dated steps that are duties, yet never reminded.

1. ``scheduler.items.DOCUMENT_EVENTS`` drops every milestone whose title ends with 施行 or 废止:
   a unit's own step "…制定…办法并组织施行" or "…对过时的奖励文件予以废止" is a duty someone has to
   carry out by the date, not the document's own life, yet it is never reminded nor overdue.
2. Three steps due the same day, the first and third of the same unit (市市场监管局) with the
   second of another between them: the third is lost as a milestone (it is only a passage), so
   its deadline is never reminded. Two such steps alone stay two.
Invented plan."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Milestone
from policybot.scheduler.items import due_items
from tests.invented_plans import city_plan

DAY = date(2031, 6, 30)


def _reminded(engine: Engine, body: str) -> set[str]:
    plan = city_plan("一、工作安排\n" + body)
    assert ingest_bytes(engine, plan.encode("utf-8"), "p.txt").result is not None
    with Session(engine) as session:
        titles = {m.id: m.title for m in session.exec(select(Milestone))}
        return {titles[item.item_id] for item in due_items(session, [DAY])}


@pytest.mark.parametrize(
    ("step", "words"),
    [
        ("市市场监管局牵头制定品牌培育资金管理办法并组织施行", "资金管理办法"),
        ("市司法局对过时的奖励文件予以废止", "奖励文件"),
    ],
)
def test_a_units_step_ending_in_shixing_or_feizhi_is_reminded(
    sqlite_engine: Engine, step: str, words: str
) -> None:
    reminded = _reminded(sqlite_engine, f"(一)2031年6月30日前,{step}。\n")
    assert any(words in title for title in reminded), reminded


def test_a_same_day_step_of_a_unit_named_twice_is_reminded(sqlite_engine: Engine) -> None:
    reminded = _reminded(
        sqlite_engine,
        "(一)2031年6月30日前,市市场监管局制定品牌培育资金管理办法。\n"
        "(二)2031年6月30日前,市司法局完成奖励文件汇编。\n"
        "(三)2031年6月30日前,市市场监管局完成品牌企业名录编制。\n",
    )
    assert any("名录编制" in title for title in reminded), reminded
