"""General reward forms of stop 50 (corpus/unseen/FAILURES.md, "Stop 50", "Rewards"): rules
chosen from aggregate failure classes of the validation split and written against invented
text of common forms of Chinese reward rules, not against one document.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_HEAD = (
    "青禾市人民政府关于印发青禾市促进商贸发展若干措施的通知\n"
    "青政发〔2031〕7号\n"
    "青禾市人民政府\n"
    "2031年3月2日\n"
    "青禾市促进商贸发展若干措施\n"
    "一、总体要求。为鼓励商贸企业做大做强,对全市商贸企业给予支持。\n"
)


def _rewards(body: str) -> list[tuple[float | None, str]]:
    return [
        (reward.amount_yuan, reward.achievement)
        for reward in extract_text(_HEAD + body, "x.txt").rewards
    ]


def test_bands_paid_respectively_are_one_reward_each_even_with_a_further_condition() -> None:
    """R50-1: "对A2亿元以上、1~2亿元且增速达30%以上的企业,分别给予3万元、1.5万元": as many
    bands as sums paid 分别, one reward each, the later band sharing the first's measure."""
    rewards = _rewards(
        "二、对年销售额达2亿元以上、1~2亿元且增速达30%及以上的批发企业,"
        "分别给予扶持资金3万元、1.5万元。\n"
    )
    assert rewards == [
        (30000, "年销售额达2亿元以上"),
        (15000, "年销售额达1~2亿元且增速达30%及以上"),
    ]


def test_joint_thresholds_with_one_sum_stay_one_reward() -> None:
    """R50-1 guard: thresholds of one recipient paid one sum, no 分别, stay one achievement."""
    rewards = _rewards("二、对带动就业10人以上、年纳税额50万元以上的小微企业,给予5万元奖励。\n")
    assert len(rewards) == 1
    assert rewards[0][0] == 50000


def test_bands_without_dui_or_de_paid_respectively() -> None:
    """R50-2: "A2亿元以上、1~2亿元且增速达30%以上,(资料完整,)分别给予奖励企业3万元、1.5万元":
    bands closed by 以上 with neither 对 nor a closing 的, a qualifying clause between."""
    for body in (
        "二、年销售额达2亿元以上、1~2亿元且增速达30%及以上,分别给予奖励企业扶持资金3万元、1.5万元。\n",
        "二、年销售额达2亿元以上、1~2亿元且增速达30%及以上(不含新设企业,下同),"
        "企业报表资料完整,分别给予扶持资金3万元、1.5万元。\n",
    ):
        rewards = _rewards(body)
        assert (30000, "年销售额达2亿元以上") in rewards, body
        assert (15000, "年销售额达1~2亿元且增速达30%及以上") in rewards, body
        assert len(rewards) == 2, rewards


def test_a_threshold_paid_one_sum_without_respectively_is_left_to_the_other_rules() -> None:
    """R50-2 guard: the rule wants 分别; a single threshold clause is read as before."""
    rewards = _rewards("二、对年销售额达2亿元以上的批发企业,给予扶持资金3万元。\n")
    assert len(rewards) == 1
    assert rewards[0][0] == 30000
    assert rewards[0][1].startswith("年销售额达2亿元以上")


def test_a_zone_paying_first_is_no_achievement() -> None:
    """R50-3: "待…受理后,高新区先给予100万元奖励": the zone paying (first, again) joins the sum
    to the clause before it, which is what is rewarded."""
    rewards = _rewards(
        "二、企业在主板上市的,给予300万元奖励。"
        "待中国证监会正式受理其首发申请材料后,高新区先给予100万元奖励,上市成功后再予以补齐。\n"
    )
    assert (1000000, "待中国证监会正式受理其首发申请材料后") in rewards
    assert all(not achievement.startswith("高新区") for _, achievement in rewards)
