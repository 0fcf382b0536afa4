"""Extraction defects left by fix75 (attack49 M5, M6, L2), each on an invented text: a society of
members named as answering for its field holds the duty the sentence then gives it with 要, 应,
并负责, 负责 or 承担; a share of the work by scope ("原有企业由甲局牵头负责,新建企业由乙局会同
丙局负责") leads with the offices, the ones worked with supporting, and without a bracket closes
its task as a note does; a 落款 of a bare county office ("县某局") over one naming a county takes
that county as region.

Every text here is synthetic; the places and offices are invented.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text

_HEAD = "青禾市人民政府关于推进某某工作的意见\n青政发〔2031〕3号\n"
_AIM = "二、到2031年,全市新增名牌产品10个。\n"


def _tasks(text: str) -> list[tuple[list[str], list[str], str]]:
    return [
        (task.lead_units, task.support_units, task.title)
        for task in extract_text(text, "x.txt").tasks
    ]


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("市质量协会是质量提升的责任主体,要组织会员企业开展质量对标。", "组织会员企业开展质量对标"),
        ("市品牌促进会是品牌培育的责任主体,并负责品牌评价工作。", "品牌评价工作"),
        ("市标准化协会是标准推广的责任主体,应组织会员单位宣贯新标准。", "组织会员单位宣贯新标准"),
        ("市物流商会是行业自律的责任主体,承担会员信用评价工作。", "会员信用评价工作"),
    ],
)
def test_a_society_given_a_duty_by_another_verb_holds_it(sentence: str, duty: str) -> None:
    """attack49 M5: the duty given after the 责任主体 clause with 要/应/并负责/承担, not only ",负责"."""
    society = sentence.split("是", 1)[0]
    assert _tasks(_HEAD + "一、" + sentence + "\n" + _AIM) == [([society], [], duty)]


def test_a_society_then_an_office_gives_the_office_the_duty() -> None:
    """M5 guard: "行业商会是…的责任主体,市工商联负责指导": the duty is the office's."""
    text = _HEAD + "一、行业商会是行业自律的责任主体,市工商联负责指导。\n" + _AIM
    assert _tasks(text) == [(["市工商联"], [], "指导")]


def test_a_share_by_scope_with_an_office_worked_with_splits_lead_and_support() -> None:
    """attack49 M6: "新建企业由市发改委会同市科技局负责": 市发改委 leads, 市科技局 supports; the
    share's 牵头负责 leaves 牵头 out of the name."""
    text = (
        _HEAD + "一、开展企业技改诊断服务(原有企业由市经信局牵头负责,新建企业由市发改委会同"
        "市科技局负责)。\n" + _AIM
    )
    found = extract_text(text, "x.txt")
    assert "市发改委会同市科技局" not in found.units
    assert _tasks(text) == [(["市经信局", "市发改委"], ["市科技局"], "开展企业技改诊断服务")]


def test_shares_by_scope_without_a_bracket_close_the_task() -> None:
    """M6: "…服务,原有企业由市经信局负责,新建企业由各县(市、区)政府负责": the shares close the
    task as a note does, both offices leading."""
    text = (
        _HEAD + "一、开展企业技改诊断服务,原有企业由市经信局负责,新建企业由各县(市、区)政府"
        "负责。\n" + _AIM
    )
    assert _tasks(text) == [(["市经信局", "各县(市、区)政府"], [], "开展企业技改诊断服务")]


def test_plain_shares_by_scope_still_lead_together() -> None:
    """M6 guard: three plain shares lead together, as fix75 read them."""
    text = (
        _HEAD + "一、开展企业技改诊断服务(原有企业由市经信局负责,新建企业由市发改委负责,外资企业"
        "由市商务局负责)。\n" + _AIM
    )
    assert _tasks(text) == [(["市经信局", "市发改委", "市商务局"], [], "开展企业技改诊断服务")]


_SIGNED = (
    "关于印发外贸提升行动方案的通知\n各有关单位:\n现将方案印发给你们。\n"
    "一、到2031年,全县新增外贸企业20家。\n{first}\n{second}\n2031年3月2日\n"
)


def test_a_bare_county_office_over_one_naming_its_county_takes_that_county() -> None:
    """attack49 L2: "县商务局" over "柘溪县市场监督管理局": the county the second names."""
    text = _SIGNED.format(first="县商务局", second="柘溪县市场监督管理局")
    document = extract_text(text, "x.txt").document
    assert document.issuer == "县商务局"
    assert document.region == "柘溪县"


def test_a_bare_county_office_over_a_district_office_takes_no_region_from_it() -> None:
    """L2 guard: a 县 office over a 区's names another level; the district is not its place."""
    text = _SIGNED.format(first="县商务局", second="柘溪区市场监督管理局")
    assert extract_text(text, "x.txt").document.region != "柘溪区"
