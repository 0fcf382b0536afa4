"""Where a rule's scope sentence names places it does not reach: "不适用于A、B", "不含A",
"A、B除外", "除A、B外", "A、B不适用本条", "A、B不执行本意见".

Kept apart from the reward conditions that use it because the lookup's sum over levels of
government (``stacked_rewards``) needs it too: a province's rule that leaves a city out is no
level of that city's districts' sum (attack60 H12).
"""

from __future__ import annotations

import re

from policybot.knowledge.places_asked import NOT_A_NAME
from policybot.knowledge.provinces import gazetteer_parents

# The separators of a list of places, and the endings of a county-level place's name.
NOTE_PARTS = re.compile(r"[、,,;;()()和及]")
COUNTY_ENDINGS = ("区", "县", "市")

# Where a scope names places it does not reach: "不适用于A、B", "不含A", "A、B除外", "除A、B外",
# "A、B不适用本办法", "A、B不执行本意见".
_EXCLUDED = re.compile(
    r"(?:不适用于|不含|不包括|不包含)(?P<after>[^,,;;。()()]+)"
    r"|除(?P<between>[^,,;;。()()]+?)外"
    r"|(?P<before>[^,,;;。()()]+?)(?:除外|不适用(?!于)|不(?:执行|实行|实施)本)"
)


def leaves_out(scope: str, place: str) -> bool:
    """Whether a scope sentence leaves ``place`` (a county, asked as 龙游 or 龙游县) out: it
    names it as excluded, or lists other counties of its city as those it applies to and not it
    (适用于衢州市级、柯城区、衢江区). A scope that only excludes others reaches it."""
    short = place[:2]
    excluded = excluded_parts(scope)
    if any(names_place(part, place) for part in excluded):
        return True  # (as a whole name: 不适用于新东岭区 leaves 东岭区 in)
    reached = _EXCLUDED.sub(" ", scope)
    listed = [part for part in NOTE_PARTS.split(reached) if part.endswith(COUNTY_ENDINGS[:2])]
    siblings = any(gazetteer_parents(name) & gazetteer_parents(place) for name in listed)
    return siblings and short not in reached


def excluded_parts(scope: str) -> list[str]:
    """The runs of a scope sentence naming what it leaves out (东岭区、西岭区 of 不适用于东岭区、西岭区)."""
    return [next(filter(None, match.groups())) for match in _EXCLUDED.finditer(scope)]


def names_place(part: str, place: str) -> bool:
    """Whether the run ``part`` names ``place`` (or its short form) as a whole name: 东岭区 in
    "示范市东岭区企业", not in "新东岭区"."""
    short = place[:2]
    for match in re.finditer(re.escape(short), part):
        before = part[: match.start()]
        if not before or before[-1] in NOT_A_NAME:
            return True
    return False
