"""A thing asked by a name with its noun head kept on (品牌企业培育库: 培育库) that the plans write
with a word between (建立品牌培育企业库, 建立培育企业库) is answered, saying how the text writes it
(trial36: it was refused, since 培育库 is kept whole so that a plan without any 库 is not answered
as sure). A plan without such a 库 is still not answered as sure, and another step of its life
(撤销, 更新) than the one dated stays at most a partial match."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service, task_table_plan
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: 示范市 dates the setting up of a 库 of firms it 培育; 样板市 only targets such firms.
FIRST = city_plan(
    "一、工作安排\n"
    "(一)2032年6月底前,建立品牌培育企业库。(牵头单位:市市场监管局)\n"
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
    with invented_plans_service(tmp_path_factory.mktemp("noun_head"), FIRST, SECOND) as service:
        yield service


def _ask(service: QueryService, text: str) -> str:
    return answer_text(service, text)[0]


@pytest.mark.parametrize(
    "asked", ["品牌企业培育库什么时候要建好", "示范市什么时候建立品牌企业培育库"]
)
def test_a_library_written_with_a_word_between_is_answered(
    service: QueryService, asked: str
) -> None:
    reply = _ask(service, asked)
    assert "答: 2032-06-30" in reply, reply
    assert "文件里写作“培育企业库”" in reply, reply


@pytest.mark.parametrize("step", ["撤销", "更新"])
def test_another_step_of_its_life_is_at_most_partial(service: QueryService, step: str) -> None:
    reply = _ask(service, f"示范市什么时候{step}品牌企业培育库")
    assert "答:" not in reply and ("部分相符" in reply or "未找到" in reply), reply


def test_a_plan_without_such_a_library_is_not_answered(service: QueryService) -> None:
    reply = _ask(service, "样板市什么时候建立品牌企业培育库")
    assert "答:" not in reply and "12家" not in reply, reply
    assert "未找到" in reply and "培育库" in reply, reply


def test_a_plain_library_of_a_task_table_is_answered_too(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("noun_head_table")
    with invented_plans_service(folder, task_table_plan("范例市", "范")) as service:
        reply = _ask(service, "范例市企业培育库什么时候要建好")
        assert "答: 2018-12-31" in reply and "文件里写作“培育企业库”" in reply, reply
