"""Reading a natural question: which region, year and unit it names, what it asks, about what.

The names come from the store (regions and units with their aliases), never from code; the only
vocabulary here is how people ask (多少, 奖励, 什么时候, 负责哪些). Whatever is left after the names
and the asking words are taken out is the topic, searched as keywords.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import AnswerKind
from policybot.knowledge.search import KnowledgeIndex

# Who is responsible for a topic: the answer is the units of the best matching fact.
WHO = "who"
# Intent cues, checked in this order (多少钱 is a reward question before 多少 is a number one).
_INTENT_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (AnswerKind.REWARDS, ("奖励", "奖金", "补助", "资助", "扶持", "多少钱", "奖多少", "重奖")),
    (
        AnswerKind.DEADLINES,
        ("截止", "期限", "什么时候", "何时", "哪天", "到期", "时间节点", "几月", "哪一年"),
    ),
    (AnswerKind.UNITS, ("负责哪些", "牵头哪些", "负责什么", "配合哪些", "承担哪些")),
    (WHO, ("谁负责", "谁牵头", "哪个单位", "哪些单位", "哪个部门", "哪些部门", "责任单位")),
    (AnswerKind.DOCUMENTS, ("文件", "文号", "发文")),
    (
        AnswerKind.TARGETS,
        ("多少", "几个", "几家", "几项", "几名", "目标", "指标", "达到", "要求", "任务数"),
    ),
)
# Words that only carry the asking, removed before the topic is searched.
_FILLER = (
    "请问",
    "一下",
    "多少钱",
    "多少个",
    "多少家",
    "多少项",
    "多少",
    "几个",
    "几家",
    "几项",
    "几名",
    "什么时候",
    "哪些",
    "哪个",
    "什么",
    "怎么",
    "如何",
    "是否",
    "负责",
    "牵头",
    "配合",
    "承担",
    "需要",
    "要求",
    "目标",
    "指标",
    "任务",
    "截止",
    "期限",
    "到期",
    "哪天",
    "几月",
    "哪一年",
    "时间节点",
    "时间",
    "日期",
    "何时",
    "完成",
    "奖励",
    "奖金",
    "补助",
    "资助",
    "扶持",
    "文件",
    "可以",
    "能",
    "要",
    "有",
    "是",
    "的",
    "了",
    "吗",
    "呢",
    "吧",
    "给",
    "钱",
    "谁",
    "单位",
    "部门",
    "政策文件",
    "文号",
    "发文",
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?(?!\d)")
_UNIT_LIKE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:局|委|办|厅|部|中心|小组|政府)")
_PUNCTUATION = re.compile(r"[\s,.!?;:，。！？；：、“”\"'‘’()（）《》<>\[\]【】]+")


@dataclass(frozen=True)
class ParsedQuestion:
    text: str
    intent: str
    keywords: str
    region_ids: tuple[int, ...] = ()
    region_text: str | None = None
    year: int | None = None
    unit_ids: tuple[int, ...] = ()
    unit_text: str | None = None


def parse_question(question: str, index: KnowledgeIndex) -> ParsedQuestion:
    text = vocabulary.normalise(question)
    rest = text
    region_ids, region_text, rest = find_region(rest, index)
    year, rest = _take_year(rest)
    unit_ids, unit_text, rest = find_unit(rest, index, region_ids)
    if not unit_ids and region_text:
        # A unit whose name carries the region (南海区政府): look again with the region in.
        unit_ids, unit_text, without_unit = find_unit(_take_year(text)[1], index, region_ids)
        if unit_ids:
            rest = without_unit
    intent = _intent(text, bool(unit_ids))
    return ParsedQuestion(
        text=text,
        intent=intent,
        keywords=_topic(rest),
        region_ids=region_ids,
        region_text=region_text,
        year=year,
        unit_ids=unit_ids,
        unit_text=unit_text,
    )


def find_region(text: str, index: KnowledgeIndex) -> tuple[tuple[int, ...], str | None, str]:
    """The longest region name or alias in ``text``: (region ids, as written, text without it)."""
    best = _longest_known(text, index.region_aliases, index.longest_region_alias)
    if not best:
        return (), None, text
    return tuple(sorted(index.region_aliases[best])), best, text.replace(best, " ")


def _longest_known(
    text: str, names: dict[str, set[int]], longest: int, allowed: set[int] | None = None
) -> str:
    """The longest substring of ``text`` that is a key of ``names`` (naming an allowed id).

    Looks up every substring rather than every name, so the cost depends on the question's
    length, not on how many regions and units the store holds.
    """
    best = ""
    for start in range(len(text)):
        for end in range(min(len(text), start + longest), start + max(len(best), 1), -1):
            ids = names.get(text[start:end])
            if ids and (allowed is None or ids & allowed):
                best = text[start:end]
                break
    return best


def resolve_region(name: str, index: KnowledgeIndex) -> tuple[int, ...]:
    """A region typed on its own (``/targets 湖州``): exact alias first, then one it contains."""
    name = vocabulary.normalise(name)
    if name in index.region_aliases:
        return tuple(sorted(index.region_aliases[name]))
    region_ids, _, _ = find_region(name, index)
    return region_ids


def find_unit(
    text: str, index: KnowledgeIndex, region_ids: tuple[int, ...] = ()
) -> tuple[tuple[int, ...], str | None, str]:
    """A unit named in ``text``, exactly (an alias) or abbreviated (质监局 for 质量技监局)."""
    scope = _unit_scope(index, region_ids)
    best = _longest_known(text, index.unit_aliases, index.longest_unit_alias, scope)
    if best:
        return tuple(sorted(index.unit_aliases[best] & scope)), best, text.replace(best, " ")
    for match in _UNIT_LIKE.finditer(text):
        word = match.group(0)
        for start in range(len(word) - 2):
            candidate = word[start:]
            matched = _abbreviation_matches(candidate, index, scope)
            if matched:
                return matched, candidate, text.replace(candidate, " ")
    return (), None, text


def _unit_scope(index: KnowledgeIndex, region_ids: tuple[int, ...]) -> set[int]:
    if not region_ids:
        return set(index.units)
    units: set[int] = set()
    for region_id in region_ids:
        # A district's units may be listed under its city's plan (南海区政府 in 佛山's).
        for region in index.region_scope(region_id) | index.ancestors(region_id):
            units |= index.units_by_region.get(region, set())
    return units


def _abbreviation_matches(word: str, index: KnowledgeIndex, scope: set[int]) -> tuple[int, ...]:
    """Units whose name contains the characters of ``word`` in order (质监局 ⊂ 市质量技监局)."""
    if len(word) < 3:
        return ()
    having_all = scope.intersection(*(index.units_by_char.get(char, set()) for char in word))
    return tuple(
        sorted(
            unit_id
            for unit_id in having_all
            if _is_subsequence(word, vocabulary.normalise(index.units[unit_id].name))
        )
    )


def _is_subsequence(short: str, long: str) -> bool:
    characters = iter(long)
    return all(char in characters for char in short)


def _take_year(text: str) -> tuple[int | None, str]:
    match = _YEAR.search(text)
    if not match:
        return None, text
    return int(match.group(1)), text[: match.start()] + " " + text[match.end() :]


def _intent(text: str, names_unit: bool) -> str:
    for intent, cues in _INTENT_CUES:
        if intent == AnswerKind.UNITS and not names_unit:
            continue
        if any(cue in text for cue in cues):
            return intent
    return AnswerKind.SEARCH


def _topic(rest: str) -> str:
    """What is left of the question once names and asking words are gone."""
    rest = _PUNCTUATION.sub(" ", rest)
    for word in _FILLER:
        rest = rest.replace(word, " ")
    return " ".join(part for part in rest.split() if len(part) > 1)


def parse_year(text: str) -> int | None:
    """``2018`` or ``2018年`` on its own is a year; anything else is a keyword."""
    match = re.fullmatch(r"\s*((?:19|20)\d{2})\s*年?\s*", vocabulary.normalise(text))
    return int(match.group(1)) if match else None
