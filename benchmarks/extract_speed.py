"""Median time to extract a ~40 KB plan (goal: under one second), and how the time grows
with the length of one sentence (goal: linear, the ratio below 5 for three times the clauses).

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
# One sentence of 1,200 "第N项指标提高N%" clauses against 400: linear reading takes about 3 times
# as long; searching the whole sentence for each figure (``districts.shared_places``,
# ``shares.is_members_threshold``, ``targets._is_excluded`` once did) took 9 times.
SCALING_CLAUSES = (400, 1200)
GOAL_SCALING_RATIO = 5.0
# An invented plan's head: its title and chapter, so the sentence is read as a goal.
_PLAN_HEAD = "示范市质量提升行动计划(2031—2033年)\n一、主要目标\n"


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


def sentence_seconds(clauses: int) -> float:
    """CPU seconds to extract one goal sentence of ``clauses`` percentage clauses."""
    body = "、".join(f"第{i}项指标提高{i % 50}%" for i in range(clauses))
    raw = f"{_PLAN_HEAD}到2033年,{body}。\n".encode()
    started = time.process_time()
    read = len(extract_document(raw, "long_sentence.txt").targets)
    elapsed = time.process_time() - started
    if read != clauses:
        raise SystemExit(f"a sentence of {clauses} clauses gave {read} targets")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    seed = _largest_seed()
    raw = seed.read_bytes()
    timings = measure(raw, seed.name, args.repeat)
    median = statistics.median(timings)
    sentence_seconds(50)  # warm the caches
    small, large = (sentence_seconds(clauses) for clauses in SCALING_CLAUSES)
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
                "long_sentence_clauses": list(SCALING_CLAUSES),
                "long_sentence_cpu_seconds": [round(small, 3), round(large, 3)],
                "long_sentence_ratio": round(large / small, 2),
                "goal_long_sentence_ratio": GOAL_SCALING_RATIO,
                "long_sentence_linear": large / small < GOAL_SCALING_RATIO,
            }
        )
    )


if __name__ == "__main__":
    main()
