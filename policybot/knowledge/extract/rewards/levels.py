"""The level (国家/省/市…) and role (主导/参与/承担) an achievement names.

Every reader of a reward rule stamps the record with these two readings, and the calculator and
the comparison read an achievement the same way, so they live once, below all the readers.
"""

from __future__ import annotations

import re

_ROLE_WORDS = ("主导", "参与", "承担")
_LEVELS = (
    ("国际", "国际"),
    ("全国", "国家"),
    ("国家", "国家"),
    ("中国", "国家"),
    ("行业", "行业"),
    ("省地方", "省地方"),
    ("省", "省"),
    ("市", "市"),
    ("区", "区"),
    ("县", "县"),
    ("地方", "地方"),
)


def _role(achievement: str) -> str | None:
    for word in _ROLE_WORDS:
        if word in achievement[:8]:
            return word
    return None


def level_of_achievement(achievement: str) -> str | None:
    """国际/国家/省/市… as the achievement names it first (None when it names none)."""
    return _level(achievement)


def _level(achievement: str) -> str | None:
    body = re.sub(r"\([^)]*\)", "", achievement)
    positions = [(body.find(word), -len(word), level) for word, level in _LEVELS if word in body]
    if not positions:
        return None
    return min(positions)[2]
