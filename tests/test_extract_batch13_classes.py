"""General rules for the failure classes first seen on batch 13's dev part (corpus/unseen/FAILURES.md,
"Batch 13"): comparison years and their levels, 万 with a measure word, one comparison shared by
several indicators.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.comparisons import compared_subjects, is_compared_figure
from policybot.knowledge.extract.numbers import find_quantities

_SAVING = (
    "某市节能工作方案\n"
    "(二)主要目标。到2045年,全市单位产值能耗下降到0.7吨标准煤(按2040年价格计算),"
    "比2040年的0.9吨标准煤降低22%,比2035年的1.1吨标准煤降低36.4%。2045年,全市废水和废渣"
    "排放总量分别控制在8.2万吨、0.5万吨以内,比2040年的9.3万吨、0.62万吨分别减少11.8%、19.4%。\n"
)


def _targets(text: str) -> set[tuple[float, str | None, str | None]]:
    return {
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    }


def test_the_level_of_a_comparison_year_is_no_target() -> None:
    """B13-1: "比2040年的9.3万吨、0.62万吨分别减少…": the figures compared with are no goals."""
    found = _targets(_SAVING)
    assert not any(value in (0.9, 1.1, 9.3, 0.62) for value, _, _ in found)
    for goal in ((0.7, "吨标准煤"), (8.2, "万吨"), (0.5, "万吨"), (11.8, "%"), (19.4, "%")):
        assert (*goal, "2045-12-31") in found


def test_a_price_base_year_is_no_deadline() -> None:
    """B13-2: "(按2040年价格计算)" before "比…降低22%": the change is due at the lead's 2045."""
    found = _targets(_SAVING)
    assert (22, "%", "2045-12-31") in found
    assert (36.4, "%", "2045-12-31") in found
    assert not any(deadline == "2040-12-31" for _, _, deadline in found)


def test_is_compared_figure_reads_only_the_figures_after_a_comparison() -> None:
    assert is_compared_figure("比2040年的")
    assert is_compared_figure("比 2040 年 的 132.4 万 吨、")
    assert is_compared_figure("较2040年末的3.5万吨、")
    assert not is_compared_figure("到2045年,全市排放总量控制在")
    assert not is_compared_figure("比2040年")  # "比2040年下降20%": the change itself is the goal


def test_ten_thousands_with_a_measure_word_are_one_unit() -> None:
    """B13-3: "充电桩6万根", "棚户区40万套": the unit is 万根/万套, nothing stray after it."""
    assert [(q.value, q.unit) for q in find_quantities("新增充电桩6万根")] == [(6, "万根")]
    assert [(q.value, q.unit) for q in find_quantities("改造棚户区40万套左右")] == [(40, "万套")]
    assert [(q.value, q.unit) for q in find_quantities("种植苗木3亿棵")] == [(3, "亿棵")]
    # longer units still win, 万元 and 万平方米 stay as they are
    assert [(q.value, q.unit) for q in find_quantities("投入30万元建成3万平方米")] == [
        (30, "万元"),
        (3, "万平方米"),
    ]
    text = "某市补短板方案\n到2046年底,新增公共充电桩6万根,改造老旧小区2万套。\n"
    found = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert found == {(6, "万根"), (2, "万套")}
    subjects = {t.subject for t in extract_text(text, "x.txt").targets}
    assert "新增公共充电桩" in subjects  # no stray 根 after the subject


def test_one_comparison_shared_by_several_indicators_is_one_target_each() -> None:
    """B13-4: "A用水量、B用水量比2040年降低20%": two goals of 20 %."""
    text = "某市节水方案\n到2045年,单位产值用水量、单位工业增加值用水量比2040年降低20%。\n"
    found = [(t.value, t.subject) for t in extract_text(text, "x.txt").targets]
    assert sorted(found) == [
        (20, "单位产值用水量比2040年降低"),
        (20, "单位工业增加值用水量比2040年降低"),
    ]


def test_compared_subjects_needs_a_list_and_a_single_change() -> None:
    assert compared_subjects("废水量、废渣量比2040年累计下降17%") == [
        "废水量比2040年下降",
        "废渣量比2040年下降",
    ]
    assert (
        compared_subjects("单位产值能耗比2040年下降17%") is None
    )  # one indicator: nothing to split
    # 分别 with one number each is not one shared change
    assert compared_subjects("废水量、废渣量分别比2040年下降17%、12%") is None


def test_parallel_settled_states_after_a_lead_date_are_one_milestone_each() -> None:
    """B13-5: "到2048年底,A基本解决,B基本完善,C基本消除。" - three dated states."""
    text = (
        "某省补短板实施意见\n"
        "到2047年底,新建公路800公里。到2048年底,城乡供水主要问题基本解决,"
        "电网配送网络基本完善,农村道路“最后一公里”现象基本消除。\n"
    )
    found = {(m.title, str(m.due)) for m in extract_text(text, "x.txt").milestones}
    assert ("城乡供水主要问题基本解决", "2048-12-31") in found
    assert ("电网配送网络基本完善", "2048-12-31") in found
    assert ("农村道路“最后一公里”现象基本消除", "2048-12-31") in found


def test_a_further_clause_after_an_event_that_is_no_settled_state_stays_out() -> None:
    """B13-5 (limit): the further clauses count only after an event that is itself a state."""
    text = "某市水环境方案\n到2049年,力争湖区水生态功能逐步恢复,生态系统基本实现良性循环。\n"
    titles = {m.title for m in extract_text(text, "x.txt").milestones}
    assert "生态系统基本实现良性循环" not in titles


def test_a_yearly_pledge_is_a_recurring_duty() -> None:
    """B13-6: "按年度签订责任书" is done every year; "按年度计划推进" is not a duty of its own."""
    text = (
        "某市节能方案\n"
        "(三)合理分解指标。到2046年完成节能200万吨标准煤。"
        "各县(市)区要将指标层层分解落实,按年度签订责任书。\n"
    )
    duties = {(r.title, r.every) for r in extract_text(text, "x.txt").recurring}
    assert ("签订责任书", "year") in duties
    planned = "某市建设方案\n到2046年建成公园10个。各区要按年度计划推进建设。\n"
    assert not extract_text(planned, "x.txt").recurring


def test_a_share_of_members_passing_a_threshold_is_the_goal() -> None:
    """Open class of b11_04: "实现20%的村集体年收入超30万元" - 20 % is the goal, 30万元 only the bar."""
    text = "某县2046年工作安排\n2046年,力争实现25%的村集体年收入超40万元,新建村级服务站12个。\n"
    found = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert (25, "%") in found
    assert (40, "万元") not in found
    assert (12, "个") in found
    # the number before 的 still defines members where it is no share: "营收超10亿元的企业5家"
    members = "某市工业方案\n到2046年,培育营收超10亿元的企业5家。\n"
    found = {(t.value, t.unit) for t in extract_text(members, "x.txt").targets}
    assert found == {(5, "家")}


def test_a_heading_over_the_years_work_is_no_milestone() -> None:
    """ "2046年主要工作安排" names the year's work; a dated step under it is a milestone."""
    text = (
        "某县政府工作报告\n2046年主要工作安排\n"
        "到2046年底,建成公园10个。2046年6月底前完成老旧小区改造方案。\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, str(m.due)) for m in milestones] == [("完成老旧小区改造方案", "2046-06-30")]


def test_a_department_charged_with_setting_what_is_left_open_is_a_unit() -> None:
    """B13-8: "控制指标由市环保局根据…研究报市政府批准后另行下达" names a responsible unit."""
    text = (
        "某市节能方案\n到2046年,全市节约能源500万吨标准煤。排放总量控制指标由市生态局根据国家、"
        "省的有关规定研究报市政府批准后另行下达。\n"
    )
    assert "市生态局" in extract_text(text, "x.txt").units
    plain = "某市节能方案\n到2046年,全市节约能源500万吨标准煤。有关指标由市生态局研究提出。\n"
    assert "市生态局" not in extract_text(plain, "x.txt").units
