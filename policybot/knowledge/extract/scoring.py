"""Precision / recall / F1 of an extraction against a gold file (SCHEMA.md format).

Matching is one-to-one (maximum bipartite matching over the pairs that are compatible), per
section, on keys that say *the same fact* without asking for the same wording:

- targets: region, district, value (and value_max), unit, deadline year;
- milestones: region, start and due dates, and title similarity (bigram containment >= 0.3);
- regions (of targets, milestones and the document) are one division however they are written:
  "徐州市沛县" and "沛县" name the same county (``region_key``; names the gazetteer cannot
  place compare as text);
- recurring: period (``every``) and title similarity (containment >= 0.4);
- rewards: amount in yuan (both absent counts as equal) and achievement similarity
  (containment >= 0.5);
- units: sets of names after removing spaces and unifying bracket forms;
- tasks (optional section): lead units (as sets), due date, and title similarity (containment
  >= 0.3);
- conditions (optional section): kind and text or quote similarity (containment >= 0.4).

Document metadata is scored per field (region, doc_number, issued): right when equal after
normalisation, null matching null counting as right.  The optional sections are scored only when
the gold file has them (``optional="skip"``) or, for a corpus whose annotator wrote them wherever
the text had any, with a missing section read as empty (``optional="empty"``).

Usage: ``python -m policybot.knowledge.extract.scoring PRED.json|PLAN.txt GOLD.json``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import split_places
from policybot.knowledge.extract.similarity import containment

Record = dict[str, Any]
SECTIONS = ("targets", "milestones", "recurring", "rewards", "units")
OPTIONAL_SECTIONS = ("tasks", "conditions")
METADATA_FIELDS = ("region", "doc_number", "issued")


@dataclass(frozen=True)
class SectionScore:
    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


def text_key(value: Any) -> str:
    return (
        str(value or "")
        .replace(" ", "")
        .replace("〈", "<")
        .replace("〉", ">")
        .replace("(", "(")
        .replace(")", ")")
    )


@cache
def region_key(value: Any) -> str:
    """One key per administrative division, whatever form a document or an annotator used:
    the division's code when the gazetteer places the name's last part unambiguously (within
    the parents the name gives), else the name as text."""
    text = text_key(value)
    places = gazetteer()
    if not text or not places:
        return text
    *parents, last = split_places(text)
    candidates = places.lookup(last)
    if parents:
        parent_names = {place.name for parent in parents for place in places.lookup(parent)}
        within = [p for p in candidates if {p.prefecture, p.province} & parent_names]
        candidates = within or candidates
    codes = {place.code for place in candidates}
    return f"division:{codes.pop()}" if len(codes) == 1 else text


def doc_number_key(value: Any) -> str:
    """Doc numbers compare without spaces and with one form of the year brackets."""
    text = text_key(value)
    for left in "[【(〔":
        text = text.replace(left, "〔")
    for right in "]】)〕":
        text = text.replace(right, "〕")
    return text


def year_of(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def same_number(left: Any, right: Any) -> bool:
    if left is None or right is None:
        return left is None and right is None
    return abs(float(left) - float(right)) < 1e-6


Check = Callable[[Record, Record], bool]


def _containment_at_least(key: str, threshold: float) -> Check:
    return lambda pred, gold: containment(pred.get(key, ""), gold.get(key, "")) >= threshold


def unit_set(names: Any) -> set[str]:
    return {text_key(name) for name in names or []}


# Each section's match as named field checks, all of which must hold (in this order, so a cheap
# check fails first).  The matchers below are their conjunctions; ``differing_fields`` names the
# checks that keep a pair apart (benchmarks.extraction_misses classes unmatched records by them).
FIELD_CHECKS: dict[str, dict[str, Check]] = {
    "targets": {
        "region": lambda p, g: region_key(p.get("region")) == region_key(g.get("region")),
        "district": lambda p, g: text_key(p.get("district")) == text_key(g.get("district")),
        "value": lambda p, g: same_number(p.get("value"), g.get("value")),
        "value_max": lambda p, g: same_number(p.get("value_max"), g.get("value_max")),
        "unit": lambda p, g: text_key(p.get("unit")) == text_key(g.get("unit")),
        "deadline_year": lambda p, g: year_of(p.get("deadline")) == year_of(g.get("deadline")),
    },
    "milestones": {
        "region": lambda p, g: region_key(p.get("region")) == region_key(g.get("region")),
        "start": lambda p, g: p.get("start") == g.get("start"),
        "due": lambda p, g: p.get("due") == g.get("due"),
        "title": _containment_at_least("title", 0.3),
    },
    "recurring": {
        "every": lambda p, g: p.get("every") == g.get("every"),
        "title": _containment_at_least("title", 0.4),
    },
    "rewards": {
        "amount": lambda p, g: same_number(p.get("amount_yuan"), g.get("amount_yuan")),
        "achievement": _containment_at_least("achievement", 0.5),
    },
    "tasks": {
        "lead_units": lambda p, g: unit_set(p.get("lead_units")) == unit_set(g.get("lead_units")),
        "due": lambda p, g: p.get("due") == g.get("due"),
        "title": _containment_at_least("title", 0.3),
    },
    "conditions": {
        "kind": lambda p, g: p.get("kind") == g.get("kind"),
        "text": lambda p, g: (
            max(
                containment(p.get("text") or "", g.get("text") or ""),
                containment(p.get("quote") or "", g.get("quote") or ""),
            )
            >= 0.4
        ),
    },
}


def differing_fields(section: str, pred: Record, gold: Record) -> tuple[str, ...]:
    """The named checks of ``section`` that a predicted and a gold record fail (none: a match)."""
    return tuple(name for name, check in FIELD_CHECKS[section].items() if not check(pred, gold))


def fields_match(section: str) -> Check:
    """The scorer's match of a section: every named check holds."""
    checks = tuple(FIELD_CHECKS[section].values())
    return lambda pred, gold: all(check(pred, gold) for check in checks)


target_match = fields_match("targets")
milestone_match = fields_match("milestones")
recurring_match = fields_match("recurring")
reward_match = fields_match("rewards")
task_match = fields_match("tasks")
condition_match = fields_match("conditions")


def max_matching(
    predicted: list[Record], gold: list[Record], compatible: Callable[[Record, Record], bool]
) -> int:
    """Size of a maximum one-to-one matching."""
    return len(matching(predicted, gold, compatible))


def matching(
    predicted: list[Record], gold: list[Record], compatible: Callable[[Record, Record], bool]
) -> dict[int, int]:
    """A maximum one-to-one matching (Kuhn's augmenting paths): gold index -> predicted index."""
    edges = [
        [g for g, gold_record in enumerate(gold) if compatible(record, gold_record)]
        for record in predicted
    ]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(predicted)):
        augment(p, set())
    return owner


_MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "targets": target_match,
    "milestones": milestone_match,
    "recurring": recurring_match,
    "rewards": reward_match,
}


_OPTIONAL_MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "tasks": task_match,
    "conditions": condition_match,
}


def score(
    predicted: dict[str, Any], gold: dict[str, Any], optional: str = "skip"
) -> dict[str, SectionScore]:
    """Per-section scores of a predicted schema dict against a gold schema dict.

    ``optional`` says what a gold file without ``tasks``/``conditions`` means: "skip" (not
    annotated: the section is left out of the result) or "empty" (annotated, none there).
    """
    result: dict[str, SectionScore] = {}
    for section, matcher in _MATCHERS.items():
        result[section] = _section_score(predicted, gold, section, matcher)
    pred_units = unit_set(predicted.get("units"))
    gold_units = unit_set(gold.get("units"))
    result["units"] = SectionScore(len(pred_units & gold_units), len(pred_units), len(gold_units))
    for section, matcher in _OPTIONAL_MATCHERS.items():
        if section in gold or optional == "empty":
            result[section] = _section_score(predicted, gold, section, matcher)
    return result


def _section_score(
    predicted: dict[str, Any],
    gold: dict[str, Any],
    section: str,
    matcher: Callable[[Record, Record], bool],
) -> SectionScore:
    pred_records, gold_records = section_records(predicted, gold, section)
    matched = max_matching(pred_records, gold_records, matcher)
    return SectionScore(matched, len(pred_records), len(gold_records))


def section_records(
    predicted: dict[str, Any], gold: dict[str, Any], section: str
) -> tuple[list[Record], list[Record]]:
    """The predicted and gold records of a section as the scorer matches them."""
    pred_records: list[Record] = predicted.get(section) or []
    if section == "conditions":
        # who qualifies for a plan without rewards (kind eligibility) is no reward condition
        # the annotation schema has a kind for: not scored
        pred_records = [r for r in pred_records if r.get("kind") != "eligibility"]
    gold_records: list[Record] = gold.get(section) or []
    return pred_records, gold_records


METADATA_NORMALISERS: dict[str, Callable[[Any], str]] = {
    "region": region_key,
    "doc_number": doc_number_key,
    "issued": lambda value: str(value or ""),
}


def metadata_score(predicted: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """Which document fields are right: equal after normalisation (null = null is right)."""
    pred_doc = predicted.get("document") or {}
    gold_doc = gold.get("document") or {}
    return {
        name: METADATA_NORMALISERS[name](pred_doc.get(name))
        == METADATA_NORMALISERS[name](gold_doc.get(name))
        for name in METADATA_FIELDS
    }


def _load_prediction(path: Path) -> dict[str, Any]:
    if path.suffix == ".json":
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    from policybot.knowledge.extract.pipeline import extract_document

    return extract_document(path.read_bytes(), path.name).to_schema_dict()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    predicted = _load_prediction(Path(args[0]))
    gold = json.loads(Path(args[1]).read_text(encoding="utf-8"))
    scores = score(predicted, gold)
    report: dict[str, Any] = {name: value.as_dict() for name, value in scores.items()}
    report["metadata"] = metadata_score(predicted, gold)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
