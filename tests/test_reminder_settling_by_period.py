"""Settling an occurrence, through the real bot and the offline Telegram (attack 38): an owner's
已完成 (owners are admins, though never in the ``Admin`` table) stops the escalation; a
corrected version moving a duty's day keeps the 已完成 of the same reporting period; and an item
sent on its due day at the planned hour is no 补发; an offline session going back before a
corrected version entered sends none of it. Invented plans."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.extract.pipeline import extract_text
from policybot.scheduler.planner import plan_window
from test_reminders_digest import OFFICE, OWNER, local, running, tick
from test_scheduler_support import follow, ingest, milestone, plan, timing, utc


async def test_an_owners_done_stops_the_escalation(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3):
        await bot.say("/subscribe 样例市", chat_id=OWNER, user_id=OWNER)
        await bot.say("/supervise 样例市", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2018, 12, 31))
        assert any(m.chat_id == OWNER and "完成年度考核" in m.text for m in sent)
        await bot.press("已完成", chat_id=OWNER, user_id=OWNER)
        assert await tick(bot, clock, local(2019, 1, 3)) == []  # no 🚨 逾期督办 for the office


def _monthly_plan(day: int, issued: str) -> str:
    """An invented plan (2027—2029) whose unit reports on the month before by the ``day``th."""
    return f"""岚江市人民政府办公室关于印发岚江市质量提升行动方案的通知
岚府办〔2027〕21号
各区人民政府,市政府各部门:
《岚江市质量提升行动方案(2027—2029年)》已经市政府同意,现印发给你们,请认真贯彻执行。
岚江市人民政府办公室
{issued}
岚江市质量提升行动方案(2027—2029年)
一、总体目标
到2029年底,全市新增省级名牌产品12个。
二、实施步骤
(一)实施阶段(2027年7月—2028年12月)。南屏区市场监督管理局每月{day}日前报送上月工作进展情况。
三、保障措施
南屏区市场监督管理局负责具体组织实施。
"""


async def test_a_corrected_day_keeps_the_done_of_the_same_period(sqlite_engine: Engine) -> None:
    """v1 says 每月8日前, the owner presses 已完成 on 10-08 (September's report); v2 (same 文号)
    says 每月12日前: September's report stays done, for the chat and for the supervisors."""
    ingest(sqlite_engine, extract_text(_monthly_plan(8, "2027年2月20日"), "岚江方案.txt"))
    clock = FakeClock(local(2027, 9, 20))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3, lead_days=(0,)):
        await bot.say("/subscribe 岚江", chat_id=OWNER, user_id=OWNER)
        await bot.say("/supervise 岚江", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2027, 10, 8))
        assert any(m.chat_id == OWNER and "报送上月工作进展" in m.text for m in sent)
        await bot.press("已完成", chat_id=OWNER, user_id=OWNER)
        outcome = store.ingest_extraction(
            sqlite_engine, extract_text(_monthly_plan(12, "2027年10月9日"), "岚江方案v2.txt")
        )
        assert outcome.replaced_document_id is not None, outcome
        assert await tick(bot, clock, local(2027, 10, 12)) == []  # September's: done
        assert await tick(bot, clock, local(2027, 10, 15)) == []  # no 🚨 逾期督办
        later = await tick(bot, clock, local(2027, 11, 12))  # October's is still reminded
        assert any(m.chat_id == OWNER and "2027-11-12" in m.text for m in later)


async def test_an_item_sent_at_its_own_due_day_moment_is_no_late_send(
    sqlite_engine: Engine,
) -> None:
    """The bot comes back at 08:59 on the due day: yesterday's (lead 1) moment was missed and
    waits for the 09:00 digest, which is also the due day's own moment. The item goes out on
    time for that moment: no "· 补发"."""
    ingest(sqlite_engine, plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 12, 1))
    async for bot in running(sqlite_engine, clock, lead_days=(1, 0)):
        await bot.say("/subscribe 样例市", chat_id=OWNER, user_id=OWNER)
        assert await tick(bot, clock, local(2018, 12, 31, 8, 59)) == []  # waits for 09:00
        (digest,) = await tick(bot, clock, local(2018, 12, 31, 9, 0))
        assert "完成年度考核" in digest.text and "今天到期" in digest.text
        assert "补发" not in digest.text
        assert await tick(bot, clock, local(2018, 12, 31, 9, 1)) == []  # once


def test_going_back_before_a_corrected_version_entered_sends_nothing_of_it(
    sqlite_engine: Engine,
) -> None:
    """v1 (stored 2018-06-01) was reminded; v2 (same 文号) entered on 2018-12-20. An offline
    session back on 2018-12-05 (a clock behind v2's stamp) must not send v2's items for moments
    before v2 entered: they were v1's, and sent as such. A plan stamped later that replaced
    nothing still counts as unknown in that past (bundled plans on an old ``--now``)."""
    first = plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))])
    store.ingest_extraction(sqlite_engine, first, now=utc(2018, 6, 1))
    corrected = plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))])
    corrected.document.issued = date(2018, 12, 1)
    corrected.text += "\n(修订)"
    outcome = store.ingest_extraction(sqlite_engine, corrected, now=utc(2018, 12, 20))
    assert outcome.replaced_document_id is not None
    follow(sqlite_engine, -9381, "样例市")
    with Session(sqlite_engine) as session:
        before = plan_window(
            session, timing(lead_days=(30, 0)), utc(2018, 11, 30), utc(2018, 12, 10)
        )
        after = plan_window(session, timing(lead_days=(30, 0)), utc(2018, 12, 20), utc(2019, 1, 1))
    assert before == []  # 12-01's 30-day moment was v1's
    assert [r.due_date for r in after] == [date(2018, 12, 31)]  # the due day's own: v2's


def test_a_corrected_version_stamped_on_a_later_clock_with_its_predecessor_still_counts(
    sqlite_engine: Engine,
) -> None:
    """Both versions stored on a clock later than the session's (a real store, ``--now`` in its
    plans' years): neither stamp says anything about that past, so the version in force is
    reminded there, as a plan that replaced nothing is."""
    first = plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))])
    store.ingest_extraction(sqlite_engine, first, now=utc(2026, 3, 1))
    corrected = plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))])
    corrected.document.issued = date(2018, 12, 1)
    corrected.text += "\n(修订)"
    store.ingest_extraction(sqlite_engine, corrected, now=utc(2026, 4, 1))
    follow(sqlite_engine, -9381, "样例市")
    with Session(sqlite_engine) as session:
        planned = plan_window(
            session, timing(lead_days=(30, 0)), utc(2018, 11, 30), utc(2018, 12, 10)
        )
    assert [r.due_date for r in planned] == [date(2018, 12, 31)]
