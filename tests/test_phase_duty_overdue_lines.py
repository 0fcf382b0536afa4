"""What a plan's phases and monthly duty look like in /mysubs, /subscribe and /overdue (trial
37, an invented 区 plan): a phase's start is shown as a start with its end, never as 到期; a
unit a recurring duty's note names as lead hears of it; a duty missed month after month is one
line of /overdue saying how many times.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.ingest import ingest_bytes
from test_reminders_digest import local, running

PLAN = (
    "青川区人民政府关于印发青川区质量强区建设实施方案(2027—2028年)的通知\n"
    "青府〔2027〕8号\n青川区人民政府\n2027年2月1日\n"
    "一、实施步骤\n"
    "(一)动员部署阶段(2027年1月—2月)。制定方案,明确分工。\n"
    "(二)实施阶段(2027年3月—2028年6月)。各单位按照任务分工抓好落实。\n"
    "(三)总结验收阶段(2028年7月—12月)。全面总结,迎接验收。\n"
    "二、工作机制\n"
    "各街道每月5日前向区质量办报送质量工作进展(牵头单位:区质量办)。\n"
)


def _ingest(engine: Engine) -> None:
    assert ingest_bytes(engine, PLAN.encode(), "qingchuan.txt").result is not None


def test_a_duty_noted_as_led_by_a_unit_is_that_units_and_its_subjects() -> None:
    (duty,) = extract_text(PLAN, "qingchuan.txt").recurring
    assert duty.every == "month"
    # trial 37: "牵头: 区质量办、各街道" named a lead the plan did not; the subject does it (配合)
    assert duty.lead_units == ["区质量办"], duty
    assert duty.support_units == ["各街道"], duty


async def test_mysubs_shows_a_phase_start_as_a_start_with_its_end(sqlite_engine: Engine) -> None:
    _ingest(sqlite_engine)
    clock = FakeClock(local(2027, 2, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 青川区")
        (listing,) = await bot.say("/mysubs")
        assert "(2027-03-01 开始 · 2028-06-30 结束)" in listing.text, listing.text
        assert "到期 2027-03-01" not in listing.text, listing.text
        assert "(到期 2027-02-28)" in listing.text, listing.text  # a deadline stays 到期


async def test_the_unit_leading_a_monthly_duty_has_reminders(sqlite_engine: Engine) -> None:
    _ingest(sqlite_engine)
    clock = FakeClock(local(2027, 2, 20, 10))
    async for bot in running(sqlite_engine, clock):
        (reply,) = await bot.say("/subscribe 区质量办")
        assert "已订阅" in reply.text and "没有期限" not in reply.text, reply.text
        (listing,) = await bot.say("/mysubs")
        assert "报送质量工作进展" in listing.text, listing.text


async def test_overdue_lists_a_missed_monthly_duty_once_with_its_count(
    sqlite_engine: Engine,
) -> None:
    _ingest(sqlite_engine)
    clock = FakeClock(local(2027, 2, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 区质量办")
        clock.set(local(2028, 6, 10, 10))
        replies = await bot.say("/overdue")
        text = "\n".join(reply.text for reply in replies)
        # Before: one group per missed month, 12 items over 4 pages.
        assert len(replies) == 1 and "下一页" not in replies[0].labels, text
        assert "共 1 项" in text, text
        assert text.count("报送质量工作进展") <= 2, text  # the line, and the quote below it
        last = date(2028, 6, 5).isoformat()  # the 5th its text states (每月5日前), not month end
        assert f"已逾期12次,最近 {last}" in text, text


async def test_overdue_never_lists_a_phase_start(sqlite_engine: Engine) -> None:
    """Trial 37: "已逾期 354 天 … 动员部署阶段 · 阶段开始" — a phase that began is no missed duty."""
    _ingest(sqlite_engine)
    clock = FakeClock(local(2027, 2, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 青川区")
        clock.set(local(2027, 12, 10, 10))
        replies = await bot.say("/overdue")
        text = "\n".join(reply.text for reply in replies)
        assert "阶段开始" not in text, text


async def test_the_subject_of_a_led_duty_still_hears_of_it(sqlite_engine: Engine) -> None:
    """各街道 moved from 牵头 to 配合 (trial 37): a chat following it keeps the reminders."""
    _ingest(sqlite_engine)
    clock = FakeClock(local(2027, 2, 20, 10))
    async for bot in running(sqlite_engine, clock):
        (reply,) = await bot.say("/subscribe 青川区 各街道")
        assert "已订阅" in reply.text, reply.text
        (listing,) = await bot.say("/mysubs")
        assert "报送质量工作进展" in listing.text, listing.text


def test_a_phase_label_leaves_out_the_unit_note_of_its_sentence() -> None:
    """Trial 37: "实施阶段(各单位按照任务分工抓好落实(牵头单位:区质量办))" carried the raw note."""
    text = PLAN.replace("抓好落实。", "抓好落实(牵头单位:区质量办)。")
    titles = [m.title for m in extract_text(text, "qingchuan.txt").milestones]
    phase = next(title for title in titles if title.startswith("实施阶段"))
    assert phase == "实施阶段(各单位按照任务分工抓好落实)", titles


ISSUED_MID_YEAR = (
    "青岚区人民政府办公室关于印发青岚区质量提升行动方案(2031—2032年)的通知\n"
    "岚政办发〔2031〕14号\n青岚区人民政府办公室\n2031年3月20日\n"
    "一、重点任务\n"
    "各街道每月10日前向区市场监管局报送上月质量监测数据。\n"
)


async def test_overdue_counts_no_month_from_before_the_plan_was_issued(
    sqlite_engine: Engine,
) -> None:
    """Trial 39: a plan for 2026—2027 issued 03-20 said 已逾期3次 on 05-08, counting the
    02-10 and 03-10 reports that no one owed before the plan existed."""
    assert ingest_bytes(sqlite_engine, ISSUED_MID_YEAR.encode(), "qinglan.txt").result
    clock = FakeClock(local(2031, 4, 1, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 青岚区")
        clock.set(local(2031, 5, 8, 10))
        replies = await bot.say("/overdue")
        text = "\n".join(reply.text for reply in replies)
        assert "共 1 项" in text and "2031-04-10" in text, text
        assert "已逾期2次" not in text and "已逾期3次" not in text, text
        for before in ("2031-01-10", "2031-02-10", "2031-03-10"):
            assert before not in text, text
