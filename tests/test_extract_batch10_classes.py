"""General rules for the failure classes first seen on batch 10 (corpus/unseen/FAILURES.md, "Batch 10
fresh").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata

# --- targets -----------------------------------------------------------------------------------


def test_a_goal_column_before_the_unit_column_gives_one_target_per_row() -> None:
    text = (
        "某某区人民政府办公室关于印发2031年区政府工作报告目标任务的通知\n"
        "各街道办事处,区级各部门:\n现将目标任务分解表印发给你们。\n"
        "某某区人民政府办公室\n2031年1月9日\n"
        "附件\n2031年区政府工作报告预期目标分解表\n"
        "序号\n2031年预期目标\n责任单位\n"
        "1\n地区生产总值增长6.5%左右\n区发展改革委\n"
        "2\n出口总额增长4%以上\n区商务委\n"
        "3\n空气质量完成年度目标任务\n区生态环境局\n"
    )
    result = extract_text(text, "x.txt")
    found = {
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None, tuple(t.lead_units))
        for t in result.targets
    }
    assert found == {
        (6.5, "%", "2031-12-31", ("区发展改革委",)),
        (4, "%", "2031-12-31", ("区商务委",)),
    }
    # The row without a number stays a task of its unit.
    assert [(task.title, task.lead_units) for task in result.tasks] == [
        ("空气质量完成年度目标任务", ["区生态环境局"])
    ]


def test_a_paragraph_opened_by_a_year_to_reach_dates_its_later_sentences() -> None:
    text = (
        "某市关于加强科学研究的实施办法\n一、总体要求\n"
        "到2031年,基本建成创新型城市,科技竞争力全国领先。全社会研发投入占GDP比重达4.5%,"
        "新兴产业增加值占GDP比重达41%。\n"
        "到2035年,基本建成科技创新中心。全社会研发投入占GDP比重达5%。\n"
    )
    found = {
        (t.value, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    }
    assert found == {(4.5, "2031-12-31"), (41, "2031-12-31"), (5, "2035-12-31")}


def test_a_past_year_opening_a_paragraph_dates_nothing_after_its_first_sentence() -> None:
    text = (
        "某市2032年工作计划\n"
        "2031年,全市新增企业120家。全年新增就业3万人。\n"
        "2032年,全市新增企业150家。\n"
    )
    jobs = [t for t in extract_text(text, "x.txt").targets if t.value == 3]
    assert jobs and all(t.deadline is None or t.deadline.year != 2031 for t in jobs)


def test_a_publicity_period_counted_from_a_day_is_no_target() -> None:
    text = (
        "关于某区2031年度高新技术企业拟兑付奖励资金的公示\n"
        "以上资金接受社会监督,公示期为自公示之日起7个工作日。\n"
        "到2032年,全区高新技术企业达到300家。\n"
    )
    assert _values(text) == {(300, "家")}


def test_the_total_of_the_documents_own_task_list_is_no_target() -> None:
    text = "某省2031年重点工作任务共156项。其中包括:新增高速公路通车里程150公里以上。\n"
    assert _values(text) == {(150, "公里")}


def _values(text: str) -> set[tuple[float, str | None]]:
    return {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}


# --- rewards, units and conditions of a notice that publishes a total -------------------------

_TOTAL_NOTICE = (
    "关于2031年度某市区专精特新企业拟兑付奖励资金的公示\n"
    "甲区经信局、乙区经信局:\n"
    "根据有关文件精神,经审核研究,拟下达2031年某市区专精特新企业奖励(拟先期兑付60%,"
    "待年度评价结果公布后再次兑付剩余资金),总金额1500万元,其中市财政资金600万元,"
    "区财政资金900万元。\n"
    "公示期为自公示之日起5个工作日。有异议的,应当在公示期内书面向市经信局提出。\n"
    "某市经济和信息化局\n2032年3月2日\n"
)


def test_a_class_of_recipients_with_only_a_total_is_one_reward_without_a_sum_each() -> None:
    rewards = extract_text(_TOTAL_NOTICE, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan, r.treatment) for r in rewards] == [
        ("2031年某市区专精特新企业", None, "共1500万元")
    ]


def test_the_office_objections_go_to_is_a_unit() -> None:
    assert "市经信局" in extract_text(_TOTAL_NOTICE, "x.txt").units


def test_a_first_share_and_the_governments_shares_are_two_conditions_of_one_sentence() -> None:
    conditions = extract_text(_TOTAL_NOTICE, "x.txt").conditions
    texts = [c.text for c in conditions if c.kind == "other"]
    assert any("先期兑付60%" in text for text in texts)
    assert any("市财政资金600万元" in text and "区财政资金900万元" in text for text in texts)
    assert len(texts) == 2


# --- milestones from the plan's year -----------------------------------------------------------


def test_projects_to_open_in_a_one_year_plan_are_year_end_milestones() -> None:
    text = (
        "某省2031年重点工作任务\n"
        "2031年全省重点工作任务如下。其中包括:甲市轨道交通2号线一期工程建成运营、乙县机场投入运营,"
        "丙丁高速公路建成通车,新增高速公路通车里程150公里以上。力争开工建设戊己铁路。\n"
    )
    found = {
        (m.title, m.due.isoformat() if m.due else None)
        for m in extract_text(text, "x.txt").milestones
    }
    assert {
        ("甲市轨道交通2号线一期工程建成运营", "2031-12-31"),
        ("乙县机场投入运营", "2031-12-31"),
        ("丙丁高速公路建成通车", "2031-12-31"),
        ("开工建设戊己铁路", "2031-12-31"),
    } <= found
    assert not any("150" in title for title, _ in found)


def test_a_project_step_in_a_plan_of_several_years_is_no_milestone_without_a_date() -> None:
    text = (
        "某市2031—2035年交通发展规划\n"
        "推进重点项目:甲市轨道交通2号线一期工程建成运营、乙县机场投入运营。\n"
        "到2035年,全市高速公路通车里程达到800公里。\n"
    )
    assert extract_text(text, "x.txt").milestones == []


# --- units of a target -------------------------------------------------------------------------


def test_ten_thousands_followed_by_people_count_people() -> None:
    text = "某省2031年工作计划\n2031年,全省50万以上农村人口脱贫,城镇新增就业20万人。\n"
    assert _values(text) == {(50, "万人"), (20, "万人")}


def test_batches_per_thousand_people_is_one_rate_unit() -> None:
    text = "某县市场监管实施方案\n到2032年,食品检验量达6批次/千人以上,全年抽检食品2000批次。\n"
    assert _values(text) == {(6, "批次/千人"), (2000, "批次")}


def test_a_year_that_scopes_the_plans_contents_dates_no_event() -> None:
    text = (
        "某省政府分解下达2031年全省经济社会发展主要指标和重点工作任务\n"
        "《政府工作报告》对2031年全省经济社会发展作出的安排部署,必须不折不扣抓好落实。"
        "各牵头部门要于1月底前完成各项目标任务的细化分解。\n"
        "2031年全省生产总值增长6%左右。\n"
    )
    titles = [m.title for m in extract_text(text, "x.txt").milestones]
    assert titles == ["完成各项目标任务的细化分解"]


# --- metadata ----------------------------------------------------------------------------------


def test_a_signing_date_that_lost_its_year_and_month_marks_is_read_back_from_the_page_date() -> (
    None
):
    text = (
        "某区人民政府办公室关于印发2031年区政府工作报告目标任务的通知\n"
        "发布日期:2031-01-21\n"
        "各街道办事处,区级各部门:\n现将目标任务印发给你们,请认真贯彻落实。\n"
        "某区人民政府办公室\n"
        "2031121日\n"
        "(此件公开发布)\n"
    )
    assert extract_metadata("x.txt", text).issued == date(2031, 1, 21)


def test_a_launch_from_a_year_on_is_due_that_year() -> None:
    text = (
        "某省深化预算管理制度改革实施意见\n"
        "从2032年开始,全面启动预算管理制度改革。2033年在预算管理改革上取得决定性进展。\n"
        "从2032年起,推进绩效评价工作。\n"
    )
    found = {
        (m.title, m.start.isoformat() if m.start else None, m.due.isoformat() if m.due else None)
        for m in extract_text(text, "x.txt").milestones
    }
    assert ("启动预算管理制度改革", None, "2032-12-31") in found
    assert not any(title == "推进绩效评价工作" and due for title, _, due in found)
