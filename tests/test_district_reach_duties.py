"""District reach beyond milestones (fix52, attack47 M3 and L2): a city's recurring duty whose
lead or supporting unit is a district's government (配合单位:南汀区人民政府), or whose words
name the district, reaches the district's subscribers as a milestone naming it does, with the
same exclusions (除南汀区外, 南汀区除外, 参照南汀区经验, 云州市南汀区); a chat following both
the unit and the district gets the item once, in one digest. And reach reads an item's whole
clause, not its title clipped at 60 characters for display. Invented plans only.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.district_reach import whole_title
from policybot.knowledge.ingest import ingest_bytes
from test_attack47_district_reach import PLAN, REACHES
from test_reminders_digest import GROUP, OFFICE, OWNER, local, running, tick

STEPS = [
    "4.定期推进。每季度召开一次质量提升示范区建设推进会。"
    "(牵头单位:市市场监管局;配合单位:南汀区人民政府)",
    "5.进展报送。每季度报送质量提升示范区建设进展情况。(牵头单位:北屿县人民政府)",
    "6.经验交流。每季度参照南汀区经验组织一次质量提升交流。(牵头单位:市市场监管局)",
    "7.对标学习。每季度与云州市南汀区开展一次质量对标交流。(牵头单位:市市场监管局)",
    "8.定期督查。每季度对除南汀区以外的区县开展一次标准化服务站建设督查。(牵头单位:市市场监管局)",
]
DUTY_PLAN = PLAN.replace("3.共建服务平台。", "\n".join(STEPS) + "\n3.共建服务平台。")

SUPPORTED = "召开质量提升示范区建设推进会"  # 配合单位:南汀区人民政府
LED = "报送质量提升示范区建设进展情况"  # 牵头单位:北屿县人民政府
CITED = "质量提升交流"
OTHER_CITY = "质量对标交流"
LEFT_OUT = "标准化服务站建设督查"


async def test_a_city_duty_a_district_government_supports_reaches_the_districts_chats(
    sqlite_engine: Engine,
) -> None:
    """The group follows 南汀区; the owner follows 南汀区人民政府 and 南汀区 both; the office
    西湾区. At 06-23 (7 days before the quarter's end) the group hears of the meeting 南汀区's
    government supports, the owner hears of it once in one digest, the office not at all; the
    duties citing 南汀区, of another city's 南汀区 or leaving it out reach none of them."""
    assert ingest_bytes(sqlite_engine, DUTY_PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 10, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        (mysubs,) = await bot.say("/mysubs")
        assert SUPPORTED in mysubs.text, mysubs.text
        await bot.say("/subscribe 南汀区人民政府", chat_id=OWNER, user_id=OWNER)
        await bot.say("/subscribe 南汀区", chat_id=OWNER, user_id=OWNER)
        (owner_subs,) = await bot.say("/mysubs", chat_id=OWNER, user_id=OWNER)
        assert "南汀区人民政府" in owner_subs.text, owner_subs.text
        await bot.say("/subscribe 西湾区", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        by_chat = {m.chat_id: m.text for m in sent}
        assert sorted(m.chat_id for m in sent) == sorted([GROUP, OWNER]), by_chat
        for chat in (GROUP, OWNER):
            text = by_chat[chat]
            assert text.count(SUPPORTED) == 1 and REACHES in text, text
            for other in (LED, CITED, OTHER_CITY, LEFT_OUT):
                assert other not in text, (other, text)
        assert await tick(bot, clock, local(2032, 6, 23, 9, 5)) == []
    async for bot in running(sqlite_engine, clock):
        assert await tick(bot, clock, local(2032, 6, 23, 9, 10)) == []


async def test_a_city_duty_a_district_government_leads_reaches_the_district_and_its_overdue(
    sqlite_engine: Engine,
) -> None:
    """The group follows 北屿县: the quarterly report 北屿县人民政府 leads is reminded, listed
    by /overdue once past, and escalated to the office supervising 北屿县."""
    assert ingest_bytes(sqlite_engine, DUTY_PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3):
        await bot.say("/subscribe 北屿县")
        await bot.say("/supervise 北屿县", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2032, 6, 23))
        assert [m.chat_id for m in sent] == [GROUP], [(m.chat_id, m.text) for m in sent]
        assert LED in sent[0].text and SUPPORTED not in sent[0].text, sent[0].text
        clock.set(local(2032, 7, 2, 10))
        (overdue,) = await bot.say("/overdue")
        assert LED in overdue.text, overdue.text
        sent = await tick(bot, clock, local(2032, 7, 5))
        [escalation] = [m for m in sent if m.chat_id == OFFICE]
        assert "逾期督办" in escalation.text and LED in escalation.text, escalation.text
        assert SUPPORTED not in escalation.text, escalation.text


LONG_WORK = (
    "集计量检测认证认可标准化服务知识产权保护品牌培育质量技术咨询和质量人才培训等功能于一体的"
    "质量基础设施一站式服务中心西湾区分中心"
)
LONG_PLAN = PLAN.replace(
    "3.共建服务平台。",
    f"5.一站式服务。2032年6月底前,建成{LONG_WORK}。(牵头单位:市市场监管局)\n"
    f"6.定期调度。每季度召开一次{LONG_WORK}建设调度会。(牵头单位:市市场监管局)\n"
    "3.共建服务平台。",
)


def test_the_whole_title_reads_on_past_the_clip() -> None:
    clipped = f"建成{LONG_WORK}"[:60]
    written = f"2032年6月底前,建成{LONG_WORK}。(牵头单位:市市场监管局)"
    assert whole_title(clipped, written) == f"建成{LONG_WORK}"
    # a title under the display width, or one an admin wrote that the text does not hold
    assert whole_title("建成南汀区示范区", written) == "建成南汀区示范区"
    edited = "建成" + "质量基础设施" * 10
    assert whole_title(edited[:60], written) == edited[:60]


async def test_a_district_named_after_the_60th_character_is_reached(sqlite_engine: Engine) -> None:
    """A step and a duty whose titles are clipped at 60 characters just before 西湾区: the chat
    following 西湾区 hears of both (it heard of neither), the one following 南汀区 of neither."""
    assert ingest_bytes(sqlite_engine, LONG_PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 20, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 西湾区", chat_id=OWNER, user_id=OWNER)
        await bot.say("/subscribe 北屿县")
        sent = await tick(bot, clock, local(2032, 6, 23))
        by_chat = {m.chat_id: m.text for m in sent}
        owner = by_chat.get(OWNER, "")
        assert owner.count("一站式服务中心") == 2, by_chat
        assert "一站式服务中心" not in by_chat.get(GROUP, ""), by_chat


async def test_subscribing_a_district_whose_duty_runs_on_says_nothing_is_past(
    sqlite_engine: Engine,
) -> None:
    """On 2033-01-10 the city's dated steps are past, but the quarterly meeting 南汀区's
    government supports runs to the plan's end (2033): /subscribe 南汀区 says no 已过去."""
    plan = DUTY_PLAN.replace("各区县新增", "到2032年底,各区县新增")
    assert ingest_bytes(sqlite_engine, plan.encode(), "bichuan.txt").result is not None
    async for bot in running(sqlite_engine, FakeClock(local(2033, 1, 10, 10))):
        (reply,) = await bot.say("/subscribe 南汀区")
        assert "已订阅" in reply.text and "已过去" not in reply.text, reply.text
