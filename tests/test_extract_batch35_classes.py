"""General rules for the failure classes first seen on batch 35's dev part (corpus/unseen/SOURCES.md,
"Batch 35"): a page's date beside a "点击次数" counter read as a milestone (B35-1); the sums a
fund notice lists under "资金来源" read as goals (B35-2); "某办公室负责同志" (a person of the body, an
attendee) read as the body's duty (B35-3); the closing "由市某局负责解释" read as a task (B35-4);
"市甲局、乙局对…实行监督管理" not read as a task (B35-5); and a ratio reward's second role
("…的第一承担单位按所获奖金1:1的比例配套奖励,参与单位按所获奖金1:0.5的比例配套奖励") not read (B35-6).
B35-7 comes from older dev misses left open in batch 34: a count of projects ("推进300个省级重大项目、
…项目建设") or money set aside for them ("安排58亿元财政资金保障…项目建设") taken for a project's name.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

FUND_NOTICE = (
    "甲县扶贫资金分配情况公示\n"
    "时间:2031年03月02日 点击次数:512\n"
    "一、资金来源\n"
    "1.2031年新增地方政府专项债券项目资金1200.5万元。\n"
    "2.县级盘活资金80.25万元。\n"
    "以上资金合计1280.75万元。\n"
    "二、资金安排\n"
    "2031年县财政安排产业扶持资金500万元,年底前全部拨付到位。\n"
)


def test_a_date_beside_a_page_counter_is_no_milestone() -> None:
    """B35-1: "时间:2031年03月02日 点击次数:512" is the page's publishing line, not a deadline."""
    extraction = extract_text(FUND_NOTICE, "x.txt")
    assert all("点击" not in m.title and "点击" not in m.quote for m in extraction.milestones)
    assert all(m.due is None or m.due.month != 3 for m in extraction.milestones)


def test_sums_listed_as_sources_of_money_are_no_targets() -> None:
    """B35-2: under "资金来源" a sum with no verb says what was raised; "安排…500万元" under another
    heading still commits to a sum."""
    extraction = extract_text(FUND_NOTICE, "x.txt")
    values = {t.value for t in extraction.targets}
    assert not values & {1200.5, 80.25, 1280.75}
    assert 500 in values


def test_a_source_heading_keeps_a_sum_it_commits_to() -> None:
    """B35-2 guard: "资金来源" with a verb ("市财政每年安排2000万元") is a commitment, a target."""
    text = (
        "乙市文化产业发展三年行动计划(2031-2033年)\n"
        "五、资金来源\n"
        "市财政每年安排文化产业发展专项资金2000万元,用于支持重点项目建设。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert 2000 in {t.value for t in extraction.targets}


def test_a_responsible_comrade_of_a_body_gives_it_no_duty() -> None:
    """B35-3: "市河湖办公室负责同志等" lists who attends a meeting; the office holds no duty there."""
    text = (
        "丙市人民政府办公室关于印发丙市河湖长制会议制度的通知\n"
        "第一条 市级总河长会议由市级总河长主持召开。出席人员:市级河长,市河湖办公室负责同志等,"
        "其他出席人员由总河长根据需要确定。\n"
        "第二条 市水利局负责会议的筹备和纪要印发工作。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert "市河湖办公室" not in extraction.units
    assert "市水利局" in extraction.units


def test_a_duty_of_talent_work_is_still_a_duty() -> None:
    """B35-3 guard: "负责人才引进" is a duty (人才), not a person of the body."""
    text = (
        "丁市人才工作实施方案\n"
        "一、到2032年,全市引进高层次人才500名。市人社局负责人才引进工作的组织实施。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert "市人社局" in extraction.units


RATIO_RULE = (
    "戊市科学技术奖励项目市配套奖励细则\n"
    "一、对获得国家科学技术奖的第一承担单位按所获奖金1:1的比例配套奖励,参与单位按所获奖金1:0.5的"
    "比例配套奖励;\n"
    "二、对获得国家科学技术奖的参与人(非参与单位)给予每位3万元的配套奖励。\n"
    "三、市科技局、财政局对奖励项目和经费实行监督管理。\n"
    "四、本细则自发布之日起施行,由市科技局负责解释。\n"
)


def test_the_interpretation_clause_is_no_task() -> None:
    """B35-4: "由市科技局负责解释" is the document's closing formula; the bureau stays a unit."""
    extraction = extract_text(RATIO_RULE, "x.txt")
    assert all("解释" not in task.title for task in extraction.tasks)
    assert "市科技局" in extraction.units


def test_bodies_that_oversee_the_money_hold_a_task() -> None:
    """B35-5: "市科技局、财政局对奖励项目和经费实行监督管理" is one task of both bodies."""
    extraction = extract_text(RATIO_RULE, "x.txt")
    task = next(t for t in extraction.tasks if "监督管理" in t.title)
    assert task.title == "对奖励项目和经费实行监督管理"
    assert task.lead_units == ["市科技局", "市财政局"]
    assert "市财政局" in extraction.units


def test_rewarding_a_body_is_no_supervision_task() -> None:
    """B35-5 guard: "市政府对…给予奖励" is a reward; only 实行/进行 + 监督/管理… is a duty."""
    text = "己市质量奖励办法\n一、市政府对获得中国质量奖的企业给予100万元奖励。\n"
    extraction = extract_text(text, "x.txt")
    assert extraction.tasks == []
    assert [r.amount_yuan for r in extraction.rewards] == [1_000_000]


def test_a_second_role_in_a_ratio_reward_is_its_own_reward() -> None:
    """B35-6: the 参与单位 clause after a 1:1 ratio reward is a reward at its own ratio (1:0.5)."""
    extraction = extract_text(RATIO_RULE, "x.txt")
    ratios = {r.treatment: r for r in extraction.rewards if r.amount_yuan is None}
    assert set(ratios) == {"按所获奖金1:1的比例配套奖励", "按所获奖金1:0.5的比例配套奖励"}
    participant = ratios["按所获奖金1:0.5的比例配套奖励"]
    assert participant.role == "参与"
    assert participant.achievement == "获得国家科学技术奖的参与单位"
    assert 30000 in {r.amount_yuan for r in extraction.rewards}


def test_a_halved_share_of_a_sum_is_not_read_twice() -> None:
    """B35-6 guard: "参与单位按50%给予奖励" after a fixed sum is the participant-share rule's (one
    participant reward, half the sum), not a ratio reward of its own."""
    text = (
        "庚市标准化奖励办法\n一、对主导制定国家标准的单位给予40万元奖励,参与单位按50%给予奖励。\n"
    )
    extraction = extract_text(text, "x.txt")
    participants = [r for r in extraction.rewards if r.role == "参与"]
    assert [r.amount_yuan for r in participants] == [200_000]


def test_a_count_of_projects_and_the_money_set_aside_for_them_are_goals() -> None:
    """B35-7: "加快推进120个省级重大项目、900个亿元以上项目建设" counts projects, and "安排30亿元
    财政资金保障…项目建设" sets money aside for them: three targets (from older dev misses)."""
    text = (
        "辛省2031年重点工作分工方案\n"
        "一、扩大有效投资。加快推进120个省级重大项目、900个亿元以上项目建设。(省发展改革委负责)\n"
        "二、2031年安排30亿元财政资金保障全省政府投资项目建设。(省财政厅负责)\n"
    )
    extraction = extract_text(text, "x.txt")
    values = {(t.value, t.unit) for t in extraction.targets}
    assert {(120, "个"), (900, "个"), (30, "亿元")} <= values


def test_a_project_named_by_its_capacity_is_still_no_goal() -> None:
    """B35-7 guard: "抓好某公司25万吨己二酸等项目建设" names a project by its capacity, and "总投资
    50亿元的甲项目建设" by its size: no target either."""
    text = (
        "壬市2031年工业工作要点\n"
        "一、全年规模以上工业增加值增长8%。\n"
        "二、抓好某公司25万吨己二酸等项目建设,推进总投资50亿元的甲项目建设。\n"
    )
    extraction = extract_text(text, "x.txt")
    values = {t.value for t in extraction.targets}
    assert 8 in values and not values & {25, 50}
