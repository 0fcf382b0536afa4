"""示范市省级名牌产品19年比18年多几个, 2018年和2019年差多少: the difference of one place's
figures of two years, with both figures (多3个(2019年 8个,2018年 5个)).

Read as one question, its first year is the year asked and the second a word of the topic, so
the first year's figure was answered as the difference (trial49 M3). Each year is asked as a
question of its own (2019年示范市省级名牌产品多少); two figures each written of its year are
subtracted, both quoted. Two places (甲区比乙区多几个) are ``place_differences``'.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.difference_questions import (
    asked_difference,
    asked_way,
    asks_a_ratio,
    measure_named_last,
)
from policybot.knowledge.place_differences import names_two_places, said_difference
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# A year as typed: 2019年, 19年, 一九年, 二〇一九年, or relative to today: 今年, 去年 (read by the
# question's own reading).
_YEAR = re.compile(
    r"(?:(?:19|20)?\d{2}|[一二三四五六七八九〇零]{2,4})年(?:度)?|(?:今|去|明|前|后)年(?:度)?"
)
# A headline that is one figure (200万元, 不少于8个): the answer's figure.
_FIGURE_ONLY = re.compile(
    r"(?:不少于|不低于|至少|达到)?\d+(?:\.\d+)?(?:万|亿)?[^\d\s,,。;;()()]{0,4}"
)


def year_difference(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 多3个(2019年 8个,2018年 5个) to how much more one year's figure is than
    another's; None when the question asks no difference of two years, names two places, or
    either year's figure is not found written of that year."""
    asked = asked_difference(parsed.text)
    if asked is None or asks_a_ratio(asked) or names_two_places(answerer, parsed):
        return None
    first_years, second_years = _YEAR.findall(asked["first"]), _YEAR.findall(asked["second"])
    if len(first_years) != 1 or len(second_years) != 1:
        return None
    typed_years = [_year_of(answerer, typed) for typed in (first_years[0], second_years[0])]
    years = [year for year in typed_years if year is not None]
    if len(years) != 2 or years[0] == years[1]:
        return None
    rest = _YEAR.sub("", asked["first"], count=1) + _YEAR.sub("", asked["second"], count=1)
    # (the counter left out: 多多少万元 asked as 2033年…多少 finds 300万元 as it finds 8个; asked
    # as 多少万元 it found nothing, attack53 M3)
    questions = [f"{year}年{rest}多少{measure_named_last(asked)}" for year in years]
    lines: list[tuple[Answer, FactLine]] = []
    for year, question in zip(years, questions, strict=True):
        found = figure_of_year(answerer, question, year)
        if found is None:
            return _unresolved(answerer, parsed, years)
        lines.append(found)
    (answer, a), (_, b) = lines
    if (
        (a.kind, a.fact_id, a.value) == (b.kind, b.fact_id, b.value)
        or measure_of(a) != measure_of(b)
        or by_the_year(a, years[0]) != by_the_year(b, years[1])
        or (a.region and b.region and a.region != b.region)
    ):
        # (one year's figure is no difference; 新增3个 and 总数达到15个 are two measures; two
        # places' figures are no one place's two years, attack53 H3)
        return _unresolved(answerer, parsed, years)
    way = asked_way(asked)
    sides = (f"{years[0]}年", f"{years[1]}年")
    said = said_difference(way, a, b, False, sides)
    return replace(answer, headline=said, facts=(a, b), total=2, listing=False)


# How a figure counts: what is added in its year (新增) or all there is by then (总数, 累计).
_INCREMENT = ("新增", "新培育", "新认定", "新获")
_TOTAL = ("总数", "总量", "累计", "达到")


def measure_of(line: FactLine) -> str:
    """What a figure measures: a total ("total"), what a year adds ("increment"), or neither
    said (""); two figures of different measures never subtract or add."""
    label = line.label
    if any(word in label for word in _TOTAL):
        return "total"
    return "increment" if any(word in label for word in _INCREMENT) else ""


def by_the_year(line: FactLine, year: int) -> bool:
    """Whether the figure is all there is to be by the year (到2028年…新增40个, the plan's
    total), not what that year adds (2027年新增15个): the two never subtract (trial50 H2)."""
    return any(f"{by}{year}年" in line.citation.quote for by in ("到", "至"))


def _unresolved(answerer: QuestionAnswerer, parsed: ParsedQuestion, years: list[int]) -> Answer:
    """Two years' difference asked whose two figures of one measure were not found: the answer
    as typed when its sentence itself weighs the two years (比2015年增加40.7万吨), else that
    answer as a partial match, never one year's figure as the difference (attack52 H4:
    2033年比2032年多几个 answered 6件, 2033's own figure)."""
    answer = answerer.answer_as_typed(parsed)
    if not answer.facts or not (answer.found or answer.hedged):
        return answer  # (a partial match is said to be one of no two years, attack53 M4)
    quote = answer.facts[0].citation.quote
    if any(f"{than}{year}年" in quote for year in years for than in ("比", "较")):
        return answer
    return replace(answer, headline="没有找到两年可以相减的同一项数字,以下是相关内容", hedged=True)


def _year_of(answerer: QuestionAnswerer, typed: str) -> int | None:
    """The year ``typed`` (19年) means, as a question reads it (2019)."""
    return parse_question(typed, answerer.index, answerer.today).year


def figure_of_year(
    answerer: QuestionAnswerer, question: str, year: int
) -> tuple[Answer, FactLine] | None:
    """The figure one year's question finds for certain, written of that year (its sentence
    names the year or it is due then), with the answer finding it."""
    found = figures_of_year(answerer, question, year)
    if found is None or not found[1] or found[1][0] is not found[0].facts[0]:
        return None
    return found[0], found[1][0]


def figures_of_year(
    answerer: QuestionAnswerer, question: str, year: int
) -> tuple[Answer, list[FactLine]] | None:
    """The answer one year's question finds for certain, with each of its lines that is a
    figure written of that year (the lead first when it is one: ``figure_of_year``'s); None
    when the question finds nothing for certain."""
    answer = answerer.answer(parse_question(question, answerer.index, answerer.today))
    if not answer.found or answer.hedged or not answer.facts:
        return None
    lead = answer.facts[0]
    if not lead.value and _FIGURE_ONLY.fullmatch(answer.headline):
        # (a sentence answered, its figure the headline: 200万元 of …安排专项资金200万元)
        lead = replace(lead, value=answer.headline)
        answer = replace(answer, facts=(lead, *answer.facts[1:]))
    lines = [
        line
        for line in answer.facts
        if scaled_figure(line.value or "") is not None
        # (东澜区新增…8个 is no figure of the city asked, attack53 H2)
        and not _names_another_place(line.label, question)
        and _written_of(line, year)
    ]
    return answer, lines


# Where a sentence's clauses part (2032年全市新增…5个,2033年全市新增…8个).
_CLAUSES = re.compile(r"[,,;;。]")
# A year written in a clause.
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}年")
# A district or county opening a figure's label (东澜区新增省级名牌产品), and the words of a
# place of every plan that name none (全区, 园区, 各县).
_LABEL_PLACE = re.compile(r"^(?:到|至)?(?P<place>[\u4e00-\u9fff]{1,4}?(?:区|县))")
_NO_PLACE = re.compile(
    r"^(?:全|各|本|园|景|社|片|城|市|辖|县|新|开发|高新|示范|保护|功能)区$|^(?:全|各|本)县$"
)


def _names_another_place(label: str, question: str) -> bool:
    """Whether the figure's label opens with a district or county the question does not name."""
    opening = _LABEL_PLACE.match(label)
    if opening is None:
        return False
    place = opening["place"]
    return not _NO_PLACE.match(place) and place[:-1] not in question  # (南海 asks 南海区)


def _written_of(lead: FactLine, year: int) -> bool:
    """Whether the figure is written of ``year``: the clause writing it names the year (not only
    the sentence: 2032年…5个,2033年…中国驰名商标8个 writes 8个 of 2033, attack53 H1), or no
    clause writing it names a year and it is due then or its sentence names the year."""
    quote = lead.citation.quote
    digits = re.sub(r"[^\d.]", "", lead.value or "")
    clauses = [c for c in _CLAUSES.split(quote) if digits and digits in c]
    named = [c for c in clauses if _WRITTEN_YEAR.search(c)]
    if named:
        return any(f"{year}年" in clause for clause in named)
    if lead.due is not None and lead.due.year != year and not by_the_year(lead, year):
        return False
    return f"{year}年" in quote or (lead.due is not None and lead.due.year == year)
