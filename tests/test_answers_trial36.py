"""What a new user's trial found (stop 36): the calculator pricing a 参与 claim by the 主导 rule,
and missing a firm's 省名牌跟省著名商标 asked from a district the city's rules apply in. The
store holds invented plans of a real province's city (so the gazetteer knows the province and
its districts); every figure and sentence is made up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

ASKED = datetime(2045, 3, 20, 1, tzinfo=UTC)
W = 10_000

CITY_RULES = """岳阳市人民政府关于加快品牌标准建设的若干意见
岳政发〔2045〕6号
各县市区人民政府,市政府各部门:
为加快品牌标准建设,现提出如下意见。
一、对新获得湖南名牌产品的企业,给予25万元的奖励。
二、对新获得湖南省著名商标的企业,给予20万元的奖励。
三、对主导制修订国际标准、国家标准的单位,分别给予70万元、40万元的奖励。
四、奖励政策适用于岳阳市级、岳阳楼区(不含省属企业)。
岳阳市人民政府
2045年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("trial36")
    with invented_plans_service(folder, CITY_RULES, now=ASKED) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_role_written_apart_is_kept_not_dropped(service: QueryService) -> None:
    """/calc 岳阳 国家标准 参与 1: the document rewards only 主导; 参与 is not priced as 主导
    (the words were once re-read as a list of three achievements, 参与 and 1 none)."""
    _, calculation = service.calculator().from_text("岳阳 国家标准 参与 1", command=True)
    assert not calculation.lines and calculation.certain_total == 0
    _, led = service.calculator().from_text("岳阳 国家标准 主导 1", command=True)
    assert led.certain_total == 40 * W


def test_a_firms_titles_by_level_joined_by_跟_from_a_district_the_rules_apply_in(
    service: QueryService,
) -> None:
    """省名牌 is the province's 湖南名牌产品 in a plan of a city of 湖南省; 跟 joins two
    achievements as 和 does; 岳阳楼区 has no plan, the city's rules say they apply there."""
    for place in ("岳阳", "岳阳楼区"):
        question = f"我们公司在{place},拿了省名牌跟省著名商标,一共能奖多少"
        _, calculation = service.calculator().from_text(question)
        assert calculation.certain_total == 45 * W, (place, calculation)
