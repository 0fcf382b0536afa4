"""A list of questions sent as a plan (staff's own question file, by mistake) is read like any
file: its first line becomes the title, its first words a region, its years milestones. The
preview now says most of its lines ask, before anyone confirms it; a plan that asks a few
questions among its sentences is not warned."""

from __future__ import annotations

from invented_plans import city_plan
from policybot.knowledge.reading import read_plan

QUESTIONS = "\n".join(
    [
        "东澜区今年省名牌产品要多少个",
        "西岭县18年驰名商标要几件",
        "示范市质量强市示范城市什么时候通过验收",
        "哪些企业能申请质量奖?",
        "首席质量官要多少家",
        "示范市2019年底细分行业龙头企业要达到多少家",
        "标准化奖励是否可以叠加",
    ]
)


def test_a_file_of_questions_is_warned_of_before_it_is_stored() -> None:
    plan = read_plan(QUESTIONS.encode("utf-8"), "问题清单.txt")
    assert any("行是问句" in warning for warning in plan.warnings), plan.warnings


def test_a_plan_asking_a_question_or_two_is_not_warned() -> None:
    text = city_plan(
        "一、主要目标\n到2033年,新增省级品牌企业20家。\n"
        "二、常见问题\n哪些企业能申请?\n注册在本市的企业均可申请。\n"
        "三、保障措施\n各区县要加强组织领导,落实工作责任。\n"
    )
    plan = read_plan(text.encode("utf-8"), "plan.txt")
    assert not any("行是问句" in warning for warning in plan.warnings), plan.warnings
