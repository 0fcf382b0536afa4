"""General rules for the failure classes first seen on batch 36's dev part (corpus/unseen/SOURCES.md,
"Batch 36"): a bracket of per-county figures after a city's goal ("(考核三县,甲县增幅4.66%,…)") read
without its places and its last figure dropped as a heading count (B36-1); a bracketed note saying every
county reaches the city's figure ("(各县、区增幅均达到9%以上)") read as a second goal (B36-2); a cited
document's issuer ("根据某省人民政府关于…的通知") taken for the document's own (B36-3); bodies named as
the subject of what they will do or grant ("市农委将…组织开展", "市妇联、团市委授予…") not read as units
(B36-4); a reward rule cut before its sums that names whom it rewards ("一、奖励范围和对象 (一)…",
"符合下列条件之一的,可以申请…奖励:1.…") read with no reward (B36-5); the recipients' registration
("甲市籍(注册地为甲市)运动员") not read as scope, and a definition of the events a rule names ("本办法
所称重大体育赛事指…") read as scope (B36-6); "2032年初" read as a year-end deadline (B36-7); the notice's purpose "为确保…2031年工作目标任务的全面完成"
read as a dated aim (B36-8).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

COUNTY_GOALS = (
    "示范市农业委员会关于印发2031年度县区农委工作目标任务的通知\n"
    "各县、区农业主管部门:\n"
    "现将2031年度工作目标任务印发给你们,请认真抓好落实。2032年初,市农委将在各责任单位自我评价的"
    "基础上,组织开展目标任务完成情况综合评价,并通报评价结果。\n"
    "2031年9月15日\n"
    "一、农民人均纯收入增幅\n"
    "农民人均纯收入增幅达到9%以上。\n"
    "(各县、区增幅均达到9%以上)\n"
    "二、粮食生产增幅\n"
    "粮食生产增幅达到1%以上。\n"
    "(考核三县,甲县增幅4.66%,乙县增幅4.64%,丙县增幅4.74%)\n"
)


def test_a_bracket_of_county_figures_gives_one_target_per_county() -> None:
    """B36-1: the counties announced by "考核三县" each get their figure, the last one included,
    with the city goal's subject."""
    extraction = extract_text(COUNTY_GOALS, "x.txt")
    by_district = {t.district: t for t in extraction.targets if t.district}
    assert {d: t.value for d, t in by_district.items()} == {
        "甲县": 4.66,
        "乙县": 4.64,
        "丙县": 4.74,
    }
    assert all(t.subject == "粮食生产增幅" and t.unit == "%" for t in by_district.values())
    assert all(t.deadline is not None and t.deadline.year == 2031 for t in by_district.values())


def test_a_heading_count_in_its_own_bracket_is_still_no_target() -> None:
    """B36-1 guard: "一、先进企业(9户)" counts the list below; only a bracket holding a list of
    figures keeps its last figure."""
    text = (
        "丁市人民政府关于表彰2031年度工业发展先进企业的通报\n"
        "2032年2月1日\n"
        "一、先进企业(9户)\n"
        "戊公司、己公司,各奖励10万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert 9 not in {t.value for t in extraction.targets}


def test_a_note_that_every_county_reaches_the_figure_is_the_same_goal() -> None:
    """B36-2: "(各县、区增幅均达到9%以上)" after "增幅达到9%以上" restates the goal: one target."""
    extraction = extract_text(COUNTY_GOALS, "x.txt")
    nines = [t for t in extraction.targets if t.value == 9]
    assert len(nines) == 1
    assert nines[0].subject == "农民人均纯收入增幅"


def test_a_note_with_another_figure_for_the_counties_stays_a_goal() -> None:
    """B36-2 guard: "(各县均达到6%以上)" after a city goal of 8% is a different figure."""
    text = (
        "庚市人民政府关于下达2031年度目标任务的通知\n"
        "2031年3月1日\n"
        "全市农业增加值增长8%以上。\n"
        "(各县均达到6%以上)\n"
    )
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [6, 8]


def test_a_cited_governments_notice_names_no_issuer() -> None:
    """B36-3: "…。根据某省人民政府关于印发…的通知,制定本办法" cites another document: its issuer is
    neither the document's issuer nor (with "根据" glued on) its region."""
    text = (
        "辛市运动员参加重大体育比赛奖励暂行办法\n"
        "第一条 为促进我市竞技体育发展,激励运动员取得优异成绩。根据示范省人民政府关于印发体育奖励"
        "规定的通知,制定本办法。\n"
        "第二条 运动员在全国运动会上获得金牌给予10万元奖励;获得银牌给予6万元奖励。\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.issuer is None
    assert document.region is None or not document.region.startswith("根据")


def test_bodies_that_will_act_or_grant_are_units() -> None:
    """B36-4: "市农委将…组织开展综合评价" and "市妇联、团市委授予…" name bodies with a duty; the
    government's own "市政府将…" does not."""
    assert "市农委" in extract_text(COUNTY_GOALS, "x.txt").units
    text = (
        "壬市重大体育比赛奖励办法\n"
        "第三条 对获得全国运动会金牌的运动员,市妇联、团市委授予“市青年标兵”称号;"
        "市政府将对作出贡献的单位予以通报。\n"
        "第四条 运动员在全国运动会上获得金牌给予10万元奖励。\n"
    )
    units = extract_text(text, "x.txt").units
    assert "市妇联" in units and "团市委" in units
    assert "市团市委" not in units
    assert not any(unit.endswith("政府") for unit in units)


def test_recipients_named_without_sums_are_rewards_without_a_sum() -> None:
    """B36-5: a reward rule cut before its sums: each listed recipient is a reward, amount null."""
    text = (
        "癸市竞技体育贡献奖励办法\n"
        "一、奖励范围和对象\n"
        "(一)在全国运动会、全国锦标赛中获得名次的癸市籍(注册地为癸市,下同)运动员及教练员。\n"
        "(二)在省运会获得名次和贡献金牌的癸市籍运动员及教练员。\n"
        "二、奖励标准\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [r.achievement for r in rewards] == [
        "在全国运动会、全国锦标赛中获得名次的癸市籍运动员及教练员",
        "在省运会获得名次和贡献金牌的癸市籍运动员及教练员",
    ]
    assert all(r.amount_yuan is None for r in rewards)


def test_an_intro_sentence_lists_the_recipients_and_a_cut_item_names_none() -> None:
    """B36-5: "符合下列条件之一的,可以申请…扶持奖励" opens the list; the cut "2." names no one."""
    text = (
        "子市企业上市扶持奖励办法\n"
        "一、奖励范围\n"
        "(一)已纳入市级上市后备企业资源库内的企业,符合下列条件之一的,可以申请企业上市扶持奖励。\n"
        "1.在境内首发上市的企业,其主营业务在我市范围内。\n"
        "2.\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [r.achievement for r in rewards] == ["在境内首发上市的企业"]
    assert rewards[0].amount_yuan is None and rewards[0].treatment == "企业上市扶持奖励"


def test_stated_sums_keep_the_recipient_list_out() -> None:
    """B36-5 guard: where the rule states its sums, the rewards are those sums only."""
    text = (
        "丑市竞技体育贡献奖励办法\n"
        "一、奖励范围和对象\n"
        "(一)在全国运动会中获得名次的运动员。\n"
        "二、奖励标准\n"
        "运动员在全国运动会上获得金牌给予10万元奖励;获得银牌给予6万元奖励。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert sorted(r.amount_yuan for r in rewards if r.amount_yuan) == [60000, 100000]
    assert all(r.amount_yuan is not None for r in rewards)


def test_the_recipients_registration_is_scope_and_an_events_definition_is_not() -> None:
    """B36-6: "癸市籍(注册地为癸市)运动员" says whom the rule reaches; "本办法所称重大体育赛事指…"
    says what an event is."""
    text = (
        "寅市运动员参加重大体育比赛奖励办法\n"
        "第一条 本办法所称重大体育赛事指全运会(含冬运会,下同)、省运会。\n"
        "第二条 对在全运会上获得金牌的寅市籍(注册地为寅市)运动员给予10万元奖励。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    scopes = [c for c in conditions if c.kind == "scope"]
    assert any("籍" in c.text for c in scopes)
    assert not any("所称" in c.text for c in scopes)


GOALS_NOTICE = (
    "【发布部门】 卯市农业委员会 【发文字号】 卯农[2031]12号\n"
    "【发布日期】 2031.09.15 【实施日期】 2031.09.15\n"
    "卯市农业委员会关于印发2031年度市农委对县(区)农委工作目标任务的通知\n"
    "(卯农〔2031〕12号)\n"
    "各县、区农业主管部门,委属各单位:\n"
    "为确保市政府下达我委的2031年工作目标任务的全面完成,根据《关于印发2031年度工作目标任务的通知》"
    "(卯政秘〔2031〕73号)文件要求,现将各县(区)农委2031年度工作目标任务印发给你们,请认真抓好落实。"
    "2032年初,市农委将在各责任单位自我评价的基础上,组织开展各责任单位目标任务完成情况综合评价,"
    "并通报评价结果。\n"
    "二〇三一年九月十五日\n"
    "2031年度市农委对县(区)农委工作目标任务\n"
    "一、农民人均纯收入增幅(权数:8)\n"
    "农民人均纯收入增幅达到9%以上。\n"
)


def test_the_start_of_a_year_is_no_year_end_deadline() -> None:
    """B36-7: "2032年初,市农委将…组织开展评价" happens early in 2032, not by its end."""
    milestones = extract_text(GOALS_NOTICE, "x.txt").milestones
    assert all(m.due is None or m.due.year != 2032 for m in milestones)


def test_the_notices_purpose_is_no_dated_aim() -> None:
    """B36-8: "为确保…2031年工作目标任务的全面完成,根据…,现将…印发" says why the notice is sent."""
    extraction = extract_text(GOALS_NOTICE, "x.txt")
    assert not any("全面完成" in m.title for m in extraction.milestones)
    assert 9 in {t.value for t in extraction.targets}
