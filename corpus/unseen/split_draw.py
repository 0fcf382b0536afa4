import json
import math
import random

SEED = 1729
genres = {
    "reward_rule": ["10", "11", "12", "13"],
    "reward_notice": ["01", "02", "03", "04", "05", "06", "07", "08", "09"],
    "sector_plan": ["14", "15", "16", "17", "18", "19", "20", "21", "22", "23"],
    "annual_plan": ["24", "25", "26", "27", "28", "29", "30", "31", "32"],
    "provincial_split": ["33", "34"],
}
rng = random.Random(SEED)
out = {}
for g in sorted(genres):
    ids = sorted(genres[g])
    rng.shuffle(ids)
    k = max(1, math.floor(len(ids) * 0.4))
    for i, x in enumerate(ids):
        out[x] = "blind" if i < k else "dev"
print(json.dumps(dict(sorted(out.items())), indent=0))
print(sum(v == "blind" for v in out.values()), "blind")
