"""A district rule paying on top whose own sentence says it does not stack with the city's
("区财政每项再给予10万元奖励,与市级奖励不重复享受,按就高原则执行"): the calculator prices it as a
rule (it was skipped as a no-stacking condition, so the district's rule never showed) and keeps
the higher level only; a lookup leads with the higher figure, never the two levels' sum."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, DONGHU, QINGSHI
from test_attack58 import XILING


@pytest.fixture(scope="module")
def two_districts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("levels59")
    with invented_plans_service(folder, QINGSHI, DONGHU, XILING, now=ASKED) as service:
        yield service


def test_the_calculator_weighs_the_districts_rule_against_the_citys(
    two_districts: QueryService,
) -> None:
    reply = answer_text(two_districts, "我们公司在西岭区,主导制定了1项国家标准,一共能拿多少")[0]
    assert "合计: 40万元" in reply, reply
    assert "区财政每项再给予10万元奖励" in reply, reply  # the district's rule is shown, not counted
    assert "只按较高的一项(青石市 40万元)计" in reply, reply
    assert "50万元" not in reply, reply


def test_a_lookup_leads_with_the_higher_level_never_the_sum(two_districts: QueryService) -> None:
    reply = answer_text(two_districts, "西岭区主导制定国家标准奖励多少")[0]
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 按较高的一项计"), reply
    assert "青石市 每项40万元" in lead, reply
    assert "共50万元" not in reply, reply


def test_a_district_rule_paying_on_top_with_no_such_clause_still_adds_up(
    two_districts: QueryService,
) -> None:
    reply = answer_text(two_districts, "西岭区品字标认证奖励多少")[0]
    assert "共25万元" in reply, reply
