"""How a unit's task line is written when no item stands under its heading."""

from __future__ import annotations

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
