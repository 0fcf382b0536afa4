"""Assign questions to dev and blind: a seeded random draw, stratified by kind, per batch.

    python corpus/questions/split.py            # re-draw over dev.jsonl + blind.jsonl (idempotent)
    python corpus/questions/split.py POOL.jsonl # add newly written questions (a new batch)
    python corpus/questions/split.py --check    # exit 1 if the files are not the draw

Questions are drawn in the batches they were written in (``BATCHES`` of
``policybot.evaluation.questions``: named id ranges), so adding a batch never moves an earlier
question between dev and blind. A question about a document of the unseen corpus follows its
document (``corpus/unseen/dev`` or ``blind``): whoever writes rules never reads a blind document,
so never its questions either. Every other question of batch number ``i`` is drawn: for each
kind in ``KINDS`` order, the kind's ids (sorted) lose round-half-up(30 %) of their members to
blind through ``random.Random(SEED + i).sample``, one generator for the batch. The draw depends
only on ids, kinds and sources, so re-running it over the two files gives the same files.
"""

from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

from policybot.evaluation.questions import BATCHES as NAMED_BATCHES
from policybot.evaluation.questions import KINDS, corpus_split

SEED = 12_2026
BLIND_SHARE = 0.3
# (first id, last id) of each batch of questions written together, in the order written; a new
# batch is appended to ``BATCHES`` in policybot/evaluation/questions.py.
BATCHES = tuple(NAMED_BATCHES.values())
# Batches written side by side, each drawn as the next batch number before the other was merged
# (qa50 and probe50, stop 50): each keeps the number it was drawn and scored under, so that no
# question its writer read as a dev failure moves to blind when the two are put in one list.
DRAWN_AS: dict[str, int] = {"probe50": list(NAMED_BATCHES).index("qa50")}
FOLDER = Path(__file__).resolve().parent


# Questions whose expectation changed after they were drawn, because documents added later
# answer them (corpus/questions/README.md, "Questions the corpus came to answer"): the draw
# reads them as they were drawn (kind, expect), so that no other question moves.
AS_DRAWN: dict[str, dict] = {
    "q2026": {"kind": "out_of_store", "expect": {"refuse": True}},
}


def draw(rows: list[dict]) -> set[str]:
    """The ids that go to blind."""
    blind: set[str] = set()
    rows = [{**row, **AS_DRAWN.get(row["id"], {})} for row in rows]
    for index, (name, (first, last)) in enumerate(NAMED_BATCHES.items()):
        rng = random.Random(SEED + DRAWN_AS.get(name, index))
        drawn = []
        for row in (row for row in rows if first <= row["id"] <= last):
            side = corpus_split(row["expect"].get("source"))
            if side is None:
                drawn.append(row)
            elif side == "blind":
                blind.add(row["id"])
        for kind in KINDS:
            ids = sorted(row["id"] for row in drawn if row["kind"] == kind)
            blind.update(rng.sample(ids, math.floor(len(ids) * BLIND_SHARE + 0.5)))
    return blind


def outside_batches(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows if not any(a <= r["id"] <= b for a, b in BATCHES)]


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def render(rows: list[dict]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    pools = [FOLDER / "dev.jsonl", FOLDER / "blind.jsonl"]
    pools = [pool for pool in pools if pool.exists()]
    pools += [Path(arg) for arg in argv if arg != "--check"]
    rows_by_id = {row["id"]: row for pool in pools for row in read(pool)}
    rows = [rows_by_id[question_id] for question_id in sorted(rows_by_id)]
    unassigned = outside_batches(rows)
    if unassigned:
        print(f"ids outside BATCHES (add a batch first): {', '.join(unassigned)}")
        return 1
    blind = draw(rows)
    files = {
        FOLDER / "dev.jsonl": render([row for row in rows if row["id"] not in blind]),
        FOLDER / "blind.jsonl": render([row for row in rows if row["id"] in blind]),
    }
    if check:
        stale = [path.name for path, text in files.items() if path.read_text("utf-8") != text]
        print("not the draw: " + ", ".join(stale) if stale else "dev/blind are the draw")
        return 1 if stale else 0
    for path, text in files.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(rows) - len(blind)} dev, {len(blind)} blind (seed {SEED})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
