"""Milestones, recurring duties, rewards and flattened tables on synthetic plan text."""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.rewards import split_achievements

HEAD = """安平县人民政府办公室关于印发安平县品牌建设行动方案(2018—2020年)的通知
安平县人民政府办公室
2018年2月6日
"""


def _extract(body: str):  # type: ignore[no-untyped-def]
    return extract_text(HEAD + body, "synthetic.txt")


def test_dated_achievement_without_a_number_is_a_milestone() -> None:
    [milestone] = _extract("到2019年,建成覆盖全县的质量追溯平台。\n").milestones
    assert milestone.due == date(2019, 12, 31)
    assert "质量追溯平台" in milestone.title
    assert milestone.due_text == "到2019年"


def test_several_dates_in_one_sentence_give_several_milestones() -> None:
    milestones = _extract(
        "确保2018年中完成试点评估、2018年底完成全面推广,力争2019年通过省级验收。\n"
    ).milestones
    assert [m.due for m in milestones] == [
        date(2018, 6, 30),
        date(2018, 12, 31),
        date(2019, 12, 31),
    ]


def test_phase_headings_become_phases_with_start_and_due() -> None:
    body = (
        "四、实施步骤\n"
        "(一)动员部署(2018年3月底前)。制定实施方案,明确责任分工。\n"
        "(二)全面实施(2018年4月—2019年12月)\n各责任单位全面落实各项任务。\n"
        "(三)巩固提升(2020年以后)。建立长效机制。\n"
    )
    phases = [(m.start, m.due) for m in _extract(body).milestones]
    assert phases == [
        (None, date(2018, 3, 31)),
        (date(2018, 4, 1), date(2019, 12, 31)),
        (date(2020, 1, 1), None),
    ]


def test_background_dates_and_cited_titles_are_not_milestones() -> None:
    body = (
        "根据《省质量发展纲要(2011—2020年)》,2015年我县已建成检测中心。\n到2020年,新增品牌10个。\n"
    )
    assert _extract(body).milestones == []


def test_entry_into_force_and_repealed_document() -> None:
    body = "对获得省名牌产品的企业,给予10万元奖励。\n本办法自2018年3月1日起施行。《安平县品牌奖励办法》(安政发〔2010〕9号)同时废止。\n"
    milestones = _extract(body).milestones
    assert (milestones[0].start, milestones[0].title) == (date(2018, 3, 1), "本办法施行")
    assert milestones[1].due == date(2018, 3, 1)
    assert "停止执行" in milestones[1].title or "废止" in milestones[1].title


def test_recurring_duties_by_period() -> None:
    body = "县政府每年听取一次品牌工作汇报。领导小组每半年召开一次推进会,每季度通报进展,每月报送工作信息。\n"
    recurring = _extract(body).recurring
    assert [r.every for r in recurring] == ["year", "half-year", "quarter", "month"]


def test_each_year_with_a_real_quota_is_a_target_not_a_recurring_duty() -> None:
    extraction = _extract("每年组织质量培训30期。\n")
    assert extraction.recurring == []
    assert extraction.targets[0].per_year is True


def test_reward_list_with_respective_sums_gives_one_reward_per_achievement() -> None:
    body = "对主导制定国际标准、国家标准、行业标准的单位,分别给予60万元、30万元、10万元的奖励。\n"
    rewards = _extract(body).rewards
    assert [(r.achievement, r.amount_yuan, r.role, r.level) for r in rewards] == [
        ("主导制定国际标准", 600000, "主导", "国际"),
        ("主导制定国家标准", 300000, "主导", "国家"),
        ("主导制定行业标准", 100000, "主导", "行业"),
    ]


def test_one_sum_for_several_achievements_and_a_cap() -> None:
    body = "对新获得省名牌产品、省著名商标的企业,给予最高20万元的奖励。\n"
    rewards = _extract(body).rewards
    assert [(r.achievement, r.amount_yuan, r.is_cap) for r in rewards] == [
        ("新获得省名牌产品", 200000, True),
        ("新获得省著名商标", 200000, True),
    ]


def test_non_money_treatment_is_kept_as_text() -> None:
    [reward] = _extract("对通过品牌认证的企业,在信贷上给予倾斜。\n").rewards
    assert reward.amount_yuan is None
    assert reward.treatment is not None and "倾斜" in reward.treatment


def test_shared_trailing_noun_and_modifiers_are_distributed() -> None:
    assert split_achievements("首次承担全国标准化技术委员会、省标准化技术委员会等秘书处") == [
        "首次承担全国标准化技术委员会秘书处",
        "首次承担省标准化技术委员会秘书处",
    ]
    assert split_achievements("承担国家级、省级质量提升示范项目") == [
        "承担国家级质量提升示范项目",
        "承担省级质量提升示范项目",
    ]


TABLE = """附件
任务分解表
序号
任务名称
工作内容
牵头单位
配合单位
工作目标
2018

1
提升标准化水平
推动企业参与标准制定。
县市场监管局
县经信局、科技局
新增团体标准5项。
新增团体标准6项。
新增团体标准8项。
2
开展质量帮扶。
县市场监管局
各乡镇人民政府
2018—2020年,各乡镇每年帮扶企业不少于:城关10家、河口6家。
"""


def test_flattened_table_rows_give_one_target_per_yearly_cell() -> None:
    extraction = _extract(TABLE)
    yearly = [
        (t.value, t.deadline.year if t.deadline else None)
        for t in extraction.targets
        if t.district is None
    ]
    assert yearly == [(5, 2018), (6, 2019), (8, 2020)]
    first = extraction.targets[0]
    assert first.lead_units == ["县市场监管局"]
    assert first.support_units == ["县经信局", "县科技局"]


def test_table_cell_with_district_quotas() -> None:
    targets = [t for t in _extract(TABLE).targets if t.district]
    assert [(t.district, t.value, t.per_year) for t in targets] == [
        ("城关镇", 10, True),
        ("河口镇", 6, True),
    ]


def test_phase_dates_after_a_colon_and_short_month_ranges() -> None:
    body = "四、实施步骤\n(一)启动阶段:2018年3月—5月。制定方案。\n(二)推进阶段(2018年6-9月)\n全面推进。\n"
    phases = [(m.start, m.due) for m in _extract(body).milestones]
    assert phases == [(date(2018, 3, 1), date(2018, 5, 31)), (date(2018, 6, 1), date(2018, 9, 30))]


def test_reward_paid_by_a_named_body_without_a_closing_de() -> None:
    [reward] = _extract("对新认定的国家级技术中心,由县财政给予一次性奖励80万元。\n").rewards
    assert (reward.achievement, reward.amount_yuan) == ("新认定的国家级技术中心", 800000)


def test_reward_per_item_and_places_sharing_one_noun() -> None:
    rewards = _extract(
        "对首次获得驰名商标的企业,每件奖励40万元。\n"
        "对获得国家、省、市政府质量奖的企业,分别给予90万元、40万元、10万元奖励。\n"
    ).rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("首次获得驰名商标", 400000),
        ("获得国家政府质量奖", 900000),
        ("获得省政府质量奖", 400000),
        ("获得市政府质量奖", 100000),
    ]
    assert [r.level for r in rewards[1:]] == ["国家", "省", "市"]


def test_yearly_duty_written_as_each_year_period() -> None:
    [duty] = _extract("各乡镇每年度开展一次质量安全检查。\n").recurring
    assert duty.every == "year"


def test_reward_without_a_comma_and_with_a_list_marker() -> None:
    rewards = _extract(
        "(1)获得中国驰名商标认定的,一次性奖励30万元。\n"
        "2.对获得县长质量奖的企业或组织给予一次性奖励8万元。\n"
    ).rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("获得中国驰名商标认定", 300000),
        ("获得县长质量奖", 80000),
    ]


def test_a_call_to_reward_good_performers_is_not_a_reward_rule() -> None:
    body = "各部门要对品牌建设成绩显著的企业予以奖励。到2019年,建成示范区2个。\n"
    assert _extract(body).rewards == []


def test_within_the_year_in_a_yearly_table_column_is_a_milestone() -> None:
    table = TABLE.replace("新增团体标准5项。", "完成标准体系梳理,年内向省里申报试点。")
    milestones = _extract(table).milestones
    assert [(m.due, m.title) for m in milestones] == [(date(2018, 12, 31), "向省里申报试点")]


def test_months_without_a_year_take_the_year_stated_before_them() -> None:
    body = (
        "四、进度安排\n2019年,6月底前完成企业摸底,9月底前出台扶持政策;每年3月底前报送工作总结。\n"
    )
    extraction = _extract(body)
    assert [(m.due, m.title) for m in extraction.milestones] == [
        (date(2019, 6, 30), "完成企业摸底"),
        (date(2019, 9, 30), "出台扶持政策"),
    ]
    assert [r.every for r in extraction.recurring] == ["year"]


def test_numbered_phases_written_as_stage_lines() -> None:
    body = "四、实施步骤\n第一阶段(2018年3月—4月):宣传发动。\n第二阶段:2018年5月—2019年12月,全面实施。\n"
    milestones = _extract(body).milestones
    assert [(m.start, m.due, m.title) for m in milestones] == [
        (date(2018, 3, 1), date(2018, 4, 30), "第一阶段(宣传发动)"),
        (date(2018, 5, 1), date(2019, 12, 31), "第二阶段(全面实施)"),
    ]


def test_reward_after_a_short_condition_clause() -> None:
    body = "对来县创业的高层次团队,经认定,在原有补助的基础上,再给予60万元科研经费资助。\n"
    [reward] = _extract(body).rewards
    assert (reward.achievement, reward.amount_yuan) == ("来县创业", 600000)


def test_treatment_that_starts_with_a_place_is_not_taken_for_a_condition() -> None:
    [reward] = _extract("对通过品牌认证的企业,在融资上给予倾斜,优先列入后备企业。\n").rewards
    assert reward.treatment is not None and reward.treatment.startswith("在融资上给予倾斜")


def test_table_from_a_word_file_with_a_two_row_header() -> None:
    table = (
        "附件\n任务分解表\n序号\n任务名称\n牵头单位\n配合单位\n年度目标\n"
        "序号\n任务名称\n牵头单位\n配合单位\n2018年\n2019年\n2020年\n"
        "1\n培育品牌企业\n县市场监管局\n县经信局\n培育品牌企业4家。\n培育品牌企业6家。\n培育品牌企业9家。\n"
    )
    targets = _extract(table).targets
    assert [(t.value, t.deadline) for t in targets] == [
        (4, date(2018, 12, 31)),
        (6, date(2019, 12, 31)),
        (9, date(2020, 12, 31)),
    ]
    assert targets[0].support_units == ["县经信局"]


def test_levels_are_set_when_the_listed_achievements_differ_only_by_level() -> None:
    rewards = _extract("对承担国家级、省级质量提升示范项目的,按照要求做好经费配套。\n").rewards
    assert [r.level for r in rewards] == ["国家", "省"]


def test_a_phase_heading_wins_over_a_sentence_about_the_same_start() -> None:
    body = (
        "三、任务\n(一)试点。2018年开始全面推行常态推进机制。(牵头单位:县经信局)\n"
        "四、步骤\n(一)常态推进(2018年以后)。建立长效机制。\n"
    )
    [milestone] = _extract(body).milestones
    assert milestone.title.startswith("常态推进")
    assert milestone.lead_units == []


def test_two_rules_in_one_sentence_and_roles_sharing_an_object() -> None:
    body = "对企业主导和参与制定团体标准分别给予20万元和5万元奖励,对通过品牌认证的企业给予8万元奖励。\n"
    rewards = _extract(body).rewards
    assert [(r.achievement, r.amount_yuan, r.role) for r in rewards] == [
        ("主导制定团体标准", 200000, "主导"),
        ("参与制定团体标准", 50000, "参与"),
        ("通过品牌认证", 80000, None),
    ]


def test_per_item_respective_sums() -> None:
    body = "对主导制定国家标准、行业标准的企业,每项分别奖励20万元、10万元。\n"
    rewards = _extract(body).rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("主导制定国家标准", 200000),
        ("主导制定行业标准", 100000),
    ]


def test_articles_of_a_reward_measure_are_cited_by_number() -> None:
    text = (
        "临川市质量奖励办法\n第一章 总则\n第一条 为鼓励企业重视质量,制定本办法。\n第二章 奖励\n"
        "第三条 对获得中国质量奖的企业,给予一次性奖励200万元。\n"
        "第四条 本办法自2020年1月1日起施行。《临川市质量奖励暂行办法》同时废止。\n"
        "临川市人民政府\n2019年12月10日\n"
    )
    extraction = extract_text(text, "measure.txt")
    [reward] = extraction.rewards
    assert reward.span.section == "第二章奖励 / 第三条"
    assert [m.title for m in extraction.milestones] == [
        "本办法施行",
        "《临川市质量奖励暂行办法》废止",
    ]
