"""Why records go unmatched, in aggregate: one failure class per unmatched gold and predicted record.

Rules written on dev documents stopped moving the val and blind figures, and those splits may not
be read document by document.  This module says *which field* keeps records from matching on a
split, with counts only, so a rule can aim at a class that is large on val and blind and that dev
also shows (dev examples of it may then be read).

Each document is scored as ``benchmarks.extraction_quality`` scores it (same documents, same
optional-section convention, the scorer's own records and maximum matching).  The scorer's
records left unmatched are then classed:

- a gold record and a predicted one that share the section's *anchor* (targets: the value;
  milestones: the title, else the due date; rewards: the achievement, else the sum; tasks: the
  title, else the lead units; recurring and conditions: the text) are paired one to one, fewest
  differing fields first, and both are classed by the scorer's checks they fail
  ("value found, deadline_year differs");
- the rest of the gold: in a refused document; in a section the extractor predicted nothing for;
  its anchor predicted but taken by another gold record; no predicted record with its anchor;
- the rest of the predictions: in a section whose gold is empty; the anchor of a gold record
  already matched (a duplicate); no gold counterpart;
- units (scored as sets of names): a missed name and a wrong one a level word apart, one inside the
  other, or alike (containment >= 0.5), else missed or wrong outright.

The classes of a section add up to its unmatched counts (gold - matched, predicted - matched).
Only counts are printed for val and blind; ``--examples`` prints records and document names, and
is refused in code for any split but the seeds and unseen dev.

Run as ``python -m benchmarks.extraction_misses [--splits dev val blind] [--json]`` or, dev only,
``python -m benchmarks.extraction_misses --splits dev --examples 5 --section targets
--class "due"``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from benchmarks.extraction_quality import split_folders
from policybot.knowledge.extract.corpus_score import find_documents, predict
from policybot.knowledge.extract.diagnosis import without_level_word
from policybot.knowledge.extract.scoring import (
    FIELD_CHECKS,
    OPTIONAL_SECTIONS,
    SECTIONS,
    Record,
    differing_fields,
    fields_match,
    matching,
    region_key,
    score,
    section_records,
    unit_set,
    year_of,
)
from policybot.knowledge.extract.similarity import containment

# Splits whose documents, gold and per-record results may be read (examples printed).
READABLE_SPLITS = frozenset({"seeds", "unseen_dev"})
SHORT_NAMES = {"dev": "unseen_dev", "val": "unseen_val", "blind": "unseen_blind"}

# The fields that say what a record is about, in the order they pair a miss with a wrong record.
ANCHORS: dict[str, tuple[str, ...]] = {
    "targets": ("value",),
    "milestones": ("title", "due"),
    "recurring": ("title",),
    "rewards": ("achievement", "amount"),
    "tasks": ("title", "lead_units"),
    "conditions": ("text",),
}
# An anchor shared only by being empty on both sides pairs nothing (two sums both null, two
# undated milestones): the gold record's key for the anchor must be set.
_ANCHOR_KEYS = {"amount": "amount_yuan", "due": "due", "lead_units": "lead_units"}
# The record key behind a check's name where they differ (for saying which side left it empty).
_FIELD_KEYS = {"deadline_year": "deadline", "amount": "amount_yuan"}

GOLD, PREDICTED = "gold", "predicted"
REFUSED = "document refused"
NOTHING_PREDICTED = "nothing predicted in the section"
GOLD_EMPTY = "gold section empty"
NO_COUNTERPART = "no gold counterpart"

# How a missed unit name and a wrong one relate, in pairing order.
UNIT_RELATIONS: dict[str, Callable[[str, str], bool]] = {
    "level word differs": lambda gold, pred: without_level_word(gold) == without_level_word(pred),
    "one inside the other": lambda gold, pred: gold in pred or pred in gold,
    "alike (containment >= 0.5)": lambda gold, pred: containment(gold, pred) >= 0.5,
}


@dataclass(frozen=True)
class Miss:
    """One unmatched record, its class, and (for a near miss) the record on the other side."""

    section: str
    side: str
    kind: str
    record: Any
    other: Any = None


@dataclass
class SplitMisses:
    """Counts of a split's classes, plus its documents and section totals as the scorer sees them."""

    documents: int = 0
    refused: int = 0
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # in how many documents each class occurs (a class of 60 records may be one long table)
    class_documents: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    documents_nothing_predicted: Counter[str] = field(default_factory=Counter)
    document_fields: Counter[str] = field(default_factory=Counter)
    totals: dict[str, list[int]] = field(default_factory=dict)

    def add(self, section: str, misses: Iterable[Miss]) -> None:
        """One document's misses of a section."""
        keys = [(section, miss.side, miss.kind) for miss in misses]
        self.counts.update(keys)
        self.class_documents.update(set(keys))

    def as_dict(self) -> dict[str, Any]:
        sections: dict[str, Any] = {}
        for (section, side, kind), count in sorted(self.counts.items()):
            documents = self.class_documents[(section, side, kind)]
            sections.setdefault(section, {}).setdefault(side, {})[kind] = [count, documents]
        return {
            "documents": self.documents,
            "refused": self.refused,
            "documents_with_gold_but_nothing_predicted": dict(self.documents_nothing_predicted),
            "document_fields": dict(self.document_fields),
            "totals_matched_predicted_gold": self.totals,
            "classes": sections,
        }


def _anchored(section: str, anchor: str, pred: Record, gold: Record) -> bool:
    key = _ANCHOR_KEYS.get(anchor)
    if key is not None and gold.get(key) in (None, "", []):
        return False
    return FIELD_CHECKS[section][anchor](pred, gold)


def classify_section(
    section: str,
    pred_records: list[Record],
    gold_records: list[Record],
    refused: bool = False,
    documents: tuple[Record, Record] | None = None,
) -> list[Miss]:
    """The class of every record of one document's section the scorer leaves unmatched;
    ``documents`` (the predicted and the gold document fields) adds where a differing region or
    a missing year could have come from."""
    owner = matching(pred_records, gold_records, fields_match(section))
    free_gold = [g for g in range(len(gold_records)) if g not in owner]
    free_pred = [p for p in range(len(pred_records)) if p not in set(owner.values())]
    misses: list[Miss] = []
    for anchor in ANCHORS[section]:
        pairs = sorted(
            (
                (len(differing_fields(section, pred_records[p], gold_records[g])), g, p)
                for g in free_gold
                for p in free_pred
                if _anchored(section, anchor, pred_records[p], gold_records[g])
            ),
        )
        for _, g, p in pairs:
            if g not in free_gold or p not in free_pred:
                continue
            free_gold.remove(g)
            free_pred.remove(p)
            fields = differing_fields(section, pred_records[p], gold_records[g])
            signed = [_signed(name, pred_records[p], gold_records[g]) for name in fields]
            verb = "differs" if len(fields) == 1 else "differ"
            kind = f"{anchor} found, {'+'.join(signed)} {verb}"
            if documents is not None:
                kind += _context(fields, pred_records[p], gold_records[g], *documents)
            misses.append(Miss(section, GOLD, kind, gold_records[g], pred_records[p]))
            misses.append(Miss(section, PREDICTED, kind, pred_records[p], gold_records[g]))
    first = ANCHORS[section][0]
    taken = [pred_records[p] for p in owner.values()]
    for g in free_gold:
        record = gold_records[g]
        if refused:
            kind = REFUSED
        elif not pred_records:
            kind = NOTHING_PREDICTED
        elif any(_anchored(section, first, pred, record) for pred in taken):
            kind = f"{first} predicted, taken by another gold record"
        else:
            kind = f"no predicted record with this {first}"
        misses.append(Miss(section, GOLD, kind, record))
    matched_gold = [gold_records[g] for g in owner]
    for p in free_pred:
        record = pred_records[p]
        if not gold_records:
            kind = GOLD_EMPTY
        elif any(_anchored(section, first, record, gold) for gold in matched_gold):
            kind = f"{first} of a matched gold record (a duplicate)"
        else:
            kind = NO_COUNTERPART
        misses.append(Miss(section, PREDICTED, kind, record))
    return misses


def _context(
    fields: tuple[str, ...], pred: Record, gold: Record, pred_doc: Record, gold_doc: Record
) -> str:
    """Where a near miss's differing region or missing year stands against the document: the
    document's region read right or not; the gold year the signing year or the plan's end."""
    notes: list[str] = []
    if "region" in fields:
        right = region_key(pred_doc.get("region")) == region_key(gold_doc.get("region"))
        notes.append(f"document region {'right' if right else 'wrong'}")
    keys = [_FIELD_KEYS.get(name, name) for name in fields]
    key = next((k for k in ("deadline", "due") if k in keys), None)
    if key is not None and not pred.get(key) and gold.get(key):
        wanted = year_of(gold.get(key))
        period = gold_doc.get("period") or [None, None]
        source = (
            "the plan end"
            if wanted == period[1]
            else "the signing year"
            if wanted == year_of(gold_doc.get("issued"))
            else "another year"
        )
        notes.append(f"gold year is {source}")
        own = pred_doc.get("period")
        notes.append(
            "predicted period missing"
            if not own
            else f"predicted period ends {'there' if own[1] == wanted else 'elsewhere'}"
        )
    return f" [{'; '.join(notes)}]" if notes else ""


def _signed(name: str, pred: Record, gold: Record) -> str:
    """A differing field's name, marked when one side leaves it empty."""
    key = _FIELD_KEYS.get(name, name)
    if key not in ("title", "achievement", "text"):
        if pred.get(key) in (None, "", []):
            return f"{name}(predicted empty)"
        if gold.get(key) in (None, "", []):
            return f"{name}(gold empty)"
    return name


def classify_units(predicted: Any, gold: Any, refused: bool = False) -> list[Miss]:
    """The class of every unit name the scorer's set comparison leaves unmatched."""
    pred_names, gold_names = unit_set(predicted), unit_set(gold)
    free_gold, free_pred = sorted(gold_names - pred_names), sorted(pred_names - gold_names)
    misses: list[Miss] = []
    for relation, holds in UNIT_RELATIONS.items():
        for name in list(free_gold):
            other = next((pred for pred in free_pred if holds(name, pred)), None)
            if other is None:
                continue
            free_gold.remove(name)
            free_pred.remove(other)
            kind = f"name found, {relation}"
            misses.append(Miss("units", GOLD, kind, name, other))
            misses.append(Miss("units", PREDICTED, kind, other, name))
    for name in free_gold:
        kind = REFUSED if refused else NOTHING_PREDICTED if not pred_names else "no like name"
        misses.append(Miss("units", GOLD, kind, name))
    for name in free_pred:
        misses.append(
            Miss("units", PREDICTED, GOLD_EMPTY if not gold_names else NO_COUNTERPART, name)
        )
    return misses


def classify_document(
    predicted: dict[str, Any], gold: dict[str, Any], refused: bool, optional: str
) -> dict[str, list[Miss]]:
    """Misses per scored section of one document (the sections ``scoring.score`` scores)."""
    scored = score(predicted, gold, optional=optional)
    result: dict[str, list[Miss]] = {}
    for section in scored:
        if section == "units":
            result[section] = classify_units(predicted.get("units"), gold.get("units"), refused)
            continue
        pred_records, gold_records = section_records(predicted, gold, section)
        documents = (predicted.get("document") or {}, gold.get("document") or {})
        result[section] = classify_section(section, pred_records, gold_records, refused, documents)
    return result


def document_field_classes(predicted: dict[str, Any], gold: dict[str, Any]) -> list[str]:
    """How the document's region and plan period (which date and place its undated, unplaced
    records) stand: read right, missed, or read otherwise; the period is not scored, but a
    target's deadline falls back on it."""
    pred_doc, gold_doc = predicted.get("document") or {}, gold.get("document") or {}
    found: list[str] = []
    for name, key in (("region", region_key), ("period", _period_key)):
        wanted, got = key(gold_doc.get(name)), key(pred_doc.get(name))
        state = "right" if wanted == got else "missed" if not got else "read otherwise"
        found.append(f"{name} {state}" + ("" if wanted else " (gold empty)"))
    return found


def _period_key(period: Any) -> str:
    return "-".join(map(str, period)) if period else ""


def classify_split(
    name: str, examples: int = 0, section: str | None = None, kind: str | None = None
) -> tuple[SplitMisses, list[tuple[str, Miss]]]:
    """Counts of a split's classes and, for a readable split only, up to ``examples`` misses per
    class (filtered by section and by a substring of the class)."""
    if examples and name not in READABLE_SPLITS:
        raise PermissionError(f"examples are for {sorted(READABLE_SPLITS)} only, not {name}")
    folders, texts, optional = split_folders()[name]
    total = SplitMisses()
    shown: list[tuple[str, Miss]] = []
    per_class: Counter[tuple[str, str, str]] = Counter()
    for document in find_documents(folders, texts):
        predicted, gold, error = predict(document)
        total.documents += 1
        total.refused += int(error is not None)
        scores = score(predicted, gold, optional=optional)
        for section_name, section_score in scores.items():
            counts = total.totals.setdefault(section_name, [0, 0, 0])
            counts[0] += section_score.matched
            counts[1] += section_score.predicted
            counts[2] += section_score.gold
            if section_score.gold and not section_score.predicted and error is None:
                total.documents_nothing_predicted[section_name] += 1
        total.document_fields.update(document_field_classes(predicted, gold))
        for section_name, misses in classify_document(
            predicted, gold, error is not None, optional
        ).items():
            total.add(section_name, misses)
            for miss in misses:
                key = (section_name, miss.side, miss.kind)
                wanted = (section is None or section == section_name) and (
                    kind is None or kind in miss.kind
                )
                if examples and wanted and per_class[key] < examples:
                    per_class[key] += 1
                    shown.append((document.name, miss))
    return total, shown


def table(results: dict[str, SplitMisses]) -> list[str]:
    """A markdown table: one row per section, side and class, one column per split."""
    names = list(results)
    header = ["section", "side", "class", *names]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    keys = sorted({key for result in results.values() for key in result.counts}, key=_order)
    for key in keys:
        row = [*key, *(_cell(results[name], key) for name in names)]
        lines.append("| " + " | ".join(row) + " |")
    for section in (*SECTIONS, *OPTIONAL_SECTIONS):
        figures = [
            "/".join(map(str, results[name].totals.get(section, [0, 0, 0]))) for name in names
        ]
        lines.append(f"| {section} | m/p/g | (scorer's totals) | " + " | ".join(figures) + " |")
    for name in names:
        result = results[name]
        lines.append(
            f"{name}: {result.documents} documents, {result.refused} refused; with gold but "
            f"nothing predicted (not refused): {dict(sorted(result.documents_nothing_predicted.items()))}"
        )
        lines.append(f"{name} document fields: {dict(sorted(result.document_fields.items()))}")
    return lines


def _cell(result: SplitMisses, key: tuple[str, str, str]) -> str:
    count = result.counts.get(key, 0)
    return f"{count} ({result.class_documents[key]} doc.)" if count else "0"


def _order(key: tuple[str, str, str]) -> tuple[int, int, str]:
    order = (*SECTIONS, *OPTIONAL_SECTIONS)
    return (order.index(key[0]), 0 if key[1] == GOLD else 1, key[2])


def _short(record: Any) -> str:
    if not isinstance(record, dict):
        return str(record)
    kept = {key: value for key, value in record.items() if value not in (None, "", [])}
    if "quote" in kept:
        kept["quote"] = str(kept["quote"])[:80]
    return json.dumps(kept, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction_misses", description=__doc__
    )
    parser.add_argument(
        "--splits", nargs="+", default=["dev", "val", "blind"], help="dev val blind seeds"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    parser.add_argument("--examples", type=int, default=0, help="misses per class (dev only)")
    parser.add_argument("--section", help="with --examples: only this section")
    parser.add_argument("--class", dest="kind", help="with --examples: classes containing this")
    args = parser.parse_args(argv)
    names = [SHORT_NAMES.get(name, name) for name in args.splits]
    if args.examples and any(name not in READABLE_SPLITS for name in names):
        parser.error("--examples is for the dev split (and the seeds) only")
    results: dict[str, SplitMisses] = {}
    for name in names:
        results[name], shown = classify_split(name, args.examples, args.section, args.kind)
        for document, miss in shown:
            print(f"[{name}] {document} {miss.section} {miss.side}: {miss.kind}")
            print(f"    {miss.side}: {_short(miss.record)}")
            if miss.other is not None:
                print(f"    other: {_short(miss.other)}")
    if args.json:
        print(json.dumps({n: r.as_dict() for n, r in results.items()}, ensure_ascii=False))
    else:
        print("\n".join(table(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
