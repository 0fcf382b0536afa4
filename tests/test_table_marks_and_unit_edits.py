"""Task-table rows with marked or ragged cells, and /edit's unit fields (attack 38b).

A bar table without a header lost its monthly row (各区 in the support cell read as a goal) and
its row with a cell past the time cell (the task's 60天 goal never read); a cell marked (配合)
after a cell marked (牵头) was taken for the task ("市卫健局(配合)" a milestone). /edit stored
"县甲局(配合)、县乙局(牵头)" as leads with the marks in the names, took 佛山市质监局 for a 临川区
plan silently, and cleared the units on a stray space or 无.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.editing import FIELDS, EditError, unit_field_value
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import FactKind, Target
from test_reminders_digest import OWNER, local, running
from test_task_table_rows_units import flattened

HEAD = "示范市营商环境优化任务清单\n\n实施期限:2026年至2027年。\n\n"
RAGGED = HEAD + (
    "|  |  |  |  |\n"
    "| 1 | 压缩企业开办时间至1个工作日 | 市市场监管局(牵头)、市税务局(配合) | 2026年9月30日前 |\n"
    "| 2 | 推进“一网通办” | 市数据局 | 市政务服务中心 | 2026年12月31日前 |\n"
    "| 3 | 办理建筑许可审批时间压缩至60天 | 市住建局 | 市自然资源局、市人防办 | 2027年6月 | 多余单元格 |\n"
    "| 4 | 每月10日前报送营商环境指标监测数据 | 市发改委 | 各区 | 每月10日前 |\n"
)
HEADED = HEAD + (
    "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "| 1 | 办理建筑许可审批时间压缩至60天 | 市住建局 | 市自然资源局、市人防办 | 2027年6月 |\n"
    "| 2 | 每月10日前报送营商环境指标监测数据 | 市发改委 | 各区 | 每月10日前 |\n"
)
MARKED = HEAD + (
    "任务分解表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t改造农村户厕3000座\t市农业农村局(牵头)\t市卫健局(配合)\t2027年6月30日前\n"
    "2\t新建公厕50座\t市住建局\t市城管局\t2026年12月31日前\n"
    "3\t开展村庄清洁行动\t市农业农村局、市妇联\t\t每月初报送\n"
)


@pytest.mark.parametrize("text", [RAGGED, HEADED], ids=["no-header", "header"])
def test_a_monthly_row_is_a_duty_with_its_units_and_a_ragged_row_keeps_its_goal(
    text: str,
) -> None:
    extraction = extract_text(text, "plan.txt")
    (duty,) = [d for d in extraction.recurring if "监测数据" in d.title]
    assert (duty.every, duty.lead_units, duty.support_units) == ("month", ["市发改委"], ["各区"])
    (goal,) = [t for t in extraction.targets if t.value == 60]
    assert (goal.deadline, goal.lead_units) == (date(2027, 6, 30), ["市住建局"])
    assert goal.support_units == ["市自然资源局", "市人防办"]
    assert not [w for w in extraction.warnings if "第3行" in w or "第4行" in w], extraction.warnings


def test_a_cell_marked_as_support_is_a_unit_never_the_task() -> None:
    extraction = extract_text(MARKED, "plan.txt")
    assert not [m for m in extraction.milestones if "配合" in m.title], extraction.milestones
    (goal,) = [t for t in extraction.targets if t.value == 3000]
    assert (goal.lead_units, goal.support_units) == (["市农业农村局"], ["市卫健局"])
    assert goal.deadline == date(2027, 6, 30)
    # "每月初报送" in the time cell: a duty each month with the row's units, not a one-off goal
    (duty,) = extraction.recurring
    assert (duty.title, duty.every, duty.due_text) == ("开展村庄清洁行动", "month", "每月初")
    assert duty.lead_units == ["市农业农村局", "市妇联"]
    assert not [m for m in extraction.milestones if "清洁" in m.title], extraction.milestones


LEAD, SUPPORT = (
    next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == name)
    for name in ("lead_units", "support_units")
)


def test_unit_field_reads_marks_and_refuses_what_it_cannot_store() -> None:
    assert unit_field_value(LEAD, "县妇联(牵头)", "濮阳市范县") == ["县妇联"]
    assert unit_field_value(SUPPORT, "县甲局(配合)、县乙局(协办)", None) == ["县甲局", "县乙局"]
    with pytest.raises(EditError, match=r"县农业农村局 标注为配合.*县妇联"):
        unit_field_value(LEAD, "县农业农村局(配合)、县妇联(牵头)", "濮阳市范县")
    with pytest.raises(EditError, match="县妇联 标注为牵头"):
        unit_field_value(SUPPORT, "县农业农村局(配合)、县妇联(牵头)", "濮阳市范县")
    # a unit of another region is refused until confirmed; a place above the region is its own
    with pytest.raises(EditError, match=r"佛山市质监局.*不是濮阳市范县的单位.*确认:"):
        unit_field_value(LEAD, "佛山市质监局", "濮阳市范县")
    assert unit_field_value(LEAD, "确认:佛山市质监局", "濮阳市范县") == ["佛山市质监局"]
    assert unit_field_value(LEAD, "濮阳市发改委、范县发改委", "濮阳市范县") == [
        "濮阳市发改委",
        "范县发改委",
    ]
    # only 清空 clears, and the lead only once its consequence was said
    for stray in (" ", "无", "-"):
        for spec in (LEAD, SUPPORT):
            with pytest.raises(EditError, match="要清空请输入「清空」"):
                unit_field_value(spec, stray, None)
    assert unit_field_value(SUPPORT, "清空", None) is None
    with pytest.raises(EditError, match=r"提醒不再发到任何单位的群.*确认清空"):
        unit_field_value(LEAD, "清空", None)
    assert unit_field_value(LEAD, "确认清空", None) is None


async def test_an_admin_is_told_before_a_lead_is_cleared(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, flattened().encode(), "linchuan.txt").result is not None
    with Session(sqlite_engine) as session:
        (goal,) = session.exec(select(Target).where(Target.subject == "形成攻关项目")).all()
    async for bot in running(sqlite_engine, FakeClock(local(2027, 3, 1, 10))):
        await bot.say(f"/edit target {goal.id}", chat_id=OWNER, user_id=OWNER)
        await bot.press("牵头单位", chat_id=OWNER, user_id=OWNER)
        (refused,) = await bot.say("无", chat_id=OWNER, user_id=OWNER)
        assert "未修改" in refused.text and "清空" in refused.text, refused.text
        (refused,) = await bot.say("区科技局(配合)、区工信局(牵头)", chat_id=OWNER, user_id=OWNER)
        assert "区科技局 标注为配合" in refused.text, refused.text
        (asked,) = await bot.say("清空", chat_id=OWNER, user_id=OWNER)
        assert "确认清空" in asked.text and "已修改" not in asked.text, asked.text
        (done,) = await bot.say("确认清空", chat_id=OWNER, user_id=OWNER)
        assert "已修改" in done.text and "牵头单位:—" in done.text, done.text
