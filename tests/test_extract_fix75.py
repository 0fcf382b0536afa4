"""Extraction defects left by stop 47 (attack47 L1, L3, L4), each on an invented text: a society of
members named as answering for its field (行业协会是…的责任主体) holds no task unless the sentence
then gives it a duty; a 落款 of several offices one above the other takes its region from the
office that names a place when the first names none (中共…工委 over …管委会); a share of the work
by scope ("原有企业由甲局负责") names only the office as a unit, never the scope.

Every text here is synthetic; the places are invented, except the city a zone is named after
(B53-5 asks the gazetteer that the zone's name opens on a real place).
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_HEAD = "青禾市人民政府关于推进某某工作的意见\n青政发〔2031〕3号\n"
_AIM = "二、到2031年,全市新增名牌产品10个。\n"


def _tasks(text: str) -> list[tuple[list[str], str]]:
    return [(task.lead_units, task.title) for task in extract_text(text, "x.txt").tasks]


def test_an_association_named_as_answering_for_its_field_holds_no_task() -> None:
    """attack47 L1: "行业协会是行业自律管理的责任主体" describes the association; no task, no unit."""
    text = _HEAD + "一、各行业协会是本行业诚信自律的责任主体,要发挥桥梁作用。\n" + _AIM
    found = extract_text(text, "x.txt")
    assert not found.tasks
    assert "各行业协会" not in found.units


def test_an_association_given_a_duty_after_it_holds_that_duty() -> None:
    """L1 guard: "…的责任主体,负责组织会员企业开展自查" gives the association its duty."""
    text = _HEAD + "一、市食品行业协会是行业自律的责任主体,负责组织会员企业开展自查。\n" + _AIM
    assert _tasks(text) == [(["市食品行业协会"], "组织会员企业开展自查")]


def test_an_office_named_as_answering_for_work_still_holds_it() -> None:
    """L1 guard: B47-7's offices keep their task ("市商务局是外贸促进的责任主体")."""
    text = _HEAD + "一、市商务局是外贸促进工作的责任主体。\n" + _AIM
    assert _tasks(text) == [(["市商务局"], "外贸促进")]


def test_a_zone_committee_signing_under_its_party_committee_gives_the_region() -> None:
    """attack47 L3: a 落款 "中共某某开发区工委" over "某某开发区管委会": the first office names no
    place the gazetteer knows; who signs is both, and the committee's zone is the region. (As in
    B53-5's test, the zone opens on a real city's short name, which the gazetteer checks.)"""
    text = (
        "关于印发外贸提升行动方案的通知\n各有关单位:\n现将方案印发给你们,请认真贯彻执行。\n"
        "一、到2031年,全区新增外贸企业20家。\n"
        "中共娄底经济技术开发区工委\n娄底经济技术开发区管委会\n2031年3月2日\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.issuer == "中共娄底经济技术开发区工委"
    assert document.region == "娄底经济技术开发区"


def test_a_first_signer_naming_a_place_keeps_the_region() -> None:
    """L3 guard: "青禾市商务局" over a zone's 管委会: the first signer's city stays the region."""
    text = (
        "关于印发外贸提升行动方案的通知\n各有关单位:\n现将方案印发给你们,请认真贯彻执行。\n"
        "一、到2031年,全市新增外贸企业20家。\n"
        "青禾市商务局\n青禾湾经济开发区管委会\n2031年3月2日\n"
    )
    assert extract_text(text, "x.txt").document.region == "青禾市"


def test_a_share_by_scope_names_only_its_offices() -> None:
    """attack47 L4: "(原有企业由市经信局负责,新建企业由市发改委负责)": the two offices lead; 原有
    企业 is no part of a unit."""
    text = (
        _HEAD + "二、重点任务\n(一)推进技术改造。开展企业技改诊断服务(原有企业由市经信局负责,"
        "新建企业由市发改委负责)。\n" + _AIM
    )
    found = extract_text(text, "x.txt")
    assert found.units == ["市经信局", "市发改委"]
    assert _tasks(text) == [(["市经信局", "市发改委"], "推进技术改造")]


def test_a_scope_bracket_after_a_name_is_no_part_of_it() -> None:
    """L4: "市市场监管局(原有企业由各区政府负责)": the office's name without the bracket, the
    office the bracket names listed with it; a scope naming no office ("由属地负责") adds none."""
    text = (
        _HEAD + "到2031年,全市新增规上企业20家。(责任单位:市经信局、市市场监管局(原有企业由各区"
        "政府负责))\n到2032年,全市新增技改项目30个。(责任单位:市经信局(原有企业由属地负责))\n"
    )
    found = extract_text(text, "x.txt")
    assert found.units == ["市经信局", "市市场监管局", "各区政府"]
    assert [target.lead_units for target in found.targets] == [
        ["市经信局", "市市场监管局", "各区政府"],
        ["市经信局"],
    ]
