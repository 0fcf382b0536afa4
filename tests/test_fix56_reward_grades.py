"""Rewards of an award's lesser prize or later round (提名奖, 复审) are never the award's own, and
one rule never prices two claims (attack56 H1–H3); a district's 另行奖励 pays on top (H5).
Invented plans, their variants of the attack's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.reward_grades import continues_with_further_prize, further_prizes
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED

# Invented: a city rewarding an award, its 提名奖, a certification and its 复审.
QIAOSHAN = """桥山市人民政府办公室关于印发桥山市质量奖励办法的通知
桥政办发〔2027〕8号
桥山市人民政府办公室
2027年2月3日
桥山市质量奖励办法
一、奖励政策
对获得市长质量奖的企业,给予40万元奖励;获得市长质量奖提名奖的,给予8万元奖励。
对首次通过“浙江制造”认证的企业,给予12万元奖励。对通过“浙江制造”认证复审的企业,给予3万元奖励。
对获得省级质量标杆企业称号的,给予6万元奖励。
"""

# Invented: its district paying again for the 提名奖 only, and 另行 for the 标杆 title.
NANHU = """桥山市南湖区人民政府办公室关于印发南湖区质量提升办法的通知
南政办发〔2027〕3号
桥山市南湖区人民政府办公室
2027年3月1日
南湖区质量提升办法
一、奖励政策
对获得市长质量奖提名奖的企业,区财政再给予2万元奖励。
对获得省级质量标杆企业称号的,区财政另行奖励4万元。
"""


@pytest.fixture(scope="module")
def qiaoshan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix56_qiaoshan"), QIAOSHAN, NANHU, now=ASKED
    ) as service:
        yield service


def test_a_further_prize_is_told_from_the_award() -> None:
    assert continues_with_further_prize("获得市长质量奖提名奖", "市长质量奖")
    assert continues_with_further_prize("通过“品字标”认证复审", "品字标认证")
    assert not continues_with_further_prize("获得市长质量奖提名奖", "市长质量奖提名奖")
    assert not continues_with_further_prize("获得市长质量奖", "市长质量奖")
    assert further_prizes("获得市长质量奖提名奖", "江北区市长质量奖奖多少") == ("提名奖",)
    assert further_prizes("获得市长质量奖提名奖", "提名奖多少") == ()


def test_a_districts_prize_rule_is_not_the_awards(qiaoshan: QueryService) -> None:
    reply = ask(qiaoshan, "南湖区市长质量奖奖多少")
    assert "40万元" in reply and "42万元" not in reply, reply
    reply = ask(qiaoshan, "南湖区市长质量奖提名奖奖多少")
    assert "共10万元" in reply, reply


def test_an_award_and_its_prize_summed_by_their_own_rules(qiaoshan: QueryService) -> None:
    reply = answer_text(qiaoshan, "桥山市长质量奖和提名奖一共奖多少")[0]
    assert "合计: 48万元" in reply, reply


def test_a_certification_and_its_review_summed_apart(qiaoshan: QueryService) -> None:
    reply = answer_text(qiaoshan, "桥山浙江制造认证和复审一共奖多少")[0]
    assert "合计: 15万元" in reply, reply
    reply = answer_text(qiaoshan, "桥山市长质量奖一共奖多少")[0]
    assert "8万元" not in reply.split("\n\n")[0], reply


def test_a_districts_other_pay_is_on_top(qiaoshan: QueryService) -> None:
    reply = ask(qiaoshan, "南湖区省级质量标杆企业奖多少")
    assert "共10万元" in reply and "4万元" in reply and "6万元" in reply, reply


def test_a_certifications_reward_named_with_its_jiang(qiaoshan: QueryService) -> None:
    reply = answer_text(qiaoshan, "桥山浙江制造认证奖和省级质量标杆一共奖多少")[0]
    assert "合计: 18万元" in reply and "未找到对应的奖励条款" not in reply, reply
    # a prize's own 奖 stays: 市长质量奖 is never read as 市长质量
    reply = answer_text(qiaoshan, "桥山市长质量奖和浙江制造认证奖一共奖多少")[0]
    assert "合计: 52万元" in reply, reply
