"""How a unit's task line is written when no item stands under its heading."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.answers import Citation, FactLine
from policybot.knowledge.lines import tidy_section
from policybot.knowledge.lookup_answers import count_words, task_context, task_sentence


def test_a_heading_with_its_own_sentence_says_what_is_to_be_done() -> None:
    said = task_sentence("3.加强示范协作 由示范局会同各区建立联席会议制度。", "3.加强示范协作")
    assert said == "由示范局会同各区建立联席会议制度。"


def test_a_bare_heading_is_no_task() -> None:
    assert task_sentence("(四)示范培育计划", "(四)示范培育计划") is None
    assert task_sentence("", "(四)示范培育计划") is None


def test_a_long_sentence_is_clipped_for_one_line() -> None:
    said = task_sentence("1.示范 " + "甲" * 80, "1.示范")
    assert said is not None and len(said) == 40 and said.endswith("…")


def test_the_count_names_what_it_counts() -> None:
    assert count_words(3, 7) == "牵头 3 项, 配合 7 项"
    assert count_words(3, 0) == "牵头 3 项" and count_words(0, 2) == "配合 2 项"


def _task(
    region: str, heading: str, lead: tuple[str, ...] = (), support: tuple[str, ...] = ()
) -> FactLine:
    return FactLine(
        kind="passage",
        fact_id=1,
        label=heading,
        citation=Citation(1, "示范计划", f"{heading}由各单位落实示范任务。"),
        region=region,
        lead_units=lead,
        support_units=support,
    )


def test_a_task_line_says_where_it_is_and_what_the_unit_does_in_it() -> None:
    """New-user trial (/units 县经信局): 27 bare headings such as (四)落实产业协同发展, from
    four regions and four offices, none saying whose task it was."""
    several = ["甲区经信局", "乙市经信委"]
    led = _task("甲区", "(四)落实示范协同", lead=("甲区经信局",))
    assert task_context(led, several, with_region=True) == "甲区 · 甲区经信局牵头"
    helped = _task("乙市", "1.示范提档计划", support=("乙市经信委", "乙市财政局"))
    assert task_context(helped, several, with_region=False) == "乙市经信委配合"
    assert task_context(helped, ["乙市经信委"], with_region=True) == "乙市 · 配合"
    assert task_context(_task("乙市", "二、保障"), several, with_region=False) == ""
    assert tidy_section("(四)落实示范协同") == "落实示范协同"


def test_a_unit_slot_never_holds_a_clause(tmp_path: Path) -> None:
    """/units 示范质量办: each task line tags the role (牵头 · …); the items under it are never
    shown after "牵头:", where they would read as the unit that leads."""
    plan = city_plan(
        "一、重点任务\n"
        "序号 任务 牵头单位 配合单位 完成时限\n"
        "1 建设质量服务站 市示范质量办 各街道 2032年12月31日\n"
        "二、保障措施\n"
        "建立质量信息报送制度。各街道每月5日前向市示范质量办报送质量工作进展"
        "(牵头单位:市示范质量办)。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        listed = render_plain(service.units("市示范质量办"))
    assert "牵头:" not in listed and "牵头: " not in listed
    assert "(牵头 · " in listed
