"""Tasks with their units, unit notes in every form, and reward conditions (synthetic texts)."""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.normalise import normalise_text
from policybot.knowledge.extract.units import parse_unit_note

HEAD = "青川市质量提升工作方案(2019-2020年)\n青川市人民政府办公室\n2019年3月1日\n"


@pytest.mark.parametrize(
    ("body", "lead", "support"),
    [
        ("省财政厅主办,省国税局、地税局协办", ["省财政厅"], ["省国税局", "省地税局"]),
        ("省发改委、农委分别负责", ["省发改委", "省农委"], []),
        (
            "市环境局牵头,市发改局、工信局参与,各县、区人民政府负责落实",
            ["市环境局"],
            ["市发改局", "市工信局", "各县、区人民政府"],
        ),
        ("牵头单位:市发改委 责任单位:市商务局、市金融办", ["市发改委"], ["市商务局", "市金融办"]),
        ("市质监局、市场监管局牵头", ["市质监局", "市市场监管局"], []),
    ],
)
def test_unit_notes_in_every_form(body: str, lead: list[str], support: list[str]) -> None:
    note = parse_unit_note(body)
    assert note is not None
    assert (note.lead, note.support) == (lead, support)


def test_a_task_without_a_number_keeps_its_units() -> None:
    text = (
        HEAD
        + "一、主要任务\n(一)健全奖励制度。建立完善工作机制,强化政策措施。(牵头单位:市科技局)\n"
    )
    (task,) = extract_text(text, "x.txt").tasks
    assert (task.title, task.lead_units) == ("健全奖励制度", ["市科技局"])
    assert task.section == "一、主要任务 / (一)健全奖励制度"


def test_two_tasks_in_one_paragraph_each_closed_by_its_note() -> None:
    text = HEAD + (
        "1.制定准入清单。完成清单编制工作。(市环境局牵头,市发改局参与)"
        "不再新建燃煤锅炉,禁止新建小锅炉。(市环境局、市场监管局牵头)\n"
    )
    tasks = extract_text(text, "x.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [
        (["市环境局"], ["市发改局"]),
        (["市环境局", "市市场监管局"], []),
    ]
    assert tasks[1].title == "不再新建燃煤锅炉,禁止新建小锅炉"


def test_note_lines_under_an_item_and_the_tasks_deadline() -> None:
    text = HEAD + (
        "一、重点工作\n1.在2020年6月底前,完成产业平台建设。\n牵头单位:市发改委\n责任单位:市商务局\n"
    )
    (task,) = extract_text(text, "x.txt").tasks
    assert (task.lead_units, task.support_units, task.due) == (
        ["市发改委"],
        ["市商务局"],
        date(2020, 6, 30),
    )


def test_a_heading_names_the_unit_of_the_items_below() -> None:
    text = HEAD + "一、市商务局牵头工作(2项)\n1.打造电商产业园。\n2.建设3个物流中心。\n"
    extraction = extract_text(text, "x.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [("打造电商产业园", ["市商务局"])]
    (target,) = extraction.targets
    assert (target.value, target.lead_units) == (3, ["市商务局"])


def test_a_task_with_a_number_is_a_target_not_a_task() -> None:
    text = HEAD + "(一)地区生产总值增长8%左右。(市发改委负责)(二)完善统计制度。(市统计局负责)\n"
    extraction = extract_text(text, "x.txt")
    assert [t.lead_units for t in extraction.targets] == [["市发改委"]]
    assert [t.lead_units for t in extraction.tasks] == [["市统计局"]]


def test_items_run_together_after_a_unit_note_are_split() -> None:
    text = normalise_text("(一)增长8%。(市发改委负责)(二)增长9%。(市财政局主办,市税务局协办)\n")
    assert text.split("\n")[:2] == [
        "(一)增长8%。(市发改委负责)",
        "(二)增长9%。(市财政局主办,市税务局协办)",
    ]


REWARDS = "青川市品牌奖励办法\n{body}\n青川市人民政府\n2019年3月1日\n"


@pytest.mark.parametrize(
    ("body", "kind", "text"),
    [
        (
            "对获省名牌产品的企业奖励10万元(同一企业获得多项奖励的,按就高不重复原则执行)。",
            "no_stacking",
            "同一企业获得多项奖励的,按就高不重复原则执行",
        ),
        (
            "对新认定的省级新产品给予5万元奖补,每个企业最高奖补不超过20万元。",
            "overall_cap",
            "对新认定的省级新产品给予5万元奖补,每个企业最高奖补不超过20万元",
        ),
        (
            "对获省名牌产品的企业奖励10万元。本办法适用于市区企业,各县参照执行。",
            "scope",
            "本办法适用于市区企业,各县参照执行",
        ),
    ],
)
def test_conditions_that_change_what_a_reward_means(body: str, kind: str, text: str) -> None:
    conditions = extract_text(REWARDS.format(body=body), "x.txt").conditions
    assert [(c.kind, c.text) for c in conditions] == [(kind, text)]


def test_a_ceiling_that_is_the_rewards_only_sum_is_not_a_condition() -> None:
    body = "对新认定的首台套装备给予1:1配套奖励,每个企业最高不超过20万元。"
    extraction = extract_text(REWARDS.format(body=body), "x.txt")
    assert extraction.conditions == []
    assert [(r.amount_yuan, r.is_cap) for r in extraction.rewards] == [(200000, True)]


def test_a_plan_without_rewards_has_no_conditions() -> None:
    text = HEAD + "到2020年,全市新增名牌产品5个,本方案适用于全市企业。\n"
    assert extract_text(text, "x.txt").conditions == []
