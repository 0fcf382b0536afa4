"""Round 37 (issue 11): forms of the genre's grammar that carry to unseen plans, each on a short
INVENTED text (no excerpt of a corpus document): more words a division-of-labour list uses to
label the body that does an item or helps with it, and a ceiling word said before the reward verb
("…的企业,最高奖励100万元").
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

_HEAD = (
    "示范市人民政府办公室关于印发示范市质量强市行动计划(2031—2033年)的通知\n示政办发〔2031〕41号\n"
)
_TAIL = "\n示范市人民政府办公室\n2031年3月2日\n"


def _first_task_units(note: str) -> tuple[list[str], list[str]]:
    text = (
        _HEAD
        + "三、重点任务\n1.推进标准化建设。加快制定地方标准。"
        + note
        + "\n2.加强计量监督。完善计量体系。(市计量所负责)"
        + _TAIL
    )
    task = extract_text(text, "x.txt").tasks[0]
    return task.lead_units, task.support_units


@pytest.mark.parametrize(
    "label", ["落实单位", "落实部门", "承担单位", "执行单位", "具体责任单位", "第一责任单位"]
)
def test_more_labels_of_the_body_that_does_the_item(label: str) -> None:
    assert _first_task_units(f"({label}:市甲局)") == (["市甲局"], [])


@pytest.mark.parametrize("label", ["会办单位", "联办单位", "参加单位", "配合责任单位"])
def test_more_labels_of_the_bodies_that_help(label: str) -> None:
    assert _first_task_units(f"(牵头单位:市甲局;{label}:市乙局、市丙局)") == (
        ["市甲局"],
        ["市乙局", "市丙局"],
    )


def _rewards(rule: str) -> list[tuple[str, float | None, bool]]:
    text = _HEAD + "二、奖励措施\n" + rule + _TAIL
    return [(r.achievement, r.amount_yuan, r.is_cap) for r in extract_text(text, "x.txt").rewards]


@pytest.mark.parametrize(
    "rule",
    [
        "对新认定为省级专精特新企业的,最高奖励50万元。",
        "对新认定为省级专精特新企业的,最高给予50万元奖励。",
        "对新认定为省级专精特新企业的,最高可给予50万元奖励。",
        "对新认定为省级专精特新企业的,最多补助50万元。",
    ],
)
def test_a_ceiling_word_before_the_verb_is_a_capped_reward(rule: str) -> None:
    """ "最高" is no achievement: the rule's recipient is, and the sum is a ceiling."""
    assert _rewards(rule) == [("新认定为省级专精特新企业", 500000.0, True)]


@pytest.mark.parametrize(
    "notice",
    [
        "决定对成绩突出的甲县、乙县、丙县予以通报表彰,并分别奖励20万元、15万元、10万元。",
        "决定对成绩突出的甲县、乙县和丙县分别奖励20万元、15万元、10万元。",
    ],
)
def test_a_respective_list_of_sums_pays_the_named_recipients_in_order(notice: str) -> None:
    """One reward per recipient of the list, its sum the one in the same place of the list."""
    assert _rewards(notice) == [
        ("成绩突出的甲县", 200000.0, False),
        ("成绩突出的乙县", 150000.0, False),
        ("成绩突出的丙县", 100000.0, False),
    ]


def test_a_list_of_sums_longer_than_the_recipients_pays_no_one_in_order() -> None:
    """Two names and three sums do not pair: no reward is read per recipient."""
    rewards = _rewards("对甲县、乙县予以通报表彰,并分别奖励20万元、15万元、10万元。")
    assert ("甲县", 200000.0, False) not in rewards


def test_qizhong_opens_the_list_of_who_is_paid() -> None:
    """ "…进行表彰奖励,其中甲县奖励100万元": 其中 is no part of the recipient."""
    rewards = _rewards(
        "市政府决定对招商引资先进单位进行表彰奖励,其中甲县奖励100万元,乙县奖励80万元。"
    )
    assert [achievement for achievement, _, _ in rewards] == ["甲县", "乙县"]


@pytest.mark.parametrize(
    ("lead", "support"),
    [("主责单位", "协同单位"), ("责任主体", "配合单位"), ("落实单位", "会办单位")],
)
def test_other_names_of_a_task_tables_unit_columns(lead: str, support: str) -> None:
    """ "序号 | 重点工作 | 主责单位 | 协同单位": the columns name who does each row and who helps."""
    text = (
        _HEAD
        + f"序号 | 重点工作 | {lead} | {support} |\n"
        + "1 | 加快推进园区建设 | 市甲局 | 市乙局 |\n2 | 推进农村公路提档升级 | 市丙局 | 市乙局 |"
        + _TAIL
    )
    tasks = [(t.title, t.lead_units, t.support_units) for t in extract_text(text, "x.txt").tasks]
    assert tasks == [
        ("加快推进园区建设", ["市甲局"], ["市乙局"]),
        ("推进农村公路提档升级", ["市丙局"], ["市乙局"]),
    ]


def test_an_item_closed_by_the_clause_naming_its_body_keeps_only_the_duty() -> None:
    """ "2.推进农村公路提档升级,由市丙局负责。": the title is the duty, not the 由…负责 clause."""
    text = (
        _HEAD
        + "1.加快推进园区建设,完善配套设施,由市甲局负责。\n2.推进农村公路提档升级,由市丙局负责。"
        + _TAIL
    )
    tasks = [(t.title, t.lead_units) for t in extract_text(text, "x.txt").tasks]
    assert ("推进农村公路提档升级", ["市丙局"]) in tasks


def test_a_sum_paid_to_each_firm_after_a_grant_is_that_grants_reward() -> None:
    """ "授予…“纳税大户”荣誉称号,并予以表彰。对各企业分别奖励人民币10万元": the reward is the
    honour's, not a bare "各企业"."""
    rewards = _rewards(
        "一、授予甲公司等5户企业2031年度“示范市纳税大户”荣誉称号,并予以表彰。"
        "对各企业分别奖励人民币10万元。"
    )
    assert len(rewards) == 1
    achievement, amount, _ = rewards[0]
    assert "纳税大户" in achievement and "甲公司" in achievement and amount == 100000.0


def test_levels_sharing_the_noun_that_closes_the_list_each_get_their_sum() -> None:
    """ "国家级、省级、市级企业技术中心…分别奖励": each level names the whole noun."""
    assert _rewards(
        "对新认定的国家级、省级、市级企业技术中心予以表彰,并分别奖励30万元、20万元、10万元。"
    ) == [
        ("新认定的国家级企业技术中心", 300000.0, False),
        ("新认定的省级企业技术中心", 200000.0, False),
        ("新认定的市级企业技术中心", 100000.0, False),
    ]
