"""享受…办法的企业要满足什么条件: who may enjoy a rule at all is what its applicability clause
says (享受本办法的企业须具有独立法人资格…), though that clause writes neither 满足 nor 条件, and
the rule's subject (数字贸易) is said by its title rather than by the clause."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a district's support rule, its title saying its subject.
RULE = """示范区推动数字贸易企业发展的扶持办法(试行)

第一条 【目的依据】为推动示范区数字贸易企业集聚发展,结合本区实际,制定本办法。

第二条 【适用范围】享受本办法的企业须具有独立法人资格,且注册地须在示范区范围内。新设立的企业在申请本办法奖励之前,须在示范区内实际经营不少于一年。

第三条 【落户奖励】对新落户的数字贸易企业给予一次性20万元奖励。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("enjoy"), RULE) as service:
        yield service


def test_applicability_clause_answers_conditions_to_enjoy(service: QueryService) -> None:
    answer = service.ask("享受示范区数字贸易企业扶持办法的企业要满足什么条件?")
    out = render_plain(answer)
    headline = next(line for line in out.splitlines() if line.startswith("答"))
    assert answer.found and "独立法人资格" in headline, out


def test_reward_question_still_answered_by_amount(service: QueryService) -> None:
    answer = service.ask("示范区数字贸易企业落户奖励多少?")
    out = render_plain(answer)
    assert answer.found and "20万元" in out, out
