"""Precision / recall / F1 of an extraction against a gold file (SCHEMA.md format).

Matching is one-to-one (maximum bipartite matching over the pairs that are compatible), per
section, on keys that say *the same fact* without asking for the same wording:

- targets: region, district, value (and value_max), unit, deadline year;
- milestones: region, start and due dates, and title similarity (bigram containment >= 0.3);
- recurring: period (``every``) and title similarity (containment >= 0.4);
- rewards: amount in yuan (both absent counts as equal) and achievement similarity
  (containment >= 0.5);
- units: sets of names after removing spaces and unifying bracket forms.

Usage: ``python -m policybot.knowledge.extract.scoring PRED.json|PLAN.txt GOLD.json``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from policybot.knowledge.extract.similarity import containment

Record = dict[str, Any]
SECTIONS = ("targets", "milestones", "recurring", "rewards", "units")


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


def _text(value: Any) -> str:
    return (
        str(value or "")
        .replace(" ", "")
        .replace("〈", "<")
        .replace("〉", ">")
        .replace("(", "(")
        .replace(")", ")")
    )


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


def _same_number(left: Any, right: Any) -> bool:
    if left is None or right is None:
        return left is None and right is None
    return abs(float(left) - float(right)) < 1e-6


def target_match(pred: Record, gold: Record) -> bool:
    return (
        _text(pred.get("region")) == _text(gold.get("region"))
        and _text(pred.get("district")) == _text(gold.get("district"))
        and _same_number(pred.get("value"), gold.get("value"))
        and _same_number(pred.get("value_max"), gold.get("value_max"))
        and _text(pred.get("unit")) == _text(gold.get("unit"))
        and _year(pred.get("deadline")) == _year(gold.get("deadline"))
    )


def milestone_match(pred: Record, gold: Record) -> bool:
    return (
        _text(pred.get("region")) == _text(gold.get("region"))
        and pred.get("start") == gold.get("start")
        and pred.get("due") == gold.get("due")
        and containment(pred.get("title", ""), gold.get("title", "")) >= 0.3
    )


def recurring_match(pred: Record, gold: Record) -> bool:
    return (
        pred.get("every") == gold.get("every")
        and containment(pred.get("title", ""), gold.get("title", "")) >= 0.4
    )


def reward_match(pred: Record, gold: Record) -> bool:
    return (
        _same_number(pred.get("amount_yuan"), gold.get("amount_yuan"))
        and containment(pred.get("achievement", ""), gold.get("achievement", "")) >= 0.5
    )


def max_matching(
    predicted: list[Record], gold: list[Record], compatible: Callable[[Record, Record], bool]
) -> int:
    """Size of a maximum one-to-one matching (Kuhn's augmenting paths)."""
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

    return sum(1 for p in range(len(predicted)) if augment(p, set()))


_MATCHERS: dict[str, Callable[[Record, Record], bool]] = {
    "targets": target_match,
    "milestones": milestone_match,
    "recurring": recurring_match,
    "rewards": reward_match,
}


def score(predicted: dict[str, Any], gold: dict[str, Any]) -> dict[str, SectionScore]:
    """Per-section scores of a predicted schema dict against a gold schema dict."""
    result: dict[str, SectionScore] = {}
    for section, matcher in _MATCHERS.items():
        pred_records = predicted.get(section) or []
        gold_records = gold.get(section) or []
        matched = max_matching(pred_records, gold_records, matcher)
        result[section] = SectionScore(matched, len(pred_records), len(gold_records))
    pred_units = {_text(name) for name in predicted.get("units") or []}
    gold_units = {_text(name) for name in gold.get("units") or []}
    result["units"] = SectionScore(len(pred_units & gold_units), len(pred_units), len(gold_units))
    return result


def _load_prediction(path: Path) -> dict[str, Any]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
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
    print(
        json.dumps(
            {name: value.as_dict() for name, value in scores.items()}, ensure_ascii=False, indent=2
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
