"""General reward forms of stop 49 (corpus/unseen/FAILURES.md, "Stop 49: reward generality"):
rules chosen from aggregate failure classes of the validation split and written against
invented text of the common forms of Chinese reward rules, not against one document.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_HEAD = (
    "青禾市人民政府关于印发青禾市促进产业发展若干政策的通知\n"
    "青政发〔2031〕5号\n"
    "青禾市人民政府\n"
    "2031年3月2日\n"
    "青禾市促进产业发展若干政策\n"
)


def _rewards(body: str) -> list[tuple[float | None, str]]:
    return [
        (reward.amount_yuan, reward.achievement)
        for reward in extract_text(_HEAD + body, "x.txt").rewards
    ]


def test_a_tier_in_its_own_comma_clause_is_a_reward_of_its_own() -> None:
    """R49-1: "对A的企业,奖励X元,B的企业,奖励Y元": the second "…的<recipient>,<verb><sum>"
    clause is the next tier whatever verb its achievement opens with."""
    rewards = _rewards(
        "一、对年度考核优秀的乡镇,给予8万元奖励,考核良好的乡镇,给予4万元奖励。\n"
        "二、对在主板上市的企业,奖励260万元,在新三板挂牌的企业,奖励70万元。\n"
    )
    assert (80000, "年度考核优秀的乡镇") in rewards
    assert (40000, "考核良好的乡镇") in rewards
    assert (2600000, "在主板上市") in rewards
    assert (700000, "在新三板挂牌") in rewards
    assert len(rewards) == 4


def test_a_clause_without_its_own_sum_stays_with_the_tier_before() -> None:
    """R49-1 guard: a clause closed by 的 but paying nothing of its own splits nothing off."""
    rewards = _rewards(
        "一、对年度考核优秀的乡镇,给予8万元奖励,奖励资金由乡镇统筹使用的,应专款专用。\n"
    )
    assert rewards == [(80000, "年度考核优秀的乡镇")]


def test_the_teachers_of_a_rewarded_pupil_are_second_recipients() -> None:
    """R49-2: "…的考生每人奖励X元,其班主任奖励Y元,任课教师每人奖励Z元": one reward per
    recipient, the teacher named in brackets after the pupil's achievement."""
    rewards = _rewards(
        "一、对高考成绩列全县前五名的考生,每人奖励6000元,其班主任奖励2500元,任课教师每人奖励1200元。\n"
    )
    assert rewards == [
        (6000, "高考成绩列全县前五名的考生"),
        (2500, "高考成绩列全县前五名的考生(班主任)"),
        (1200, "高考成绩列全县前五名的考生(任课教师)"),
    ]


def test_a_sum_per_pupil_or_per_unit_of_area_is_the_rewards_sum() -> None:
    """R49-3: "每生一次性资助X元", "每亩补助X元": a measure word of a pupil, a unit of area or a
    facility before the verb gives the sum per unit."""
    rewards = _rewards(
        "一、对低收入家庭的大学新生,每生一次性资助4500元。\n"
        "二、对新增的节水灌溉农田,每亩补助260元。\n"
    )
    assert (4500, "低收入家庭的大学新生") in rewards
    assert (260, "新增的节水灌溉农田") in rewards


def test_a_sum_per_unit_as_the_standard_after_dui_is_the_sum() -> None:
    """R49-4: "对A按照每年每所X万元的标准给予补助": A is what is paid for, the standard its sum."""
    rewards = _rewards(
        "一、对公办养老机构按照平均每年每所6万元的标准给予补助。\n"
        "二、对新建的公共停车场按每个车位800元给予补助。\n"
    )
    assert rewards == [(60000, "公办养老机构"), (800, "新建的公共停车场")]


def test_a_grant_clause_is_no_achievement_closed_by_de() -> None:
    """R49-5: "对A,给予每户不超过X万元的一次性补贴": the clause after the comma is the capped sum,
    A the achievement."""
    rewards = extract_text(
        _HEAD + "一、对回乡创办小微企业的农民工,给予每户不超过3万元的一次性创业补贴。\n", "x.txt"
    ).rewards
    assert [(r.amount_yuan, r.achievement, r.is_cap) for r in rewards] == [
        (30000, "回乡创办小微企业的农民工", True)
    ]


def test_the_measure_a_medal_is_paid_per_is_no_part_of_the_achievement() -> None:
    """R49-6: "获得金牌的运动员每枚奖励X元,银牌每枚奖励Y元": 每枚 goes with the sum."""
    rewards = _rewards(
        "一、对在全省运动会上获得金牌的运动员每枚奖励3万元,银牌每枚奖励1.5万元,"
        "铜牌每枚奖励8000元。\n"
    )
    assert rewards == [
        (30000, "在全省运动会上获得金牌的运动员"),
        (15000, "银牌"),
        (8000, "铜牌"),
    ]


def test_bare_grades_and_scopes_take_the_words_the_last_item_writes() -> None:
    """R49-7: "获得一、二、三等奖的作品", "获得金、银、铜牌的选手", "进入全国、全省前十强": each bare
    grade or scope takes what the last item writes after it."""
    rewards = _rewards(
        "一、对获得一、二、三等奖的作品,分别奖励2500元、1500元、800元。\n"
        "二、对参加全省技能大赛获得金、银、铜牌的选手,分别奖励6万元、4万元、2万元。\n"
        "三、对进入全国、全省前二十强的企业,分别奖励40万元和15万元。\n"
    )
    assert (1500, "获得二等奖") in rewards
    assert (40000, "参加全省技能大赛获得银牌") in rewards
    assert (400000, "进入全国前二十强") in rewards


def test_a_tier_clause_after_a_closed_respective_list_is_its_own_reward() -> None:
    """R49-8: "…分别给予X元、Y元、Z元奖励,在新三板挂牌的,给予W元奖励": once the 分别 list has
    its sums, the next "…的,给予…" clause is a reward of its own."""
    rewards = _rewards(
        "一、对企业在主板、创业板上市的,分别给予260万元、180万元奖励,在新三板挂牌的,给予60万元奖励。\n"
    )
    assert (600000, "在新三板挂牌") in rewards
    assert len(rewards) == 3


def test_a_respective_list_for_a_second_recipient_gives_each_tier_one_more() -> None:
    """R49-9: "…分别奖励X、Y元,同时分别奖励其经营班子x、y元": one more reward per tier."""
    rewards = _rewards(
        "一、对年纳税额首次突破800万元、2000万元的企业,分别一次性奖励6万元、12万元,"
        "同时分别奖励其经营班子1.5万元、3万元。\n"
    )
    assert rewards == [
        (60000, "年纳税额首次突破800万元"),
        (120000, "年纳税额首次突破2000万元"),
        (15000, "年纳税额首次突破800万元(经营班子)"),
        (30000, "年纳税额首次突破2000万元(经营班子)"),
    ]


def test_promises_without_a_sum_in_other_words_are_rewards() -> None:
    """R49-10: "分别给予一定的奖补" is the treatment, not an achievement closed by 的; 以奖代补 is a
    reward word; "市里一次性给予…" names the payer, not what is rewarded."""
    rewards = _rewards(
        "一、对创建成功的生态示范乡镇,分别给予一定的奖补。\n"
        "二、对年度综合考核前两名的乡镇,给予以奖代补。\n"
        "三、被认定为省级工业设计中心,市里一次性给予18万元奖励。\n"
    )
    assert rewards == [
        (None, "创建成功的生态示范乡镇"),
        (None, "年度综合考核前两名的乡镇"),
        (180000, "被认定为省级工业设计中心"),
    ]


def test_a_list_of_grades_opening_its_sentence_names_the_tiers() -> None:
    """R49-11: "一等奖、二等奖、三等奖分别奖励X元、Y元、Z元": one reward per grade."""
    rewards = _rewards("一、一等奖、二等奖、三等奖分别奖励6000元、3500元、1200元。\n")
    assert rewards == [(6000, "一等奖"), (3500, "二等奖"), (1200, "三等奖")]


def test_a_second_recipient_named_before_its_respective_list() -> None:
    """R49-12: "…的集体分别奖励x、y元,个人分别奖励u、v元": the individuals' list is one more reward
    per tier."""
    rewards = _rewards(
        "一、对获得国家级、省级表彰的集体分别奖励1.2万元、6000元,个人分别奖励4000元、1500元。\n"
    )
    assert (4000, "获得国家级表彰(个人)") in rewards
    assert (1500, "获得省级表彰(个人)") in rewards
    assert len(rewards) == 4


def test_conditions_on_where_the_money_comes_from_and_when_it_is_paid() -> None:
    """R49-13: "所需资金从…列支", "奖励资金按…财政体制分担", "上述奖励在…后兑现" are conditions
    (kind other) of the document's rewards."""
    extraction = extract_text(
        _HEAD + "一、对新认定的国家级企业技术中心,给予一次性奖励40万元。\n"
        "二、所需资金从市产业发展专项资金中列支。\n"
        "三、奖励资金按市、区财政体制分担。\n"
        "四、上述奖励在企业通过验收后一次性兑现。\n",
        "x.txt",
    )
    kinds = [(condition.kind, condition.text[:6]) for condition in extraction.conditions]
    assert ("other", "所需资金从市") in kinds
    assert ("other", "奖励资金按市") in kinds
    assert ("other", "上述奖励在企") in kinds


def test_a_decimal_point_with_a_space_beside_it_splits_no_sum() -> None:
    """R49-14: "奖励0. 5万元", "奖励1 .5万元" (a PDF's spacing) are 5000 and 15000 yuan, "5仟元"
    5000; an item number before a sum ("2. 100万元以上的…") stays an item number."""
    rewards = _rewards(
        "一、对获得省级示范企业称号的,奖励0. 6万元。\n"
        "二、对获得市级示范企业称号的,奖励1 .5万元。\n"
        "三、对获得县级示范企业称号的,奖励4仟元。\n"
    )
    assert [amount for amount, _ in rewards] == [6000, 15000, 4000]


def test_a_sum_per_certificate_after_a_list_of_certificates() -> None:
    """R49-15: "对通过A认证、B认证的企业,每项认证奖励X元": the listed certificates, one reward
    each, not "每项认证" as the achievement."""
    rewards = _rewards(
        "一、对通过ISO9001质量管理体系认证、ISO45001职业健康安全管理体系认证的企业,"
        "每项认证奖励1.5万元。\n"
    )
    assert rewards == [
        (15000, "通过ISO9001质量管理体系认证"),
        (15000, "通过ISO45001职业健康安全管理体系认证"),
    ]


def test_a_notice_naming_the_payee_or_the_unit_paid_per() -> None:
    """R49-16: "授予A“…”称号,奖励企业X元" (the payee between verb and sum) and "…称号,每个乡镇
    奖励X元" (the unit paid per, named again): the title granted is the achievement."""
    rewards = _rewards(
        "一、授予青禾机械有限公司“质量标杆企业”称号,奖励企业12万元。\n"
        "二、授予东塘镇等3个乡镇“环境整治先进乡镇”称号,每个乡镇奖励4万元。\n"
    )
    assert rewards == [
        (120000, "授予青禾机械有限公司“质量标杆企业”称号"),
        (40000, "授予东塘镇等3个乡镇“环境整治先进乡镇”称号"),
    ]


def test_thresholds_one_recipient_meets_together_are_one_achievement() -> None:
    """R49-17: "经营满一年、带动就业10人以上的…实体" (thresholds of different measures) and "…500万元
    以上,且增幅在10%以上的" (a 且 clause after its first part) are one achievement each."""
    rewards = _rewards(
        "一、对经营满两年、带动就业8人以上的返乡创业实体,给予1.2万元一次性补贴。\n"
        "二、企业年缴纳税收300万元以上,且增幅在15%以上的,给予6万元奖励。\n"
    )
    assert rewards == [
        (12000, "经营满两年、带动就业8人以上的返乡创业实体"),
        (60000, "企业年缴纳税收300万元以上,且增幅在15%以上"),
    ]


def test_bands_of_one_measure_stay_one_reward_each() -> None:
    """R49-17 guard: "首次达到1亿元、5亿元的企业,分别奖励…" are bands, one reward each."""
    rewards = _rewards("一、对营业收入首次达到2亿元、6亿元的企业,分别奖励12万元、25万元。\n")
    assert rewards == [
        (120000, "营业收入首次达到2亿元"),
        (250000, "营业收入首次达到6亿元"),
    ]
