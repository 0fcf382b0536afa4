"""attack49 against fix73's routes (helper fix78), on invented plans only.

- A body's name asked picked a higher level's body the plan works under, with its 在 (在省…领导小组的
  统一部署下,成立示范市…领导小组); the plan's own body (set up, of the place asked) is said.
- 领导小组是哪个部门牵头的 / 是什么级别 were answered with the name; only a question ending on the
  name asked is the name's.
- 是否未达到30个 / 是不是没有超过20个 read as 达到 / 超过 (是); the negation is read.
- A plan's figure read as both a floor and a cap (不超过超过20家) and a bound the plan leaves open
  (是不是超过30个 of 30个以上) are not answered 是/不是.
- A reward difference took the first side's place for a second side naming its own, a prize with a
  further qualifier (提名奖) for the one typed, a maximum (最高100万元) as a fixed sum, and one place's
  rewards when no place was typed and several places reward.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service, plans_fixture
from policybot.knowledge.service import QueryService

BODY = """一、主要目标
到2033年,全市新增省名牌产品30个以上,新增中国驰名商标12件,培育质量标杆企业不超过超过20家。
二、组织保障
在省质量强省工作领导小组的统一部署下,成立示范市品牌提升工作领导小组,由市长任组长,统筹推进全市品牌建设工作。领导小组办公室设在市市场监管局。
三、奖励措施
(一)对新获得国家级质量奖的企业,最高奖励100万元;对新获得省级质量奖的企业,奖励50万元。
"""
OTHER = """样例市人民政府关于印发样例市质量提升方案的通知
样政发〔2031〕2号
样例市人民政府
2031年5月2日
一、奖励措施
对新获得省级质量奖的企业,奖励30万元。
"""
NOMINATION = city_plan(
    "三、奖励措施\n(一)对获得国家级质量奖提名奖的企业,奖励30万元;对新获得省级质量奖的企业,奖励50万元。\n"
)


service = plans_fixture("fix78", city_plan(BODY), OTHER)


def _headline(service: QueryService, question: str) -> str:
    return ask(service, question).splitlines()[1]


@pytest.mark.parametrize("question", ["示范市领导小组叫什么", "领导小组叫什么"])
def test_the_plans_own_body_is_named_not_a_higher_levels(
    service: QueryService, question: str
) -> None:
    assert _headline(service, question) == "答: 示范市品牌提升工作领导小组"


@pytest.mark.parametrize("question", ["示范市领导小组是哪个部门牵头的", "示范市领导小组是什么级别"])
def test_a_question_about_a_body_not_its_name_gets_no_name(
    service: QueryService, question: str
) -> None:
    assert "领导小组" not in ask(service, question).splitlines()[0], question
    assert "品牌提升工作领导小组" not in _headline(service, question)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("示范市新增省名牌产品是否未达到30个", "答: 不是,30个以上"),
        ("示范市新增省名牌产品是不是没有超过20个", "答: 不是,30个以上"),
        ("示范市新增省名牌产品是不是超过30个", "答: 不能确定,文件写的是30个以上(文件只写了下限)"),
        ("示范市培育质量标杆企业是不是超过10家", "答: 不能确定,文件写的是:不超过超过20家"),
    ],
)
def test_negations_and_open_bounds_are_not_answered_wrong(
    service: QueryService, question: str, said: str
) -> None:
    assert _headline(service, question) == said


def test_a_maximum_reward_is_said_as_at_most(service: QueryService) -> None:
    headline = _headline(service, "示范市国家级质量奖奖励比省级质量奖多多少")
    assert headline.startswith("答: 最多多50万元("), headline


def test_each_side_of_a_reward_difference_in_its_own_place(service: QueryService) -> None:
    reply = ask(service, "示范市国家级质量奖比样例市省级质量奖多奖多少")
    assert reply.splitlines()[1].startswith("答: 最多多70万元("), reply


def test_no_place_typed_and_rewards_differing_by_place_is_hedged(service: QueryService) -> None:
    headline = _headline(service, "国家级质量奖比省级质量奖多奖多少")
    assert "多50万元" not in headline and "请说明是哪个地区" in headline, headline


def test_a_prize_with_a_further_qualifier_is_not_the_one_typed(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, NOMINATION) as service:
        headline = _headline(service, "示范市国家级质量奖比省级质量奖多奖多少")
    assert "少20万元" not in headline and "没有找到" in headline, headline
