"""The narrowing hints' choice from a tally: the value counted most, the least on a tie."""

from __future__ import annotations

from collections import Counter

from policybot.knowledge.tallies import most_common


def test_the_value_counted_most_wins() -> None:
    assert most_common(Counter({"乙区": 3, "甲区": 1})) == "乙区"


def test_a_tie_goes_to_the_least_value_whatever_the_order_counted() -> None:
    assert most_common(Counter({2021: 2, 2019: 2, 2020: 1})) == 2019
    assert most_common(Counter(["丙", "乙", "乙", "丙"])) == "丙"
    assert most_common(Counter(["乙", "丙", "丙", "乙"])) == "丙"
