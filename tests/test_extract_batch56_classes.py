"""General rules for the failure classes seen on batch 56's dev part (corpus/unseen/SOURCES.md,
"Batch 56"; FAILURES.md "Batch 56"), chosen for milestones written in forms the corpus held few
of: a one-year plan's schedule written as month lines ("3-4月,…开复工,…完成开工手续。"), each
clause a step of those months and its counts the step's (B56-1); a prefecture named by its short
name and 州 where the short name alone is a province's (B56-2); a dated sentence opening on an
improvement ("…等政策进一步完善,所有县基本建成…") whose event is the settled state after it
(B56-3).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented (a real prefecture appears only where the gazetteer is the
point of the rule).
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

_SCHOOLS = (
    "青禾市2031年新建学校实施方案\n"
    "一、目标任务\n"
    "2031年全市新建公办幼儿园、中小学5所。\n"
    "二、实施步骤\n"
    "3-4月,甲小学、乙幼儿园2所学校建设项目开复工,丙小学建设项目完成开工手续。\n"
    "5—6月,甲小学建设项目完成主体工程,丙小学建设项目实施基础工程。\n"
    "9月,甲小学招生办学。\n"
)


def _milestones(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(m.title, m.start, m.due) for m in extract_text(text, "x.txt").milestones]


def test_each_step_of_a_month_line_is_a_milestone_of_its_months() -> None:
    """B56-1: "3-4月,A开复工,B完成开工手续。": two steps from March 1 to April 30 of the plan's
    year; "9月,…" is due at September's end."""
    found = _milestones(_SCHOOLS)
    assert ("甲小学、乙幼儿园2所学校建设项目开复工", date(2031, 3, 1), date(2031, 4, 30)) in found
    assert ("丙小学建设项目完成开工手续", date(2031, 3, 1), date(2031, 4, 30)) in found
    assert ("丙小学建设项目实施基础工程", date(2031, 5, 1), date(2031, 6, 30)) in found
    assert ("甲小学招生办学", None, date(2031, 9, 30)) in found


def test_a_count_inside_a_month_step_is_no_target() -> None:
    """B56-1: "2所学校建设项目开复工" counts the step's schools; the plan's own 5所 stays a target."""
    values = [t.value for t in extract_text(_SCHOOLS, "x.txt").targets]
    assert values == [5]


def test_a_month_line_cut_off_loses_only_its_last_clause() -> None:
    """B56-1: an excerpt ending inside a clause ("…,丙小学") keeps the steps before it."""
    found = _milestones(_SCHOOLS.replace("9月,甲小学招生办学。\n", "9月,甲小学招生办学,丙小学\n"))
    assert ("甲小学招生办学", None, date(2031, 9, 30)) in found
    assert not [title for title, _, _ in found if title == "丙小学"]


def test_month_lines_need_a_one_year_plan() -> None:
    """B56-1 guard: in a plan over several years a bare month names no year; no step is dated."""
    text = _SCHOOLS.replace(
        "青禾市2031年新建学校实施方案", "青禾市新建学校三年行动方案(2031—2033年)"
    )
    text = text.replace("2031年全市", "到2033年全市")
    assert not [m for m in _milestones(text) if m[2] == date(2031, 4, 30)]


def test_a_short_name_with_zhou_is_the_prefecture_not_the_province() -> None:
    """B56-2: "海南州" is 海南藏族自治州; 州 is no province's suffix."""
    text = (
        "海南州全面推进某某建设实施方案\n"
        "为巩固海南州某某工作成效,制定本实施方案。\n"
        "到2031年底前,所有县基本建成某某体系。\n"
    )
    assert extract_text(text, "x.txt").document.region == "海南藏族自治州"


def test_an_improvement_opening_a_dated_sentence_gives_way_to_the_state_after_it() -> None:
    """B56-3: "到2031年底前,某某政策进一步完善,所有县基本建成某某体系。": the milestone is the
    settled state, not the improvement."""
    text = (
        "青禾市某某体系建设实施方案\n"
        "到2031年底前,某某体系的组织管理、投入保障等政策进一步完善,所有县基本建成某某体系。\n"
    )
    titles = [title for title, _, due in _milestones(text) if due == date(2031, 12, 31)]
    assert titles == ["所有县基本建成某某体系"]


_CAMPAIGN = (
    "青禾市2031年环保专项行动实施方案\n"
    "四、时间安排\n"
    "(一)动员部署阶段(5月)\n"
    "各县(市、区)环保专项行动领导小组结合实际情况,制定具体实施方案。\n"
    "(二)集中整治阶段(5月-8月)\n"
    "各县(市、区)环保专项行动领导小组组织有关部门开展集中检查。\n"
    "(三)督查阶段(8月-11月)\n"
    "市环保专项行动领导小组组成若干个小组分别开展督查。\n"
)


def test_a_phase_of_one_month_spans_that_month() -> None:
    """B56-4: "(一)动员部署阶段(5月)" in a one-year plan runs from May 1 to May 31."""
    found = _milestones(_CAMPAIGN)
    assert [(start, due) for title, start, due in found if title.startswith("动员部署阶段")] == [
        (date(2031, 5, 1), date(2031, 5, 31))
    ]


def test_a_phase_dated_by_one_day_is_no_month_long_phase() -> None:
    """B56-4 guard: "(一)动员部署阶段(5月10日)" is no phase of all May."""
    text = _CAMPAIGN.replace("动员部署阶段(5月)", "动员部署阶段(5月10日)")
    assert not [
        m for m in _milestones(text) if m[1] == date(2031, 5, 1) and m[2] == date(2031, 5, 31)
    ]


def test_a_name_begun_inside_a_bracket_is_no_unit() -> None:
    """B56-4: "各县(市、区)某某领导小组" yields no unit "区)某某领导小组"; the city's group stays."""
    units = extract_text(_CAMPAIGN, "x.txt").units
    assert not [unit for unit in units if unit.startswith("区)")]
    assert "市环保专项行动领导小组" in units


def test_the_way_the_work_goes_is_no_event_of_its_date() -> None:
    """B56-5: "到2033年底,按照“甲、乙”的思路,某某体系初具规模": the milestone is the state
    reached, not the manner clause before it."""
    text = (
        "青禾区数字政府改革建设方案\n"
        "(二)主要目标\n"
        "到2032年底,管理机制基本完善。到2033年底,按照“创新突破、提质增效”的思路,平台应用、"
        "数据资源的集约化体系初具规模,在政务服务等领域全面开展智慧应用建设。\n"
    )
    titles = [title for title, _, due in _milestones(text) if due == date(2033, 12, 31)]
    assert titles == ["平台应用、数据资源的集约化体系初具规模"]


def test_dates_listed_before_a_report_are_each_a_milestone() -> None:
    """B56-6: "分别于6月底和7月底报送阶段性报告" is two hand-ins, June's and July's."""
    text = "青禾市2031年专项行动方案\n一、时间安排\n各单位分别于6月底和7月底报送阶段性报告。\n"
    dues = sorted(due for title, _, due in _milestones(text) if title == "报送阶段性报告")
    assert dues == [date(2031, 6, 30), date(2031, 7, 31)]


def test_one_step_of_one_date_for_two_places_is_two_milestones() -> None:
    """B56-7: "全州4县市实现某某目标" and "丁贡县实现某某目标", both by 2034's end, are two steps."""
    text = (
        "青禾州某某均衡发展实施方案\n"
        "一、工作目标\n"
        "确保2034年底全州4县市实现某某均衡发展目标。\n"
        "二、推进措施\n"
        "1.加强统筹。确保到2032年底,甲山县、乙坪县实现某某均衡发展目标;2033年底,丙水市实现某某"
        "均衡发展目标;2034年底,丁贡县实现某某均衡发展目标。(责任单位:州教育局)\n"
    )
    titles = [title for title, _, due in _milestones(text) if due == date(2034, 12, 31)]
    assert sorted(titles) == ["丁贡县实现某某均衡发展目标", "全州4县市实现某某均衡发展目标"]


def test_one_event_stated_twice_stays_one_milestone() -> None:
    """B56-7 guard: the same event written twice with the same place is still one milestone."""
    text = (
        "青禾州某某均衡发展实施方案\n"
        "一、工作目标\n"
        "确保2034年底丁贡县实现某某均衡发展目标。\n"
        "二、推进措施\n"
        "1.加强统筹。2034年底,丁贡县实现某某均衡发展目标。(责任单位:州教育局)\n"
    )
    assert len([m for m in _milestones(text) if m[2] == date(2034, 12, 31)]) == 1


_JOBS = (
    "青禾市2032年稳就业工作要点\n"
    "一、工作目标\n"
    "全年城镇新增就业1.2万人。\n"
    "二、进度安排\n"
    "3月,召开全市稳岗工作调度会,全年新建零工市场15个。\n"
    "4-5月,开展企业走访服务活动,帮助企业解决用工问题80个。\n"
    "10-12月,组织年度考核,全县完成技能培训2500人次。\n"
)


def test_a_month_line_keeps_the_targets_of_clauses_that_are_no_step() -> None:
    """B56-1 narrowed: only the counts inside a step clause are the step's; "全年新建…15个",
    "帮助企业解决…80个" and a year's total ("全县完成…2500人次") stay targets."""
    extraction = extract_text(_JOBS, "x.txt")
    assert sorted(t.value for t in extraction.targets) == [1.2, 15, 80, 2500]
    titles = [m.title for m in extraction.milestones]
    assert "召开全市稳岗工作调度会" in titles
    assert "开展企业走访服务活动" in titles
    assert not [title for title in titles if "2500" in title or "15个" in title]


def test_a_report_of_months_past_is_no_schedule() -> None:
    """B56-1 guard: "1-4月,全市新签约项目38个,完成全年目标的55%,…" reports results; no step
    is read from it, nor from the sentence after it."""
    text = (
        "青禾市2032年下半年招商引资攻坚行动方案\n"
        "1-4月,全市新签约项目38个,完成全年目标的55%,实现到位资金90亿元。为确保完成全年任务,"
        "制定本方案。\n"
        "一、目标\n"
        "下半年新签约项目25个以上。\n"
    )
    assert not extract_text(text, "x.txt").milestones


def test_a_winter_spring_schedule_runs_into_the_next_year() -> None:
    """B56-1: after "10-11月…" and "12月…", a line "1-3月…" is the next year's spring, and the
    lines after it too."""
    text = (
        "青禾县2032年冬春水利建设实施方案\n"
        "一、目标任务\n"
        "今冬明春完成小型水利工程40处。\n"
        "二、时间安排\n"
        "10-11月,完成项目规划设计和招投标。\n"
        "12月,全面开工建设。\n"
        "1-3月,完成全部工程建设任务。\n"
        "4月,完成项目验收。\n"
    )
    found = _milestones(text)
    assert ("完成项目规划设计和招投标", date(2032, 10, 1), date(2032, 11, 30)) in found
    assert ("全面开工建设", None, date(2032, 12, 31)) in found
    assert ("完成全部工程建设任务", date(2033, 1, 1), date(2033, 3, 31)) in found
    assert ("完成项目验收", None, date(2033, 4, 30)) in found


def test_a_schedule_in_calendar_order_stays_in_its_year() -> None:
    """B56-1 guard: "3月…", "6月…", "12月…" and a later section's "3月…" keep the plan's year."""
    text = _SCHOOLS + "三、保障措施\n3月,召开项目调度会议。\n"
    found = _milestones(text)
    assert ("召开项目调度会议", None, date(2031, 3, 31)) in found
