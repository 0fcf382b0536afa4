"""General rules for the failure classes first seen on batch 32's dev part (corpus/unseen/SOURCES.md,
"Batch 32"): a target table copied one cell a line whose long 责任单位 cell (a list with a comma)
was joined to the next row's number as if a sentence went on, so every row after it was lost; the
责任单位 column of such a table (the units that share the goal) left unread; a national new area
whose issuer is its party working committee ("中共某新区工作委员会") read as its province; and a
year naming a cited meeting ("按照…2021年…工作会议要求") read as a milestone; a reward rule whose sums
are stated as "某奖的奖金为每人N万元" / "一等奖、二等奖的奖金分别为A、B", with the superseded sums
("原先规定:…") of an amendment beside them and yearly caps ("每年授奖人数不超过2名"); and an excerpt
cut inside a clause ("每年授奖人数不") read as a yearly duty.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

HEALTH_TABLE = (
    "甲政办函〔2031〕7号\n"
    "各乡镇人民政府,县直各单位:\n"
    "《甲县健康提升行动计划主要目标责任清单》已经县人民政府同意,现印发给你们,请认真抓好落实。\n"
    "甲县人民政府办公室\n"
    "2031年3月2日\n"
    "甲县健康提升行动计划主要目标责任清单\n"
    "序号 |\n指标名称 |\n单位 |\n2030年 |\n2032年 |\n2034年 |\n牵头单位 |\n责任单位 |\n"
    "1 |\n居民体检覆盖率 |\n% |\n60 |\n≥70 |\n≥75 |\n县卫健局 |\n"
    "县教育局、县民政局、县住建局、县农业农村局、县市场监管局、县医保局等单位,各乡镇人民政府 |\n"
    "2 |\n经常参加体育锻炼人数比例 |\n% |\n35 |\n≥38 |\n≥40 |\n县文旅局 |\n各乡镇人民政府 |\n"
    "3 |\n居民健康知识知晓率 |\n% |\n20 |\n≥25 |\n≥30 |\n县卫健局 |\n县疾控中心,各乡镇人民政府 |\n"
)


def test_a_long_unit_cell_does_not_swallow_the_next_row_number() -> None:
    """B32-1: the first row's 责任单位 cell is long and holds a comma, so it looked like a sentence
    broken by a page; joined to the next row's "2", the rows after it were lost. Every row's two
    year columns are goals."""
    extraction = extract_text(HEALTH_TABLE, "x.txt")
    got = {(t.value, str(t.deadline)) for t in extraction.targets}
    assert {
        (38.0, "2032-12-31"),
        (40.0, "2034-12-31"),
        (25.0, "2032-12-31"),
        (30.0, "2034-12-31"),
    } <= got


def test_a_shared_units_column_beside_a_lead_column_is_the_support() -> None:
    """B32-2: "牵头单位 | 责任单位": beside the lead column, the 责任单位 column names the units that
    share the goal; they are its support units (the list's "等单位" tail dropped)."""
    extraction = extract_text(HEALTH_TABLE, "x.txt")
    third = next(t for t in extraction.targets if t.value == 25)
    assert third.lead_units == ["县卫健局"]
    assert third.support_units == ["县疾控中心", "各乡镇人民政府"]
    first = next(t for t in extraction.targets if t.value == 70)
    assert "县医保局" in first.support_units
    assert "县疾控中心" in extraction.units


def test_a_lone_responsibility_column_is_still_the_lead() -> None:
    """B32-2 guard: without a 牵头 column, "责任单位" names the lead (as before)."""
    text = HEALTH_TABLE.replace("牵头单位 |\n责任单位 |\n", "责任单位 |\n配合单位 |\n")
    extraction = extract_text(text, "x.txt")
    first = next(t for t in extraction.targets if t.value == 70)
    assert first.lead_units == ["县卫健局"]


NEW_AREA_NOTICE = (
    "兰新发〔2031〕3号\n"
    "中共兰州新区工作委员会\n"
    "兰州新区管理委员会\n"
    "关于印发《推进农业农村现代化的实施方案》的通知\n"
    "新区各部门:\n"
    "现将《推进农业农村现代化的实施方案》印发给你们,请结合实际认真贯彻执行。\n"
    "中共兰州新区工作委员会\n"
    "兰州新区管理委员会\n"
    "2031年3月5日\n"
    "推进农业农村现代化的实施方案\n"
    "为推进农业农村现代化,结合新区实际,制定如下实施方案。\n"
    "一、主要目标\n"
    "到2033年,建成高标准农田5万亩,农村生活污水治理率达到60%以上。\n"
)


def test_a_new_areas_party_working_committee_names_the_area() -> None:
    """B32-3: "中共某新区工作委员会" first among the issuers is the new area's, not its province's."""
    extraction = extract_text(NEW_AREA_NOTICE, "x.txt")
    assert extraction.document.region == "兰州市兰州新区"
    assert {t.region for t in extraction.targets} == {"兰州市兰州新区"}


MEETING_CALL = (
    "乙县人民政府关于印发乙县农业发展实施方案的通知\n"
    "乙政发〔2031〕4号\n"
    "各乡镇人民政府,县直各单位:\n"
    "现将《乙县农业发展实施方案》印发给你们,请认真贯彻执行。\n"
    "乙县人民政府\n"
    "2031年2月1日\n"
    "乙县农业发展实施方案\n"
    "一、总体要求\n"
    "按照省委全会部署和乙县2031年农业农村工作会议要求,坚持农业农村优先发展。"
    "到2033年,全县建成高标准农田8万亩,农作物耕种收综合机械化率达到80%以上。\n"
)


def test_a_year_naming_a_meeting_whose_call_is_followed_is_no_milestone() -> None:
    """B32-4: "按照…2031年农业农村工作会议要求" cites a meeting; the year is part of its name, no
    milestone of the plan."""
    extraction = extract_text(MEETING_CALL, "x.txt")
    assert not any("会议" in m.quote for m in extraction.milestones)
    assert {t.value for t in extraction.targets} >= {8.0, 80.0}


PRIZE_AMENDMENT = (
    "甲市修改科学技术奖励办法\n"
    "3月2日,甲市人民政府发布决定,对《甲市科学技术奖励办法》作出修改,自公布之日起施行。\n"
    "《甲市科学技术奖励办法》原先规定:市科学技术突出贡献奖每年授奖人数不超过3名。"
    "市科学技术进步奖每年授奖项目总数不超过80项。\n"
    "修改后规定:市科学技术突出贡献奖每年授奖人数不超过2名。市科学技术进步奖每年授奖项目总数不超过60项。\n"
    "原先规定:市科学技术突出贡献奖的奖金为每人20万元。"
    "市自然科学奖和市科学技术进步奖一等奖、二等奖、三等奖的奖金分别为5万元、3万元、1万元。\n"
    "修改后规定:市科学技术突出贡献奖的奖金为每人50万元。"
    "市自然科学奖和市科学技术进步奖一等奖、二等奖、三等奖的奖金分别为10万元、6万元、2万元。\n"
)


def _rewards(text: str) -> dict[str, float | None]:
    return {r.achievement: r.amount_yuan for r in extract_text(text, "x.txt").rewards}


def test_a_prizes_sum_per_winner_is_a_reward() -> None:
    """B32-5: "某奖的奖金为每人50万元" states what the prize pays each winner."""
    assert _rewards(PRIZE_AMENDMENT)["市科学技术突出贡献奖"] == 500000


def test_grades_with_their_sums_in_order_are_one_reward_each() -> None:
    """B32-5: "A奖和B奖一等奖、二等奖、三等奖的奖金分别为10万元、6万元、2万元": one reward per grade,
    the sums paired in order, the prizes written before the grades kept with each."""
    rewards = _rewards(PRIZE_AMENDMENT)
    assert rewards["市自然科学奖和市科学技术进步奖一等奖"] == 100000
    assert rewards["市自然科学奖和市科学技术进步奖二等奖"] == 60000
    assert rewards["市自然科学奖和市科学技术进步奖三等奖"] == 20000


def test_the_terms_an_amendment_replaced_are_no_facts() -> None:
    """B32-6: a line opened by "原先规定:" states what the amendment replaced: its sums are no
    rewards, its caps no conditions (the "修改后规定:" line's are)."""
    extraction = extract_text(PRIZE_AMENDMENT, "x.txt")
    assert sorted(r.amount_yuan or 0 for r in extraction.rewards) == [
        20000,
        60000,
        100000,
        500000,
    ]
    assert not any("原先" in c.quote for c in extraction.conditions)


def test_a_prizes_yearly_cap_is_a_condition_and_its_sums_no_goals() -> None:
    """B32-7: "每年授奖人数不超过2名" limits the prize (an `other` condition, no goal), and the
    prize's sums, read as rewards, are no goals either."""
    extraction = extract_text(PRIZE_AMENDMENT, "x.txt")
    assert any("不超过2名" in c.text and c.kind == "other" for c in extraction.conditions)
    assert not extraction.targets


def test_a_duty_cut_before_its_verb_is_no_duty() -> None:
    """B32-8: an excerpt that stops inside a quoted article ("“市科学技术突出贡献奖每年授奖人数不")
    leaves a yearly clause without its verb: no repeated duty."""
    cut = (
        PRIZE_AMENDMENT + "具体修改如下:\n1.将第二条修改为:\n“市科学技术突出贡献奖每年授奖人数不\n"
    )
    extraction = extract_text(cut, "x.txt")
    assert not extraction.recurring
    whole = PRIZE_AMENDMENT + "各区每年组织一次科技成果对接活动。\n"
    assert len(extract_text(whole, "x.txt").recurring) == 1
