"""What a fresh-clone trial found (trial44), fixed by fix55: two places asked in one question
(A和B…各多少) answered for one of them, or 未找到 for both because of the other.
The plans are invented (示范市, 样例市; every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

ASKED = datetime(2032, 3, 10, 1, tzinfo=UTC)

PLAN = city_plan(
    """一、主要目标
到2032年,全市新增主导制定国家标准20项,培训企业人员5000人次以上。
二、奖励政策
对新获得中国驰名商标的企业,给予80万元的奖励。
本办法适用于示范市市级、东澜区。
"""
)

OTHER = """样例市人民政府办公室关于印发样例市质量提升行动计划(2031—2033年)的通知
样政办发〔2031〕7号
样例市人民政府办公室
2031年4月2日
样例市质量提升行动计划(2031—2033年)
一、主要目标
到2032年,全市新增主导制定国家标准15项。
二、重点任务
积极培育驰名商标,推动品牌建设。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix55")
    with invented_plans_service(folder, PLAN, OTHER, now=ASKED) as service:
        yield service


def test_two_cities_each_answered(service: QueryService) -> None:
    """示范市和样例市…各多少: both cities' figures, each under its own name."""
    out = ask(service, "示范和样例2032年国家标准各多少")
    assert "20项" in out and "15项" in out, out


def test_one_city_without_the_figure_keeps_the_other(service: QueryService) -> None:
    """样例市 names no sum for 驰名商标 (and lies outside 示范市's scope): 示范市's 80万元 is
    still the answer for 示范市, 样例市 said not found."""
    out = ask(service, "示范和样例驰名商标奖励分别多少")
    assert "80万元" in out, out
    assert "样例市" in out and "未找到" in out, out


def test_one_city_with_the_figure_asked_with_another(service: QueryService) -> None:
    out = ask(service, "样例和示范2032年培训人数")
    assert "5000人次以上" in out, out


def test_a_place_the_store_lacks_is_said_beside_the_other(service: QueryService) -> None:
    """拉萨 has no plan here: 未找到 for it, 示范市's 20项 still answered."""
    out = ask(service, "拉萨和示范2032年国家标准各多少")
    assert "20项" in out and "拉萨" in out and "未找到" in out, out


CHIEFS = city_plan(
    """一、主要目标
每年组织企业参加首席质量官任职培训100家以上。到2033年,推动设立企业首席质量官的数量翻一番,总数达到300家以上。
二、各区目标任务分解
附表 各区任务分解表
地区 | 首席质量官企业(家) | 质量义诊(次) |
东澜区 | 30 | 12 |
西岭区 | 25 | 10 |
2031—2033年,各区每年组织参加首席质量官任职培训的企业数不少于:东澜30家、西岭25家。
"""
)


@pytest.fixture(scope="module")
def chiefs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix55chiefs")
    with invented_plans_service(folder, CHIEFS, now=ASKED) as service:
        yield service


def test_the_city_total_leads_over_its_yearly_quota_and_districts(chiefs: QueryService) -> None:
    """首席质量官要达到多少家: the city's total (300家以上) leads, not 各地不同; its yearly
    training quota and the districts' rows stay below."""
    out = ask(chiefs, "示范首席质量官要达到多少家")
    assert "答: 示范市 300家以上" in out or "答: 300家以上" in out, out


REWARDS = city_plan(
    """一、奖励政策
(一)对获得全国服务创新贡献奖、省服务创新贡献奖的单位,分别给予最高40万元、12万元的奖励。
(二)主导制修订国际标准、国家标准、行业标准的单位,分别给予60万元、35万元、8万元的奖励。
(三)参与制修订国际标准、国家标准、行业标准的单位,分别给予20万元、9万元、2万元的奖励。
"""
)


@pytest.fixture(scope="module")
def rewards(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix55rewards")
    with invented_plans_service(folder, REWARDS, now=ASKED) as service:
        yield service


def test_the_sum_in_the_place_of_the_reward_asked(rewards: QueryService) -> None:
    """省服务创新贡献奖最高多少: the second thing listed, its sum with the cap (最高12万元),
    not the sentence pairing both."""
    out = ask(rewards, "示范省服务创新贡献奖最高多少")
    assert "答: 最高12万元" in out, out


OPINION = """样例市人民政府办公室关于加强品牌建设工作的意见
样例市人民政府办公室
2030年11月20日
一、加强组织领导
市政府常务会议每年听取一次品牌建设工作汇报。
二、完善奖励政策
对新获得中国驰名商标的企业,给予50万元的奖励。
"""


@pytest.fixture(scope="module")
def opinion(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix55opinion")
    with invented_plans_service(folder, OPINION, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(("question", "due"), [("今年", "2032-12-31"), ("明年", "2033-12-31")])
def test_a_yearly_duty_falls_due_this_year_and_next(
    opinion: QueryService, question: str, due: str
) -> None:
    """An 意见 naming no years: its 每年 duty falls due each year, as /deadlines dates it."""
    out = ask(opinion, f"样例{question}有啥要到期")
    assert "听取" in out and due in out, out


def test_two_rewards_each_asked_its_own_sum(rewards: QueryService) -> None:
    """国家标准参与奖多少,主导奖多少: both sentences, each thing's sum (9万元 and 35万元)."""
    out = ask(rewards, "示范国家标准参与奖多少,主导奖多少")
    assert "9万元" in out and "35万元" in out, out
    assert "未找到完全相符" not in out, out
