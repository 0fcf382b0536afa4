"""General rules for the failure classes seen on batch 59's dev part (corpus/unseen/SOURCES.md,
"Batch 59"; FAILURES.md "Batch 59"), chosen for targets, milestones and tasks: "平均受教育年限12.5年",
a number of years after a word naming a span of years, a target and no date (B59-1); a unit note
the end of an excerpt cuts inside its second label ("(牵头单位:市甲局;责任单位:市发"), its complete
lead kept (B59-2); "…第十四个五年规划和2035年远景目标纲要任务分工方案", the vision's year no annual
plan's year, the plan's span the five-year plan's (B59-3); "城乡一体化示范区、高新区党工委和管委会",
zones named bare before the last sharing its body (B59-5).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

import datetime as dt

from policybot.knowledge.extract import extract_text

_SPLIT = (
    "澄岭市国民经济和社会发展第十四个五年规划和2035年远景目标纲要任务分工方案\n一、主要指标分工\n"
)


def test_years_after_a_span_word_are_a_target() -> None:
    """B59-1: "劳动年龄人口平均受教育年限12.5年": 年 after 年限 counts years; the line is a goal
    with its units, no task and no date."""
    text = (
        "澄岭市2031年教育工作要点\n"
        "1.劳动年龄人口平均受教育年限达到12.5年。(牵头单位:市教育局;责任单位:市人社局)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert [(t.value, t.unit) for t in extraction.targets] == [(12.5, "年")]
    assert extraction.targets[0].lead_units == ["市教育局"]
    assert not extraction.tasks


def test_a_year_after_other_words_stays_a_date() -> None:
    """B59-1 guard: a year that is a date ("2032年完成") or a span not named 年限 gives no target."""
    text = (
        "澄岭市2031年教育工作要点\n"
        "1.推进校舍改造,2032年完成。(牵头单位:市教育局)\n"
        "2.建立教师轮岗制度,服务期限3年。(牵头单位:市教育局)\n"
    )
    assert not extract_text(text, "x.txt").targets


def test_a_note_cut_inside_its_second_label_keeps_its_lead() -> None:
    """B59-2: "(牵头单位:市生态环境局;责任单位:市发" at the end of an excerpt: the task keeps the
    complete lead; the cut name and its label go."""
    text = _SPLIT + "1.空气质量优良天数比率完成省下达目标。(牵头单位:市生态环境局;责任单位:市发"
    tasks = extract_text(text, "x.txt").tasks
    assert [(t.title, t.lead_units, t.support_units) for t in tasks] == [
        ("空气质量优良天数比率完成省下达目标", ["市生态环境局"], [])
    ]


def test_a_vision_year_is_not_the_plans_year() -> None:
    """B59-3: the task split of a 十四五 纲要 "和2035年远景目标" runs over the five-year plan
    (2021–2025): its goals fall due at that plan's end, not in the vision's year."""
    text = _SPLIT + "1.新增城镇就业10万人。(牵头单位:市人社局)\n"
    extraction = extract_text(text, "x.txt")
    assert extraction.document.period == (2021, 2025)
    assert [t.deadline for t in extraction.targets] == [dt.date(2025, 12, 31)]


def test_zones_named_bare_share_the_last_zones_body() -> None:
    """B59-5: a table's third unit column "各县(市、区)党委和人民政府,甲示范区、乙高新区党工委和管委会":
    the bare zone before the last shares its body, and the column's units are read."""
    text = (
        "澄岭市全面推行河长制主要任务分解表\n"
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 水资源保护 严守用水总量红线 实施双控行动。到2031年,全市用水总量控制在9.5亿立方米以内。"
        " 市水利局 市发展改革委、住房和城乡建设局等"
        " 各县(市、区)党委和人民政府,甲示范区、乙高新区党工委和管委会\n"
    )
    units = extract_text(text, "x.txt").units
    assert "甲示范区党工委和管委会" in units
    assert "乙高新区党工委和管委会" in units
    assert "甲示范区" not in units


def test_a_zone_beside_other_bodies_keeps_its_own_name() -> None:
    """B59-5 guard: a list whose last item is no zone body leaves a bare zone as written."""
    from policybot.knowledge.extract.units import split_unit_list

    assert split_unit_list("县发改局、甲经济开发区、县财政局") == [
        "县发改局",
        "甲经济开发区",
        "县财政局",
    ]
    assert split_unit_list("县发改局、甲经济开发区管委会") == ["县发改局", "甲经济开发区管委会"]
