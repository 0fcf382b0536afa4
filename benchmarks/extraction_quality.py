"""How well and how fast the extractor reads plans: F1 per section on every annotated split.

Splits: the seeds (``corpus/gold-dev``, a copy of ``../shared/gold-dev``, plus
``corpus/seeds-gold``, texts in ``policybot/seeds``), the unseen corpus's dev, validation and
blind splits (``corpus/unseen``; validation is scored in aggregate by whoever writes rules,
blind only by the integrator).
Figures are micro-averaged totals; no document is ever listed (the blind split is scored, not
read).  Speed is the median extraction time of the largest seed (the Foshan plan, 39 KB).

Run as ``python -m benchmarks.extraction_quality [--no-blind]``; prints one JSON object.
``--no-blind`` is for whoever writes rules: the blind split is scored by the integrator.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

from benchmarks import extract_speed
from policybot.knowledge.extract.corpus_score import find_documents, score_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXTS = ROOT / "policybot" / "seeds"
SEED_GOLD = (ROOT / "corpus" / "gold-dev", ROOT / "corpus" / "seeds-gold")
UNSEEN = ROOT / "corpus" / "unseen"
SPEED_GOAL_SECONDS = extract_speed.GOAL_SECONDS


def split_folders() -> dict[str, tuple[tuple[Path, ...], Path | None, str]]:
    """Split name -> (gold folders, texts folder, how a missing optional section reads)."""
    seeds = tuple(folder for folder in SEED_GOLD if folder.is_dir())
    return {
        "seeds": (seeds, SEED_TEXTS, "skip"),
        "unseen_dev": ((UNSEEN / "dev",), None, "empty"),
        "unseen_val": ((UNSEEN / "val",), None, "empty"),
        "unseen_blind": ((UNSEEN / "blind",), None, "empty"),
    }


def score_split(name: str) -> dict[str, Any]:
    """Totals of one split (aggregate only)."""
    folders, texts, optional = split_folders()[name]
    total, _ = score_corpus(find_documents(folders, texts), optional)
    return total.as_dict()


def measure_speed(repeat: int = 9) -> dict[str, Any]:
    plan = SEED_TEXTS / "004_f367b8275655fcfe.txt"
    raw = plan.read_bytes()
    timings = extract_speed.measure(raw, plan.name, repeat)
    median = statistics.median(timings)
    return {
        "document": plan.name,
        "bytes": len(raw),
        "median_seconds": round(median, 4),
        "goal_seconds": SPEED_GOAL_SECONDS,
        "meets_goal": median < SPEED_GOAL_SECONDS,
    }


def run(blind: bool = True) -> dict[str, Any]:
    splits = ["seeds", "unseen_dev", "unseen_val"] + (["unseen_blind"] if blind else [])
    result: dict[str, Any] = {name: score_split(name) for name in splits}
    result["speed"] = measure_speed()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-blind", action="store_true", help="leave the blind split out")
    args = parser.parse_args()
    print(json.dumps(run(blind=not args.no_blind), ensure_ascii=False))


if __name__ == "__main__":
    main()
