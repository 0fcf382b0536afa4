"""General rules for the failure classes first seen on batch 21's dev part (corpus/unseen/SOURCES.md,
"Batch 21"): an annual task list whose detail line restates its heading goal after a comparison
("同口径比上年增长12%"), a grant notice paying with 兑现 ("一等奖甲县,兑现以奖代补资金120万元") under a
"…方面工作突出的先进集体予以表彰奖励" lead, a page field "发文字号:" dropped as the font-size control,
a page's publication field ("公开日期: … 公开方式: 有效") and a year's assessment ("纳入2030年目标考核
体系") read as milestones.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.normalise import normalise_text


def _targets(text: str) -> list[tuple[float, str | None, list[str]]]:
    return [(t.value, t.unit, t.lead_units) for t in extract_text(text, "x.txt").targets]


def _rewards(text: str) -> list[tuple[str, float | None]]:
    return [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]


def _milestones(text: str) -> list[str]:
    return [m.title for m in extract_text(text, "x.txt").milestones]


_TASK_LIST = (
    "某市人民政府关于印发2030年市政府工作主要任务责任分解的通知\n"
    "各区人民政府,市政府各部门:\n"
    "现将《2030年市政府工作主要任务》印发给你们,请认真组织实施。\n"
    "2030年市政府工作主要任务责任分解\n"
    "一、主要目标\n"
    "1.税收收入增长9%,其中市本级增长7%。\n"
    "全市税收收入480亿元,同口径比上年增长9%,其中市本级税收收入75.5亿元,同口径比上年增长7%。(市税务局)\n"
    "2.全社会固定资产投资增长11%以上。\n"
    "全年完成固定资产投资超过900亿元,比上年增长11%以上。(市发改委)\n"
)


def test_a_restated_heading_goal_after_a_comparison_is_one_target() -> None:
    """B21-1: "1.税收收入增长9%" restated under it as "全市税收收入480亿元,同口径比上年增长9%" is one
    goal (the comparison phrase is no subject of its own: the clause before it names what grows),
    and it takes the units in the brackets."""
    found = _targets(_TASK_LIST)
    assert sorted(value for value, unit, _ in found if unit == "%") == [7, 9, 11]
    nine = next(units for value, unit, units in found if value == 9)
    assert nine == ["市税务局"]
    eleven = next(units for value, unit, units in found if value == 11)
    assert eleven == ["市发改委"]
    assert sorted(value for value, unit, _ in found if unit == "亿元") == [75.5, 480, 900]


def test_two_comparisons_of_one_sentence_stay_two_goals() -> None:
    """B21-1 keeps apart two changes of one sentence that restate nothing: the tax and the fee
    income grow by different figures and both stay."""
    text = (
        "某市2030年工作要点\n"
        "全市税收收入480亿元,同口径比上年增长9%;非税收入60亿元,比上年增长5%。(市财政局)\n"
    )
    found = _targets(text)
    assert sorted(value for value, unit, _ in found if unit == "%") == [5, 9]


_GRANT_NOTICE = (
    "中共某市委 某市人民政府关于表彰奖励2030年度农业农村工作先进集体的决定\n"
    "市委、市政府决定对在2030年度农民增收、农田水利基本建设等方面工作突出的先进集体予以表彰奖励。\n"
    "一、农民增收先进县(市)区\n"
    "县市组:一等奖甲县,兑现以奖代补资金120万元;二等奖乙市、丙县,各兑现70万元。\n"
)


def test_a_tier_paid_with_duixian_is_a_reward() -> None:
    """B21-2: "一等奖甲县,兑现以奖代补资金120万元" and "二等奖乙市、丙县,各兑现70万元" pay each
    tier its sum: 兑现 is the verb of the grant, as 奖励 is."""
    amounts = sorted(amount for _, amount in _rewards(_GRANT_NOTICE) if amount is not None)
    assert amounts == [700000, 1200000]


def test_the_lead_that_announces_paid_tiers_is_no_reward() -> None:
    """B21-3: "决定对在…等方面工作突出的先进集体予以表彰奖励" announces the tiers whose sums follow:
    it is no reward of its own (no amount-less rewards left)."""
    assert all(amount is not None for _, amount in _rewards(_GRANT_NOTICE))


def test_a_lead_with_no_sums_after_it_stays_a_reward() -> None:
    """B21-3 drops the lead only where sums follow: "…方面工作突出的先进集体予以表彰奖励" with no sum
    in the notice is still a promised reward (amount null)."""
    text = (
        "某市人民政府关于表彰2030年度先进集体的决定\n"
        "市政府决定对在2030年度农民增收等方面工作突出的先进集体予以表彰奖励。\n"
        "希望受表彰的单位再接再厉。\n"
    )
    found = _rewards(text)
    assert found and all(amount is None for _, amount in found)


def test_a_doc_number_field_after_other_fields_is_read() -> None:
    """B21-4: "主题分类: 宏观经济,其他 发文字号: 某政发〔2030〕2号" is a metadata row, not the font-size
    control of the page ("字号:" inside 发文字号 is no furniture)."""
    text = (
        "索引号: 113306000/2030-1 公开方式: 主动公开\n"
        "主题分类: 宏观经济,经济体制改革,其他 发文字号: 某政发〔2030〕2号\n"
        "某市人民政府关于下达2030年某市国民经济和社会发展计划的通知\n"
        "各区人民政府,市政府各部门:\n"
        "2030年某市国民经济和社会发展计划已经审议批准,现印发给你们。\n"
    )
    assert extract_text(text, "x.txt").document.doc_number == "某政发〔2030〕2号"


def test_the_font_size_control_is_still_furniture() -> None:
    """B21-4 keeps dropping the page control "字号:大 中 小" (its number-free line stays out)."""
    text = (
        "字号:大 中 小\n"
        "某市人民政府关于印发2030年工作要点的通知\n"
        "各区人民政府:现将《2030年工作要点》印发给你们。\n"
    )
    assert "字号" not in normalise_text(text)
    assert "发文字号" in normalise_text("主题分类: 其他 发文字号: 某政发〔2030〕2号\n" + text)


def test_a_publication_field_is_no_milestone() -> None:
    """B21-5: "公开日期: 2030年12月27日 公开方式: 有效" is the page's date, nothing due on it."""
    text = (
        "名  称: 区人民政府办公室关于印发2030年工作任务的通知 发布机构: 区政府\n"
        "文  号: 某政办〔2030〕3号 索 引 号: 737546075/2030-1\n"
        "公开日期: 2030年12月27日 公开方式: 有效\n"
        "各街道办事处,区人民政府各部门:\n"
        "《2030年工作任务办理责任分解方案》已经区人民政府研究同意,现将相关工作要求通知如下。"
        "严格依照单位职责分工,明确责任事项对应的责任单位。各责任单位要加强与市级责任部门的对接,"
        "抓好责任分解与任务落实。\n"
    )
    assert _milestones(text) == []


def test_a_years_assessment_is_no_milestone() -> None:
    """B21-5: "市政府将重点工作任务纳入2030年目标考核体系" says which year's assessment counts the
    tasks; nothing falls due at the end of 2030 because of it. A dated hand-in stays one."""
    text = (
        "某市人民政府办公室关于分解下达2030年度市政府重点工作任务的通知\n"
        "各区人民政府:市政府将重点工作任务纳入2030年目标考核体系。"
        "各责任单位于2030年12月10日前报送全年完成情况。\n"
    )
    titles = _milestones(text)
    assert not any("考核体系" in title for title in titles)
    assert any("报送" in title for title in titles)
