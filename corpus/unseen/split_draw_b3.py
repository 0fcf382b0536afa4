"""Batch 3 split: 12 blind documents drawn per genre, the rest go to val.

Same procedure as split_draw_b2.py, with a new seed and a new second side:
the blind quota per genre is 12 * n_genre / N by largest remainder (ties
broken by genre name), so every genre with >= 2 documents lands on both
sides. Within a genre the ids are sorted, shuffled with one shared
random.Random(SEED) (genres in alphabetical order), and the first k go to
blind; the others go to val (batch 3 adds no dev documents).
"""

import json
import math
import random

SEED = 20250610
BLIND = 12
genres = {
    "annual_plan": ["23", "24", "25", "26", "27", "28"],
    "quality_plan": [f"{i:02d}" for i in range(1, 15)],
    "reward": ["15", "16", "17", "18", "19", "20", "21", "22"],
    "sector_plan": ["33", "34", "35", "36"],
    "split": ["29", "30", "31", "32"],
}
total = sum(len(v) for v in genres.values())
exact = {g: BLIND * len(v) / total for g, v in genres.items()}
quota = {g: math.floor(x) for g, x in exact.items()}
rest = BLIND - sum(quota.values())
for g in sorted(genres, key=lambda g: (-(exact[g] - quota[g]), g))[:rest]:
    quota[g] += 1
rng = random.Random(SEED)
out = {}
for g in sorted(genres):
    ids = sorted(genres[g])
    rng.shuffle(ids)
    for i, x in enumerate(ids):
        out[x] = "blind" if i < quota[g] else "val"
print(json.dumps(quota))
print(json.dumps(dict(sorted(out.items())), indent=0))
print(sum(v == "blind" for v in out.values()), "blind")
