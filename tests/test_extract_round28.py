"""Round 28 (issue 11): a province's (or a city's) quota split written as a sentence, each form on a
short INVENTED text (real place names, invented numbers, no excerpt of a corpus document): one
target per place with the place in ``district`` and the subject, unit, qualifier and deadline of
the lead clause; a closing total (合计) is no target of its own; answers find the place's figure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract import extract_text
from policybot.knowledge.service import QueryService

PROVINCE_HEAD = (
    "浙江省人民政府办公厅关于印发浙江省名牌培育行动计划(2031—2033年)的通知\n"
    "浙政办发〔2031〕12号\n各市、县(市、区)人民政府,省政府直属各单位:\n"
    "现将《浙江省名牌培育行动计划(2031—2033年)》印发给你们,请认真组织实施。\n"
)
PROVINCE_TAIL = "\n浙江省人民政府办公厅\n2031年4月2日\n"
CITIES = {"杭州市": 22.0, "宁波市": 20.0, "温州市": 18.0}


def _province(body: str) -> str:
    return PROVINCE_HEAD + "一、主要目标\n" + body + PROVINCE_TAIL


def _per_place(
    text: str,
) -> dict[str | None, tuple[float, str, str | None, str | None, date | None]]:
    return {
        t.district: (t.value, t.subject, t.unit, t.qualifier, t.deadline)
        for t in extract_text(text, "x.txt").targets
    }


def _assert_split(text: str, places: dict[str, float], subject: str = "新增省级名牌产品") -> None:
    found = _per_place(text)
    for place, value in places.items():
        assert place in found, found
        got_value, got_subject, unit, qualifier, deadline = found[place]
        assert got_value == value, found
        assert got_subject == subject, found
        assert unit == "个" and deadline == date(2033, 12, 31), found
        assert qualifier is not None and "新增" in qualifier, found
    assert found[None][0] == 150.0, found


SPLIT_FORMS = {
    "listed": "到2033年,全省新增省级名牌产品150个,其中杭州市22个、宁波市20个、温州市18个。",
    "respective": "到2033年,全省新增省级名牌产品150个,其中杭州市、宁波市、温州市分别为22个、20个、18个。",
    "handed_down": "到2033年,全省新增省级名牌产品150个,各市分解如下:杭州市22个;宁波市20个;温州市18个。",
    "one_per_line": "到2033年,全省新增省级名牌产品150个,各市分解如下:\n杭州市22个;\n宁波市20个;\n温州市18个。",
    "bracketed": "到2033年,全省新增省级名牌产品150个(其中杭州市22个、宁波市20个、温州市18个)。",
    "namely": "到2033年,全省新增省级名牌产品150个,分别是杭州市22个、宁波市20个、温州市18个。",
    "task_is": "到2033年,全省新增省级名牌产品150个,具体任务为:杭州市22个、宁波市20个、温州市18个。",
    "next_sentence": "到2033年,全省新增省级名牌产品150个。其中,杭州市22个,宁波市20个,温州市18个。",
}


@pytest.mark.parametrize("form", sorted(SPLIT_FORMS))
def test_a_province_quota_split_is_one_target_per_city(form: str) -> None:
    """Each city's figure is a target of that city (``district``) with the lead clause's subject
    (without 全省, which is the province's), unit, qualifier and deadline."""
    _assert_split(_province(SPLIT_FORMS[form]), CITIES)


def test_a_closing_total_of_the_split_is_no_target_of_its_own() -> None:
    """ "…温州市18个,合计60个": the sum restates the cities' figures, it is no goal."""
    text = _province(
        "到2033年,全省新增省级名牌产品150个,其中杭州市22个、宁波市20个、温州市18个,合计60个。"
    )
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [18.0, 20.0, 22.0, 150.0], values


def test_a_county_split_in_a_city_plan() -> None:
    """A city's plan splits its quota among its counties and districts ("其中A县3个、B区2个")."""
    text = (
        "丽水市人民政府关于印发丽水市名牌培育三年行动计划(2031—2033年)的通知\n"
        "丽政发〔2031〕8号\n一、主要目标\n"
        "到2033年,全市新增省级名牌产品12个,其中缙云县3个、莲都区2个、龙泉市2个。\n"
        "丽水市人民政府\n2031年5月6日\n"
    )
    found = _per_place(text)
    for place, value in {"缙云县": 3.0, "莲都区": 2.0, "龙泉市": 2.0}.items():
        assert found[place][:3] == (value, "新增省级名牌产品", "个"), found
        assert found[place][4] == date(2033, 12, 31), found


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    plan = _province(SPLIT_FORMS["listed"])
    with invented_plans_service(Path(tmp_path_factory.mktemp("split")), plan) as service:
        yield service


def test_a_city_asks_for_its_share_of_the_province_quota(service: QueryService) -> None:
    """ "杭州市要新增几个省级名牌" is answered with 杭州市's figure alone (not its neighbours' of
    the same row), cited."""
    answer = service.ask("杭州市要新增几个省级名牌?")
    out = render_plain(answer)
    assert answer.found, out
    assert "22个" in answer.headline, out
    assert "150" not in answer.headline and "宁波市" not in answer.headline, out
    assert "浙江省名牌培育行动计划" in out, out


YEARLY_TABLE = (
    "示范市人民政府办公室关于印发示范市质量强市行动计划(2031—2033年)的通知\n"
    "示政办发〔2031〕41号\n三、重点工作\n"
    "| 序号 | 工作任务 | 2031年 | 2032年 | 2033年 | 责任单位 |\n"
    "| 1 | 检测平台建设 | 完成平台立项 | 完成平台建设 | 通过省级验收 | 市市场监管局 |\n"
    "| 2 | 质量奖评选 | 出台评选办法 | 开展首届评选 | 新增获奖企业5家 | 市质量强市办 |\n"
    "示范市人民政府办公室\n2031年3月2日\n"
)


def test_year_columns_before_the_units_column_are_dated_goals() -> None:
    """ "工作任务 | 2031年 | 2032年 | 2033年 | 责任单位": a cell without a number under a year is
    a milestone due that year's end with the row's units; a cell with one is that year's target."""
    extraction = extract_text(YEARLY_TABLE, "x.txt")
    milestones = {(m.title, m.due): m.lead_units for m in extraction.milestones}
    assert milestones[("完成平台立项", date(2031, 12, 31))] == ["市市场监管局"], milestones
    assert milestones[("通过省级验收", date(2033, 12, 31))] == ["市市场监管局"], milestones
    assert ("出台评选办法", date(2031, 12, 31)) in milestones, milestones
    targets = [(t.value, t.deadline, t.lead_units) for t in extraction.targets]
    assert (5.0, date(2033, 12, 31), ["市质量强市办"]) in targets, targets


def _first_task_units(note: str) -> tuple[list[str], list[str]]:
    text = (
        "示范市人民政府办公室关于印发示范市质量强市行动计划(2031—2033年)的通知\n"
        "示政办发〔2031〕41号\n三、重点任务\n1.推进标准化建设。加快制定地方标准。"
        + note
        + "\n2.加强计量监督。完善计量体系。(市计量所负责)\n示范市人民政府办公室\n2031年3月2日\n"
    )
    task = extract_text(text, "x.txt").tasks[0]
    return task.lead_units, task.support_units


@pytest.mark.parametrize(
    "note",
    [
        "\n责任单位:市甲局(牵头)、市乙局、市丙局",
        "(责任单位:市甲局〔牵头〕、市乙局、市丙局)",
        "(责任单位:市甲局牵头,市乙局、市丙局配合)",
        "责任单位:市甲局牵头,市乙局、市丙局配合。",
    ],
)
def test_a_labelled_trailer_whose_roles_follow_the_names(note: str) -> None:
    """One label over the list, the roles after the names in brackets or as verbs: the names
    carry no 牵头/配合, the marked one leads and the others support."""
    assert _first_task_units(note) == (["市甲局"], ["市乙局", "市丙局"])


@pytest.mark.parametrize("label", ["实施主体", "承办单位"])
def test_who_carries_an_item_out_is_its_lead(label: str) -> None:
    assert _first_task_units(f"({label}:市甲局)") == (["市甲局"], [])


def test_a_span_whose_clause_opens_with_finishing_is_due_at_its_end() -> None:
    """ "2031—2032年,完成…" (no 确保/力争 before it): the work is due by the span's end; a span
    over work going on ("2031—2032年,全面推进…") dates no event."""
    text = (
        "示范市人民政府办公室关于印发示范市质量强市行动计划(2031—2033年)的通知\n"
        "示政办发〔2031〕41号\n三、重点工作\n"
        "1.建设检测中心。2031—2032年,完成检测中心主体工程建设。(市市场监管局负责)\n"
        "2.推进标准化工作。2031—2032年,全面推进标准化试点建设。(市市场监管局负责)\n"
        "示范市人民政府办公室\n2031年3月2日\n"
    )
    milestones = [(m.title, m.due) for m in extract_text(text, "x.txt").milestones]
    assert milestones == [("完成检测中心主体工程建设", date(2032, 12, 31))], milestones


def test_a_shared_work_remark_nested_in_the_note_is_no_part_of_a_name() -> None:
    """ "(市甲局、市乙局(按职责分工负责))": both lead, and 市乙局 keeps its name."""
    assert _first_task_units("(市甲局、市乙局(按职责分工负责))") == (["市甲局", "市乙局"], [])


def test_a_division_of_labour_item_headed_by_the_body_and_a_full_stop() -> None:
    """ "(一)市甲局。负责…" (the body's name closed by "。" instead of ":"): the body's duty."""
    extraction = extract_text(
        "示范市人民政府办公室关于印发示范市质量强市行动计划(2031—2033年)的通知\n"
        "示政办发〔2031〕41号\n四、职责分工\n"
        "(一)市甲局。负责质量强市工作的统筹协调,制定年度工作计划。\n"
        "(二)市乙局。负责落实质量奖励资金。\n示范市人民政府办公室\n2031年3月2日\n",
        "x.txt",
    )
    duties = {task.title: task.lead_units for task in extraction.tasks}
    assert duties.get("落实质量奖励资金") == ["市乙局"], duties
    assert {"市甲局", "市乙局"} <= set(extraction.units), extraction.units


def test_a_split_with_bounds_or_a_yearly_total() -> None:
    """ "其中杭州市不少于22个": the bound between the place and its figure; "全省每年新增…50个,其中
    杭州市8个": the places' figures are yearly too, with the total's subject."""
    bounded = _per_place(
        _province("到2033年,全省新增省级名牌产品150个以上,其中杭州市不少于22个、宁波市不少于20个。")
    )
    assert bounded["杭州市"][:3] == (22.0, "新增省级名牌产品", "个"), bounded
    yearly = extract_text(
        _province("全省每年新增省级名牌产品50个,其中杭州市8个、宁波市7个、温州市6个。"), "x.txt"
    ).targets
    cities = {t.district: (t.value, t.subject, t.per_year) for t in yearly if t.district}
    assert cities["宁波市"] == (7.0, "每年新增省级名牌产品", True), cities
