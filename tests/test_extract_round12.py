"""Round 12 (post-merge of rounds 10 and 11): rules that keep both rounds' records, and the
batch-8 milestone classes (corpus/unseen/FAILURES.md, "Round 12").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import split_unit_list

# --- units named by their role alone ------------------------------------------------------------


def test_a_kind_of_department_named_by_its_role_is_no_unit() -> None:
    for generic in ("条线部门", "职能部门", "各主管部门", "责任单位", "市级相关职能部门"):
        assert split_unit_list(generic) == [], generic
    assert split_unit_list("区税务部门") == ["区税务部门"]


def test_a_duty_of_line_departments_in_general_is_no_task() -> None:
    text = (
        "各街道办事处,区政府各部门:\n"
        "一、推进重点工作\n"
        "1、加快建设智慧社区。(牵头单位:区民政局)\n"
        "二、工作要求\n"
        "职能部门要主动融合、服务于街道的工作,全力配合、协同推进。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert [(k.title, k.lead_units) for k in extraction.tasks] == [
        ("加快建设智慧社区", ["区民政局"])
    ]
    assert extraction.units == ["区民政局"]


# --- batch-8 milestone classes ------------------------------------------------------------------


def test_an_aim_taking_effect_closes_a_dated_lead() -> None:
    text = (
        "各县(市、区)人民政府:\n"
        "到2039年,全市水利整体水平进一步提高,供水保障明显增强,节水型城市建设取得明显成效。"
        "全市用水总量控制在12亿立方米以内。\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, str(m.due)) for m in milestones] == [
        ("节水型城市建设取得明显成效", "2039-12-31")
    ]


def test_a_headline_naming_counted_goals_is_no_milestone() -> None:
    text = (
        "各市县人民政府:\n"
        "到2038年,主要旅游指标实现“三个提升、两个突破”,为全省经济发展提供支撑。\n"
        "“三个提升”——接待游客人数增加一倍,达到5000万人次;旅游收入达到800亿元。\n"
    )
    assert extract_text(text, "x.txt").milestones == []


def test_the_year_end_step_of_a_check_list_in_an_annual_notice_is_its_milestone() -> None:
    text = (
        "关于印发某县2037年重点工作任务分解的通知\n各乡镇人民政府,县政府各部门:\n"
        "现将2037年重点工作任务进行分解,就重点工作推进情况实行季度调度、现场督查、年终考评。"
        "各部门要明确责任,抓好落实。\n某县人民政府办公室\n2037年3月1日\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, str(m.due)) for m in milestones] == [
        ("重点工作推进情况年终考评", "2037-12-31")
    ]


def test_year_end_steps_of_check_slogans_are_one_reckoning() -> None:
    text = (
        "关于做好某区2036年为民办实事工作的通知\n各街道办事处,区政府各部门:\n"
        "各单位要遵循“年初定责、年中督办、年底验收、社会评议”的原则,狠抓落实。\n"
        "区督查室将按照“年初立项、逐季跟踪、年底销号”的督查制度,加强跟踪督查。\n"
        "某区人民政府办公室\n2036年2月1日\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, str(m.due)) for m in milestones] == [("年底验收(年底销号)", "2036-12-31")]


def test_a_year_end_word_before_an_ordinary_duty_is_no_reckoning_step() -> None:
    text = (
        "关于某县2035年重点工作的通知\n各乡镇:\n"
        "各乡镇要加强调度、强化督查、年底前完成道路改造。\n某县人民政府办公室\n2035年3月1日\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, str(m.due)) for m in milestones] == [("完成道路改造", "2035-12-31")]
