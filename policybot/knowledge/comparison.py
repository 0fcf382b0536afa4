"""Two regions' targets side by side: ``/compare 湖州 衢州 标准``, "南海和顺德2018年的指标对比".

Targets are paired by subject and year: the same subject first (a city's plan gives every
district the same row), then the most similar subject (two cities word the same goal
differently; both years are shown when they differ). What one region has and the other lacks is kept, not dropped.
The region names come from the store (``question.find_region``); the only vocabulary here is
how people ask for a comparison (对比, 比较, 和/与).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import format_target_amount
from policybot.knowledge.extract.rewards import _level as level_of  # the extractor's reading
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import find_region, parse_year, resolve_region
from policybot.knowledge.search import IndexedFact, KnowledgeIndex

# Subjects worded differently still pair when this share of their bigrams agree (Dice).
MIN_SIMILARITY = 0.5
MAX_TARGETS = 300
_CUES = re.compile(r"对比|比较|相比|比一比|差异|区别|异同|\bvs\b|\bVS\b|PK")
_JOINERS = re.compile(r"和|与|跟|同|及|以及|、|,|vs|VS")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?(?!\d)")
# Words that only carry the asking; what remains is the topic (标准, 驰名商标).
_ASKING = re.compile(
    r"请问|帮我|给我|看看|一下|列出|的|指标|目标|任务|情况|数据|数量|有哪些|哪些|是什么|怎么样|如何|吗|呢|[?？!！。.]"
)


@dataclass(frozen=True)
class ComparisonRow:
    """One subject in one year: the left region's target, the right's, or only one of them."""

    subject: str
    year: str
    left: IndexedFact | None
    right: IndexedFact | None

    @property
    def both(self) -> bool:
        return self.left is not None and self.right is not None


@dataclass(frozen=True)
class Comparison:
    found: bool
    message: str
    left: str = ""
    right: str = ""
    keyword: str | None = None
    year: int | None = None
    rows: tuple[ComparisonRow, ...] = ()

    @property
    def paired(self) -> tuple[ComparisonRow, ...]:
        return tuple(row for row in self.rows if row.both)

    @property
    def only_left(self) -> tuple[ComparisonRow, ...]:
        return tuple(row for row in self.rows if row.right is None)

    @property
    def only_right(self) -> tuple[ComparisonRow, ...]:
        return tuple(row for row in self.rows if row.left is None)


@dataclass(frozen=True)
class ComparisonRequest:
    left: str
    right: str
    keyword: str | None
    year: int | None


def request_from_words(words: Sequence[str]) -> ComparisonRequest | None:
    """``湖州 衢州 标准 2018``: two regions, then a year and/or keywords in any order."""
    if len(words) < 2 or invalid_year(words) is not None:
        return None
    year = None
    keywords = []
    for word in words[2:]:
        parsed = parse_year(word)
        if parsed and year is None:
            year = parsed
        else:
            keywords.append(word)
    return ComparisonRequest(words[0], words[1], " ".join(keywords) or None, year)


# A word written as a number (signed, with a fraction, with 年) is meant as a year: one that is
# not a plausible year (-1, 99999, 18.5) is refused rather than compared as a keyword.
_NUMBER_WORD = re.compile(r"[-−+]?\d[\d,.]*\s*年?(?:度)?")


def invalid_year(words: Sequence[str]) -> str | None:
    """The first word after the two regions that is written as a number but is no year."""
    for word in words[2:]:
        normalised = vocabulary.normalise(word)
        if _NUMBER_WORD.fullmatch(normalised) and parse_year(normalised) is None:
            return word
    return None


def asks_for_comparison(text: str) -> bool:
    """对比/比较/相比…: worth looking for two regions (cheap; no index needed)."""
    return bool(_CUES.search(vocabulary.normalise(text)))


# A reward asked (奖励, 奖金, 补助…): /compare pairs targets only, so two places' rewards
# compared (衢州和漯河驰名商标奖励相比哪个多) are each looked up in its own place instead.
_REWARDS = re.compile(r"奖励|奖金|奖补|补助|补贴|资助|奖多少|奖几")


def compares_rewards(text: str) -> bool:
    """Whether ``text`` asks to compare rewards (相比, 比较… of 奖励): no /compare of targets."""
    normalised = vocabulary.normalise(text)
    return bool(_CUES.search(normalised) and _REWARDS.search(normalised))


def without_comparison_cue(text: str) -> str:
    """``text`` without its comparison cue (相比, 比较): 衢州和漯河驰名商标奖励相比哪个多 asks
    哪个多 of each place's reward, the cue no word of the topic."""
    return _CUES.sub("", vocabulary.normalise(text))


def request_from_question(text: str, index: KnowledgeIndex) -> ComparisonRequest | None:
    """A question that names two regions and asks to compare them, or None."""
    normalised = vocabulary.normalise(text)
    if not _CUES.search(normalised):
        return None
    first_ids, first, rest = find_region(normalised, index)
    second_ids, second, rest = find_region(rest, index)
    if not first or not second or set(first_ids) == set(second_ids):
        return None
    left, right = sorted((first, second), key=normalised.find)
    year_match = _YEAR.search(rest)
    year = int(year_match.group(1)) if year_match else None
    rest = _YEAR.sub(" ", rest)
    rest = _ASKING.sub(" ", _JOINERS.sub(" ", _CUES.sub(" ", rest)))
    keywords = " ".join(word for word in rest.split() if len(word) > 1)
    return ComparisonRequest(left, right, keywords or None, year)


def compare(index: KnowledgeIndex, request: ComparisonRequest) -> Comparison:
    """The paired targets of the two regions, or 未找到 naming the region that is unknown."""
    sides = []
    for name in (request.left, request.right):
        region_ids = resolve_region(name, index)
        if not region_ids:
            return Comparison(False, f"未找到地区“{name}”")
        sides.append((_region_label(index, region_ids), _targets(index, region_ids, request)))
    (left_name, left), (right_name, right) = sides
    if left_name == right_name:
        return Comparison(False, f"两个名称指的是同一个地区:{left_name}")
    rows = _pair(left, right)
    about = "、".join(
        part
        for part in (f"{request.year}年" if request.year else "", request.keyword or "")
        if part
    )
    if not rows:
        topic = f"“{about}”相关的" if about else ""
        return Comparison(
            False,
            f"未找到{left_name}和{right_name}{topic}目标",
            left_name,
            right_name,
            request.keyword,
            request.year,
        )
    return Comparison(
        True,
        f"{left_name}与{right_name}" + (f" · {about}" if about else "") + " · 目标对比",
        left_name,
        right_name,
        request.keyword,
        request.year,
        tuple(rows),
    )


def value_text(fact: IndexedFact) -> str:
    row = fact.row
    amount = format_target_amount(row.value, row.unit, row.value_max, row.qualifier)
    return f"每年{amount}" if row.per_year else amount


def _region_label(index: KnowledgeIndex, region_ids: Sequence[int]) -> str:
    return "、".join(index.region_name(region_id) or "" for region_id in region_ids)


def _targets(
    index: KnowledgeIndex, region_ids: Sequence[int], request: ComparisonRequest
) -> list[IndexedFact]:
    scope: set[int] = set()
    for region_id in region_ids:
        scope |= index.region_scope(region_id)
    result = index.search(
        request.keyword,
        kinds=[FactKind.TARGET],
        region_ids=scope,
        year=request.year,
        limit=MAX_TARGETS,
    )
    hits = result.hits
    if request.keyword and result.complete:
        hits = [hit for hit, complete in zip(hits, result.complete, strict=True) if complete]
    return sorted(hits, key=lambda fact: fact.position)


def _year(fact: IndexedFact) -> str:
    if fact.row.per_year:
        return "每年"
    return str(fact.row.due.year) if fact.row.due else "—"


def _pair(left: list[IndexedFact], right: list[IndexedFact]) -> list[ComparisonRow]:
    """The same subject and year first; then the most similar subjects (two plans may end in
    different years, so the years are shown when they differ)."""
    rows: list[ComparisonRow] = []
    unpaired_right = list(right)
    unpaired_left: list[IndexedFact] = []
    for fact in left:
        twin = next(
            (
                other
                for other in unpaired_right
                if other.row.label == fact.row.label and _year(other) == _year(fact)
            ),
            None,
        )
        if twin is None:
            unpaired_left.append(fact)
        else:
            unpaired_right.remove(twin)
            rows.append(ComparisonRow(fact.row.label, _year(fact), fact, twin))
    candidates = sorted(
        (
            (_similarity(a.row.label, b.row.label), a.position, b.position, a, b)
            for a in unpaired_left
            for b in unpaired_right
        ),
        key=lambda item: (-item[0], item[1], item[2]),
    )
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    for score, _, _, a, b in candidates:
        if score < MIN_SIMILARITY:
            break
        if a.position in taken_left or b.position in taken_right:
            continue
        taken_left.add(a.position)
        taken_right.add(b.position)
        year = _year(a) if _year(a) == _year(b) else f"{_year(a)}/{_year(b)}"
        rows.append(ComparisonRow(a.row.label, year, a, b))
    # The rows whose values differ first (the page a phone shows first is what sets the two
    # apart), each group in the left plan's order.
    rows.sort(
        key=lambda row: (
            bool(row.left and row.right and value_text(row.left) == value_text(row.right)),
            row.left.position if row.left else 0,
        )
    )
    rows += [
        ComparisonRow(f.row.label, _year(f), f, None)
        for f in unpaired_left
        if f.position not in taken_left
    ]
    rows += [
        ComparisonRow(f.row.label, _year(f), None, f)
        for f in unpaired_right
        if f.position not in taken_right
    ]
    return rows


def _similarity(first: str, second: str) -> float:
    """Dice over bigrams; 0 when the subjects name different levels (国家 vs 行业 标准)."""
    first_level, second_level = level_of(first), level_of(second)
    if first_level and second_level and first_level != second_level:
        return 0.0
    a, b = set(vocabulary.bigrams(first)), set(vocabulary.bigrams(second))
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
