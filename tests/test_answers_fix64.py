"""fix64: High defects of answers — a figure of another tier or period given as the answer —
each on an invented plan (tests/invented_plans.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, city_plan, invented_plans_service

# A reward list of three tiers, two national ones (全国…) and the province's, in one sentence;
# and a per-year target beside the target for the plan's last year.
_PLAN = city_plan(
    """一、主要目标
到2033年,全市品牌建设取得明显成效。
二、重点任务
(一)标准领跑行动
以智能装备、新材料等产业为重点,每年制定国际先进的团体标准12项以上。到2033年,制定国际先进的团体标准45项以上,企业主导制定国家标准9项以上。(责任单位:市市场监管局)
三、奖励政策
5.对首次承担全国专业标准化技术委员会、全国专业标准化分技术委员会、示范省标准化技术委员会等秘书处的单位,分别给予60万元、45万元、25万元的奖励。
"""
)


@pytest.mark.parametrize(
    "question",
    [
        "示范市首次承担省标准化技术委员会秘书处奖多少",
        "示范市首次承担省级标准化技术委员会秘书处奖多少",
        "示范市首次承担示范省标准化技术委员会秘书处奖多少",
    ],
)
def test_the_province_level_asked_is_answered_by_the_provinces_tier(
    tmp_path: Path, question: str
) -> None:
    """省标准化技术委员会 asked: the national tier (全国专业…委员会, its level a word before the
    thing) matched the words as well and led with its 60万元; the province's 25万元 answers."""
    with invented_plans_service(tmp_path, _PLAN) as service:
        reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 25万元", reply
    assert "60万元 首次" not in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "示范市首次承担全国标准化技术委员会秘书处奖多少",
        "示范市首次承担国家级标准化技术委员会秘书处奖多少",
    ],
)
def test_the_national_level_asked_is_never_answered_by_the_provinces_tier(
    tmp_path: Path, question: str
) -> None:
    with invented_plans_service(tmp_path, _PLAN) as service:
        reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 60万元", reply
    assert "25万元" not in reply, reply


@pytest.mark.parametrize(
    "question",
    ["示范市到2033年制定国际先进的团体标准多少项", "示范市2033年底前制定国际先进的团体标准多少项"],
)
def test_the_total_by_a_year_is_answered_by_the_horizons_target(
    tmp_path: Path, question: str
) -> None:
    """到2033年…多少项: the per-year target (每年…12项以上) matched the words alike and led; the
    target stated for that year (45项以上) is the total asked."""
    with invented_plans_service(tmp_path, _PLAN) as service:
        reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 45项以上", reply


@pytest.mark.parametrize(
    "question",
    ["示范市每年制定国际先进的团体标准多少项", "示范市2033年前年均制定国际先进的团体标准多少项"],
)
def test_a_figure_per_year_asked_is_answered_by_the_per_year_target(
    tmp_path: Path, question: str
) -> None:
    with invented_plans_service(tmp_path, _PLAN) as service:
        reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 12项以上", reply
