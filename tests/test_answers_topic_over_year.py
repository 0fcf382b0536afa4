"""A figure asked for a year inside a plan (2032年协作标准要新增多少) whose clause names the later
year it is due by (2033年底,…新增制定协作标准25项以上;新增专利转化技术标准超过35项): the reply is
about the topic asked — the year has no figure of its own, and the later one is said with its
date (as for any goal set only for a later year) — and never a sibling clause on another topic
that passes the year check only because it names no year of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a goal paragraph opening with its own due date (no 到), its other figures in
# clauses after semicolons that name no year.
PLAN = city_plan(
    "一、主要目标\n"
    "1.质量水平明显提升。全市产品质量安全问题得到治理,出口产品质量溢价水平提升。\n"
    "2031—2033年,全市工业产品监督抽查合格率力争达到96%。\n"
    "2.标准引领作用显著。深化标准化改革,标准支撑产业发展的作用日益凸显。\n"
    "2033年底,在目前58项协作标准的基础上新增制定协作(团体)标准25项以上,"
    "协作(团体)标准覆盖全市80%以上优势产业;"
    "新增主导或参与制修订国际、国家、行业标准超过45项;新增采用国际标准产品认可数超过150个;"
    "新增专利转化技术标准超过35项;全市开展标准自我声明公开的企业超过1800家。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("topic_over_year"), PLAN) as service:
        yield service


def test_the_topical_clause_due_later_is_said_with_its_date(service: QueryService) -> None:
    out = render_plain(service.ask("示范市2032年协作标准要新增多少项"))
    assert "25项" in out and "2033" in out, out
    assert "专利转化" not in out and "35项" not in out, out
    assert "没有2032年的数字" in out, out


def test_the_same_question_without_a_year_is_unchanged(service: QueryService) -> None:
    out = render_plain(service.ask("示范市协作标准要新增多少项"))
    assert "25项" in out and "专利转化" not in out, out
    assert "当年的" not in out, out


def test_a_sibling_topic_keeps_its_own_clause(service: QueryService) -> None:
    answer = service.ask("示范市2032年专利转化技术标准要新增多少项")
    out = render_plain(answer)
    assert answer.found and "35项" in out, out
    assert "25项" not in out, out


def test_a_year_before_the_plan_is_not_answered_by_the_later_total(
    service: QueryService,
) -> None:
    out = render_plain(service.ask("示范市2029年协作标准要新增多少项"))
    assert "25项" not in out or "未找到" in out, out


def test_the_later_figure_says_what_it_counts(tmp_path_factory: pytest.TempPathFactory) -> None:
    # trial36: 佛山2018年…新增多少个 said 有的是60个以上(到2019年): a bare figure beside
    # 没有2018年的数字, then the words searched for, read as if contradicting it
    plan = city_plan("一、主要目标\n2033年底,新增示范牌产品45个以上。\n")
    with invented_plans_service(tmp_path_factory.mktemp("later_figure"), plan) as service:
        answer = service.ask("示范市2032年示范牌产品要新增多少个")
    out = render_plain(answer)
    assert not answer.found, out
    assert "没有2032年的数字;有的是新增示范牌产品45个以上(到2033年)" in out, out
    assert "查找" not in out, out
