"""Trial 42: a numbered task whose paragraph dates one step and whose note names a lead and
配合 units ("1.…工程。2031年10月底前,出台《…办法》。(牵头单位:市甲局;配合单位:市乙局)").
/units listed the 配合 unit with the date, but its milestone was stored with the lead only:
/subscribe 市乙局 said 都没有期限 and no reminder came; the upload preview counted 1 责任单位
of the four the notes name. The database links a milestone to every unit of its note, so the
co-operating units hear of the step they share, as a task table's 配合单位 column already did.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.uploads import units_on_items
from test_reminders_digest import local, running, tick

PLAN = """碧川市人民政府办公室关于印发碧川市质量品牌提升行动方案(2031—2033年)的通知
碧政办发〔2031〕21号
各区、县人民政府,市政府各部门、各直属单位:
《碧川市质量品牌提升行动方案(2031—2033年)》已经市政府同意,现印发给你们,请认真贯彻执行。

碧川市质量品牌提升行动方案(2031—2033年)

一、主要目标
到2032年底,全市新增主导制定国家标准14项、行业标准22项;新增浙江名牌产品16个。

二、重点任务
1.实施标准领航工程。2031年10月底前,出台《碧川市标准化资助管理办法》。(牵头单位:市市场监管局;配合单位:市财政局)
2.开展质量提升示范。2032年6月底前,建成南汀区、北屿县两个质量提升示范区。(牵头单位:市市场监管局;配合单位:南汀区人民政府、北屿县人民政府)
3.每季度召开一次质量品牌工作推进会,通报各区县进展。(牵头单位:市市场监管局;配合单位:市统计局)

三、任务分解表
各区县新增主导制定国家标准数量不少于:南汀区6项、北屿县5项、西湾区3项。

本方案自2031年5月1日起施行。

碧川市人民政府办公室
2031年4月20日
"""


def test_a_noted_tasks_dated_step_carries_the_notes_supporting_units() -> None:
    extraction = extract_text(PLAN, "bichuan.txt")
    steps = {m.title: (m.due, m.lead_units, m.support_units) for m in extraction.milestones}
    assert steps["出台《碧川市标准化资助管理办法》"] == (
        date(2031, 10, 31),
        ["市市场监管局"],
        ["市财政局"],
    ), steps
    assert steps["建成南汀区、北屿县两个质量提升示范区"] == (
        date(2032, 6, 30),
        ["市市场监管局"],
        ["南汀区人民政府", "北屿县人民政府"],
    ), steps
    (meeting,) = extraction.recurring
    assert meeting.lead_units == ["市市场监管局"], meeting
    assert meeting.support_units == ["市统计局"], meeting


def test_the_preview_counts_every_unit_the_notes_name() -> None:
    """The preview said 责任单位 1 个 where the notes name five units and /units lists them."""
    extraction = extract_text(PLAN, "bichuan.txt")
    assert units_on_items(extraction) == {
        "市市场监管局",
        "市财政局",
        "南汀区人民政府",
        "北屿县人民政府",
        "市统计局",
    }


async def test_a_supporting_unit_subscribes_to_the_step_it_shares(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2031, 9, 20, 10))
    async for bot in running(sqlite_engine, clock):
        (reply, *_) = await bot.say("/subscribe 碧川市财政局")
        assert "没有期限" not in reply.text, reply.text
        (subs,) = await bot.say("/mysubs")
        assert "出台《碧川市标准化资助管理办法》" in subs.text, subs.text
        (digest,) = await tick(bot, clock, local(2031, 10, 31))
        assert "出台《碧川市标准化资助管理办法》" in digest.text, digest.text


async def test_a_district_government_supporting_a_step_hears_of_it(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 5, 6, 10))
    async for bot in running(sqlite_engine, clock):
        (reply, *_) = await bot.say("/subscribe 南汀区人民政府")
        assert "没有期限" not in reply.text, reply.text
        (digest,) = await tick(bot, clock, local(2032, 6, 30))
        assert "建成南汀区、北屿县两个质量提升示范区" in digest.text, digest.text


async def test_a_district_a_citys_step_names_hears_of_it(sqlite_engine: Engine) -> None:
    """/subscribe 南汀区: the city's step 建成南汀区、北屿县两个…示范区 is the district's too; the
    district the step does not name (西湾区) hears nothing of it."""
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "bichuan.txt").result is not None
    clock = FakeClock(local(2032, 6, 10, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 南汀区")
        (subs,) = await bot.say("/mysubs")
        assert "建成南汀区、北屿县两个质量提升示范区" in subs.text, subs.text
        (digest,) = await tick(bot, clock, local(2032, 6, 30))
        assert "建成南汀区、北屿县两个质量提升示范区" in digest.text, digest.text
    async for bot in running(sqlite_engine, FakeClock(local(2032, 6, 10, 10))):
        await bot.say("/unsubscribe 南汀区")
        await bot.say("/subscribe 西湾区")
        (subs,) = await bot.say("/mysubs")
        assert "西湾区" in subs.text and "南汀区" not in subs.text, subs.text
        assert "示范区" not in subs.text, subs.text
