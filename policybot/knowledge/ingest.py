"""From files on disk to documents in the store: read, extract, write — one transaction each.

Files take the same route as uploads (``knowledge.reading``: .txt, .docx and .pdf, refused
early when they cannot be plans, read and extracted in a worker process within a time and
memory budget), so one hostile file in a folder costs its budget and a ``failed`` line, and the
run goes on with the next.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from sqlalchemy.engine import Engine

from policybot.knowledge.budget import Budget
from policybot.knowledge.metadata_checks import absurd_metadata, nothing_to_act_on
from policybot.knowledge.readers import SUPPORTED_SUFFIXES, ReadError
from policybot.knowledge.reading import read_plan_within
from policybot.knowledge.store import IngestResult, document_count, ingest_extraction

log = logging.getLogger(__name__)

PLAN_SUFFIXES = set(SUPPORTED_SUFFIXES)
DEFAULT_BUDGET = Budget()


@dataclass
class FileOutcome:
    """What happened to one file: a result, or the reason it was refused."""

    path: str
    result: IngestResult | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.result is None:
            return f"failed    {self.path}: {self.error}"
        lines = [f"{self.result.summary()}  ({self.path})"]
        lines.extend(f"  warning: {warning}" for warning in self.warnings)
        return "\n".join(lines)


def iter_plan_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the plan files inside folders (sorted, so runs are reproducible)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PLAN_SUFFIXES
            )
        else:
            yield path


def ingest_file(
    engine: Engine,
    path: Path,
    *,
    actor_id: int | None = None,
    budget: Budget | None = DEFAULT_BUDGET,
    now: datetime | None = None,
) -> FileOutcome:
    """Extract and store one file; a bad file is reported, never half-written."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return FileOutcome(str(path), error=f"cannot read: {exc.strerror or exc}")
    return ingest_bytes(
        engine, raw, path.name, display_path=str(path), actor_id=actor_id, budget=budget, now=now
    )


def ingest_bytes(
    engine: Engine,
    raw: bytes,
    source: str,
    *,
    display_path: str | None = None,
    actor_id: int | None = None,
    budget: Budget | None = DEFAULT_BUDGET,
    now: datetime | None = None,
) -> FileOutcome:
    try:
        extraction = read_plan_within(raw, source, budget).extraction
    except ReadError as exc:
        return FileOutcome(display_path or source, error=str(exc))
    except Exception as exc:  # a reader or extractor bug on one file: the others still go in
        log.exception("reading %s failed", display_path or source)
        return FileOutcome(
            display_path or source, error=f"internal error while reading ({type(exc).__name__})"
        )
    return FileOutcome(
        display_path or source,
        result=ingest_extraction(engine, extraction, actor_id=actor_id, now=now),
        warnings=[*nothing_to_act_on(extraction), *absurd_metadata(extraction.document)],
    )


def bundled_seed_paths() -> list[Path]:
    """The plans that ship inside the package, so a new store has real data at once."""
    folder = resources.files("policybot") / "seeds"
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))


def load_seeds_if_empty(engine: Engine, *, now: datetime | None = None) -> list[FileOutcome]:
    """Ingest the bundled seeds into an empty store (stamped ``now``, the caller's clock); a
    store with any document is left alone."""
    if document_count(engine) > 0:
        return []
    outcomes = [ingest_file(engine, path, now=now) for path in bundled_seed_paths()]
    for outcome in outcomes:
        log.debug("seed %s", outcome.summary())
    log.info("bundled plans into the empty store: %s", _seed_tally(outcomes))
    return outcomes


def _seed_tally(outcomes: list[FileOutcome]) -> str:
    """What seeding did, counted by outcome: two processes starting on one empty store both
    see it empty, and the second finds every plan already held (the content hash makes the
    ingest idempotent), so "loaded 5" from both would misreport what was written."""
    tally: dict[str, int] = {}
    for outcome in outcomes:
        action = outcome.result.action if outcome.result is not None else "refused"
        tally[action] = tally.get(action, 0) + 1
    return ", ".join(f"{action} {count}" for action, count in tally.items())
