"""A 落款 of several offices gives the region only when the title names none (attack50 H4, H4b).

fix75 let the offices signing under an issuer that names no place give the document's region.
Tried before the title, it read a county's plan co-signed by its city's bureau as the city's,
so every county figure was labelled with the city. And it rescanned the block from every line
equal to the issuer, so a 落款 repeated line after line took quadratic time. Every text here
is synthetic; the county and city are real names only because the gazetteer must know them.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text, metadata

_BODY = "一、主要目标\n全年新建改造线路200公里。\n"


def test_a_county_plan_co_signed_by_a_city_bureau_is_the_countys() -> None:
    text = (
        "淳安县2031年农村电网巩固提升工作方案\n"
        + _BODY
        + "县发展和改革局\n杭州市交通运输局\n2031年3月1日\n"
    )
    assert extract_text(text, "x.txt").document.region == "淳安县"


def test_co_signers_still_give_the_region_when_the_title_names_none() -> None:
    """fix75's case holds: a title without a place, 中共…工委 over …管委会."""
    text = (
        "关于推进园区招商工作的意见\n"
        + _BODY
        + "中共娄底经济技术开发区工委\n娄底经济技术开发区管委会\n2031年3月2日\n"
    )
    assert extract_text(text, "x.txt").document.region == "娄底经济技术开发区"


def test_a_signature_repeated_line_after_line_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """H4b: 300 copies of an issuer line cost one reading each, not one per copy after it."""
    calls = 0
    real = metadata.region_of

    def counting(name: str | None) -> str | None:
        nonlocal calls
        calls += 1
        return real(name)

    monkeypatch.setattr(metadata, "region_of", counting)
    lines = ["工作领导小组办公室"] * 300
    assert metadata._region_of_co_signers("工作领导小组办公室", [*lines, "2031年3月1日"]) is None
    assert calls < 2 * len(lines)
