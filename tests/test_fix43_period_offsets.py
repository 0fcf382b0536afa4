"""fix43: a duty due days off its period's end ("每季度末前5日", "每季度末后10日内") is due on a day
that is never later than the text says; a progress cell that reports keeps its place. Invented
texts."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

HEAD = "示范市品牌提升行动计划(2031—2033年)\n示政办发〔2031〕41号\n四、保障措施\n"


@pytest.mark.parametrize(
    ("sentence", "every", "month", "day"),
    [
        ("各单位每季度末前5日报送工作进展情况。", "quarter", 3, 25),  # June and September: 30 days
        ("各单位每月底前3个工作日报送工作进展情况。", "month", 1, 23),  # February, with a weekend
        ("各单位每年末前十日报送工作总结。", "year", 12, 21),
        ("各单位于每季度末后10日内报送工作进展情况。", "quarter", 4, 10),
        ("各单位每半年末后15日内报送工作总结。", "half-year", 7, 15),
    ],
)
def test_a_duty_due_days_off_its_period_end(
    sentence: str, every: str, month: int, day: int
) -> None:
    duty = extract_text(HEAD + sentence + "\n", "x.txt").recurring[0]
    assert (duty.every, duty.due_month, duty.due_day) == (every, month, day)
    assert duty.title.startswith("报送"), duty.title


def test_a_duty_due_at_its_period_end_keeps_its_words() -> None:
    duty = extract_text(HEAD + "各单位每季度末报送工作进展情况。\n", "x.txt").recurring[0]
    assert (duty.due_text, duty.due_day) == ("每季度末", None)


def test_a_filled_progress_cell_is_still_no_goal() -> None:
    text = (
        "癸市质量提升行动计划\n三、任务分解表\n"
        "序号 重点工作 工作目标 落实情况 完成时限 牵头单位\n"
        "1 建设示范区 已建成示范区3个 2032年6月底前 市市场监管局\n"
    )
    assert not extract_text(text, "x.txt").targets
