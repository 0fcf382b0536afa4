"""Everyday questions of one invented district plan whose answer is stored: a recurring duty
asked with a verb only (每月几号报送, 啥时候交材料, also in traditional characters), the
就高 rule asked as 能都拿吗, and a reward asked 有奖吗."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

PLAN = """松岭区人民政府办公室关于印发松岭区品质提升行动方案(2031—2033年)的通知
松政办发〔2031〕9号
松岭区人民政府办公室
2031年1月10日
一、实施步骤
(一)启动阶段(2031年2月—2031年6月)。制定方案。
(二)推进阶段(2031年7月—2033年6月)。全面推进。
二、奖励措施
(一)主导制定行业标准的,给予30万元奖励;参与制定的给予6万元奖励。
(二)新获得省级品牌产品的,奖励12万元。
同一事项符合多项奖励条件的,按就高原则给予奖励,不重复享受。
三、保障措施
各街道每月8日前向区品质办报送工作进展。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(Path(tmp_path_factory.mktemp("everyday")), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    "question", ["松岭区每月几号报送", "松嶺區每月幾號報送", "松岭那边各街道啥时候交材料啊"]
)
def test_a_duty_asked_by_its_verb_is_answered_not_every_deadline(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "每月8日前" in reply.splitlines()[1], reply
    assert "启动阶段" not in reply


def test_the_higher_only_rule_answers_can_both_be_had(service: QueryService) -> None:
    reply = ask(service, "同时符合两项奖励能都拿吗 松岭区")
    assert "按就高原则" in reply and "未找到" not in reply, reply


def test_a_reward_asked_have_you_a_prize_is_answered_not_hedged(service: QueryService) -> None:
    reply = ask(service, "松岭区参与制定行业标准有奖吗")
    assert reply.splitlines()[1] == "答: 6万元", reply
