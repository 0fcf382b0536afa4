"""A yearly report on the year before, inside a summary phase shorter than a year, is due inside
that phase (not after the plan); a recurring duty of a plan that states no period is reminded
from the day its plan was issued, and /deadlines lists it; an admin corrects a duty's day and
window with /edit. Invented plans (attack 38), through the real ingest, the planner, the query
service and the bot."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract.pipeline import extract_text
from policybot.scheduler.horizon import last_due
from policybot.scheduler.planner import plan_window
from policybot.scheduler.topics import EVERYTHING
from test_recurring_day_and_window import _duty_id
from test_scheduler_support import follow, ingest, timing, utc

# An invented three-year plan whose summary phase asks for the year before's report.
SUMMARY_PHASE_PLAN = """溪桥市人民政府办公室关于印发溪桥市质量品牌提升三年行动实施方案的通知
溪府办〔2027〕12号
各区人民政府,市政府各部门:
《溪桥市质量品牌提升三年行动实施方案(2027—2029年)》已经市政府同意,现印发给你们,请认真贯彻执行。
溪桥市人民政府办公室
2027年2月20日
溪桥市质量品牌提升三年行动实施方案(2027—2029年)
一、总体目标
到2029年底,全市新增省级名牌产品30个。
二、实施步骤
(一)启动阶段(2027年3月—2027年6月)。各区制定细化方案,2027年5月31日前报市质量强市工作领导小组办公室备案。
(二)实施阶段(2027年7月—2028年12月)。西岭区市场监督管理局每月5日前报送上月工作进展情况;各区每季度首月10日前报送上季度品牌培育数据。
(三)总结阶段(2029年1月—2029年6月)。各区每年1月15日前报送上年度工作总结,2029年6月30日前完成总结验收。
三、保障措施
西岭区市场监督管理局负责具体组织实施。
"""
CHAT = -938


def _recurring_dues(engine: Engine, duty_id: int, after: date, until: date) -> list[date]:
    with Session(engine) as session:
        planned = plan_window(
            session,
            timing(lead_days=(0,)),
            utc(after.year, after.month, after.day),
            utc(until.year, until.month, until.day),
        )
    return sorted(
        {
            r.due_date
            for r in planned
            if r.item_kind == "recurring" and r.item_id == duty_id and r.lead_days == 0
        }
    )


def test_a_yearly_report_in_a_summary_phase_is_due_inside_the_phase(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ingest(sqlite_engine, extract_text(SUMMARY_PHASE_PLAN, "溪桥质量品牌方案.txt"))
    follow(sqlite_engine, CHAT, "全部")
    summary = _duty_id(sqlite_engine, "1月15日前")
    assert _recurring_dues(sqlite_engine, summary, date(2027, 3, 1), date(2031, 1, 1)) == [
        date(2029, 1, 15)
    ]
    # the phase's quarterly report is still reported on the phase's own quarters
    quarterly = _duty_id(sqlite_engine, "首月10日前")
    quarters = _recurring_dues(sqlite_engine, quarterly, date(2027, 3, 1), date(2031, 1, 1))
    assert quarters[0] == date(2027, 10, 10) and quarters[-1] == date(2029, 1, 10)
    with Session(sqlite_engine) as session:
        assert last_due(session, EVERYTHING) == date(2029, 12, 31)  # the target, not 2030-01-15
    asked_at = datetime(2027, 3, 1, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, SUMMARY_PHASE_PLAN, now=asked_at) as service:
        listed = render_plain(service.deadlines("溪桥 2029"))
        assert "报送上年度工作总结" in listed and "2029-01-15" in listed
        assert "2030-01-15" not in render_plain(service.deadlines("溪桥 2030"))


# An invented county notice in traditional characters that states no plan period.
OPEN_ENDED_PLAN = """青柳縣人民政府關於印發青柳縣標準化戰略實施方案的通知
柳府發〔2027〕3號
各鄉鎮人民政府，縣直各部門：
現將《青柳縣標準化戰略實施方案》印發給你們，請認真貫徹執行。
青柳縣人民政府
2027年1月10日
一、工作目標
到2027年底，全縣新增團體標準15項。
二、進度安排
2027年6月30日前，縣市場監督管理局完成標準化試點項目申報。
縣市場監督管理局每季度結束後15日內報送工作進展。
"""


def test_a_duty_of_a_plan_without_years_is_reminded_from_its_issue_day(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ingest(sqlite_engine, extract_text(OPEN_ENDED_PLAN, "青柳標準化方案.txt"))
    follow(sqlite_engine, CHAT, "全部")
    quarterly = _duty_id(sqlite_engine, "15日内")  # stored in simplified characters
    dues = _recurring_dues(sqlite_engine, quarterly, date(2026, 6, 1), date(2029, 1, 20))
    # the first report is on the quarter the plan was issued in; it goes on with no last one
    assert dues[0] == date(2027, 4, 15) and dues[-1] == date(2029, 1, 15) and len(dues) == 8
    with Session(sqlite_engine) as session:
        # /subscribe: something is ahead, up to the last report within the five years a plan
        # stating no years runs (issued 2027-01-10, in force to 2032-01-09: the report on the
        # quarter that term ends in)
        assert last_due(session, EVERYTHING) == date(2032, 4, 15)
    asked_at = datetime(2027, 3, 6, 2, tzinfo=UTC)
    with invented_plans_service(tmp_path, OPEN_ENDED_PLAN, now=asked_at) as service:
        listed = render_plain(service.deadlines("青柳 2027年7月"))
        assert "报送工作进展" in listed
        assert "2027-07-15" in listed
        upcoming = render_plain(service.deadlines("青柳"))
        assert "2027-04-15" in upcoming


# -- an admin corrects a duty's day and window --------------------------------------------------


async def test_an_admin_corrects_a_duties_day_and_window(sqlite_engine: Engine) -> None:
    from policybot.knowledge.models import RecurringDuty
    from test_admin_samples import admin_bot

    async with admin_bot(sqlite_engine) as bot:
        await bot.upload(SUMMARY_PHASE_PLAN.encode(), filename="溪桥.txt")
        await bot.press("确认入库")
        summary = _duty_id(sqlite_engine, "1月15日前")
        (shown,) = await bot.say(f"/edit recurring {summary}")
        assert {"事项", "频率", "每期日期", "时段开始", "时段结束"} <= set(shown.labels)
        assert "每期日期:每年1月15日前" in shown.text
        replies = await bot.press("每期日期")
        assert any("每月12日前" in reply.text for reply in replies)  # the hint
        (refused,) = await bot.say("下旬")
        assert "没有读出日期" in refused.text
        (done,) = await bot.say("每年1月20日前")
        assert "每期日期:每年1月20日前" in done.text
        await bot.say(f"/edit recurring {summary}")
        await bot.press("时段结束")
        (ended,) = await bot.say("2029年3月31日")
        assert "时段结束:2029-03-31" in ended.text
        with Session(sqlite_engine) as session:
            duty = session.get(RecurringDuty, summary)
            assert duty is not None and (duty.due_month, duty.due_day) == (13, 20)  # 上年度 kept
            assert duty.window_end == date(2029, 3, 31) and duty.window_text is None
        follow(sqlite_engine, CHAT, "全部")
        dues = _recurring_dues(sqlite_engine, summary, date(2027, 3, 1), date(2031, 1, 1))
        assert dues == [date(2029, 1, 20)]
        await bot.say(f"/edit recurring {summary}")
        await bot.press("时段开始")
        (wrong,) = await bot.say("2029年6月1日")
        assert "时段开始不能晚于时段结束" in wrong.text
        await bot.say("/cancel")
        await bot.say("/undo")  # the window's end back, then the day
        await bot.say("/undo")
        with Session(sqlite_engine) as session:
            duty = session.get(RecurringDuty, summary)
            assert duty is not None and (duty.due_month, duty.due_day) == (13, 15)
            assert duty.window_end == date(2029, 6, 30) and duty.window_text


async def test_the_open_ended_duty_goes_out_and_is_not_withdrawn(sqlite_engine: Engine) -> None:
    """Through the real bot: planned, and still given by the facts when it goes out."""
    from policybot.clock import FakeClock
    from test_reminders_digest import OWNER, local, running, tick

    ingest(sqlite_engine, extract_text(OPEN_ENDED_PLAN, "青柳標準化方案.txt"))
    clock = FakeClock(local(2027, 3, 6))
    async for bot in running(sqlite_engine, clock, lead_days=(0,)):
        await bot.say("/subscribe 青柳", chat_id=OWNER, user_id=OWNER)
        (digest,) = await tick(bot, clock, local(2027, 4, 15))
        assert "报送工作进展" in digest.text and "今天到期" in digest.text
        sent = await tick(bot, clock, local(2028, 1, 15))
        # Down from 04-15 to 01-15: the quarters between are beyond the catch-up window, so
        # one notice says they were missed (fix70), and the duty still goes out.
        notice, later = sent
        assert "补发说明" in notice.text
        assert "报送工作进展" in later.text


def test_a_plan_stating_no_years_is_not_reminded_forever(sqlite_engine: Engine) -> None:
    """It was open-ended: a notice of 2027 stating no years reminded its quarterly report in
    2040. Its duties run for the five years such a document stays in force, from its issue day."""
    ingest(sqlite_engine, extract_text(OPEN_ENDED_PLAN, "青柳標準化方案.txt"))
    follow(sqlite_engine, CHAT, "全部")
    quarterly = _duty_id(sqlite_engine, "15日内")
    dues = _recurring_dues(sqlite_engine, quarterly, date(2031, 6, 1), date(2040, 12, 31))
    assert dues == [date(2031, 7, 15), date(2031, 10, 15), date(2032, 1, 15), date(2032, 4, 15)]
