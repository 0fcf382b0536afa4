"""Start-up: wall time of ``policybot ask`` as a user runs it, and where that time goes.

Run as ``python -m benchmarks.startup [--runs N]``; prints one JSON object. Every run is a fresh
process in a scratch working directory (the default store ``./var/policybot.db``):

- ``fresh``: nothing there yet — the run migrates, seeds the five bundled plans, builds jieba's
  dictionary cache and the answer index. What the very first command on a new machine costs.
- ``cold_caches``: the store exists, the caches are gone (deleted) — e.g. after an upgrade.
- ``warm``: the second and later runs; the median of ``--runs``. The goal is ≤ 1 s.

The page cache is not dropped (that needs root): "cold" means our caches, not the disk's.
``breakdown`` times the phases in one warm process (``import_cli``; ``settings``;
``import_store``: SQLAlchemy, SQLModel, the models; ``open_store``: schema and seed checks;
``jieba``: import and dictionary; ``index``: load or build; ``answer``), ``fresh_breakdown`` the
same in a fresh folder (``open_store`` then migrates and seeds, ``jieba`` builds its caches,
``index`` builds and saves); the rest of the wall time is the interpreter's own start.
``imports`` sums ``python -X importtime`` self times per top-level package in a warm run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

QUESTION = "驰名商标奖励多少钱"
GOAL_SECONDS = 1.0
_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
# One process, phase by phase, printing {phase: seconds} (the calls ``policybot ask`` makes).
_PHASES = """
import json, sys, time
marks = {}
started = last = time.perf_counter()
def mark(name):
    global last
    now = time.perf_counter(); marks[name] = round(now - last, 4); last = now
from policybot.bot import cli
from policybot.config import load_settings
from policybot.bot.logs import configure_logging
mark("import_cli")
settings = load_settings()
configure_logging(settings)
mark("settings")
from policybot.bot import bootstrap
mark("import_store")
engine = bootstrap.open_store(settings)
mark("open_store")
from policybot.knowledge import vocabulary
vocabulary._jieba()
mark("jieba")
from policybot.knowledge.service import QueryService
service = QueryService(
    engine, timezone=settings.bot.timezone, saved_indexes=bootstrap.saved_indexes(settings)
)
service.index.current()
mark("index")
reply, _ = cli.answer_text(service, sys.argv[1])
mark("answer")
marks["total"] = round(time.perf_counter() - started, 4)
print(json.dumps(marks))
"""


def policybot_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("policybot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "policybot.bot.cli"]


def timed_run(folder: Path, env: dict[str, str], *extra: str) -> float:
    started = time.perf_counter()
    completed = subprocess.run(
        [*policybot_command(), *extra, "ask", QUESTION],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if completed.returncode != 0 or "奖励" not in completed.stdout:
        raise RuntimeError(f"policybot ask failed: {completed.stderr[-2000:]}")
    return elapsed


def phases(folder: Path, env: dict[str, str]) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, "-c", _PHASES, QUESTION],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


def import_times(folder: Path, env: dict[str, str]) -> dict[str, float]:
    """Seconds of import per top-level package in a warm ``policybot ask`` (self times summed,
    so a package's figure excludes the other packages it pulls in)."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "policybot.bot.cli", "ask", QUESTION],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    totals: dict[str, int] = defaultdict(int)
    for line in completed.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match:
            totals[match.group(4).split(".")[0]] += int(match.group(1))
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    shown = {name: round(micros / 1e6, 3) for name, micros in ranked if micros >= 5_000}
    shown["all"] = round(sum(totals.values()) / 1e6, 3)
    return shown


def measure(runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="policybot-startup-") as temporary:
        folder, other = Path(temporary) / "a", Path(temporary) / "b"
        folder.mkdir()
        other.mkdir()
        env = {key: value for key, value in os.environ.items() if not key.startswith("POLICYBOT_")}
        fresh = timed_run(folder, env)
        fresh_breakdown = phases(other, env)
        shutil.rmtree(folder / "var" / "cache")
        cold = timed_run(folder, env)
        warm = [timed_run(folder, env) for _ in range(runs)]
        breakdown = phases(folder, env)
        imports = import_times(folder, env)
    median = statistics.median(warm)
    return {
        "question": QUESTION,
        "fresh_s": round(fresh, 3),
        "cold_caches_s": round(cold, 3),
        "warm_median_s": round(median, 3),
        "warm_min_s": round(min(warm), 3),
        "warm_max_s": round(max(warm), 3),
        "runs": runs,
        "breakdown_s": breakdown,
        "fresh_breakdown_s": fresh_breakdown,
        "imports_s": imports,
        "goal_s": GOAL_SECONDS,
        "meets_goal": median <= GOAL_SECONDS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="warm runs (the median is reported)")
    args = parser.parse_args()
    print(json.dumps(measure(args.runs), ensure_ascii=False))


if __name__ == "__main__":
    main()
