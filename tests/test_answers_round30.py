"""Answers round 30 (issue 12): a month named without its year (项目10月底前要干嘛) asked of a
plan of another year is the date prefix of the clause asked about (…10月底前动工建设), not a
filter of this year's October; a bare 10月底前要干嘛 still asks what falls due then. Every text is
invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

ASKED = datetime(2034, 12, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"
HEDGE = "部分相符"

# A province's notice of 2031: its clauses dated by month, the year written once.
LAND = """示例省人民政府办公厅关于下达2031年补充耕地任务的通知
示政办〔2031〕21号
各设区市人民政府,省直有关部门:
一、各设区市人民政府要切实增强做好耕地占补平衡工作的紧迫感,按照省政府下达的补充耕地任务及时分解下达到所辖各县,落实到具体项目和责任单位。各地选定的耕地开发项目应于2031年6月底前完成立项,10月底前动工建设,并按时竣工验收。
二、对于工作不落实、未完成省里下达年度补充耕地任务的县,将暂停受理该县建设项目用地申请。
示例省人民政府办公厅
2031年3月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round30")
    with invented_plans_service(Path(folder), LAND, now=ASKED) as service:
        yield service


def _ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_month_without_its_year_dates_the_clause_asked(service: QueryService) -> None:
    reply = _ask(service, "示例省补充耕地那个通知,项目10月底前要干嘛")
    assert "动工建设" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_the_other_month_of_the_same_sentence_dates_its_own_clause(
    service: QueryService,
) -> None:
    reply = _ask(service, "示例省补充耕地通知,耕地开发项目6月底前要完成什么?")
    assert "完成立项" in reply


def test_a_bare_month_still_asks_what_falls_due_then(service: QueryService) -> None:
    reply = _ask(service, "10月底前要干嘛?")
    assert "动工建设" not in reply
