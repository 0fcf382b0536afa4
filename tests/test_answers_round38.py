"""Answers round 38 (issue 12): a glossary meaning the parser would cut into loose pieces stays
one word (規上企業 → 规模以上企业, never 规模); a question about a cap leads with the cap clause.
Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policybot.knowledge.question import parse_question
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 6, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A plan with a task of 规模以上 firms and another sentence about a firm's 生产规模.
FIRMS = """样板市制造业数字化三年行动计划(2031-2033年)
一、主要任务
(一)推动80家规模以上企业开展数字化车间改造。
(二)对生产规模不大、但前景广阔的企业,督促其加快设备更新。
样板市人民政府
2031年3月6日
"""

# Rewards of a made-up county, with a cap on their total written as a clause under them.
REWARDS = """样板县推进品牌建设的若干意见
一、奖励政策
(一)新获得中国驰名商标的企业,奖励80万元。
(二)新获得省名牌产品的企业,奖励20万元。
(三)主导制定国际标准的企业,奖励60万元。
上述奖励资金总额不超过企业当年纳税总额地方留存部分。
样板县人民政府
2031年2月6日
"""

# A unit's tasks: one due by the end of the year asked in, the others later.
DUTIES = """样板市质量品牌提升三年行动计划(2031-2033年)
一、重点任务
(一)标准提档。2031年底前,新增制定团体标准12项。(牵头单位:市质监局)
(二)质量攻关。到2033年,新增导入卓越绩效管理企业90家。(牵头单位:市质监局)
(三)品牌培育。到2033年,培育省名牌产品40个。(牵头单位:市质监局)
样板市人民政府
2031年1月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round38")
    with invented_plans_service(Path(folder), FIRMS, REWARDS, DUTIES, now=ASKED) as service:
        yield service


def test_an_abbreviation_expands_to_its_whole_term(service: QueryService) -> None:
    """規上企業 (traditional) is 规模以上企业: one word, not 规模 with 以上 dropped as asking."""
    index = service._answers().index
    words = parse_question("規上企業要做什么", index, date(2031, 6, 3)).words
    assert "规模以上" in words and "规模" not in words
    reply = _ask(service, "規上企業要做什么")
    assert "数字化车间改造" in reply
    assert "生产规模不大" not in reply


def test_a_cap_question_leads_with_the_cap_clause(service: QueryService) -> None:
    """奖励有没有上限: the clause capping the total answers, the rewards one line pointing to them."""
    reply = _ask(service, "样板县奖励有没有上限")
    lines = reply.splitlines()
    assert "总额不超过" in lines[1]
    assert "80万元" not in reply and REFUSAL not in reply
    assert "/rewards" in reply


def test_a_time_word_filters_a_units_duties(service: QueryService) -> None:
    """市质监局年底前要完成什么: only its items due by the year's end, not its whole list."""
    reply = _ask(service, "样板市质监局年底前要完成什么")
    assert "团体标准" in reply
    assert "卓越绩效" not in reply and "省名牌产品" not in reply
    # (without the time word, the unit's whole list)
    assert "卓越绩效" in _ask(service, "样板市质监局要完成什么")


def test_a_unit_with_nothing_due_then_is_told_so(service: QueryService) -> None:
    """市质监局下个月要完成什么, with none of its items due next month: 未找到, not its list."""
    reply = _ask(service, "样板市质监局下个月要完成什么")
    assert REFUSAL in reply
    assert "卓越绩效" not in reply and "团体标准" not in reply
