"""Text similarity for deduplication and scoring: character bigram containment.

Containment (shared bigrams over the smaller set) rather than Jaccard, because one statement of a
goal is often a trimmed form of another ("工作督查" vs "每半年进行一次工作督查").
"""

from __future__ import annotations

import re

_IGNORED = re.compile(r"[\s,。;:、“”《》()\[\]<>!?\"'·—\-]")


def bigrams(text: str) -> set[str]:
    cleaned = _IGNORED.sub("", text or "")
    if len(cleaned) < 2:
        return {cleaned} if cleaned else set()
    return {cleaned[index : index + 2] for index in range(len(cleaned) - 1)}


def containment(left: str, right: str) -> float:
    """Shared bigrams divided by the smaller bigram set (0 when either is empty)."""
    a, b = bigrams(left), bigrams(right)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def dice(left: str, right: str) -> float:
    """Symmetric bigram overlap, for when one text containing the other is not enough."""
    a, b = bigrams(left), bigrams(right)
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
