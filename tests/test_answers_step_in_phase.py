"""A dated step inside a phase leads when it does what is asked (trial36: 评估阶段什么时候报市政府
led with the phase's end, whose line quotes the step, rather than the step's own date); a question
naming only the phase still gets the phase's end first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: three phases, the last with a dated step of reporting inside it.
PLAN = city_plan(
    "四、实施步骤\n"
    "(一)动员部署阶段(2031年3月—6月)。制定工作方案,明确责任分工。\n"
    "(二)组织实施阶段(2031年7月—2032年12月)。各单位按照职责推进各项任务。\n"
    "(三)总结评估阶段(2033年1月—6月)。2033年4月底前,各县区形成工作总结报市政府。"
    "市政府组织对各地工作进行评估。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("step_in_phase"), PLAN) as service:
        yield service


@pytest.mark.parametrize("asked", ["评估阶段什么时候报市政府", "工作总结什么时候报市政府"])
def test_the_step_doing_what_is_asked_leads(service: QueryService, asked: str) -> None:
    reply = answer_text(service, asked)[0]
    assert "答: 2033-04-30" in reply, reply


def test_the_phase_asked_alone_keeps_its_end(service: QueryService) -> None:
    reply = answer_text(service, "总结评估阶段什么时候结束")[0]
    assert "答: 2033-06-30" in reply, reply


@pytest.mark.parametrize("asked", ["示范市组织实施阶段什么时候结束", "实施阶段什么时候结束"])
def test_a_phase_named_by_a_verb_answers_that_phase(service: QueryService, asked: str) -> None:
    # trial37: 实施阶段什么时候结束 listed every deadline (实施, a word of asking, was dropped)
    reply = answer_text(service, asked)[0]
    assert "答: 2032-12-31" in reply and "2033-06-30" not in reply, reply


@pytest.mark.parametrize("asked", ["动员部署阶段什么时候开始", "动员部署阶段何时启动"])
def test_a_phase_asked_when_it_begins_answers_its_start(service: QueryService, asked: str) -> None:
    # attack37: 调研阶段什么时候开始 answered 2031-06-30, the phase's end
    reply = answer_text(service, asked)[0]
    assert "答: 2031-03-01 开始(2031年3月—6月)" in reply and "2031-06-30" not in reply, reply


def test_the_stage_after_one_named_is_the_next_in_order(service: QueryService) -> None:
    # attack37: 推进阶段之后是什么阶段 said 未找到
    reply = answer_text(service, "示范市组织实施阶段之后是什么阶段")[0]
    assert "答: 总结评估阶段" in reply and "2033-06-30" in reply, reply
