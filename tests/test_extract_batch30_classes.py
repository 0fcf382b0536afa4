"""General rules for the failure classes first seen on batch 30's dev part (corpus/unseen/SOURCES.md,
"Batch 30"): a task list reprinted as news whose only place is a "来源:甲市政府办公厅、甲市政务" field
listing two sources; unit lists closed by "等市级有关部门" and a group's "其他成员单位"; a gazette's
navigation trail carried to a line of its own ("> 政务公开 > 政府公报目录 > 2031年 > 第9期"); the
role words of a table ("主责部门和配合部门要…") taken for a body; a row of a one-year plan's task
table whose unit cells are missing; and a clause saying where a reward is paid ("对在编人员,奖励兑付
到所在单位") read as a reward.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError

NEWS_LIST = (
    "市长牵头!公布2031年政府工作报告目标任务分解\n"
    "时间:2031-02-03 09:00\n"
    "来源:绍兴市政府办公厅、绍兴发布\n"
    "近日,市政府办公厅印发通知,公布目标任务分解清单。\n"
    "一、市长牵头重点工作\n"
    "1.一般公共预算收入增长3%。\n"
    "牵头单位:市财政局\n"
    "配合单位:市税务局、市统计局等市级有关部门,各区、县(市)政府\n"
    "2.地区生产总值增长6%以上。\n"
    "牵头单位:市发改委\n"
    "配合单位:市经济运行联席会议其他成员单位\n"
)


def test_the_first_organ_of_a_source_list_names_the_region() -> None:
    """B30-1: "来源:绍兴市政府办公厅、绍兴发布" lists two sources; the first, an organ of a real
    place, is the issuer, so the region is 绍兴市 and the goals carry it."""
    extraction = extract_text(NEWS_LIST, "x.txt")
    assert extraction.document.region == "绍兴市"
    assert extraction.document.issuer == "绍兴市政府办公厅"
    assert {t.region for t in extraction.targets} == {"绍兴市"}


def test_a_source_list_without_an_organ_names_no_issuer() -> None:
    """B30-1 guard: a field listing media only ("来源:绍兴日报、绍兴发布") gives no issuer."""
    media = NEWS_LIST.replace("来源:绍兴市政府办公厅、绍兴发布", "来源:绍兴日报、绍兴发布")
    assert extract_text(media, "x.txt").document.issuer is None


def test_others_tails_and_other_members_are_no_unit_names() -> None:
    """B30-2: "市统计局等市级有关部门" is 市统计局; "市经济运行联席会议其他成员单位" is no unit (nor is
    the group it names the members of)."""
    extraction = extract_text(NEWS_LIST, "x.txt")
    first = next(t for t in extraction.targets if t.value == 3)
    assert first.lead_units == ["市财政局"]
    assert "市统计局" in first.support_units
    assert not any("等" in unit for unit in extraction.units)
    assert not any("成员" in unit or "联席会议" in unit for unit in extraction.units)


GAZETTE = (
    "当前位置 :首页\n"
    "> 政务公开 > 政府信息公开 > 政府公报 > 政府公报目录 > 2031年 > 第9期(总第901期)\n"
    "丁省人民政府办公厅关于印发丁省水污染防治重点工作部门分工方案的通知\n"
    "丁政办发〔2031〕12号\n"
    "各市、县(市、区)人民政府:\n"
    "现印发给你们,请认真贯彻执行。\n"
    "丁省人民政府办公厅\n"
    "2031年4月2日\n"
    "1.制订全省用水总量控制方案。(省水利厅、省发改委。列第一位者为牵头部门,下同)\n"
)


def test_a_navigation_trail_on_its_own_line_is_no_fact() -> None:
    """B30-3: "> 政务公开 > … > 2031年 > 第9期(总第901期)" is page navigation: no milestone."""
    extraction = extract_text(GAZETTE.replace("丁省", "浙江省").replace("丁政", "浙政"), "x.txt")
    assert extraction.milestones == []
    assert [k.lead_units for k in extraction.tasks] == [["省水利厅"]]


def test_a_trail_of_steps_without_home_is_no_fact_but_a_sentence_is_kept() -> None:
    """B30-3 guard: a line of three steps or more joined by ">" is navigation; a sentence with one
    ">" of a comparison keeps its goal."""
    base = GAZETTE.replace("丁省", "浙江省").replace("丁政", "浙政")
    trail = base.replace("> 政务公开 > 政府信息公开", "政务公开 > 政府信息公开")
    assert extract_text(trail, "x.txt").milestones == []
    goal = base + "2.到2031年底,全省新建监测断面120个,达标率>90%。(省环保厅)\n"
    assert 120 in [t.value for t in extract_text(goal, "x.txt").targets]


TABLE = (
    "上海市某区人民政府关于印发区政府2031年重点工作目标的通知\n"
    "区政府各委、办、局:\n"
    "主责部门和配合部门要自觉树立责任意识,倒排时间节点、加快推进落实。\n"
    "上海市某区人民政府\n"
    "2031年2月3日\n"
    "上海市某区人民政府2031年重点工作目标\n"
    "序号\n"
    "重要项目\n"
    "目标任务和工作要求\n"
    "主责部门\n"
    "配合部门\n"
    "第一季度\n"
    "1\n"
    "稳增长\n"
    "保持经济持续发展,实现区级税收收入增长5%,达到120亿元左右。\n"
    "制定并下发稳增长举措实施方案\n"
)


def test_role_words_of_a_table_are_no_unit() -> None:
    """B30-4: "主责部门和配合部门要…" names the table's roles, not a body: no unit, no task."""
    extraction = extract_text(TABLE.replace("某区", "长宁区"), "x.txt")
    assert "主责部门" not in extraction.units
    assert not any("主责部门" in k.lead_units for k in extraction.tasks)


def test_a_one_year_table_row_without_unit_cells_keeps_its_goals() -> None:
    """B30-5: a row of a one-year plan's task table cut before its unit cells: its first cell with
    quantities is the row's goal, due at the year's end."""
    extraction = extract_text(TABLE.replace("某区", "长宁区"), "x.txt")
    assert sorted((t.value, t.unit, str(t.deadline)) for t in extraction.targets) == [
        (5, "%", "2031-12-31"),
        (120, "亿元", "2031-12-31"),
    ]


def test_a_unitless_row_of_a_multi_year_plan_is_left_to_its_columns() -> None:
    """B30-5 guard: only a one-year plan's row falls back to its year's end; a multi-year plan's
    row (its goals may be staged) gets no deadline from the rule."""
    staged = TABLE.replace("某区", "长宁区").replace(
        "2031年重点工作目标", "2031—2033年重点工作目标"
    )
    try:
        targets = extract_text(staged, "x.txt").targets
    except ExtractionError:
        targets = []  # nothing read: the row's goals are left to the columns it does not have
    assert [t.deadline for t in targets if t.value == 120] in ([], [None])


ROUTED = (
    "戊市招商引资激励办法(试行)\n"
    "一、奖励对象\n"
    "奖励对象是指首位将外来投资者介绍到我市并促成项目投资的第一引荐人。"
    "对国家机关、事业单位及其在职在编人员,奖励兑付到所在单位,专项用于招商引资工作经费。\n"
    "二、奖励标准\n"
    "对引进总投资1亿元以上实体项目的第一引荐人,奖励10万元。\n"
)


def test_where_a_reward_is_paid_is_no_reward() -> None:
    """B30-6: "对国家机关、事业单位…,奖励兑付到所在单位" says where the money goes: no reward; the
    sum the rule grants is kept."""
    extraction = extract_text(ROUTED.replace("戊市", "德州市"), "x.txt")
    assert [r.amount_yuan for r in extraction.rewards] == [100000]


def test_a_rule_cut_before_its_sums_keeps_who_qualifies() -> None:
    """B30-6: a rule that says where its rewards are paid is a reward rule even when the copy is cut
    before its sums: its definition of who may be rewarded is kept as a scope condition."""
    cut = ROUTED.replace("德州市", "戊市").split("二、奖励标准")[0].replace("戊市", "德州市")
    extraction = extract_text(cut + "二、项目认定\n项目须在我市工商注册、依法纳税。\n", "x.txt")
    assert extraction.rewards == []
    assert [c.kind for c in extraction.conditions if "奖励对象" in c.text] == ["scope"]
