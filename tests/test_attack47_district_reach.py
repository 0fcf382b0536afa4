"""Attack 47 on trial 42's district reach (``knowledge/district_reach.py``): a city's milestone
that names a district reaches that district's subscribers. A name written to leave the district
out (除南汀区外, 南汀区除外), to cite it as an example (参照南汀区经验) or belonging to another
city (云州市南汀区) is no reach; two chats (city, district) each get their one digest, once,
and one chat's /unsubscribe leaves the other's reminders alone. Invented plans only.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator.records import SentMessage
from policybot.clock import FakeClock
from policybot.knowledge.district_reach import child_names, districts_named
from policybot.knowledge.editing import retire_document, update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Milestone
from policybot.knowledge.undo import undo_last
from test_reminders_digest import GROUP, OFFICE, OWNER, local, running, tick

CITY, NANTING, BEIYU, XIWAN = 1, 2, 3, 4
REGIONS = [
    (CITY, "碧川市", None),
    (NANTING, "碧川市南汀区", CITY),
    (BEIYU, "碧川市北屿县", CITY),
    (XIWAN, "碧川市西湾区", CITY),
]


def reached(*texts: str) -> set[int]:
    return set(districts_named(CITY, texts, child_names(REGIONS)))


def test_a_district_the_step_names_is_reached() -> None:
    assert reached("建成南汀区、北屿县两个质量提升示范区") == {NANTING, BEIYU}
    assert reached("出台办法", "南汀区人民政府") == {NANTING}
    assert reached("在碧川市南汀区建成服务站") == {NANTING}
    assert reached("除完成标准化建设外,还要在南汀区建成服务站") == {NANTING}


def test_a_district_left_out_is_not_reached() -> None:
    # 各区县 is each district (fix61): the one left out is not reached, the others are
    assert reached("除南汀区外,各区县建成质量提升示范区") == {BEIYU, XIWAN}
    assert reached("除南汀区外") == set()
    assert reached("除南汀区、北屿县以外的区县完成整合") == set()
    assert reached("各区县(南汀区除外)完成检验检测机构整合") == {BEIYU, XIWAN}
    assert reached("各区县完成整合,南汀区、西湾区除外") == {BEIYU}


def test_a_district_cited_as_an_example_is_not_reached() -> None:
    assert reached("参照南汀区经验在北屿县建成标准化服务站") == {BEIYU}
    assert reached("推广南汀区、西湾区的经验做法") == set()
    assert reached("总结南汀区先进经验,全市推广") == set()


def test_another_citys_district_of_the_same_name_is_not_reached() -> None:
    assert reached("学习云州市南汀区经验") == set()
    assert reached("对标云州市南汀区建成服务站") == set()
    assert reached("与云州市南汀区共建质量走廊", "南汀区人民政府") == {NANTING}


def test_a_prefectures_county_written_after_its_full_or_short_name_is_reached() -> None:
    """湘西土家族苗族自治州凤凰县: the 自治州 before the name is the plan's own region (its whole
    name or 湘西州), not another city."""
    regions = [(1, "湘西土家族苗族自治州", None), (2, "湘西土家族苗族自治州凤凰县", 1)]
    children = child_names(regions)
    for text in ("在湘西土家族苗族自治州凤凰县建成示范区", "湘西州凤凰县建成示范区"):
        assert districts_named(1, [text], children) == {2}, text
    assert districts_named(1, ["与恩施州凤凰县共建茶叶品牌"], children) == frozenset()


def test_a_step_naming_500_districts_is_read_at_once() -> None:
    """A hostile plan listing 500 districts in one step: each is reached (or left out) and the
    reading stays linear (a first version of the list rule took 155 s on this title)."""
    names = [f"澜{chr(0x4E00 + i * 7)}{chr(0x4E00 + i * 13)}区" for i in range(500)]
    regions = [(CITY, "碧川市", None)] + [(i + 10, f"碧川市{n}", CITY) for i, n in enumerate(names)]
    children = child_names(regions)
    listed = "、".join(reversed(names))
    started = time.perf_counter()
    assert len(districts_named(CITY, [f"在{listed}建成示范点"], children)) == 500
    assert districts_named(CITY, [f"除{listed}外,各区县建成示范点"], children) == frozenset()
    assert districts_named(CITY, [f"推广{listed}的经验"], children) == frozenset()
    assert len(districts_named(CITY, [f"除{listed}外,还要建成示范点"], children)) == 500
    assert time.perf_counter() - started < 2.0


PLAN = """碧川市人民政府办公室关于印发碧川市质量品牌提升行动方案(2031—2033年)的通知
碧政办发〔2031〕21号
各区、县人民政府,市政府各部门、各直属单位:

碧川市质量品牌提升行动方案(2031—2033年)

一、重点任务
1.开展质量提升示范。2032年6月底前,建成南汀区、北屿县两个质量提升示范区。(牵头单位:市市场监管局)
2.推广先进经验。2032年6月底前,参照南汀区经验在北屿县建成标准化服务站。(牵头单位:市市场监管局)
3.共建服务平台。2032年6月底前,对标云州市南汀区建成质量基础设施一站式服务平台。(牵头单位:市市场监管局)

二、任务分解表
各区县新增主导制定国家标准数量不少于:南汀区6项、北屿县5项、西湾区3项。

本方案自2031年5月1日起施行。

碧川市人民政府办公室
2031年4月20日
"""

REACHES = "建成南汀区、北屿县两个质量提升示范区"
CITES = "参照南汀区经验在北屿县建成标准化服务站"
OTHER_CITY = "对标云州市南汀区建成质量基础设施一站式服务平台"


async def test_city_and_district_chats_each_get_their_items_once(sqlite_engine: Engine) -> None:
    """The group follows 南汀区, the owner's private chat 碧川市: one digest each at the due day,
    the group's holding only the step that names 南汀区; a second tick and a restart send
    nothing more; the group's /unsubscribe leaves the owner's reminders alone."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 碧川市", chat_id=OWNER, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        by_chat = {m.chat_id: m for m in sent}
        assert len(sent) == 2 and set(by_chat) == {GROUP, OWNER}, [m.text for m in sent]
        group, owner = by_chat[GROUP].text, by_chat[OWNER].text
        assert REACHES in group, group
        assert CITES not in group and OTHER_CITY not in group, group
        assert all(title in owner for title in (REACHES, CITES, OTHER_CITY)), owner
        assert await tick(bot, clock, local(2032, 6, 23, 9, 5)) == []
    async for bot in running(sqlite_engine, clock):
        assert await tick(bot, clock, local(2032, 6, 23, 9, 10)) == []
        await bot.say("/unsubscribe 南汀区")
        sent = await tick(bot, clock, local(2032, 6, 29))
        assert [m.chat_id for m in sent] == [OWNER], [(m.chat_id, m.text) for m in sent]
        assert REACHES in sent[0].text, sent[0].text


async def test_a_districts_supervisor_hears_of_the_overdue_step_naming_it(
    sqlite_engine: Engine,
) -> None:
    """The office supervising 南汀区: the city's step 建成南汀区、北屿县… is the district's (its
    subscribers are reminded of it), so it is escalated there when overdue and listed by the
    office's /overdue; the step citing 南汀区 as an example is neither."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3):
        (named,) = await bot.say("/supervise 南汀区", chat_id=OFFICE, user_id=OWNER)
        assert "已指定为督办群" in named.text, named.text
        (overdue,) = await bot.say("/overdue", chat_id=OFFICE, user_id=OWNER)
        assert REACHES not in overdue.text, overdue.text
        clock.set(local(2032, 7, 2, 10))
        (overdue,) = await bot.say("/overdue", chat_id=OFFICE, user_id=OWNER)
        assert REACHES in overdue.text and CITES not in overdue.text, overdue.text
        sent = await tick(bot, clock, local(2032, 7, 5))
        [escalation] = [m for m in sent if m.chat_id == OFFICE]
        assert "逾期督办" in escalation.text and REACHES in escalation.text, escalation.text
        assert CITES not in escalation.text and OTHER_CITY not in escalation.text
        assert await tick(bot, clock, local(2032, 7, 6)) == []


def _milestone_id(engine: Engine, title: str) -> int:
    with Session(engine) as session:
        row = session.exec(select(Milestone).where(Milestone.title == title)).first()
        assert row is not None and row.id is not None
        return row.id


async def test_an_edit_retire_and_undo_of_a_reached_step_send_each_moment_once(
    sqlite_engine: Engine,
) -> None:
    """The group follows 南汀区, the owner 西湾区. An admin's edit naming 西湾区 instead of 南汀区
    moves the step (the group hears no more of it, the owner from then on); a retire and its
    undo in between send nothing twice; each chat gets one digest a moment."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    step = _milestone_id(sqlite_engine, REACHES)
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 西湾区", chat_id=OWNER, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        assert [m.chat_id for m in sent] == [GROUP] and REACHES in sent[0].text
        moved = "建成西湾区、北屿县两个质量提升示范区"
        update_fact(sqlite_engine, OWNER, "milestone", step, "title", moved, now=clock.now())
        assert await tick(bot, clock, local(2032, 6, 23, 9, 5)) == []
        view = retire_document(sqlite_engine, OWNER, "1", now=local(2032, 6, 24, 10))
        assert await tick(bot, clock, local(2032, 6, 29)) == []
        undo_last(sqlite_engine, OWNER, now=local(2032, 6, 29, 9, 30))
        # the moment that passed while the plan was retired is not sent late (it was withdrawn)
        assert await tick(bot, clock, local(2032, 6, 29, 9, 35)) == []
        sent = await tick(bot, clock, local(2032, 6, 30))
        assert [m.chat_id for m in sent] == [OWNER], [(m.chat_id, m.text) for m in sent]
        assert moved in sent[0].text and "补发" not in sent[0].text, sent[0].text
        assert await tick(bot, clock, local(2032, 6, 30, 9, 5)) == []
        assert view is not None


def _callback(message: SentMessage, label: str) -> str:
    for row in message.buttons:
        for button in row:
            if button.label == label and button.data is not None:
                return button.data
    raise LookupError(label)


async def test_a_forged_press_from_another_chat_settles_nothing_of_the_districts(
    sqlite_engine: Engine,
) -> None:
    """The owner's private chat (city) presses the group's (南汀区) 已完成 with the group's
    callback data under its own digest: refused, and the group is still reminded next moment."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 碧川市", chat_id=OWNER, user_id=OWNER)
        sent = {m.chat_id: m for m in await tick(bot, clock, local(2032, 6, 23))}
        forged = _callback(sent[GROUP], "已完成")
        update_id = bot.emulator.push_callback(OWNER, OWNER, sent[OWNER].message_id, forged)
        await bot.wait_processed(update_id)
        sent = await tick(bot, clock, local(2032, 6, 29))
        group = [m.text for m in sent if m.chat_id == GROUP]
        assert len(group) == 1 and REACHES in group[0], group


async def test_after_downtime_each_chat_gets_the_reached_step_once_marked_late(
    sqlite_engine: Engine,
) -> None:
    """The bot is down at 06-23 09:00 and back at 14:00: the district's group and the city's
    chat each get one 补发 digest; a restart and later ticks that day send nothing more."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        await bot.say("/subscribe 碧川市", chat_id=OWNER, user_id=OWNER)
        assert await tick(bot, clock, local(2032, 6, 22, 10)) == []
    clock.set(local(2032, 6, 23, 14))
    async for bot in running(sqlite_engine, clock):
        sent = await tick(bot, clock, local(2032, 6, 23, 14))
        assert sorted(m.chat_id for m in sent) == sorted([GROUP, OWNER]), [m.text for m in sent]
        for message in sent:
            assert REACHES in message.text and "补发" in message.text, message.text
        assert await tick(bot, clock, local(2032, 6, 23, 14, 5)) == []
    async for bot in running(sqlite_engine, clock):
        assert await tick(bot, clock, local(2032, 6, 23, 16)) == []


@pytest.mark.parametrize(
    "forged",
    [
        "subpick:unit:²",
        "subpick:region:¹²",
        "subpick:unit:" + "9" * 30,
        f"subpick:unit:{2**40}",
        "subpick:x:1",
    ],
)
async def test_a_forged_subscribe_pick_is_an_expired_option(
    sqlite_engine: Engine, forged: str
) -> None:
    """A candidate button's data made up by a client (a digit Python's isdigit takes but int
    does not, an id beyond any database integer): 这个选项已失效, no error, nothing subscribed."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    async for bot in running(sqlite_engine, FakeClock(local(2032, 6, 20, 10))):
        (shown,) = await bot.say("/mysubs", chat_id=OWNER, user_id=OWNER)
        update_id = bot.emulator.push_callback(OWNER, OWNER, shown.message_id, forged)
        await bot.wait_processed(update_id)
        replies = [m.text for m in bot.emulator.world.outbox if m.chat_id == OWNER]
        assert "这个选项已失效" in replies[-1], replies
        (after,) = await bot.say("/mysubs", chat_id=OWNER, user_id=OWNER)
        assert after.text == shown.text, after.text


def test_a_step_opening_with_a_left_out_clause_keeps_its_work() -> None:
    text = PLAN.replace(
        "3.共建服务平台。",
        "4.示范推广。2032年9月底前,除南汀区外,各区县建成标准化服务站。\n3.共建服务平台。",
    )
    titles = [m.title for m in extract_text(text, "bichuan.txt").milestones]
    assert any("各区县建成标准化服务站" in title for title in titles), titles
