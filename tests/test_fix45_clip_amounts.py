"""fix45 item 3: a line cut for a phone never cuts inside a number and its unit. A target
"稳定在95%以上" cut after 95 read as a target of 95 (the % lost); the cut moves before the
number. Invented texts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from policybot.knowledge.calculator import phone_clause
from policybot.knowledge.clipping import clip, clip_whole, outside_amount
from policybot.knowledge.heads import clip_at_boundary

TEXTS = (
    "到2033年全市规模以上工业企业主要产品质量监督抽查合格率稳定在95%以上并持续提升品牌影响力",
    "全市重点产品质量合格率稳定在98.5%以上,新增品牌企业30家以上,标准化覆盖率达到90%以上",
    "对首次获得示范奖的企业一次性给予30万元奖励,提高2个百分点,每家企业最高不超过1,000万元",
)
CUTTERS: dict[str, Callable[[str, int], str]] = {
    "clip": clip,
    "clip_whole": clip_whole,
    "clip_at_boundary": clip_at_boundary,
    "phone_clause": phone_clause,
}
_AMOUNT = re.compile(r"\d+(?:\.\d+|,\d{3})*(?:[%％]|个百分点|万元|元|家)?")


def _cuts_inside_amount(text: str, shown: str) -> bool:
    kept = len(shown.removesuffix("…"))
    return any(match.start() < kept < match.end() for match in _AMOUNT.finditer(text))


@pytest.mark.parametrize("name", sorted(CUTTERS))
@pytest.mark.parametrize("text", TEXTS)
def test_no_cut_falls_inside_a_number_and_its_unit(name: str, text: str) -> None:
    cutter = CUTTERS[name]
    for limit in range(12, len(text)):
        shown = cutter(text, limit)
        assert len(shown) <= limit, (limit, shown)
        assert not _cuts_inside_amount(text, shown), (name, limit, shown)


def test_the_percentage_goes_whole_or_not_at_all() -> None:
    text = TEXTS[0]
    limit = text.index("%") + 1  # room for …95, not for …95%
    for cutter in CUTTERS.values():
        shown = cutter(text, limit)
        assert not shown.removesuffix("…").endswith("95"), shown


def test_a_cut_not_inside_a_number_stays() -> None:
    assert outside_amount("合格率稳定在95%以上", 4) == 4
    assert outside_amount("合格率稳定在95%以上", 9) == 9  # after 95%
    assert outside_amount("合格率稳定在95%以上", 8) == 6  # before 95
    assert outside_amount("95%以上", 1) == 1  # nothing would be left: unchanged
