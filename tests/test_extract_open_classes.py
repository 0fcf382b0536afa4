"""General rules for the open failure classes of corpus/unseen/FAILURES.md ("Round 19").

Every text here is invented for the rule (invented places, honours, firms and figures), written in
several phrasings per class, none of them an excerpt of a corpus document.
"""

from __future__ import annotations

import time

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError


def _conditions(text: str) -> set[tuple[str, str]]:
    return {(c.kind, c.text) for c in extract_text(text, "x.txt").conditions}


# --- B11-4: a reward rule's honour counts, quotas and prize ceilings are no goals -------------


@pytest.mark.parametrize(
    "text",
    [
        "青川县科技创新奖励办法\n本办法设立3个奖项,奖金最高达15万元。"
        "对获得“青川科技之星”称号的企业,给予8万元奖励。\n",
        "白沙市质量奖评选办法\n白沙市质量奖共设两类奖项,奖励金额最高可达30万元。"
        "对获得白沙市质量奖的组织,给予30万元奖励。每届评选不超过4个。\n",
        "远山区人才奖励办法\n远山区人才奖分为五个等次,每批次授予不超过12名。"
        "获评一等的,奖励5万元。单项奖金最多为5万元。\n",
    ],
)
def test_honour_counts_of_a_reward_rule_are_no_targets(text: str) -> None:
    result = extract_text(text, "x.txt")
    assert result.rewards  # the rule itself is read
    assert result.targets == []


def test_a_plan_goal_counting_honours_stays_a_target() -> None:
    """ "力争新获省级以上荣誉称号8个" commits to winning honours: a goal, not a rule's shape."""
    text = (
        "某县2038年质量工作要点\n到2038年底,全县力争新获省级以上质量荣誉称号8个,"
        "新增省级名牌产品5个。\n"
    )
    values = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert (8, "个") in values and (5, "个") in values


# --- news datelines are no milestones ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "记者2039年4月12日从市政府新闻办获悉,",
        "2039年4月12日上午从省科技厅传来消息,",
        "本报讯 2039年4月12日据县农业农村局了解到,",
    ],
)
def test_a_news_dateline_is_no_milestone(line: str) -> None:
    text = (
        line
        + "《青川县科技创新奖励办法》日前印发。对获得“青川科技之星”称号的企业,给予8万元奖励。\n"
        "请各乡镇于2039年6月30日前完成首批申报。\n"
    )
    result = extract_text(text, "x.txt")
    assert [m.due.isoformat() for m in result.milestones if m.due] == ["2039-06-30"]


# --- B11-7 and conditions: quotas per round, a notice's total, clauses of a long sentence -----


@pytest.mark.parametrize(
    "quota",
    ["每次评选不超过3个", "每届表彰名额不超过20名", "每批最多10家", "每轮命名不多于5项"],
)
def test_a_quota_per_round_of_an_honour_is_a_condition(quota: str) -> None:
    text = (
        "某市绿色工厂奖励办法\n“某市绿色工厂”由各区推荐," + quota + "。\n"
        "对获得“某市绿色工厂”称号的企业,给予10万元奖励。\n"
    )
    kinds = {kind for kind, body in _conditions(text) if quota[-3:] in body}
    assert kinds == {"other"}


@pytest.mark.parametrize(
    "sentence",
    [
        "经审核,确定对青禾机械有限公司等12家企业给予奖励,共计318万元。",
        "此次共表彰先进集体7个,奖励资金总计56万元。",
        "对远帆科技等5家单位实施奖补,合计发放资金40万元。",
    ],
)
def test_a_notices_total_over_its_recipients_is_a_condition(sentence: str) -> None:
    text = (
        "关于某区2039年度技术改造奖励资金的公示\n"
        + sentence
        + "\n对完成技术改造投资500万元以上的企业,每家给予奖励10万元。\n"
    )
    assert any(kind == "other" and "万元" in body for kind, body in _conditions(text))


def test_a_long_sentence_yields_each_of_its_conditions_clause_by_clause() -> None:
    """A policy stated in one long sentence: the cap is its own clause, not the whole sentence."""
    text = (
        "关于2039年一季度工业稳增长奖励资金的公示\n"
        "根据《某市关于促进工业经济平稳增长若干措施的通知》文件要求,政策内容为:对2039年一季度"
        "工业产值超过5000万元的规模以上工业企业,一季度产值同比增长8%以上的,一季度产值每增加500万元"
        "奖励1万元,每家企业累计奖励最高不超过300万元。\n"
    )
    found = _conditions(text)
    assert ("overall_cap", "每家企业累计奖励最高不超过300万元") in found


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("同一企业同一项目不得重复申报", "no_stacking"),
        ("同一项目符合本办法多项奖励条件的,按其中最高一项执行", "no_stacking"),
        ("同一企业获得多项称号的,只能选择其一享受", "no_stacking"),
        ("奖励总额不得超过企业当年实缴税收地方留成部分", "overall_cap"),
        ("奖励金额以企业上年度对区级财政的贡献为限", "overall_cap"),
        ("每一申报主体年度奖励最高不超过80万元", "overall_cap"),
    ],
)
def test_conditions_in_other_words(clause: str, kind: str) -> None:
    text = (
        "某区品牌建设奖励办法\n第一条 对新获得中国驰名商标的企业,给予50万元奖励。\n"
        "第二条 对新获得省级名牌产品的企业,给予10万元奖励。\n第三条 " + clause + "。\n"
    )
    assert kind in {k for k, body in _conditions(text) if clause[:6] in body}


# --- B11-5: one-character tiers named bare in a list ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("获得“丰收杯”金、银、铜杯", ["获得“丰收杯”金杯", "获得“丰收杯”银杯", "获得“丰收杯”铜杯"]),
        ("被评为“文明窗口”甲、乙类", ["被评为“文明窗口”甲类", "被评为“文明窗口”乙类"]),
        (
            "获得技能大赛一、二、三等奖",
            ["获得技能大赛一等奖", "获得技能大赛二等奖", "获得技能大赛三等奖"],
        ),
    ],
)
def test_bare_one_character_tiers_take_the_name_and_the_noun(
    phrase: str, expected: list[str]
) -> None:
    text = f"某县表彰决定\n对{phrase}的单位分别给予一定的物质奖励。\n"
    achievements = [r.achievement for r in extract_text(text, "x.txt").rewards]
    assert achievements == expected


# --- B11-6: a commendation's recipients are no issuer, and their governments no level cue -------


def test_recipient_governments_listed_under_a_heading_name_no_issuer_nor_level() -> None:
    recipients = ["桐柏县人民政府", "方城县人民政府", "镇平县人民政府", "唐河县人民政府"]
    text = (
        "关于对2040年度植树造林竞赛活动进行表彰的决定\n\n"
        "根据南阳市人民政府《关于开展植树造林竞赛活动的通知》精神,全市各参赛单位扎实开展造林绿化,"
        "超额完成了年度任务。经综合评定,市政府决定对桐柏县人民政府等先进单位进行表彰,"
        "对获得一、二等奖的单位分别给予一定的物质奖励。\n\n"
        "一、一等奖单位\n\n" + "\n\n".join(recipients[:2]) + "\n\n"
        "二、二等奖单位\n\n" + "\n\n".join(recipients[2:]) + "\n\n"
        "希望受表彰的单位再接再厉。\n\n二〇四一年二月十日\n"
    )
    meta = extract_text(text, "x.txt").document
    assert meta.issuer not in recipients
    assert meta.region == "南阳市"


# --- rewards: the sum before its recipients; a heading that holds the achievement -------------


@pytest.mark.parametrize(
    ("rule", "achievement", "amount"),
    [
        ("第三条 给予20万元奖励,对新获得中国驰名商标的企业。", "新获得中国驰名商标", 200000),
        (
            "第四条 一次性奖励10万元:对首次获得省级名牌产品称号的企业。",
            "首次获得省级名牌产品称号",
            100000,
        ),
        ("(五)奖励8万元,给予当年主导制定国家标准的单位。", "当年主导制定国家标准", 80000),
    ],
)
def test_a_sum_stated_before_its_recipients(rule: str, achievement: str, amount: int) -> None:
    text = "某县品牌建设奖励办法\n" + rule + "\n"
    rewards = [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]
    assert rewards == [(achievement, amount)]


@pytest.mark.parametrize(
    ("heading", "body", "achievement", "amount"),
    [
        ("(一)获得中国质量奖", "给予企业100万元奖励。", "获得中国质量奖", 1000000),
        (
            "三、新认定国家级企业技术中心",
            "对新认定的企业,一次性奖励50万元。",
            "新认定国家级企业技术中心",
            500000,
        ),
        ("(三)主导制定国际标准", "每项奖励30万元。", "主导制定国际标准", 300000),
        ("4.被评为省级专精特新企业", "奖励15万元。", "被评为省级专精特新企业", 150000),
    ],
)
def test_a_heading_names_the_achievement_its_body_pays_for(
    heading: str, body: str, achievement: str, amount: int
) -> None:
    text = f"某区质量品牌奖励办法\n{heading}\n{body}\n"
    rewards = [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]
    assert rewards == [(achievement, amount)]


def test_a_generic_heading_names_no_achievement() -> None:
    """ "(一)奖励标准" names no achievement: a bare sum under it is no reward of its own."""
    text = "某区质量品牌奖励办法\n(一)奖励标准\n给予企业100万元奖励。\n"
    with pytest.raises(ExtractionError):  # nothing else in it: no plan at all
        extract_text(text, "x.txt")


# --- per-place quotas in more layouts ----------------------------------------------------------

_NOTICE = "浙江省人民政府办公厅关于下达2041年高标准农田建设任务的通知\n各市人民政府:\n"


def _per_place(text: str) -> set[tuple[str | None, float, str | None, str | None]]:
    return {
        (t.district, t.value, t.unit, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
        if t.district
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "2041年全省新建高标准农田300万亩,分配杭州市120万亩、宁波市100万亩、温州市80万亩。",
        "2041年全省新建高标准农田300万亩,下达给杭州市120万亩、宁波市100万亩、温州市80万亩。",
        "2041年,杭州、宁波、温州三市新建高标准农田分别为120万亩、100万亩、80万亩。",
        "2041年,杭州市、宁波市和温州市新建高标准农田分别完成120万亩、100万亩和80万亩。",
    ],
)
def test_a_total_handed_down_place_by_place_in_prose(sentence: str) -> None:
    assert _per_place(_NOTICE + sentence + "\n") == {
        ("杭州市", 120, "万亩", "2041-12-31"),
        ("宁波市", 100, "万亩", "2041-12-31"),
        ("温州市", 80, "万亩", "2041-12-31"),
    }


@pytest.mark.parametrize(
    "title", ["附表:各市森林质量提升任务(万亩)", "表2 各市森林质量提升任务(万亩):"]
)
def test_a_year_column_table_takes_the_measure_closing_its_title(title: str) -> None:
    text = (
        "浙江省林业局关于下达2041-2043年森林质量提升任务的通知\n各市林业局:\n"
        + title
        + "\n| 市 | 2041年 | 2042年 |\n| 杭州市 | 10 | 12 |\n| 宁波市 | 8 | 9 |\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert {
        (t.district, t.value, t.unit, t.deadline.year if t.deadline else None) for t in targets
    } == {
        ("杭州市", 10, "万亩", 2041),
        ("杭州市", 12, "万亩", 2042),
        ("宁波市", 8, "万亩", 2041),
        ("宁波市", 9, "万亩", 2042),
    }
    assert {t.subject for t in targets} == {"森林质量提升任务"}


# --- rewards: tiers under a lead ending in ":", a second payer, 奖 alone as the verb -------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("第五条 对获得省级以上质量奖的企业:", {"获得国家级质量奖", "获得省级质量奖"}),
        (
            "(二)对新认定为省级及以上企业技术中心的,给予奖励如下:",
            {"新认定为国家级企业技术中心", "新认定为省级企业技术中心"},
        ),
    ],
)
def test_tier_lines_take_the_honour_their_colon_lead_names(lead: str, expected: set[str]) -> None:
    text = f"某县质量奖励办法\n{lead}\n国家级奖励100万元;\n省级奖励50万元。\n"
    rewards = {(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards}
    assert {achievement for achievement, _ in rewards} == expected
    assert {amount for _, amount in rewards} == {1000000, 500000}


@pytest.mark.parametrize(
    "payer", ["区财政配套奖励3万元", "县财政再奖励3万元", "区级财政追加奖励3万元"]
)
def test_a_second_payer_pays_for_the_same_achievement(payer: str) -> None:
    text = f"某县质量奖励办法\n第五条 对获得省政府质量奖的企业,市财政奖励5万元,{payer}。\n"
    rewards = [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]
    assert rewards == [("获得省政府质量奖", 50000), ("获得省政府质量奖", 30000)]


def test_jiang_alone_as_the_verb_after_a_pause() -> None:
    text = "某县品牌奖励办法\n(四)获得中国驰名商标的企业,奖10万元。\n"
    rewards = [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]
    assert len(rewards) == 1 and rewards[0][1] == 100000
    assert rewards[0][0].startswith("获得中国驰名商标")


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("享受本政策的企业须在本县注册且正常经营满一年", "scope"),
        ("申报企业须为本市行政区域内注册的独立法人", "scope"),
        ("有下列情形之一的企业不得申报:存在严重失信行为的", "scope"),
        ("企业同时符合本办法和其他政策规定的,按照从优不重复的原则执行", "no_stacking"),
        ("企业每年获得的奖励总额不超过其上年度缴纳税收的区级留成部分", "overall_cap"),
        ("弄虚作假骗取奖励资金的,一经查实,追回已拨付资金", "other"),
        ("奖励资金实行总额控制,超出预算的按比例核减", "other"),
    ],
)
def test_more_condition_wordings(clause: str, kind: str) -> None:
    text = (
        "某区促进工业高质量发展奖励办法\n第一条 对新获得中国质量奖的企业,给予100万元奖励。\n"
        "第二条 对新认定为国家级专精特新“小巨人”企业的,给予50万元奖励。\n第12条 " + clause + "。\n"
    )
    assert (kind, clause) in _conditions(text)


# --- numbers that frame the work, not goals ------------------------------------------------------

_PLAN = "青川市质量强市三年行动计划(2031-2033年)\n三、重点任务\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "(一)开展质量攻关。围绕3大主导产业、5个重点领域,开展质量攻关,建成省级质检中心2个。",
        "(一)开展质量攻关。聚焦6个重点行业,组织质量比对,建成省级质检中心2个。",
        "(一)开展质量攻关。针对4类重点产品,实施质量提升,建成省级质检中心2个。",
    ],
)
def test_the_objects_a_task_is_aimed_at_are_no_targets(sentence: str) -> None:
    targets = extract_text(_PLAN + sentence + "\n", "x.txt").targets
    assert [(t.value, t.unit) for t in targets] == [(2, "个")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("(二)建设两个中心。建成省级质检中心1个、市级计量测试中心3个。", [1, 3]),
        ("2.实施三大工程。新增省级名牌产品5个,培育标杆企业7家,建成示范区4个。", [4, 5, 7]),
    ],
)
def test_a_heading_that_counts_its_items_in_words_is_no_target(
    paragraph: str, expected: list[int]
) -> None:
    values = sorted(t.value for t in extract_text(_PLAN + paragraph + "\n", "x.txt").targets)
    assert values == expected


def test_a_heading_that_states_its_own_goal_stays_a_target() -> None:
    """ "(一)新增省级名牌产品30个。" is a goal, written as a heading."""
    text = _PLAN + "(一)新增省级名牌产品30个。加强培育指导。\n"
    assert [(t.value, t.unit) for t in extract_text(text, "x.txt").targets] == [(30, "个")]


# --- deadlines from the plan's own span ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "signed", "period"),
    [
        ("青川市质量提升三年行动计划", "2031年3月1日", (2031, 2033)),
        ("青川市品牌建设五年规划", "2031年6月18日", (2031, 2035)),
        ("青川市质量提升三年行动方案", "2030年12月20日", (2031, 2033)),
    ],
)
def test_a_plan_of_n_years_runs_from_its_signing_year(
    title: str, signed: str, period: tuple[int, int]
) -> None:
    text = f"{title}\n全市新增省级名牌产品30个,主导制定国家标准10项。\n青川市人民政府\n{signed}\n"
    result = extract_text(text, "x.txt")
    assert result.document.period == period
    assert {t.deadline.year for t in result.targets if t.deadline} == {period[1]}


@pytest.mark.parametrize("bracket", ["(2031至2035年)", "(2031到2035年)", "(2031~2035)"])
def test_a_period_in_the_bracket_after_the_title(bracket: str) -> None:
    text = f"青川市质量强市建设实施方案{bracket}\n新增省级名牌产品30个。\n"
    assert extract_text(text, "x.txt").document.period == (2031, 2035)


@pytest.mark.parametrize(
    ("words", "year"), [("今后三年", 2033), ("未来五年", 2035), ("今后两年", 2032)]
)
def test_the_years_ahead_from_the_documents_own(words: str, year: int) -> None:
    text = (
        f"青川市人民政府关于推进质量强市建设的实施意见\n{words},全市新增省级名牌产品30个。\n"
        "青川市人民政府\n2031年3月1日\n"
    )
    assert [t.deadline.year for t in extract_text(text, "x.txt").targets if t.deadline] == [year]


# --- tasks: unit clauses closing a task paragraph without a bracket or a label --------------------


@pytest.mark.parametrize(
    ("closing", "lead", "support"),
    [
        (
            "由县市场监管局牵头负责,县工信局、县农业农村局配合。",
            ["县市场监管局"],
            ["县工信局", "县农业农村局"],
        ),
        ("县行政审批局牵头,县税务局、县人社局参与。", ["县行政审批局"], ["县税务局", "县人社局"]),
        ("具体由县政府督查室负责。", ["县政府督查室"], []),
    ],
)
def test_unit_clauses_closing_a_task_paragraph(
    closing: str, lead: list[str], support: list[str]
) -> None:
    text = (
        "远山县2032年优化营商环境工作方案\n一、工作任务\n"
        "(一)推进标准化建设。开展标准化试点示范," + closing + "\n"
    )
    tasks = [(t.title, t.lead_units, t.support_units) for t in extract_text(text, "x.txt").tasks]
    assert tasks == [("推进标准化建设", lead, support)]


def test_a_sentence_after_the_unit_clause_keeps_it_prose() -> None:
    """ "…由市发改委牵头负责。各地应于7月初…组织一次自查" : the clause does not close the paragraph."""
    text = (
        "远山县2032年优化营商环境工作方案\n一、工作任务\n"
        "(一)实施动态管理。具体由县发改局牵头负责。各乡镇应于7月初和12月初分别组织一次自查活动。\n"
    )
    result = extract_text(text, "x.txt")
    assert [d.every for d in result.recurring] == ["half-year"]


@pytest.mark.parametrize(
    "sentence",
    [
        "县发改局负责牵头建立企业信用档案,县市场监管局配合做好信用信息归集工作。",
        "县发改局负责建立企业信用档案,县市场监管局等部门积极配合。",
    ],
)
def test_a_supporting_body_in_a_clause_after_the_duty(sentence: str) -> None:
    text = "远山县2032年优化营商环境工作方案\n二、保障措施\n" + sentence + "\n"
    tasks = extract_text(text, "x.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [(["县发改局"], ["县市场监管局"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "现拨付奖励资金共计35万元,其中:青禾精密机械有限公司20万元,远帆新材料股份有限公司15万元。",
        "下达奖补资金35万元,分别为青禾精密机械有限公司:20万元、远帆新材料股份有限公司:15万元。",
    ],
)
def test_a_notice_paying_named_firms_gives_one_reward_each(sentence: str) -> None:
    text = "关于拨付2040年度科技创新奖励资金的通知\n" + sentence + "\n"
    rewards = {(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards}
    assert rewards == {("青禾精密机械有限公司", 200000), ("远帆新材料股份有限公司", 150000)}


# --- milestones: phases under a "一、" number, the work named before its date -------------------


def test_phases_numbered_with_a_pause_mark_are_phases() -> None:
    text = (
        "青川市2031年质量提升行动实施方案\n"
        "一、动员部署阶段(2031年3月—4月)。制定实施方案,召开动员大会。\n"
        "二、组织实施阶段(2031年5月—10月)。各地各部门按照方案要求组织实施。\n"
    )
    phases = [
        (m.start.isoformat() if m.start else None, m.due.isoformat() if m.due else None)
        for m in extract_text(text, "x.txt").milestones
    ]
    assert phases == [("2031-03-01", "2031-04-30"), ("2031-05-01", "2031-10-31")]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("检测平台建设2031年8月底前完成。", "2031-08-31"),
        ("青川大道改造工程于2031年10月底前竣工。", "2031-10-31"),
        ("全市质量追溯平台力争2031年6月底前建成投用。", "2031-06-30"),
    ],
)
def test_the_work_named_before_its_date_and_verb(sentence: str, due: str) -> None:
    text = "青川市2031年质量提升行动实施方案\n(三)建设平台。" + sentence + "\n"
    milestones = extract_text(text, "x.txt").milestones
    assert [m.due.isoformat() for m in milestones if m.due] == [due]
    assert len(milestones[0].title) >= 6


def test_a_quarterly_report_title_drops_the_word_of_timing() -> None:
    text = "青川市2031年质量提升行动实施方案\n各县(市、区)于每季度末前报送工作进展。\n"
    assert [(d.title, d.every) for d in extract_text(text, "x.txt").recurring] == [
        ("报送工作进展", "quarter")
    ]


def test_a_part_naming_only_its_year_counts_what_the_part_before_counts() -> None:
    text = (
        "青川市人民政府关于加快发展现代服务业的意见\n"
        "2031年,全市服务业增加值增长8%;2032年,增长9%;2033年,增长10%。\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert [(t.subject, t.value, t.deadline.year if t.deadline else None) for t in targets] == [
        ("全市服务业增加值", 8, 2031),
        ("全市服务业增加值", 9, 2032),
        ("全市服务业增加值", 10, 2033),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit", "title"),
    [
        (
            "由农业农村局组织农技人员下乡开展技术指导。",
            "农业农村局",
            "组织农技人员下乡开展技术指导",
        ),
        ("由县文旅局组织开展文明旅游宣传活动。", "县文旅局", "组织开展文明旅游宣传活动"),
    ],
)
def test_a_body_that_organises_the_work_after_you(sentence: str, unit: str, title: str) -> None:
    text = "关于做好2031年春耕生产工作的通知\n各乡镇人民政府:\n三、做好服务。" + sentence + "\n"
    tasks = [(t.lead_units, t.title) for t in extract_text(text, "x.txt").tasks]
    assert tasks == [([unit], title)]


def test_organising_without_you_names_no_doer() -> None:
    """ "组织农技人员…" with no body named: no task (and nothing else in the text)."""
    text = "关于做好2031年春耕生产工作的通知\n各乡镇人民政府:\n三、做好服务。组织农技人员下乡开展技术指导。\n"
    with pytest.raises(ExtractionError):
        extract_text(text, "x.txt")


def test_items_with_verbs_of_their_own_keep_them_and_doses_are_counted() -> None:
    text = (
        "青川市2031年民生实事项目\n"
        "全年新增城镇就业1.5万人次,培训农民工3000人次,新建公共停车泊位2000个,改造老旧小区120万平方米,"
        "单位GDP能耗下降3.5个百分点,接种疫苗10万剂次,新增学位4500个,床位800张。\n"
    )
    found = {(t.value, t.unit, t.subject) for t in extract_text(text, "x.txt").targets}
    assert found >= {
        (2000, "个", "新建公共停车泊位"),
        (120, "万平方米", "改造老旧小区"),
        (10, "万剂次", "接种疫苗"),
        (800, "张", "新增床位"),
    }


@pytest.mark.parametrize(
    "rule",
    [
        "对获得县长质量奖的企业,奖励企业30万元,奖励企业主要负责人5万元。",
        "对获得县长质量奖的企业,奖励30万元,同时奖励企业法定代表人5万元。",
        "对获得县长质量奖的企业,奖励30万元,主要负责人奖励5万元。",
    ],
)
def test_a_second_recipient_in_the_same_rule(rule: str) -> None:
    text = "某县质量奖励办法\n第五条 " + rule + "\n"
    amounts = sorted(r.amount_yuan or 0 for r in extract_text(text, "x.txt").rewards)
    assert amounts == [50000, 300000]


@pytest.mark.parametrize(
    "clause",
    [",单个企业奖励最高不超过10万元", ",对甲等9家企业实施奖励,共计26万元", ",每届评选不超过5个"],
)
def test_a_long_sentence_of_repeated_conditions_is_read_in_linear_time(clause: str) -> None:
    """Each kind's next match is kept while the clauses are read (a search from every clause to
    the sentence's end took 36 s for 1,500 caps)."""
    text = "某县奖励办法\n对获得中国驰名商标的企业,给予10万元奖励" + clause * 1500 + "。\n"
    started = time.process_time()
    conditions = extract_text(text, "x.txt").conditions
    assert time.process_time() - started < 5
    assert len(conditions) == 1  # the same clause said 1,500 times is one condition
