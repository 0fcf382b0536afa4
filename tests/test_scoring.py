"""The scorer: one-to-one matching on the documented keys, per-section precision/recall/F1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policybot.knowledge.extract.scoring import SectionScore, main, metadata_score, score


def _target(value: float, unit: str = "家", deadline: str = "2020-12-31", **extra: Any) -> dict:
    return {
        "region": "某市",
        "district": None,
        "value": value,
        "value_max": None,
        "unit": unit,
        "deadline": deadline,
        "subject": "x",
        **extra,
    }


def _doc(**sections: list) -> dict:
    return {
        "targets": [],
        "milestones": [],
        "recurring": [],
        "rewards": [],
        "units": [],
        **sections,
    }


def test_section_score_arithmetic() -> None:
    section = SectionScore(matched=3, predicted=4, gold=6)
    assert section.precision == 0.75
    assert section.recall == 0.5
    assert section.f1 == pytest.approx(0.6)


def test_empty_prediction_against_empty_gold_is_perfect() -> None:
    scores = score(_doc(), _doc())
    assert all(section.f1 == 1.0 for section in scores.values())


def test_targets_match_on_value_unit_deadline_year_not_wording() -> None:
    gold = _doc(targets=[_target(25, "项", subject="新增标准")])
    predicted = _doc(targets=[_target(25, "项", deadline="2020-06-30", subject="完全不同的说法")])
    assert score(predicted, gold)["targets"].f1 == 1.0


@pytest.mark.parametrize(
    "changed",
    [
        {"value": 26},
        {"unit": "个"},
        {"deadline": "2019-12-31"},
        {"district": "东区"},
        {"region": "别市"},
        {"value_max": 30},
    ],
)
def test_target_key_mismatch_is_not_a_match(changed: dict) -> None:
    gold = _doc(targets=[_target(25)])
    predicted = _doc(targets=[{**_target(25), **changed}])
    assert score(predicted, gold)["targets"].matched == 0


def test_matching_is_one_to_one() -> None:
    gold = _doc(targets=[_target(30)])
    predicted = _doc(targets=[_target(30), _target(30)])
    result = score(predicted, gold)["targets"]
    assert (result.matched, result.precision, result.recall) == (1, 0.5, 1.0)


def test_matching_finds_the_maximum_assignment() -> None:
    gold = _doc(targets=[_target(30, district="东区"), _target(30)])
    predicted = _doc(targets=[_target(30), _target(30, district="东区")])
    assert score(predicted, gold)["targets"].matched == 2


def test_milestones_need_same_dates_and_similar_title() -> None:
    gold = _doc(
        milestones=[{"region": "某市", "title": "通过省级验收", "start": None, "due": "2018-06-30"}]
    )
    good = _doc(
        milestones=[
            {"region": "某市", "title": "确保通过省级验收工作", "start": None, "due": "2018-06-30"}
        ]
    )
    wrong_date = _doc(
        milestones=[{"region": "某市", "title": "通过省级验收", "start": None, "due": "2018-12-31"}]
    )
    assert score(good, gold)["milestones"].matched == 1
    assert score(wrong_date, gold)["milestones"].matched == 0


def test_rewards_match_on_amount_and_achievement() -> None:
    gold = _doc(rewards=[{"achievement": "主导制定国家标准", "amount_yuan": 500000}])
    same = _doc(rewards=[{"achievement": "主导(第一起草单位)制定国家标准", "amount_yuan": 500000}])
    other_amount = _doc(rewards=[{"achievement": "主导制定国家标准", "amount_yuan": 300000}])
    assert score(same, gold)["rewards"].matched == 1
    assert score(other_amount, gold)["rewards"].matched == 0


def test_recurring_match_on_period_and_title() -> None:
    gold = _doc(recurring=[{"title": "工作督查", "every": "half-year"}])
    assert (
        score(_doc(recurring=[{"title": "进行一次工作督查", "every": "half-year"}]), gold)[
            "recurring"
        ].matched
        == 1
    )
    assert (
        score(_doc(recurring=[{"title": "工作督查", "every": "year"}]), gold)["recurring"].matched
        == 0
    )


def test_units_compare_as_normalised_sets() -> None:
    gold = _doc(units=["县经信局", "各街道<乡镇>"])
    predicted = _doc(units=["县经信局", "各街道〈乡镇〉", "县经信局", "县财政局"])
    units = score(predicted, gold)["units"]
    assert (units.matched, units.predicted, units.gold) == (2, 3, 2)


def test_command_line_scores_a_prediction_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    gold_path = tmp_path / "gold.json"
    pred_path = tmp_path / "pred.json"
    gold_path.write_text(json.dumps(_doc(targets=[_target(5)])), encoding="utf-8")
    pred_path.write_text(json.dumps(_doc(targets=[_target(5)])), encoding="utf-8")
    assert main([str(pred_path), str(gold_path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["targets"]["f1"] == 1.0


def test_command_line_without_arguments_shows_usage() -> None:
    assert main([]) == 2


def test_metadata_fields_are_right_when_equal_after_normalisation() -> None:
    gold = {"document": {"region": "某市", "doc_number": "某政发〔2016〕3号", "issued": None}}
    predicted = {"document": {"region": "某 市", "doc_number": "某政发[2016]3号", "issued": None}}
    assert metadata_score(predicted, gold) == {"region": True, "doc_number": True, "issued": True}


def test_metadata_field_wrong_when_one_side_is_null() -> None:
    gold = {"document": {"region": "某市", "doc_number": None, "issued": "2016-07-18"}}
    predicted = {"document": {"region": None, "doc_number": "某政发〔2016〕3号", "issued": None}}
    assert metadata_score(predicted, gold) == {
        "region": False,
        "doc_number": False,
        "issued": False,
    }


def _task(lead: list[str], title: str = "推进标准化试点示范建设", due: str | None = None) -> dict:
    return {"title": title, "lead_units": lead, "support_units": [], "due": due}


def test_tasks_match_on_lead_units_due_and_title() -> None:
    gold = _doc(tasks=[_task(["市质监局"])])
    assert (
        score(_doc(tasks=[_task(["市质监局"], "大力推进标准化试点示范")]), gold)["tasks"].matched
        == 1
    )
    assert score(_doc(tasks=[_task(["市科技局"])]), gold)["tasks"].matched == 0
    assert score(_doc(tasks=[_task(["市质监局"], due="2018-12-31")]), gold)["tasks"].matched == 0


def test_conditions_match_on_kind_and_text() -> None:
    gold = _doc(conditions=[{"kind": "no_stacking", "text": "同一企业就高不重复奖励", "quote": ""}])
    same = _doc(conditions=[{"kind": "no_stacking", "text": "就高不重复奖励", "quote": ""}])
    other_kind = _doc(conditions=[{"kind": "scope", "text": "就高不重复奖励", "quote": ""}])
    assert score(same, gold)["conditions"].matched == 1
    assert score(other_kind, gold)["conditions"].matched == 0


def test_optional_sections_skip_or_count_as_empty() -> None:
    predicted = _doc(tasks=[_task(["市质监局"])])
    assert "tasks" not in score(predicted, _doc())
    empty = score(predicted, _doc(), optional="empty")["tasks"]
    assert (empty.matched, empty.predicted, empty.gold) == (0, 1, 0)


def test_corpus_score_sums_counts_before_taking_f1(tmp_path: Path) -> None:
    from policybot.knowledge.extract.corpus_score import find_documents, score_corpus

    plan = "青川市人民政府\n2016年7月18日\n到2018年,全市新增标准25项。\n"
    gold = {
        "document": {"source": "a.txt", "region": "青川市", "doc_number": None, "issued": None},
        **_doc(targets=[_target(25, "项", "2018-12-31", region="青川市"), _target(9, "项")]),
    }
    (tmp_path / "a.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.txt").write_text("no plan here", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"document": {}, **_doc()}), encoding="utf-8")
    total, results = score_corpus(find_documents([tmp_path]))
    targets = total.sections["targets"]
    assert (targets.matched, targets.predicted, targets.gold) == (1, 1, 2)
    assert total.documents == 2 and total.failed == 1
    assert results[1].error is not None
    assert total.metadata()["doc_number"] == 1.0
    assert total.metadata()["issued"] == 0.5


def test_a_region_is_one_division_however_it_is_written() -> None:
    from policybot.knowledge.extract.scoring import region_key

    assert region_key("徐州市沛县") == region_key("沛县")
    assert region_key("凉山彝族自治州") == region_key("凉山州")
    assert region_key("沛县") != region_key("赵县")
    assert region_key("某某市") == "某某市"  # a name no gazetteer places compares as text
    county = _target(5, region="徐州市沛县")
    assert (
        score(_doc(targets=[_target(5, region="沛县")]), _doc(targets=[county]))["targets"].matched
        == 1
    )
