"""General rules for the failure classes seen on batch 58's dev part (corpus/unseen/SOURCES.md,
"Batch 58"; FAILURES.md "Batch 58"), chosen for commendations, quality-award rules and grant
notices: the seats of an honour per round or year said as 名额 or "每届共奖励N名" (B58-1); an
award defined as "…在质量领域的最高奖励", no reward (B58-2); a body the rules set up and name for
short, or charge with the work, its name listing topics with 、 (B58-3); "本实施办法所称的企业和组织,
是指…" whom the rules mean (B58-4); a grant notice's table flattened one cell a line, "序号 / 项目类别 /
项目单位 / 奖补金额(万元)", one reward per firm row (B58-5); "其中某新城承担20万元", the share a place
bears, no target (B58-6); "获得奖补资金的单位必须按规定用途使用资金", an other condition (B58-7); "一、2031年本区…考核指标"
and "…考核统计", headings of a notice's parts, no milestones (B58-8).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _conditions(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


def test_the_seats_of_an_honour_are_a_condition_not_targets() -> None:
    """B58-1: "名额分别不超过3个、6个", "年度名额不超过2个", "每届共奖励3名…": how many one round
    honours is an `other` condition of the award, never a goal (the second seat of a list too)."""
    text = (
        "澄岭市人民政府质量奖管理办法\n"
        "第四条 市长质量奖分为大奖、提名奖两个等次,名额分别不超过3个、6个。\n"
        "第五条 市长质量奖年度名额不超过2个,名额可以空缺。\n"
        "第六条 原则上每届共奖励3名获奖组织或个人。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not extraction.targets
    kinds = [(c.kind, c.text) for c in extraction.conditions]
    assert [k for k, _ in kinds] == ["other", "other", "other"]
    assert "名额分别不超过3个、6个" in kinds[0][1]
    assert "年度名额不超过2个" in kinds[1][1]
    assert "每届共奖励3名" in kinds[2][1]


def test_an_honour_named_in_quotes_keeps_its_winners_cap() -> None:
    """B58-1: "每届“政府质量奖”获奖企业和组织不超过5个": the honour's name in quotes."""
    text = (
        "澄岭市政府质量奖管理办法\n"
        "第五条 原则上每届“政府质量奖”获奖企业和组织不超过5个,奖项可以空缺。\n"
    )
    assert [k for k, _ in _conditions(text)] == ["other"]


def test_a_quota_of_a_plan_stays_a_target() -> None:
    """B58-1 guard: a plan's own count with 名额 in another sense ("新增培训名额500个") is a goal."""
    text = "澄岭市2031年职业技能培训工作计划\n一、2031年全市新增职业技能培训名额500个。\n"
    targets = extract_text(text, "x.txt").targets
    assert [t.value for t in targets] == [500]


def _rewards(text: str) -> list[tuple[float | None, str]]:
    return [(r.amount_yuan, r.achievement) for r in extract_text(text, "x.txt").rewards]


def test_an_award_defined_as_the_highest_honour_is_no_reward() -> None:
    """B58-2: "某奖是市政府对…的企业和组织在质量领域的最高奖励": a definition grants nothing."""
    text = (
        "澄岭市人民政府质量奖实施办法\n"
        "第二条 澄岭市人民政府质量奖是市政府对在质量管理方面取得突出成绩,并取得显著经济效益"
        "的企业和组织在质量领域的最高奖励。\n"
        "第五条 市政府质量奖每年评审1次,由企业和组织自愿申报。\n"
    )
    assert _rewards(text) == []


def test_the_highest_reward_with_a_sum_stays_a_reward() -> None:
    """B58-2 guard: "对获得市政府质量奖的企业,给予最高奖励50万元" is a capped reward."""
    text = "澄岭市人民政府质量奖实施办法\n第三条 对获得市政府质量奖的企业,给予最高奖励50万元。\n"
    assert _rewards(text) == [(500000, "获得市政府质量奖")]


def test_a_body_set_up_or_charged_by_the_rules_is_a_unit() -> None:
    """B58-3: "由某市质量、计量、标准化工作联席会议负责…", "…联席会议办公室(以下简称联席会议办公室)
    承担日常工作", "由…领导小组有关成员单位组成市政府质量奖评审委员会(以下简称“评审委员会”)": the
    bodies set up or charged are units; the group whose members make up another body is not."""
    text = (
        "澄岭市人民政府关于印发澄岭市政府质量奖管理办法的通知\n"
        "第五条 政府质量奖每年评选一次。\n"
        "第六条 由澄岭市质量、计量、标准化工作联席会议负责市政府质量奖评选的组织、协调工作。"
        "市质量、计量、标准化工作联席会议办公室(以下简称联席会议办公室)承担日常工作。\n"
        "第九条 由市推进质量振兴工作领导小组有关成员单位组成市政府质量奖评审委员会"
        "(以下简称“评审委员会”)。评审委员会的主要职责是:\n"
        "(一)组织、指导、监督市政府质量奖评定工作;\n"
    )
    units = set(extract_text(text, "x.txt").units)
    assert units == {
        "澄岭市质量、计量、标准化工作联席会议",
        "市质量、计量、标准化工作联席会议办公室",
        "市政府质量奖评审委员会",
    }


def test_a_body_only_mentioned_is_no_new_unit() -> None:
    """B58-3 guard: a body named in passing, neither set up, named for short nor charged, stays out."""
    text = (
        "澄岭市人民政府关于印发澄岭市政府质量奖管理办法的通知\n"
        "第五条 政府质量奖每年评选一次,评选结果报市政府质量奖评审委员会备案。\n"
    )
    assert "市政府质量奖评审委员会" not in extract_text(text, "x.txt").units


def test_whom_an_implementing_rule_means_is_its_scope() -> None:
    """B58-4: "本实施办法所称的企业和组织,是指在我市境内注册的…": a scope condition."""
    text = (
        "澄岭市人民政府质量奖实施办法\n"
        "第三条 本实施办法所称的企业和组织,是指在我市境内注册的企业、社会团体和其他组织。\n"
        "第五条 市政府质量奖每年评审1次,由企业和组织自愿申报。\n"
    )
    assert [k for k, _ in _conditions(text)] == ["scope"]


def test_what_an_award_of_an_implementing_rule_is_stays_no_scope() -> None:
    """B58-4 guard: "本实施办法所称澄岭市质量奖是…" defines the prize (round 33), no scope."""
    text = (
        "澄岭市人民政府质量奖实施办法\n"
        "第二条 本实施办法所称澄岭市质量奖是市政府设立的质量荣誉。\n"
        "第五条 市政府质量奖每年评审1次,由企业和组织自愿申报。\n"
    )
    assert [k for k, _ in _conditions(text)] == []


_GRANT_TABLE = (
    "澄岭市市场监督管理局关于下达2031年商标品牌奖补资金的通知\n\n"
    "各有关单位:\n\n"
    "一、本次下达奖补资金共计15万元(详见附件),由市市场监管局负责统一兑现拨付到项目单位。\n\n"
    "澄岭市市场监督管理局\n\n2032年2月3日\n\n"
    "附件\n\n2031年商标品牌奖补资金项目表\n\n"
    "序号\n\n项目类别\n\n{unit_head}\n\n奖补金额(万元)\n\n"
    "1\n\n省知识产权示范企业\n\n澄岭甲化工有限公司\n\n5\n\n"
    "2\n\n省专利示范企业\n\n澄岭乙机械有限公司\n\n10\n\n"
    "合    计\n\n15\n"
)


def test_a_flattened_grant_table_pays_each_firm_row() -> None:
    """B58-5: "序号 / 项目类别 / 项目单位 / 奖补金额(万元) / 1 / …": one reward per firm, its class
    paid for with the firm in brackets, the sum in the head's 万元 (blank lines between cells)."""
    text = _GRANT_TABLE.format(unit_head="项目单位")
    assert _rewards(text) == [
        (50000, "省知识产权示范企业(澄岭甲化工有限公司)"),
        (100000, "省专利示范企业(澄岭乙机械有限公司)"),
    ]


def test_a_flattened_table_without_a_recipient_column_pays_nothing() -> None:
    """B58-5 guard: a column neither of honours nor of recipients ("项目进度") gives no rewards."""
    text = _GRANT_TABLE.format(unit_head="项目进度")
    assert _rewards(text) == []


def test_the_share_a_place_bears_is_no_target() -> None:
    """B58-6: "其中青禾新城承担20万元": who bears part of the money paid out, not a goal; a plan's own
    count and "减轻企业各类负担200亿元" (负担 a noun) stay goals."""
    text = (
        "澄岭市市场监督管理局关于下达2031年商标品牌奖补资金的通知\n"
        "一、本次下达奖补资金共计20万元,由市市场监管局负责统一兑现拨付到项目单位。\n"
        "其中青禾新城承担20万元,由市市场监管局在市财政安排的资金中统一兑现。\n"
        "二、到2032年,全市新增商标品牌示范企业10家,力争减轻企业各类负担200亿元。\n"
        "澄岭市市场监督管理局\n2032年2月3日\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert sorted((t.value, t.unit) for t in targets) == [(10, "家"), (200, "亿元")]


def test_money_kept_to_its_purpose_is_a_condition() -> None:
    """B58-7: "获得奖补资金的单位必须按规定用途使用资金": an other condition of the grants."""
    text = _GRANT_TABLE.format(unit_head="项目单位").replace(
        "一、本次", "二、获得奖补资金的单位必须按规定用途使用资金,并自觉接受监督检查。\n一、本次"
    )
    conditions = _conditions(text)
    assert ("other", "获得奖补资金的单位必须按规定用途使用资金,并自觉接受监督检查") in conditions


def test_a_years_assessment_headings_are_no_milestones() -> None:
    """B58-8: "一、2031年本区人力资源社会保障工作考核指标", "二、…考核统计": headings over the
    year's indicators and how they are counted, not steps due that year."""
    text = (
        "澄岭市桐湾区人民政府办公室关于2031年本区人力资源社会保障工作考核指标的通知\n"
        "各镇人民政府:\n"
        "  一、2031年本区人力资源社会保障工作考核指标\n"
        "  (一)新增本地劳动力就业岗位3万个;\n"
        "  (二)帮助600人成功创业。\n"
        "  二、2031年本区人力资源社会保障工作考核统计\n"
        "  考核指标的执行情况由区人力资源社会保障局按季度汇总上报区政府。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.milestones == []
    assert sorted(t.value for t in extraction.targets) == [3, 600]


def test_a_dated_assessment_step_stays_a_milestone() -> None:
    """B58-8 guard: "2031年底前完成年度考核评价" is a step due that year."""
    text = (
        "澄岭市桐湾区2031年质量工作要点\n"
        "一、2031年底前完成全区质量工作年度考核评价。(责任单位:区市场监管局)\n"
    )
    assert [str(m.due) for m in extract_text(text, "x.txt").milestones] == ["2031-12-31"]
