"""General rules for the open classes left by batches 28–30 (corpus/unseen/FAILURES.md, "Open
classes, round 33"): a reward rule's definitions and exclusions ("项目指…在本市注册、依法纳税…",
"…等不在认定范围"), how a reward several people earned is claimed and where it is paid, and a
headline ceiling said as a sentence of its own ("最高奖励金额不超过…").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

RULES = (
    "甲市引才引智奖励办法出台!最高奖励金额不超过200万元\n"
    "5月6日,甲市引才引智奖励办法印发,对引进人才团队的推荐人给予奖励。\n"
    "办法明确,“奖励对象”是指首位将人才团队推荐到我市落户的推荐人。"
    "同一个团队有多个推荐人的,由第一推荐人申领奖金,自行协商奖金分配。"
    "对在编人员,奖励兑付到所在单位,用于人才工作经费。\n"
    "团队项目指由市外人才在我市创办,在我市注册、依法纳税,具有独立法人资格,且承诺5年内不迁离本市。"
    "(培训机构、中介咨询企业等不在认定范围;)\n"
)


def _conditions(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


def test_a_definition_of_what_the_rules_reach_is_a_scope() -> None:
    """ "团队项目指由市外人才在我市创办,在我市注册、依法纳税…" defines what the rules reach."""
    found = _conditions(RULES)
    assert any(kind == "scope" and text.startswith("团队项目指") for kind, text in found)


def test_what_the_rules_leave_out_is_a_scope() -> None:
    """ "培训机构、中介咨询企业等不在认定范围" names what the rules leave out."""
    found = _conditions(RULES)
    assert any(kind == "scope" and text.endswith("不在认定范围") for kind, text in found)


def test_who_claims_a_shared_reward_and_where_it_is_paid_are_conditions() -> None:
    """ "有多个推荐人的,由第一推荐人申领奖金,自行协商奖金分配" and "奖励兑付到所在单位" are rules
    on how the money is paid (kind other)."""
    found = _conditions(RULES)
    others = [text for kind, text in found if kind == "other"]
    assert any("第一推荐人申领奖金" in text for text in others)
    assert any("兑付到所在单位" in text for text in others)


def test_a_headline_ceiling_is_an_overall_cap() -> None:
    """ "最高奖励金额不超过200万元" as a sentence of its own names no achievement: a ceiling over
    the rules, read in the whole extraction too."""
    extraction = extract_text(RULES, "x.txt")
    caps = [c.text for c in extraction.conditions if c.kind == "overall_cap"]
    assert caps == ["最高奖励金额不超过200万元"]


def test_a_reward_cap_after_its_achievement_is_no_overall_cap() -> None:
    """Guard: "对新认定的…企业奖励20万元,最高奖励金额不超过50万元" is the reward's own cap."""
    text = "乙县人民政府关于印发乙县企业奖励办法的通知\n乙政发〔2031〕3号\n对新认定的高新技术企业奖励20万元,最高奖励金额不超过50万元。\n"
    assert not [kind for kind, _ in _conditions(text) if kind == "overall_cap"]


def test_guidance_is_no_definition() -> None:
    """Guard: "项目指导服务由县发改局负责" is no definition (指导)."""
    text = "乙县人民政府关于印发乙县企业奖励办法的通知\n乙政发〔2031〕3号\n项目指导服务由县发改局负责,对新认定企业奖励10万元。\n"
    assert not [kind for kind, _ in _conditions(text) if kind == "scope"]


SPLIT = (
    "甲省人民政府办公厅关于印发甲省节能行动重点工作部门分工方案的通知\n"
    "甲政办发〔2031〕12号\n"
    "一、推进能源结构调整(省能源办总牵头)\n"
    "(一)制订能源消费总量控制方案。\n"
    "1.制订能源消费总量控制目标,实现消费总量负增长。(省经信厅、省统计局。列第一位者为牵头部门,下同)\n"
)


def test_a_heading_s_overall_lead_is_a_unit() -> None:
    """ "(省能源办总牵头)" after a heading names the body that leads the whole part: a unit of the
    document; the items keep their own lead."""
    extraction = extract_text(SPLIT, "x.txt")
    assert "省能源办" in extraction.units
    assert [task.lead_units for task in extraction.tasks] == [["省经信厅"]]


QUARTERS = (
    "上海市静安区人民政府关于印发区政府2031年重点工作目标的通知\n"
    "上海市静安区人民政府\n"
    "2031年2月3日\n"
    "上海市静安区人民政府2031年重点工作目标\n"
    "序号\n"
    "重要项目\n"
    "目标任务和工作要求\n"
    "主责部门\n"
    "配合部门\n"
    "第一季度\n"
    "第二季度\n"
    "1\n"
    "促消费\n"
    "保持消费平稳增长,实现社会消费品零售总额增长6%。\n"
    "制定并下发2031年静安区促消费实施方案,召开全区促消费工作会议。\n"
    "完成重点商圈改造提升方案编制工作。\n"
)


def test_quarter_columns_of_a_one_year_table_date_their_stages() -> None:
    """The cells after a row's goal under "第一季度 / 第二季度" columns are the row's stages, due at
    each quarter's end; the plan's own year before a name ("制定并下发2031年静安区…方案") is part
    of the name, no time of the cell's own."""
    extraction = extract_text(QUARTERS, "x.txt")
    assert sorted((str(m.due), m.title[:4]) for m in extraction.milestones) == [
        ("2031-03-31", "制定并下"),
        ("2031-06-30", "完成重点"),
    ]
    assert [(t.value, str(t.deadline)) for t in extraction.targets] == [(6, "2031-12-31")]


BID = (
    "甲市人民政府办公室关于印发甲市促进消费恢复实施方案的通知\n"
    "甲政办发〔2031〕9号\n"
    "一、促进消费恢复\n"
    "1.加大促消费活动力度。全力申办2031年全省夏季消费促进活动启动仪式,精心组织系列促消费活动。"
    "2031年6月底前完成城区步行街改造。\n"
)


def test_the_year_of_an_event_bid_for_is_no_deadline() -> None:
    """ "全力申办2031年全省…活动启动仪式": the year is the event's edition, so no milestone; a
    work due "2031年6月底前" still is one."""
    extraction = extract_text(BID, "x.txt")
    assert [(str(m.due), m.title[:4]) for m in extraction.milestones] == [
        ("2031-06-30", "完成城区")
    ]


JURY = (
    "乙市人民政府关于印发乙市市长质量奖管理办法的通知\n"
    "乙政〔2031〕4号\n"
    "第一章 组织管理\n"
    "第五条 为加强评审工作,设立乙市市长质量奖评审委员会(以下简称“评委会”),评委会下设办公室,办公室设在市市场监管局。\n"
    "第六条 评委会负责推动、指导市长质量奖评审活动,审定评审标准和工作程序。\n"
    "第七条 市财政局负责奖励资金的拨付。\n"
    "第二章 奖励\n"
    "第八条 对获得市长质量奖的组织,给予50万元奖励。\n"
)


def test_a_prize_jury_s_remit_is_no_task_but_the_jury_is_a_unit() -> None:
    """ "评委会负责推动、指导…评审活动": a jury the rules set up does so for every round, no task;
    the jury stays a unit, and another body's duty in the same rules stays a task."""
    extraction = extract_text(JURY, "x.txt")
    assert [task.lead_units for task in extraction.tasks] == [["市财政局"]]
    assert "乙市市长质量奖评审委员会" in extraction.units


HEADLINE = (
    "某县第三章:专利导航奖励3万元\n"
    "丙县人民政府关于印发丙县知识产权奖励办法的通知\n"
    "丙府发〔2031〕2号\n"
    "第三章 专利奖励\n"
    "第九条 当年完成专利导航分析项目并通过验收的企业奖励3万元;当年获得发明专利授权的,每件奖励1万元。\n"
)


def test_a_headline_restating_a_body_reward_is_that_reward() -> None:
    """A page's opening line "…专利导航奖励3万元" restates the body's reward of the same sum: one
    reward, read from the body."""
    extraction = extract_text(HEADLINE, "x.txt")
    assert sorted((r.amount_yuan, r.span.start > 20) for r in extraction.rewards) == [
        (10000, True),
        (30000, True),
    ]


VISION = (
    "丁市人民政府关于印发丁市建设科技强市三年行动计划(2031—2033年)的通知\n"
    "丁政发〔2031〕5号\n"
    "一、总体目标\n"
    "到2033年,初步建成结构更优、动能更强的先进制造业强市。\n"
    "到2032年,建成市级科技创新服务中心并投入使用。\n"
)


def test_a_dated_vision_is_a_milestone_as_the_schema_settles() -> None:
    """ "到2033年,初步建成…的先进制造业强市" is a dated aim with no number: a milestone due at the
    year's end (corpus/SCHEMA.md, "Conventions settled" 1; round 33 first dropped such aims, then
    the dev golds were counted: most keep them)."""
    extraction = extract_text(VISION, "x.txt")
    assert sorted((str(m.due), m.title[:4]) for m in extraction.milestones) == [
        ("2032-12-31", "建成市级"),
        ("2033-12-31", "初步建成"),
    ]


AWARD_DEFINED = (
    "戊市人民政府关于印发戊市名牌产品奖励办法的通知\n"
    "戊政发〔2031〕7号\n"
    "第一条 本办法所称戊市名牌产品是指由市质量强市领导小组统一组织评定,并以市政府名义颁发证书的产品。\n"
    "第二条 本办法所称企业,是指在本市依法登记注册并纳税的企业。\n"
    "第三条 对新获得戊市名牌产品称号的企业,奖励5万元。\n"
)


def test_an_award_s_own_definition_is_no_scope() -> None:
    """ "本办法所称戊市名牌产品是指…的产品" says what the honour is, not whom the rules reach; "本办法
    所称企业,是指在本市依法登记注册…的企业" still is a scope."""
    found = _conditions(AWARD_DEFINED)
    assert [kind for kind, _ in found] == ["scope"]
    assert found[0][1].startswith("本办法所称企业")


def test_one_firm_only_once_is_no_stacking_even_cut_short() -> None:
    """ "同一企业仅可享受本条奖励一项" (or the clause cut after 享受) pays a firm once: no_stacking."""
    text = AWARD_DEFINED.replace("奖励5万元。", "奖励5万元,同一企业仅可享受本条奖励一项。")
    assert (
        "no_stacking",
        "对新获得戊市名牌产品称号的企业,奖励5万元,同一企业仅可享受本条奖励一项",
    ) in [(kind, text) for kind, text in _conditions(text)]
