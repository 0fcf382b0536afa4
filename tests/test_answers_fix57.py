"""Leftovers of trial 44's fixes, fixed by fix57: a district's deadlines asked as a question, 人数
asked of a 人次 count, two rewards of one 分别 question (参与奖和主导奖), a single 责任单位.
The plans are invented (示范市; every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

ASKED = datetime(2032, 3, 10, 1, tzinfo=UTC)

# Invented: a yearly training count written in 人次 over the plan's years (no year of its own),
# and two reward sentences, each listing its sums 分别.
PLAN = city_plan(
    """一、主要目标
2031—2033年,每年举办质量管理、标准宣贯等各类培训班,培训企业人员8000人次以上。
每年组织企业参加首席质量官任职培训100家以上。
到2032年,全市新增主导制定国家标准20项。
二、奖励政策
(一)主导制修订国际标准、国家标准、行业标准的单位,分别给予60万元、35万元、8万元的奖励。
(二)参与制修订国际标准、国家标准、行业标准的单位,分别给予20万元、9万元、2万元的奖励。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix57")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    "question", ["示范2032年培训人数", "示范2032年培训人数是多少", "示范2032年培训多少人"]
)
def test_a_head_count_asked_of_a_count_in_person_times(
    service: QueryService, question: str
) -> None:
    """培训人数: how many people, which the plan counts in 人次 (8000人次以上 each year); the
    firms trained (100家) count no people."""
    out = ask(service, question)
    assert "未找到" not in out, out
    assert "答: 8000人次以上" in out, out
    assert "100家" not in out, out


def test_two_rewards_joined_by_he_each_lead(service: QueryService) -> None:
    """国家标准参与奖和主导奖分别多少: 与 of 参与 joins nothing; both sums lead, as
    参与奖多少,主导奖多少 has them."""
    out = ask(service, "示范国家标准参与奖和主导奖分别多少")
    headline = next(line for line in out.splitlines() if line.startswith("答"))
    assert "9万元" in headline and "35万元" in headline, out


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    """碧川市's invented plan: steps and quarterly duties naming 南汀区 to reach it, to leave it
    out (除南汀区以外), to cite it (参照南汀区经验) or another city's 南汀区."""
    from test_district_reach_duties import DUTY_PLAN

    folder: Path = tmp_path_factory.mktemp("fix57districts")
    with invented_plans_service(folder, DUTY_PLAN, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    "question", ["南汀区今年有哪些任务要到期", "南汀区今年有啥要到期", "南汀区有哪些任务要到期"]
)
def test_a_districts_deadlines_asked_are_what_reaches_it(
    districts: QueryService, question: str
) -> None:
    """A district with no document of its own: its deadlines are the city's items reaching it
    (a step naming it, a duty its government supports), as /deadlines 南汀区 lists them — not
    every item of the city, nor those leaving it out or citing it."""
    from test_attack47_district_reach import CITES, OTHER_CITY, REACHES
    from test_district_reach_duties import CITED, LEFT_OUT, SUPPORTED

    out = ask(districts, question)
    assert REACHES in out and SUPPORTED in out, out
    for other in (CITES, OTHER_CITY, CITED, LEFT_OUT):
        assert other not in out, out
    listed, _ = answer_text(districts, "/deadlines 南汀区")
    assert REACHES in listed and SUPPORTED in listed and CITES not in listed, listed


# Invented: tasks whose notes name only 责任单位, one of them a single unit.
RESPONSIBLE = city_plan(
    "一、重点任务\n"
    "(一)品牌培育计划\n每年培育示范品牌10个。(责任单位:市市场监管局、市商务局)\n"
    "(二)人才培养计划\n每年培训首席质量官200名。(责任单位:市人社局)\n"
)


def test_a_single_responsible_unit_is_no_lead(tmp_path_factory: pytest.TempPathFactory) -> None:
    """(责任单位:市人社局): the one unit is answerable, as a list under the label is; the plan
    names no lead, so the answer does not say 牵头."""
    folder: Path = tmp_path_factory.mktemp("fix57responsible")
    with invented_plans_service(folder, RESPONSIBLE, now=ASKED) as service:
        out = ask(service, "示范市人才培养计划谁负责")
    assert "市人社局" in out, out
    assert "责任单位" in out and "牵头" not in out, out


def test_a_single_responsible_unit_leads_under_a_first_leads_rule(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Where the plan says the first unit named leads (排序第一的为牵头单位), its one unit does."""
    plan = RESPONSIBLE.replace("一、重点任务\n", "一、重点任务\n责任单位中排序第一的为牵头单位。\n")
    folder: Path = tmp_path_factory.mktemp("fix57firstleads")
    with invented_plans_service(folder, plan, now=ASKED) as service:
        out = ask(service, "示范市人才培养计划谁负责")
    assert "牵头: 市人社局" in out, out
