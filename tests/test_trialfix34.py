"""What a fresh user's trial (round 34) found, through the real bot and the emulator, on invented
plans: a bound (不少于) shown apart from its number, a duty /units listed twice (as a deadline
and as the task-table row it came from), /subscribe to a region whose deadlines are all past."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from invented_plans import city_plan, invented_plans_service, task_table_plan
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge import commands
from policybot.knowledge.answers import format_target_amount
from policybot.knowledge.service import QueryService
from test_admin_samples import admin_bot

BOUNDED = city_plan("""一、主要目标
到2033年,全市每年组织质量分析会不少于8期,新增示范企业超过20家。
""")
LIVE_DAY = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, the table plan running


async def _with_plans(harness: OfflineHarness, *plans: str) -> OfflineHarness:
    for number, plan in enumerate(plans):
        await harness.upload(plan.encode(), filename=f"plan{number}.txt")
        await harness.press("确认入库")
    return harness


@pytest.fixture
async def table_plan_bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    """The task-table plan (its deadlines in 2018 and 2019), asked in 2025: all of them past."""
    async with admin_bot(sqlite_engine) as harness:
        yield await _with_plans(harness, task_table_plan("示范市", "示"))


def test_a_bound_is_written_with_its_number() -> None:
    assert format_target_amount(8, "期", None, "不少于") == "不少于8期"
    assert format_target_amount(20, "家", None, "力争;超过") == "超过20家"
    assert format_target_amount(15, "个", None, "以上") == "15个以上"


async def test_no_list_line_ends_in_a_bound_cut_from_its_number(sqlite_engine: Engine) -> None:
    """A /targets line read 8期 每年组织质量分析会 · 每年,不少于: the bound at the line's end,
    away from the number it bounds."""
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, BOUNDED)
        (reply,) = await harness.say("/targets 示范市")
    assert "不少于8期" in reply.text, reply.text
    assert "超过20家" in reply.text, reply.text
    for line in reply.text.splitlines():
        assert not line.rstrip().endswith(("不少于", "超过", ",")), reply.text


async def test_units_lists_a_rows_duty_once(table_plan_bot: OfflineHarness) -> None:
    """/units 市市场监管局 listed 完成全市示范区创建验收 (the goal's deadline, its units taken
    from the task table) and the table's row 开展示范区创建 (same date, same units) apart."""
    (reply,) = await table_plan_bot.say("/units 市市场监管局")
    items = [line for line in reply.text.splitlines() if line[:1].isdigit() and ") " in line]
    assert len([line for line in items if "2019-06-30" in line]) == 1, reply.text
    assert any("2018-12-31" in line for line in items), reply.text
    assert len(items) == 2 and "按任务分列" in reply.text, reply.text  # one count, no second


async def test_subscribing_when_every_deadline_is_past_says_so(
    table_plan_bot: OfflineHarness,
) -> None:
    (reply,) = await table_plan_bot.say("/subscribe 示范市")
    assert "已订阅" in reply.text
    assert "都已过去" in reply.text and "2019-06-30" in reply.text, reply.text
    assert "目前没有要提醒的事项" in reply.text
    (again,) = await table_plan_bot.say("/subscribe 示范市")
    assert "已经订阅过" in again.text and "都已过去" in again.text, again.text


async def test_subscribing_with_deadlines_ahead_says_only_when(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine, clock=FakeClock(LIVE_DAY)) as harness:
        await _with_plans(harness, task_table_plan("示范市", "示"))
        (reply,) = await harness.say("/subscribe 示范市")
    assert "将在到期前" in reply.text, reply.text
    assert "都已过去" not in reply.text, reply.text


YEARLY = city_plan("""一、主要目标
2031—2033年,全市每年新增示范企业10家以上,每年培训质量管理人员2000人次以上。
二、主要任务
(一)加强质量监测。每年开展重点产品质量抽查。
(二)建设示范区。2032年6月底前,各县(区)全面完成质量提升示范区建设任务并组织开展第三方评估验收和示范区建设成效总结推广及质量治理经验交流工作。
(三)强化人才培养。2031—2033年,全市每年组织企业参加首席质量官培训、质量分析会、标准宣贯会、计量技术交流会等各类活动,推动企业建立健全质量管理体系,提升全员质量意识和能力。
""")


@pytest.fixture(scope="module")
def yearly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("trialfix34_yearly")
    with invented_plans_service(Path(folder), YEARLY) as service:
        yield service


def test_what_a_region_does_every_year_lists_its_yearly_targets(yearly: QueryService) -> None:
    """示范市每年要做什么 listed the yearly duty and the plan's sentences saying 每年, not the
    targets set per year with their numbers (10家以上 新增示范企业 · 每年)."""
    reply = render_plain(yearly.ask("示范市每年要做什么"))
    lines = [line for line in reply.splitlines() if line[:1].isdigit() and ") " in line]
    assert any(line.split(") ", 1)[1].startswith("10家以上") for line in lines), reply
    assert any(line.split(") ", 1)[1].startswith("2000人次以上") for line in lines), reply
    assert any("质量抽查" in line for line in lines), reply


def test_a_list_line_shows_a_long_sentences_head(yearly: QueryService) -> None:
    """A stage of 90 characters was a list line of its own (three lines of a phone): the line
    shows its head, the whole sentence stays behind 出处."""
    planned = commands.plan("deadlines", ["示范市", "全部"])
    assert not isinstance(planned, commands.Usage)
    answer = planned(yearly)
    reply = render_plain(answer)
    lines = [line for line in reply.splitlines() if line[:1].isdigit() and ") " in line]
    assert any("2032-06-30" in line and "质量提升示范区" in line for line in lines), reply
    assert all(len(line) <= 80 for line in lines), reply
    assert not any("质量治理经验交流工作" in line for line in lines), reply
    quotes = render_plain(answer, quotes=True)
    assert "质量治理经验交流工作" in quotes, quotes


OPINION = """样例县人民政府办公室关于推进质量品牌建设的实施意见
样政办发〔2024〕7号
各乡镇人民政府,县政府各部门:
为推进我县质量品牌建设,提出如下实施意见。
一、工作目标
到2026年,全县新增省级品牌企业5家。
二、政策扶持
对新获得省级品牌的企业,给予一次性奖励10万元。
样例县人民政府办公室
2024年5月6日
"""


async def test_a_follow_up_pointing_at_this_document_means_the_last_cited(
    sqlite_engine: Engine,
) -> None:
    """这个办法什么时候印发的, after a reply citing an 实施意见, looked for a document called
    办法 and answered 未找到(查找: 办法): the pointer means the document the chat is about."""
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, OPINION)
        (first,) = await harness.say("样例县推进质量品牌建设的实施意见是什么时候印发的")
        assert "2024-05-06" in first.text, first.text
        (follow,) = await harness.say("这个办法什么时候印发的")
        assert "2024-05-06" in follow.text, follow.text
        assert "办法" not in follow.text, follow.text
        (number,) = await harness.say("该意见的文号是什么")
        assert "样政办发〔2024〕7号" in number.text, number.text


async def test_a_pointer_with_nothing_cited_yet_is_read_as_typed(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, OPINION)
        (reply,) = await harness.say("这个办法什么时候印发的")
    assert "2024-05-06" not in reply.text, reply.text
