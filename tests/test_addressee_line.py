"""The addressee line a notice opens with, read whole when it lists several offices."""

from __future__ import annotations

from policybot.knowledge.document_answers import _ADDRESS_LINE


def _addressees(text: str) -> str | None:
    found = _ADDRESS_LINE.search(text)
    return found.group(1) if found else None


def test_a_line_listing_several_offices_with_commas_is_the_address() -> None:
    text = "各县区人民政府,青川新区管委会,市政府各部门,市直各单位:\n《清单》现印发给你们。"
    assert _addressees(text) == "各县区人民政府,青川新区管委会,市政府各部门,市直各单位"


def test_a_single_office_is_still_the_address() -> None:
    assert _addressees("兵团科技局:\n现将有关事项通知如下。") == "兵团科技局"


def test_a_body_sentence_ending_in_a_colon_is_no_address() -> None:
    assert _addressees("为做好今年工作,现就有关事项通知如下:\n一、总体要求") is None
