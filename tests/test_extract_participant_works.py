"""A participant's reward that names its role but not its work, a participant's share standing
on its own after the leaders' rules, and an item closed by a line naming only its units
(stop 37 fresh-clone trial), each on an invented text."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

NOTICE = """青川市人民政府办公室关于印发青川市标准奖励办法的通知
青政办发〔2041〕8号
青川市人民政府办公室
2041年2月3日
青川市标准奖励办法
"""


def _rewards(body: str) -> list[tuple[str, str | None, float | None]]:
    rewards = extract_text(NOTICE + body, "plan.txt").rewards
    return [(r.achievement, r.role, r.amount_yuan) for r in rewards]


@pytest.mark.parametrize(
    "participants",
    [
        ";参与制定的给予10万元奖励。",  # the same sentence
        "。参与制定的,给予10万元奖励。",  # a sentence of its own
        "。\n(二)参与制定的企业,给予10万元奖励。",  # an item of its own
    ],
)
def test_a_participants_sum_is_paid_for_the_leaders_work(participants: str) -> None:
    body = f"二、奖励标准\n(一)对主导制定国家标准的企业,给予50万元奖励{participants}\n"
    assert _rewards(body) == [
        ("主导制定国家标准", "主导", 500000),
        ("参与制定国家标准", "参与", 100000),
    ]


def test_one_participants_sum_after_several_works_is_each_works() -> None:
    body = (
        "二、奖励标准\n(一)对主导制定国际标准、国家标准的企业,分别给予80万元、40万元奖励;"
        "参与制定的,给予8万元奖励。\n"
    )
    assert _rewards(body)[2:] == [
        ("参与制定国际标准", "参与", 80000),
        ("参与制定国家标准", "参与", 80000),
    ]


def test_respective_participants_sums_are_paid_in_turn() -> None:
    body = (
        "二、奖励标准\n(一)对主导制定国际标准、国家标准的企业,分别给予80万元、40万元奖励;"
        "参与制定的,分别给予16万元、8万元奖励。\n"
    )
    assert _rewards(body)[2:] == [
        ("参与制定国际标准", "参与", 160000),
        ("参与制定国家标准", "参与", 80000),
    ]


def test_a_participants_sum_in_an_item_pays_for_that_items_work_only() -> None:
    body = (
        "二、奖励标准\n(一)对主导制定国际标准的企业,给予80万元奖励。\n"
        "(二)对主导制定行业标准的企业,给予20万元奖励;参与制定的,给予5万元奖励。\n"
        "(三)对获得中国驰名商标的企业,给予30万元奖励。\n"
    )
    assert ("参与制定行业标准", "参与", 50000) in _rewards(body)
    assert not [r for r in _rewards(body) if r[0] == "参与制定国际标准"]


def test_a_participants_sum_with_no_leader_before_stays_as_read() -> None:
    body = "二、奖励标准\n(一)对获得中国驰名商标的企业,给予30万元奖励。\n(二)参与制定的企业,给予5万元奖励。\n"
    assert _rewards(body)[1] == ("参与制定", "参与", 50000)


@pytest.mark.parametrize(
    "share",
    [
        "(三)参与制定的单位,减半奖励。",
        "参与制定的单位,减半奖励。",
        "(三)参与制定的,按上述标准的50%给予奖励。",
    ],
)
def test_a_standalone_share_halves_the_leaders_sums_before_it(share: str) -> None:
    body = (
        "二、标准奖励\n(一)对主导制定国家标准的企业,给予50万元奖励。\n"
        f"(二)对主导制定地方标准的企业,给予10万元奖励。\n{share}\n"
        "三、品牌奖励\n(一)对新获得中国驰名商标的企业,给予30万元奖励。\n"
    )
    assert _rewards(body) == [
        ("主导制定国家标准", "主导", 500000),
        ("主导制定地方标准", "主导", 100000),
        ("参与制定国家标准", "参与", 250000),
        ("参与制定地方标准", "参与", 50000),
        ("新获得中国驰名商标", None, 300000),
    ]


def test_a_share_after_a_participants_reward_halves_only_the_rules_after_it() -> None:
    body = (
        "二、标准奖励\n(一)对主导制定国际标准的企业,给予80万元奖励;参与制定的,给予10万元奖励。\n"
        "(二)对主导制定团体标准的企业,给予6万元奖励。\n(三)参与制定的单位,减半奖励。\n"
    )
    assert _rewards(body)[2:] == [
        ("主导制定团体标准", "主导", 60000),
        ("参与制定团体标准", "参与", 30000),
    ]


def test_an_item_closed_by_a_units_line_is_one_task() -> None:
    extraction = extract_text(
        NOTICE.replace("标准奖励办法", "质量提升行动方案")
        + "一、主要任务\n(一)加强计量基础建设。\n2042年6月底前建成市级计量检测中心。\n"
        "由市市场监管局牵头,市发改局、市财政局配合。\n"
        "(二)开展质量品牌提升行动。\n组织企业开展质量对标活动。\n由市工信局牵头。\n",
        "plan.txt",
    )
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == [
        ("加强计量基础建设", ["市市场监管局"], ["市发改局", "市财政局"]),
        ("开展质量品牌提升行动", ["市工信局"], []),
    ]
    assert [m.title for m in extraction.milestones] == ["建成市级计量检测中心"]
