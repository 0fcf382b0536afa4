"""Reward rules in the many ways a plan writes them (invented texts, invented sums).

Each test names one wording: the achievement must say what is rewarded, not only a tier or a
treatment word left over from the sentence.
"""

from __future__ import annotations

from policybot.knowledge.extract import ExtractionError, extract_text


def _rewards(body: str) -> list[tuple[str, float | None]]:
    text = f"青川市人民政府关于奖励的通知\n{body}\n"
    try:
        extraction = extract_text(text, "x.txt")
    except ExtractionError:
        return []
    return [(r.achievement, r.amount_yuan) for r in extraction.rewards]


def test_each_item_for_a_leading_role() -> None:
    assert _rewards("对主导制定国际标准的企业,每项给予80万元奖励。") == [
        ("主导制定国际标准", 800000)
    ]


def test_newly_obtained_once_only() -> None:
    assert _rewards("新获得中国驰名商标的,一次性奖励40万元。") == [("新获得中国驰名商标", 400000)]


def test_tiers_by_level_with_respective_sums() -> None:
    assert _rewards("获得国家级、省级、市级质量奖的,分别奖励60万元、30万元、5万元。") == [
        ("获得国家级质量奖", 600000),
        ("获得省级质量奖", 300000),
        ("获得市级质量奖", 50000),
    ]


def test_recognised_as() -> None:
    assert _rewards("经认定为省级工业设计中心的,给予20万元奖励。") == [
        ("经认定为省级工业设计中心", 200000)
    ]


def test_recipient_notice_lines() -> None:
    assert _rewards("青川阀门有限公司 奖金:25万元\n青川纺织有限公司 奖金:15万元") == [
        ("青川阀门有限公司", 250000),
        ("青川纺织有限公司", 150000),
    ]


def test_respective_sums_for_two_awards() -> None:
    assert _rewards("对获得省长质量奖、市长质量奖的企业分别给予50万元、20万元奖励。") == [
        ("获得省长质量奖", 500000),
        ("获得市长质量奖", 200000),
    ]


def test_the_rule_across_a_line_break() -> None:
    # the achievement ends one line with a comma, the sum opens the next
    assert _rewards("对新认定的国家高新技术企业,\n给予一次性奖励12万元。") == [
        ("新认定的国家高新技术企业", 120000)
    ]


def test_a_line_ending_with_a_comma_before_other_text_stays_apart() -> None:
    rewards = _rewards("各地要加强宣传引导,\n营造良好氛围。\n获得省名牌产品的,奖励3万元。")
    assert rewards == [("获得省名牌产品", 30000)]


def test_a_grade_under_a_lead_naming_the_award() -> None:
    assert _rewards("(四)科技进步奖。一等奖奖励10万元,二等奖奖励5万元,三等奖奖励2万元。") == [
        ("科技进步奖一等奖", 100000),
        ("科技进步奖二等奖", 50000),
        ("科技进步奖三等奖", 20000),
    ]


def test_a_level_under_a_heading_naming_the_honour() -> None:
    assert _rewards("三、技术中心奖励\n国家级奖励100万元,省级奖励30万元。") == [
        ("国家级技术中心", 1000000),
        ("省级技术中心", 300000),
    ]


def test_a_generic_heading_names_no_honour() -> None:
    assert _rewards("三、奖励标准\n国家级奖励100万元。") == [("国家级", 1000000)]


def test_an_achievement_after_a_heading_keeps_its_own_words() -> None:
    assert _rewards("(三)品牌奖励。新获得浙江名牌产品的企业,奖励8万元。") == [
        ("新获得浙江名牌产品", 80000)
    ]


def test_a_joining_word_before_the_sum_is_no_achievement() -> None:
    # "…的企业,颁发奖牌和证书,同时奖励…": the plaque and the 同时 are passed over
    assert _rewards("对获得青川市长质量奖的企业,颁发奖牌和证书,同时奖励20万元。") == [
        ("获得青川市长质量奖的企业", 200000)
    ]


def test_a_trailing_bing_stays_out_of_the_achievement() -> None:
    assert _rewards("获得国家级技术创新示范企业称号,并奖励30万元。") == [
        ("获得国家级技术创新示范企业称号", 300000)
    ]


def test_a_quota_between_award_and_sum_is_no_achievement() -> None:
    assert _rewards("设立青川市长质量奖,每两年评选一次,每次不超过3家,每家奖励20万元。") == [
        ("设立青川市长质量奖", 200000)
    ]


def test_a_recipient_clause_before_a_joining_word_is_kept() -> None:
    rewards = _rewards("特对甲公司、乙公司予以通报表彰,各奖励人民币6万元。")
    assert rewards == [("甲公司、乙公司", 60000)]


def test_a_further_sum_by_a_named_payer_keeps_the_tiers() -> None:
    assert _rewards("获得国家级、省级科技进步奖的项目,市政府另分别给予20万元、10万元奖励。") == [
        ("获得国家级科技进步奖", 200000),
        ("获得省级科技进步奖", 100000),
    ]


def test_the_label_of_a_listed_item_is_not_the_achievement() -> None:
    assert _rewards("(三)标准奖励:主导制定国家标准的每项奖励20万元。") == [
        ("主导制定国家标准", 200000)
    ]


def test_a_sum_stated_as_the_reward_standard() -> None:
    assert _rewards("对新获得中国驰名商标的企业,奖励标准为12万元。") == [
        ("新获得中国驰名商标", 120000)
    ]


def test_a_promise_takes_the_sum_of_the_sentence_after() -> None:
    assert _rewards("获得中国驰名商标的企业,给予奖励。奖励标准:每家12万元。") == [
        ("获得中国驰名商标", 120000)
    ]


def test_a_reward_scheme_to_be_written_is_still_no_rule() -> None:
    assert _rewards("对获得中国驰名商标的企业,奖励标准由市财政局另行制定。") == []


def test_a_promise_clause_before_the_sum_is_no_achievement() -> None:
    assert _rewards("获得中国驰名商标的企业,由市政府给予重奖,奖金12万元。") == [
        ("获得中国驰名商标", 120000)
    ]
    # the payer ("由市政府") was the achievement; now read as the 奖励 form is
    assert _rewards("对甲公司、乙公司,由市政府予以表彰,奖金12万元。") == _rewards(
        "对甲公司、乙公司,由市政府予以表彰,奖励12万元。"
    )


def _conditions(extra: str) -> list[tuple[str, str]]:
    text = f"青川市人民政府关于奖励的通知\n对获得中国驰名商标的企业,奖励20万元。\n{extra}\n"
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


def test_when_and_by_whom_the_money_is_paid_is_a_condition() -> None:
    assert _conditions("奖励资金在每年第二季度兑现。") == [("other", "奖励资金在每年第二季度兑现")]
    assert _conditions("奖励资金由受益财政按现行财政体制分担。") == [
        ("other", "奖励资金由受益财政按现行财政体制分担")
    ]


def test_a_duty_to_stay_is_a_condition() -> None:
    assert _conditions("享受本政策的企业,6年内不得迁出本市。") == [
        ("other", "享受本政策的企业,6年内不得迁出本市")
    ]


def test_losing_the_award_for_fraud_is_a_scope_condition() -> None:
    assert [kind for kind, _ in _conditions("弄虚作假的,取消其获奖资格。")] == ["scope"]


def test_one_reward_at_the_highest_level_is_no_stacking() -> None:
    assert [kind for kind, _ in _conditions("同一产品获得多个称号的,按最高级别奖励一次。")] == [
        "no_stacking"
    ]
    assert [kind for kind, _ in _conditions("再次获得同一称号的,不再给予奖励。")] == ["no_stacking"]


def test_a_plain_sentence_about_applying_is_no_condition() -> None:
    assert _conditions("企业申报时需提供相关证明材料。") == []


def test_a_prize_sum_stated_as_the_prize_money() -> None:
    assert _rewards("对获得青川质量奖的企业给予重奖,奖金为90万元。") == [("获得青川质量奖", 900000)]


def test_the_sum_on_the_line_after_the_verb_of_paying() -> None:
    assert _rewards("获得中国驰名商标的企业,给予奖励\n45万元。") == [("获得中国驰名商标", 450000)]


def test_tier_sums_in_the_sentence_after_a_promise() -> None:
    assert _rewards("对新认定的国家级企业技术中心给予一次性奖励。国家级45万元,省级15万元。") == [
        ("新认定的国家级企业技术中心", 450000),
        ("新认定的省级企业技术中心", 150000),
    ]


def test_tier_sums_after_a_colon_are_one_reward_each() -> None:
    assert _rewards("对新认定的企业技术中心分别给予奖励:国家级45万元、省级15万元。") == [
        ("新认定的企业技术中心的国家级", 450000),
        ("新认定的企业技术中心的省级", 150000),
    ]


def test_a_shared_sum_in_brackets_after_the_achievement() -> None:
    assert _rewards("(一)获得中国驰名商标的企业(各奖励25万元)\n甲公司、乙公司") == [
        ("获得中国驰名商标的企业", 250000)
    ]
    assert _rewards("一、青川市长质量奖(奖金各35万元)\n甲公司\n乙公司") == [
        ("青川市长质量奖", 350000)
    ]
