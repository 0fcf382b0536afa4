"""fix95 (attack52 H6, High): a when-question naming a procedural step (申报, 验收, 预验收,
评审 …) is answered by that step's date, or says that the plan dates no such step and shows the
dates it does give — never another step's date as the one asked. 预验收 is another step than
验收, and 评审专家库 (a pool of experts) names no 评审. Invented plans, through the query service."""

from __future__ import annotations

from policybot.knowledge.steps import names_step, steps_named
from tests.invented_plans import ask, city_plan, plans_fixture

_ACCEPTANCE_ONLY = """一、重点任务
(一)创建省级智慧农业示范园。2033年底前通过省级验收。(牵头单位:市农业局)
(二)加快培育高新技术产业,推动企业研发投入持续增长。
"""
_PRE_AND_FINAL = """一、重点任务
(一)创建省级智慧农业示范园。2032年9月底前完成示范园预验收,2033年6月底前通过省级验收。
(二)加快培育高新技术产业,推动企业研发投入持续增长。
"""
_PRE_ONLY = """一、重点任务
(一)创建省级智慧农业示范园。2032年9月底前完成示范园预验收。
"""
_FINAL_ONLY = """一、重点任务
(一)创建省级智慧农业示范园。2033年6月底前完成示范园验收。
"""
_POOL_AND_REVIEW = """一、重点任务
(一)建立品牌评审专家库。2032年6月底前建立示范市品牌评审专家库,2033年底前完成首批品牌评审。
"""
_POOL_ONLY = """一、重点任务
(一)建立品牌评审专家库。2032年6月底前建立示范市品牌评审专家库。
"""

acceptance_only = plans_fixture("fix95_acceptance", city_plan(_ACCEPTANCE_ONLY))
pre_and_final = plans_fixture("fix95_pre_final", city_plan(_PRE_AND_FINAL))
pre_only = plans_fixture("fix95_pre", city_plan(_PRE_ONLY))
final_only = plans_fixture("fix95_final", city_plan(_FINAL_ONLY))
pool_and_review = plans_fixture("fix95_pool_review", city_plan(_POOL_AND_REVIEW))
pool_only = plans_fixture("fix95_pool", city_plan(_POOL_ONLY))


def _headline(reply: str) -> str:
    return reply.splitlines()[1]


def test_a_step_the_plan_does_not_date_is_said_undated(acceptance_only) -> None:
    for question in (
        "示范市智慧农业示范园什么时候申报?",
        "示范市智慧农业示范园哪年申报",
        "示范市智慧农业示范园申报截止时间",
    ):
        reply = ask(acceptance_only, question)
        headline = _headline(reply)
        assert headline.startswith("未找到“申报”的时间;文件写的是验收的时间"), (question, reply)
        assert not headline.startswith("答:"), reply
        # the date the plan does give is shown, as a partial match
        assert "2033年底前通过省级验收" in reply, reply


def test_the_step_the_plan_dates_is_still_answered(acceptance_only) -> None:
    reply = ask(acceptance_only, "示范市智慧农业示范园什么时候验收?")
    assert _headline(reply).startswith("答:") and "2033年底" in _headline(reply), reply


def test_acceptance_is_not_its_pre_acceptance(pre_and_final) -> None:
    reply = ask(pre_and_final, "示范市智慧农业示范园什么时候验收?")
    assert _headline(reply) == "答: 2033-06-30(2033年6月底前)", reply
    reply = ask(pre_and_final, "示范市智慧农业示范园什么时候预验收?")
    assert _headline(reply) == "答: 2032-09-30(2032年9月底前)", reply


def test_another_step_of_the_same_sentence_is_no_filing_date(pre_and_final) -> None:
    reply = ask(pre_and_final, "示范市智慧农业示范园什么时候申报?")
    assert _headline(reply).startswith("未找到“申报”的时间;文件写的是预验收、验收的时间"), reply
    assert "部分相符" in _headline(reply), reply  # a partial match, as the scorer reads it


def test_a_pre_acceptance_alone_is_no_acceptance_date(pre_only) -> None:
    reply = ask(pre_only, "示范市智慧农业示范园什么时候验收?")
    assert _headline(reply).startswith("未找到“验收”的时间;文件写的是预验收的时间"), reply
    assert "2032-09-30" in reply  # what the plan does date, shown below
    reply = ask(pre_only, "示范市智慧农业示范园什么时候预验收?")
    assert _headline(reply) == "答: 2032-09-30(2032年9月底前)", reply


def test_a_guessed_date_of_a_step_is_not_confirmed_by_another_step(pre_only) -> None:
    reply = ask(pre_only, "示范市智慧农业示范园是不是2032年9月底前验收?")
    assert _headline(reply).startswith("未找到“验收”的时间;文件写的是预验收的时间"), reply
    assert not _headline(reply).startswith("答:"), reply
    reply = ask(pre_only, "示范市智慧农业示范园是不是2032年9月底前完成预验收?")
    assert "未找到" not in reply and "2032-09-30" in reply, reply


def test_an_acceptance_alone_is_no_pre_acceptance_date(final_only) -> None:
    reply = ask(final_only, "示范市智慧农业示范园什么时候预验收?")
    assert _headline(reply).startswith("未找到“预验收”的时间;文件写的是验收的时间"), reply
    reply = ask(final_only, "示范市智慧农业示范园什么时候验收?")
    assert _headline(reply) == "答: 2033-06-30(2033年6月底前)", reply


def test_an_expert_pool_is_no_review_step(pool_and_review, pool_only) -> None:
    reply = ask(pool_and_review, "示范市品牌什么时候评审?")
    assert _headline(reply) == "答: 2033-12-31(2033年底前)", reply
    assert "1)" not in reply  # the pool's date is no second answer
    reply = ask(pool_only, "示范市品牌什么时候评审?")
    assert _headline(reply).startswith("未找到“评审”的时间;以下部分相符"), reply
    assert "2032-06-30" in reply


def test_the_expert_pool_itself_is_answered(pool_and_review, pool_only) -> None:
    for service in (pool_and_review, pool_only):
        reply = ask(service, "示范市评审专家库什么时候建立?")
        assert _headline(reply) == "答: 2032-06-30(2032年6月底前)", reply


def test_the_step_vocabulary() -> None:
    assert steps_named("2032年9月底前完成示范园预验收,2033年6月底前通过省级验收") == (
        "预验收",
        "验收",
    )
    assert not names_step("完成示范园预验收", "验收")
    assert not names_step("建立品牌评审专家库", "评审")
    assert not names_step("对通过认定的企业给予奖励", "认定")
    assert names_step("完成首批品牌评审", "评审")

    assert steps_named("示范园什么时候预验收") == ("预验收",)
    assert steps_named("评审专家库什么时候建立") == ()
    assert steps_named("申报、验收分别什么时候") == ("申报", "验收")  # two: none asked alone
    assert steps_named("验收后多久拨付资金") == ()
