"""Reward rules in every form a document writes them (short synthetic sentences)."""

from __future__ import annotations

from policybot.knowledge.extract import ExtractionError, extract_text


def _rewards(body: str) -> list[tuple[str, float | None]]:
    text = f"青川市人民政府关于奖励的通知\n{body}\n"
    try:
        extraction = extract_text(text, "x.txt")
    except ExtractionError:
        return []  # nothing found at all
    return [(r.achievement, r.amount_yuan) for r in extraction.rewards]


def test_a_shared_sum_for_listed_recipients_is_one_reward() -> None:
    rewards = _rewards("特对甲公司、乙公司和丙公司等三家企业予以通报表彰,各奖励人民币10万元。")
    assert rewards == [("甲公司、乙公司和丙公司等三家企业", 100000)]


def test_one_reward_per_recipient_line() -> None:
    rewards = _rewards(
        "甲公司首次达到龙头企业标准,奖励技改资金300万元;乙公司首次达到骨干企业标准,奖励技改资金100万元。"
    )
    assert [amount for _, amount in rewards] == [3000000, 1000000]
    assert rewards[0][0] == "甲公司首次达到龙头企业标准"


def test_each_firm_and_ocr_decimal() -> None:
    rewards = _rewards("获省名牌产品每家企业奖励1万元,获市名牌产品企业每家奖励0。5万元。")
    assert rewards == [("获省名牌产品每家企业", 10000), ("获市名牌产品企业", 5000)]


def test_tiers_by_level_get_their_own_sums() -> None:
    rewards = _rewards("对新认定国家级及省级技术中心、示范企业,分别给予50万元、20万元一次性奖补。")
    assert rewards == [
        ("新认定国家级技术中心", 500000),
        ("新认定国家级示范企业", 500000),
        ("新认定省级技术中心", 200000),
        ("新认定省级示范企业", 200000),
    ]


def test_a_rule_without_dui_that_opens_with_the_achievement_verb() -> None:
    assert _rewards("对甲类企业给予20万元奖补;新认定市级品牌示范企业给予10万元一次性奖补。")[1] == (
        "新认定市级品牌示范企业",
        100000,
    )


def test_a_per_firm_cap_after_the_sum_does_not_replace_the_sum() -> None:
    assert _rewards("新认定省级新产品给予5万元奖补,每个企业最高奖补不超过20万元。") == [
        ("新认定省级新产品", 50000)
    ]


def test_a_promise_without_a_sum_has_no_amount() -> None:
    assert _rewards("对工作推进有力、工作成效显著的县区和企业给予奖励。") == [
        ("工作推进有力、工作成效显著", None)
    ]


def test_a_directive_to_others_is_not_a_reward() -> None:
    assert _rewards("各地、各部门应按照要求,对品牌建设成绩显著的企业予以奖励。") == []


def test_a_reward_scheme_to_be_written_is_not_a_treatment() -> None:
    assert _rewards("建立完善推进质量工作的奖励办法,纳入考核。") == []


def test_a_reward_that_is_not_a_sum() -> None:
    ((achievement, amount),) = _rewards("受表彰的企业可给每位职工增发一个月工资作为奖励。")
    assert (achievement, amount) == ("受表彰的企业", None)


def test_a_rule_pointing_at_the_categories_listed_below() -> None:
    text = (
        "青川市名牌产品奖励办法\n一、奖励范围。\n对新获评以下荣誉称号的企业,进行奖励。\n"
        "第一类:中国名牌产品、省名牌产品。\n第二类:中国驰名商标。\n二、奖励规则。\n"
    )
    achievements = [r.achievement for r in extract_text(text, "x.txt").rewards]
    assert achievements == ["新获评中国名牌产品", "新获评省名牌产品", "新获评中国驰名商标"]
