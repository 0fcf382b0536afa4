"""A reward question and the places a plan's rewards apply to, on invented plans.

A city's rules that say where they apply ("奖励政策适用于丽水市级、莲都区") answer a district they
list surely, with the scope noted; a county of that city they leave out is told so with the
sentence — never another rule's sum, never "收录的文件没有…". A question naming no place, answered
by one region's rules, says whose they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

# A sibling rule grants a sum to 著名商标: the question's 驰名商标 (written in part by 著名商标)
# must not answer with it, nor the district's name (which no rule repeats) hedge the right one.
SCOPED_CITY_PLAN = """丽水市人民政府关于加快质量强市建设的若干意见
丽政发〔2026〕12号
各县(市、区)人民政府,市政府直属各单位:
为加快质量强市建设,现提出如下意见。
一、品牌奖励
1.对通过行政途径新获得中国驰名商标的企业,给予80万元的奖励。
2.对新获得浙江名牌产品、浙江省著名商标的企业,给予25万元的奖励。
二、附则
3.本意见奖励政策适用于丽水市级、莲都区(不含省属企业)。
丽水市人民政府
2026年4月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("scoped")
    with invented_plans_service(folder, SCOPED_CITY_PLAN) as service:
        yield service


def test_whether_a_county_the_scope_leaves_out_gets_it_is_answered(service: QueryService) -> None:
    answer = service.ask("缙云县企业拿驰名商标奖吗")
    assert answer.found and not answer.hedged
    assert "不含缙云县" in answer.headline and "万元" not in answer.headline
    assert len(answer.facts) == 1  # the scope sentence, cited
    assert "适用于丽水市级、莲都区" in answer.facts[0].citation.quote


def test_a_sum_asked_for_a_county_the_scope_leaves_out_is_none(service: QueryService) -> None:
    """No sum of that county to give: 未找到, saying why in the document's sentence."""
    answer = service.ask("龙泉市企业拿驰名商标奖多少")
    assert not answer.found
    assert "适用于丽水市级、莲都区" in answer.headline and "不含龙泉市" in answer.headline
    assert "万元" not in answer.headline


def test_a_district_the_scope_lists_is_answered_surely(service: QueryService) -> None:
    answer = service.ask("莲都区企业拿驰名商标奖多少")
    assert answer.found and not answer.hedged
    assert "80万元" in answer.headline
    assert any(note.startswith("注(适用范围)") for note in answer.notes)


def test_a_reward_asked_of_no_place_says_whose_rule_it_is(service: QueryService) -> None:
    answer = service.ask("我们公司拿了省名牌能奖多少")
    assert answer.found
    assert answer.headline.startswith("丽水市") and "25万元" in answer.headline


def test_calc_of_a_county_the_scope_leaves_out_is_told_so(service: QueryService) -> None:
    _, calculation = service.calculator().from_text("缙云县 驰名商标 1", command=True)
    assert not calculation.found
    assert "适用于丽水市级、莲都区" in calculation.message and "不含缙云县" in calculation.message
    _, inside = service.calculator().from_text("莲都区 驰名商标 1", command=True)
    assert inside.found and inside.certain_total == 800_000
