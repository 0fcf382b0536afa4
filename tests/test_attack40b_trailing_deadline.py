"""attack40b: a unit's task whose deadline closes its sentence ("市经信局负责组织企业开展质量管理体系
认证,2032年6月30日前完成。") gives no milestone at all: never reminded, missing from
"2032年6月有什么要完成的" and from 什么时候完成. Said with the date first
("2032年6月30日前,市经信局完成…") it is one. With 完成申报 after the date only those two words
are kept as the title, the unit and the work lost. Invented plan."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Milestone
from tests.invented_plans import city_plan


def _milestones(engine: Engine, step: str) -> list[tuple[str, date | None]]:
    plan = city_plan(
        "一、主要目标\n到2033年,新增“浙江精造”团体标准25项。\n二、重点任务\n(一)" + step + "\n"
    )
    assert ingest_bytes(engine, plan.encode("utf-8"), "p.txt").result is not None
    with Session(engine) as session:
        return [(m.title, m.due) for m in session.exec(select(Milestone))]


@pytest.mark.parametrize(
    "step",
    [
        "市经信局负责组织企业开展质量管理体系认证,2032年6月30日前完成。",
        "市经信局负责组织企业开展质量管理体系认证,于2032年6月30日前完成。",
        "组织企业开展质量管理体系认证,2032年6月30日前完成。(责任单位:市经信局)",
    ],
)
def test_a_deadline_closing_the_sentence_is_a_milestone(sqlite_engine: Engine, step: str) -> None:
    found = _milestones(sqlite_engine, step)
    assert [due for _, due in found] == [date(2032, 6, 30)], found
    assert "认证" in found[0][0], found


def test_a_closing_deadlines_title_keeps_the_work(sqlite_engine: Engine) -> None:
    found = _milestones(
        sqlite_engine, "县(区)市场监管局负责辖区内名优产品培育,2032年9月30日前完成申报。"
    )
    assert [due for _, due in found] == [date(2032, 9, 30)], found
    assert "名优产品" in found[0][0], found
