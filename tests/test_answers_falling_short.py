"""没完成任务的区县会怎么样 asks what befalls those who fall short, which a rule's sentence says
(对未完成年度任务的区县,将暂停受理…); 没完成 there names who, it is no window of what is still
to do (还有哪些没完成), which listed every item not yet due instead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: a yearly quota and what happens to a county that misses it.
PLAN = city_plan(
    """一、年度任务
2032年,各区县完成补充耕地任务合计1200亩。
二、考核
对工作不落实、未完成年度补充耕地任务的区县,将暂停受理该区县建设项目用地申请。
"""
)
# Invented: a province-style notice of yearly duty targets, its sentence writing 没完成.
DUTY_NOTICE = """示范市人民政府关于下达2032年农业生产目标责任制指标任务的通知
示政发〔2032〕3号
示范市人民政府
2032年1月5日
年终组织有关部门逐级进行考评,对完成任务好的予以表彰,对没完成任务、弄虚作假的予以批评直至处罚。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("falling_short")
    with invented_plans_service(folder, PLAN, DUTY_NOTICE) as service:
        yield service


def test_what_befalls_those_falling_short_is_the_rules_sentence(service: QueryService) -> None:
    reply = ask(service, "示范市没完成年度补充耕地任务的区县会怎么样?")
    assert "暂停受理" in reply.splitlines()[1], reply


def test_what_is_still_to_do_is_still_a_window(service: QueryService) -> None:
    reply = ask(service, "示范市还有哪些没完成?")
    assert "还有哪些未完成" in reply.splitlines()[0] and "1200亩" in reply, reply


def test_falling_short_written_colloquially_still_finds_the_sentence(service: QueryService) -> None:
    # 没完成 is read 未完成, which this sentence does not write: a word of who, not of the topic.
    reply = ask(service, "示范市农业责任制指标没完成还弄虚作假的会咋样?")
    assert "批评直至处罚" in reply.splitlines()[1], reply
    assert "部分相符" not in reply, reply
