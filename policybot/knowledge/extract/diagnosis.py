"""Why gold records go unmatched: counts only, for a split that may be scored but not read.

A validation split is scored in aggregate to check that a rule carries over; reading its documents
would turn it into a second dev split.  This module says *which kind* of error dominates without
naming a document or quoting a text: for each gold target the scorer left unmatched, whether the
document has a predicted target with the same value and, if so, which fields (region, district,
unit, deadline year, value_max) differ in the closest one; the same for milestones (same due date)
and rewards (same amount); how metadata fields fail (missing or different).  Every figure is a
count summed over documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from policybot.knowledge.extract.jurisdiction import level_of
from policybot.knowledge.extract.scoring import (
    METADATA_FIELDS,
    METADATA_NORMALISERS,
    Record,
    condition_match,
    matching,
    milestone_match,
    reward_match,
    same_number,
    target_match,
    task_match,
    text_key,
    year_of,
)
from policybot.knowledge.extract.similarity import containment

# Fields that can stop a same-value target pair from matching, in report order.
TARGET_FIELDS = ("region", "district", "unit", "deadline_year", "value_max")


def _unit_class(unit: Any) -> str:
    """A coarse class of a unit of measure (never the unit itself)."""
    text = text_key(unit)
    if not text:
        return "none"
    if text in ("%", "‰", "个百分点"):
        return "percent"
    if text.endswith("元"):
        return "money"
    if len(text) == 1:
        return "count"
    kind = next((name for name, cue in _MEASURE_KINDS if re.search(cue, text)), "other")
    return f"scaled_{kind}" if text[0] in "万亿千百" else kind


# Kinds of measure, so a class of unit can be reported without the unit itself.
_MEASURE_KINDS = (
    ("area", r"亩|公顷|平方"),
    ("energy", r"标准煤|千瓦|瓦时"),
    ("mass", r"吨|公斤|千克"),
    ("plants", r"株|棵"),
    ("people", r"人|户"),
)


def _target_diff(pred: Record, gold: Record) -> tuple[str, ...]:
    """The fields that keep two same-value targets apart."""
    differs = {
        "region": text_key(pred.get("region")) != text_key(gold.get("region")),
        "district": text_key(pred.get("district")) != text_key(gold.get("district")),
        "unit": text_key(pred.get("unit")) != text_key(gold.get("unit")),
        "deadline_year": year_of(pred.get("deadline")) != year_of(gold.get("deadline")),
        "value_max": not same_number(pred.get("value_max"), gold.get("value_max")),
    }
    return tuple(name for name in TARGET_FIELDS if differs[name])


def _sign(pred: Any, gold: Any) -> str:
    """How a field differs: missing in the prediction, extra in it, or another value."""
    if not pred:
        return "predicted_null"
    if not gold:
        return "gold_null"
    return "different"


def _deadline_sign(pred: Record, gold: Record) -> str:
    predicted, wanted = year_of(pred.get("deadline")), year_of(gold.get("deadline"))
    if predicted is None or wanted is None:
        return _sign(predicted, wanted)
    return "predicted_earlier" if predicted < wanted else "predicted_later"


def _deadline_sources(record: Record, predicted: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """Where the gold deadline's year could have come from: the signing year, the plan period's
    end (as the extractor or the annotator read it), another predicted target's year."""
    wanted = year_of(record.get("deadline"))
    if wanted is None:
        return ["none"]
    pred_doc, gold_doc = predicted.get("document") or {}, gold.get("document") or {}
    sources = {
        "issued_year": year_of(gold_doc.get("issued")) == wanted,
        "predicted_period_end": (pred_doc.get("period") or [None, None])[1] == wanted,
        "gold_period_end": (gold_doc.get("period") or [None, None])[1] == wanted,
        "predicted_period_missing": not pred_doc.get("period"),
        "another_predicted_target_year": any(
            year_of(other.get("deadline")) == wanted for other in predicted.get("targets") or []
        ),
    }
    found = [name for name, holds in sources.items() if holds]
    signed = year_of(gold_doc.get("issued"))
    if signed is None:
        found.append("issued_unknown")
    elif wanted != signed:
        found.append("after_issued_year" if wanted > signed else "before_issued_year")
    return found


def _matched_indices(
    predicted: list[Record], gold: list[Record], matcher: Callable[[Record, Record], bool]
) -> tuple[set[int], set[int]]:
    """Indices of the predicted and the gold records the scorer's matching pairs up."""
    owner = matching(predicted, gold, matcher)
    return set(owner.values()), set(owner)


@dataclass
class Diagnosis:
    """Counts of why records fail to match, summed over documents (no text, no names)."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, other: Diagnosis) -> None:
        self.counts.update(other.counts)

    def as_dict(self) -> dict[str, dict[str, int]]:
        grouped: dict[str, dict[str, int]] = {}
        for key in sorted(self.counts):
            group, _, name = key.partition(".")
            grouped.setdefault(group, {})[name] = self.counts[key]
        return grouped


def diagnose(predicted: dict[str, Any], gold: dict[str, Any], error: bool) -> Diagnosis:
    """The counts of one document."""
    found = Diagnosis()
    _diagnose_targets(predicted, gold, error, found.counts)
    _diagnose_by_key(predicted, gold, "milestones", milestone_match, "due", found.counts)
    _diagnose_by_key(predicted, gold, "rewards", reward_match, "amount_yuan", found.counts)
    _diagnose_tasks(predicted, gold, found.counts)
    _diagnose_units(predicted, gold, found.counts)
    _diagnose_wrong_milestones(predicted, gold, found.counts)
    _diagnose_conditions(predicted, gold, found.counts)
    _diagnose_metadata(predicted, gold, found.counts)
    has_facts = any(gold.get(name) for name in ("targets", "milestones", "recurring", "rewards"))
    if error:
        found.counts["documents.extraction_error"] += 1
        pred_doc, gold_doc = predicted.get("document") or {}, gold.get("document") or {}
        for name in METADATA_FIELDS:
            normalise = METADATA_NORMALISERS[name]
            right = normalise(pred_doc.get(name)) == normalise(gold_doc.get(name))
            found.counts[f"documents_refused.{name}_{'right' if right else 'wrong'}"] += 1
        found.counts["documents.extraction_error_with_gold_facts"] += int(has_facts)
    found.counts["documents.total"] += 1
    return found


def _diagnose_targets(
    predicted: dict[str, Any], gold: dict[str, Any], error: bool, counts: Counter[str]
) -> None:
    pred_records: list[Record] = predicted.get("targets") or []
    gold_records: list[Record] = gold.get("targets") or []
    matched_pred, matched_gold = _matched_indices(pred_records, gold_records, target_match)
    missing = 0
    if gold_records:
        counts["documents.with_gold_targets"] += 1
        counts["documents.with_gold_targets_none_predicted"] += int(not pred_records)
    else:
        counts["targets.predicted_in_documents_without_gold_targets"] += len(pred_records)
    for index, record in enumerate(gold_records):
        if index in matched_gold:
            continue
        counts["targets.gold_unmatched"] += 1
        same_value = [
            pred for pred in pred_records if same_number(pred.get("value"), record.get("value"))
        ]
        if not same_value:
            missing += 1
            counts["targets.gold_without_same_value_prediction"] += 1
            counts[f"targets_missing_unit_class.{_unit_class(record.get('unit'))}"] += 1
            counts["targets_missing.with_district"] += int(bool(record.get("district")))
            counts["targets_missing.per_year"] += int(bool(record.get("per_year")))
            counts["targets_missing.in_documents_refused"] += int(error)
            continue
        closest = min(same_value, key=lambda pred: len(_target_diff(pred, record)))
        fields = _target_diff(closest, record)
        counts["targets.gold_with_same_value_prediction"] += 1
        for name in fields:
            counts[f"targets_blocking_field.{name}"] += 1
        if len(fields) == 1:
            counts[f"targets_only_field.{fields[0]}"] += 1
        if "deadline_year" in fields:
            counts[f"targets_deadline.{_deadline_sign(closest, record)}"] += 1
            for name in _deadline_sources(record, predicted, gold):
                counts[f"targets_deadline_gold_year_is.{name}"] += 1
        if "region" in fields:
            gold_doc = text_key((gold.get("document") or {}).get("region"))
            pred_doc = text_key((predicted.get("document") or {}).get("region"))
            counts["targets_region.gold_is_document_region"] += int(
                text_key(record.get("region")) == gold_doc
            )
            counts["targets_region.document_region_right"] += int(pred_doc == gold_doc)
        for name in ("region", "district", "unit"):
            if name in fields:
                counts[f"targets_{name}.{_sign(closest.get(name), record.get(name))}"] += 1
    if missing:
        bucket = "1-2" if missing <= 2 else "3-9" if missing < 10 else "10+"
        counts[f"targets_missing_per_document.{bucket}"] += 1
    for p, record in enumerate(pred_records):
        if p in matched_pred or not gold_records:
            continue
        counts["targets.predicted_unmatched_in_documents_with_gold"] += 1
        if not any(same_number(record.get("value"), g.get("value")) for g in gold_records):
            counts["targets.predicted_without_same_value_gold"] += 1


def _diagnose_by_key(
    predicted: dict[str, Any],
    gold: dict[str, Any],
    section: str,
    matcher: Callable[[Record, Record], bool],
    key: str,
    counts: Counter[str],
) -> None:
    """Unmatched gold records of a section: is there a prediction with the same ``key``?"""
    pred_records: list[Record] = predicted.get(section) or []
    gold_records: list[Record] = gold.get(section) or []
    matched_pred, matched_gold = _matched_indices(pred_records, gold_records, matcher)
    for index, record in enumerate(gold_records):
        if index in matched_gold:
            continue
        same = any(pred.get(key) == record.get(key) for pred in pred_records)
        counts[f"{section}.gold_unmatched_{'same' if same else 'no_same'}_{key}"] += 1
    unmatched = [r for p, r in enumerate(pred_records) if p not in matched_pred]
    counts[f"{section}.predicted_unmatched"] += len(unmatched)
    if section == "rewards":
        _diagnose_rewards(pred_records, gold_records, matched_gold, counts)
    if section == "milestones":
        _diagnose_milestones(pred_records, gold_records, matched_gold, matched_pred, counts)


def _diagnose_tasks(predicted: dict[str, Any], gold: dict[str, Any], counts: Counter[str]) -> None:
    """Tasks that match nothing: one about the same duty (title containment >= 0.3) with other
    units or another date, or none at all; the same for missed gold tasks."""
    pred_records: list[Record] = predicted.get("tasks") or []
    gold_records: list[Record] = gold.get("tasks") or []
    matched_pred, matched_gold = _matched_indices(pred_records, gold_records, task_match)
    if not gold_records:
        counts["tasks_wrong.in_documents_without_gold_tasks"] += len(pred_records)
        for record in pred_records:
            counts[f"tasks_wrong_without_gold_tasks.{_task_form(record)}"] += 1
            for section in ("rewards", "targets", "milestones", "units"):
                has = "with" if gold.get(section) else "without"
                counts[f"tasks_wrong_without_gold_tasks.{has}_gold_{section}"] += 1
    elif not pred_records:
        counts["tasks_missed.in_documents_without_predicted_tasks"] += len(gold_records)
    for kind, records, others, matched in (
        ("tasks_wrong", pred_records, gold_records, matched_pred),
        ("tasks_missed", gold_records, pred_records, matched_gold),
    ):
        for index, record in enumerate(records):
            if index in matched:
                continue
            counts[f"{kind}_form.{_task_form(record)}"] += 1
            for unit in record.get("lead_units") or []:
                counts[f"{kind}_lead_unit_form.{_unit_form(text_key(unit))}"] += 1
            counts[f"{kind}_form.due_{'set' if record.get('due') else 'null'}"] += 1
            similar = [
                other
                for other in others
                if containment(other.get("title", ""), record.get("title", "")) >= 0.3
            ]
            if not similar:
                counts[f"{kind}.no_similar_title"] += 1
                continue
            other = similar[0]
            lead = {text_key(unit) for unit in record.get("lead_units") or []}
            other_lead = {text_key(unit) for unit in other.get("lead_units") or []}
            counts[
                f"{kind}.similar_title_lead_units_{'same' if lead == other_lead else 'differ'}"
            ] += 1
            if lead != other_lead:
                counts[f"{kind}_lead_units.{_lead_relation(lead, other_lead)}"] += 1
            counts[
                f"{kind}.similar_title_due_{'same' if record.get('due') == other.get('due') else 'differ'}"
            ] += 1


# A responsible unit's level word (省/市/县/…) and the kind of body its last word names, so unit
# failures can be classed without printing a name.
_LEVEL_WORDS = "省市州盟县区旗镇乡街"
_BODY_KINDS = (
    ("government", r"(人民)?政府$"),
    ("firm", r"(公司|集团|企业|厂)$"),
    ("group", r"(领导小组|小组|委员会|指挥部)(办公室)?$"),
    ("office", r"(办公室|办|室)$"),
    ("bureau", r"(局|厅|委|署)$"),
    ("other", r""),
)


def _unit_form(name: str) -> str:
    kind = next(label for label, cue in _BODY_KINDS if re.search(cue, name))
    level = "level" if name[:1] in _LEVEL_WORDS else "each" if name.startswith("各") else "bare"
    return f"{level}_{kind}"


def without_level_word(name: str) -> str:
    """A unit's name without its leading level word (市科技局 -> 科技局)."""
    return name[1:] if name[:1] in _LEVEL_WORDS else name


def _unit_relation(name: str, others: set[str]) -> str:
    """How a unit relates to the closest one on the other side (never the names)."""
    if any(without_level_word(name) == without_level_word(other) for other in others):
        return "same_without_level_word"
    if any(name in other for other in others):
        return "inside_other"
    if any(other in name for other in others):
        return "contains_other"
    if any(containment(name, other) >= 0.5 for other in others):
        return "similar"
    return "none"


def _record_units(records: list[Record]) -> set[str]:
    return {
        text_key(unit)
        for record in records
        for key in ("lead_units", "support_units")
        for unit in record.get(key) or []
    }


def _diagnose_units(predicted: dict[str, Any], gold: dict[str, Any], counts: Counter[str]) -> None:
    """Units missed and units wrongly predicted: their form (level word, kind of body), how they
    relate to the other side's names (a level word apart, one inside the other, similar, none),
    and which section carries them (a task, a target, or only the document's list)."""
    pred_units = {text_key(unit) for unit in predicted.get("units") or []}
    gold_units = {text_key(unit) for unit in gold.get("units") or []}
    if gold_units:
        counts["documents.with_gold_units"] += 1
        counts["documents.with_gold_units_none_predicted"] += int(not pred_units)
    elif pred_units:
        counts["units_wrong.in_documents_without_gold_units"] += len(pred_units)
    for kind, side, own, other in (
        ("units_missed", gold, gold_units - pred_units, pred_units - gold_units),
        ("units_wrong", predicted, pred_units - gold_units, gold_units - pred_units),
    ):
        in_tasks = _record_units(side.get("tasks") or [])
        in_facts = _record_units([*(side.get("targets") or []), *(side.get("milestones") or [])])
        for name in own:
            counts[f"{kind}.total"] += 1
            counts[f"{kind}.in_documents_none_predicted"] += int(not pred_units)
            counts[f"{kind}_form.{_unit_form(name)}"] += 1
            counts[f"{kind}_relation.{_unit_relation(name, other)}"] += 1
            where = (
                "task"
                if name in in_tasks
                else "target_or_milestone"
                if name in in_facts
                else "list_only"
            )
            counts[f"{kind}_carried_by.{where}"] += 1


def _task_form(record: Record) -> str:
    """How a task was written: closed by a bracketed unit note, a labelled note line, or a
    duty stated in a sentence (its quote has no note)."""
    quote = str(record.get("quote") or "")
    if re.search(r"[((][^()()]*(?:牵头|负责|单位|部门|配合|参与)[^()()]*[))]?\s*[。]?$", quote):
        return "bracket_note"
    if re.search(r"(?:单位|部门)\s*[::]", quote):
        return "labelled_note"
    if re.search(r"由[^,。;]*负责|负责|要|将", quote):
        return "sentence_duty"
    return "other"


def _lead_relation(own: set[str], other: set[str]) -> str:
    """How two differing lead-unit sets differ: one empty, one inside the other, overlapping,
    a level word apart, or apart."""
    if not own or not other:
        return "own_empty" if not own else "other_empty"
    if own < other or other < own:
        return "own_fewer" if own < other else "own_more"
    if own & other:
        return "overlap"
    if {without_level_word(name) for name in own} == {without_level_word(name) for name in other}:
        return "level_word_apart"
    return "disjoint"


def _diagnose_milestones(
    pred_records: list[Record],
    gold_records: list[Record],
    matched: set[int],
    matched_pred: set[int],
    counts: Counter[str],
) -> None:
    """Missed milestones: is there a prediction about the same event (title containment >= 0.3)
    with another date or region, and how the dates differ; what wrong predictions are dated."""
    for index, record in enumerate(gold_records):
        if index in matched:
            continue
        similar = [
            pred
            for pred in pred_records
            if containment(pred.get("title", ""), record.get("title", "")) >= 0.3
        ]
        if not similar:
            counts["milestones_missed.no_similar_title"] += 1
            counts["milestones_missed.gold_has_start"] += int(bool(record.get("start")))
            continue
        pred = similar[0]
        for name in ("region", "start", "due"):
            if (pred.get(name) or None) != (record.get(name) or None):
                counts[f"milestones_missed.similar_title_differs_in_{name}"] += 1
        due, wanted = year_of(pred.get("due")), year_of(record.get("due"))
        if due is not None and wanted is not None and due == wanted:
            counts["milestones_missed.same_year_other_day"] += 1
    for index, record in enumerate(pred_records):
        if index in matched_pred:
            continue
        has_similar = any(
            containment(record.get("title", ""), gold.get("title", "")) >= 0.3
            for gold in gold_records
        )
        counts[f"milestones_wrong.{'similar' if has_similar else 'no_similar'}_gold_title"] += 1
        due_text = str(record.get("due") or "")
        counts["milestones_wrong.with_start"] += int(bool(record.get("start")))
        counts["milestones_wrong.due_is_december_31"] += int(due_text[5:] == "12-31")
        counts["milestones_wrong.due_null"] += int(not due_text)


def _diagnose_wrong_milestones(
    predicted: dict[str, Any], gold: dict[str, Any], counts: Counter[str]
) -> None:
    """Where a wrongly predicted milestone stands against the gold: in a document whose gold
    has no milestones, about what the gold holds as a target or a task, dated by the document's
    signing year or plan end, with a number in its title."""
    pred_records: list[Record] = predicted.get("milestones") or []
    gold_records: list[Record] = gold.get("milestones") or []
    matched_pred, _ = _matched_indices(pred_records, gold_records, milestone_match)
    gold_doc = gold.get("document") or {}
    signed = year_of(gold_doc.get("issued"))
    period_end = (gold_doc.get("period") or [None, None])[1]
    targets = [f"{t.get('subject') or ''}{t.get('quote') or ''}" for t in gold.get("targets") or []]
    tasks = [t.get("title") or "" for t in gold.get("tasks") or []]
    for index, record in enumerate(pred_records):
        if index in matched_pred:
            continue
        title = record.get("title") or ""
        quote = str(record.get("quote") or "")
        due = year_of(record.get("due"))
        checks = {
            "in_documents_without_gold_milestones": not gold_records,
            "in_documents_with_gold_targets": bool(targets),
            "like_a_gold_target": any(containment(title, t) >= 0.5 for t in targets),
            "like_a_gold_task": any(containment(title, t) >= 0.5 for t in tasks),
            "due_in_signing_year": due is not None and due == signed,
            "due_after_signing_year": due is not None and signed is not None and due > signed,
            "due_at_plan_end": due is not None and due == period_end,
            "title_has_digit": bool(re.search(r"\d", title)),
            "has_lead_units": bool(record.get("lead_units")),
            "quote_states_a_year": bool(re.search(r"(?:19|20)\d{2}年", quote)),
            "quote_states_a_month": bool(
                re.search(r"\d{1,2}月|年[中底末初]|年内|上半年|下半年", quote)
            ),
            "quote_opens_with_by_year": bool(re.match(r"\s*(?:到|至|在)?(?:19|20)\d{2}年", quote)),
            "in_documents_with_predicted_rewards": bool(predicted.get("rewards")),
            "in_documents_with_predicted_targets": bool(predicted.get("targets")),
            "title_is_an_aim": bool(re.search(r"基本|全面|初步|明显|显著|进一步|总体|整体", title)),
            "title_opens_with_completion": bool(
                re.match(
                    r"(?:力争|确保|争取)?(?:完成|建成|实现|形成|通过|达到|出台|制定|启动|召开)",
                    title,
                )
            ),
            "title_opens_with_ongoing_work": bool(
                re.match(
                    r"(?:要|将)?(?:推进|加快|加强|加大|深化|强化|继续|持续|大力|积极|开展|做好|抓好|组织)",
                    title,
                )
            ),
            "title_names_a_report_or_check": bool(
                re.search(r"报送|上报|报告|总结|督查|检查|考核|评估|验收", title)
            ),
            "annual_document": bool(
                gold_doc.get("period") and gold_doc["period"][0] == gold_doc["period"][1]
            ),
            "quote_has_by_before_year": bool(re.search(r"(?:到|至)(?:19|20)\d{2}年", quote)),
            "due_before_signing_year": due is not None and signed is not None and due < signed,
            "signing_unknown": signed is None,
            "year_then_comma": bool(re.search(r"(?:19|20)\d{2}年(?:度)?[,,:]", quote)),
            "year_then_words": bool(re.search(r"(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fff“《]", quote)),
            "title_opens_with_scope": bool(re.match(r"全[市县省区州]|各", title)),
            "title_opens_with_level": bool(re.match(r"[省市县区镇]", title)),
            "title_short": len(title) < 10,
            "year_then_words_with_directive": bool(
                re.search(r"(?:19|20)\d{2}年[\u4e00-\u9fff“《][^,。;]*(?:将|要)", quote)
            ),
            "year_then_words_with_completion": bool(
                re.search(
                    r"(?:19|20)\d{2}年[\u4e00-\u9fff“《][^,。;]*(?:完成|建成|实现|形成|通过|达到)",
                    quote,
                )
            ),
            "year_then_words_with_doing": bool(
                re.search(
                    r"(?:19|20)\d{2}年[\u4e00-\u9fff“《][^,。;]*(?:开展|举办|组织|实施|推广|编制|印发|上报|报送|申报|验收|考核|检查|督查|评选|表彰)",
                    quote,
                )
            ),
            "title_ends_with_work_noun": bool(
                re.search(r"(?:工作|任务|目标|项目|计划|会议|活动)$", title)
            ),
        }
        for name, holds in checks.items():
            counts[f"milestones_wrong_context.{name}"] += int(holds)


def _diagnose_conditions(
    predicted: dict[str, Any], gold: dict[str, Any], counts: Counter[str]
) -> None:
    """Conditions missed or wrong: their kind, whether the other side has one of that kind, and
    whether the document's rewards were found (conditions are only read beside rewards)."""
    pred_records: list[Record] = predicted.get("conditions") or []
    gold_records: list[Record] = gold.get("conditions") or []
    matched_pred, matched_gold = _matched_indices(pred_records, gold_records, condition_match)
    for kind, records, others, matched in (
        ("conditions_missed", gold_records, pred_records, matched_gold),
        ("conditions_wrong", pred_records, gold_records, matched_pred),
    ):
        for index, record in enumerate(records):
            if index in matched:
                continue
            counts[f"{kind}.{record.get('kind')}"] += 1
            same_kind = any(other.get("kind") == record.get("kind") for other in others)
            counts[f"{kind}.other_side_has_{'same' if same_kind else 'no'}_kind"] += 1
            counts[f"{kind}.rewards_predicted_{'yes' if predicted.get('rewards') else 'no'}"] += 1
            counts[f"{kind}.rewards_in_gold_{'yes' if gold.get('rewards') else 'no'}"] += 1


def _amount_relation(alike: list[Record], gold: Record) -> str:
    """How the sums of predictions about the same achievement differ from the gold sum."""
    wanted = gold.get("amount_yuan")
    sums = [pred.get("amount_yuan") for pred in alike]
    if wanted is None:
        return "gold_null"
    if all(value is None for value in sums):
        return "predicted_null"
    numbers = [float(value) for value in sums if value is not None]
    if any(
        abs(value * factor - wanted) < 1e-6
        for value in numbers
        for factor in (10, 100, 1000, 10000, 0.1, 0.01, 0.001, 0.0001)
    ):
        return "scale_apart"
    if len(numbers) > 1 and abs(sum(numbers) - wanted) < 1e-6:
        return "gold_is_the_sum"
    if any(value > wanted for value in numbers) and any(value < wanted for value in numbers):
        return "some_above_some_below"
    return "predicted_above" if all(value > wanted for value in numbers) else "predicted_below"


def _diagnose_rewards(
    pred_records: list[Record], gold_records: list[Record], matched: set[int], counts: Counter[str]
) -> None:
    """Missed rewards: a sum or not, a cap or not, and whether a prediction names the same
    achievement (so the amount is what differs)."""
    for index, record in enumerate(gold_records):
        if index in matched:
            continue
        kind = "sum" if record.get("amount_yuan") is not None else "no_sum"
        counts[f"rewards_missed.{kind}"] += 1
        counts["rewards_missed.cap"] += int(bool(record.get("is_cap")))
        similar = any(
            containment(pred.get("achievement", ""), record.get("achievement", "")) >= 0.5
            for pred in pred_records
        )
        counts[f"rewards_missed.{'similar' if similar else 'no_similar'}_achievement"] += 1
        alike = [
            pred
            for pred in pred_records
            if containment(pred.get("achievement", ""), record.get("achievement", "")) >= 0.5
        ]
        if alike:
            counts[f"rewards_missed_amount.{_amount_relation(alike, record)}"] += 1
        same_sum = [
            pred
            for pred in pred_records
            if same_number(pred.get("amount_yuan"), record.get("amount_yuan"))
        ]
        if same_sum:
            best = max(
                containment(p.get("achievement", ""), record.get("achievement", ""))
                for p in same_sum
            )
            bucket = "below_0.2" if best < 0.2 else "0.2_to_0.35" if best < 0.35 else "0.35_to_0.5"
            counts[f"rewards_missed_same_sum_achievement_overlap.{bucket}"] += 1
            shorter = min(
                same_sum,
                key=lambda p: -containment(p.get("achievement", ""), record.get("achievement", "")),
            )
            pa, ga = str(shorter.get("achievement") or ""), str(record.get("achievement") or "")
            counts[
                f"rewards_missed_same_sum_achievement_length.{'predicted_longer' if len(pa) > len(ga) else 'predicted_shorter'}"
            ] += 1
    for pred in pred_records:
        if pred.get("amount_yuan") is None:
            counts["rewards_predicted.amount_null"] += 1
    matched_pred = set(matching(pred_records, gold_records, reward_match).values())
    for index, pred in enumerate(pred_records):
        if index in matched_pred:
            continue
        achievement = str(pred.get("achievement") or "")
        shape = {
            "short_under_6": len(achievement) < 6,
            "long_over_30": len(achievement) > 30,
            "level_word": bool(re.search(r"国家级|省级|市级|县级|国际", achievement)),
            "names_a_firm": bool(re.search(r"公司|集团|厂|企业\)", achievement)),
            "bracketed_recipient": bool(re.search(r"\([^()]+\)$", achievement)),
            "names_an_award": bool(re.search(r"奖|称号|名牌|商标|品牌|认定|认证", achievement)),
            "threshold": bool(re.search(r"\d", achievement)),
            "rank": bool(re.search(r"第.名|等奖|名次|[一二三]等|特等|金奖|银奖|铜奖", achievement)),
            "kind_of_recipient": bool(
                re.search(r"单位|个人|集体|团队|家庭|先进|优秀", achievement)
            ),
            "opens_with_each": achievement.startswith(("每", "各", "分别")),
            "ends_with_de": achievement.endswith("的"),
            "latin_letters": bool(re.search(r"[A-Za-z]", achievement)),
            "star_or_grade": bool(re.search(r"星级|星|级", achievement)),
            "place_like": bool(re.search(r"[县区市镇乡]$", achievement)),
            "two_or_three_chars": 2 <= len(achievement) <= 3,
            "connective": bool(re.search(r"其中|另|此外|同时|并", achievement)),
            "empty": not achievement,
            "reference": bool(re.search(r"该|上述|以上|其|此|这|前款", achievement)),
            "generic_noun": bool(
                re.search(r"企业|项目|产品|作品|成果|团队|人才|专利|标准", achievement)
            ),
            "money_word": bool(
                re.search(r"奖励|补助|补贴|资助|扶持|奖补|资金|经费|奖金", achievement)
            ),
            "all_cjk": bool(re.fullmatch(r"[\u4e00-\u9fff]+", achievement)),
            "person_word": bool(
                re.search(r"同志|先生|女士|人员|职工|员工|教师|医生|代表", achievement)
            ),
            "has_verb_of_getting": bool(re.search(r"获|评|认定|通过|达到|新增|首次", achievement)),
            "is_cap": bool(pred.get("is_cap")),
            "amount_null": pred.get("amount_yuan") is None,
            "gold_has_same_sum": any(
                same_number(pred.get("amount_yuan"), g.get("amount_yuan")) for g in gold_records
            ),
        }
        for name, holds in shape.items():
            counts[f"rewards_wrong_shape.{name}"] += int(holds)
    if gold_records:
        counts["documents.with_gold_rewards"] += 1
        counts["documents.with_gold_rewards_none_predicted"] += int(not pred_records)


def _diagnose_metadata(
    predicted: dict[str, Any], gold: dict[str, Any], counts: Counter[str]
) -> None:
    pred_doc = predicted.get("document") or {}
    gold_doc = gold.get("document") or {}
    for name in METADATA_FIELDS:
        normalise = METADATA_NORMALISERS[name]
        pred_value, gold_value = normalise(pred_doc.get(name)), normalise(gold_doc.get(name))
        if pred_value != gold_value:
            counts[f"metadata_{name}.{_sign(pred_value, gold_value)}"] += 1
            if name == "region" and pred_value and gold_value:
                relation = (
                    "predicted_inside_gold"
                    if pred_value in gold_value
                    else "gold_inside_predicted"
                    if gold_value in pred_value
                    else "unrelated"
                )
                counts[f"metadata_region_different.{relation}"] += 1
                for level_name, value in (("predicted", pred_value), ("gold", gold_value)):
                    counts[f"metadata_region_different.{level_name}_{level_of(value)}"] += 1
            if name == "region":
                # What the extractor had to go on (found or not), never the values themselves.
                for field_name in ("issuer", "title", "doc_number", "issued"):
                    found = "found" if pred_doc.get(field_name) else "missing"
                    counts[f"metadata_region_wrong_with.{field_name}_{found}"] += 1
