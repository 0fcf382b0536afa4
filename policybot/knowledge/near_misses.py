"""Answers that fit the question's words but not what it pins down: another quarter, another
level, below every threshold.

A found answer can match every topic word and still be about something else the question
rules out by one small word: the third quarter asked of a report on the second (三季度 of a
二季度执行情况), a city-level thing asked of a rule that only pays the province-level one (市地方
标准 of 省地方标准), a figure below the lowest one a tiered rule rewards (上缴税金10万元 of a rule
starting at 30万元). The confidence measure weighs topic words; these words are a quarter, a
bare level character, a number — so they are checked here, on the answer chosen, and the
question is then not answered (未找到, saying why). Each check holds only when the documents
cited say the other thing and never the one asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import Answer
from policybot.knowledge.confidence import levels_of
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.search import KnowledgeIndex

# 三季度, 第三季度, 3季度 — an ordinal quarter (每季度 names none).
_QUARTER = re.compile(r"(?<!每)第?([一二三四1-4])季度")
_QUARTER_NAMES = {"1": "一", "2": "二", "3": "三", "4": "四"}


# How far into a document its heading (title) reaches.
_HEADING = 80


def _quarters(text: str) -> set[str]:
    return {_QUARTER_NAMES.get(m.group(1), m.group(1)) for m in _QUARTER.finditer(text)}


def _cited_documents(answer: Answer) -> set[int]:
    return {line.citation.document_id for line in answer.facts}


def another_quarter(parsed: ParsedQuestion, answer: Answer, index: KnowledgeIndex) -> str | None:
    """The quarter the question asks (三季度) when every document the answer cites is headed
    as the report of another quarter (…二季度执行情况): its figures are of that quarter, not
    the one asked. None when the question names no quarter or a document's heading names it
    or none."""
    asked = _quarters(parsed.reading)
    documents = _cited_documents(answer)
    if not asked or not documents:
        return None
    for document_id in documents:
        # (its heading: a report of one quarter says so first; a plan asking reports on
        # 第一、第二、第三季度 in its text is no quarter's report)
        said = _quarters(index.passages.document_texts.get(document_id, "")[:_HEADING])
        if not said or said & asked:
            return None
    return f"文件只有其他季度的情况,没有{'、'.join(f'{q}季度' for q in sorted(asked))}的"


# A bare level character before the thing asked (修订市地方标准): 市, 县 or 区 as a word of its
# own, not the end of a place name (衢州市) nor half of a word (城市).
_BARE_LEVELS = {"市": 3, "县": 4, "区": 4}
_LEVEL_SHOWN = {1: "国家级", 2: "省级", 3: "市级", 4: "县级"}
# Marks a clause opens after (…细则里,市科技进步奖…): a lone 市/县/区 there ends no place name.
_CLAUSE_MARKS = frozenset(",;:、。 ")
# What is done to the thing a bare level qualifies (主导制修订 市 地方标准, 获得 市 质量奖): only
# after such a word is a lone 市/县/区 the thing's level rather than the end of a place's name.
_ACTS_ON_A_THING = frozenset(
    {
        "制定",
        "修订",
        "制修订",
        "制订",
        "起草",
        "主导",
        "参与",
        "牵头",
        "获得",
        "获",
        "取得",
        "拿到",
        "拿",
        "评为",
        "获评",
        "评上",
        "认定",
        "新获",
        "通过",
        "申报",
        "创建",
        "成为",
        "入选",
        "首次",
        "新增",
        "认定为",
        "当选",
    }
)


def bare_level_asked(parsed: ParsedQuestion, written: str = "") -> tuple[int, str, str] | None:
    """The rank, the character and the thing of a bare level the question writes right before
    a topic word (主导制修订市地方标准 → 3, 市, 地方标准), jieba cutting the level as a word
    of its own; None otherwise. A level ending a name ``written`` holds (南岭区 of a district
    the gazetteer does not know, cut 南岭 / 区) is that place, no bare level."""
    text = parsed.reading
    offset = 0
    tokens = vocabulary.cut(text)
    for i, token in enumerate(tokens):
        start = offset
        offset += len(token)
        if token not in _BARE_LEVELS or i + 1 >= len(tokens):
            continue
        before = text[:start]
        places = (parsed.region_text or "", *parsed.places, *parsed.unknown_places)
        if any(
            place and (before.endswith(place) or (before + token).endswith(place))
            for place in places
        ):
            continue  # 衢州 市, 南岭 区: the place's own ending, cut apart
        if any(len(before) >= k and before[-k:] + token in written for k in (2, 3)):
            continue  # 南岭 区: a place the answer's documents write
        if i > 0 and tokens[i - 1] not in _ACTS_ON_A_THING and tokens[i - 1] not in _CLAUSE_MARKS:
            continue  # 东坪 区: a place's name cut apart, no level of the thing asked
        rest = text[offset:]
        thing = next(
            (w for w in sorted(parsed.words, key=len, reverse=True) if rest.startswith(w)), None
        )
        if thing is not None and len(thing) >= 2:
            return _BARE_LEVELS[token], token, thing
    return None


def another_level(
    parsed: ParsedQuestion, answer: Answer, index: KnowledgeIndex | None = None
) -> str | None:
    """What the question asks at a bare level (市地方标准) when the answer's lines write that
    thing only at other levels (省地方标准) and never at the one asked, nor bare: a rule for the
    other level's, which says nothing of the one asked. The thing is also looked for as the
    glossary writes it otherwise (市科技进步奖 of a rule paying 国家科学技术进步奖). None
    otherwise."""
    written = " ".join(f"{line.written} {line.region or ''}" for line in answer.facts)
    asked = bare_level_asked(parsed, written)
    if asked is None or not answer.facts:
        return None
    rank, character, thing = asked
    forms = (thing, *(index.glossary.alternatives(thing) if index is not None else ()))
    said: set[int] = set()
    for line in answer.facts:
        text = line.written
        if any(f"{character}{form}" in text for form in forms):
            return None
        for form in forms:
            said |= levels_of(form, text)
    if not said or rank in said:
        return None
    other = "、".join(_LEVEL_SHOWN.get(r, "") for r in sorted(said))
    shown = _thing_shown(parsed, thing)
    return f"文件只写了{other}的{shown},没有{character}{shown}"


# How long the thing named in a 未找到 reason may run on (科技进步奖, not 科技进步奖一等奖).
_THING_SHOWN = 6


def _thing_shown(parsed: ParsedQuestion, thing: str) -> str:
    """``thing`` run on by the question's next topic words while it stays short: 科技 asked as
    市科技进步奖 is shown as 科技进步奖, the prize the reason is about."""
    text = parsed.reading
    start = text.find(thing)
    if start < 0:
        return thing
    shown = thing
    rest = text[start + len(thing) :]
    while True:
        word = next((w for w in parsed.words if w and rest.startswith(w)), None)
        if word is None or len(shown) + len(word) > _THING_SHOWN:
            return shown
        shown += word
        rest = rest[len(word) :]


# An amount of money: 10万元, 5000元, 1.5亿元.
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万)?元")
# A threshold a tier of a rule starts at: 达到50万元, 超过100万元, 满30万元, 100万元及以上.
_THRESHOLD = re.compile(
    r"(?:达到|超过|超|满|在)\s*(\d+(?:\.\d+)?)\s*(亿|万)?元|(\d+(?:\.\d+)?)\s*(亿|万)?元(?:及)?以上"
)
_SCALE = {None: 1.0, "": 1.0, "万": 1e4, "亿": 1e8}


def _yuan(number: str, scale: str | None) -> float:
    return float(number) * _SCALE[scale]


def below_every_threshold(parsed: ParsedQuestion, answer: Answer) -> str | None:
    """The amount a reward question states of the asker (上缴税金10万元的企业能奖多少) when it is
    below every threshold the rule's tiers start at (达到30万元, 50万元, 100万元及以上) and the
    rule never writes that amount: no tier pays it, so the rule gives no sum to answer with.
    None otherwise."""
    amounts = [
        _yuan(m.group(1), m.group(2))
        for word in parsed.words
        for m in [_AMOUNT.fullmatch(word)]
        if m
    ]
    if len(amounts) != 1 or not answer.facts:
        return None
    asked = amounts[0]
    thresholds: list[float] = []
    for line in answer.facts:
        text = line.written
        for m in _AMOUNT.finditer(text):
            if _yuan(m.group(1), m.group(2)) == asked:
                return None
        for m in _THRESHOLD.finditer(text):
            number, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            thresholds.append(_yuan(number, scale))
    if not thresholds or asked >= min(thresholds):
        return None
    word = next(w for w in parsed.words if _AMOUNT.fullmatch(w))
    return f"所问的{word}低于奖励规定的最低门槛,规定没有这一档的奖励"


# A revision or edition named with its year: (2025年修订), 2022年修正, 2019年版.
_REVISION = re.compile(r"(\d{4})年(?:修订|修正|版)")
# A title line of its own ending with its revision: 某某管理办法(2025年修订).
_TITLE_REVISION = re.compile(r"^[^《》\s,。;:]{4,60}\((\d{4})年(?:修订|修正|版)\)$", re.MULTILINE)


def another_revision(parsed: ParsedQuestion, answer: Answer, index: KnowledgeIndex) -> str | None:
    """The revision the question names (…办法(2022年修订)) when every document the answer cites
    is headed, on a title line of its own, as another revision (…办法(2025年修订)): the one
    asked is not stored, even if the text quotes another plan of that year. None when the
    question names no revision or a cited document is headed as the one asked, or as none."""
    asked = set(_REVISION.findall(parsed.text))
    documents = _cited_documents(answer)
    if not asked or not documents:
        return None
    own: set[str] = set()
    for document_id in documents:
        said = set(_TITLE_REVISION.findall(index.passages.document_texts.get(document_id, "")))
        if not said or said & asked:
            return None
        own |= said
    shown = "、".join(sorted(own))
    return f"收录的是{shown}年修订的文件,没有{'、'.join(sorted(asked))}年修订的"


# A clause paying an organisation (组织、单位、企业) a sum, and one naming individuals (个人).
_CLAUSES = re.compile(r"[,;,;。]")
_ORGANISATIONS = ("组织", "单位", "企业")


def unstated_individual_sum(parsed: ParsedQuestion, answer: Answer) -> str | None:
    """What individuals (个人) get, asked of sentences that pay an organisation a sum in one
    clause and name individuals in another without any sum (…的组织,给予奖励15万元,个人给予奖励2
    — an excerpt cut off): the organisation's sum is not the individuals'. None when the
    question does not ask of 个人, or a sentence states an individual's sum, or does not set
    the two apart (对…的单位和个人,给予…: one recipient, paid the sum)."""
    if "个人" not in parsed.text or not answer.facts:
        return None
    for line in answer.facts:
        clauses = _CLAUSES.split(line.citation.quote)
        personal = [clause for clause in clauses if "个人" in clause]
        paid = [
            clause
            for clause in clauses
            if "个人" not in clause
            and _AMOUNT.search(clause)
            and any(word in line.citation.quote for word in _ORGANISATIONS)
        ]
        if not personal or not paid or any(_AMOUNT.search(clause) for clause in personal):
            return None
        if any(word in clause for clause in personal for word in _ORGANISATIONS):
            # 对获得…的单位和个人,给予奖励40万元: both are the one recipient of the sum
            # (trial50 M2), not individuals set apart from the organisation paid
            return None
    return "文件没有写明个人的奖励金额"


# A per-capita figure asked (人均生产总值, 人均GDP read 人均地区生产总值): 人均 and the first
# characters of what it divides.
_PER_CAPITA = re.compile(r"人均(?:地区)?([\u4e00-\u9fff]{2})")


def unstated_per_capita(parsed: ParsedQuestion, answer: Answer) -> str | None:
    """A per-capita figure asked (人均生产总值) of lines that write 人均 only of other things
    (人均可支配收入) and never of the one asked: the plan's 生产总值 is the whole region's, its
    人均 figures are others'. None when a line writes the one asked, or no line writes 人均."""
    asked = _PER_CAPITA.search(vocabulary.to_simplified(parsed.reading))
    if asked is None or not answer.facts:
        return None
    written = [
        match.group(1)
        for line in answer.facts
        for match in _PER_CAPITA.finditer(vocabulary.to_simplified(line.written))
    ]
    if not written or asked.group(1) in written:
        return None
    return "文件写的人均数字是别的指标的,没有所问的人均数字"


def names_no_place(name: str, places: Iterable[str]) -> bool:
    """Whether a document's title names no place (质量强国建设纲要): none of ``places`` and no
    word ending like a division (…省, …市, …县, …区)."""
    if any(place and place in name for place in places):
        return False
    return not re.search(r"[\u4e00-\u9fff](?:省|市|县|区|州|旗|盟|镇|乡)", name)


def near_miss(parsed: ParsedQuestion, answer: Answer, index: KnowledgeIndex) -> str | None:
    """Why a found answer is not the one asked (another quarter, another level, below every
    threshold), or None. A partial match (hedged) is checked for another level alone: lines
    writing the thing only at other levels are no partial answer to the level asked either."""
    if not answer.facts:
        return None
    if answer.hedged:
        return another_level(parsed, answer, index)
    if not answer.found:
        return None
    return (
        another_quarter(parsed, answer, index)
        or another_level(parsed, answer, index)
        or below_every_threshold(parsed, answer)
        or another_revision(parsed, answer, index)
        or unstated_individual_sum(parsed, answer)
        or unstated_per_capita(parsed, answer)
    )
