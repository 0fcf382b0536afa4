"""东澜区2031年和西岭区2032年新增省名牌哪个多: two places, each asked of its own year (of the
same year too, each typed with it: 东澜区2032年和西岭区2032年).

Read as one question, its first year is the year asked and the second a word of the topic no
place's figure is written with, so nothing was found (没有单列的数字). Each place is asked how
many in its year, as a question of its own, and the two figures weighed, each with its year.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 甲区2031年和乙区2032年<topic>哪个多: each place with its year, the topic, what is weighed.
_PLACES_OF_YEARS = re.compile(
    r"^(?P<a>[^\d,,。]+?)(?P<ya>(?:19|20)\d{2})年(?:和|与|跟|同|及|、)"
    r"(?P<b>[^\d,,。]+?)(?P<yb>(?:19|20)\d{2})年(?P<topic>[^,,。]+?)"
    r"(?:哪个|哪一个|谁)(?:的)?(?:更|要|比较)?(?P<asked>多|少|高|低|大|小)(?!少)"
)
_MOST = ("多", "高", "大")


def more_of_places_years(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 西岭区(2031年)更多: 不少于30个;东澜区(2032年) 14个 to two places asked which
    has more each of its own year; a place with no figure that year said so; None when the
    question is not one of two places each with a year, or a figure is of another unit."""
    match = _PLACES_OF_YEARS.match(parsed.text)
    if match is None:
        return None
    parts: list[tuple[str, str, Answer]] = []
    for place, year in ((match["a"], match["ya"]), (match["b"], match["yb"])):
        asked = parse_question(
            f"{place}{year}年{match['topic']}多少", answerer.index, answerer.today
        )
        if asked.asks != Asks.NUMBER or not asked.region_ids:
            return None
        parts.append((place, year, answerer.answer(asked)))
    figures: list[tuple[float, str, str, Answer]] = []
    for place, year, answer in parts:
        if not (answer.found and not answer.hedged and answer.facts):
            continue
        due = answer.facts[0].due
        if due is not None and str(due.year) != year:
            continue  # (another year's figure is no figure of the year asked)
        figure = scaled_figure(answer.facts[0].value or "")
        if figure is not None:
            name = answer.facts[0].region or place
            figures.append((figure[0], figure[1], f"{name}({year}年)", answer))
    if not figures:
        return None
    lead = figures[0][3]
    facts = tuple(fact for *_, answer in figures for fact in answer.facts[:1])
    if len(figures) < 2:
        _, _, said, answer = figures[0]
        missing = next(f"{p}没有{y}年的数字" for p, y, a in parts if a is not answer)
        headline = f"{said} {answer.facts[0].value};{missing},无法比较"
        return _reply(lead, headline, facts)
    if figures[0][1] != figures[1][1]:
        return None
    compared = match["asked"]
    first, second = sorted(figures, key=lambda f: f[0], reverse=compared in _MOST)
    if first[0] == second[0]:
        headline = f"一样{compared}: {first[2]}、{second[2]} 都是{first[3].facts[0].value}"
    else:
        headline = f"{first[2]}更{compared}: {first[3].facts[0].value};{second[2]} {second[3].facts[0].value}"
    return _reply(lead, headline, facts)


def _reply(lead: Answer, headline: str, facts: tuple[FactLine, ...]) -> Answer:
    """The comparison's reply: its headline, each place's line (its year's) below it."""
    places = "、".join(dict.fromkeys(fact.region for fact in facts if fact.region))
    return Answer(
        found=True,
        kind=lead.kind,
        title=places or lead.title,
        headline=headline,
        facts=facts,
        total=len(facts),
    )
