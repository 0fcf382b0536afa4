"""衢州有哪些任务 of a plan of policy measures (rewards, no targets): trial51 M6 answered 未找到
while the plan lists a score of measures. A list of a region's 任务 that finds nothing gets what
the store holds of the region instead; a plan with targets still lists them."""

from __future__ import annotations

from invented_plans import ask, plans_fixture
from policybot.knowledge.service import QueryService

MEASURES_PLAN = """示范县人民政府关于印发示范县促进质量品牌发展若干政策措施的通知
示县政发〔2031〕7号
各乡镇人民政府,县政府各部门:
现将《示范县促进质量品牌发展若干政策措施》印发给你们,请认真贯彻执行。
示范县人民政府
2031年5月6日
示范县促进质量品牌发展若干政策措施
1.对新获得中国驰名商标的企业,给予一次性奖励30万元。
2.对主导制定国家标准的企业,每项给予20万元奖励。
3.各乡镇、各部门要制定配套措施,加大对质量工作的投入。
"""

TARGETS_PLAN = """示范区人民政府办公室关于印发示范区品牌提升行动计划(2031—2033年)的通知
示区政办发〔2031〕3号
示范区人民政府办公室
2031年3月2日
示范区品牌提升行动计划(2031—2033年)
一、主要目标
到2033年,全区新增省级名牌产品12个,新增驰名商标3件。
"""

service = plans_fixture("region_tasks", MEASURES_PLAN, TARGETS_PLAN)


def test_tasks_of_a_plan_of_measures_show_what_it_holds(service: QueryService) -> None:
    for question in ("示范县有哪些任务", "示范县有哪些工作任务"):
        reply = ask(service, question)
        assert "未找到" not in reply, reply
        assert "收录了示范县的以下内容" in reply, reply
        assert "/rewards 示范县" in reply, reply


def test_tasks_of_a_plan_with_targets_are_listed(service: QueryService) -> None:
    reply = ask(service, "示范区有哪些任务")
    assert "12个" in reply and "3件" in reply, reply
    assert "收录了" not in reply, reply


def test_tasks_of_an_unknown_place_are_not_found(service: QueryService) -> None:
    reply = ask(service, "东岭区有哪些任务")
    assert "未找到" in reply and "东岭" in reply, reply
