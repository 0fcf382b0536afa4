"""Batch 2 split: 12 blind documents drawn per genre before any annotation.

Blind quota per genre = 12 * n_genre / N by largest remainder (ties broken by
genre name), so every genre with >= 2 documents lands on both sides. Within a
genre the ids are sorted, shuffled with one shared random.Random(SEED) (genres
in alphabetical order), and the first k go to blind.
"""

import json
import math
import random

SEED = 20240611
BLIND = 12
genres = {
    "annual_plan": ["29", "30", "31", "32", "33", "34", "35", "36"],
    "quality_plan": ["16", "17", "18", "19", "20", "21", "22"],
    "reward": ["23", "24", "25", "26", "27", "28"],
    "sector_plan": ["07", "08", "09", "10", "11", "12", "13", "14", "15"],
    "split": ["01", "02", "03", "04", "05", "06"],
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
        out[x] = "blind" if i < quota[g] else "dev"
print(json.dumps(quota))
print(json.dumps(dict(sorted(out.items())), indent=0))
print(sum(v == "blind" for v in out.values()), "blind")
