"""What a lookup returns: a direct answer, the facts behind it (each with its citation), or 未找到.

An ``Answer`` is plain data so that the Telegram formatter, the CLI and the tests read the same
thing; nothing here knows how it will be shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from policybot.knowledge.vocabulary import is_asking_grammar

NOT_FOUND = "未找到"


def not_found_about(words: str, why: str | None = None) -> str:
    """未找到 as one sentence a phone reader takes in at once. With the reason, the reason first
    and the words searched for after it (未找到:佛山市没有2016年的内容(查找: 完成)): before it
    they read as a label (未找到“完成”:…). Without, each word searched for in its own quotes
    (未找到“南海”“区经促局”的相关内容), not one quote around words and a space."""
    # (两个 of 哪两个商标: a count of what is asked, searched for but no word the asker missed.)
    parts = [part for part in words.split() if not is_asking_grammar(part)]
    if why:
        # (乡村 of 收录的文件没有乡村振兴的内容: a word the reason names is not searched apart.)
        parts = [part for part in parts if part not in why]
        searched = "、".join(parts[:_QUOTED_WORDS]) + ("等" if len(parts) > _QUOTED_WORDS else "")
        return f"{NOT_FOUND}:{why}" + (f"(查找: {searched})" if searched else "")
    if len(parts) >= _FOREIGN_WORDS and not any(_has_chinese(part) for part in parts):
        # what are the targets of huzhou: the plans are Chinese, their words are not in them.
        return f"{NOT_FOUND}相关内容,请用中文提问"
    quoted = "".join(f"“{word}”" for word in parts[:_QUOTED_WORDS])
    more = "等" if len(parts) > _QUOTED_WORDS else ""
    return f"{NOT_FOUND}{quoted}{more}的相关内容" if quoted else f"{NOT_FOUND}相关内容,请换个说法"


# A sentence of this many words, none of them Chinese, is a question in another language.
_FOREIGN_WORDS = 3
# At most this many searched words are quoted back.
_QUOTED_WORDS = 4


def _has_chinese(word: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in word)


# The title of a reply to a question that names no place: said above an answer, not above 未找到.
ASKING_TITLE = "提问"


class AnswerKind:
    TARGETS = "targets"
    REWARDS = "rewards"
    DEADLINES = "deadlines"
    UNITS = "units"
    DOCUMENTS = "documents"
    SEARCH = "search"
    # No lookup's answer: a welcome, or what the store holds for a region named alone. Found
    # (nothing is missing), shown without 答:.
    GUIDE = "guide"


@dataclass(frozen=True)
class Citation:
    """Where a fact was read: the document's short title, its section and the sentence itself."""

    document_id: int
    document: str
    quote: str
    section: str | None = None
    doc_number: str | None = None


@dataclass(frozen=True)
class Progress:
    """The latest progress report on a target: how much, when, and the share of the goal."""

    value: str
    reported_on: date
    share_percent: int | None = None


@dataclass(frozen=True)
class FactLine:
    """One fact as an answer shows it: what, how much or by when, who, and where it is written."""

    kind: str
    fact_id: int
    label: str
    citation: Citation
    value: str | None = None
    region: str | None = None
    due: date | None = None
    due_text: str | None = None
    overdue: bool = False
    # When a span (a phase: 2031年4月—6月) begins; ``due`` is when it ends.
    start: date | None = None
    lead_units: tuple[str, ...] = ()
    support_units: tuple[str, ...] = ()
    # Of ``lead_units``, those the text names only as 责任单位 (``knowledge.unit_roles``).
    responsible_units: tuple[str, ...] = ()
    progress: Progress | None = None
    note: str | None = None
    # The words of the sentence around a fact that answer the question (a short excerpt; the
    # whole sentence is the citation's quote, behind 出处).
    excerpt: str | None = None
    # An admin changed the stored value by hand: the quote is what the document wrote before.
    edited: bool = False

    @property
    def ref(self) -> str:
        """A short, stable reference users can quote back ("target#12")."""
        return f"{self.kind}#{self.fact_id}"

    @property
    def written(self) -> str:
        """Every word the line shows of its document: its label, quote and excerpt (what a
        check of what the documents say about a place or a level reads)."""
        return f"{self.label} {self.citation.quote} {self.excerpt or ''}"


@dataclass(frozen=True)
class Answer:
    """``headline`` is the direct answer ("50万元", "2017-06-30(2017年中)") or says 未找到."""

    found: bool
    kind: str
    title: str
    headline: str
    facts: tuple[FactLine, ...] = ()
    suggestions: tuple[str, ...] = ()
    total: int = 0
    question: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    hedged: bool = False  # 部分相符: shown, but the store holds no exact answer
    listing: bool = False  # every matching item, one line each (not one best answer)
    # Commands that ask for fewer of a long list's items, with words taken from the list (a
    # year its items fall due in, a region they are filed under, a word their subjects share).
    narrowing: tuple[str, ...] = ()
    # The items stand under one heading per region (/units 市市场监管局 of two cities: each
    # city's office its own, never one list merging them), in that order.
    by_region: bool = False

    @property
    def shown(self) -> int:
        return len(self.facts)


def format_number(value: float) -> str:
    """25.0 → "25", 2.5 → "2.5": numbers as a person writes them."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def format_amount(value: float | None, unit: str | None, value_max: float | None = None) -> str:
    """A quantity with its unit as written: "25项", "65%", "8-10个"."""
    if value is None:
        return ""
    text = format_number(value)
    if value_max is not None and value_max != value:
        text = f"{text}-{format_number(value_max)}"
    return f"{text}{unit or ''}"


# Qualifier words Chinese writes after the number (15个以上, 7.5%左右); the others (新增, 力争,
# 达到, 不少于…) go before it, often before the subject too.
TRAILING_QUALIFIERS = frozenset({"以上", "以下", "以内", "左右", "之内", "多"})
# Words bounding the number itself (不少于8期, 超过20项): they are part of the value and stay
# glued to it; shown apart from it (8期 … · 不少于) a line ends in a bound with no number.
BOUND_QUALIFIERS = frozenset(
    {
        "不少于",
        "不低于",
        "不高于",
        "不超过",
        "不多于",
        "超过",
        "高于",
        "低于",
        "少于",
        "多于",
        "至少",
    }
)


def qualifier_words(qualifier: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The extractor's ``力争;达到;以上`` as (words before the number, words after it); the
    bounds of the number (不少于) are the value's, in neither (see :func:`bound_words`)."""
    words = [word for word in (qualifier or "").split(";") if word]
    before = tuple(
        word for word in words if word not in TRAILING_QUALIFIERS and word not in BOUND_QUALIFIERS
    )
    after = tuple(word for word in words if word in TRAILING_QUALIFIERS)
    return before, after


def bound_words(qualifier: str | None) -> str:
    """The words bounding the number (不少于), written right before it."""
    return "".join(word for word in (qualifier or "").split(";") if word in BOUND_QUALIFIERS)


def format_target_amount(
    value: float | None, unit: str | None, value_max: float | None, qualifier: str | None
) -> str:
    """A target's quantity with the words the document writes right around it: "7.5%左右",
    "15个以上", "不少于8期" (the other words before it are the line's note)."""
    amount = format_amount(value, unit, value_max)
    if not amount:
        return amount
    bound = bound_words(qualifier)
    after = "".join(qualifier_words(qualifier)[1])
    if bound and after:  # 不少于…以上 says the bound twice: the document's own order wins
        bound = ""
    return bound + amount + after


def format_yuan(amount: float, *, is_cap: bool = False) -> str:
    """500000 → "50万元", 100000000 → "1亿元", 8000 → "8000元"; a cap reads "最高50万元"."""
    if amount >= 100_000_000 and amount % 10_000_000 == 0:
        text = f"{format_number(amount / 100_000_000)}亿元"
    elif amount >= 10_000 and amount % 100 == 0:
        text = f"{format_number(amount / 10_000)}万元"
    else:
        text = f"{format_number(amount)}元"
    return f"最高{text}" if is_cap else text


# A reward's treatment naming the range its ceiling closes: "50万元至80万元" (the extractor keeps
# the lower end there; the amount is the upper end, a ceiling).
_SUM_RANGE = re.compile(
    r"^(?P<low>\d+(?:\.\d+)?)(?P<low_unit>亿元|万元|千元|元)至"
    r"(?P<high>\d+(?:\.\d+)?)(?P<unit>亿元|万元|千元|元)"
)
_YUAN = {"亿元": 100_000_000, "万元": 10_000, "千元": 1_000, "元": 1}


def range_floor(amount: float | None, is_cap: bool, treatment: str | None) -> float | None:
    """The lower end of the range a capped sum closes ("50万元至80万元" with 80万元), else None."""
    ranged = _SUM_RANGE.match(treatment or "")
    if ranged is None or not is_cap or amount is None:
        return None
    high = float(ranged["high"]) * _YUAN[ranged["unit"]]
    low = float(ranged["low"]) * _YUAN[ranged["low_unit"]]
    return low if abs(high - amount) < 0.5 and low < high else None


def format_reward(amount: float, *, is_cap: bool = False, treatment: str | None = None) -> str:
    """A reward's sum as replies state it: "50万元", "最高80万元", or "50万元至80万元" for a range."""
    low = range_floor(amount, is_cap, treatment)
    if low is not None:
        return f"{format_yuan(low)}至{format_yuan(amount)}"
    return format_yuan(amount, is_cap=is_cap)


def format_due(due: date | None, due_text: str | None) -> str:
    """The ISO date with the document's own words beside it: "2017-06-30(2017年中)". Words
    naming only the year ("2026年") beside a date before its end say less than the date and
    seem to contradict it (2026-06-30(2026年) for 2026年6月底前): the date alone then."""
    if due is None:
        return due_text or ""
    if due_text and _only_the_year(due_text, due):
        return due.isoformat()
    if due_text and due_text != due.isoformat():
        return f"{due.isoformat()}({due_text})"
    return due.isoformat()


_YEAR_ONLY = re.compile(r"(?:到|至|截至)?((?:19|20)\d{2})年(?:年?底|末)?(?:内|前)?")


def _only_the_year(due_text: str, due: date) -> bool:
    """Whether ``due_text`` names the year alone, or its end, while ``due`` is earlier in it."""
    match = _YEAR_ONLY.fullmatch(due_text.strip())
    return (
        match is not None and int(match.group(1)) == due.year and (due.month, due.day) != (12, 31)
    )
