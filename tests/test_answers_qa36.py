"""Answers after the fresh batch qa36 (issue 12). A rule made under another document that a page
cites by its 文号 alone, the 《》 around its name lost (根据省人民政府关于印发的通知(北政发203114
号),制定本办法), is what the rule was made under. 哪个老文件停了 asks which older document the new
one stops (停止执行), as 废止 and 取代 do.
Every text is invented (made-up places, figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService

# A scraped page: the title of the provincial notice it follows was lost with its 《》.
SPORTS = """北原市运动员参加重大体育比赛奖励暂行办法
第一条为激励运动员、教练员在重大体育赛事上取得优异成绩,根据北原省人民政府关于印发的通知(北政发203114号),制定本办法。
第二条本办法所称重大体育赛事指洲际运动会、全国运动会。
第三条运动员在洲际运动会上获得金牌给予20万元奖励;获得银牌给予12万元奖励。
"""

QUALITY = """南林市人民政府关于加强质量品牌建设的意见
南政发〔2031〕9号
各县(区)人民政府,市政府各部门:
现就加强全市质量品牌建设提出如下意见。
一、对新获得省名牌产品的企业给予20万元奖励。
二、对主导制定行业标准的企业给予15万元奖励。
本意见自2031年5月1日起实施。《南林市人民政府关于推进名牌战略的若干意见》(南政发〔2024〕31号)同时停止执行。
南林市人民政府
2031年4月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("qa36"), SPORTS, QUALITY) as service:
        yield service


def test_a_basis_cited_by_its_number_alone_is_the_basis(service: QueryService) -> None:
    reply = ask(service, "北原体育比赛奖励暂行办法是根据哪个文件制定的?")
    assert "北政发203114号" in reply and "未找到" not in reply, reply


def test_which_old_document_stopped_asks_what_the_new_one_stops(service: QueryService) -> None:
    reply = ask(service, "南林质量品牌建设意见出来以后哪个老文件停了?")
    assert "南政发〔2024〕31号" in reply and "部分相符" not in reply, reply
