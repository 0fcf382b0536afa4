"""How well the bot answers the question set of issue 12, and how a plain BM25 does.

Run as ``python -m benchmarks.questions [--split dev|blind|all] [--baseline]``; prints one JSON
object with, per split, the bot's accuracy (overall, per kind, per style), its refusals
(out-of-store refusal rate, false refusals, hedges), its reply lengths, and with ``--baseline``
the same for ``benchmarks.bm25_baseline``; under ``batches`` the same figures for each batch of
the set apart (``seeds``: questions about the five bundled plans; ``corpus``: about the unseen
corpus). The store holds the five bundled plans and every document of the unseen corpus, built
fresh in a temporary folder through the real ingest (``evaluation_store``); ``store`` says which
corpus documents the ingest refused (their questions cannot be answered). Ids of wrong answers
and names of refused documents are listed for dev only: the blind questions are scored, never
shown, so that nobody improving the answering reads them.

Goals (issue 12): ≥ 95 % right, 100 % of out-of-store questions refused, median reply ≤ 400
characters.
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from benchmarks.bm25_baseline import BM25Baseline
from policybot.evaluation.questions import (
    BATCHES,
    SPLITS,
    BotAnswerer,
    Citations,
    Report,
    document_names,
    evaluation_store,
    load_split,
    missing_documents,
    score,
)
from policybot.knowledge.database import make_engine

GOALS = {"accuracy": 0.95, "out_of_store_refusal_rate": 1.0, "median_reply_chars": 400}


def summary(report: Report, *, with_ids: bool) -> dict[str, Any]:
    figures = report.to_dict()
    if not with_ids:
        figures.pop("wrong_ids")
    return figures


def store_figures(engine: Engine) -> dict[str, Any]:
    """How many documents the store holds, and the corpus documents the ingest refused."""
    missing = missing_documents(engine)
    return {
        "documents": len(document_names(engine)),
        "corpus_refused": {split: len(stems) for split, stems in missing.items()},
        "corpus_refused_dev": missing["dev"],
    }


def measure(engine: Engine, split: str = "all", baseline: bool = False) -> dict[str, Any]:
    """The figures for ``split`` (``all``: dev and blind apart) over an evaluation store."""
    citations = Citations.from_store(engine)
    answerers = {"bot": BotAnswerer(engine)}
    if baseline:
        answerers["bm25_baseline"] = BM25Baseline.over_store(engine)
    result: dict[str, Any] = {"goals": GOALS, "store": store_figures(engine)}
    for name in SPLITS if split == "all" else (split,):
        questions = load_split(name)
        result[name] = {}
        for label, answerer in answerers.items():
            started = time.perf_counter()
            report = score(questions, answerer, citations)
            with_ids = name == "dev"
            result[name][label] = {
                **summary(report, with_ids=with_ids),
                "seconds": round(time.perf_counter() - started, 2),
                "batches": {
                    batch: summary(report.batch(batch), with_ids=with_ids) for batch in BATCHES
                },
            }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.questions", description=__doc__)
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--baseline", action="store_true", help="also score the BM25 baseline")
    parser.add_argument(
        "--store",
        type=Path,
        help="score an evaluation store an earlier run built (a SQLite file) instead of "
        "building one: minutes faster while changing the answering, wrong after a change to "
        "the extraction",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        if args.store is not None:
            engine = make_engine(f"sqlite:///{args.store}")
        else:
            engine = evaluation_store(Path(folder))
        result = measure(engine, args.split, args.baseline)
        engine.dispose()
    print(json.dumps({"benchmark": "questions", **result}, ensure_ascii=False))


if __name__ == "__main__":
    main()
