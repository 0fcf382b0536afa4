"""Two defects found while scoring stop 38's merged code: a task-table row whose task names a
fair (…参加国内外展会) was read as a unit and lost, and a time question's unplaced answer was
dropped because a placed plan's routine report fell due in the same window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.extract import extract_text

TASK_TABLE = """青禾市青禾区人民政府办公室关于印发青禾区品牌建设实施方案的通知
青禾府办发〔2031〕12号
青禾区品牌建设实施方案
一、重点任务分解表
序号
重点任务
牵头单位
配合单位
时限
1
建立重点产品质量监测制度
区市场监管局
区经信局
2031年6月底前
2
组织品牌企业参加国内外展会
区商务局
区经信局
2032年10月底前
二、保障措施
各单位要高度重视。
青禾区人民政府办公室
2031年3月1日
"""


def test_a_task_naming_a_fair_is_a_row_not_a_unit() -> None:
    extraction = extract_text(TASK_TABLE, "qinghe.txt")
    fair = [m for m in extraction.milestones if "展会" in m.title]
    assert [(m.due.isoformat(), m.lead_units) for m in fair] == [("2032-10-31", ["区商务局"])]
    assert not any("展会" in unit for unit in extraction.units)


MONTHLY_REPORT = city_plan("一、工作要求\n各部门每月10日前将上月工作情况书面报送市政府办公室。\n")
# A plan that never says its place (no 落款, no region in its title or doc number).
UNPLACED = """关于深化放管服改革优化营商环境的实施方案
一、重点任务
(一)2031年10月底前编制并公布县两级行政许可事项清单。
"""


def test_a_placed_plans_routine_report_is_no_rival_to_an_unplaced_answer(
    tmp_path: Path,
) -> None:
    now = datetime(2031, 9, 15, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path, MONTHLY_REPORT, UNPLACED, now=now) as service:
        reply = ask(service, "宝鸡下个月底前要公布什么清单?")
    assert "行政许可事项清单" in reply, reply
    assert "没有写明地区" in reply, reply
