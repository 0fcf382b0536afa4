"""fixE38: a year's list of a district's work, and other reply defects the round-38 trial and
attacker found, on invented plans."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.handlers.formatting import render_plain
from tests.invented_plans import ask, city_plan, invented_plans_service

# An invented district plan: stages, a monthly and a half-yearly duty, targets.
DISTRICT_PLAN = """岚山市岚北区人民政府办公室关于印发岚北区品质提升实施方案(2031—2033年)的通知
岚北府办发〔2031〕9号
各镇人民政府、街道办事处,区政府各部门:
《岚北区品质提升实施方案(2031—2033年)》已经区政府同意,现印发给你们,请认真组织实施。
岚山市岚北区人民政府办公室
2031年3月10日
岚北区品质提升实施方案(2031—2033年)
一、总体目标
到2033年底,全区新增主导制定团体标准6项,培育区级品质示范企业9家。
二、实施步骤
(一)动员准备阶段(2031年4月—2031年6月)。6月30日前完成全区品质现状调查。
(二)推进实施阶段(2031年7月—2032年12月)。各牵头单位每月5日前向区品质办报送上月工作进展。
(三)验收总结阶段(2033年1月—2033年12月)。2033年11月30日前完成自查。
三、保障措施
区品质办每半年通报一次工作进展。
"""


def test_this_years_list_has_stages_and_routine_occurrences(tmp_path: Path) -> None:
    now = datetime(2031, 4, 10, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, DISTRICT_PLAN, now=now) as service:
        reply = ask(service, "岚北区今年要干什么")
    lines = reply.splitlines()
    assert "动员准备阶段" in reply, reply
    assert "每半年" in reply, reply
    assert "每月5日前" in reply, reply
    # soonest first: the stage ending 06-30 ahead of the monthly duty's first occurrence
    first = next(i for i, line in enumerate(lines) if "动员准备阶段" in line)
    monthly = next(i for i, line in enumerate(lines) if "每月5日前" in line)
    assert first < monthly, reply


def test_what_begins_this_year_is_not_answered_by_the_years_list(tmp_path: Path) -> None:
    """今年开始要干啥 asks what the plan starts that year, not everything due in it."""
    steps = DISTRICT_PLAN[DISTRICT_PLAN.index("二、实施步骤") : DISTRICT_PLAN.index("三、保障措施")]
    plan = DISTRICT_PLAN.replace(steps, "").replace(
        "三、保障措施\n", "三、保障措施\n2031年开始实施品质示范企业动态培育。\n"
    )
    now = datetime(2031, 4, 10, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, plan, now=now) as service:
        reply = ask(service, "岚北区今年开始要干啥")
    assert "动态培育" in reply.splitlines()[1], reply


def _city(name: str, prefix: str) -> str:
    """An invented 2031 plan of ``name`` with five targets due by the end of 2031."""
    return f"""{name}人民政府办公室关于印发{name}品牌建设行动计划(2031—2033年)的通知
{prefix}政办发〔2031〕7号
{name}人民政府办公室
2031年2月1日
{name}品牌建设行动计划(2031—2033年)
一、主要目标
到2031年底,新增品牌示范企业11家,新建检测服务平台3个,新增团体标准14项,
培育区域品牌5个,新增认证企业27家。
"""


def test_soon_over_many_regions_is_one_page_with_the_count(tmp_path: Path) -> None:
    now = datetime(2031, 11, 20, 2, tzinfo=UTC)
    plans = (_city("澄江市", "澄"), _city("玉岭市", "玉"))
    with invented_plans_service(tmp_path, *plans, now=now) as service:
        reply = ask(service, "快到期的有哪些")
        one = ask(service, "澄江市快到期的有哪些")
    items = [line for line in reply.splitlines() if line[:1].isdigit() and ") " in line]
    assert 0 < len(items) <= 6, reply
    assert "共 10 项" in reply, reply
    assert "涉及 2 个地区" in reply and "快到期的有哪些”" in reply, reply
    assert "涉及" not in one and "11家" in one and "27家" in one, one


def test_a_place_not_held_says_not_found_without_a_generic_title(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        reply = ask(service, "杭州有什么奖励")
    assert reply.splitlines()[0].startswith("未找到"), reply
    assert "提问" not in reply, reply


def test_a_title_of_many_units_names_the_first_and_how_many() -> None:
    from policybot.knowledge.answer_layout import units_in_title

    many = ["各区品质办", "市质检中心", "市品质提升领导小组办公室(市质检中心)"]
    assert units_in_title(many) == "各区品质办等3个单位"
    assert units_in_title(["市质检中心", "市商务局"]) == "市质检中心、市商务局"


def test_a_cut_never_falls_inside_a_period_or_a_date() -> None:
    from policybot.knowledge.clipping import clip_whole, join_whole

    every = "每季度结束后20日内(2031年7月—2032年12月)"
    assert clip_whole(every, 24) == "每季度结束后20日内…"
    assert clip_whole("完成调查(截止 2031-06-30)", 16) == "完成调查…"
    assert clip_whole("短的", 24) == "短的"
    items = ["准备阶段(完成调查)(截止 2031-06-30)", "推进阶段(报送进展)(截止 2032-12-31)"]
    shown, count = join_whole(items, 40)
    assert (shown, count) == (items[0], 1)
    shown, count = join_whole(items, 90)
    assert count == 2 and shown.endswith("2032-12-31)")


MONTHLY_THEN_PLACES = city_plan(
    """一、实施步骤
(一)推进阶段(2031年4月—2032年12月)。北湖区市场监管局每月8日前报送上月工作进展情况;各区每季度首月12日前报送上季度品牌数据。
"""
)


def test_a_monthly_duty_is_listed_once_not_again_joined_to_the_places_duty(
    tmp_path: Path,
) -> None:
    with invented_plans_service(tmp_path, MONTHLY_THEN_PLACES) as service:
        reply = ask(service, "示范市每月8号前要交什么")
    assert reply.count("每月8日前报送上月工作进展情况") == 1, reply
    assert "→" not in reply, reply


LAST_WORKING_DAY = """测试市人民政府办公室关于印发测试市标准化试点工作实施方案的通知
测政办发〔2031〕5号

各县（市、区）人民政府，市直各单位：
《测试市标准化试点工作实施方案》已经市政府同意，现印发给你们，请结合实际认真组织实施。

测试市人民政府办公室
2031年1月8日

测试市标准化试点工作实施方案

一、工作目标
到2032年，全市主导或参与制修订国家标准、行业标准30项以上。

二、实施步骤
（一）评估验收阶段（2031年10月—2031年12月）。2031年11月30日前完成第三方评估；市市场监管局于每月最后一个工作日报送验收进展。
"""


def test_a_duty_on_the_months_last_working_day_keeps_its_unit(tmp_path: Path) -> None:
    now = datetime(2031, 10, 5, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, LAST_WORKING_DAY, now=now) as service:
        reply = render_plain(service.deadlines("测试市"))
    line = next((line for line in reply.splitlines() if "验收进展" in line), reply)
    assert "市市场监管局报送验收进展" in line, reply
    assert "每月最后一个工作日" in line, reply
    assert "2031-10-31" in line, reply


def test_a_meeting_ending_in_hui_is_no_unit_name() -> None:
    """A task cell "召开品质形势分析会" ends in 会 as 委员会 and 协会 do; read as a unit cell,
    its row took the previous row's task (attack 38)."""
    from policybot.knowledge.extract.units import looks_like_unit

    assert not looks_like_unit("召开品质形势分析会")
    assert not looks_like_unit("品质工作推进会")
    assert looks_like_unit("市品质促进会")
    assert looks_like_unit("市消费者协会")
    assert looks_like_unit("区品质提升委员会")


def test_edit_takes_a_deadline_typed_as_next_year_end(sqlite_engine: Engine) -> None:
    """/edit … due 明年底: a date as people say it, read against the clock's today."""
    from policybot.knowledge.editing import EditError, update_fact
    from policybot.knowledge.ingest import ingest_bytes
    from policybot.knowledge.models import FactKind, Milestone

    assert ingest_bytes(sqlite_engine, LAST_WORKING_DAY.encode(), "plan.txt").result is not None
    with Session(sqlite_engine) as session:
        milestone = session.exec(select(Milestone)).first()
        assert milestone is not None and milestone.id is not None
        fact_id = milestone.id
    now = datetime(2031, 5, 2, 2, tzinfo=UTC)
    update_fact(sqlite_engine, 1, FactKind.MILESTONE, fact_id, "due", "明年底", now=now)
    with Session(sqlite_engine) as session:
        edited = session.get(Milestone, fact_id)
    assert edited is not None and edited.due == date(2032, 12, 31)
    with pytest.raises(EditError):  # 明年 alone names a year, no day
        update_fact(sqlite_engine, 1, FactKind.MILESTONE, fact_id, "due", "明年", now=now)


COUNTY_STAGE = """云溪县人民政府办公室关于印发云溪县品牌建设实施方案(2031—2033年)的通知
云政办发〔2031〕3号
各乡镇人民政府,县政府各部门:
《云溪县品牌建设实施方案(2031—2033年)》已经县政府同意,现印发给你们,请认真组织实施。
云溪县人民政府办公室
2031年2月10日
云溪县品牌建设实施方案(2031—2033年)
一、主要目标
到2033年底,全县新增品牌示范企业10家。
二、工作步骤
(一)动员阶段(2031年3月—2031年6月)。县市场监督管理局于2031年6月30日前完成品牌现状摸底。
三、保障措施
县市场监督管理局负责统筹协调。
"""


def test_subscribing_a_unit_with_no_dated_item_of_its_own_points_to_its_region(
    sqlite_engine: Engine,
) -> None:
    """/subscribe 县市场监督管理局 said 收录的事项都没有期限 though its plan dates a stage
    it works in (attack 38): the unit has none of its own; its county has."""
    from policybot.knowledge.ingest import ingest_bytes
    from policybot.knowledge.models import Unit
    from policybot.scheduler.horizon import nothing_ahead_note
    from policybot.scheduler.topics import Topic

    assert ingest_bytes(sqlite_engine, COUNTY_STAGE.encode(), "county.txt").result is not None
    with Session(sqlite_engine) as session:
        unit = session.exec(select(Unit).where(Unit.name == "县市场监督管理局")).first()
        assert unit is not None and unit.id is not None
        topic = Topic(f"unit:{unit.id}", unit.name, unit_id=unit.id)
    note = nothing_ahead_note(sqlite_engine, topic, date(2031, 3, 1))
    assert note is not None and "收录的事项都没有期限" not in note, note
    assert "/subscribe 云溪县" in note, note


MEASURES = city_plan(
    """一、主要任务
(二)实施重点计划
1.标准提档计划:到2032年,新增为主制定“示范品质”产品标准21项,制造业企业为主或参与制定国家标准9项、行业标准13项,新增中小企业采标700家。
"""
)


def test_a_tie_counted_in_another_measure_is_no_line_of_a_count_asked(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, MEASURES) as service:
        reply = ask(service, "示范市2032年要新增多少项示范品质标准?")
    assert "21项" in reply.splitlines()[1], reply
    assert "700家" not in reply, reply
