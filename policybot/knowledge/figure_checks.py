"""东澜区2031年省名牌是不是31个: a yes/no question naming the figure it expects, answered 是 or
不是 beside the plan's own figure in its words (不少于30个).

Searched as typed, the figure asked is a word of the topic that no sentence writes when it is
wrong, so the answer was hedged (部分相符) and said neither yes nor no. Asked as how many (是
多少个), the plan's figure is found as any how-many question finds it; comparing the two, the
scale applied (2.5万元 is 25000元), is the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer
from policybot.knowledge.count_units import generic_count_of
from policybot.knowledge.extract.normalise import chinese_number
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# The yes/no asking before the figure (是不是31个, 是否为31个, 有没有31个), said as how many
# asks it; the figure asked is the first one after it, never a number of the topic before it
# (2031年, 4星级).
_ASKING = re.compile(r"是不是|有没有|是否为|是否有|是否")
# …or 是/有 before it and 吗 after it (是31个吗, 有50家吗).
_ASKING_PLAIN = re.compile(r"[是有]")
_ASKING_END = re.compile(r"(?:吗|么|呢|吧|啊)?[??。]*$")
# A figure as typed: its number and scale (31, 1.2万), the words after it its measure (个, 家).
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(万|亿|千|百)?")
# Its measure word: up to three characters before a bound, an ending or a stop.
_MEASURE = re.compile(r"[^\d\s以及左吗么呢吧啊的??。,,、;;]{0,3}")
# A date is no figure asked (是不是2031年完成).
_DATE_MEASURE = re.compile(r"^[年月日号]")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}
# A lower bound typed with the figure (不少于30个, 30个以上): a plan's figure at or above it is
# what was asked.
_AT_LEAST_BEFORE = re.compile(r"(?:不少于|不低于|至少)$")
_AT_LEAST_AFTER = re.compile(r"^(?:及以上|以上)")
# An upper bound typed with it (最多30个, 不超过30个, 30个以内): a figure at or below it.
_AT_MOST_BEFORE = re.compile(r"(?:最多|至多|不超过|不多于|不高于)$")
_AT_MOST_AFTER = re.compile(r"^(?:及以下|以下|以内|之内)")
# Reached (是否达到30个): a figure at or above it, as a floor typed.
_REACHED_BEFORE = re.compile(r"(?:达到|达)$")
# Not reached (是否未达到30个): a figure below it; not over (是不是没有超过20个): one at or below it.
_NOT_REACHED_BEFORE = re.compile(r"(?:未|没有|没|不曾)(?:达到|达)$")
_NOT_ABOVE_BEFORE = re.compile(r"(?:未|没有|没|不曾)(?:超过|多于|高于|大于)$")
# A negation typed before the comparison, left out of the how-many question with it.
_NEGATION = re.compile(r"(?:未|没有|没|不曾)$")
# Over (是不是超过20个, 多于20个): a figure above it; under (少于20个, 不到20个): one below it.
_ABOVE_BEFORE = re.compile(r"(?:超过|多于|高于|大于)$")
_BELOW_BEFORE = re.compile(r"(?:少于|低于|小于|不到|不足)$")
# A count typed in Chinese numerals after the yes/no (是不是三十个, 是否达到两千家).
_CHINESE_FIGURE = re.compile(
    r"(?<=[是否有到过于足])([零〇一二两三四五六七八九十百千]+)(?=[万亿]?[^\d零〇一二两三四五六七八九十百千万亿])"
)
# Every comparison word typed before the figure, left out of the how-many question.
_COMPARED_WORDS = re.compile(
    r"(?:不少于|不低于|至少|最多|至多|不超过|不多于|不高于|达到|达|超过|多于|高于|大于|少于|低于|小于|不到|不足)$"
)
# How a plan's own figure is bounded: a floor (不少于30个, 30个以上) or a cap (0.3%以内).
_PLAN_FLOOR = re.compile(r"不少于|不低于|至少|以上|(?<!不)(?:超过|高于|多于)")
_PLAN_CAP = re.compile(r"不超过|不高于|不多于|以下|以内|之内|(?<!不)(?:低于|少于)|最多|最高")
# A headline short enough to be the figure itself (答: 超过3亿元), when the lead line has none.
_FIGURE_HEADLINE_CHARS = 16


@dataclass(frozen=True)
class _Asked:
    """A yes/no question's figure: the question asked as how many (…是多少个), the figure's
    value (its scale applied) and measure word, and the bound typed with it (``floor`` for
    不少于30个, ``cap`` for 最多30个, empty for the figure itself)."""

    how_many: str
    value: float
    unit: str
    bound: str = ""


def checked_figure(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 是,不少于30个 or 不是,不少于30个 to a yes/no question whether a figure is
    the one it types; per year (2031年是,…;2032年不是,…) when no year is asked and the plan
    gives the figure for several; None when it types none, the plan's figure is not found for
    certain, or the two are of different units (个 asked, 家 written)."""
    if parsed.asks != Asks.YESNO or parsed.topic_kind == FactKind.REWARD:
        return None
    asked = _as_how_many(_chinese_figures_in_digits(parsed.text))
    if asked is None:
        return None
    plain = parse_question(asked.how_many, answerer.index, answerer.today)
    if plain.asks != Asks.NUMBER:
        return None
    answer = answerer.answer(plain)
    if not answer.found or answer.hedged or not answer.facts:
        return None
    written = answer.facts[0].value
    if not written and len(answer.headline) <= _FIGURE_HEADLINE_CHARS:
        written = answer.headline  # (a sentence's figure, read for the lead: 超过3亿元)
    verdict = _verdict(asked, written or "")
    if verdict is None:
        return None
    years = _years_of_lead(answer, asked) if parsed.year is None else []
    if len(years) > 1:  # 西岭区省名牌是不是30个, of 2031年不少于30个 and 2032年33个
        return replace(answer, headline=";".join(f"{year}年{said}" for year, said in years))
    return replace(answer, headline=verdict)


def _verdict(asked: _Asked, written: str) -> str | None:
    """是,written or 不是,written; 不能确定 with the plan's words when its bound leaves the answer
    open (是不是超过30个 of 30个以上) or it reads as both a floor and a cap; None when
    ``written`` holds no figure of the unit asked."""
    figure = scaled_figure(written)
    if figure is None or (asked.unit and not _same_unit(asked.unit, figure[1])):
        return None
    floor, cap = bool(_PLAN_FLOOR.search(written)), bool(_PLAN_CAP.search(written))
    if floor and cap:  # (不超过超过20家: no one bound to weigh)
        return f"不能确定,文件写的是:{written}"
    if asked.bound and (floor or cap):
        return _bounded_verdict(asked, figure[0], written, floor)
    if asked.bound == "above":
        holds = figure[0] > asked.value
    elif asked.bound == "below":
        holds = figure[0] < asked.value
    elif asked.bound == "cap":
        holds = figure[0] <= asked.value
    elif asked.bound == "floor":
        holds = figure[0] >= asked.value
    else:
        holds = figure[0] == asked.value
    return f"{'是' if holds else '不是'},{written}"


def _bounded_verdict(asked: _Asked, figure: float, written: str, floor: bool) -> str:
    """A bound asked (超过, 达到, 最多, 少于) of a plan's bounded figure (30个以上, 不超过20家):
    是 or 不是 when every figure the plan allows answers it alike, else 不能确定 with the plan's
    words (是不是超过30个 of 30个以上: only the floor is written)."""
    strict = bool(re.search(r"(?<!不)(?:超过|高于|多于|低于|少于)", written))
    low, high = (figure, None) if floor else (None, figure)

    def holds(value: float | None, edge_open: bool) -> bool | None:
        # Whether the asked bound holds at one end of the plan's range (None: unbounded end).
        if value is None:
            return None
        if asked.bound == "above":
            return value > asked.value or (edge_open and value >= asked.value)
        if asked.bound == "floor":
            return value >= asked.value
        if asked.bound == "below":
            return value < asked.value or (edge_open and value <= asked.value)
        return value <= asked.value  # cap

    rising = asked.bound in ("above", "floor")
    if floor:  # the plan's figures run from ``low`` up
        at_edge = holds(low, strict)
        if rising and at_edge:
            return f"是,{written}"
        if not rising and at_edge is False:
            return f"不是,{written}"
        if asked.bound == "cap":  # (fix72: a cap asked of a floor written: none is set)
            return f"不是,{written}(文件写的是下限,没有写上限)"
        why = "(文件只写了下限)"
    else:  # from ``high`` down
        at_edge = holds(high, strict)
        if not rising and at_edge:
            return f"是,{written}"
        if rising and at_edge is False:
            return f"不是,{written}"
        if asked.bound == "floor":
            return f"不是,{written}(文件写的是上限,没有写下限)"
        why = "(文件只写了上限)"
    return f"不能确定,文件写的是{written}{why}"


def _same_unit(asked: str, written: str) -> bool:
    """个 asked of 个 written (``scaled_figure``'s unit: of 30个以内, 个); the measure typed may
    run into the topic (30个省名牌产品)."""
    return bool(written) and (
        asked == written or asked.startswith(written) or generic_count_of(asked, written)
    )


def _years_of_lead(answer: Answer, asked: _Asked) -> list[tuple[int, str]]:
    """Each year's verdict on the answer's lead item (its label and place) when the answer
    gives it for several years, the earlier first; the lines' own verdicts, each of its year."""
    lead = answer.facts[0]
    said: dict[int, str] = {}
    for line in answer.facts:
        if line.label != lead.label or line.region != lead.region or line.due is None:
            continue
        verdict = _verdict(asked, line.value or "")
        if verdict is not None:
            said.setdefault(line.due.year, verdict)
    return sorted(said.items())


def _as_how_many(text: str) -> _Asked | None:
    """The question asked as how many (东澜区2031年省名牌是多少个) with the figure it typed
    after its yes/no (是不是31个, 有没有31个, 是31个吗); None when it types none there or
    compares one (是不是超过200个)."""
    asking = _ASKING.search(text)
    if asking is None:
        text = _confirmation_as_yes_no(text)
    if asking is not None:
        said = "有" if "有" in asking.group(0) else "是"
        figure = _FIGURE.search(text, asking.end())
    else:  # 是31个吗: the last figure, after the last 是 or 有 before it
        if not re.search(r"[吗么][??。]*$", text):
            return None
        figures = list(_FIGURE.finditer(text))
        figure = figures[-1] if figures else None
        plain = [m for m in _ASKING_PLAIN.finditer(text, 0, figure.start())] if figure else []
        if not plain:
            return None
        asking, said = plain[-1], plain[-1].group(0)
    if figure is None:
        return None
    return _asked_at(text, asking, said, figure)


# A statement put up for confirming (…不少于14个对吗, …14个,是吗): a yes/no of the figure.
_CONFIRMING = re.compile(r"[,,]?(?:对吗|对么|对不对|是吗|是么|是不是|没错吧|没错吗)[??。]*$")


def _confirmation_as_yes_no(text: str) -> str:
    """…省级名牌不少于14个对吗 as …省级名牌是不少于14个吗, the yes/no it asks (是 before the
    comparison typed with its last figure, or before the figure); else ``text`` as it is."""
    end = _CONFIRMING.search(text)
    if end is None:
        return text
    stated = text[: end.start()]
    figures = list(_FIGURE.finditer(stated))
    if not figures or re.search(r"[是有]", stated[: figures[-1].start()][-6:]):
        return text
    at = figures[-1].start()
    compared = _COMPARED_WORDS.search(stated[:at])
    at = compared.start() if compared else at
    return f"{stated[:at]}是{stated[at:]}吗"


def _asked_at(text: str, asking: re.Match[str], said: str, figure: re.Match[str]) -> _Asked | None:
    """The figure ``figure`` asked by ``asking`` (said as ``said`` in the how-many question)."""
    between, after = text[asking.end() : figure.start()], text[figure.end() :]
    unit = _MEASURE.match(after).group(0)  # type: ignore[union-attr]  # it matches the empty
    if _DATE_MEASURE.match(unit):
        return None
    bound = ""
    if _AT_LEAST_BEFORE.search(between) or _AT_LEAST_AFTER.match(after[len(unit) :]):
        bound = "floor"
    elif _AT_MOST_BEFORE.search(between) or _AT_MOST_AFTER.match(after[len(unit) :]):
        bound = "cap"
    elif _NOT_REACHED_BEFORE.search(between):
        bound = "below"
    elif _NOT_ABOVE_BEFORE.search(between):
        bound = "cap"
    elif _REACHED_BEFORE.search(between):
        bound = "floor"
    elif _ABOVE_BEFORE.search(between):
        bound = "above"
    elif _BELOW_BEFORE.search(between):
        bound = "below"
    between = _NEGATION.sub("", _COMPARED_WORDS.sub("", between))
    rest = after[len(unit) :]
    rest = _AT_MOST_AFTER.sub("", _AT_LEAST_AFTER.sub("", rest, count=1), count=1)
    how_many = f"{text[: asking.start()]}{said}{between}多少{unit}{_ASKING_END.sub('', rest)}"
    value = float(figure.group(1)) * _SCALE.get(figure.group(2) or "", 1)
    return _Asked(how_many, value, unit, bound)


def _chinese_figures_in_digits(text: str) -> str:
    """是不是三十个 as 是不是30个: a count the question types in Chinese numerals after its
    yes/no, in digits, so it is weighed as one typed in digits."""

    def digits(match: re.Match[str]) -> str:
        value = chinese_number(match.group(1))
        return str(value) if value is not None else match.group(0)

    return _CHINESE_FIGURE.sub(digits, text)
