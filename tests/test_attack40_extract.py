"""attack40: hostile and careless uploads.

Two milestones of one deadline whose titles differ only by an ordinal (第一批/第二批, 一期/二期),
by the district doing it (东湖区/西湖区) or only by their lead unit are taken for one event stated
twice (``milestones.deduplicate``/``_same_event``: same dates, title containment ≥ 0.4), so the
second is dropped: its district or unit is never reminded, and the preview names no unread line
for it.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.reading import read_plan
from policybot.knowledge.unread_lines import unread_lines
from tests.invented_plans import city_plan


@pytest.mark.parametrize(
    ("lines", "each"),
    [
        (
            ["2032年3月31日前完成第一批品牌企业评定。", "2032年3月31日前完成第二批品牌企业评定。"],
            ["第一批", "第二批"],
        ),
        (
            [
                "(一)2032年3月31日前,完成一期园区改造。(牵头单位:市工信局)",
                "(二)2032年3月31日前,完成二期园区改造。(牵头单位:市住建局)",
            ],
            ["一期", "二期"],
        ),
        (
            [
                "(一)2032年6月30日前,东湖区完成质量提升方案编制。",
                "(二)2032年6月30日前,西湖区完成质量提升方案编制。",
            ],
            ["东湖区", "西湖区"],
        ),
        (
            [
                "(一)2032年6月30日前完成质量提升方案编制。(牵头单位:东湖区政府)",
                "(二)2032年6月30日前完成质量提升方案编制。(牵头单位:西湖区政府)",
            ],
            ["东湖区政府", "西湖区政府"],
        ),
        (
            [
                "序号 任务 牵头单位 配合单位 完成时限",
                "1 完成质量提升方案编制 东湖区政府 市经信委 2032年6月30日",
                "2 完成质量提升方案编制 西湖区政府 市经信委 2032年6月30日",
            ],
            ["东湖区政府", "西湖区政府"],
        ),
    ],
)
def test_one_deadline_for_two_batches_or_two_districts_is_reminded_for_each(
    lines: list[str], each: list[str]
) -> None:
    """Each batch, district or lead unit keeps a milestone (its title or its lead units name it);
    the preview names no unread line for the one dropped."""
    text = city_plan("一、主要任务\n" + "\n".join(lines) + "\n")
    extraction = read_plan(text.encode(), "p.txt").extraction
    kept = [(m.title, *m.lead_units) for m in extraction.milestones]
    unread = [line.text for line in unread_lines(extraction)]
    assert all(any(word in part for named in kept for part in named) for word in each), (
        kept,
        unread,
    )


def test_words_that_only_start_like_a_period_are_not_named_unread() -> None:
    """The preview's period cue (``unread_lines._PERIOD``) takes 按年龄 and 按周期 for 按年 and 按周:
    lines with no figure, date nor period are named among the unread lines (noise before
    确认入库)."""
    lines = [
        "各区要按年龄结构优化技能人才队伍,提升质量管理水平。",
        "各单位要按周期开展质量管理体系内审工作。",
    ]
    extraction = read_plan(city_plan("一、主要任务\n" + "\n".join(lines) + "\n").encode(), "p.txt")
    assert [line.text for line in unread_lines(extraction.extraction)] == []


def test_a_long_sentence_of_percentage_targets_is_read_whole() -> None:
    """One sentence of 1,200 "第N项指标提高N%" clauses (15,000 characters, under the 20,000 a line
    may have) gives every clause's target. How its time grows with its length (linear, once
    9 times as long for 3 times the clauses) is a benchmark figure:
    ``python -m benchmarks.extract_speed`` prints ``long_sentence_ratio``."""
    clauses = 1200
    body = "、".join(f"第{i}项指标提高{i % 50}%" for i in range(clauses))
    targets = extract_text(city_plan(f"一、主要目标\n到2033年,{body}。\n"), "x.txt").targets
    assert len(targets) == clauses
    assert {target.value for target in targets} == {float(i % 50) for i in range(clauses)}


def test_a_duty_of_two_units_named_together_is_theirs() -> None:
    """The duty "东湖区市场监管局、西湖区市场监管局每月5日前报送工作情况" is read, but with no
    lead unit at all (stored with ``units: 0``), so a chat following either bureau is never
    reminded; the same sentence with one bureau links it."""
    line = "东湖区市场监管局、西湖区市场监管局每月5日前报送工作情况。"
    extraction = read_plan(city_plan(f"一、主要任务\n{line}\n").encode(), "p.txt").extraction
    (duty,) = extraction.recurring
    assert set(duty.lead_units) == {"东湖区市场监管局", "西湖区市场监管局"}, duty
