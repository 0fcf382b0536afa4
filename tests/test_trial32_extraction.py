"""Defects a new user's trial found uploading an invented plan (issue 11): plans nobody has seen.

- A task table written one row per line (序号 | 任务 | 牵头单位 | 完成时限, cells between bars or
  tabs): each row is one task, milestone or repeated duty named by its task cell, with the units
  of its unit cells (a cell may end with the role it plays, "…人民政府负责") and the due date of
  its time cell ("每年12月底前" repeats; it dates no single goal); its passages are its cells,
  under its own task, never the row above's, with no separator shown.
- "由甲局牵头,乙局配合,2031年9月底前完成…": the dated step is led by 甲局.
- Random characters name no unit and state no plan.

Every text here is invented for the rule.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError
from policybot.knowledge.extract.units import looks_like_unit
from policybot.knowledge.passages import split_document

TABLE_ROWS = (
    "序号 | 任务 | 牵头单位 | 完成时限\n"
    "1 | 开展全市品牌现状普查 | 市市场监管局 | 2031年6月底前\n"
    "2 | 培育品牌示范企业 | 市经信局、市商务局 | 每年12月底前\n"
    "3 | 建设品牌服务平台 | 各县(区)人民政府负责 | 2032年3月底前\n"
)
TABLE_PLAN = city_plan(
    "一、主要目标\n到2033年,全市培育省级品牌企业20家以上。\n"
    "二、重点任务\n" + TABLE_ROWS + "三、保障措施\n"
    "由市市场监管局牵头,市经信局配合,2031年9月底前完成品牌战略研究报告。\n"
)


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_one_line_task_row_is_read_by_its_cells(separator: str) -> None:
    extraction = extract_text(TABLE_PLAN.replace(" | ", separator), "x.txt")
    steps = {m.title: (m.due and m.due.isoformat(), m.lead_units) for m in extraction.milestones}
    assert steps["开展全市品牌现状普查"] == ("2031-06-30", ["市市场监管局"])
    # the row's own unit cell ("…负责": the role it plays) and its own time cell
    assert steps["建设品牌服务平台"] == ("2032-03-31", ["各县(区)人民政府"])
    assert not any("负责" in title for title in steps)
    duties = {(d.title, d.every, tuple(d.lead_units)) for d in extraction.recurring}
    assert ("培育品牌示范企业", "year", ("市经信局", "市商务局")) in duties
    assert not any("月底前" in d.title for d in extraction.recurring)


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_one_line_row_passages_stand_under_their_own_task(separator: str) -> None:
    passages = split_document(TABLE_PLAN.replace(" | ", separator))
    row_texts = [p for p in passages if p.section and p.section.startswith("任务分解表")]
    assert {p.text: p.heading for p in row_texts if p.text == p.heading} == {
        "开展全市品牌现状普查": "开展全市品牌现状普查",
        "培育品牌示范企业": "培育品牌示范企业",
        "建设品牌服务平台": "建设品牌服务平台",
    }
    cultivate = [p for p in row_texts if p.heading == "培育品牌示范企业"]
    assert cultivate and all(p.lead_units == ("市经信局", "市商务局") for p in cultivate)
    assert not any("\t" in p.text or "|" in p.text for p in passages)


def test_a_lead_named_in_the_sentence_leads_its_dated_step() -> None:
    extraction = extract_text(TABLE_PLAN, "x.txt")
    step = next(m for m in extraction.milestones if "品牌战略研究报告" in m.title)
    assert step.lead_units == ["市市场监管局"]
    task = next(t for t in extraction.tasks if "品牌战略研究报告" in t.title)
    assert (task.lead_units, task.support_units) == (["市市场监管局"], ["市经信局"])


def test_units_of_an_uploaded_table_show_each_row_once(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, TABLE_PLAN.replace(" | ", "\t")) as service:
        reply = render_plain(service.units("市经信局"))
    assert "\t" not in reply and "|" not in reply
    assert "培育品牌示范企业" in reply
    assert "开展全市品牌现状普查" not in reply  # the row above, another unit's


def test_units_of_a_very_long_name_echo_it_once_clipped(tmp_path: Path) -> None:
    """/units <3,000 characters> found nothing: the words asked come back once, clipped (the
    title and 未找到“…” echoed them twice, 200 characters each)."""
    rng = random.Random(32)
    asked = "".join(chr(rng.randint(0x4E00, 0x4FFF)) for _ in range(3000))
    with invented_plans_service(tmp_path, TABLE_PLAN) as service:
        reply = render_plain(service.units(asked))
    assert "未找到" in reply
    assert reply.count(asked[:20]) == 1
    assert len(reply) < 400


# Random characters, as a trial uploaded them: 2,000 lines drawn from characters plans use often.
_COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研标准品牌市县省局委办企业目标任务单位牵头配合责任奖励万元创新推进实施建设提升培育年底以上千团受集划参包"


def _random_lines(seed: int, lines: int = 2000) -> str:
    rng = random.Random(seed)
    out = []
    for _ in range(lines):
        line = []
        for _ in range(rng.randint(8, 60)):
            line.append(rng.choice(_COMMON))
            mark = rng.random()
            line.append("," if mark < 0.05 else "。" if mark < 0.07 else "")
        out.append("".join(line))
    return "\n".join(out)


@pytest.mark.parametrize(
    "name", ["受千三团次时向集划参部包总总局", "起有情直几活县局", "方正意标长办"]
)
def test_a_run_of_random_characters_is_no_unit(name: str) -> None:
    assert not looks_like_unit(name)


@pytest.mark.parametrize(
    "name",
    [
        "市市场监管局",
        "各县(区)人民政府",
        "经济开发区管委会",
        "人行郑州中心支行",
        "佛山检验检疫局",
        "监察局",
        "机关党委",
        "经济和信息化局",
        "省局党的建设领导小组各成员单位",
    ],
)
def test_bodies_still_look_like_units(name: str) -> None:
    assert looks_like_unit(name)


@pytest.mark.parametrize("seed", [1, 5, 8])
def test_random_characters_state_no_plan(seed: int) -> None:
    with pytest.raises(ExtractionError) as refused:
        extract_text(_random_lines(seed), "random.txt")
    assert "未找到规划内容" in str(refused.value)


def test_a_plan_with_a_few_odd_lines_is_still_read() -> None:
    noisy = TABLE_PLAN + "\n".join(_random_lines(2, 10).split("\n")) + "\n"
    extraction = extract_text(noisy, "x.txt")
    assert any(m.title == "开展全市品牌现状普查" for m in extraction.milestones)
