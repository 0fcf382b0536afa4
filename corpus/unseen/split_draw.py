"""Draw the split of one batch of the unseen corpus, before any of its documents is annotated.

Every batch lists its documents by genre (two-digit ids, the number in the file stem) and names a
seed and a rule; the draw is deterministic, so it can be repeated and checked.

Rules (one shared ``random.Random(seed)`` per batch; genres are processed in alphabetical order and
the ids of a genre are sorted, then shuffled):

- ``fraction`` (batch 1): the first ``max(1, floor(0.4 * n))`` ids of each genre go to the second
  side, the rest to the first.
- ``apportion`` (batches 2 and 3): ``quota`` documents go to the second side; each genre's share is
  ``quota * n_genre / N`` by largest remainder (ties broken by genre name); the first k ids of each
  genre go to the second side, the rest to the first.
- ``halves`` (batches 4 to 10 and 12 to 60): the first side takes floor(n/2) of each genre; the genres with an odd
  count are shuffled and the first half of them (rounded down) give the first side one more; the
  first k ids of each (shuffled) genre go to the first side.  With three sides the documents left
  are halved again, the same way, between the second and the third side (their order stays the
  one drawn: they are not shuffled twice).
- ``all`` (batch 11): every document goes to the first (only) side. Batch 11 is a dev-only batch
  measured fresh: its texts and gold were committed before the extractor was run on them, and its
  fresh score is its first run; it has no val or blind part (time allowed dev only).

Usage::

    python corpus/unseen/split_draw.py 5          # print batch 5's draw
    python corpus/unseen/split_draw.py --check    # every batch's draw equals where its files are
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "val", "blind")


@dataclass(frozen=True)
class Batch:
    number: int
    seed: int
    rule: str
    sides: tuple[str, ...]
    genres: dict[str, list[str]]
    quota: int = 0

    def stem_prefix(self, document_id: str) -> str:
        return f"{document_id}_" if self.number == 1 else f"b{self.number}_{document_id}_"


def _ids(first: int, last: int) -> list[str]:
    return [f"{i:02d}" for i in range(first, last + 1)]


BATCHES: dict[int, Batch] = {
    1: Batch(
        1,
        1729,
        "fraction",
        ("dev", "blind"),
        {
            "reward_rule": _ids(10, 13),
            "reward_notice": _ids(1, 9),
            "sector_plan": _ids(14, 23),
            "annual_plan": _ids(24, 32),
            "provincial_split": _ids(33, 34),
        },
    ),
    2: Batch(
        2,
        20240611,
        "apportion",
        ("dev", "blind"),
        {
            "annual_plan": _ids(29, 36),
            "quality_plan": _ids(16, 22),
            "reward": _ids(23, 28),
            "sector_plan": _ids(7, 15),
            "split": _ids(1, 6),
        },
        quota=12,
    ),
    3: Batch(
        3,
        20250610,
        "apportion",
        ("val", "blind"),
        {
            "annual_plan": _ids(23, 28),
            "quality_plan": _ids(1, 14),
            "reward": _ids(15, 22),
            "sector_plan": _ids(33, 36),
            "split": _ids(29, 32),
        },
        quota=12,
    ),
    4: Batch(
        4,
        20261201,
        "halves",
        ("dev", "val"),
        {
            "annual_plan": ["03", "04", "05", "06", "07", "08", "14", "16"],
            "reward": ["11", "12", "13"],
            "sector_plan": ["09", "10", "15"],
            "split": ["01", "02"],
        },
    ),
    5: Batch(
        5,
        20270315,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 8),
            "reward": _ids(16, 18),
            "sector_plan": _ids(9, 14),
            "split": ["15"],
        },
    ),
    6: Batch(
        6,
        20280601,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 4),
            "reward": _ids(5, 12),
            "sector_plan": _ids(13, 15),
            "split": ["16"],
        },
    ),
    7: Batch(
        7,
        20291201,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 3),
            "reward": _ids(12, 17),
            "sector_plan": _ids(4, 8),
            "split": _ids(9, 11),
        },
    ),
    8: Batch(
        8,
        20300601,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 5),
            "quality_plan": _ids(6, 8),
            "reward": _ids(9, 13),
            "sector_plan": _ids(14, 16),
        },
    ),
    9: Batch(
        9,
        20311201,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "02", "13", "14", "15"],
            "quality_plan": ["06", "07"],
            "reward": _ids(9, 12),
            "sector_plan": _ids(3, 5),
            "split": ["08"],
        },
    ),
    10: Batch(
        10,
        20320601,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(7, 12),
            "quality_plan": ["06"],
            "reward": _ids(1, 3),
            "sector_plan": _ids(4, 5),
        },
    ),
    11: Batch(
        11,
        20330101,
        "all",
        ("dev",),
        {
            "annual_plan": _ids(4, 6),
            "reward": _ids(1, 3),
        },
    ),
    12: Batch(
        12,
        20340115,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(7, 8),
            "reward": _ids(1, 6),
            "sector_plan": _ids(9, 11),
        },
    ),
    13: Batch(
        13,
        20350301,
        "halves",
        ("dev", "val", "blind"),
        {
            "env_plan": ["03", "04", "05", "06", "08"],
            "quality_plan": ["02", "07"],
            "sector_plan": ["01", "09"],
        },
    ),
    14: Batch(
        14,
        20360401,
        "halves",
        ("dev", "val", "blind"),
        {
            "recurring_rule": _ids(1, 2),
            "reward_notice": _ids(3, 6),
            "reward_rule": _ids(7, 9),
            "task_plan": _ids(10, 12),
        },
    ),
    15: Batch(
        15,
        20370501,
        "halves",
        ("dev", "val", "blind"),
        {
            "dev_plan": _ids(7, 9),
            "sector_plan": _ids(10, 11),
            "task_split": _ids(1, 6),
        },
    ),
    16: Batch(
        16,
        20380601,
        "halves",
        ("dev", "val", "blind"),
        {
            "reward_notice": _ids(1, 6),
            "reward_rule": _ids(7, 10),
        },
    ),
    17: Batch(
        17,
        20380601,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(7, 9),
            "env_plan": _ids(3, 6),
            "quota_split": _ids(1, 2),
        },
    ),
    18: Batch(
        18,
        20390701,
        "halves",
        ("dev", "val", "blind"),
        {
            "recurring_rule": ["01"],
            "reward_rule": _ids(2, 4),
            "task_plan": _ids(5, 9),
        },
    ),
    19: Batch(
        19,
        20400801,
        "halves",
        ("dev", "val", "blind"),
        {
            "env_plan": ["08", "10"],
            "quota_split": ["03", "07", "09"],
            "sector_plan": ["01", "02", "04", "05", "06"],
        },
    ),
    20: Batch(
        20,
        20410901,
        "halves",
        ("dev", "val", "blind"),
        {
            "reward_notice": _ids(6, 9),
            "reward_rule": _ids(1, 5),
        },
    ),
    21: Batch(
        21,
        20421001,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "02", "03", "04", "05", "06", "10"],
            "reward_notice": ["07", "08"],
            "reward_rule": ["09"],
        },
    ),
    22: Batch(
        22,
        20421203,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 4),
            "reward_notice": _ids(5, 8),
        },
    ),
    23: Batch(
        23,
        20421224,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(5, 8),
            "sector_plan": _ids(1, 4),
        },
    ),
    24: Batch(
        24,
        20430101,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["07", "08"],
            "quota_split": ["01", "02"],
            "reward_notice": ["03", "04", "05"],
            "reward_rule": ["06"],
            "sector_plan": ["09", "10"],
        },
    ),
    25: Batch(
        25,
        20430120,
        "halves",
        ("dev", "val", "blind"),
        {
            "env_plan": _ids(6, 7),
            "reward_rule": _ids(8, 11),
            "sector_plan": _ids(1, 5),
        },
    ),
    26: Batch(
        26,
        20430210,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(7, 8),
            "quota_split": _ids(1, 2),
            "reward_notice": _ids(3, 5),
            "reward_rule": ["06"],
            "sector_plan": _ids(9, 10),
        },
    ),
    27: Batch(
        27,
        20430301,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(4, 10),
            "reward_rule": _ids(1, 2),
            "sector_plan": ["03"],
        },
    ),
    28: Batch(
        28,
        20261203,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["10"],
            "quality_plan": _ids(1, 4),
            "reward_notice": ["08"],
            "reward_rule": _ids(5, 7),
            "sector_plan": ["09"],
        },
    ),
    29: Batch(
        29,
        20261229,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["10"],
            "env_plan": _ids(8, 9),
            "sector_plan": _ids(1, 7),
        },
    ),
    30: Batch(
        30,
        20261230,
        "halves",
        ("dev", "val", "blind"),
        {
            "month_plan": _ids(6, 8),
            "reward_rule": _ids(9, 10),
            "task_split": _ids(1, 5),
        },
    ),
    31: Batch(
        31,
        20261231,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(1, 4),
            "grant_notice": _ids(5, 9),
            "task_split": ["10"],
        },
    ),
    32: Batch(
        32,
        20261232,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["04"],
            "opinion": ["05", "06", "08"],
            "reward_rule": ["10"],
            "sector_plan": ["01", "02", "03", "07", "09"],
        },
    ),
    33: Batch(
        33,
        20261233,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": _ids(5, 6),
            "opinion": _ids(8, 9),
            "quality_plan": ["01"],
            "reward_notice": ["04"],
            "reward_rule": ["03", "07"],
            "sector_plan": ["02", "10"],
        },
    ),
    34: Batch(
        34,
        20261234,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "07"],
            "opinion": ["02"],
            "reward_notice": _ids(5, 6),
            "reward_rule": ["03", "04", "09", "12"],
            "sector_plan": ["13"],
            "task_split": ["08", "10", "11"],
        },
    ),
    35: Batch(
        35,
        20261235,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["04"],
            "grant_notice": ["07"],
            "opinion": ["06"],
            "recurring": ["08"],
            "reward_notice": _ids(9, 11),
            "reward_rule": ["01", "05"],
            "sector_plan": ["02", "03", "12"],
        },
    ),
    36: Batch(
        36,
        20261236,
        "halves",
        ("dev", "val", "blind"),
        {
            "env_plan": ["04"],
            "opinion": ["02"],
            "quota_split": ["05"],
            "reward_notice": ["10"],
            "reward_rule": ["01", "03", "06", "07", "08", "09"],
            "task_split": ["11"],
        },
    ),
    37: Batch(
        37,
        20261237,
        "halves",
        ("dev", "val", "blind"),
        {
            "milestone_plan": ["08"],
            "percent_reward": ["02", "03", "04"],
            "prize_tiers": ["01"],
            "rate_subsidy": ["05", "06", "10"],
            "reward_rule": ["07"],
            "task_split": ["09"],
        },
    ),
    38: Batch(
        38,
        20261238,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["10", "11"],
            "milestone_plan": ["05"],
            "prize_tiers": ["02"],
            "rate_subsidy": ["01"],
            "reward_notice": ["04"],
            "reward_rule": ["03"],
            "sector_plan": ["06", "07"],
            "task_split": ["08", "09"],
        },
    ),
    39: Batch(
        39,
        20261239,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "02", "05", "08"],
            "reward_notice": ["03"],
            "reward_rule": ["06", "09", "10"],
            "sector_plan": ["04", "07"],
        },
    ),
    40: Batch(
        40,
        20261240,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["07"],
            "reward_notice": ["03", "04"],
            "reward_rule": ["08", "09"],
            "sector_plan": ["01", "02", "05", "06", "10"],
        },
    ),
    41: Batch(
        41,
        20261241,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "06", "08"],
            "reward_rule": ["05", "07"],
            "sector_plan": ["02", "03", "04"],
        },
    ),
    42: Batch(
        42,
        20261242,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["09", "10"],
            "grant_notice": ["05", "06"],
            "reward_rule": ["01", "02", "03", "04"],
            "sector_plan": ["07", "08"],
        },
    ),
    43: Batch(
        43,
        20261243,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "02"],
            "reward_rule": ["04", "05", "06"],
            "sector_plan": ["03", "07", "08", "09", "10"],
        },
    ),
    44: Batch(
        44,
        20261244,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["02", "03", "07", "08", "10"],
            "env_plan": ["06"],
            "quota_split": ["01"],
            "sector_plan": ["04", "05", "09"],
        },
    ),
    45: Batch(
        45,
        20261245,
        "halves",
        ("dev", "val", "blind"),
        {
            "milestone_plan": ["01", "02", "03", "08", "10"],
            "reward_rule": ["04", "09"],
            "task_split": ["05", "06", "07"],
        },
    ),
    46: Batch(
        46,
        20261246,
        "halves",
        ("dev", "val", "blind"),
        {
            "milestone_plan": ["01", "02"],
            "quota_split": ["08"],
            "reward_rule": ["04", "05", "06", "07", "10"],
            "sector_plan": ["09"],
            "task_split": ["03"],
        },
    ),
    47: Batch(
        47,
        20261247,
        "halves",
        ("dev", "val", "blind"),
        {
            "brand_plan": ["03", "04", "05"],
            "quality_plan": ["02", "08", "10"],
            "reward": ["06", "07"],
            "standard_doc": ["01", "09"],
        },
    ),
    48: Batch(
        48,
        20261248,
        "halves",
        ("dev", "val", "blind"),
        {
            "repeal_notice": ["09"],
            "reward_digest": ["03", "06"],
            "reward_notice": ["01", "10"],
            "reward_rule": ["02", "04", "05", "07", "08"],
        },
    ),
    49: Batch(
        49,
        20261249,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["03", "09"],
            "milestone_plan": ["07", "08"],
            "quota_split": ["02"],
            "sector_plan": ["04", "05", "06", "10"],
            "task_split": ["01"],
        },
    ),
    50: Batch(
        50,
        20261250,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01", "05", "07"],
            "sector_plan": ["04", "06", "08", "09", "10"],
            "task_split": ["02", "03"],
        },
    ),
    51: Batch(
        51,
        20261251,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["04", "05"],
            "month_plan": ["03"],
            "sector_plan": ["06", "07", "08", "09", "10"],
            "task_split": ["01", "02"],
        },
    ),
    52: Batch(
        52,
        20261252,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["08", "09"],
            "opinion": ["10"],
            "plan_notice": ["06"],
            "sector_plan": ["01", "03", "04", "05", "07"],
            "task_split": ["02"],
        },
    ),
    53: Batch(
        53,
        20261253,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["09"],
            "plan_notice": ["01"],
            "reward_notice": ["05"],
            "reward_rule": ["07", "08"],
            "sector_plan": ["02", "06"],
            "task_split": ["03", "04", "10"],
        },
    ),
    54: Batch(
        54,
        20261254,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["01"],
            "opinion": ["04", "05"],
            "plan_notice": ["03", "10"],
            "sector_plan": ["06", "09"],
            "task_split": ["02", "07", "08"],
        },
    ),
    55: Batch(
        55,
        20261255,
        "halves",
        ("dev", "val", "blind"),
        {
            "management_rule": ["03", "04", "05", "06", "10"],
            "plan_notice": ["08", "09"],
            "sector_plan": ["01", "02"],
            "task_split": ["07"],
        },
    ),
    56: Batch(
        56,
        20261256,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["03", "04", "08"],
            "campaign": ["10"],
            "sector_plan": ["01", "02", "05", "06", "09"],
            "task_split": ["07"],
        },
    ),
    57: Batch(
        57,
        20261257,
        "halves",
        ("dev", "val", "blind"),
        {
            "reward_notice": ["02", "08", "09", "10"],
            "reward_rule": ["01", "03", "04", "05", "06", "07"],
        },
    ),
    58: Batch(
        58,
        20261258,
        "halves",
        ("dev", "val", "blind"),
        {
            "annual_plan": ["09"],
            "opinion": ["10"],
            "quality_plan": ["08"],
            "reward_notice": ["01", "02", "03"],
            "reward_rule": ["04", "05", "06", "07"],
        },
    ),
    59: Batch(
        59,
        20261259,
        "halves",
        ("dev", "val", "blind"),
        {
            "action_plan": ["07", "08"],
            "annual_plan": ["01"],
            "reward_rule": ["09"],
            "sector_plan": ["03", "04", "05", "06", "10"],
            "task_split": ["02"],
        },
    ),
    60: Batch(
        60,
        20261260,
        "halves",
        ("dev", "val", "blind"),
        {
            "action_plan": ["01", "05", "06", "07"],
            "annual_plan": ["04"],
            "reward_rule": ["02", "03", "10"],
            "sector_plan": ["08", "09"],
        },
    ),
}


def _fraction(batch: Batch, rng: random.Random) -> dict[str, str]:
    first, second = batch.sides
    out: dict[str, str] = {}
    for genre in sorted(batch.genres):
        ids = sorted(batch.genres[genre])
        rng.shuffle(ids)
        k = max(1, math.floor(len(ids) * 0.4))
        out.update({x: second if i < k else first for i, x in enumerate(ids)})
    return out


def _apportion(batch: Batch, rng: random.Random) -> dict[str, str]:
    first, second = batch.sides
    total = sum(len(ids) for ids in batch.genres.values())
    exact = {g: batch.quota * len(ids) / total for g, ids in batch.genres.items()}
    quota = {g: math.floor(x) for g, x in exact.items()}
    rest = batch.quota - sum(quota.values())
    for g in sorted(batch.genres, key=lambda g: (-(exact[g] - quota[g]), g))[:rest]:
        quota[g] += 1
    out: dict[str, str] = {}
    for genre in sorted(batch.genres):
        ids = sorted(batch.genres[genre])
        rng.shuffle(ids)
        out.update({x: second if i < quota[genre] else first for i, x in enumerate(ids)})
    return out


def _half_quota(genres: dict[str, list[str]], rng: random.Random) -> dict[str, int]:
    quota = {g: len(ids) // 2 for g, ids in genres.items()}
    odd = sorted(g for g, ids in genres.items() if len(ids) % 2)
    rng.shuffle(odd)
    for g in odd[: len(odd) // 2]:
        quota[g] += 1
    return quota


def _halves(batch: Batch, rng: random.Random) -> dict[str, str]:
    out: dict[str, str] = {}
    sides = list(batch.sides)
    quota = _half_quota(batch.genres, rng)
    remaining: dict[str, list[str]] = {}
    for genre in sorted(batch.genres):
        ids = sorted(batch.genres[genre])
        rng.shuffle(ids)
        out.update({x: sides[0] for x in ids[: quota[genre]]})
        remaining[genre] = ids[quota[genre] :]
    for position, side in enumerate(sides[1:], start=1):
        if position == len(sides) - 1:
            out.update({x: side for ids in remaining.values() for x in ids})
            break
        quota = _half_quota(remaining, rng)
        for genre in sorted(remaining):
            ids = remaining[genre]
            out.update({x: side for x in ids[: quota[genre]]})
            remaining[genre] = ids[quota[genre] :]
    return out


def _all(batch: Batch, rng: random.Random) -> dict[str, str]:
    del rng  # nothing is drawn: the batch has one side
    return {x: batch.sides[0] for ids in batch.genres.values() for x in ids}


RULES = {"fraction": _fraction, "apportion": _apportion, "halves": _halves, "all": _all}


def draw(number: int) -> dict[str, str]:
    """Document id -> split of one batch."""
    batch = BATCHES[number]
    return dict(sorted(RULES[batch.rule](batch, random.Random(batch.seed)).items()))


def on_disk(number: int, root: Path = HERE) -> dict[str, str]:
    """Document id -> the split folder its text is in (batch 1 ids have no ``bN_`` prefix)."""
    batch = BATCHES[number]
    found: dict[str, str] = {}
    for split in SPLITS:
        for text in (root / split).glob("*.txt"):
            for document_id in (x for ids in batch.genres.values() for x in ids):
                if text.stem.startswith(batch.stem_prefix(document_id)):
                    found[document_id] = split
    return dict(sorted(found.items()))


def check(root: Path = HERE) -> list[str]:
    """Differences between every batch's draw and the folders its files are in."""
    problems: list[str] = []
    for number in sorted(BATCHES):
        drawn, placed = draw(number), on_disk(number, root)
        for document_id in sorted(set(drawn) | set(placed)):
            if drawn.get(document_id) != placed.get(document_id):
                problems.append(
                    f"batch {number} #{document_id}: drawn {drawn.get(document_id)}, "
                    f"on disk {placed.get(document_id)}"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", nargs="?", type=int, choices=sorted(BATCHES))
    parser.add_argument("--check", action="store_true", help="compare every draw with the folders")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) if problems else f"all {len(BATCHES)} batches match their draw")
        return 1 if problems else 0
    if args.batch is None:
        parser.error("name a batch or use --check")
    drawn = draw(args.batch)
    print(json.dumps(drawn, indent=0))
    print({side: sum(v == side for v in drawn.values()) for side in BATCHES[args.batch].sides})
    return 0


if __name__ == "__main__":
    sys.exit(main())
