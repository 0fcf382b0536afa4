"""Rewards granted or promised in wordings batch 16's dev documents showed the extractor missed
(invented texts, invented sums and names).

- "分别给予20万元的奖励": the 的 before 奖励 belongs to the sum's noun phrase, so what precedes the
  grant verb is no achievement.
- "对获得甲或乙的企业,某管理区给予人民币20万元的奖励": the payer named before the grant verb.
- "对每个先进市、标兵县和先进县分别奖励50万元、100万元和50万元": a list joined by 和 before the
  last item, as long as its list of sums.
- "第二条 奖励范围和对象。对获得…的企业予以奖励。": the scope article names who may be rewarded;
  the sums come in a later article.
"""

from __future__ import annotations

from policybot.knowledge.extract import ExtractionError, extract_text


def _rewards(
    body: str, title: str = "青川市人民政府关于奖励的通知"
) -> list[tuple[str, float | None]]:
    try:
        extraction = extract_text(f"{title}\n{body}\n", "x.txt")
    except ExtractionError:
        return []
    return [(r.achievement, r.amount_yuan) for r in extraction.rewards]


def test_a_sum_granted_with_de_before_its_noun_is_not_an_achievement() -> None:
    found = _rewards(
        "决定授予青川阀门有限公司、青川纺织有限公司2家企业“2030年度青川市市长质量奖”荣誉称号,"
        "分别给予30万元的奖励。"
    )
    assert len(found) == 1
    achievement, amount = found[0]
    assert amount == 300000
    assert "市长质量奖" in achievement and "给予" not in achievement


def test_a_payer_named_before_the_grant_verb() -> None:
    found = _rewards("对获得省名牌产品的企业,开发区管委会给予人民币8万元的奖励。")
    assert found == [("获得省名牌产品", 80000)]


def test_a_list_joined_by_he_takes_one_sum_each() -> None:
    found = _rewards(
        "对每个全省粮食生产先进市、标兵县和先进县分别奖励40万元、90万元和40万元,以资鼓励。",
        title="某省人民政府关于表彰粮食生产先进单位的决定",
    )
    assert [amount for _, amount in found] == [400000, 900000, 400000]
    assert "标兵县" in found[1][0] and "先进县" not in found[1][0]
    assert "先进县" in found[2][0]


def test_the_scope_article_promises_no_reward_of_its_own() -> None:
    found = _rewards(
        "第二条奖励范围和对象。对获得中国驰名商标、省著名商标的企业予以奖励。\n"
        "第三条奖励数额。对获得中国驰名商标的企业,给予人民币30万元的奖励。",
        title="青川区商标奖励办法",
    )
    assert found == [("获得中国驰名商标", 300000)]


def test_either_of_two_honours_is_one_reward_each() -> None:
    found = _rewards("对获得中国名牌产品或中国驰名商标的企业,给予人民币25万元的奖励。")
    assert found == [("获得中国名牌产品", 250000), ("获得中国驰名商标", 250000)]


def test_a_notice_commending_good_work_in_general_is_no_reward_of_its_own() -> None:
    found = _rewards(
        "经市政府研究决定,对在2030年全市防汛工作中做出优异成绩的地区和单位给予表彰奖励。\n"
        "一、先进县区:\n甲县人民政府\n乙区人民政府\n"
        "先进县区政府奖励奖金3万元。",
        title="青川市人民政府关于表彰2030年全市防汛工作先进单位的通报",
    )
    assert [amount for _, amount in found] == [30000]


def test_a_general_commendation_stays_when_no_sum_follows() -> None:
    found = _rewards(
        "市政府决定对在2030年全市防汛工作中做出优异成绩的单位给予表彰奖励。",
        title="青川市人民政府关于表彰2030年全市防汛工作先进单位的通报",
    )
    assert [amount for _, amount in found] == [None]


def test_respective_sums_go_to_the_grant_clauses_before_them_in_order() -> None:
    found = _rewards(
        "决定授予甲公司、乙公司“2030年度青川市市长质量奖”,授予丙公司“2030年度青川市市长质量奖"
        "提名奖”,分别给予50万元、10万元的奖励。"
    )
    assert [amount for _, amount in found] == [500000, 100000]
    assert found[0][0].startswith("甲公司、乙公司") and "提名奖" not in found[0][0]
    assert found[1][0].startswith("丙公司") and "提名奖" in found[1][0]


def test_a_category_header_with_its_count_and_sum() -> None:
    found = _rewards(
        "一、先进单位(3个,各奖励2000元)\n甲镇、乙镇、丙乡。\n二、先进个人(5名,各奖励500元)\n张三、李四。"
    )
    assert found == [("先进单位", 2000), ("先进个人", 500)]


def test_the_verb_before_the_sums_noun_is_not_the_achievement() -> None:
    found = _rewards("先进乡镇、先进部门奖励奖金1万元,先进个人奖励奖金2000元。")
    assert found == [("先进乡镇、先进部门", 10000), ("先进个人", 2000)]


def test_a_rate_before_the_reward_verb_is_the_treatment_not_the_achievement() -> None:
    text = "青川市人民政府关于印发扶持办法的通知\n对技术合同交易额按照交易额的3%给予奖补,最高不超过20万元。\n"
    (reward,) = extract_text(text, "x.txt").rewards
    assert (reward.achievement, reward.amount_yuan, reward.is_cap) == (
        "技术合同交易额",
        200000,
        True,
    )
    assert reward.treatment == "按照交易额的3%给予奖补"


def test_a_rate_without_a_ceiling_keeps_no_sum() -> None:
    text = (
        "青川市人民政府关于印发扶持办法的通知\n对技术交易按照技术交易额给予不超过5‰的一次性奖补。\n"
    )
    (reward,) = extract_text(text, "x.txt").rewards
    assert (reward.achievement, reward.amount_yuan) == ("技术交易", None)
    assert reward.treatment is not None and "5‰" in reward.treatment


def test_a_second_rule_after_a_comma_with_its_own_achievement_and_sum() -> None:
    found = _rewards("对首次认定的企业每家奖励10万元,重新认定的每家奖励5万元。")
    assert found == [("首次认定", 100000), ("重新认定", 50000)]


def _notice(body: str) -> list[tuple[str, float | None]]:
    return _rewards(body, title="青川市人民政府关于表彰先进企业的决定")


def test_named_recipients_sharing_each_sum_are_one_reward() -> None:
    assert _notice("市政府决定,对甲公司、乙公司等5家企业予以通报表彰,每家奖励人民币10万元。") == [
        ("甲公司、乙公司等5家企业", 100000)
    ]


def test_levels_sharing_a_sum_stay_apart() -> None:
    found = _rewards("对新认定的国家级、省级企业技术中心,各奖励10万元。")
    assert len(found) == 2


def test_a_sum_per_county_names_the_title_before_it() -> None:
    found = _notice("授予甲县、乙县“2030年度工业发展先进县”称号,每县奖励50万元。")
    assert found[0][1] == 500000 and "先进县" in found[0][0] and found[0][0] != "每县"


def test_the_commended_after_gei_yu_and_a_fund_named_jingfei() -> None:
    assert _notice("经研究,决定给予甲公司通报表彰,并奖励人民币5万元。") == [("甲公司", 50000)]
    assert _notice("县政府决定对甲乡等4个乡镇各奖励工作经费2万元。") == [("甲乡等4个乡镇", 20000)]


def test_the_paying_government_before_its_grant_is_passed_over() -> None:
    found = _notice("甲公司获得省长质量奖,市政府给予一次性奖励50万元。")
    assert found == [("甲公司获得省长质量奖", 500000)]
