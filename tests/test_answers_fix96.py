"""trial50 H1, M2/M3 and attack52 M1/M2, end to end through the query service over invented plans.

- 谁牵头 of an award two tasks (or two rows of a task table) name, each with its own lead: every
  item's own units, never the first item's lead said as the lead of both.
- 有没有给…发钱 of a reward rule paying 单位和个人 (no 企业 written): the rule, with its sum, not
  "文件没有写明个人的奖励金额".
- 发钱是不是80万 with no reward named: the verdict names the reward that pays the sum; a
  recipient named is the one checked; 每项奖励40万元吗 says 是/不是 beside the rule's sum.
"""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, duties_table_plan, plans_fixture

TASKS_PLAN = city_plan(
    """一、重点任务
(一)完善质量激励。组织开展示范市锦绣质量奖评选活动,对获奖企业给予表彰。(牵头单位:市市场监管局;配合单位:市财政局)
(二)推广先进质量管理方法。引导企业学习示范市锦绣质量奖获奖企业经验,开展对标提升。(牵头单位:市工信局;配合单位:市商务局)
"""
)
TABLE_PLAN = duties_table_plan(
    "样例市",
    "样",
    (
        "1 组织样例市银杏质量奖评审 市市场监管局 市经信委 2019年6月30日",
        "2 宣传样例市银杏质量奖获奖企业经验 市委宣传部 市市场监管局 2019年12月31日",
        "3 建立品牌培育库 市商务局 市工信局 2018年12月31日",
    ),
)
REWARDS_PLAN = """远山市人民政府办公室关于印发远山市质量激励办法的通知
远政办发〔2031〕7号
远山市人民政府办公室
2031年5月6日

一、奖励措施
(一)完善质量激励。对获得远山市青松质量奖的单位和个人,给予一次性奖励40万元。
(二)鼓励标准创新。对主导制定国际标准的组织,每项奖励30万元。
(三)对获得全国金鼎品质奖的企业,奖励80万元。
"""

service = plans_fixture("fix96", TASKS_PLAN, TABLE_PLAN, REWARDS_PLAN)


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答:"))


def test_each_task_naming_the_award_with_its_own_lead(service: QueryService) -> None:
    reply = ask(service, "示范市锦绣质量奖谁牵头?")
    headline = _headline(reply)
    assert "第1项 牵头: 市市场监管局" in headline, reply
    assert "第2项 牵头: 市工信局" in headline, reply
    # never one task's lead alone, as the lead of both
    assert not headline.startswith("答: 牵头: 市市场监管局"), reply


def test_each_table_row_with_its_own_lead(service: QueryService) -> None:
    reply = ask(service, "样例市银杏质量奖牵头单位是哪个?")
    headline = _headline(reply)
    assert "牵头: 市市场监管局" in headline and "牵头: 市委宣传部" in headline, reply
    assert "第1项" in headline and "第2项" in headline, reply


def test_one_unit_asked_of_items_led_apart_lists_each_items_unit(
    service: QueryService,
) -> None:
    reply = ask(service, "示范市锦绣质量奖是市场监管局牵头吗?")
    headline = _headline(reply)
    assert "牵头: 市市场监管局" in headline and "牵头: 市工信局" in headline, reply


def test_one_task_keeps_its_one_lead(service: QueryService) -> None:
    reply = ask(service, "样例市品牌培育库谁牵头?")
    assert "答: 牵头: 市商务局" in reply, reply
    assert "第1项" not in reply, reply


def test_reward_of_units_and_individuals_is_found_for_an_individual(
    service: QueryService,
) -> None:
    for question in ("有没有给获得青松质量奖的个人发钱?", "获得青松质量奖的个人有没有奖励?"):
        reply = ask(service, question)
        assert "40万元" in reply, reply
        assert "未找到" not in reply and "没有写明个人" not in reply, reply


def test_reward_of_an_organisation_is_found(service: QueryService) -> None:
    reply = ask(service, "主导制定国际标准有没有奖励?")
    assert "每项30万元" in reply and "未找到" not in reply, reply


def test_yes_no_sum_with_no_reward_named_names_the_reward_paying_it(
    service: QueryService,
) -> None:
    reply = ask(service, "远山市发钱是不是80万?")
    assert _headline(reply) == "答: 是,80万元(获得全国金鼎品质奖)", reply


def test_yes_no_sum_no_reward_pays(service: QueryService) -> None:
    reply = ask(service, "远山市是不是奖励100万?")
    assert _headline(reply).startswith("答: 不是,"), reply


def test_yes_no_sum_checks_the_recipient_named(service: QueryService) -> None:
    reply = ask(service, "获得青松质量奖发钱是不是80万?")
    assert _headline(reply) == "答: 不是,40万元", reply
    reply = ask(service, "给获得青松质量奖的个人发钱是不是80万?")
    assert _headline(reply).startswith("答: 不是,40万元"), reply


def test_per_item_sum_yes_no_has_a_verdict(service: QueryService) -> None:
    reply = ask(service, "主导制定国际标准每项奖励40万元吗?")
    assert _headline(reply) == "答: 不是,每项30万元", reply
    reply = ask(service, "主导制定国际标准是不是每项奖励30万元?")
    assert _headline(reply) == "答: 是,每项30万元", reply
    reply = ask(service, "远山市每项奖励40万元吗?")
    assert _headline(reply) == "答: 不是,每项30万元(主导制定国际标准)", reply
