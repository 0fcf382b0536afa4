"""Defects a new user's trial found uploading an invented plan (issue 11): plans nobody has seen.

- A task table written one row per line (序号 | 任务 | 牵头单位 | 完成时限, cells between bars or
  tabs): each row is one task, milestone or repeated duty named by its task cell, with the units
  of its unit cells (a cell may end with the role it plays, "…人民政府负责") and the due date of
  its time cell ("每年12月底前" repeats; it dates no single goal); its passages are its cells,
  under its own task, never the row above's, with no separator shown.
- "由甲局牵头,乙局配合,2031年9月底前完成…": the dated step is led by 甲局.
- Random characters name no unit and state no plan.

Every text here is invented for the rule.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract import extract_text
from policybot.knowledge.passages import split_document

TABLE_ROWS = (
    "序号 | 任务 | 牵头单位 | 完成时限\n"
    "1 | 开展全市品牌现状普查 | 市市场监管局 | 2031年6月底前\n"
    "2 | 培育品牌示范企业 | 市经信局、市商务局 | 每年12月底前\n"
    "3 | 建设品牌服务平台 | 各县(区)人民政府负责 | 2032年3月底前\n"
)
TABLE_PLAN = city_plan(
    "一、主要目标\n到2033年,全市培育省级品牌企业20家以上。\n"
    "二、重点任务\n" + TABLE_ROWS + "三、保障措施\n"
    "由市市场监管局牵头,市经信局配合,2031年9月底前完成品牌战略研究报告。\n"
)


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_one_line_task_row_is_read_by_its_cells(separator: str) -> None:
    extraction = extract_text(TABLE_PLAN.replace(" | ", separator), "x.txt")
    steps = {m.title: (m.due and m.due.isoformat(), m.lead_units) for m in extraction.milestones}
    assert steps["开展全市品牌现状普查"] == ("2031-06-30", ["市市场监管局"])
    # the row's own unit cell ("…负责": the role it plays) and its own time cell
    assert steps["建设品牌服务平台"] == ("2032-03-31", ["各县(区)人民政府"])
    assert not any("负责" in title for title in steps)
    duties = {(d.title, d.every, tuple(d.lead_units)) for d in extraction.recurring}
    assert ("培育品牌示范企业", "year", ("市经信局", "市商务局")) in duties
    assert not any("月底前" in d.title for d in extraction.recurring)


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_one_line_row_passages_stand_under_their_own_task(separator: str) -> None:
    passages = split_document(TABLE_PLAN.replace(" | ", separator))
    row_texts = [p for p in passages if p.section and p.section.startswith("任务分解表")]
    assert {p.text: p.heading for p in row_texts if p.text == p.heading} == {
        "开展全市品牌现状普查": "开展全市品牌现状普查",
        "培育品牌示范企业": "培育品牌示范企业",
        "建设品牌服务平台": "建设品牌服务平台",
    }
    cultivate = [p for p in row_texts if p.heading == "培育品牌示范企业"]
    assert cultivate and all(p.lead_units == ("市经信局", "市商务局") for p in cultivate)
    assert not any("\t" in p.text or "|" in p.text for p in passages)


def test_a_lead_named_in_the_sentence_leads_its_dated_step() -> None:
    extraction = extract_text(TABLE_PLAN, "x.txt")
    step = next(m for m in extraction.milestones if "品牌战略研究报告" in m.title)
    assert step.lead_units == ["市市场监管局"]
    task = next(t for t in extraction.tasks if "品牌战略研究报告" in t.title)
    assert (task.lead_units, task.support_units) == (["市市场监管局"], ["市经信局"])


def test_units_of_an_uploaded_table_show_each_row_once(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, TABLE_PLAN.replace(" | ", "\t")) as service:
        reply = render_plain(service.units("市经信局"))
    assert "\t" not in reply and "|" not in reply
    assert "培育品牌示范企业" in reply
    assert "开展全市品牌现状普查" not in reply  # the row above, another unit's


def test_units_of_a_very_long_name_echo_it_once_clipped(tmp_path: Path) -> None:
    """/units <3,000 characters> found nothing: the words asked come back once, clipped (the
    title and 未找到“…” echoed them twice, 200 characters each)."""
    rng = random.Random(32)
    asked = "".join(chr(rng.randint(0x4E00, 0x4FFF)) for _ in range(3000))
    with invented_plans_service(tmp_path, TABLE_PLAN) as service:
        reply = render_plain(service.units(asked))
    assert "未找到" in reply
    assert reply.count(asked[:20]) == 1
    assert len(reply) < 400
