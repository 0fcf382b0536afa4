"""How a unit's task line is written when no item stands under its heading."""

from __future__ import annotations

from policybot.knowledge.lookup_answers import count_words, task_sentence


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
