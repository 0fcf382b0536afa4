"""General rules of round 25 (corpus/unseen/FAILURES.md, "Round 25"): a plan's period named in
other title forms ("“十五五”…工作方案", "2031年到2035年…", "2031年…工作意见"), a list lead's year
("到2031年,实现以下目标:") dating the items listed below it, and a goal heading's own year
("(一)近期目标(2031年)。…") dating the sentences after it.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text


def _deadlines(text: str) -> dict[float, date | None]:
    return {t.value: t.deadline for t in extract_text(text, "x.txt").targets}


def _period(text: str) -> tuple[int, int] | None:
    return extract_text(text, "x.txt").document.period


_GOALS = "\n一、主要目标\n全县新建村级道路120公里,改造农村危房300户。\n"


def test_a_five_year_period_names_a_work_plan_too() -> None:
    """ "某县“十五五”节能降碳综合工作方案": the plan runs over the five-year period."""
    assert _period("某县“十五五”节能降碳综合工作方案" + _GOALS) == (2026, 2030)
    assert _deadlines("某县十五五乡村振兴行动计划" + _GOALS) == {
        120.0: date(2030, 12, 31),
        300.0: date(2030, 12, 31),
    }


def test_a_title_range_joined_by_dao_is_the_period() -> None:
    """ "某县2031年到2035年…实施方案": the years the plan runs over, not one annual plan."""
    assert _period("某县2031年到2035年农村道路建设实施方案" + _GOALS) == (2031, 2035)


def test_a_years_work_opinion_is_that_years_plan() -> None:
    """ "关于印发某县2031年农业农村工作意见的通知": one year's plan (no signing date read)."""
    text = "关于印发某县2031年农业农村工作意见的通知" + _GOALS
    assert _period(text) == (2031, 2031)
    assert set(_deadlines(text).values()) == {date(2031, 12, 31)}


def test_a_horizon_in_the_title_is_no_annual_plan() -> None:
    """ "某县到2035年发展目标" states a horizon, not the plan of one year."""
    assert _period("某县到2035年农业发展目标" + _GOALS) != (2035, 2035)


_PLAN = "某县农业农村现代化规划(2031—2035年)\n二、主要目标\n"
_SIGNED = "三、保障措施\n加强组织领导。\n某县人民政府\n2031年3月5日\n"


def test_a_list_leads_year_dates_the_numbered_items_below_it() -> None:
    """ "到2033年,实现以下目标:" then "1.…" "2.…": the items are due in 2033, not at the
    plan's end; the lead itself is no milestone; a later heading closes the list."""
    text = (
        _PLAN + "到2033年,实现以下目标:\n1.全县新建村级道路120公里。\n2.改造农村危房300户。\n"
        "(一)建设高标准农田5万亩。\n" + _SIGNED
    )
    found = _deadlines(text)
    assert found[120.0] == date(2033, 12, 31)
    assert found[300.0] == date(2033, 12, 31)
    assert found[5.0] == date(2035, 12, 31)
    titles = [m.title for m in extract_text(text, "x.txt").milestones]
    assert not any("以下" in title for title in titles)


def test_a_list_leads_year_dates_plain_lines_below_it() -> None:
    text = (
        _PLAN
        + "到2033年底前,要达到以下目标:\n全县新建村级道路120公里。\n改造农村危房300户。\n"
        + _SIGNED
    )
    assert set(_deadlines(text).values()) == {date(2033, 12, 31)}


def test_a_goal_headings_year_dates_its_own_later_sentences() -> None:
    """ "(一)近期目标(2032年)。全县新建…": the heading's year dates the goals after it in the
    same paragraph."""
    text = (
        _PLAN + "(一)近期目标(2032年)。全县新建村级道路120公里,改造农村危房300户。\n"
        "(二)远期目标(2035年)。全县新建村级道路260公里。\n" + _SIGNED
    )
    found = _deadlines(text)
    assert found[120.0] == date(2032, 12, 31)
    assert found[300.0] == date(2032, 12, 31)
    assert found[260.0] == date(2035, 12, 31)


def _rewards(text: str) -> list[tuple[str, float | None]]:
    return [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]


_RULES = "某县品牌建设奖励办法\n第一条 为推动品牌建设,制定本办法。\n"


def test_a_higher_tier_after_a_comma_with_a_further_sum_is_its_own_reward() -> None:
    """ "…的,奖励8万元,认定为国家级…的,另奖励40万元": two rewards (the second was lost)."""
    text = (
        _RULES + "第二条 对新认定为省级工程研究中心的,奖励8万元,认定为国家级工程研究中心的,"
        "另奖励40万元。\n"
    )
    found = _rewards(text)
    assert [amount for _, amount in found] == [80000, 400000]
    assert "国家级工程研究中心" in found[1][0]


def test_an_achievement_pointing_at_the_list_below_is_no_reward() -> None:
    """ "对获得以下荣誉的企业给予奖励:" then the items with sums: only the items are rewards."""
    text = (
        _RULES + "第二条 对获得以下荣誉的企业给予奖励:\n(一)中国质量奖,奖励80万元;\n"
        "(二)省政府质量奖,奖励20万元。\n"
    )
    assert [amount for _, amount in _rewards(text)] == [800000, 200000]


def test_the_criteria_listed_under_a_conditions_lead_are_no_targets() -> None:
    """ "对符合下列条件之一的企业,给予资金扶持:" then "(一)年纳税额超过800万元;…": who qualifies,
    not goals; a later article's goal is still read."""
    text = (
        _RULES + "第二条 对符合下列条件之一的企业,给予资金扶持:\n(一)年纳税额超过800万元;\n"
        "(二)年产值超过3亿元。\n第三条 全县新建标准厂房12万平方米。\n"
    )
    values = [t.value for t in extract_text(text, "x.txt").targets]
    assert values == [12.0]


def test_words_of_plans_that_are_county_short_names_place_no_document() -> None:
    """ "全县每年新建农村公路…累计新建…" speaks as a county and says 新建 twice: the verb, not
    新建区; "合作社" twice is no 合作市."""
    built = (
        "某县推进农村公路建设实施方案\n一、工作目标\n全县每年新建农村公路90公里,累计新建270公里。\n"
    )
    assert extract_text(built, "x.txt").document.region is None
    shared = "某县推进农业发展实施方案\n一、工作目标\n全县新增农民专业合作社30家,合作社成员收入增长10%。\n"
    assert extract_text(shared, "x.txt").document.region is None


def test_a_span_of_years_counted_from_a_start_year_in_other_words() -> None:
    """ "从2031年开始,力争通过三年努力,…" ends 2033 (as "2031年起3年内" does)."""
    text = (
        "某县推进农村公路建设实施方案\n一、工作目标\n"
        "从2031年开始,力争通过三年努力,全县新建农村公路420公里。\n"
    )
    assert _deadlines(text) == {420.0: date(2033, 12, 31)}


_NOTICE = "某县人民政府办公室关于印发某县2031年重点工作任务分解方案的通知\n某政办发〔2031〕5号\n"
_NOTICE_END = "某县人民政府办公室\n2031年2月1日\n"


def _tasks(text: str) -> list[tuple[str, list[str], list[str], date | None]]:
    return [
        (t.title, t.lead_units, t.support_units, t.due) for t in extract_text(text, "x.txt").tasks
    ]


def test_a_line_naming_only_units_below_an_item_is_its_note() -> None:
    """ "一、推进…" then "县水利局牵头负责,各乡镇人民政府具体落实。": the item is a task with those
    units (nothing was read before, and the notice was refused)."""
    text = (
        _NOTICE + "一、推进河道清淤整治\n县水利局牵头负责,各乡镇人民政府具体落实。\n"
        "二、做好粮食收储工作\n由县粮食局负责。\n" + _NOTICE_END
    )
    assert _tasks(text) == [
        ("推进河道清淤整治", ["县水利局"], ["各乡镇人民政府"], None),
        ("做好粮食收储工作", ["县粮食局"], [], None),
    ]


def test_a_leader_and_a_time_limit_among_note_lines_are_fields_of_the_note() -> None:
    """ "责任领导:王五" is no task; "完成时限:2031年10月底" is the item's due date."""
    text = (
        _NOTICE + "1.推进河道清淤整治。\n责任领导:王五\n牵头单位:县水利局\n完成时限:2031年10月底\n"
        "2.做好粮食收储工作。\n牵头单位:县粮食局\n责任领导:赵六\n完成时限:2031年6月底\n"
        + _NOTICE_END
    )
    assert _tasks(text) == [
        ("推进河道清淤整治", ["县水利局"], [], date(2031, 10, 31)),
        ("做好粮食收储工作", ["县粮食局"], [], date(2031, 6, 30)),
    ]


def test_the_signing_block_after_the_last_item_is_no_task() -> None:
    """The 落款 ("某县人民政府办公室" over its date) right after the last item took that item's
    units and became a task."""
    for signature in (
        "某县人民政府办公室\n2031年2月1日\n",
        "某县人民政府办公室\n二〇三一年二月一日\n",
    ):
        text = (
            _NOTICE + "1.推进河道清淤整治。(县水利局)\n2.做好粮食收储工作。(县粮食局)\n" + signature
        )
        assert [title for title, *_ in _tasks(text)] == ["推进河道清淤整治", "做好粮食收储工作"]


def test_a_lead_said_first_then_the_bodies_it_works_with() -> None:
    """ "由市商务局牵头,会同市农业农村局、市供销社制定…": lead and support (the support was lost
    and "会同…" began the title)."""
    text = (
        "某市人民政府关于加快发展农村电商的实施意见\n某政发〔2031〕5号\n一、主要任务\n"
        "(一)完善网点。由市商务局牵头,会同市农业农村局、市供销社制定农村电商网点布局方案。\n"
        "某市人民政府\n2031年2月1日\n"
    )
    assert _tasks(text) == [
        ("制定农村电商网点布局方案", ["市商务局"], ["市农业农村局", "市供销社"], None)
    ]


def test_a_figures_bracketed_year_is_its_own() -> None:
    """ "…120公里(2033年),…300户(2034年)": each figure has its own year; a figure after a
    bracketed year that is not its own takes the plan's end."""
    both = _PLAN + "全县新建村级道路120公里(2033年),改造农村危房300户(2034年)。\n" + _SIGNED
    assert _deadlines(both) == {120.0: date(2033, 12, 31), 300.0: date(2034, 12, 31)}
    first = _PLAN + "全县新建村级道路120公里(2033年),改造农村危房300户。\n" + _SIGNED
    assert _deadlines(first) == {120.0: date(2033, 12, 31), 300.0: date(2035, 12, 31)}


def test_a_line_broken_off_at_a_comma_carries_its_year_to_the_next() -> None:
    """ "到2033年,全县新建…120公里," / "改造农村危房300户。": the wrapped line is still 2033's;
    the sentence after it is not."""
    text = (
        _PLAN
        + "到2033年,全县新建村级道路120公里,\n改造农村危房300户。\n全县建成村级服务站50个。\n"
        + _SIGNED
    )
    assert _deadlines(text) == {
        120.0: date(2033, 12, 31),
        300.0: date(2033, 12, 31),
        50.0: date(2035, 12, 31),
    }


_POLICY = "某县促进工业经济发展若干政策\n某府发〔2031〕3号\n一、支持企业做大做强\n"
_POLICY_END = "\n某县人民政府\n2031年3月1日\n"


def test_an_interest_subsidy_is_a_reward_and_its_rate_no_goal() -> None:
    """ "给予贷款贴息" promises money with no sum (a reward, amount null); "给予50%贴息,最高不超过
    80万元" is a capped reward, and neither its rate nor its ceiling is a target."""
    plain = extract_text(_POLICY + "对技改项目给予贷款贴息。" + _POLICY_END, "x.txt")
    assert [(r.achievement, r.amount_yuan) for r in plain.rewards] == [("技改项目", None)]
    capped = extract_text(
        _POLICY + "对技改项目贷款给予50%贴息,最高不超过80万元。" + _POLICY_END, "x.txt"
    )
    assert [r.amount_yuan for r in capped.rewards] == [800000]
    assert capped.targets == []


def test_special_funds_arranged_first_are_a_reward_without_a_sum() -> None:
    text = _POLICY + "对列入省重点项目的,优先安排县级专项资金。" + _POLICY_END
    assert _rewards(text) == [("列入省重点项目", None)]


def test_a_projects_start_or_opening_after_its_date_is_a_milestone() -> None:
    """ "县图书馆新馆于2031年10月开工", "滨河大道2031年底前建成通车": the project and its step."""
    text = (
        _NOTICE + "1.县图书馆新馆于2031年10月开工。\n2.滨河大道2031年底前建成通车。\n" + _NOTICE_END
    )
    found = [(m.title, m.due) for m in extract_text(text, "x.txt").milestones]
    assert ("县图书馆新馆开工", date(2031, 10, 31)) in found
    assert ("滨河大道建成通车", date(2031, 12, 31)) in found


def test_a_notes_month_limit_dates_the_task_in_a_one_year_plan() -> None:
    """ "(县住建局牵头,9月底前完成)" in the 2031 plan: the task is due 2031-09-30."""
    text = _NOTICE + "1.完成县城雨污分流改造。(县住建局牵头,9月底前完成)\n" + _NOTICE_END
    assert _tasks(text) == [("完成县城雨污分流改造", ["县住建局"], [], date(2031, 9, 30))]


_ACTION = "某县农村公路建设三年行动计划(2031—2033年)\n二、主要目标\n"


def test_a_bracketed_breakdown_by_year_does_not_date_its_total() -> None:
    """ "新建村级道路450公里(2031年120公里、2032年150公里、2033年180公里)": the total is the
    plan's (2033), each part its year's."""
    text = (
        _ACTION + "新建村级道路450公里(2031年120公里、2032年150公里、2033年180公里)。\n" + _SIGNED
    )
    assert _deadlines(text) == {
        450.0: date(2033, 12, 31),
        120.0: date(2031, 12, 31),
        150.0: date(2032, 12, 31),
        180.0: date(2033, 12, 31),
    }


def test_a_bracketed_limit_after_a_figure_is_its_own_only() -> None:
    """ "…120公里(2032年底前完成),改造危桥20座": 2032 for the road, the plan's end for the
    bridges; the subject keeps no empty bracket."""
    text = _ACTION + "新建村级道路120公里(2032年底前完成),改造危桥20座。\n" + _SIGNED
    assert _deadlines(text) == {120.0: date(2032, 12, 31), 20.0: date(2033, 12, 31)}
    subjects = [t.subject for t in extract_text(text, "x.txt").targets]
    assert subjects[0] == "新建村级道路"
