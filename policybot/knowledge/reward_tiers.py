"""The tier of a reward that holds the amount an asker states.

贡献有350万,能拿多少; 进资1500万能奖多少: a rule pays by tiers, each written by its threshold
(不低于300万元) or its range (1001--2000万元), and the answer is the one tier the stated amount
reaches — not the tier whose words match best. ``answering`` asks here which sentences are
that tier, which are other tiers to pass over, and which later tiers (written by their range
alone, so no search finds them) follow a tier found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from policybot.knowledge.passages import PassageHit
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.search import KnowledgeIndex

# How many sentences after a tier written by its range (501--1000万元) may be its later tiers.
RANGE_TIERS = 10


def range_tiers_after(
    index: KnowledgeIndex, parsed: ParsedQuestion, hits: Sequence[PassageHit]
) -> list[PassageHit]:
    """The tier holding the amount the asker states, among the sentences that go on from a
    tier found by its range (进资501--1000万元的奖励3万元;1001--2000万元的奖励5万元;…): the
    later tiers write only their range and sum, so no search finds them by the topic."""
    stated = _stated_amount(parsed, whole=True)
    if stated is None:
        return []
    seen = {(hit.document_id, hit.number) for hit in hits}
    found: list[PassageHit] = []
    for hit in hits:
        span = range_of(hit.passage.text)
        if span is None or span[0] <= stated[1] <= span[1]:
            continue
        passages = index.passages.by_document.get(hit.document_id, [])
        for number in range(hit.number + 1, min(len(passages), hit.number + RANGE_TIERS)):
            tier = range_of(passages[number].text)
            if tier is None:
                break
            if tier[0] <= stated[1] <= tier[1] and (hit.document_id, number) not in seen:
                seen.add((hit.document_id, number))
                found.append(replace(hit, number=number, passage=passages[number]))
                break
    return found


# An amount written with its side of a bound (融资2亿元以上, 2 亿元以下, 达到2亿元).
_BOUND = re.compile(
    r"(?:(?P<reach>达到|超过|不低于|不少于)\s*)?(?P<number>\d+(?:\.\d+)?)\s*(?P<scale>万|亿)?元"
    r"\s*(?:\(含\))?(?P<side>及?以上|及?以下)?"
)


def _bounds(text: str) -> set[tuple[float, str]]:
    """The amounts ``text`` writes with a side (以上 or 以下; 达到X is 以上), in 元."""
    found = set()
    for match in _BOUND.finditer(text):
        side = match.group("side") or ("以上" if match.group("reach") else "")
        if side:
            value = float(match.group("number")) * _SCALE[match.group("scale")]
            found.add((value, side.removeprefix("及")))
    return found


def _bound_asked(parsed: ParsedQuestion) -> tuple[float, str] | None:
    """The one amount the question states with its side (融资2亿元以上), or None."""
    asked = _bounds(parsed.text)
    return next(iter(asked)) if len(asked) == 1 else None


def other_side_of_bound(text: str, parsed: ParsedQuestion) -> bool:
    """Whether ``text`` is the tier on the other side of the amount the asker bounds (2亿元以下
    of a question saying 2亿元以上), and not also the one asked."""
    asked = _bound_asked(parsed)
    if asked is None:
        return False
    written = _bounds(text)
    other = (asked[0], "以下" if asked[1] == "以上" else "以上")
    return other in written and asked not in written


def bound_tiers_after(
    index: KnowledgeIndex, parsed: ParsedQuestion, hits: Sequence[PassageHit]
) -> list[PassageHit]:
    """The clause going on from a tier on the other side of the amount asked (融资2亿元以下
    的…200万元;融资达到2亿元以上的…800万元): it names only its bound and sum, so no search finds
    it by the topic."""
    asked = _bound_asked(parsed)
    if asked is None:
        return []
    seen = {(hit.document_id, hit.number) for hit in hits}
    found: list[PassageHit] = []
    for hit in hits:
        if not other_side_of_bound(hit.passage.text, parsed):
            continue
        passages = index.passages.by_document.get(hit.document_id, [])
        for number in range(hit.number + 1, min(len(passages), hit.number + RANGE_TIERS)):
            if asked in _bounds(passages[number].text):
                if (hit.document_id, number) not in seen:
                    seen.add((hit.document_id, number))
                    found.append(replace(hit, number=number, passage=passages[number]))
                break
    return found


# An amount the asker states (贡献有350万, 营收2.5亿元): a number, then 万 or 亿 or 元.
_ASKED_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|亿)?元?(?![\d.年])")


# A tier's threshold: 不低于300万元, 达到1亿元, 500万元以上.
_TIER = re.compile(
    r"(?:不低于|不少于|达到|超过|高于|满)\s*(\d+(?:\.\d+)?)\s*(万|亿)?元"
    r"|(\d+(?:\.\d+)?)\s*(万|亿)?元(?:\(含\))?(?:及)?以上"
)


_SCALE = {"万": 10_000.0, "亿": 100_000_000.0, None: 1.0, "": 1.0}


# A tier written as a range: 1001--2000万元, 501-1000万元, 50至100万元.
_RANGE_TIER = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:-{1,2}|—{1,2}|~|～|至|到)\s*(\d+(?:\.\d+)?)\s*(万|亿)?元"
)


def _stated_amount(parsed: ParsedQuestion, *, whole: bool = False) -> tuple[str, float] | None:
    """The word and the value (in 元) of the one amount of money the question states, if it
    says one with its 万 or 亿 (a bare number is a count or a year). With ``whole``, also an
    amount the question's words hold with its unit (3000万元), as a range's tier is placed."""
    found = [
        (word, float(m.group(1)) * _SCALE[m.group(2)])
        for m in _ASKED_AMOUNT.finditer(parsed.text)
        if m.group(2)
        for word in ((m.group(1), m.group(0)) if whole else (m.group(1),))
        if word in parsed.words
    ]
    return found[0] if len(found) == 1 else None


def tier_above(text: str, parsed: ParsedQuestion) -> bool:
    """Whether ``text`` is a tier by its threshold (5001万元以上) above the amount asked about."""
    stated = _stated_amount(parsed)
    tiers = list(_TIER.finditer(text))
    if stated is None or len(tiers) != 1:
        return False
    number, scale = tiers[0].group(1, 2) if tiers[0].group(1) else tiers[0].group(3, 4)
    return float(number) * _SCALE[scale] > stated[1]


def holds_amount(text: str, parsed: ParsedQuestion) -> bool | None:
    """Whether the range of amounts ``text`` gives a tier by holds the amount the question
    states; None when the text gives no range or the question states no amount."""
    stated, span = _stated_amount(parsed, whole=True), range_of(text)
    if stated is None or span is None:
        return None
    return span[0] <= stated[1] <= span[1]


def range_of(text: str) -> tuple[float, float] | None:
    """The one range of amounts a sentence gives a tier by (1001--2000万元), in 元."""
    ranges = list(_RANGE_TIER.finditer(text))
    if len(ranges) != 1:
        return None
    scale = _SCALE[ranges[0].group(3)]
    return float(ranges[0].group(1)) * scale, float(ranges[0].group(2)) * scale


def tiers_reached(parsed: ParsedQuestion, hits: Sequence[PassageHit]) -> set[tuple[int, int]]:
    """The sentences (document, number) that are, of their document's tiers among ``hits``,
    the highest threshold the amount the asker states reaches."""
    whole = _stated_amount(parsed, whole=True)
    if whole is None:
        return set()
    stated = _stated_amount(parsed)
    best: dict[int, tuple[float, int]] = {}
    for hit in hits:
        span = range_of(hit.passage.text)
        if span is not None:
            # 1500万 asked, 1001--2000万元的奖励5万元: the range holding the amount is its tier.
            if span[0] <= whole[1] <= span[1]:
                best[hit.document_id] = (float("inf"), hit.number)
            continue
        if stated is None:
            continue
        tiers = list(_TIER.finditer(hit.passage.text))
        if len(tiers) != 1:
            continue
        number, scale = (
            (tiers[0].group(1), tiers[0].group(2))
            if tiers[0].group(1)
            else (
                tiers[0].group(3),
                tiers[0].group(4),
            )
        )
        threshold = float(number) * _SCALE[scale]
        if threshold <= stated[1] and threshold > best.get(hit.document_id, (-1.0, 0))[0]:
            best[hit.document_id] = (threshold, hit.number)
    return {(document_id, number) for document_id, (_, number) in best.items()}


def amount_said(parsed: ParsedQuestion, reached: set[tuple[int, int]]) -> ParsedQuestion:
    """The question as a tier it reaches answers it: the asker's amount is said by the tier."""
    stated = _stated_amount(parsed)
    if stated is None or not reached:
        return parsed
    return replace(parsed, words=tuple(w for w in parsed.words if w != stated[0]))
