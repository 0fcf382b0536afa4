"""General rules for the failure classes first seen on batch 43's dev part (corpus/unseen/SOURCES.md,
"Batch 43"; FAILURES.md "Batch 43"): a notice describing its own parts ("分为十二部分,共171项。内容包括:
一是…,10项") read as goals (B43-1); the sentence saying where a plan applies ("实施范围为某镇行政辖区(…7个
村委会),总面积为104平方公里") read as goals (B43-2); a numbered step with its span of days ("第一步:
…4月1日--4月10日,申报…") not read as a phase (B43-3); a firm's registration, tax and statistics
relation that must be in the zone, and a fund "实行预算管理和总量控制", not read as conditions (B43-4); a
date the nation's deployment set ("按照国家统一部署,自2031年起…启动试点") read as the plan's own step
(B43-5); a joint issuance of the party committee's and the government's offices written without a
break read as the place "办公厅某省" (B43-6); a town's doc-number prefix read as a county sharing its
first character (B43-7); a reward whose size criterion stands in a clause of its own ("对新入区供地项目,
投资总额在1亿元以上,…给予…5%的投资补助,最高不超过2000万元") not read, and low costs among a
project's qualities splitting it into several recipients (B43-8).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import region_from_doc_number, region_of


def test_the_item_counts_of_a_documents_own_parts_are_no_goals() -> None:
    """B43-1: the total of a 分解意见's items and each part's count are its structure."""
    text = (
        "甲市人民政府办公厅关于印发2031年重点工作任务分解意见的通知\n\n"
        "说明\n1.分解意见按照报告的结构分为四部分,共52项。内容包括:一是主要发展指标,8项。"
        "二是着力提升产业水平,加快建设制造业强市,15项。三是着力优化营商环境,20项。"
        "四是切实加强政府自身建设,9项。\n\n甲市人民政府办公厅\n2031年3月2日\n"
    )
    assert extract_text(text, "x.txt").targets == []


def test_a_part_that_sets_a_count_of_items_is_still_a_goal() -> None:
    """B43-1 guard: "完成重点改革事项20项" in a goal sentence is a goal."""
    text = (
        "甲市2031年改革工作要点\n\n一、工作目标\n一是深化重点领域改革,全年完成重点改革事项20项,"
        "推动改革取得实效。\n\n甲市人民政府\n2031年3月2日\n"
    )
    assert [t.value for t in extract_text(text, "x.txt").targets] == [20]


def test_the_place_a_plan_applies_to_is_described_not_set_as_goals() -> None:
    """B43-2: the counts and the area of the plan's scope are no goals."""
    text = (
        "乙镇人民政府关于创建生态示范镇的实施方案\n\n二、工作目标\n(一)实施范围。\n"
        "本方案的实施范围为乙镇行政辖区(辖区内有东村、西村、南村等9个村委会),总面积为86平方公里。\n"
        "(二)到2032年,全镇新建污水处理站3座。\n\n乙镇人民政府\n2031年4月1日\n"
    )
    assert [(t.value, t.unit) for t in extract_text(text, "x.txt").targets] == [(3, "座")]


def test_a_numbered_step_with_its_span_of_days_is_a_phase() -> None:
    """B43-3: "第一步:2031年4月1日--4月10日,申报…" is due on the second day, from the first."""
    text = (
        "丙县创建卫生县城实施方案\n\n三、实施步骤\n"
        "第一步:2031年4月1日--4月10日,申报省级卫生县城。\n"
        "第二步:2031年5月1日至8月31日,集中整治城乡环境。\n\n丙县人民政府\n2031年3月20日\n"
    )
    phases = {(m.start, m.due) for m in extract_text(text, "x.txt").milestones}
    assert (date(2031, 4, 1), date(2031, 4, 10)) in phases
    assert (date(2031, 5, 1), date(2031, 8, 31)) in phases


def test_where_a_supported_firms_relations_must_be_and_a_capped_fund_are_conditions() -> None:
    """B43-4: "工商、税务、统计关系均需在…" is a scope, "专项资金…实行预算管理和总量控制" a cap."""
    text = (
        "丁市高新区支持产业发展若干政策\n一、资金安排和扶持范围\n"
        "1.设立“产业发展专项资金”,实行预算管理和总量控制。\n"
        "2.本政策支持的企业,工商、税务、统计关系均需在丁市高新区。\n"
        "二、扶持政策\n3.对新认定的国家级企业技术中心,给予一次性奖励50万元。\n"
    )
    kinds = sorted(c.kind for c in extract_text(text, "x.txt").conditions)
    assert kinds == ["overall_cap", "scope"]


def test_a_total_control_of_emissions_is_no_reward_condition() -> None:
    """B43-4 guard: "主要污染物排放实行总量控制" caps emissions, not a fund."""
    text = (
        "戊市节能减排奖励办法\n一、对主要污染物排放实行总量控制。\n"
        "二、对新认定的国家级绿色工厂,给予一次性奖励30万元。\n"
    )
    assert [c.kind for c in extract_text(text, "x.txt").conditions] == []


def test_a_date_the_nations_deployment_set_is_not_the_plans_step() -> None:
    """B43-5: "按照国家统一部署,自2031年起在东北启动…试点" names the nation's step."""
    text = (
        "己省大豆价格改革试点工作实施方案\n\n"
        "按照国家统一部署,自2031年起在东北启动大豆价格改革试点。我省作为试点省份之一,制定本方案。\n"
        "一、2031年6月底前,完成全省大豆种植面积核实。\n"
    )
    dues = [m.due for m in extract_text(text, "x.txt").milestones]
    assert dues == [date(2031, 6, 30)]


def test_the_plans_own_step_after_a_deployment_is_kept() -> None:
    """B43-5 guard: "按照国家部署,我省要在2031年底前完成评估" is the plan's own step."""
    text = "庚省试点工作实施方案\n\n一、按照国家部署,我省要在2031年底前完成试点评估。\n"
    dues = [m.due for m in extract_text(text, "x.txt").milestones]
    assert dues == [date(2031, 12, 31)]


def test_a_joint_issuance_of_two_offices_is_the_governments_place() -> None:
    """B43-6: "中共某省委办公厅某省人民政府办公厅" (no break) is the province's."""
    assert region_of("中共辽宁省委办公厅辽宁省人民政府办公厅") == "辽宁省"
    assert region_of("中共辽宁省委办公室 辽宁省人民政府办公室") == "辽宁省"
    assert region_of("中共辽宁省委辽宁省人民政府") == "辽宁省"


def test_a_towns_doc_number_prefix_is_the_town() -> None:
    """B43-7: "吕发〔2031〕5号" under "中共吕巷镇委员会 吕巷镇人民政府" is the town's, not 吕梁市's
    (the town table places 吕巷镇 in one county)."""
    text = (
        "文件名称 中共吕巷镇委员会 吕巷镇人民政府关于创建生态示范镇实施方案\n"
        "文号 吕发〔2031〕5 号 成文日期: 2031年04月25日\n\n"
        "各村党支部、村委会:\n现制定如下方案。\n"
        "一、第一步:2031年5月1日--5月10日,申报生态示范镇。\n"
    )
    assert extract_text(text, "x.txt").document.region == "吕巷镇"


def test_a_town_the_notice_only_names_does_not_take_the_prefix() -> None:
    """B43-7 guard: a text naming 吕巷镇 that the town does not issue leaves the prefix "吕" to
    the ordinary reading; the town must issue the document ("吕巷镇人民政府", "中共吕巷镇委员会")."""
    text = (
        "关于表彰先进乡镇的决定\n吕发〔2031〕5号\n各乡镇:\n吕巷镇等3个乡镇工作突出,予以通报表彰。\n"
    )
    assert region_from_doc_number("吕发〔2031〕5号", text) != "吕巷镇"


def test_a_size_criterion_in_its_own_clause_still_names_the_rewarded() -> None:
    """B43-8: the criterion after a comma is part of who is paid; low costs are qualities."""
    text = (
        "壬市高新区支持产业发展若干政策\n二、扶持政策\n"
        "6.对科技含量高、经济效益好、资源消耗低、环境污染少的新入区项目,投资总额在1亿元以上,"
        "按照双向约束原则,给予企业固定资产投资额5%的投资补助,最高不超过2000万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.amount_yuan, r.is_cap) for r in rewards] == [(20000000, True)]
    assert "投资总额在1亿元以上" in rewards[0].achievement
