"""fix62: stop 45's open Mediums (newuser45, trial45 M6, attack44's placeless page, fix60's
year-clause quote, /calc's 就高不重复 of one project), on invented plans."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

# An invented district plan whose 2031 items are steps and duties, its targets due in 2033.
from tests.test_answers_fixE38 import DISTRICT_PLAN


def test_what_is_to_be_finished_this_year_reads_as_what_is_to_be_done(tmp_path: Path) -> None:
    """newuser45: 今年要完成什么 said 未找到 (read as the year's targets, of which the district
    has none) while 今年要做什么 listed its stages and duties; 落实/抓 read the same."""
    now = datetime(2031, 4, 10, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, DISTRICT_PLAN, now=now) as service:
        doing = ask(service, "岚北区今年要做什么")
        replies = {
            q: ask(service, q)
            for q in ("岚北区今年要完成什么", "岚北区今年要完成哪些", "岚北区今年要落实什么")
        }
        rate = ask(service, "岚北区今年完成率是多少")
    assert "每半年" in doing, doing
    for question, reply in replies.items():
        assert "未找到" not in reply, (question, reply)
        # the year's stages and routine duties, as 要做什么 lists them
        assert "每半年" in reply and "每月5日前" in reply, (question, reply)
    # a rate finished is still a figure asked, never the year's list
    assert "动员准备阶段" not in rate, rate


# An invented plan with several figures about firms falling due at the end of 2032.
WINDOW_PLAN = city_plan(
    """一、主要目标
到2032年底,全市列入“示范品牌”培育的企业实现导入卓越绩效管理全覆盖50家;培育“三优”企业80家。
二、重点任务
(一)品牌培育计划。到2032年底,培育省名牌企业30家,培育“示范品牌”企业10家;推动“示范品牌”企业、省名牌企业等品牌企业在电商平台开设官方旗舰店100家。
"""
)


def test_how_many_in_a_window_leads_with_the_item_named(tmp_path: Path) -> None:
    """trial45 M6: a how-many question with a time window listed what falls due then with the
    figure asked fifth; the item it names leads (its figure the answer), the rest after it —
    and an item holding the words and more (…开设官方旗舰店100家) never leads (dev q1836)."""
    with invented_plans_service(tmp_path, WINDOW_PLAN) as service:
        brand = ask(service, "今年底前示范市要培育多少家示范品牌企业")
        named = ask(service, "示范市到今年底要培育多少省名牌企业")
        listed = ask(service, "示范市今年底前有哪些要到期")
    assert brand.splitlines()[1].startswith("答: 10家"), brand
    assert "100家" in brand, brand  # the rest of the window still follows
    assert named.splitlines()[1].startswith("答: 30家"), named
    assert "答: 共" in listed, listed  # no count asked: the window's list as before


# An invented reward rule whose 就高不重复 clause is of one project in one year.
REWARD_PLAN = city_plan(
    """二、奖励政策
(五)对新获得中国质量奖的企业给予300万元奖励;新获得省政府质量奖的给予80万元奖励。
(六)同一企业同一年度同一项目符合多项奖励条件的,按就高原则给予奖励,不重复奖励。
"""
)


def test_two_rewards_of_one_project_in_one_year_pay_the_higher_only(tmp_path: Path) -> None:
    """newuser45: /calc added both rewards (380万元) where the rule pays one project's rewards
    就高不重复. Said to be one project, only the higher counts, why is said and the clause
    quoted; not said, both count and the reply says what one project would change."""
    from policybot.handlers.calc_format import render_calculation_plain

    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        calculator = service.calculator()
        one = calculator.from_text("示范市 中国质量奖 1; 省政府质量奖 1; 同一项目", command=True)[1]
        route = service.route("示范市我们公司同一年度同一项目获得中国质量奖和省政府质量奖能拿多少")
        two = calculator.from_text("示范市 中国质量奖 1; 省政府质量奖 1", command=True)[1]
    assert route.calculation is not None
    for calculation in (one, route.calculation[1]):
        reply = render_calculation_plain(calculation)
        assert "合计: 300万元" in reply, reply
        assert "同一项目" in reply and "只按最高一项" in reply, reply
        assert "同一企业同一年度同一项目符合多项奖励条件的" in reply, reply  # the clause cited
    reply = render_calculation_plain(two)
    assert "合计: 380万元" in reply and "同一项目" in reply, reply
