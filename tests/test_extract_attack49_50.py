"""Extraction defects attack49 and attack50 found (fix83), each on invented text: a year cell
holding a floor and an aim ("确保94、力争96", attack49 M7); prose giving a kind of existing firm
to a unit (attack50 M2); a reward's object with two qualities and 各奖励 for staff (attack50 M4);
"(a)(b)" list markers, 全县/我县 milestones, 每年3月底和9月底, a 州 written short (attack50 L1–L4).

Every text is written for the test; places and units are invented.
"""

from __future__ import annotations

from policybot.knowledge.chinese import strip_pinyin_glosses
from policybot.knowledge.extract import extract_text

_NOTICE = """样例市人民政府办公室关于印发样例市品质提升行动计划(2031—2033年)的通知
样政办发〔2031〕3号
样例市人民政府办公室
2031年3月5日

"""


def _targets(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [
        (target.subject, target.value, target.qualifier, str(target.deadline))
        for target in extract_text(text, "x.txt").targets
    ]


def test_a_year_cell_with_a_floor_and_an_aim_is_one_goal_of_the_floor() -> None:
    """attack49 M7: "确保94、力争96" under 2033年 in a task table of year columns is that year's
    goal, 94 (the floor), the aim 96 kept in its qualifier; the row's other years stay."""
    text = _NOTICE + (
        "一、任务分解表\n"
        "序号 工作任务 2031年 2032年 2033年 牵头单位 配合单位\n"
        "1 产品抽检合格率达到规定水平(%) 90 92 确保94、力争96 市市场监管局 市商务局\n"
        "2 培育品牌企业(家) 10 12 15 市商务局 市市场监管局\n"
    )
    found = _targets(text)
    assert ("产品抽检合格率达到规定水平", 94, "确保;力争96%", "2033-12-31") in found
    assert ("产品抽检合格率达到规定水平", 92, None, "2032-12-31") in found
    assert not any(value == 96 for _, value, _, _ in found)


def test_an_indicator_tables_floor_and_aim_cell() -> None:
    """attack49 M7: the same cell in an indicator table (指标 | 单位 | years), the aim first."""
    text = _NOTICE + (
        "二、主要指标\n"
        "序号 指标 单位 2031年 2032年 2033年 牵头单位\n"
        "1 产品抽检合格率 % 90 92 力争96、确保94 市市场监管局\n"
    )
    assert ("产品抽检合格率", 94, "确保;力争96%", "2033-12-31") in _targets(text)


def test_a_flattened_indicator_tables_floor_and_aim_cell() -> None:
    """attack49 M7: one cell a line (主要指标表 copied from a web page)."""
    text = _NOTICE + (
        "主要指标表\n指  标\n2030年\n2033年\n属性\n一、质量水平\n"
        "1.产品抽检合格率(%)\n90\n确保94、力争96\n约束性\n"
        "2.品牌企业数量(家)\n8\n15\n预期性\n"
    )
    found = _targets(text)
    assert ("产品抽检合格率", 94, "确保;力争96%", "2033-12-31") in found
    assert ("品牌企业数量", 15, None, "2033-12-31") in found


_HEAD = "青禾市人民政府关于推进某某工作的意见\n青政发〔2031〕3号\n"
_AIM = "二、到2031年,全市新增名牌产品10个。\n"


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(task.title, task.lead_units) for task in extract_text(text, "x.txt").tasks]


def test_shares_whose_offices_are_given_their_work_are_a_task_each() -> None:
    """attack50 M2: "原有企业由甲局负责组织诊断,新建企业由乙局负责跟踪服务": each share its task,
    titled with its scope, its office leading (the second was lost)."""
    text = (
        _HEAD + "一、开展企业技改诊断服务。原有企业由市经信局负责组织诊断,新建企业由市发改委"
        "负责跟踪服务。\n" + _AIM
    )
    assert _tasks(text) == [
        ("原有企业组织诊断", ["市经信局"]),
        ("新建企业跟踪服务", ["市发改委"]),
    ]


def test_shares_after_a_case_clause_each_name_their_office() -> None:
    """attack50 M2: "属于原有企业的,由甲局负责;属于新建企业的,由乙局负责": both offices lead the
    item's task (only the last one did)."""
    text = (
        _HEAD + "一、主要任务\n(一)开展企业技改诊断服务。对全市工业企业开展诊断。属于原有企业的,"
        "由市经信局负责;属于新建企业的,由市发改委负责。\n" + _AIM
    )
    assert _tasks(text) == [("开展企业技改诊断服务", ["市经信局", "市发改委"])]


def test_an_office_given_a_kind_of_firm_shares_the_items_task() -> None:
    """attack50 M2: "甲局负责原有企业,乙局负责新建企业": the kinds of firm are no duties; both
    offices lead the item's task."""
    text = _HEAD + "一、开展企业技改诊断服务。市经信局负责原有企业,市发改委负责新建企业。\n" + _AIM
    assert _tasks(text) == [("开展企业技改诊断服务", ["市经信局", "市发改委"])]


def test_a_case_before_by_names_the_work_it_is_for() -> None:
    """attack50 M2: "对原有企业,由甲局负责组织诊断": the case is part of the task's title."""
    text = (
        _HEAD + "一、开展企业技改诊断服务。对原有企业,由市经信局负责组织诊断;对新建企业,由"
        "市发改委负责跟踪服务。\n" + _AIM
    )
    assert _tasks(text) == [
        ("对原有企业组织诊断", ["市经信局"]),
        ("对新建企业跟踪服务", ["市发改委"]),
    ]


def test_a_word_before_by_after_a_comma_is_no_scope() -> None:
    """attack50 M2 guard: "…动态管理,具体由甲局牵头负责。" stays the note's (no task "具体负责")."""
    text = _HEAD + "一、对各项目标任务实施动态管理,具体由市发改委牵头负责。\n" + _AIM
    assert all(title != "具体负责" for title, _ in _tasks(text))


_RULES = "青禾县加快商贸业发展若干措施\n"


def _rewards(text: str) -> list[tuple[float | None, str]]:
    return [
        (reward.amount_yuan, reward.achievement) for reward in extract_text(text, "x.txt").rewards
    ]


def test_an_object_with_two_qualities_keeps_its_noun() -> None:
    """attack50 M4: "对月度新增的首次纳统的限额以上商贸企业,…资料完整,给予…": the achievement is the
    firm with both its qualities (the noun after the second 的 was dropped)."""
    text = _RULES + (
        "1.对月度新增的首次纳统的限额以上商贸企业,企业统计报表基础资料完整,给予奖励企业扶持资金"
        "4万元。\n"
    )
    assert _rewards(text) == [(40000, "月度新增的首次纳统的限额以上商贸企业")]


def test_qualities_listed_with_their_de_are_one_recipient() -> None:
    """attack50 M4: "对月度新增的、首次纳统的限额以上商贸企业,…": one firm, one reward (it was two,
    "月度新增的" and "首次纳统")."""
    text = _RULES + (
        "1.对月度新增的、首次纳统的限额以上商贸企业,企业统计报表基础资料完整,给予奖励企业扶持"
        "资金4万元。\n"
    )
    assert _rewards(text) == [(40000, "月度新增的、首次纳统的限额以上商贸企业")]


def test_titles_listed_with_their_de_stay_one_reward_each_with_respective_sums() -> None:
    """attack50 M4 guard: "获得A的、获得B的企业,分别奖励…" are two achievements."""
    text = _RULES + "1.对获得甲类称号的、获得乙类称号的商贸企业,分别奖励5万元、3万元。\n"
    assert [amount for amount, _ in _rewards(text)] == [50000, 30000]


def test_records_in_two_states_are_a_condition() -> None:
    """attack50 M4 (B57-2): "企业统计报表基础资料完整、真实" is a condition between the firm and
    its sum (two states of the records made it the achievement)."""
    text = _RULES + (
        "1.对月度新增的限额以上商贸企业,企业统计报表基础资料完整、真实,给予奖励企业扶持资金4万元。\n"
    )
    assert _rewards(text) == [(40000, "月度新增的限额以上商贸企业")]


def test_staff_paid_each_a_sum_are_a_second_reward() -> None:
    """attack50 M4: "…给予企业奖励4万元,企业统计工作人员各奖励2000元": the staff's sum is a
    reward of its own (it was lost)."""
    text = _RULES + (
        "1.对月度新增的限额以上商贸企业,企业统计报表基础资料完整,给予企业奖励4万元,企业统计工作人员"
        "各奖励2000元。\n"
    )
    assert _rewards(text) == [
        (40000, "月度新增的限额以上商贸企业"),
        (2000, "月度新增的限额以上商贸企业(企业统计工作人员)"),
    ]


def test_a_sum_only_the_staff_get_is_theirs() -> None:
    """attack50 M4: "对考核优秀的乡镇,给予通报表扬,乡镇统计工作人员各奖励3000元": the 3000 is the
    staff's, not the township's."""
    text = _RULES + "2.对年度考核优秀的乡镇,给予通报表扬,乡镇统计工作人员各奖励3000元。\n"
    assert _rewards(text) == [(3000, "年度考核优秀的乡镇(乡镇统计工作人员)")]


def test_list_markers_after_a_character_are_no_glosses() -> None:
    """attack50 L1: "条件(a)在本县注册(b)…": the markers stay (read as pinyin glosses they went and
    ran the items together); a page's glosses still go."""
    assert strip_pinyin_glosses("须符合以下条件(a)在本县注册(b)纳税信用为A级") == (
        "须符合以下条件(a)在本县注册(b)纳税信用为A级"
    )
    assert strip_pinyin_glosses("见附表(a)(b)(c)所列") == "见附表(a)(b)(c)所列"
    assert strip_pinyin_glosses("条款(i)(ii)") == "条款(i)(ii)"
    assert strip_pinyin_glosses("給(gei)(gei)予10萬(wan)元") == "給予10萬元"


def test_a_conditions_list_markers_stay_in_the_condition() -> None:
    """attack50 L1, end to end: the condition keeps its items apart."""
    text = (
        "青禾县人民政府关于印发青禾县商贸企业奖励办法的通知\n青政发〔2031〕5号\n一、奖励对象\n"
        "申报企业须同时符合以下条件(a)在本县注册(b)纳税信用为A级。\n二、奖励标准\n"
        "对新认定的省级商贸示范企业,给予一次性奖励10万元。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    assert conditions and all("(b)纳税信用" in condition.text for condition in conditions)


_COUNTY_PLAN = """青禾县人民政府办公室关于印发青禾县品牌建设行动方案的通知
青政办发〔2031〕5号
青禾县人民政府办公室
2031年3月2日

"""


def test_one_milestone_written_for_quanxian_and_woxian_is_kept_once() -> None:
    """attack50 L2: "到2032年底,我县基本建成…" and "…全县基本建成…" are one milestone of the plan's
    own county, with the unit its second statement names."""
    text = _COUNTY_PLAN + (
        "一、工作目标\n到2032年底,我县基本建成品牌建设工作体系。\n二、重点任务\n"
        "(一)完善工作机制。到2032年底,全县基本建成品牌建设工作体系。(牵头单位:县市场监管局)\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert len(milestones) == 1
    assert milestones[0].lead_units == ["县市场监管局"]


def test_two_places_steps_stay_two() -> None:
    """attack50 L2 guard: two named counties' steps of one wording are two milestones."""
    text = _COUNTY_PLAN + (
        "一、工作安排\n到2032年底,东坡镇基本建成品牌建设工作体系。\n"
        "到2032年底,西坡镇基本建成品牌建设工作体系。\n"
    )
    assert len(extract_text(text, "x.txt").milestones) == 2


def _recurring(text: str) -> list[tuple[str, str, int | None, int | None]]:
    return [
        (duty.title, duty.every, duty.due_month, duty.due_day)
        for duty in extract_text(text, "x.txt").recurring
    ]


def test_two_dates_of_every_year_half_a_year_apart_are_a_half_yearly_duty() -> None:
    """attack50 L3: "各乡镇每年3月底和9月底前向县市场监管局报送…": due at the end of March and of
    September, the second date no part of the title ("各乡镇和9月底前…" lost both)."""
    text = _COUNTY_PLAN + (
        "一、工作目标\n到2032年底,全县基本建成品牌建设工作体系。\n二、保障措施\n"
        "(一)加强督促检查。各乡镇每年3月底和9月底前向县市场监管局报送工作进展情况。\n"
    )
    assert _recurring(text) == [("各乡镇向县市场监管局报送工作进展情况", "half-year", 3, None)]


def test_two_other_dates_of_every_year_are_a_yearly_duty_each() -> None:
    """attack50 L3: "每年3月底和10月15日前": one yearly duty per date."""
    text = _COUNTY_PLAN + (
        "一、工作目标\n到2032年底,全县基本建成品牌建设工作体系。\n二、保障措施\n"
        "(一)加强督促检查。各乡镇每年3月底和10月15日前向县市场监管局报送工作进展情况。\n"
    )
    assert _recurring(text) == [
        ("各乡镇向县市场监管局报送工作进展情况", "year", 3, None),
        ("各乡镇向县市场监管局报送工作进展情况", "year", 10, 15),
    ]


def test_a_prefecture_written_short_takes_the_full_name_the_text_writes() -> None:
    """attack50 L4: "青禾州" in the title and 落款, "青禾藏族自治州" in the body: the region is the
    full name (no gazetteer entry needed)."""
    text = (
        "青禾州人民政府办公室关于印发青禾州品牌建设行动方案的通知\n青州政办发〔2031〕5号\n"
        "青禾州人民政府办公室\n2031年3月2日\n\n一、工作目标\n"
        "到2032年底,青禾藏族自治州基本建成品牌建设工作体系,全州新增品牌企业20家。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region == "青禾藏族自治州"
    assert {target.region for target in extraction.targets} == {"青禾藏族自治州"}


def test_a_league_written_short_takes_the_full_name() -> None:
    """attack50 L4: "青盟" and "青禾郭勒盟" written in full (a 盟 written short)."""
    text = (
        "青盟行政公署办公室关于印发品牌建设行动方案的通知\n青署办发〔2031〕5号\n"
        "青盟行政公署办公室\n2031年3月2日\n\n一、工作目标\n"
        "到2032年底,青禾郭勒盟新增品牌企业20家。\n"
    )
    assert extract_text(text, "x.txt").document.region == "青禾郭勒盟"
