"""The aggregate failure classes (benchmarks.extraction_misses) on invented records."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from benchmarks.extraction_misses import (
    GOLD,
    PREDICTED,
    classify_document,
    classify_section,
    classify_split,
    classify_units,
    document_field_classes,
    main,
)


def _target(value: float, deadline: str | None = "2020-12-31", **extra: Any) -> dict[str, Any]:
    return {
        "region": "某市",
        "district": None,
        "value": value,
        "value_max": None,
        "unit": "家",
        "deadline": deadline,
        **extra,
    }


def _kinds(misses: list[Any], side: str) -> Counter[str]:
    return Counter(miss.kind for miss in misses if miss.side == side)


def test_same_value_pairs_are_classed_by_the_fields_that_differ() -> None:
    gold = [_target(5), _target(7), _target(9, district="甲区"), _target(11), _target(13)]
    predicted = [_target(5), _target(7, deadline="2019-12-31"), _target(9), _target(12)]
    misses = classify_section("targets", predicted, gold)
    assert _kinds(misses, GOLD) == {
        "value found, deadline_year differs": 1,
        "value found, district(predicted empty) differs": 1,
        "no predicted record with this value": 2,
    }
    assert _kinds(misses, PREDICTED) == {
        "value found, deadline_year differs": 1,
        "value found, district(predicted empty) differs": 1,
        "no gold counterpart": 1,
    }


def test_the_closest_of_two_same_value_predictions_is_paired() -> None:
    gold = [_target(5, district="乙区")]
    predicted = [_target(5, deadline=None, region="另市"), _target(5)]
    misses = classify_section("targets", predicted, gold)
    assert _kinds(misses, GOLD) == {"value found, district(predicted empty) differs": 1}
    assert _kinds(misses, PREDICTED) == {
        "value found, district(predicted empty) differs": 1,
        "no gold counterpart": 1,
    }


def test_a_near_miss_says_where_a_region_or_a_missing_year_stands() -> None:
    gold = [_target(5, region="甲市"), _target(7, deadline="2025-12-31")]
    predicted = [_target(5, region="乙市"), _target(7, deadline=None)]
    documents = (
        {"region": "乙市", "period": None},
        {"region": "甲市", "period": [2021, 2025], "issued": "2021-03-01"},
    )
    misses = classify_section("targets", predicted, gold, documents=documents)
    assert _kinds(misses, GOLD) == {
        "value found, region differs [document region wrong]": 1,
        "value found, deadline_year(predicted empty) differs"
        " [gold year is the plan end; predicted period missing]": 1,
    }


def test_a_value_twice_in_gold_once_predicted_and_duplicates() -> None:
    misses = classify_section("targets", [_target(5)], [_target(5), _target(5)])
    assert _kinds(misses, GOLD) == {"value predicted, taken by another gold record": 1}
    misses = classify_section("targets", [_target(5), _target(5)], [_target(5)])
    assert _kinds(misses, PREDICTED) == {"value of a matched gold record (a duplicate)": 1}


def test_empty_sides_and_refused_documents() -> None:
    assert _kinds(classify_section("targets", [], [_target(1)]), GOLD) == {
        "nothing predicted in the section": 1
    }
    assert _kinds(classify_section("targets", [], [_target(1)], refused=True), GOLD) == {
        "document refused": 1
    }
    assert _kinds(classify_section("targets", [_target(1)], []), PREDICTED) == {
        "gold section empty": 1
    }


def test_rewards_pair_by_achievement_then_by_a_set_sum() -> None:
    gold = [
        {"achievement": "新认定的示范企业", "amount_yuan": 50000},
        {"achievement": "获得发明专利授权", "amount_yuan": 2000},
        {"achievement": "甲乙丙丁", "amount_yuan": None},
    ]
    predicted = [
        {"achievement": "新认定的示范企业", "amount_yuan": 30000},
        {"achievement": "专项资金", "amount_yuan": 2000},
        {"achievement": "戊己庚辛", "amount_yuan": None},
    ]
    misses = classify_section("rewards", predicted, gold)
    assert _kinds(misses, GOLD) == {
        "achievement found, amount differs": 1,
        "amount found, achievement differs": 1,
        "no predicted record with this achievement": 1,
    }


def test_milestones_pair_by_title_then_by_a_set_due_date() -> None:
    gold = [
        {"region": "某县", "title": "完成全部验收工作", "start": None, "due": "2021-06-30"},
        {"region": "某县", "title": "召开动员大会", "start": None, "due": "2021-03-31"},
    ]
    predicted = [
        {"region": "某县", "title": "完成全部验收工作", "start": None, "due": "2021-12-31"},
        {"region": "某县", "title": "宣传发动", "start": None, "due": "2021-03-31"},
    ]
    misses = classify_section("milestones", predicted, gold)
    assert _kinds(misses, GOLD) == {"title found, due differs": 1, "due found, title differs": 1}


def test_unit_names_a_level_word_apart_or_inside_each_other() -> None:
    misses = classify_units(
        ["科技局", "某市发展和改革委员会", "某某办", "农业局"],
        ["市科技局", "发展和改革委员会", "旅游局", "农业局"],
    )
    assert _kinds(misses, GOLD) == {
        "name found, level word differs": 1,
        "name found, one inside the other": 1,
        "no like name": 1,
    }
    assert _kinds(misses, PREDICTED) == {
        "name found, level word differs": 1,
        "name found, one inside the other": 1,
        "no gold counterpart": 1,
    }


def test_classes_add_up_to_the_scorers_unmatched_counts() -> None:
    gold = {
        "targets": [_target(1), _target(2), _target(3)],
        "units": ["甲局", "乙局"],
        "tasks": [{"title": "开展专项检查", "lead_units": ["甲局"], "due": None}],
    }
    predicted = {
        "targets": [_target(1), _target(2, deadline=None)],
        "units": ["甲局", "丙局"],
        "tasks": [],
        "conditions": [{"kind": "eligibility", "text": "不计"}],
    }
    misses = classify_document(predicted, gold, refused=False, optional="empty")
    assert set(misses) == {
        "targets",
        "milestones",
        "recurring",
        "rewards",
        "units",
        "tasks",
        "conditions",
    }
    assert len([m for m in misses["targets"] if m.side == GOLD]) == 2
    assert len([m for m in misses["targets"] if m.side == PREDICTED]) == 1
    assert misses["conditions"] == []  # an eligibility condition is not scored
    assert _kinds(misses["tasks"], GOLD) == {"nothing predicted in the section": 1}
    assert classify_document(predicted, gold, refused=False, optional="skip").keys() == {
        "targets",
        "milestones",
        "recurring",
        "rewards",
        "units",
        "tasks",
    }


@pytest.mark.parametrize("split", ["unseen_val", "unseen_blind"])
def test_examples_are_refused_for_val_and_blind(split: str) -> None:
    with pytest.raises(PermissionError):
        classify_split(split, examples=1)
    with pytest.raises(SystemExit):
        main(["--splits", split.removeprefix("unseen_"), "--examples", "1"])


def test_document_fields_say_right_missed_or_read_otherwise() -> None:
    gold = {"document": {"region": "甲市", "period": [2021, 2025]}}
    assert document_field_classes({"document": {"region": "甲市"}}, gold) == [
        "region right",
        "period missed",
    ]
    predicted = {"document": {"region": "乙市", "period": [2021, 2023]}}
    assert document_field_classes(predicted, {"document": {}}) == [
        "region read otherwise (gold empty)",
        "period read otherwise (gold empty)",
    ]
