"""What /targets and /units show (trial48 Lows, on invented plans): /targets lists what is due
soonest first, as /deadlines does, instead of the documents' order (L15: one plan's years read
2032, 2033, 2032); /units says how many units it lists when there are more than a list holds
(L12: 共 344 个单位 over 200 lines)."""

from __future__ import annotations

import re

from invented_plans import city_plan, plans_fixture, task_table_plan
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

YEARS_UNSORTED = city_plan(
    "一、主要目标\n"
    "到2033年,全市新增省名牌产品40个。\n"
    "到2032年,全市新增中国驰名商标12件。\n"
    "到2033年,全市新增品牌示范企业20家。\n"
    "到2032年底,全市新增团体标准30项。\n"
    "2031年6月底前,全市新增质量标杆企业8家。\n"
    "2031年,全市新增计量服务站5个。\n"
)

service = plans_fixture("lookup_order", YEARS_UNSORTED, task_table_plan())


def _dues(reply: str) -> list[str]:
    return re.findall(r"· (\d{4}-\d{2}-\d{2})", reply)


def test_targets_are_listed_soonest_first_then_the_past_most_recent_first(
    service: QueryService,
) -> None:
    reply = render_plain(service.targets("示范市"))
    assert _dues(reply) == [
        "2032-12-31",
        "2032-12-31",
        "2033-12-31",
        "2033-12-31",
        "2031-12-31",
        "2031-06-30",
    ], reply
    # due the same day, the documents' order stays
    assert reply.index("中国驰名商标") < reply.index("团体标准"), reply


def test_targets_found_by_a_word_are_listed_soonest_first(service: QueryService) -> None:
    reply = render_plain(service.targets("示范市", "新增"))
    assert _dues(reply)[:4] == ["2032-12-31", "2032-12-31", "2033-12-31", "2033-12-31"], reply


def test_units_count_what_they_list(service: QueryService) -> None:
    whole = render_plain(service.units())
    assert "共 3 个单位(" in whole, whole
    short = QueryService(service.engine, clock=service.clock, max_facts=2).units()
    assert short.headline.startswith("共 3 个单位,显示前 2 个("), short.headline
    assert len(short.facts) == 2
