"""枫溪区2027年和2028年省级名牌一共多少个: the sum of one item's figures of several years, with
each year's figure (26个(2027年 12个 + 2028年 14个)).

Read as one question, the first year was the year asked and the reply a partial match with that
year's figure alone. Each year is asked as a question of its own (枫溪区2027年省级名牌多少个),
as ``year_differences`` asks each of two years; the figures of one item, each written of its
year and each what its year adds (新增…, a table row's year columns), are added. A figure that
is all there is by its year (到2028年…, 累计, 总数) adds to no other year's, nor does a share.

The years may be a range (2027至2029年, 2027-2029年, 2027年到2029年: each year of it), or the
plan's years said by their number (三年一共, 这几年加起来): the years the item's figures are
written of (a task table's year columns), as many as said. A sum asked whose years are not all
found, or whose figures do not add, is said not made, with what is found: never the first
year's figure as the sum (attack55 H2: 2027至2029年 read as 2027 alone).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.chinese import CHINESE_COUNTS
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_differences import difference_amount
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import ParsedQuestion, parse_question
from policybot.knowledge.regions import without_whole_place
from policybot.knowledge.year_differences import by_the_year, figures_of_year, measure_of

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# Two years or more listed (2027年和2028年, 2027、2028年, 2027年与2028年及2029年).
_YEARS = re.compile(
    r"(?P<years>(?:19|20)\d{2}\s*年?(?:\s*(?:和|与|及|跟|加|、|,|,)\s*(?:19|20)\d{2}\s*年?)+)"
    r"(?<=年)"
)
_ONE_YEAR = re.compile(r"(?:19|20)\d{2}")
# A range of years (2027至2029年, 2027-2029年, 2027年到2029年, 2027—2029年间): each year of it.
_RANGE = re.compile(
    r"(?P<first>(?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|–|~|～|－|－)\s*"
    r"(?P<last>(?:19|20)\d{2})\s*年(?:度)?(?:间|内|期间)?"
)
# The plan's years said by their number (三年, 这三年, 近3年, 这几年): the years its figures of
# the item are written of. Not a plan's name (三年行动计划), nor a year of a date (二〇二七年),
# nor one year of them (第三年, 每年).
_SPAN = re.compile(
    r"(?<![\d〇零一二三四五六七八九十两第每])"
    r"(?:这|近|未来|今后|规划期内?)?(?P<count>[两二三四五六七八九十]|[2-9])年"
    r"(?:来|内|间|里|中|期间)?(?!行动|计划|规划|方案|攻坚|专项|度|底|末|前|后|以)"
    r"|(?:这几|近几|这些|这|历)年(?:来|内|间|里|中)?(?!行动|计划|规划|方案|度|底|末)"
)
# A figure that is all there is of the years together (全市累计…, 总数).
_TOTAL_OF_YEARS = re.compile(r"累计|总数|总量|合计|共计")
# A figure of each year (每年新增…), not of one year.
_EACH_YEAR = re.compile(r"每年|每一年|年均|每年度")
# The longest range read as its years (a span of decades is no plan's).
_MOST_YEARS = 10
# The sum asked: 一共多少, 加起来几个, 合计多少项, 总共要多少家, 一共要建成几个.
_SUM = re.compile(
    r"(?:(?P<sum>一共|总共|合计|共计|总计|加起来|加在一起)(?P<between>[^,,。;;??]{0,6}?)"
    r"|共(?:要|需要|需|有|是)?)(?P<ask>多少|几)"
)
# Sum words between the sum and its ask (加起来一共多少): no words of the item.
SUM_WORDS = re.compile(r"一共|总共|合计|共计|总计|加起来|加在一起")
# A figure bounded below (不少于12个, 12个以上): the sum is the least of the years together.
_LOWER = re.compile(r"不少于|不低于|至少|以上|(?<!不)超过|力争")
_UPPER = re.compile(r"不超过|不高于|以下|以内|控制在|(?<!不)低于")
# An item that is what each year adds (新增, 新建, 新认定, 新获): its figures of the years add.
_NEW = re.compile(r"新增|新建|新培育|新认定|新获|新创|新开|新上|新引进|新制定")
# An item that is a count, level or rate each year reaches (省级名牌产品数, 新产品产值率).
_LEVEL = re.compile(
    r"(?:数|数量|个数|家数|总数|总量|存量|保有量|规模|率|占比|比重|比例|指数|水平|密度)$"
    r"|达到|保持|累计|总数|总量|拥有|现有"
)
# Work done in a year (培育…, 主导制定…, 建成…): what that year adds.
_DONE = re.compile(
    r"培育|制定|修订|创建|建成|建设|认定|引进|招引|举办|开展|组织|完成|实施|打造|争创|创成"
    r"|评选|获评|获得|发布|改造|治理|种植|造林|培训|推广|申报|通过|落地|开工|投资|投入|安排"
)


def year_sum(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 26个(2027年 12个 + 2028年 14个) to how much several years' figures of one
    item come to (years listed, a range, or the plan's years by their number); None when the
    question asks no such sum, or no year's figure is found written of its year, or the plan's
    years are asked and fewer than two figures of the item are written by year (a total of them
    all, 三年累计…, is answered as typed). Years not all found, or figures that do not add
    (other items, units or places, a total by its year, a share), are said, not added."""
    text = parsed.text
    asked = asked_sum(text)
    if asked is None:
        return None
    said = years_said(text, asked.start())
    if said is None:
        return None
    return _summed_years(answerer, parsed, asked, said)


def plan_years_sum(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """桃源省级名牌一共多少个, no years typed: the sum of the figures the item is written by
    year (a task table's year columns), each year's shown, as 三年一共 asks it, or each year's
    figure with why they do not add (a level of each year, 规模以上工业企业数); never the first
    year's figure as the sum (attack56 H8). None when the question types a year or a time
    (2028年, 今年), or asks no sum, or the item's figures are not written by year (one figure,
    a total of the years). Asked after ``place_sum``: 各区…一共 is a sum of places."""
    text = parsed.text
    asked = asked_sum(text)
    if asked is None or parsed.year is not None or parsed.window is not None:
        return None
    if years_said(text, asked.start()) is not None:
        return None
    return _summed_years(answerer, parsed, asked, (asked.start(), asked.start(), None))


def _summed_years(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    asked: re.Match[str],
    said: tuple[int, int, list[int] | None],
) -> Answer | None:
    """``year_sum``'s reply of the years ``said`` (where typed, and the years listed; None
    listed: the years the item's figures are written of)."""
    text = parsed.text
    between = SUM_WORDS.sub("", asked["between"] or "")
    first, last, listed = said
    rest = text[:first] + text[last : asked.start()] + between + "多少" + text[asked.end() :]
    years = listed or _plan_years(answerer, rest)
    if (years is None or len(years) < 2) and not listed and last > first:
        # 三年一共多少, of a plan writing 到2033年累计60个 (and 每年…不少于15个): the total of
        # its years answers, 三年 no word of the item (attack58 M5)
        return _total_of_years(answerer, rest)
    if years is None or len(years) < 2:
        return None
    if parse_question(f"{years[0]}年{rest}", answerer.index, answerer.today).unknown_places:
        return None  # (a place out of the store is refused as typed)
    counted = _span_count(text[first:last]) if not listed and last > first else None
    found: list[FactLine] = []
    answers: list[Answer] = []
    missing: list[int] = []
    candidates: list[list[FactLine]] = []
    for year in years:
        one = figures_of_year(answerer, f"{year}年{rest}", year)
        if one is None or not one[1] or one[1][0] is not one[0].facts[0]:
            missing.append(year)
            continue
        answers.append(one[0])
        found.append(one[1][0])
        candidates.append(one[1])
    if not found:
        return None
    in_years = [year for year in years if year not in missing]
    aside: list[FactLine] = []
    if not missing and not _add_up(found, in_years):
        # (2027至2029年 of a table row 3/4/5 beside 到2029年累计…20项: 2029's row, not the goal
        # all there is by then, attack56 M2)
        aligned = _aligned(candidates, in_years)
        if aligned is not None:
            aside = [line for line in found if line not in aligned]
            found = aligned
    lead = replace(answers[0], title=_titled(answers[0].title, in_years))
    if missing:
        said_missing = "、".join(f"{year}年" for year in missing)
        return _not_added(lead, found, f"没有找到{said_missing}的数字,不能相加")
    if counted is not None and counted != len(years):
        written = "、".join(f"{year}年" for year in years)
        typed = text[first:last]
        return _not_added(lead, found, f"只找到{written}的数字,不是{typed}的,不能相加")
    cumulative = _cumulative(found, in_years)
    if cumulative is not None and listed:
        # (2028年和2029年 of totals by each year: no sum of those years is written)
        return _not_added(lead, found, cumulative.replace("(", ",").rstrip(")"))
    if cumulative is not None:
        # 到2027年累计30个;到2028年累计40个;到2029年累计50个: each year's is all there is by
        # then; the last year's is the whole of the plan's years (attack58 M10)
        return replace(
            lead, headline=cumulative, facts=tuple(found), total=len(found), listing=False
        )
    if not _add_up(found, in_years):
        return _not_added(lead, found, "找到的数字不是各年各自新增的同一项,不能按年相加")
    if any(points(line.value or "") for line in found):
        return _not_added(lead, found, "找到的数字是比例提高的百分点,不能相加")
    if not all(adds_each_year(line.label) for line in found):
        return _not_added(
            lead, found, "找到的数字是各年达到的数量或水平,不是各年新增的,不能按年相加"
        )
    figures = [scaled_figure(line.value or "") for line in found]
    units = {figure[1] for figure in figures if figure is not None}
    if None in figures or len(units) != 1:
        return _not_added(lead, found, "各年的数字单位不同,不能相加")
    unit = units.pop()
    bounds = {bound_of(line.value or "") for line in found}
    if len(bounds) != 1 or "upper" in bounds:
        # (a least against an exact figure, or ceilings: no sum to state)
        return _not_added(lead, found, "各年的数字有的是下限或上限,合计说不准")
    total = sum(figure[0] for figure in figures if figure is not None)
    each = " + ".join(f"{year}年 {line.value}" for year, line in zip(years, found, strict=True))
    least = "至少" if bounds == {"lower"} else ""
    headline = f"{least}{difference_amount(total, unit)}({each})"
    notes = tuple(f"文件另写:{line.citation.quote.strip()}" for line in aside[:1])
    return replace(
        lead,
        headline=headline,
        facts=tuple(found),
        total=len(found),
        listing=False,
        notes=(*lead.notes, *notes),
    )


def _cumulative(lines: list[FactLine], years: list[int]) -> str | None:
    """到2029年累计50个(各年写的是累计数,不能相加) when each year's figure of one item and place
    is a total by its year (累计, 到2028年…) growing year by year: the last is the whole; None
    otherwise."""
    first = lines[0]
    if any(
        without_whole_place(line.label) != without_whole_place(first.label)
        or line.region != first.region
        for line in lines
    ):
        return None
    if not all(
        measure_of(line) == "total" or by_the_year(line, year)
        for line, year in zip(lines, years, strict=True)
    ):
        return None
    figures = [scaled_figure(line.value or "") for line in lines]
    if any(figure is None for figure in figures) or len({f[1] for f in figures if f}) != 1:
        return None
    amounts = [figure[0] for figure in figures if figure is not None]
    if any(later < earlier for earlier, later in itertools.pairwise(amounts)):
        return None
    return f"到{years[-1]}年累计{lines[-1].value}(各年写的是累计数,不能相加)"


def _total_of_years(answerer: QuestionAnswerer, rest: str) -> Answer | None:
    """The answer to ``rest`` (the question without its years) when a total of the plan's
    years (累计, 总数) leads it; None otherwise."""
    answer = answerer.answer(parse_question(rest, answerer.index, answerer.today))
    if not answer.found or answer.hedged or not answer.facts:
        return None
    return answer if _TOTAL_OF_YEARS.search(answer.facts[0].label) else None


def _aligned(candidates: list[list[FactLine]], years: list[int]) -> list[FactLine] | None:
    """Each year's figure of the one item every year writes a figure of (a table's row), each
    what its year adds, when the first figures found of the years do not add up; None when no
    item is written of every year so."""
    for line in candidates[0]:
        lines = [line]
        for later in candidates[1:]:
            same = [
                other
                for other in later
                if other.label == line.label and other.region == line.region
            ]
            if not same:
                break
            lines.append(same[0])
        if (
            len(lines) == len(candidates)
            and _add_up(lines, years)
            and all(adds_each_year(other.label) for other in lines)
        ):
            return lines
    return None


def asked_sum(text: str) -> re.Match[str] | None:
    """Where a sum is asked (一共多少, 加起来几个: its ``between`` group the words between the
    sum and its ask); None when none is, or the number of years is (一共几年)."""
    asked = _SUM.search(text)
    if asked is None or text[asked.end() : asked.end() + 1] == "年":
        return None
    return asked


def years_said(text: str, before: int) -> tuple[int, int, list[int] | None] | None:
    """Where the years of the sum are typed before ``before`` (the sum asked), and the years
    when they are written out (2027年和2028年; 2027至2029年, each year of it); None as the years
    of the plan's years said by their number (三年, 这几年); None when no years are typed."""
    listed = _YEARS.search(text, 0, before)
    if listed is not None:
        years = list(dict.fromkeys(int(year) for year in _ONE_YEAR.findall(listed["years"])))
        return listed.start(), listed.end(), years
    span = _RANGE.search(text, 0, before)
    if span is not None:
        first, last = int(span["first"]), int(span["last"])
        if not first < last < first + _MOST_YEARS:
            return None
        return span.start(), span.end(), list(range(first, last + 1))
    counted = _SPAN.search(text, 0, before)
    if counted is not None:
        return counted.start(), counted.end(), None
    return None


def _span_count(typed: str) -> int | None:
    """How many years 三年 (近3年) says; None for 这几年, 历年."""
    match = _SPAN.fullmatch(typed)
    count = match["count"] if match is not None else None
    if count is None:
        return None
    return int(count) if count.isdigit() else CHINESE_COUNTS[count]


def _plan_years(answerer: QuestionAnswerer, rest: str) -> list[int] | None:
    """The years the item the question asks has figures written of, each year once (a task
    table's year columns: 2027年 2028年 2029年); None when its figures are not written by year
    (one figure, or a total of the years: 三年累计…), or two of one year."""
    answer = answerer.answer(parse_question(rest, answerer.index, answerer.today))
    if not answer.found or answer.hedged or not answer.facts:
        return None
    index = answerer.index
    first = answer.facts[0]
    leads = [first]
    if _TOTAL_OF_YEARS.search(first.label) and not _TOTAL_OF_YEARS.search(rest):
        # (a total of the years leads, 到2029年累计…20项, beside the table's row of each year:
        # the row's years, unless the total is asked, attack56 M1)
        leads += [line for line in answer.facts[1:] if line.label != first.label]
    for lead in leads:
        if _EACH_YEAR.search(lead.label):
            # (每年新增…不少于15个: one figure of every year, dated by none of its own;
            # attack58 M5)
            continue
        lines = [
            line
            for line in answer.facts
            if without_whole_place(line.label) == without_whole_place(lead.label)
            and line.region == lead.region
            and line.due is not None
        ]
        years = [line.due.year for line in lines if line.due is not None]
        if len(set(years)) != len(years):
            return None
        if lead.kind == FactKind.TARGET:
            # (a row's every year, though the answer shows fewer)
            for position in index.positions_in_document(lead.citation.document_id):
                fact = index.fact_at(position)
                row = fact.row
                if row.label != lead.label or row.due is None or row.due.year in years:
                    continue
                if fact.row.kind == FactKind.TARGET and answerer.line(fact).region == lead.region:
                    years.append(row.due.year)
        if len(years) >= 2:
            return sorted(years)
    return None


def _titled(title: str, years: list[int]) -> str:
    """The first year's answer's title naming every year (青石市 · 2027年、2028年 · …)."""
    return title.replace(f"{years[0]}年", "、".join(f"{year}年" for year in years), 1)


def _not_added(answer: Answer, found: list[FactLine], why: str) -> Answer:
    """A sum of years asked but not made: why, with the figures found, as a partial match."""
    return replace(
        answer,
        headline=f"{why};以下是找到的数字",
        facts=tuple(found),
        total=len(found),
        listing=False,
        hedged=True,
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


def adds_each_year(label: str) -> bool:
    """Whether a figure labelled ``label`` is what its year adds (新增省级名牌产品, 主导制定国家标准,
    建成国家级质检中心): its item says 新增 (新建, 新认定), or a work done (培育, 制定, 建成) that is
    no count or level of it (省级名牌产品数, 规模以上工业企业数, 新产品产值率). A level of each
    year (a stock, a rate) never adds over the years (attack56 H4)."""
    if _NEW.search(label):
        return True
    if _LEVEL.search(label):
        return False
    return _DONE.search(label) is not None


def points(value: str) -> bool:
    """Whether ``value`` is a rise or fall of a rate in percentage points (2个百分点): rises of
    rates never add (attack56 H9)."""
    return "百分点" in value


def bound_of(value: str) -> str:
    """``lower``, ``upper`` or ``exact``: how ``value`` states its figure."""
    if _LOWER.search(value):
        return "lower"
    return "upper" if _UPPER.search(value) else "exact"
