"""Attack 44 on fix52's district reach of recurring duties: a chat following the unit, the
district and the city gets the duty its district government supports once, after downtime (补发)
and a restart; a retire and its undo at the moment due send nothing twice. Invented plans."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.editing import retire_document
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import RecurringDuty
from policybot.knowledge.undo import undo_last
from test_district_reach_duties import DUTY_PLAN, LED, SUPPORTED
from test_reminders_digest import GROUP, OFFICE, OWNER, local, running, tick


def _duty(engine: Engine, words: str) -> RecurringDuty:
    with Session(engine) as session:
        for d in session.exec(select(RecurringDuty)):
            if words in d.title:
                return d
    raise AssertionError(words)


async def test_unit_district_and_city_followed_hear_a_duty_once_after_downtime(
    sqlite_engine: Engine,
) -> None:
    assert ingest_bytes(sqlite_engine, DUTY_PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 10, 10))
    async for bot in running(sqlite_engine, clock):
        for s in ("/subscribe 南汀区人民政府", "/subscribe 南汀区", "/subscribe 碧川市"):
            await bot.say(s, chat_id=OWNER, user_id=OWNER)
        await bot.say("/subscribe 南汀区")
    # downtime: bot off from 06-10 to 06-25; restart sends the 06-23 moment once (补发)
    async for bot in running(sqlite_engine, clock):
        sent = await tick(bot, clock, local(2032, 6, 25, 10))
        by: dict[int, list[str]] = {}
        for m in sent:
            by.setdefault(m.chat_id, []).append(m.text)
        assert sorted(by) == sorted([GROUP, OWNER])
        assert "\n".join(by[OWNER]).count(SUPPORTED) == 1
        assert "\n".join(by[GROUP]).count(SUPPORTED) == 1
        assert await tick(bot, clock, local(2032, 6, 25, 10, 5)) == []
    async for bot in running(sqlite_engine, clock):
        assert await tick(bot, clock, local(2032, 6, 26, 10)) == []


async def test_a_retire_and_undo_at_the_due_moment_send_nothing_twice(
    sqlite_engine: Engine,
) -> None:
    assert ingest_bytes(sqlite_engine, DUTY_PLAN.encode(), "bichuan.txt").result is not None
    assert _duty(sqlite_engine, SUPPORTED).region == "碧川市"
    clock = FakeClock(local(2032, 6, 10, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 西湾区", chat_id=OWNER, user_id=OWNER)
        await bot.say("/subscribe 北屿县", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        by_chat = {m.chat_id: m.text for m in sent}
        assert sorted(by_chat) == sorted([GROUP, OFFICE]), by_chat
        assert SUPPORTED in by_chat[GROUP] and LED not in by_chat[GROUP]
        assert LED in by_chat[OFFICE] and SUPPORTED not in by_chat[OFFICE]
        retire_document(sqlite_engine, OWNER, "1", now=local(2032, 6, 23, 9, 2))
        assert await tick(bot, clock, local(2032, 6, 23, 9, 5)) == []
        undo_last(sqlite_engine, OWNER, now=local(2032, 6, 23, 9, 6))
        sent = await tick(bot, clock, local(2032, 6, 23, 9, 10))
        assert sent == []


NOT_INCLUDED = "标准化服务站建设督查"
NOT_INCLUDED_PLAN = DUTY_PLAN.replace("对除南汀区以外的区县", "对不包括南汀区的各区县")


def test_a_district_left_out_by_other_words_is_not_reached() -> None:
    from test_attack47_district_reach import BEIYU, NANTING, XIWAN, reached

    # 各区县 is each district (fix61), less the one left out
    assert reached("各区县(不含南汀区)每季度开展一次督查") == {BEIYU, XIWAN}
    assert reached("不包括南汀区、西湾区") == set()
    assert reached("南汀区、北屿县暂不参加") == set()
    assert reached("在南汀区开展试点,不含北屿县") == {NANTING}
    assert reached("北屿县牵头") == {BEIYU}


async def test_a_duty_leaving_the_district_out_is_not_its_chats(sqlite_engine: Engine) -> None:
    """attack44: 每季度对不包括南汀区的各区县开展一次…督查 reached 南汀区's chat."""
    assert ingest_bytes(sqlite_engine, NOT_INCLUDED_PLAN.encode(), "bichuan.txt").result
    clock = FakeClock(local(2032, 6, 10, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 碧川市", chat_id=OWNER, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        by_chat = {m.chat_id: m.text for m in sent}
        assert SUPPORTED in by_chat[GROUP] and NOT_INCLUDED not in by_chat[GROUP], by_chat
        assert NOT_INCLUDED in by_chat[OWNER], by_chat


def test_a_clipped_title_reads_on_where_it_was_clipped_not_at_an_earlier_clause() -> None:
    """attack44 Low: the clip's last characters written earlier in the span (a first clause
    building the same centre) made the title read on from there, to that clause's end, and
    the district named after the clip was missed."""
    from policybot.knowledge.district_reach import whole_title

    centre = "质量基础设施一站式服务中心"
    clause = (
        "建成集计量检测认证认可标准化服务知识产权保护品牌培育质量技术咨询和质量人才培训等功能于"
        f"一体的省级{centre}西湾区分中心"
    )
    written = f"2032年3月底前,建成{centre};2032年6月底前,{clause}。"
    assert whole_title(clause[:60], written) == clause
