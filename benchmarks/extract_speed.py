"""Median time to extract a ~40 KB plan (goal: under one second).

Run as ``python -m benchmarks.extract_speed [--repeat N]``; prints one JSON object.  The first
call is a warm-up (it builds the OpenCC converter), so the median measures steady-state work.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from policybot.knowledge.extract import extract_document

SEEDS = Path(__file__).resolve().parents[1] / "policybot" / "seeds"
GOAL_SECONDS = 1.0


def _largest_seed() -> Path:
    return max(SEEDS.glob("*.txt"), key=lambda path: path.stat().st_size)


def measure(raw: bytes, source: str, repeat: int) -> list[float]:
    extract_document(raw, source)
    timings: list[float] = []
    for _ in range(repeat):
        started = time.perf_counter()
        extract_document(raw, source)
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    seed = _largest_seed()
    raw = seed.read_bytes()
    timings = measure(raw, seed.name, args.repeat)
    median = statistics.median(timings)
    print(
        json.dumps(
            {
                "document": seed.name,
                "bytes": len(raw),
                "repeat": args.repeat,
                "median_seconds": round(median, 4),
                "min_seconds": round(min(timings), 4),
                "max_seconds": round(max(timings), 4),
                "goal_seconds": GOAL_SECONDS,
                "meets_goal": median < GOAL_SECONDS,
            }
        )
    )


if __name__ == "__main__":
    main()
