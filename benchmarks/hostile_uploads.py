"""Seconds to read, or to refuse, each hostile upload an attacker sent (goal: under 5 s each).

Run as ``python -m benchmarks.hostile_uploads [--scale F]``; prints one JSON object with, per
input, its size, the seconds ``read_plan`` took (what the upload's worker process runs; also
its CPU seconds, steadier on a shared machine) and the outcome: the number of facts read, or
the refusal. The inputs are generated here (none is committed): megabytes of digits on many
lines, a deadline sentence repeated 120,000 times (one a line, and a few long lines), 30,000
brackets opened and closed across lines, a bar table of 20,000 place rows, and 60 lines of
20,000 characters of one phrase (a unit's name listed with 、, a figure, a sum: long clauses of
repeated bigrams); then each cut to just under the size limits, the slowest a text can be
that is not refused at once. ``--scale 0.1`` makes each a tenth as large. The first read (a bundled
plan) is a warm-up: it builds the converters and the gazetteer every worker has preloaded
(``worker_warmup``). ``ordinary_upload_seconds`` is an upload as the bot runs it: the smallest
bundled plan read in a budget worker (the median of five, after one that starts the forkserver).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policybot.knowledge.budget import Budget
from policybot.knowledge.readers import MAX_TEXT_LINES, ReadError
from policybot.knowledge.reading import read_plan

SEEDS = Path(__file__).resolve().parents[1] / "policybot" / "seeds"
GOAL_SECONDS = 5.0
DEADLINE = "到2026年底前完成"
GOAL = "到2026年,全市新增省级品牌企业20家,培育区域品牌5个。"
# Long clauses of one phrase: a unit named again and again (a list of names ending in 分别 and
# a figure), a figure, a sum.
NAME, RESPECTIVE = "市市场监管局、", "分别完成10个。"
FIGURE = "新增企业20家,"
SUM = "奖励10万元,"


def digit_lines(size: int = 2_000_000, width: int = 40) -> str:
    """``size`` characters of digits, ``width`` to a line, each line a count ("…项")."""
    line_count = size // (width + 2)
    return "\n".join(_digits(n, width) + "项" for n in range(line_count))


def bare_digit_lines(size: int = 2_000_000, width: int = 40) -> str:
    """Lines of digits alone after a Chinese preamble that is just enough to look Chinese."""
    preamble = "\n".join([GOAL] * (size // 100 // len(GOAL) + 1))
    line_count = size // (width + 1)
    return preamble + "\n" + "\n".join(_digits(n, width) for n in range(line_count))


def _digits(n: int, width: int) -> str:
    return (str(n * 7919 + 10**8) * (width // 9 + 1))[:width]


def repeated_lines(times: int = 120_000) -> str:
    """The deadline sentence on a line of its own, ``times`` times."""
    return "\n".join([DEADLINE] * times)


def repeated_on_few_lines(times: int = 120_000, lines: int = 60) -> str:
    """The deadline sentence ``times`` times on ``lines`` long lines."""
    return "\n".join([DEADLINE * (times // lines)] * lines)


def nested_brackets(depth: int = 30_000, width: int = 100) -> str:
    """``depth`` opening brackets over lines of ``width``, a plan's goals, as many closing."""
    opening = "\n".join("(" * width for _ in range(depth // width))
    closing = "\n".join(")" * width for _ in range(depth // width))
    return opening + "\n" + "\n".join([GOAL] * 40) + "\n" + closing


def bar_table(rows: int = 20_000, distinct: bool = True) -> str:
    """A quota table in bars: "| 区 | 指标 |", then one place and its figure a row."""
    lines = ["示范市品牌企业培育目标分解表", "| 区 | 指标 |"]
    for n in range(rows):
        name = f"第{n + 1}区" if distinct else "某某区"
        lines.append(f"| {name} | {n % 90 + 10} |")
    return "\n".join(lines)


def repeated_phrase_lines(phrase: str, lines: int, width: int = 19_990, end: str = "") -> str:
    """``phrase`` over and over on ``lines`` lines of ``width`` characters (one clause a line
    when the phrase has no sentence end), each closed by ``end``."""
    line = (phrase * (width // len(phrase) + 1))[: width - len(end)] + end
    return "\n".join([line] * lines)


def goal_paragraph(clauses: int = 10_000) -> str:
    """A heading, a lead, then ``clauses`` short goal clauses in one paragraph."""
    return (
        "一、主要目标\n(二)总体目标。到2031年,全市质量效益明显提高。"
        + "产品合格率达到96%以上。" * clauses
    )


def dated_steps(steps: int = 1_000) -> str:
    """``steps`` numbered steps, each dated and led by one unit, in one paragraph."""
    return "二、重点任务\n" + "".join(
        f"({i})市市场监管局于2032年6月底前完成第{i}批示范区验收。" for i in range(steps)
    )


def inputs(scale: float = 1.0) -> dict[str, Callable[[], str]]:
    """Each hostile input by name, at ``scale`` times its size: as the attacker sent it, and
    cut to just under the size limits (``…_at_limit``: what still gets past the first check)."""

    def sized(number: int) -> int:
        return max(1, int(number * scale))

    return {
        "digits_2mb_counted": lambda: digit_lines(sized(2_000_000)),
        "digits_2mb_bare": lambda: bare_digit_lines(sized(2_000_000)),
        "deadline_120k_lines": lambda: repeated_lines(sized(120_000)),
        "deadline_120k_on_60_lines": lambda: repeated_on_few_lines(sized(120_000)),
        "brackets_30k": lambda: nested_brackets(sized(30_000)),
        "bar_table_20k_rows": lambda: bar_table(sized(20_000)),
        "bar_table_20k_same_rows": lambda: bar_table(sized(20_000), distinct=False),
        "unit_names_on_60_lines": lambda: repeated_phrase_lines(
            NAME, 60, sized(19_990), RESPECTIVE
        ),
        "goals_on_60_lines": lambda: repeated_phrase_lines(FIGURE, 60, sized(19_990)),
        "sums_on_60_lines": lambda: repeated_phrase_lines(SUM, 60, sized(19_990)),
        "digits_counted_at_limit": lambda: digit_lines(sized(400_000)),
        "digits_bare_at_limit": lambda: bare_digit_lines(sized(400_000)),
        "deadline_lines_at_limit": lambda: repeated_lines(sized(MAX_TEXT_LINES)),
        "deadline_on_long_lines_at_limit": lambda: repeated_on_few_lines(sized(49_000), 25),
        "bar_table_rows_at_limit": lambda: bar_table(sized(MAX_TEXT_LINES - 2)),
        "unit_names_at_limit": lambda: repeated_phrase_lines(NAME, 25, sized(19_990), RESPECTIVE),
        "goals_at_limit": lambda: repeated_phrase_lines(FIGURE, 25, sized(19_990)),
        "sums_at_limit": lambda: repeated_phrase_lines(SUM, 25, sized(19_990)),
        # attack41: one paragraph of short goal clauses, and a task list of dated steps pasted as
        # one paragraph (milestone de-duplication was quadratic: 1,000 steps 13 s before fix43).
        "goal_clauses_10k_one_paragraph": lambda: goal_paragraph(sized(10_000)),
        "dated_steps_1k_one_paragraph": lambda: dated_steps(sized(1_000)),
    }


def measure(text: str, name: str) -> dict[str, Any]:
    """Read one input as an upload is read; the seconds and what came of it."""
    raw = text.encode()
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        extraction = read_plan(raw, f"{name}.txt").extraction
        outcome = f"read: {len(extraction.fact_records())} facts"
    except ReadError as error:
        outcome = f"refused: {error}"
    return {
        "bytes": len(raw),
        "lines": text.count("\n") + 1,
        "seconds": round(time.perf_counter() - started, 2),
        "cpu_seconds": round(time.process_time() - cpu_started, 2),
        "outcome": outcome,
    }


def ordinary_upload_seconds(runs: int = 5) -> float:
    """The median seconds of reading the smallest bundled plan in a budget worker."""
    seed = min(SEEDS.glob("*.txt"), key=lambda path: path.stat().st_size)
    raw, budget = seed.read_bytes(), Budget()
    budget.run(read_plan, raw, seed.name)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        budget.run(read_plan, raw, seed.name)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    seed = max(SEEDS.glob("*.txt"), key=lambda path: path.stat().st_size)
    read_plan(seed.read_bytes(), seed.name)
    results = {name: measure(make(), name) for name, make in inputs(args.scale).items()}
    slowest = max(result["seconds"] for result in results.values())
    print(
        json.dumps(
            {
                "scale": args.scale,
                "inputs": results,
                "slowest_seconds": slowest,
                "goal_seconds": GOAL_SECONDS,
                "meets_goal": slowest < GOAL_SECONDS,
                "ordinary_upload_seconds": ordinary_upload_seconds(),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
