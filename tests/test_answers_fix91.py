"""fix91 (attack51 H8, trial49 M4-M6), invented plans only:
- a yes/no or when-question naming a step (验收) is answered by that step's milestone, never by
  another step dated in the same sentence (申报), and 不是 with the step's date when the date
  guessed (a month too: 2032年6月底前) is wrong;
- 什么时候停止执行 is answered by the plan's stated term (执行至…), or 未找到 saying what the plan
  does say of its time in force;
- 有没有给…企业发钱 (给不给钱) asks about the reward, which is found.
(Its fourth rule, a 部分相符 of another measure refused as 未找到, was taken out at the merge: it
refused answers four older tests pin — 国家级 asked of a 省级 count, 除东岭区外, a count beside a
sum, 什么时候到期 — trial49 M4 stays open.)
"""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service, plans_fixture

_BODY = """一、主要目标
到2033年,全市新增中国驰名商标6件,新增规模以上工业企业50家。
二、重点任务
(一)创建省级质量标杆园区。2032年6月底前完成标杆园区创建申报,2033年底前通过省级验收。(牵头单位:市市场监管局)
(二)实施品牌培育工程。对新获得中国驰名商标的企业,给予一次性奖励80万元。
(三)加快培育高新技术产业,推动企业研发投入持续增长。
三、附则
本计划自2031年4月1日起施行,执行至2033年12月31日。
"""

service = plans_fixture("fix91", city_plan(_BODY))


def test_yes_no_naming_a_step_is_answered_by_that_steps_milestone(service) -> None:
    reply = ask(service, "示范市是不是2032年6月底前完成标杆园区创建验收?")
    headline = reply.splitlines()[1]
    assert headline == "答: 不是,2033-12-31(2033年底前)", reply
    assert "通过省级验收" in reply and "原文:" in reply and "出处:" in reply
    assert "完成标杆园区创建申报(示范市)" not in reply


def test_when_naming_a_step_is_that_steps_date(service) -> None:
    assert "答: 2033-12-31" in ask(service, "示范市哪年完成标杆园区创建验收?")
    assert "答: 2032-06-30" in ask(service, "示范市标杆园区创建什么时候申报")
    reply = ask(service, "示范市是不是2033年底前完成标杆园区创建申报?")
    assert "答: 不是,2032-06-30" in reply, reply


def test_a_right_month_guessed_is_not_denied(service) -> None:
    reply = ask(service, "示范市是不是2032年6月底前完成标杆园区创建申报?")
    assert "不是" not in reply and "2032-06-30" in reply, reply


def test_when_it_stops_is_its_stated_term(service) -> None:
    for question in ("示范市什么时候停止执行", "示范市的计划何时废止?"):
        reply = ask(service, question)
        assert "答: 执行至2033年12月31日" in reply, (question, reply)
        assert "新增" not in reply  # no list of targets


def test_when_it_stops_without_a_term_says_what_the_plan_says(tmp_path: Path) -> None:
    body = "一、主要目标\n到2033年,全市新增中国驰名商标6件,新增规模以上工业企业50家。\n"
    with invented_plans_service(tmp_path, city_plan(body)) as plain:
        reply = ask(plain, "示范市什么时候停止执行")
    assert "未找到" in reply and "没有写明有效期" in reply, reply
    assert "规划期2031—2033年" in reply and "50家" not in reply


def test_colloquial_paying_asks_about_the_reward(service) -> None:
    for question in ("示范市有没有给驰名商标企业发钱", "示范市驰名商标企业给不给钱"):
        reply = ask(service, question)
        assert "80万元" in reply and "没有写" not in reply and "未找到" not in reply, reply
        assert "新增中国驰名商标6件" not in reply.splitlines()[1]


def test_colloquial_paying_of_a_place_that_rewards_no_such_thing(tmp_path: Path) -> None:
    body = (
        "一、主要任务\n培育发展一批名牌产品、驰名商标。\n"
        "二、政策扶持\n对通过品牌认证的企业,给予奖励20万元。\n"
    )
    with invented_plans_service(tmp_path, city_plan(body)) as plain:
        reply = ask(plain, "示范市有没有给驰名商标企业发钱")
    assert "未找到" in reply and "没有写“驰名商标”" not in reply, reply
    assert "20万元" not in reply.splitlines()[1]
