"""attack39: invented task tables whose cells mark roles in an unexpected column."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text

HEAD = "试点市质量强市重点任务分解表\n试政办发〔2027〕8号\n试点市人民政府办公室\n2027年2月10日\n\n实施期限为2027年至2028年。\n\n"
TABLE = HEAD + (
    "附件:重点任务分解表\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t建成国家级质检中心2个\t市市场监管局(牵头)\t市科技局(配合)\t2027年10月15日\n"
    "2\t完善质量统计监测体系\t市统计局(配合)\t市市场监管局(牵头)\t2027年12月31日\n"
    "3\t健全质量信用档案\t市发改委(配合)\t市信用办\t2027年12月31日\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: tables._task_row reads the lead cell by cell_roles, which is None for a "
    "cell naming only a (配合) unit, so _cell_units keeps '市统计局(配合)' as a LEAD with its mark "
    "in the name: /units 市统计局 finds nothing of the plan and reminders route to a unit no chat "
    "designates",
)
@pytest.mark.parametrize("words", ["统计监测", "信用档案"])
def test_a_support_mark_in_the_lead_column_is_a_support_unit_without_its_mark(words: str) -> None:
    extraction = extract_text(TABLE, "plan.txt")
    (row,) = [m for m in extraction.milestones if words in m.title]
    assert not [n for n in row.lead_units + row.support_units if "配合" in n], row
    assert "市统计局" in row.support_units or "市发改委" in row.support_units, row


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: extract/recurring reads '建立月度调度机制' (setting up a mechanism) as a "
    "monthly duty '月度调度' due at each month's end beside the sentence's real duty (每月5日前…"
    "报送): the sentence is listed and reminded twice a month, the extra one with no unit",
)
def test_a_monthly_mechanism_named_in_a_heading_phrase_is_no_second_duty() -> None:
    text = (
        "样板市数字政务提升行动实施方案\n样政办发〔2026〕22号\n\n实施期限为2026年至2027年。\n\n"
        "一、工作任务\n(一)建立月度调度机制。各区政务服务中心每月5日前向市数据局报送上月工作进展情况。\n"
    )
    duties = extract_text(text, "plan.txt").recurring
    assert [d.due_text for d in duties] == ["每月5日前"], [(d.title, d.due_text) for d in duties]
