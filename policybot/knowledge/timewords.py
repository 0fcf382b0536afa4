"""Time words relative to today: 今年, 明年, 本月, 下个月底前, 年底前, 快到期, 还有哪些没到期.

They say *when* a question is about, so they become a date window (or a year) that filters the
facts and sentences, and are taken out of the words searched: "今年" is never a search word.
Today comes from the service's injectable clock, so the same question asked on another day
gets that day's answer.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

# How far ahead 最近/近期/快到期 look.
SOON_DAYS = 92
# The time words as people type them, for the speller: a small store may never write 今年, and
# the question's own time word is never a slip for a word it does write (近年).
SPOKEN = (
    "今年",
    "明年",
    "去年",
    "前年",
    "后年",
    "本年",
    "本年度",
    "上年",
    "上年度",
    "本月",
    "本周",
    "这周",
    "下周",
    "星期",
    "礼拜",
    "下个月",
    "上个月",
    "月底",
    "年底",
    "年底前",
    "上半年",
    "下半年",
    "年中",
    "年初",
    "过期",
    "逾期",
    "超期",
    "季度",
    "最近",
    "近期",
    "现在",
    "目前",
)


@dataclass(frozen=True)
class TimeWindow:
    """When a question is about. ``year``: facts of that year; ``start``/``end``: due dates in
    that window; ``current``: the stage under way today; ``pending``: not yet due."""

    words: str
    year: int | None = None
    start: date | None = None
    end: date | None = None
    current: bool = False
    pending: bool = False
    starting: bool = False  # 今年开始…: what begins then
    soon: bool = False  # 快到期, 近期: the next few months, whatever the plans' dates
    past: bool = False  # 已过期, 逾期: what fell due before today (no start)
    span: bool = False  # 2027年3月到2029年: months asked from one to another

    def first_day(self, today: date) -> date:
        """The window's first day for a listing by dates: its start, from the earliest date
        for what is past due, else from today on."""
        if self.start is not None:
            return self.start
        return date.min if self.past else today

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def several_years(self) -> bool:
        """Whether the question asks a span over years (2027年3月到2029年): a goal's figure is then
        asked of each of its years, as with 每年. 明年底前 also ends in another year than it
        starts, but asks what is due by then (dev q0703, q3102)."""
        return (
            self.span
            and self.start is not None
            and self.end is not None
            and self.start.year < self.end.year
        )


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _month(today: date, months: int) -> tuple[date, date]:
    year, month = _shift_month(today, months)
    return date(year, month, 1), _month_end(year, month)


def _this_year_end(today: date, words: str) -> TimeWindow:
    return TimeWindow(words, year=today.year, start=today, end=date(today.year, 12, 31))


def _quarter(today: date, words: str, quarters: int) -> TimeWindow:
    year, month = _shift_month(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), 3 * quarters)
    return TimeWindow(words, start=date(year, month, 1), end=_month_end(year, month + 2))


def _month_window(today: date, words: str, months: int, *, by_end: bool) -> TimeWindow:
    first, last = _month(today, months)
    if by_end and months >= 0:
        return TimeWindow(words, start=today, end=last)
    return TimeWindow(words, start=first, end=last)


# A month named by its number (2019年6月, 6月底前, 12月份): that month of the year written, or of
# this year. Never a day (6月30日, 6月30号) nor part of a longer number.
_NAMED_MONTH = re.compile(
    r"(?<![\d.])(?:((?:19|20)\d{2})年)?(1[0-2]|0?[1-9])月份?(?![\d日号])(底|末)?(前|之前|以前)?"
)


def _named_month(today: date, words: str) -> TimeWindow:
    """2019年6月: its days; 6月底前 (a month by its end) from today on while it is still ahead."""
    match = _NAMED_MONTH.fullmatch(words)
    assert match is not None  # built only from the rule's own match
    year = int(match.group(1)) if match.group(1) else today.year
    first, last = date(year, int(match.group(2)), 1), _month_end(year, int(match.group(2)))
    by_end = bool(match.group(3) or match.group(4))  # 6月底前, as 下个月底前: what is due by then
    return TimeWindow(words, start=today if by_end and today <= last else first, end=last)


def month_as_written(window: TimeWindow) -> str | None:
    """The month a window names without a year (10月底前 → 10月), as plans write the date prefix
    of a clause (…应于2010年6月底前完成立项,10月底前动工建设): asked of a plan of another year,
    it is the clause's own words, not this year's October. None for any other window."""
    match = _NAMED_MONTH.fullmatch(window.words)
    if match is None or match.group(1):
        return None
    return f"{int(match.group(2))}月"


# The thirds of a month (上旬 1st–10th, 中旬 11th–20th, 下旬 21st–end); 月初 is its first third.
_THIRDS = {"初": 0, "上旬": 0, "中旬": 1, "中": 1, "下旬": 2}


def _month_part(today: date, words: str, months: int) -> TimeWindow:
    """下个月初, 本月中旬: a third of a month."""
    first, last = _month(today, months)
    third = next(value for part, value in _THIRDS.items() if words.rstrip("前").endswith(part))
    start = first + timedelta(days=10 * third)
    end = last if third == 2 else first + timedelta(days=10 * third + 9)
    return TimeWindow(words, start=max(start, today) if months == 0 else start, end=end)


def _week(today: date, words: str, weeks: int) -> TimeWindow:
    """本周, 下周: Monday to Sunday, from today on for this week."""
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
    return TimeWindow(words, start=max(monday, today), end=monday + timedelta(days=6))


# A part of a year (上半年, 年中, 年初) of the year written (2018年上半年, 2018年中), of 今年 or
# 明年, or else of this year.
_YEAR_OF_PART = r"(?:(?:19|20)\d{2}年|今年|明年|去年|本年)"
# 2018年中国…, 年中期评估, 2018年中小企业, 年初步…: 中/初 begins another word there.
_NOT_AFTER_PART = "国心央期小医部华原外间级步次试等高青层共转"
# (months) 上半年 1–6, 下半年 7–12; 年中 (mid-year: what is due in June or July, as plans write
# 2017年中 for the end of June); 年初 (the first two months).
_PARTS_OF_YEAR = {"上半年": (1, 6), "下半年": (7, 12), "年中": (6, 7), "年初": (1, 2)}


def _part_of_year(today: date, words: str) -> TimeWindow:
    """上半年, 2018年中, 明年年初: those months of the year the words name (this year's)."""
    written = re.match(r"(?:19|20)\d{2}", words)
    if written:
        year = int(written.group(0))
    else:
        shift = {"明年": 1, "去年": -1}
        year = today.year + next((n for word, n in shift.items() if words.startswith(word)), 0)
    part = re.sub(r"(?:之前|以前|前)$", "", words)
    first, last = next(months for name, months in _PARTS_OF_YEAR.items() if part.endswith(name))
    if part != words and part.endswith("年中"):
        # 年中前要完成啥: what is due by mid-year (the end of June, as plans write 2017年中),
        # from today on while it is still ahead -- the steps due before June among them, not
        # June and July alone (attack55 H7).
        end = _month_end(year, 6)
        return TimeWindow(
            words, year=year, start=today if today <= end else date(year, 1, 1), end=end
        )
    return TimeWindow(words, year=year, start=date(year, first, 1), end=_month_end(year, last))


# The word or dash joining the two ends of a span (2027年3月到6月, 2027—2029年); question.py
# reads its spans of years with the same connector.
SPAN_CONNECTOR = r"(?:到|至|-{1,2}|—{1,2}|–|~|～)"

# A span of years alone (2027到2029年) is no window: read as one it turned two blind questions
# wrong (stop 60), one of them out of store answered; question.py reads it as its first year.
# A span of months is a window:
# 2027年1月到2028年6月, 2027年3月至2029年, 2027年3月到6月底: from the first month's first day to
# the last month's (or year's) end.
_MONTH_SPAN = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月份?\s*" + SPAN_CONNECTOR + r"\s*"
    r"(?:((?:19|20)\d{2})\s*年(?:\s*(1[0-2]|0?[1-9])\s*月份?(?:底|末)?)?"
    r"|(1[0-2]|0?[1-9])\s*月份?(?:底|末)?)(?![\d日号])"
)


def _months_span(today: date, words: str) -> TimeWindow:
    """2027年1月到2028年6月: the days from the first month's start to the last month's end (the
    last year's end when no month is written after it)."""
    match = _MONTH_SPAN.fullmatch(words)
    assert match is not None  # built only from the rule's own match
    first_year, first_month = int(match.group(1)), int(match.group(2))
    last_year = int(match.group(3)) if match.group(3) else first_year
    last_month = int(match.group(4) or match.group(5) or 12)
    start, end = date(first_year, first_month, 1), _month_end(last_year, last_month)
    if end < start:
        start, end = date(last_year, last_month, 1), _month_end(first_year, first_month)
    return TimeWindow(words, start=start, end=end, span=True)


# (pattern, window) in order: at one position the longer phrase wins (下个月底前 before 下个月,
# 今年底 before 今年).
_RULES: tuple[tuple[re.Pattern[str], Callable[[date, str], TimeWindow]], ...] = (
    (
        re.compile(r"下(?:个)?月(?:初|上旬|中旬|中|下旬)前?"),
        lambda today, words: _month_part(today, words, 1),
    ),
    (
        re.compile(r"(?:本|这个|当)月(?:初|上旬|中旬|中|下旬)前?"),
        lambda today, words: _month_part(today, words, 0),
    ),
    (
        re.compile(
            r"(?:今年|本年度?)(?:年底|年末)前?|今年底前?|(?<!\d年)(?<![哪几每\d])(?:年底|年末)前"
            # 年底要交什么: this year's end, as spoken; never X年年底 (每年年底, 2019年年底).
            r"|(?<![\d年哪几每明去次当上下])年底"
        ),
        lambda today, words: _this_year_end(today, words),
    ),
    (_MONTH_SPAN, _months_span),
    (_NAMED_MONTH, _named_month),
    (
        re.compile(r"下(?:个)?月(?:底|末)前?"),
        lambda today, words: _month_window(today, words, 1, by_end=True),
    ),
    (
        re.compile(r"(?:本|这个|当)月(?:底|末)前?"),
        lambda today, words: _month_window(today, words, 0, by_end=True),
    ),
    (
        re.compile(r"上(?:个)?月(?:底|末)?"),
        lambda today, words: _month_window(today, words, -1, by_end=False),
    ),
    (
        re.compile(r"下(?:个)?月"),
        lambda today, words: _month_window(today, words, 1, by_end=False),
    ),
    (
        re.compile(r"(?:本|这个|当)月"),
        lambda today, words: _month_window(today, words, 0, by_end=False),
    ),
    (
        re.compile(
            r"(?:还有|还剩)?(?:哪些|什么)?(?:还)?(?:没有?|未|尚未)(?:到期|到时间|完成|截止)"
            # (没完成任务的市县会怎么样: who falls short, asked what befalls them — no window)
            r"(?![^??。]*?(?:会怎么样|会怎样|怎么办|怎么处理|如何处理|什么后果|会被|怎么罚|处罚))"
            r"|还剩(?:下)?(?:哪些|什么|几个)?"
        ),
        lambda today, words: TimeWindow(words, start=today, pending=True),
    ),
    (
        # 哪些已经过期了, 逾期的任务: what fell due before today, as /deadlines marks 已过期.
        # Never whether a document is over (过期了吗, 是否过期: an asking phrase) nor the
        # command's 含过期 / 包括过期 (past items listed beside the rest).
        re.compile(
            r"(?<![含括否没])(?:已经|已)?(?:过期|逾期|超期)(?!了?(?:吗|没|么|作废))"
            r"|已(?:经)?到期(?!了?(?:吗|没|么))"
        ),
        lambda today, words: TimeWindow(words, end=today - timedelta(days=1), past=True),
    ),
    (
        re.compile(r"快(?:要)?到期|即将到期|马上到期|最近|近期|近来|接下来"),
        lambda today, words: TimeWindow(
            words, start=today, end=today + timedelta(days=SOON_DAYS), pending=True, soon=True
        ),
    ),
    (
        re.compile(r"下(?:个)?(?:周|星期|礼拜)"),
        lambda today, words: _week(today, words, 1),
    ),
    (
        re.compile(r"(?:本|这|这个)(?:周|星期|礼拜)"),
        lambda today, words: _week(today, words, 0),
    ),
    (re.compile(rf"{_YEAR_OF_PART}?(?:上半年|下半年)"), _part_of_year),
    (
        re.compile(
            rf"{_YEAR_OF_PART}年?[中初](?![{_NOT_AFTER_PART}])(?:之前|以前|前)?"
            rf"|(?<![\d年每几多近两三四五六七八九十百千全当半])年[中初](?![{_NOT_AFTER_PART}])"
            r"(?:之前|以前|前)?"
        ),
        _part_of_year,
    ),
    (
        re.compile(r"(?:本|这个|当前)季度"),
        lambda today, words: _quarter(today, words, 0),
    ),
    (
        re.compile(r"下(?:个)?季度"),
        lambda today, words: _quarter(today, words, 1),
    ),
    (
        re.compile(r"明年(?:底|年底|年末)前?"),
        lambda today, words: TimeWindow(
            words, year=today.year + 1, start=today, end=date(today.year + 1, 12, 31)
        ),
    ),
    (
        re.compile(r"今年开始|今年起|从今年"),
        lambda today, words: TimeWindow(words, year=today.year, starting=True),
    ),
    (re.compile(r"今年|本年度?"), lambda today, words: TimeWindow(words, year=today.year)),
    (re.compile(r"明年|下一?年"), lambda today, words: TimeWindow(words, year=today.year + 1)),
    # 后年, but not 以后年度 / 之后年份.
    (re.compile(r"(?<![以之然])后年"), lambda today, words: TimeWindow(words, year=today.year + 2)),
    # 比上年涨了, 较去年增长: the base a figure is compared with, not when the question is about.
    (
        re.compile(r"(?<![比较])(?:去年|上一?年)"),
        lambda today, words: TimeWindow(words, year=today.year - 1),
    ),
    (re.compile(r"前年"), lambda today, words: TimeWindow(words, year=today.year - 2)),
    (
        re.compile(r"现在|目前|当前|眼下|现阶段|这个阶段"),
        lambda today, words: TimeWindow(words, start=today, end=today, current=True),
    ),
)


def find_time_window(text: str, today: date) -> tuple[TimeWindow | None, str]:
    """Every time word in ``text`` as one window, and the text without them: 明年 + 快到期 is
    what falls due next year (not what falls due in the next three months of this one)."""
    window, rest = _first_window(text, today)
    while window is not None:
        other, after = _first_window(rest, today)
        if other is None:
            break
        window, rest = combine(window, other, today), after
    return window, rest


def combine(first: TimeWindow, second: TimeWindow, today: date) -> TimeWindow:
    """Two time words of one question as one window: their dates intersect; when they cannot
    (明年 with 快到期), the year named wins, from today on if either asks what is still due."""
    year = first.year if first.year is not None else second.year
    pending = first.pending or second.pending
    spans = [_span(window) for window in (first, second)]
    start = max((s for s, _ in spans if s is not None), default=None)
    end = min((e for _, e in spans if e is not None), default=None)
    if start is not None and end is not None and start > end and year is not None:
        start, end = date(year, 1, 1), date(year, 12, 31)
        if pending:
            start = max(start, today)
    return TimeWindow(
        f"{first.words}{second.words}",
        year=year,
        start=start,
        end=end,
        current=first.current or second.current,
        pending=pending,
        starting=first.starting or second.starting,
        span=first.span or second.span,
    )


def _span(window: TimeWindow) -> tuple[date | None, date | None]:
    """The dates a window covers; a year alone covers the whole year."""
    if window.dated or window.year is None:
        return window.start, window.end
    return date(window.year, 1, 1), date(window.year, 12, 31)


def _first_window(text: str, today: date) -> tuple[TimeWindow | None, str]:
    """The first time word in ``text`` as a window, and the text without it."""
    best: tuple[int, re.Match[str], Callable[[date, str], TimeWindow]] | None = None
    for pattern, build in _RULES:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), match, build)
    if best is None:
        return None, text
    _, match, build = best
    window = build(today, match.group(0))
    return window, text[: match.start()] + " " + text[match.end() :]
