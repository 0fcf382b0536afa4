"""Batch 4 split: half of the documents to dev, half to val, drawn per genre.

Decided before any batch-4 document was annotated or extracted.  Each genre
sends floor(n/2) documents to dev; the genres with an odd count are shuffled
with the same generator and the first half of them (rounded down) give one
more document to dev, so dev and val hold 8 each.  Within a genre the ids
are sorted and shuffled with one shared random.Random(SEED) (genres in
alphabetical order); the first k go to dev, the rest to val.  Batch 4 adds
nothing to blind.
"""

import json
import random

SEED = 20261201
genres = {
    "annual_plan": ["03", "04", "05", "06", "07", "08", "14", "16"],
    "reward": ["11", "12", "13"],
    "sector_plan": ["09", "10", "15"],
    "split": ["01", "02"],
}
rng = random.Random(SEED)
quota = {g: len(v) // 2 for g, v in genres.items()}
odd = sorted(g for g, v in genres.items() if len(v) % 2)
rng.shuffle(odd)
for g in odd[: len(odd) // 2]:
    quota[g] += 1
out = {}
for g in sorted(genres):
    ids = sorted(genres[g])
    rng.shuffle(ids)
    for i, x in enumerate(ids):
        out[x] = "dev" if i < quota[g] else "val"
print(json.dumps(quota))
print(json.dumps(dict(sorted(out.items())), indent=0))
print(sum(v == "dev" for v in out.values()), "dev")
