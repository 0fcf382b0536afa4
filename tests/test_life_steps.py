"""A dated step of a thing's life answers when that step is asked, not another (attack36 H5).

"2025年6月底前,建立培育企业库" answered 什么时候撤销培育企业库 and 更新培育企业库 as sure, and
"湖州什么时候建立品牌企业培育库" was answered with targets to 培育…企业 of a plan that has no 库.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: 示范市 dates the setting up of a 库; 样板市 only targets firms it 培育.
FIRST = city_plan(
    "一、工作安排\n"
    "(一)2032年6月底前,建立培育企业库。(牵头单位:市市场监管局)\n"
    "(二)2032年9月底前,完成首批企业评估。(牵头单位:市市场监管局)\n"
)
SECOND = """样板市人民政府办公室关于印发样板市品牌建设行动方案的通知
样政办发〔2031〕9号
一、主要目标
到2032年,培育品牌企业12家。
到2033年,培育品牌示范企业5家。
样板市人民政府办公室
2031年6月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("life_steps"), FIRST, SECOND) as service:
        yield service


def _ask(service: QueryService, text: str) -> str:
    return answer_text(service, text)[0]


def test_the_step_asked_is_answered(service: QueryService) -> None:
    reply = _ask(service, "示范市什么时候建立培育企业库")
    assert "答: 2032-06-30" in reply, reply


@pytest.mark.parametrize("step", ["撤销", "更新", "取消"])
def test_another_step_is_never_answered_as_sure(service: QueryService, step: str) -> None:
    reply = _ask(service, f"示范市什么时候{step}培育企业库")
    assert "答:" not in reply and ("部分相符" in reply or "未找到" in reply), reply


def test_a_thing_the_plan_never_names_is_not_found(service: QueryService) -> None:
    reply = _ask(service, "样板市什么时候建立品牌企业培育库")
    assert "答:" not in reply and "12家" not in reply, reply
    assert "未找到" in reply and "培育库" in reply, reply
    assert "是不是" not in reply, reply
