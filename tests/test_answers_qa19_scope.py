"""Questions round 19 (issue 12): a county the store holds no plan of, asked with its province's
name in an award (攸县新获湖南名牌…). Invented plans of a real province and city, so the
gazetteer knows which counties belong to the city; figures and titles are made up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

PROVINCE_PLAN = """湖南省人民政府办公厅关于印发湖南省质量提升行动方案(2043—2045年)的通知
湘政办发〔2043〕77号
各市州人民政府,省政府各厅委、各直属机构:
现将《湖南省质量提升行动方案(2043—2045年)》印发给你们,请认真贯彻执行。
到2045年,全省制造业产品质量合格率达到95%以上。
到2045年,全省累计培育质量标杆企业120家。
湖南省人民政府办公厅
2043年1月5日
"""

CITY_RULES = """株洲市人民政府关于加快品牌建设的若干意见
株政发〔2043〕8号
各县市区人民政府,市政府各部门:
为加快品牌建设,现提出如下意见。
一、对新获得湖南名牌产品的企业,给予25万元的奖励。
二、对新获得中国驰名商标的企业,给予90万元的奖励。
三、奖励政策适用于株洲市级、天元区、芦淞区(不含省属企业)。
株洲市人民政府
2043年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa19scope")
    with invented_plans_service(folder, PROVINCE_PLAN, CITY_RULES, now=ASKED) as service:
        yield service


def test_a_county_the_rules_scope_leaves_out_is_not_answered(service: QueryService) -> None:
    """The city's rule applies to 天元区 and 芦淞区; 攸县, another county of the city, asked with
    湖南 in the award's name, gets 未找到, not the city's 25万元."""
    reply = ask(service, "攸县新获湖南名牌产品奖励多少?")
    assert "未找到" in reply and "25万元" not in reply.split("\n", 1)[1][:40]


def test_a_county_the_scope_lists_is_answered(service: QueryService) -> None:
    """天元区, which the scope names, is answered by the city's rule."""
    reply = ask(service, "天元区新获湖南名牌产品奖励多少?")
    assert "25万元" in reply and "未找到" not in reply


COUNTY_PLAN = """攸县人民政府办公室关于印发攸县招商引资优惠政策的通知
攸政办发〔2043〕5号
各乡镇人民政府,县政府各部门:
一、对新引进投资额1亿元以上的工业项目,按实际投资额的1%给予奖励。
攸县人民政府办公室
2043年2月10日
"""


@pytest.fixture(scope="module")
def service_with_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa19scope_county")
    plans = (PROVINCE_PLAN, CITY_RULES, COUNTY_PLAN)
    with invented_plans_service(folder, *plans, now=ASKED) as service:
        yield service


def test_a_county_with_its_own_plan_is_still_left_out_by_its_citys_scope(
    service_with_county: QueryService,
) -> None:
    """stop 39 (dev q1405): once the store held a plan of 攸县 itself (on another topic), the
    question was scoped to 攸县 and answered with the city's 25万元, though the city's rules
    apply only in 天元区 and 芦淞区."""
    reply = ask(service_with_county, "攸县新获湖南名牌产品奖励多少?")
    assert "未找到" in reply and "25万元" not in reply
    listed = ask(service_with_county, "芦淞区新获湖南名牌产品奖励多少?")
    assert "25万元" in listed and "未找到" not in listed
