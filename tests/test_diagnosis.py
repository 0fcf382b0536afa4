"""The aggregate diagnosis of a split: counts of why gold records go unmatched, never texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from policybot.knowledge.extract.corpus_score import find_documents, main, score_corpus
from policybot.knowledge.extract.diagnosis import diagnose


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


def _doc(targets: list[dict[str, Any]], **document: Any) -> dict[str, Any]:
    return {"document": document, "targets": targets, "milestones": [], "rewards": []}


def test_a_same_value_prediction_names_the_fields_that_stop_the_match() -> None:
    gold = _doc([_target(5), _target(7), _target(9, district="甲区"), _target(11)])
    predicted = _doc(
        [
            _target(5),
            _target(7, deadline=None),
            _target(9, region=None),
            _target(12),
        ]
    )
    counts = diagnose(predicted, gold, error=False).as_dict()
    assert counts["targets"]["gold_unmatched"] == 3
    assert counts["targets"]["gold_with_same_value_prediction"] == 2
    assert counts["targets"]["gold_without_same_value_prediction"] == 1
    assert counts["targets_only_field"] == {"deadline_year": 1}
    assert counts["targets_blocking_field"] == {"deadline_year": 1, "district": 1, "region": 1}
    assert counts["targets_deadline"] == {"predicted_null": 1}
    assert counts["targets_district"] == {"predicted_null": 1}
    assert counts["targets"]["predicted_unmatched_in_documents_with_gold"] == 3
    assert counts["targets"]["predicted_without_same_value_gold"] == 1


def test_metadata_failures_say_missing_or_different() -> None:
    gold = _doc([], region="某市", doc_number="某政发〔2020〕1号", issued="2020-01-02")
    predicted = _doc([], region="另市", doc_number="某政发[2020]1号", issued=None)
    counts = diagnose(predicted, gold, error=False).as_dict()
    assert counts["metadata_region"] == {"different": 1}
    assert counts["metadata_issued"] == {"predicted_null": 1}
    assert "metadata_doc_number" not in counts


def test_diagnose_prints_counts_and_no_document_name(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "secret_stem.txt").write_text(
        "青川市人民政府\n2016年7月18日\n到2018年,全市新增标准25项。\n", encoding="utf-8"
    )
    gold = _doc(
        [_target(25, "2019-12-31", region="青川市", unit="项"), _target(3)], region="青川市"
    )
    (tmp_path / "secret_stem.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    total, _ = score_corpus(find_documents([tmp_path]))
    assert total.diagnosis.as_dict()["targets_only_field"] == {"deadline_year": 1}
    assert main([str(tmp_path), "--diagnose"]) == 0
    printed = capsys.readouterr().out
    assert "secret_stem" not in printed and "新增标准" not in printed
    report = json.loads(printed)
    assert report["diagnosis"]["targets"]["gold_without_same_value_prediction"] == 1


def test_units_tasks_and_wrong_milestones_are_classed_without_names() -> None:
    gold = {
        "document": {"issued": "2020-03-01", "period": [2020, 2020]},
        "units": ["市财政局", "市发改委", "县工作专班"],
        "tasks": [{"title": "推进数字经济发展", "lead_units": ["市发改委"], "due": None}],
        "milestones": [],
    }
    predicted = {
        "document": {},
        "units": ["财政局", "市科技局"],
        "tasks": [
            {
                "title": "推进数字经济发展",
                "lead_units": ["市科技局"],
                "due": None,
                "quote": "(市科技局牵头)",
            }
        ],
        "milestones": [
            {"title": "农村饮水工程建设", "due": "2020-12-31", "quote": "2020年农村饮水工程建设"}
        ],
    }
    counts = diagnose(predicted, gold, error=False).as_dict()
    assert counts["units_missed"]["total"] == 3
    assert counts["units_missed_relation"]["same_without_level_word"] == 1
    assert counts["units_missed_carried_by"] == {"task": 1, "list_only": 2}
    assert counts["units_wrong"]["total"] == 2
    assert counts["tasks_wrong_lead_units"] == {"disjoint": 1}
    assert counts["tasks_wrong_form"]["bracket_note"] == 1
    context = counts["milestones_wrong_context"]
    assert context["year_then_words"] == 1 and context["annual_document"] == 1
    assert context["in_documents_without_gold_milestones"] == 1
    assert not any("财政" in key or "饮水" in key for group in counts.values() for key in group)
