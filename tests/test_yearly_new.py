"""新增 asked of a year is answered by the plan's yearly count of the thing asked (attack36 H6).

"佛山2018年标准要新增多少项" was answered with two other 2019 totals of one sentence (专利转化技术
标准, 国际标准产品认可数 in 个): a yearly target (每年…超过20项) never writes 新增, though what it
counts each year is new, and of targets alike the one counted in 个 or counting one kind of
standard stood before the one counting 项 of every kind it lists.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    "一、主要目标\n"
    "到2033年底,新增主导或参与制修订国际、国家、行业、地方标准超过50项,新增专利转化技术标准"
    "超过40项,新增通过采用国际标准产品认可数超过150个。\n"
    "2031—2033年,力争每年推动我市企事业单位主导或参与制修订国际、国家、行业、地方标准超过15项,"
    "每年制定、实施8项以上联盟(团体)标准,我市每年通过“采用国际标准”产品认可数超过60个。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("yearly_new"), PLAN) as service:
        yield service


def test_a_year_s_new_standards_are_the_yearly_count_of_every_kind(service: QueryService) -> None:
    reply = answer_text(service, "示范市2032年标准要新增多少项")[0]
    assert "答: 超过15项" in reply, reply
    assert "40项" not in reply.split("\n")[1], reply


# Invented: a stock count for each year, and the increase only as a total to the plan's end.
STOCKS = """样板市人民政府办公室关于印发样板市品牌建设行动方案的通知
样政办发〔2031〕9号
一、主要目标
到2033年底,新增示范牌产品40个以上。
2032年,全市有效期内示范牌产品数量不少于120个。
2033年,全市有效期内示范牌产品数量不少于130个。
样板市人民政府办公室
2031年6月2日
"""


def test_a_stock_is_no_answer_to_an_increase_the_plan_states(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # attack36 M8: 2018年…要新增多少个 was answered by the year's stock counts (有效期内数量)
    with invented_plans_service(tmp_path_factory.mktemp("stocks"), STOCKS) as service:
        reply = answer_text(service, "样板市2032年示范牌产品要新增多少个")[0]
    assert "120个" not in reply, reply
    assert "40个以上" in reply and "2033" in reply, reply
