"""General rules for the failure classes first seen on batch 49's dev part (corpus/unseen/SOURCES.md,
"Batch 49"; FAILURES.md "Batch 49"): a 目标任务分解表 row whose one cell shares the row's total out
among places ("<indicator>(人) | 1300 | 甲镇280 乙乡15 …") read as two garbled goals (B49-1); a count
in the notice's own headline ("关于2031年实施12项民生实事的通知") read as a goal (B49-2); energy per
output "0.9吨标煤/万元" read in tons (B49-3); a plan whose goals take N years ("力争通过5年创建") and
that writes only the last year of its span ("做好—2035年…工作") left without a period, its goals
undated (B49-4); a run-on schedule's second phase ("…(已完成)。 第二阶段(2031年—2032年):…") not
read as a phase (B49-6); the project such a block serves ("技能培训工程 | 提升劳动者技能") not read as the
block's task (B49-9).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.numbers import find_quantities

_SPLIT_TABLE = (
    "某县人民政府办公室关于下达2031年度民生实事目标任务的通知\n"
    "各乡镇人民政府,县直各部门:\n"
    "现将我县2031年度民生实事目标任务分解下达你们,请认真组织实施。\n"
    "某县人民政府办公室\n"
    "2031年3月2日\n"
    "附件\n"
    "某县2031年度民生实事目标任务分解表\n"
    "项目 | 目标 | 分解情况 | 责任单位 |\n"
    "技能培训工程 | 提升劳动者技能 | 职业技能培训人数(人次) | 600 | 东坪镇200 西岭乡150 南溪镇"
    "100 北山街道办150 | 县人社局 |\n"
    "农民工培训人数(人次) | 90 | 东坪镇30 西岭乡20 南溪镇20 北山街道办20 |\n"
)


def test_a_cell_sharing_a_rows_total_out_gives_one_goal_per_place() -> None:
    """B49-1: the total is one goal; each "<place><figure>" of the cell is one with the place."""
    targets = extract_text(_SPLIT_TABLE, "x.txt").targets
    shares = {(t.subject, t.district): t.value for t in targets}
    assert shares[("职业技能培训人数", None)] == 600
    assert shares[("职业技能培训人数", "东坪镇")] == 200
    assert shares[("职业技能培训人数", "北山街道办")] == 150
    assert shares[("农民工培训人数", "西岭乡")] == 20
    assert len(targets) == 10
    assert {t.unit for t in targets} == {"人次"}
    assert {t.deadline for t in targets} == {date(2031, 12, 31)}


def test_a_row_continuing_the_block_keeps_the_merged_unit_cell() -> None:
    """B49-1: a row without a unit cell of its own is answered by the unit of the row above."""
    targets = extract_text(_SPLIT_TABLE, "x.txt").targets
    assert all(t.lead_units == ["县人社局"] for t in targets)


def test_a_cell_of_two_places_is_no_split() -> None:
    """B49-1 guard: two "<place><figure>" items are no allocation cell (three at least)."""
    text = _SPLIT_TABLE.replace(" 南溪镇100 北山街道办150", "").replace(
        " 南溪镇20 北山街道办20", ""
    )
    targets = extract_text(text, "x.txt").targets
    assert not any(t.district == "东坪镇" for t in targets)


_HEADLINE_PAGE = (
    "名称: 【惠民生】某市民生工作领导小组办公室关于2031年实施12项民生实事的通知 文号:\n"
    "发布日期: 2031-03-01\n"
    "各县(市、区)人民政府,市直有关单位:\n"
    "经市政府同意,2031年我市实施12项民生实事,具体安排如下。\n"
    "1.新增城镇就业2万人。(牵头单位:市人社局)\n"
    "2.新建城市书房8个。(牵头单位:市文旅局)\n"
)


def test_a_count_in_the_notices_own_headline_is_no_goal() -> None:
    """B49-2: "关于…实施12项民生实事的通知" names what the notice lists, it sets no goal."""
    targets = extract_text(_HEADLINE_PAGE, "x.txt").targets
    assert {t.value for t in targets} == {2, 8}


def test_a_headline_like_sentence_in_the_body_still_gives_its_goal() -> None:
    """B49-2 guard: a body sentence with a full stop is no headline, its figure is a goal."""
    text = (
        _HEADLINE_PAGE
        + "3.根据关于2031年新建农贸市场的通知精神,新建农贸市场5个。(牵头单位:市商务局)\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert 5 in {t.value for t in targets}


def test_energy_per_output_keeps_its_unit() -> None:
    """B49-3: "0.9吨标煤/万元" counts tons of coal equivalent per 万元, not tons."""
    assert [(q.value, q.unit) for q in find_quantities("单位能耗保持在0.9吨标煤/万元以下")] == [
        (0.9, "吨标煤/万元")
    ]
    assert [(q.value, q.unit) for q in find_quantities("节约能源10万吨标准煤")] == [
        (10, "万吨标准煤")
    ]


_LOST_START = (
    "某县国家级生态县创建工作方案\n"
    "为切实做好—2035年国家级生态县创建工作,经县委、县政府研究,特制定如下工作方案。\n"
    "二、工作目标\n"
    "力争通过5年创建,单位地区生产总值能耗保持在0.5吨标煤/万元以下,公众对环境的满意率达95%以上。\n"
)


def test_a_span_whose_first_year_was_lost_runs_the_stated_years() -> None:
    """B49-4: "做好—2035年…" with "通过5年创建": the plan runs 2031–2035, its goals due 2035."""
    assert extract_metadata("x.txt", _LOST_START).period == (2031, 2035)
    targets = extract_text(_LOST_START, "x.txt").targets
    assert {t.deadline for t in targets} == {date(2035, 12, 31)}


def test_a_duration_without_an_end_year_gives_no_period() -> None:
    """B49-4 guard: "通过5年创建" alone, no span's last year written: no period is made up."""
    text = _LOST_START.replace("做好—2035年", "做好")
    assert extract_metadata("x.txt", text).period is None


def test_a_run_on_schedules_later_phase_is_read() -> None:
    """B49-6: a phase label after the full stop of the phase before opens a phase of its own."""
    text = (
        "某市生态文明建设推进方案\n"
        "某市生态环境保护委员会 2031年3月1日\n"
        "一、工作目标 力争到2033年创建省级生态文明建设示范市。 二、实施步骤 第一阶段(2031年—2032年):"
        "编制某市生态文明建设规划,提请市人大常委会审议通过并发布。 第二阶段(2033年—2034年):组织"
        "开展示范创建,迎接省级考核验收。 第三阶段(2035年):巩固提升创建成果,申报国家级生态文明建设"
        "示范市,全面总结创建工作经验做法并推广。\n"
    )
    phases = {
        (m.start, m.due) for m in extract_text(text, "x.txt").milestones if m.start is not None
    }
    assert (date(2031, 1, 1), date(2032, 12, 31)) in phases
    assert (date(2033, 1, 1), date(2034, 12, 31)) in phases


def test_the_project_an_allocation_block_serves_is_its_task() -> None:
    """B49-9: the cells before the indicator name the project, a task of the row's units (a
    table whose leader and person columns keep it from being read as a task table)."""
    text = _SPLIT_TABLE.replace(
        "项目 | 目标 | 分解情况 | 责任单位 |",
        "项目 | 目标 | 分解情况 | 责任领导 | 责任单位 | 责任人 |",
    ).replace("| 县人社局 |", "| 张三 | 县人社局 | 李四 |")
    tasks = extract_text(text, "x.txt").tasks
    assert [(t.title, t.lead_units) for t in tasks] == [
        ("技能培训工程:提升劳动者技能", ["县人社局"])
    ]
