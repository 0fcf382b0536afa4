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


# attack43: a question list whose numbers stand on lines of their own (Word's numbering as
# text), or asked in everyday words (咋样, 啥时候, 能否, 有没有, 如何), was not warned of.
NUMBERED_APART = "示范市问题清单\n" + "\n".join(
    f"{number}.\n{question}"
    for number, question in enumerate(
        ["东澜区2033年省名牌产品要多少个", "西岭县2032年底驰名商标要几件", "质量奖什么时候评",
         "标准化奖励是否可以叠加", "首席质量官要多少家", "哪些企业能申请"],
        1,
    )
)  # fmt: skip
EVERYDAY = "示范市同事提的问题\n" + "\n".join(
    ["东澜区2033年省名牌产品咋样了", "西岭县2032年底驰名商标有没有完成", "质量奖啥时候评",
     "标准化奖励能否叠加", "首席质量官如何认定", "品牌企业培育进展如何"]
)  # fmt: skip


def test_a_question_list_numbered_apart_or_asked_in_everyday_words_is_warned() -> None:
    for text in (NUMBERED_APART, EVERYDAY):
        plan = read_plan(text.encode("utf-8"), "问题清单.txt")
        assert any("行是问句" in warning for warning in plan.warnings), (text, plan.warnings)


def test_a_policy_reading_of_questions_and_answers_is_not_warned() -> None:
    text = "示范市品牌提升行动计划(2031—2033年)政策解读\n" + "\n".join(
        f"问{number}:第{number}类奖励标准是多少?\n答:对获得第{number}类称号的企业,给予一次性奖励{number}0万元。"
        for number in range(1, 9)
    )
    plan = read_plan(text.encode("utf-8"), "解读.txt")
    assert not any("行是问句" in warning for warning in plan.warnings), plan.warnings
