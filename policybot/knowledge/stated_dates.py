"""The date a sentence's figure is due by, when the question asks another year.

佛山今年要新增多少个驰名商标, answered by a clause of "到2019年底,新增…;新增中国驰名商标7个以上":
the figure is a total due at the end of 2019, not the asked year's. A clause cut from its
sentence (at ;) loses the date its paragraph opened with, so the reply would present another
year's figure as the asked year's. This module finds the date phrase that governs such a
clause (the last one written before it in its paragraph) and, when it is not the asked year,
puts it in front of the answer and says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.passages import PassageText

# 到2019年底 / 2017—2019年 / 2018年 (a dash lost in extraction: 20172019年).
_DATE_PHRASE = re.compile(
    r"(到|至|截至|截止到?)?((?:19|20)\d{2})(?:\s*[-—–~至到]?\s*((?:19|20)\d{2}))?年(底|末|前)?"
)


@dataclass(frozen=True)
class StatedDate:
    """A date phrase as the reply shows it, and the years it spans."""

    words: str
    first: int
    last: int


def _phrase(match: re.Match[str]) -> StatedDate:
    to, first, last, end = match.groups()
    if last is not None:
        return StatedDate(f"{first}—{last}年", int(first), int(last))
    return StatedDate(f"{to or '到'}{first}年{end or ''}", int(first), int(first))


# What may stand before a clause's own date: its serial and a few words ("力争", "全市"), no
# figure, and no 比/较 (比2027年增长10%: a base year, not the clause's date).
_OWN_DATE_LEAD = re.compile(r"^[^\d,,;;。比较]{0,6}$")


# A year the clause compares with or counts from (与2027年相比, 2027年以来, 自2027年起, 在2027年
# 基础上) is not the year its figure is due (attack45): "与2031年相比,产值增长15%" in a sentence
# opened by 到2033年 was shown as 2031年's figure.
_NOT_OWN_BEFORE = re.compile(r"(?:与|同|和|跟|自|从|相比|对比|相较)$")
_NOT_OWN_AFTER = re.compile(
    r"\s*(?:以来|起|开始|相比|比较|对比|为基|基础|的基础|水平|同期|的水平|基数)"
)


def own_date(clause: str) -> StatedDate | None:
    """The date a clause opens with ("2028年新增22个", "力争2029年达到25个"): the clause's own
    figure is that year's, whatever an earlier clause of its sentence was dated (trial45)."""
    match = _DATE_PHRASE.search(clause)
    if match is None or not _OWN_DATE_LEAD.match(clause[: match.start()]):
        return None
    if _NOT_OWN_BEFORE.search(clause[: match.start()]) or _NOT_OWN_AFTER.match(clause, match.end()):
        return None
    first, last = match.group(2), match.group(3)
    if last is not None or match.group(1):
        return _phrase(match)
    # "2028年新增22个": that year's own figure, not one due "到2028年"
    return StatedDate(f"{first}年{match.group(4) or ''}", int(first), int(first))


def governing_date(passages: Sequence[PassageText], quote: str) -> StatedDate | None:
    """The date ``quote`` opens with, else the last date phrase written before it in its
    paragraph, else None."""
    clause = quote.strip()
    at = next((i for i, p in enumerate(passages) if clause and clause in p.text), None)
    if at is None:
        return None
    if (own := own_date(clause)) is not None:
        return own
    here = passages[at]
    before = [
        p.text
        for p in passages[:at]
        if p.paragraph_start == here.paragraph_start and p.start < here.start
    ]
    text = "".join(before) + here.text[: here.text.find(clause)]
    matches = list(_DATE_PHRASE.finditer(text))
    return _phrase(matches[-1]) if matches else None


def _paragraph_of(passages: Sequence[PassageText], quote: str) -> str | None:
    clause = quote.strip()
    here = next((p for p in passages if clause and clause in p.text), None)
    if here is None:
        return None
    return "".join(p.text for p in passages if p.paragraph_start == here.paragraph_start)


def stated_apart(
    answer: Answer, year: int | None, passages: dict[int, list[PassageText]]
) -> StatedDate | None:
    """The date the answer's lead figure is due by when the year asked is a later horizon its
    paragraph goes on to apart (到2025年…达到94%。到2035年…取得突破性进展, asked of 2035): the
    paragraph says what that year brings, and the figure is the earlier year's. None otherwise
    (a year named without 到/至, a base year 比2017年, an earlier year)."""
    if year is None or not answer.found or answer.listing or not answer.facts:
        return None
    first: FactLine = answer.facts[0]
    if first.kind != PASSAGE or first.due is not None:
        return None
    own = passages.get(first.citation.document_id, [])
    stated = governing_date(own, first.citation.quote)
    if stated is None or stated.first <= year <= stated.last:
        return None
    if year <= stated.last:
        return None
    paragraph = _paragraph_of(own, first.citation.quote) or ""
    after = paragraph[paragraph.find(first.citation.quote.strip()) :]
    for match in _DATE_PHRASE.finditer(after):
        phrase = _phrase(match)
        if match.group(1) in ("到", "至") and phrase.first <= year <= phrase.last:
            return stated
    return None


def with_stated_date(
    answer: Answer, year: int | None, passages: dict[int, list[PassageText]]
) -> Answer:
    """``answer`` with its lead sentence's own due date up front when the question asks
    ``year`` and the sentence's figure is due another year (or is a total over several)."""
    if year is None or not answer.found or answer.listing or not answer.facts:
        return answer
    first: FactLine = answer.facts[0]
    if first.kind != PASSAGE or first.due is not None:
        return answer
    stated = governing_date(passages.get(first.citation.document_id, []), first.citation.quote)
    if stated is None or stated.first == stated.last == year:
        return answer
    if stated.words in answer.headline:
        return answer
    note = f"文件写的是{stated.words}的数字,不是{year}年当年的"
    return replace(
        answer, headline=f"{stated.words} {answer.headline}", notes=(note, *answer.notes)
    )
