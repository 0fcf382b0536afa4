"""General rules for the failure classes first seen on batch 19's dev part (corpus/unseen/SOURCES.md,
"Batch 19"): person-years as a measure ("209人年以上"), an edition year ("《…目录》(2019年本)") read
as a deadline, a ranking clause ("达到全市前列", "保持全省领先位置") read as a milestone, and a
range of years whose tasks must be finished ("确保调整后的2035-2036年工程建设任务顺利完成").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.numbers import find_quantities


def test_person_years_are_one_measure() -> None:
    """B19-1: "每万名就业人员中研发人员达到45人年以上" counts person-years, not persons."""
    found = [(q.value, q.unit) for q in find_quantities("研发人员达到45人年以上")]
    assert found == [(45.0, "人年")]


def test_people_before_a_year_word_stay_people() -> None:
    """B19-1: "培训300人,年底前完成" keeps 人; 人年 is read only where no other word follows."""
    found = [(q.value, q.unit) for q in find_quantities("培训300人年底前完成")]
    assert found == [(300.0, "人")]


_AIR_PLAN = (
    "某市2040年大气污染防治工作方案\n"
    "一、主要目标\n"
    "2040年,通过实施细颗粒物和臭氧浓度协同控制,环境空气质量继续保持全省领先位置,"
    "市区PM2.5年均浓度保持在30微克/立方米以下。\n"
    "二、主要工作任务\n"
    "1.严控产能。严格执行《产业结构调整指导目录》(2039年本),淘汰50家企业落后产能。"
    "(市经信局牵头,市生态环境局参与)\n"
)


def test_an_edition_year_is_no_deadline() -> None:
    """B19-2: "《产业结构调整指导目录》(2039年本)" names an edition; the goal after it is the plan
    year's (2040), not the edition's."""
    targets = {t.value: t for t in extract_text(_AIR_PLAN, "x.txt").targets}
    assert targets[50.0].deadline is not None
    assert targets[50.0].deadline.year == 2040


def test_a_ranking_clause_is_no_milestone() -> None:
    """B19-3: "…达到全市前列" ranks the place and "通过实施…协同控制" names the means; nothing is
    due (an event passed, "通过验收", stays one)."""
    milestones = extract_text(_AIR_PLAN, "x.txt").milestones
    assert milestones == []
    text = (
        "某区科技创新实施方案(2041-2045年)\n"
        "到2045年,力争研发经费支出占地区生产总值比重3.4%以上,达到全市前列。\n"
    )
    assert extract_text(text, "x.txt").milestones == []


def test_passing_an_inspection_is_still_an_event() -> None:
    """B19-3: "2041年6月底前通过省级验收" is an event, not a means."""
    text = "某县创建工作方案\n2041年6月底前通过省级验收。\n"
    titles = [m.title for m in extract_text(text, "x.txt").milestones]
    assert any("通过省级验收" in title for title in titles)


def test_a_date_beside_the_doc_number_is_the_signing_date() -> None:
    """B19-4: a gazette prints the number and the signing date on one line ("某政办发〔2041〕98号
    2041年7月3日"); a site's posting time elsewhere ("发布时间:2041-09-27") is not it."""
    text = (
        "市政府办公室关于统筹推进某项工作的若干意见\n"
        "来源: 发布时间:2041-09-27 累计次数:\n"
        "某政办发〔2041〕98号  2041年7月3日\n"
        "各县(市)、区人民政府,市各有关部门和单位:\n"
        "现就统筹推进某项工作提出如下意见:\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.doc_number == "某政办发〔2041〕98号"
    assert meta.issued is not None and meta.issued.isoformat() == "2041-07-03"


_AFFORESTATION = (
    "某市人民政府办公室关于切实抓好2041年造林绿化工作的通知\n"
    "各县(市、区)人民政府,市直有关单位:\n"
    "为切实抓好今年造林绿化工作,经市政府同意,特通知如下:\n"
    "一、明确任务\n"
    "全市新增绿地50万亩。2040年新造的未成林造林30万亩的抚育任务。"
    "要重点建设一批精品工程,确保按时完成造林任务。\n"
)


def test_a_notice_on_one_years_work_dates_its_quotas() -> None:
    """B19-5: "关于切实抓好2041年造林绿化工作的通知" is about 2041's work: a quota it states without
    a year is due at that year's end."""
    targets = {t.value: t for t in extract_text(_AFFORESTATION, "x.txt").targets}
    assert targets[50.0].deadline is not None
    assert targets[50.0].deadline.isoformat() == "2041-12-31"


def test_a_year_that_dates_a_noun_is_no_time_of_the_goal() -> None:
    """B19-6: "2040年新造的未成林造林30万亩的抚育任务" is this year's quota for trees planted in
    2040; the year says which trees, it reports nothing done."""
    targets = {t.value: t for t in extract_text(_AFFORESTATION, "x.txt").targets}
    assert 30.0 in targets
    assert targets[30.0].deadline is not None
    assert targets[30.0].deadline.year == 2041


def test_a_years_goals_that_speak_of_annual_tasks_date_the_plan() -> None:
    """B19-7: an undated plan whose goals open "一、主要目标\\n2040年,…" and that speaks of the year's
    tasks ("完成省下达的…减排年度任务") is the plan of 2040: a quota in its task items is due then.
    (Without such words the year covers its own paragraph only: tests/test_extract_batch9_classes.)"""
    text = (
        "一、主要目标\n"
        "2040年,市区PM2.5年均浓度保持在30微克/立方米以下;完成省下达的氮氧化物减排年度任务。\n"
        "二、主要工作任务\n"
        "1.严控产能。淘汰50家企业落后产能。(市经信局牵头,市生态环境局参与)\n"
    )
    targets = {t.value: t for t in extract_text(text, "x.txt").targets}
    assert targets[50.0].deadline is not None
    assert targets[50.0].deadline.year == 2040


def test_a_range_of_years_whose_work_must_be_finished_is_due_at_its_end() -> None:
    """B19-8: "确保调整后的2041-2042年工程建设任务顺利完成" is due when the range ends."""
    text = (
        "某省人民政府办公厅关于调整某工程2041-2042年规划任务和落实2041年造林计划的通知\n"
        "各市、县人民政府,省有关单位:\n"
        "为更好地实施某工程,经省政府同意,适当调整2041-2042年规划建设任务。"
        "各地要加强领导,明确责任,保质保量完成2041年工程建设任务。"
        "要将工程建设与乡村建设紧密结合,确保调整后的2041-2042年工程建设任务顺利完成。\n"
        "某省人民政府办公厅\n"
        "2040年11月10日\n"
    )
    dues = [str(m.due) for m in extract_text(text, "x.txt").milestones]
    assert "2042-12-31" in dues


def test_a_stretch_goal_counts_what_the_firm_goal_counts() -> None:
    """B19-9: "市区PM2.5年均浓度保持在30微克/立方米以下,力争保持在25微克/立方米以下": the second
    figure is a stretch of the first; its subject is the first's, not the first clause whole."""
    text = (
        "某市2040年大气污染防治工作方案\n"
        "一、主要目标\n"
        "2040年,市区PM2.5年均浓度保持在30微克/立方米以下,力争保持在25微克/立方米以下,"
        "空气质量优良天数比率保持在95%以上,力争保持在98%以上。\n"
    )
    subjects = {t.value: t.subject for t in extract_text(text, "x.txt").targets}
    assert subjects[25.0] == subjects[30.0]
    assert subjects[98.0] == subjects[95.0]
    assert "30" not in subjects[25.0]


def test_a_standing_unit_joins_every_later_item() -> None:
    """B19-10: "(市生态环境局牵头,…县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出)":
    the counties' governments support every later item too, though its note leaves them out."""
    text = (
        "某市2040年大气污染防治工作方案\n"
        "二、主要工作任务\n"
        "1.严格环境准入。积极推行区域、规划环境影响评价。(市生态环境局牵头,市发改委等参与,"
        "县(市、区)政府负责落实。以下均需县(市、区)政府落实,不再列出)\n"
        "2.严控产能。严禁新增钢铁产能,淘汰50家企业落后产能。(市经信局牵头,市应急管理局等参与)\n"
    )
    tasks = extract_text(text, "x.txt").tasks
    second = next(task for task in tasks if task.lead_units == ["市经信局"])
    assert "县(市、区)政府" in second.support_units
    assert "市应急管理局" in second.support_units


def test_a_level_reached_takes_no_verb_of_making() -> None:
    """B19-11: "争取建成省级重点企业研究院1家,市级重点实验室1家,每万名就业人员中研发人员达到209人年
    以上": the last item reaches a level of its own; "争取建成" governs only the bare nouns."""
    text = (
        "某区科技创新实施方案(2041-2045年)\n"
        "到2045年,争取建成省级重点企业研究院1家,市级重点实验室2家,"
        "每万名就业人员中研发人员达到209人年以上。\n"
    )
    subjects = {t.value: t.subject for t in extract_text(text, "x.txt").targets}
    assert subjects[2.0].endswith("市级重点实验室")
    assert "建成" not in subjects[209.0]
