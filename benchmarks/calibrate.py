"""How the one confidence rule was calibrated: a sweep of its two thresholds on dev questions.

Run as ``python -m benchmarks.calibrate``; prints one JSON object with, for each pair
(``ANSWER``, ``HEDGE``) of ``policybot.knowledge.confidence``, the dev accuracy, the out-of-store
refusal rate, false refusals and hedges. Only the dev split is read: the blind questions are
never used to choose a threshold. The chosen pair is the one with every out-of-store question
refused and, among those, the most right answers; of equally good pairs, the middle of that
plateau (as far as the data allows from thresholds that failed).
"""

from __future__ import annotations

import itertools
import json
import logging
import statistics
import tempfile
from pathlib import Path
from typing import Any

from policybot.evaluation.questions import BotAnswerer, Citations, load_split, score, seeded_store
from policybot.knowledge import confidence

ANSWER_STEPS = (0.54, 0.58, 0.6, 0.62, 0.64, 0.66, 0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.85, 0.9)
HEDGE_STEPS = (0.3, 0.4, 0.5, 0.6)


def sweep() -> list[dict[str, Any]]:
    questions = load_split("dev")
    rows = []
    saved = (confidence.ANSWER, confidence.HEDGE)
    with tempfile.TemporaryDirectory() as folder:
        engine = seeded_store(Path(folder))
        citations = Citations.from_store(engine)
        answerer = BotAnswerer(engine)
        try:
            for answer, hedge in itertools.product(ANSWER_STEPS, HEDGE_STEPS):
                if hedge >= answer:
                    continue
                confidence.ANSWER, confidence.HEDGE = answer, hedge
                report = score(questions, answerer, citations)
                rows.append(
                    {
                        "answer": answer,
                        "hedge": hedge,
                        "accuracy": report.accuracy,
                        "out_of_store_refused": report.out_of_store_refusal_rate,
                        "false_refusals": report.false_refusals,
                        "hedged": report.hedged,
                    }
                )
        finally:
            confidence.ANSWER, confidence.HEDGE = saved
        engine.dispose()
    return rows


def main() -> None:
    logging.basicConfig(level=logging.ERROR)
    rows = sweep()
    refusing = [row for row in rows if row["out_of_store_refused"] == 1.0] or rows
    top = max(row["accuracy"] for row in refusing)
    plateau = [row for row in refusing if row["accuracy"] == top]
    middle = {
        "answer": statistics.median(sorted({row["answer"] for row in plateau})),
        "hedge": statistics.median(sorted({row["hedge"] for row in plateau})),
    }
    chosen = {"answer": confidence.ANSWER, "hedge": confidence.HEDGE}
    print(
        json.dumps(
            {"benchmark": "calibrate", "chosen": chosen, "middle": middle, "sweep": rows},
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
