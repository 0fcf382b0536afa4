"""枫溪区2027年和2028年省级名牌一共多少个: the sum of one item's figures of several years, with
each year's figure (26个(2027年 12个 + 2028年 14个)).

Read as one question, the first year was the year asked and the reply a partial match with that
year's figure alone. Each year is asked as a question of its own (枫溪区2027年省级名牌多少个),
as ``year_differences`` asks each of two years; the figures of one item, each written of its
year and each what its year adds (新增…, a table row's year columns), are added. A figure that
is all there is by its year (到2028年…, 累计, 总数) adds to no other year's, nor does a share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.place_differences import difference_amount
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import ParsedQuestion, parse_question
from policybot.knowledge.year_differences import by_the_year, figure_of_year, measure_of

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# Two years or more listed (2027年和2028年, 2027、2028年, 2027年与2028年及2029年).
_YEARS = re.compile(
    r"(?P<years>(?:19|20)\d{2}\s*年?(?:\s*(?:和|与|及|跟|加|、|,|,)\s*(?:19|20)\d{2}\s*年?)+)"
    r"(?<=年)"
)
_ONE_YEAR = re.compile(r"(?:19|20)\d{2}")
# The sum asked: 一共多少, 加起来几个, 合计多少项, 总共要多少家.
_SUM = re.compile(
    r"(?P<sum>一共|总共|合计|共计|总计|加起来|加在一起|共)(?:要|需要|需|有|是)?"
    r"(?P<ask>多少|几)"
)
# A figure bounded below (不少于12个, 12个以上): the sum is the least of the years together.
_LOWER = re.compile(r"不少于|不低于|至少|以上|超过|力争")
_UPPER = re.compile(r"不超过|不高于|以下|以内|控制在|低于")


def year_sum(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 26个(2027年 12个 + 2028年 14个) to how much several years' figures of one
    item come to; None when the question asks no such sum, or any year's figure is not found
    written of that year, or the figures do not add (other items, units or places, a total by
    its year, a share)."""
    listed = _YEARS.search(parsed.text)
    asked = _SUM.search(parsed.text)
    if listed is None or asked is None or asked.start() < listed.end():
        return None
    years = list(dict.fromkeys(int(year) for year in _ONE_YEAR.findall(listed["years"])))
    if len(years) < 2:
        return None
    text = parsed.text
    rest = (
        text[: listed.start()] + text[listed.end() : asked.start()] + "多少" + text[asked.end() :]
    )
    if parse_question(f"{years[0]}年{rest}", answerer.index, answerer.today).unknown_places:
        return None  # (a place out of the store is refused as typed)
    found: list[FactLine] = []
    answers: list[Answer] = []
    for year in years:
        one = figure_of_year(answerer, f"{year}年{rest}", year)
        if one is None:
            return None
        answers.append(one[0])
        found.append(one[1])
    if not _add_up(found, years):
        return None
    figures = [scaled_figure(line.value or "") for line in found]
    units = {figure[1] for figure in figures if figure is not None}
    if None in figures or len(units) != 1:
        return None
    unit = units.pop()
    bounds = {_bound(line.value or "") for line in found}
    if len(bounds) != 1 or "upper" in bounds:
        return None  # (a least against an exact figure, or ceilings: no sum to state)
    total = sum(figure[0] for figure in figures if figure is not None)
    each = " + ".join(f"{year}年 {line.value}" for year, line in zip(years, found, strict=True))
    least = "至少" if bounds == {"lower"} else ""
    headline = f"{least}{difference_amount(total, unit)}({each})"
    title = answers[0].title.replace(f"{years[0]}年", "、".join(f"{y}年" for y in years), 1)
    return replace(
        answers[0],
        title=title,
        headline=headline,
        facts=tuple(found),
        total=len(found),
        listing=False,
    )


def _add_up(lines: list[FactLine], years: list[int]) -> bool:
    """Whether the years' figures are one item's, each what its year adds: one label and place,
    no figure all there is by its year (到2028年…, 累计, 总数), no share."""
    first = lines[0]
    if any(line.label != first.label or line.region != first.region for line in lines):
        return False
    if len({(line.kind, line.fact_id, line.value) for line in lines}) != len(lines):
        return False  # (one figure found for two years)
    if any(measure_of(line) == "total" for line in lines):
        return False
    if any(by_the_year(line, year) for line, year in zip(lines, years, strict=True)):
        return False
    return not any((line.value or "").rstrip().endswith(("%", "%")) for line in lines)


def _bound(value: str) -> str:
    if _LOWER.search(value):
        return "lower"
    return "upper" if _UPPER.search(value) else "exact"
