"""A reward question (有奖励吗, 奖多少) is answered by a reward, never by a duty sentence that
merely shares its words (培育和指导企业申报驰誉商标): without one in the asker's plans, 未找到."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a plan that lays duties about 驰誉商标 and pays nothing for it.
DUTIES = city_plan(
    "一、重点任务\n"
    "(一)加强商标培育。培育和指导企业申报“全国驰誉商标”和“省优选商标”称号。\n"
    "(二)加强质量监管。开展重点产品质量抽查。\n"
)

# Invented: another city's rule paying for the same title.
REWARDS = """样板市人民政府关于加快品牌建设的若干意见
样政发〔2031〕7号
一、奖励政策
对新获得全国驰誉商标的企业,给予50万元的奖励。
样板市人民政府
2031年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("reward_replies")
    with invented_plans_service(folder, DUTIES, REWARDS) as service:
        yield service


def test_a_duty_is_no_answer_to_a_reward_question(service: QueryService) -> None:
    answer = service.ask("我们是示范市的企业,新拿了驰誉商标,市里有奖励吗")
    out = render_plain(answer)
    assert not answer.found, out
    assert "未找到" in out and "培育" not in out, out


def test_a_reward_rule_still_answers(service: QueryService) -> None:
    answer = service.ask("样板市驰誉商标奖多少")
    out = render_plain(answer)
    assert answer.found and "50万元" in out, out
