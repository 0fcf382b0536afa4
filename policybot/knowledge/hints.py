"""The one hint under a 未找到: the nearest name or term the store knows, when what was asked is
close to one (驰明商标 → 驰名商标), else where to look (/doc, /help).

A reply is read on a phone: 未找到 is one short line and at most one short hint; it used to list
every region and a dozen keywords under every miss, two long lines that hid the near miss.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary
from policybot.knowledge.spelling import sound

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex

# Below this share of characters in common (difflib's ratio) a name is not "close".
CLOSE_ENOUGH = 0.6
WHERE_TO_LOOK = "发 /doc 看收录了哪些文件和地区,/help 看用法"


def nearest_known(index: KnowledgeIndex, asked: str) -> str | None:
    """The region name or domain term the store uses that ``asked`` is closest to: the same
    sound (湖洲 → 湖州市), or most characters in common (驰明商标 → 驰名商标); None when none is
    close or ``asked`` is one of them already."""
    typed = vocabulary.normalise(asked or "").strip()
    if len(typed) < 2:
        return None
    regions = [region.name for region in index.regions_with_facts()]
    candidates = [*regions, *index.known_terms()]
    if typed in candidates:
        return None
    best: tuple[float, str] | None = None
    for name in candidates:
        short = vocabulary.normalise(name)
        if len(short) < 2 or short in typed or typed in short:
            continue  # asked with the whole word, or part of it: no slip to point out
        score = SequenceMatcher(None, typed, short).ratio()
        if sound(typed) == sound(short[: len(typed)]) and len(short) - len(typed) <= 1:
            score = max(score, 0.95)
        if score >= CLOSE_ENOUGH and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


def not_found_hint(index: KnowledgeIndex, asked: str | None) -> tuple[str, ...]:
    """One short line: 是不是“驰名商标”? — or where to look."""
    near = nearest_known(index, asked or "")
    if near:
        return (f"是不是“{near}”?",)
    return (WHERE_TO_LOOK,)
