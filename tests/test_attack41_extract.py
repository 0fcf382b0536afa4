"""attack41: today's extraction rules (batches 40-41) on an admin's ordinary wording.

* B41-2 ``rewards/tier_lists._TIERED``: a rule naming whom it pays before a comma ("对通过评审的
  示范企业,择优分三档给予补助资金:…") — the lazy ``item`` group starts after the comma and takes
  the optional 择优 itself as the item: three rewards labelled "择优", which no question or /calc
  claim about 示范企业 finds.
* 011635f2 ``extract/recurring._PERIOD_END``: "每季度末后10日内报送" (ten days AFTER the quarter's
  end) is stored as due "每季度末" — the period's end, the reminder day — and the duty's title
  keeps "后10日内" as its first words; "每季度末前5日" is stored as "每季度末前", due (and
  reminded) at the quarter's end, five days late.
* Speed (then 13-18 s for 1,000 dated steps, quadratic): measured in
  ``benchmarks.hostile_uploads`` (goal_clauses_10k_one_paragraph, dated_steps_1k_one_paragraph),
  not timed here; these tests keep what must be read.

Invented texts."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

HEAD = "示范市品牌提升行动计划(2031—2033年)\n示政办发〔2031〕41号\n"


def test_a_tier_rule_naming_its_recipient_first_is_labelled_by_it() -> None:
    text = (
        "示范市品牌建设奖励办法\n一、奖励标准\n"
        "对通过评审的示范企业,择优分三档给予补助资金:100万元、50万元和20万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert sorted(r.amount_yuan for r in rewards) == [200000, 500000, 1000000]
    labels = {r.achievement for r in rewards}
    assert "择优" not in labels, labels
    assert all("示范企业" in label for label in labels), labels


@pytest.mark.parametrize(
    ("sentence", "period_end"),
    [
        ("各单位于每季度末后10日内报送工作进展情况。", "每季度末"),  # 10 days after: late words
        ("各单位每半年末后15日内报送工作总结。", "每半年末"),
        # five days BEFORE the quarter's end: the reminder (at the period's end) comes too late,
        # and "每季度末前" hides the 5日
        ("各单位每季度末前5日报送工作进展情况。", "每季度末前"),
    ],
)
def test_a_duty_due_days_off_the_period_end_is_not_due_at_the_period_end(
    sentence: str, period_end: str
) -> None:
    text = HEAD + "四、保障措施\n" + sentence + "\n"
    duties = extract_text(text, "x.txt").recurring
    assert duties, "the duty is read"
    duty = duties[0]
    assert duty.due_text != period_end, (duty.due_text, duty.due_month, duty.due_day)
    assert not duty.title.startswith("后"), duty.title


def test_many_goal_clauses_in_one_paragraph_are_read() -> None:
    text = (
        HEAD
        + "一、主要目标\n(二)总体目标。到2031年,全市质量效益明显提高。"
        + "产品合格率达到96%以上。" * 1_000
        + "\n"
    )
    assert extract_text(text, "x.txt").targets


def test_a_thousand_dated_steps_in_one_paragraph_are_a_thousand_milestones() -> None:
    """A task list of 1,000 dated steps (~35 KB, e.g. a county's breakdown pasted as one
    paragraph): each step is its own milestone (``milestones.deduplicate`` keeps them apart;
    its speed is in ``benchmarks.hostile_uploads``)."""
    text = (
        HEAD
        + "二、重点任务\n"
        + "".join(f"({i})市市场监管局于2032年6月底前完成第{i}批示范区验收。" for i in range(1000))
        + "\n"
    )
    assert len(extract_text(text, "x.txt").milestones) == 1000
