"""calc57: the calculator (the chat's route for 我们公司…一共能拿多少) prices a district's rule
that pays on top of its city's (区财政再给予10万元) together with the city's tied rule, as the
plain answer does (reward56): each part shown and cited, and their sum. A district's rule that
does not say it pays on top, or a city with no tied rule, leaves the district's alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, DONGHU, QINGSHI

# Invented: 东湖区's rule with no word that it comes on top of the city's.
DONGHU_OWN = DONGHU.replace("区财政再给予10万元奖励", "给予10万元奖励")
# Invented: 青石's plan rewarding no 品字标 certification at all.
QINGSHI_NO_TIE = QINGSHI.replace("对首次通过“品字标”认证的企业,给予20万元奖励。\n", "")

ASKED_FIRM = "我们公司在东湖区,拿了品字标认证,一共能拿多少"


def _service(factory: pytest.TempPathFactory, name: str, *plans: str) -> Iterator[QueryService]:
    with invented_plans_service(factory.mktemp(name), *plans, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def stacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "calc57_stacked", QINGSHI, DONGHU)


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "calc57_own", QINGSHI, DONGHU_OWN)


@pytest.fixture(scope="module")
def untied(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "calc57_untied", QINGSHI_NO_TIE, DONGHU)


def test_a_districts_reward_on_top_is_summed_with_its_citys(stacked: QueryService) -> None:
    reply = answer_text(stacked, ASKED_FIRM)[0]
    # was 合计: 10万元 with the city's plan 也有相关奖励,未合并计算
    assert "合计: 30万元" in reply, reply
    assert "共30万元:青石市东湖区 10万元 + 青石市 20万元" in reply, reply
    assert "写明“再给予”" in reply, reply
    assert "未合并计算" not in reply, reply
    sources = answer_text(stacked, ASKED_FIRM, quotes=True)[0]
    # each part's own sentence cited
    assert "区财政再给予10万元奖励" in sources, sources
    assert "对首次通过“品字标”认证的企业,给予20万元奖励" in sources, sources
    assert "《东湖区品牌建设实施方案》" in sources and "《青石市质量品牌提升行动计划" in sources


def test_a_districts_own_reward_is_priced_alone(own: QueryService) -> None:
    reply = answer_text(own, ASKED_FIRM)[0]
    assert "合计: 10万元" in reply, reply
    assert "30万元" not in reply and "20万元" not in reply, reply
    # the city's plan is still named beside it, not added
    assert "未合并计算" in reply, reply


def test_a_city_with_no_tied_rule_leaves_the_districts_alone(untied: QueryService) -> None:
    reply = answer_text(untied, ASKED_FIRM)[0]
    assert "合计: 10万元" in reply, reply
    assert "30万元" not in reply and "20万元" not in reply, reply


def test_the_city_asked_is_not_given_its_districts_reward_on_top(stacked: QueryService) -> None:
    # A firm in 青石市 may be in none of its districts: no sum of a district's with the city's.
    reply = answer_text(stacked, "我们公司在青石市,拿了品字标认证,一共能拿多少")[0]
    assert "30万元" not in reply, reply
