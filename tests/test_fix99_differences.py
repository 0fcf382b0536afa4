"""fix99: attack53 M3, M4 — a two years' difference asked with a counter (多多少万元) is weighed,
and 今年比去年 with one year's figure written is said to find no two years to subtract."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture

_FUNDS = """一、主要目标
2032年全市安排品牌建设专项资金200万元,2033年全市安排品牌建设专项资金300万元。
"""
_ONE_YEAR = """一、主要目标
2032年全市新增省级名牌产品5个。
"""

funds = plans_fixture("fix99_funds", city_plan(_FUNDS))
one_year = plans_fixture("fix99_one_year", city_plan(_ONE_YEAR))


def _headline(reply: str) -> str:
    return reply.splitlines()[1]


def test_a_counter_typed_after_how_much_is_weighed(funds: QueryService) -> None:
    """M3: 多多少万元 was refused (each year asked as 多少万元 found nothing)."""
    reply = ask(funds, "示范市品牌建设专项资金2033年比2032年多多少万元")
    assert _headline(reply) == "答: 多100万元(2033年 300万元,2032年 200万元)", reply
    assert "不是2033年当年" not in reply, reply


def test_this_year_against_last_with_one_year_written(one_year: QueryService) -> None:
    """M4: 今年比去年多几个 with 2032's figure only written (today 2032): no two years to
    subtract, said so, never 5个 as the difference."""
    for question in ("示范市省级名牌产品今年比去年多几个", "示范市今年比去年多几个省级名牌产品"):
        reply = ask(one_year, question)
        assert "没有找到两年可以相减" in _headline(reply), reply
        assert "答: 5个" not in reply, reply
