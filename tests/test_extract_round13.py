"""Round 13: reward rules and their conditions in layouts written for the purpose (articles,
tier lists, caps, non-stacking clauses), read the way SCHEMA.md annotates them
(corpus/unseen/FAILURES.md, "Round 13").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _rewards(text: str) -> list[tuple[str, float | None, bool]]:
    return [(w.achievement, w.amount_yuan, w.is_cap) for w in extract_text(text, "x.txt").rewards]


def _conditions(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


HEAD = "各县(区)人民政府:\n为鼓励企业争创品牌,制定本办法。\n"


# --- article numbers ------------------------------------------------------------------------


def test_an_article_number_is_no_part_of_the_achievement() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第四条 对企业技术改造项目,按设备投资额的10%给予补助,最高不超过300万元。\n"
    )
    assert _rewards(text) == [
        ("新认定为国家高新技术企业", 300000.0, False),
        ("企业技术改造项目", 3000000.0, True),
    ]


def test_places_sharing_one_prize_after_an_article_number() -> None:
    text = HEAD + "第二条 获得国家、省、市政府质量奖的,分别奖励200万元、60万元、30万元。\n"
    assert _rewards(text) == [
        ("获得国家政府质量奖", 2000000.0, False),
        ("获得省政府质量奖", 600000.0, False),
        ("获得市政府质量奖", 300000.0, False),
    ]


def test_the_subject_before_a_shared_verb_is_shared_too() -> None:
    text = HEAD + (
        "第五条 企业主导制定国际标准、国家标准、行业标准、地方标准的,"
        "每项分别奖励40万元、30万元、15万元、6万元。\n"
    )
    assert [a for a, _, _ in _rewards(text)] == [
        "企业主导制定国际标准",
        "企业主导制定国家标准",
        "企业主导制定行业标准",
        "企业主导制定地方标准",
    ]


# --- clauses on how rewards combine are conditions, not rewards ------------------------------


def test_a_non_stacking_clause_is_a_condition_not_a_reward() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第七条 同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受。\n"
    )
    assert _rewards(text) == [("新认定为国家高新技术企业", 300000.0, False)]
    assert [kind for kind, _ in _conditions(text)] == ["no_stacking"]


def test_a_ceiling_per_firm_in_its_own_article_is_an_overall_cap() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第九条 单个企业每年享受的奖励总额最高不超过150万元。\n"
    )
    assert _rewards(text) == [("新认定为国家高新技术企业", 300000.0, False)]
    assert _conditions(text) == [("overall_cap", "单个企业每年享受的奖励总额最高不超过150万元")]


# --- per-item sums and tiers named after the first item in full -------------------------------


def test_a_per_item_sum_after_a_comma_rewards_the_clause_before_it() -> None:
    text = HEAD + ("一、专利奖励。授权发明专利,每件奖励2万元;实用新型专利每件奖励3000元。\n")
    rewards = extract_text(text, "x.txt").rewards
    assert [(w.achievement, w.amount_yuan, w.treatment) for w in rewards] == [
        ("授权发明专利", 20000.0, "每件"),
        ("实用新型专利", 3000.0, "每件"),
    ]


def test_ranks_and_grades_take_the_words_before_the_first_one() -> None:
    text = HEAD + (
        "一、对在全县年度考核中获得第一名、第二名、第三名的乡镇,分别奖励60万元、40万元、20万元。\n"
        "二、企业获得中国外观设计金奖、银奖、优秀奖的,分别奖励40万元、25万元、8万元。\n"
        "三、获得省科技进步一等奖、二等奖、三等奖的,分别奖励9万元、6万元、3万元。\n"
    )
    achievements = [a for a, _, _ in _rewards(text)]
    assert achievements[:3] == [
        "在全县年度考核中获得第一名",
        "在全县年度考核中获得第二名",
        "在全县年度考核中获得第三名的乡镇",
    ]
    assert achievements[3:] == [
        "企业获得中国外观设计金奖",
        "企业获得中国外观设计银奖",
        "企业获得中国外观设计优秀奖",
        "获得省科技进步一等奖",
        "获得省科技进步二等奖",
        "获得省科技进步三等奖",
    ]


def test_a_level_after_the_object_and_a_quoted_title_share_the_verb() -> None:
    text = HEAD + (
        "一、新获得绿色工厂国家级、省级认定的,分别奖励60万元、30万元。\n"
        "二、获评“全国文明单位”、“省级文明单位”,分别奖励12万元、6万元。\n"
    )
    assert [a for a, _, _ in _rewards(text)] == [
        "新获得绿色工厂国家级认定",
        "新获得绿色工厂省级认定",
        "获评“全国文明单位”",
        "获评“省级文明单位”",
    ]


# --- the noun after 的 as the verb's object; a further sum; grades of an assessment ----------


def test_the_object_after_de_stays_in_an_achievement_ending_on_its_verb() -> None:
    text = HEAD + (
        "一、对当年新增的高新技术企业,每家奖励12万元。\n"
        "二、对企业实施的技术改造项目,按设备投资额的8%给予补助,最高不超过150万元。\n"
        "三、获得中国驰名商标的生产企业,奖励40万元。\n"
    )
    assert _rewards(text) == [
        ("当年新增的高新技术企业", 120000.0, False),
        ("企业实施的技术改造项目", 1500000.0, True),
        ("获得中国驰名商标", 400000.0, False),
    ]


def test_a_further_sum_and_the_grades_of_an_assessment() -> None:
    text = HEAD + (
        "一、企业首次纳入规模以上工业企业统计的,奖励6万元;连续两年保持规上的,再奖励3万元。\n"
        "二、年度考核优秀的单位,奖励3万元;良好的,奖励1.5万元。\n"
    )
    assert [a for a, _, _ in _rewards(text)] == [
        "企业首次纳入规模以上工业企业统计",
        "连续两年保持规上",
        "年度考核优秀",
        "年度考核良好",
    ]


# --- prize tables with a class column and a level column -------------------------------------


def test_a_prize_table_with_class_item_level_and_sum_columns() -> None:
    text = HEAD + (
        "第三条 奖励标准如下表:\n"
        "| 奖励类别 | 奖励项目 | 级别 | 奖励金额(万元) |\n"
        "| 质量奖 | 政府质量奖 | 省级 | 60 |\n"
        "| 质量奖 | 政府质量奖 | 市级 | 25 |\n"
        "| 标准奖 | 主导制定国际标准 | 国际 | 35 |\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(w.achievement, w.level, w.amount_yuan) for w in rewards] == [
        ("政府质量奖(省级)", "省级", 600000.0),
        ("政府质量奖(市级)", "市级", 250000.0),
        ("主导制定国际标准", "国际", 350000.0),
    ]


# --- condition wordings ----------------------------------------------------------------------


def test_more_wordings_of_non_stacking_scope_and_other_conditions() -> None:
    text = HEAD + (
        "一、获得中国驰名商标的企业,奖励45万元。\n"
        "二、同一产品同时获得多项荣誉的,按最高奖励标准执行,不累计奖励。\n"
        "三、已享受其他同类奖励政策的,不再享受本办法奖励。\n"
        "四、企业获得奖励后三年内迁出本县的,应退回奖励资金。\n"
        "五、申报单位弄虚作假的,取消三年申报资格。\n"
        "六、本办法所称企业,是指在本县依法登记注册并具有独立法人资格的企业。\n"
        "七、奖励资金原则上用于企业品牌建设和质量提升。\n"
    )
    assert [kind for kind, _ in _conditions(text)] == [
        "no_stacking",
        "no_stacking",
        "other",
        "scope",
        "scope",
        "other",
    ]
