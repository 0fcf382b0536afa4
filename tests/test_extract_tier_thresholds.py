"""Undated figures that grade a reward rule (a threshold, a band, a base, score points) or give
the document's ground are no goals (``tier_thresholds``); a dated goal in the same words stays."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_SCHEME = (
    "示范县工业项目招商引资奖励办法\n"
    "一、对成功引进符合条件的项目,投资额在3000万元以上2亿元以下的,引荐单位年终考核加3分;"
    "投资额在2亿元以上6亿元以下,引荐单位年终考核加5分;投资额在6亿元以上的,引荐单位年终考核加9分。"
    "外资项目在原基础上再加1分。\n"
    "二、计奖基数为4000万元,项目投资超出4000万元(含4000万元)的,按第一条标准实施。\n"
    "三、根据企业在座谈会上提出的95个诉求,制定本办法。\n"
    "四、对新认定的高新技术企业,给予10万元奖励。\n"
)


def test_tier_thresholds_and_points_of_a_reward_scheme_are_no_targets() -> None:
    extraction = extract_text(_SCHEME, "scheme.txt")
    assert [r.amount_yuan for r in extraction.rewards] == [100000]
    targets = extraction.targets
    assert targets == [], [(t.value, t.unit, t.quote) for t in targets]


def test_a_dated_figure_in_the_same_words_stays_a_goal() -> None:
    text = (
        "示范县工业发展行动计划(2031-2033年)\n"
        "到2033年,全县工业项目投资额在6亿元以上,新增规模以上工业企业40家。\n"
    )
    values = {(t.value, t.unit) for t in extract_text(text, "plan.txt").targets}
    assert {(6.0, "亿元"), (40.0, "家")} <= values, values
