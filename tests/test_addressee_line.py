"""The addressee line a notice opens with, read whole when it lists several offices."""

from __future__ import annotations

import time

from policybot.knowledge.extract.metadata import addressee as _addressees


def test_a_line_listing_several_offices_with_commas_is_the_address() -> None:
    text = "各县区人民政府,青川新区管委会,市政府各部门,市直各单位:\n《清单》现印发给你们。"
    assert _addressees(text) == "各县区人民政府,青川新区管委会,市政府各部门,市直各单位"


def test_a_single_office_is_still_the_address() -> None:
    assert _addressees("兵团科技局:\n现将有关事项通知如下。") == "兵团科技局"


def test_a_body_sentence_ending_in_a_colon_is_no_address() -> None:
    assert _addressees("为做好今年工作,现就有关事项通知如下:\n一、总体要求") is None


def test_a_group_of_addressees_is_read_by_the_answers_as_by_the_extractor() -> None:
    text = "各区人民政府,市政府各部门、各直属机构:\n现将《实施方案》印发给你们。"
    assert _addressees(text) == "各区人民政府,市政府各部门、各直属机构"


def test_a_long_list_of_offices_that_is_no_address_is_refused_at_once() -> None:
    """As one regular expression, every way of splitting the names at their 、 was tried: 32
    names took about 20 s, 40 names minutes (the bot answering a 主送单位 question stalled)."""
    line = "市局、" * 32 + "一段不以机关名称收尾的文字:"
    started = time.perf_counter()
    assert _addressees(line) is None
    assert _addressees(line[:-1] + "局:") == line[:-1] + "局"
    assert time.perf_counter() - started < 1
