"""A task-table row with a goal cell and a time-limit column ("工作任务 | 工作目标 | 完成时限 |
责任单位") states one commitment: the goal, due at the time limit, with the row's units. Trial 37
found the task's name read as a 时间节点 beside the goal's 目标, both reminded in one digest,
listed twice by /deadlines and counted twice by /mysubs.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.ingest import ingest_bytes
from test_reminders_digest import local, running, tick

PLAN = (
    "青川区人民政府关于印发青川区质量强区建设实施方案(2027—2028年)的通知\n"
    "青府〔2027〕8号\n青川区人民政府\n2027年2月1日\n"
    "一、重点任务分解表\n"
    "| 序号 | 工作任务 | 工作目标 | 完成时限 | 责任单位 |\n"
    "| 1 | 培育区域品牌 | 全区新增省级品牌产品12个 | 2027年底 | 区市场监管局 |\n"
    "| 2 | 推进标准化建设 | 主导制定国家标准3项 | 2028年6月底 | 区标准化办 |\n"
)


def test_the_goal_cell_is_the_rows_one_dated_fact() -> None:
    extraction = extract_text(PLAN, "qingchuan.txt")
    targets = [(t.value, t.deadline, t.lead_units) for t in extraction.targets]
    assert targets == [
        (12.0, date(2027, 12, 31), ["区市场监管局"]),
        (3.0, date(2028, 6, 30), ["区标准化办"]),
    ], targets
    titles = [m.title for m in extraction.milestones]
    assert "培育区域品牌" not in titles and "推进标准化建设" not in titles, titles


def test_a_task_cell_without_a_goal_cell_still_carries_its_row() -> None:
    """No goal cell states a figure: the task cell is the row's event, as before."""
    text = PLAN.replace("全区新增省级品牌产品12个", "完成区域品牌认定")
    extraction = extract_text(text, "qingchuan.txt")
    assert any(m.due == date(2027, 12, 31) for m in extraction.milestones), extraction.milestones


async def test_the_digest_reminds_the_row_once_with_its_unit(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, PLAN.encode(), "qingchuan.txt").result is not None
    clock = FakeClock(local(2027, 11, 1, 10))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 区市场监管局")
        (digest,) = await tick(bot, clock, local(2027, 12, 1))
        # Before: 共 2 项, the goal and "培育区域品牌 · 牵头: 区市场监管局" for one row.
        assert "共 1 项" in digest.text and "培育区域品牌" not in digest.text, digest.text
        assert "12个" in digest.text and "牵头: 区市场监管局" in digest.text, digest.text
