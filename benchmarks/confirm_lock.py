"""How long confirming an uploaded plan holds SQLite's write lock (goal: well under the 5 s
busy timeout, for the largest plan an upload may hold).

Run as ``python -m benchmarks.confirm_lock [--sizes 150,1200]``; prints one JSON object. For
each size, an invented plan (the admin samples' notice, then that many targets in chapters of
50, each with a lead and a supporting unit, and one district quota table in ten) is read and
previewed as an upload is, into a fresh SQLite store, and then confirmed while a probe thread
tries to take the write lock every millisecond on its own connection (``BEGIN IMMEDIATE``, no
busy timeout). ``write_lock_seconds`` is the longest stretch the probe was refused: what any
other chat's write would have waited. ``statements_in_write`` counts the statements the confirm
ran from its first write to its commit (what grows with the plan if rows go in one by one).
Real plans hold ~150 facts; uploads are allowed up to ``reading.MAX_FACTS``.

After the confirm, the same two figures for what an admin may do next with the plan, in this
order: ``retire`` (/retire), ``undo_retire`` (/undo of it), ``undo_ingest`` (the next /undo:
the upload itself goes, with its facts, unit links and reminders).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.editing import retire_document
from policybot.knowledge.reading import read_plan
from policybot.knowledge.undo import undo_last
from policybot.knowledge.uploads import confirm_upload, preview_plan

NOTICE = """示范市人民政府关于印发示范市{topic}三年行动计划(2024—2026年)的通知
示府发〔2024〕{number}号
各区人民政府,市政府各部门:
现将《示范市{topic}三年行动计划(2024—2026年)》印发给你们,请认真贯彻执行。
示范市人民政府
2024年3月15日
示范市{topic}三年行动计划(2024—2026年)"""
UNITS = [
    "市市场监管局",
    "市发展改革委",
    "市财政局",
    "市经信局",
    "市科技局",
    "市商务局",
    "市农业农村局",
    "市人力社保局",
    "市自然资源局",
    "市住建局",
    "市交通运输局",
    "市文广旅体局",
    "市卫生健康委",
    "市教育局",
    "市生态环境局",
]
DISTRICTS = 12
CHAPTER = 50
NUMERALS = "一二三四五六七八九十"


def plan_text(targets: int, topic: str = "品牌建设", number: int = 7) -> str:
    """An invented plan with ``targets`` targets (each its own figure, so none is merged);
    ``topic`` and ``number`` name another plan, or (the number alone) its new version."""
    lines = [NOTICE.format(topic=topic, number=number)]
    tables = targets // 10 // DISTRICTS
    prose = targets - tables * DISTRICTS
    for i in range(prose):
        if i % CHAPTER == 0:
            chapter = i // CHAPTER
            lines.append(f"{NUMERALS[chapter % 10]}、第{chapter + 1}部分目标")
        lead, support = UNITS[i % len(UNITS)], UNITS[(i * 7 + 3) % len(UNITS)]
        lines.append(
            f"到2026年,全市新增第{i + 1}类品牌企业{i + 10}家。(牵头单位:{lead};配合单位:{support})"
        )
    for table in range(tables):
        lines.append(f"示范市第{table + 1}类园区培育目标分解表")
        lines.append("| 区 | 指标 |")
        lines.extend(f"| 第{d + 1}区 | {table * DISTRICTS + d + 10} |" for d in range(DISTRICTS))
    return "\n".join(lines) + "\n"


class LockProbe:
    """Tries to take the write lock every millisecond; the longest stretch it could not."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.longest = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        refused_since: float | None = None
        while not self._stop.is_set():
            now = time.perf_counter()
            try:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
                refused_since = None
            except sqlite3.OperationalError:
                refused_since = refused_since if refused_since is not None else now
                self.longest = max(self.longest, now - refused_since)
            time.sleep(0.001)
        connection.close()

    def __enter__(self) -> LockProbe:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


@contextmanager
def statements_in_write(engine: Engine) -> Iterator[list[int]]:
    """Count the statements from a transaction's first write to its commit (the last one's)."""
    counted = [0]
    writing = [False]

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if verb in {"INSERT", "UPDATE", "DELETE"}:
            writing[0] = True
        if writing[0]:
            counted[0] += 1

    def commit(_conn: Any) -> None:
        writing[0] = False

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "commit", commit)
    try:
        yield counted
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "commit", commit)


def measure(targets: int, folder: Path) -> dict[str, Any]:
    """Preview and confirm a plan of ``targets`` targets in a fresh store under ``folder``."""
    path = folder / f"confirm_{targets}.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    plan = read_plan(plan_text(targets).encode(), f"plan_{targets}.txt")
    preview = preview_plan(engine, plan, chat_id=1, user_id=1)
    assert preview.pending_id is not None
    pending_id, token = preview.pending_id, preview.button_token
    confirm, result = locked(
        engine, path, lambda: confirm_upload(engine, pending_id, chat_id=1, actor_id=1, token=token)
    )
    reference = str(result.document_id)
    later = {
        "retire": locked(engine, path, lambda: retire_document(engine, 1, reference))[0],
        "undo_retire": locked(engine, path, lambda: undo_last(engine, 1))[0],
        "undo_ingest": locked(engine, path, lambda: undo_last(engine, 1))[0],
    }
    engine.dispose()
    return {
        "facts": len(plan.extraction.fact_records()),
        "targets": result.counts.get("target", 0),
        "confirm_seconds": confirm["seconds"],
        "write_lock_seconds": confirm["write_lock_seconds"],
        "statements_in_write": confirm["statements_in_write"],
        **later,
    }


def locked(engine: Engine, path: Path, action: Callable[[], Any]) -> tuple[dict[str, Any], Any]:
    """Run ``action`` under the lock probe: its seconds, longest write lock and statements."""
    started = time.perf_counter()
    with LockProbe(path) as probe, statements_in_write(engine) as counted:
        outcome = action()
    figures = {
        "seconds": round(time.perf_counter() - started, 3),
        "write_lock_seconds": round(probe.longest, 3),
        "statements_in_write": counted[0],
    }
    return figures, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="150,1200")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        results = {str(size): measure(size, Path(folder)) for size in sizes}
    print(json.dumps({"plans": results, "busy_timeout_seconds": 5.0}, ensure_ascii=False))


if __name__ == "__main__":
    main()
