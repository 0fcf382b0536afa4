"""General rules for the failure classes seen on batch 52's dev part and on the dev split's
plan periods (corpus/unseen/SOURCES.md, "Batch 52"; FAILURES.md "Batch 52"): a number with
leading zeros (an index number's tail) read as a figure (B52-1); a year range dashed with the
horizontal bar ("2031―2033年") not read (B52-2); the years in the name of the work a notice hands
out ("现将《…(2031—2034年)》印发给你们") not read when no title line is (B52-3); a long title
opening on its year ("2031年某区关于…行动方案") not read as that year's plan (B52-4); a plan
report's draft-plan year ("…与2031年计划草案的报告") not read, a horizon of the body taken instead
(B52-6); a span of years before the whole place's work ("2031年—2033年全市完成…", its dash left
as "?" by the copy) not read (B52-7); a body giving its goals to a five-year period ("“十五五”
期间,实现…", "“十五五”…主要指标表") with no title to name it (B52-8).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.numbers import find_quantities


def test_a_number_with_leading_zeros_is_a_serial() -> None:
    """B52-1: "索  引 号: 0000A/2031-00042 分  类: 规划" holds no figure."""
    text = (
        "索  引 号: 11110000X/2031-00042 分  类: 规划\n"
        "青禾县人民政府关于印发青禾县农业发展规划的通知\n"
        "到2033年,全县新建高标准农田5万亩。\n"
    )
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [5]


def test_a_decimal_below_one_is_still_a_figure() -> None:
    """B52-1 guard: "0.5个百分点" and "30个" are figures; only "00042"-like serials are dropped."""
    values = [q.value for q in find_quantities("提高0.5个百分点,新建30个")]
    assert values == [0.5, 30]


def test_a_horizontal_bar_dashes_a_year_range() -> None:
    """B52-2: "三年行动计划(2030―2032年)" (U+2015) runs 2030 to 2032, though signed in its December."""
    text = (
        "青禾县人民政府办公室关于印发《青禾县乡村建设三年行动计划(2030\u20152032年)》的通知\n"
        "各乡镇人民政府:\n现印发给你们,请认真贯彻执行。\n"
        "青禾县人民政府办公室\n2030年12月1日\n"
        "全县新建村道120公里。\n"
    )
    assert extract_text(text, "x.txt").document.period == (2030, 2032)


_HANDED_OUT = (
    "青府办发〔2031〕8号 2031年5月6日\n"
    "各县(市、区)人民政府,市直有关单位:\n"
    "经市政府同意,现将《关于推进林果产业发展的实施意见(2031—2034年)》印发给你们,请认真组织实施。\n"
    "一、发展林果基地,新建果园3万亩。\n"
)


def test_the_years_of_the_work_handed_out_are_the_plan_period() -> None:
    """B52-3: no title line read; "现将《…(2031—2034年)》印发给你们" gives 2031 to 2034."""
    extraction = extract_text(_HANDED_OUT, "x.txt")
    assert extraction.document.period == (2031, 2034)
    assert [t.deadline.year for t in extraction.targets if t.value == 3] == [2034]


def test_a_cited_work_gives_no_period() -> None:
    """B52-3 guard: "根据《某省…意见(2031—2034年)》" cites another work: its years are not taken."""
    text = _HANDED_OUT.replace(
        "现将《关于推进林果产业发展的实施意见(2031—2034年)》印发给你们",
        "根据《某省林果意见(2031—2040年)》制定本意见",
    )
    assert extract_text(text, "x.txt").document.period != (2031, 2040)


_OPENING_YEAR = (
    "当前位置: 首页 > 政策文件\n"
    "2031年青禾区关于深入推进营商环境“一号工程”全力打造区域性标杆城区行动方案\n"
    "发布时间:2031-04-14 16:32:00 来源:\n"
    "为进一步优化提升我区营商环境,制定本方案。\n"
    "全年新增市场主体3000户。\n"
)


def test_a_title_opening_on_its_year_plans_that_year() -> None:
    """B52-4: a long title opening "2031年…行动方案" is the plan of 2031."""
    assert extract_text(_OPENING_YEAR, "x.txt").document.period == (2031, 2031)


def test_a_title_opening_on_a_horizon_is_no_annual_plan() -> None:
    """B52-4 guard: "2031年前…行动方案" opens on a horizon, not on the plan's one year."""
    text = _OPENING_YEAR.replace("2031年青禾区关于", "2035年前青禾区关于")
    assert extract_text(text, "x.txt").document.period != (2035, 2035)


def test_the_draft_plan_year_is_the_period() -> None:
    """B52-6: "…2030年计划执行情况与2031年计划草案的报告" is the plan of 2031, whatever horizon
    the body names."""
    text = (
        "青禾县发展和改革委员会关于印发《青禾县2030年国民经济和社会发展计划执行情况与2031年"
        "计划草案的报告》的通知\n"
        "青禾县发展和改革委员会\n2031年2月17日\n"
        "2031年全县地区生产总值增长6%;到2035年基本实现现代化。\n"
    )
    assert extract_text(text, "x.txt").document.period == (2031, 2031)


def test_a_queried_dash_between_years_spans_the_whole_place_work() -> None:
    """B52-7: "市政府确定2031年?2033年全市完成…" (the dash left as "?") spans 2031 to 2033."""
    text = (
        "各区人民政府,市各有关部门:\n"
        "为加快推进棚户区改造工作,市政府确定2031年?2033年全市完成各类棚户区改造项目5000户。\n"
        "现将目标任务分解如下。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.period == (2031, 2033)


def test_a_span_of_past_years_without_the_whole_place_is_no_period() -> None:
    """B52-7 guard: "2011—2015年间累计完成…" without 全市/我市 after it states no plan span."""
    text = "各区人民政府:\n2011—2015年间累计完成棚户区改造5000户。\n今年新建安置房800套。\n"
    assert extract_text(text, "x.txt").document.period != (2011, 2015)


def test_a_five_year_period_named_for_the_goals_is_the_period() -> None:
    """B52-8: no title; "到2030年,…;“十五五”期间,实现节约能源100万吨" runs 2026 to 2030."""
    text = (
        "(二)主要目标。到2030年,全市单位地区生产总值能耗下降15%;“十五五”期间,实现节约能源"
        "100万吨标准煤。\n"
    )
    assert extract_text(text, "x.txt").document.period == (2026, 2030)


def test_a_five_year_period_looked_back_on_is_no_period() -> None:
    """B52-8 guard: a signed text naming an earlier five-year period ("十四五"期间,累计完成…)
    does not take it for its own."""
    text = (
        "某县人民政府\n2031年3月1日\n“十四五”期间,累计完成造林5万亩,到2025年森林覆盖率达到40%。\n"
        "2031年新增造林1万亩。\n"
    )
    assert extract_text(text, "x.txt").document.period != (2021, 2025)
