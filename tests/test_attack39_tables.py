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


@pytest.mark.parametrize("words", ["统计监测", "信用档案"])
def test_a_support_mark_in_the_lead_column_is_a_support_unit_without_its_mark(words: str) -> None:
    extraction = extract_text(TABLE, "plan.txt")
    (row,) = [m for m in extraction.milestones if words in m.title]
    assert not [n for n in row.lead_units + row.support_units if "配合" in n], row
    assert "市统计局" in row.support_units or "市发改委" in row.support_units, row


def test_a_monthly_mechanism_named_in_a_heading_phrase_is_no_second_duty() -> None:
    text = (
        "样板市数字政务提升行动实施方案\n样政办发〔2026〕22号\n\n实施期限为2026年至2027年。\n\n"
        "一、工作任务\n(一)建立月度调度机制。各区政务服务中心每月5日前向市数据局报送上月工作进展情况。\n"
    )
    duties = extract_text(text, "plan.txt").recurring
    assert [d.due_text for d in duties] == ["每月5日前"], [(d.title, d.due_text) for d in duties]


INDICATORS = HEAD + (
    "附件:主要指标\n序号\t指标\t单位\t2028年目标\t牵头单位\t配合单位\n"
    "1\t省级标准化试点项目\t个\t12\t市统计局(配合)\t市市场监管局(牵头)\n"
    "2\t主导制定国家标准\t项\t20\t市发改委\t市信用办(配合)\n"
)


def test_an_indicator_table_reads_role_marks_as_a_task_table_does() -> None:
    """Its lead and support columns as a task table's: a mark says the role, never the name."""
    targets = {t.subject: t for t in extract_text(INDICATORS, "plan.txt").targets}
    pilot, standards = targets["省级标准化试点项目"], targets["主导制定国家标准"]
    assert (pilot.lead_units, pilot.support_units) == (["市市场监管局"], ["市统计局"])
    assert (standards.lead_units, standards.support_units) == (["市发改委"], ["市信用办"])
