"""A sentence giving one goal year by year, its later parts only a year and a figure
("2031年全市新增甲类产品18个,2032年22个,2033年25个"): each part counts what the first counts. The
later parts used to take the first part whole as their subject, its year and figure included
("2031年全市新增甲类产品18个" as what 2032's 22个 counts), then the verb again ("全市新增2033年"),
and the list and the 出处 heading showed that (fix62's variant of trial45's year clause)."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan


@pytest.mark.parametrize("joiner", [",", ";"])
def test_a_part_of_only_a_year_and_figure_counts_what_the_first_part_counts(joiner: str) -> None:
    body = f"一、主要目标\n2031年全市新增甲类产品18个{joiner}2032年22个{joiner}2033年25个。\n"
    targets = extract_text(city_plan(body), "plan.txt").targets
    got = sorted((t.deadline.year, t.value, t.subject) for t in targets if t.deadline)
    assert got == [
        (2031, 18.0, "全市新增甲类产品"),
        (2032, 22.0, "全市新增甲类产品"),
        (2033, 25.0, "全市新增甲类产品"),
    ]


def test_a_later_part_with_its_own_verb_keeps_it() -> None:
    """Guard: "2032年新增22个" still reads its verb with the first part's things (fix60's H2)."""
    body = "一、主要目标\n2031年,全市新增甲类产品18个;2032年新增22个。\n"
    targets = extract_text(city_plan(body), "plan.txt").targets
    assert sorted((t.value, t.subject) for t in targets) == [
        (18.0, "全市新增甲类产品"),
        (22.0, "新增甲类产品"),
    ]
