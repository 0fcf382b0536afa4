"""Time expressions of plans: deadlines, year ranges, phase starts.

SCHEMA.md conventions: 年中 -> 06-30; 年底/年末/底前/到YYYY年 -> 12-31; N月底前 -> last day of
month N.  A range (2017—2019年) is kept as a range: per-year duties need its end, phases need both
ends.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from policybot.knowledge.chinese import CHINESE_COUNTS

TimeKind = Literal["point", "range", "start", "baseline"]

_DASH = r"[—\-–~～至到]+"
_YEAR = r"(?:19|20)\d{2}"
_MONTH_RANGE = re.compile(
    rf"(?P<y1>{_YEAR})年(?P<m1>\d{{1,2}})月(?:份)?\s*{_DASH}\s*(?:(?P<y2>{_YEAR})年)?"
    r"(?P<m2>\d{1,2})月(?:份)?(?:底|末)?"
)
_SHORT_MONTH_RANGE = re.compile(
    rf"(?P<y1>{_YEAR})年(?P<m1>\d{{1,2}})\s*[—\-–~～至到]+\s*(?P<m2>\d{{1,2}})月(?:份)?(?:底|末)?"
)
_YEAR_RANGE = re.compile(
    rf"(?P<y1>{_YEAR})(?:年)?\s*{_DASH}\s*(?P<y2>{_YEAR})年(?P<tail>底前|底|末|以前|前|期间|内)?"
)
_YEARS_JOINED = re.compile(rf"(?P<y1>{_YEAR})年(?:和|、|及)(?P<y2>{_YEAR})年")
_POINT = re.compile(
    rf"(?P<pre>到|至|截至|截止|于|在|从|自)?(?P<y>{_YEAR})年"
    r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?(?:份)?(?P<dekad>上旬|中旬|下旬)?)?"
    r"(?:(?:第)?(?P<quarter>[一二三四1-4])季度(?:末|底)?)?"
    r"(?P<tail>上半年|下半年|年中(?![国华央心])|年底前|年底|年末|底前|底(?:之|以)前|底|末|中(?![国华央心])|初|前|以前|之前|以后|之后|后|起|开始|内)?"
)
# "2012年起5年内": a span counted from a start year (ends 2016-12-31); "从2031年开始,力争通过三年
# 努力", "2031年起,用3年左右时间": the same span in other words.
_SPAN_FROM = re.compile(
    rf"(?P<y>{_YEAR})年(?:起|开始)(?:的)?(?:,)?(?:力争|争取)?(?:用|通过|经过)?"
    r"(?P<n>\d{1,2}|[一二三四五六七八九十])年(?:内|时间|左右|努力)"
)
# A year compared against is a baseline, never a deadline: "比2005年增长70%", "在2005年基础上".
_BASELINE_BEFORE = re.compile(r"(?:比|较|与|同|相比|对比|相对|以)$")
# (at most five characters: ``_point`` hands it only the few after the year)
# "按2005年价格计算", "2010年不变价": the year prices are counted in, never a deadline.
# "《产业结构调整指导目录》(2019年本)", "(2020年版)", "(2018年修订)": the year names an edition
# of a text, never a deadline (not "2019年本市…", where 本 opens the next word).
_FROM_LEVEL_AFTER = re.compile(
    r"^(?:底|末)?的\s*\d[^,;。]{0,16}?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大)(?:到|至)"
)
_BASELINE_AFTER = re.compile(
    r"^(?:(?:底|末)?(?:的)?(?:基础上|基数|水平|相比|同期|为基|价格|不变价|可比价)"
    r"|(?:本|版|修订版?|修正版?)(?=[))》〕\]」])"
    # "2011年新造的未成林造林70万亩的抚育任务", "2019年认定的企业": the year says which things
    # "对2030年已达标的街镇进行提档升级" (B38-5): the year says which things were done
    r"|(?:新|已|所)?(?:造|建|建成|植|栽植|认定|命名|评定|获批|确定|达标|完成|创建|改造)的)"
)
_ISO_DATE = re.compile(rf"(?P<y>{_YEAR})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})")


@dataclass(frozen=True)
class TimeMention:
    """One time expression found in a text, with offsets relative to that text."""

    start: int
    end: int
    text: str
    kind: TimeKind
    first: date | None  # range start / phase start
    last: date | None  # deadline / range end

    @property
    def year(self) -> int | None:
        point = self.last or self.first
        return point.year if point else None


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def dekad_end(year: int, month: int, dekad: str | None) -> date:
    """ "12月中旬前" -> the 20th; 上旬 -> the 10th; 下旬 or no dekad -> the month's last day."""
    if dekad == "上旬":
        return date(year, month, 10)
    if dekad == "中旬":
        return date(year, month, 20)
    return last_day(year, month)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_time_mentions(text: str) -> list[TimeMention]:
    """All time expressions in ``text``, left to right, longest forms first, no overlaps."""
    return list(_time_mentions(text))


@lru_cache(maxsize=256)
def _time_mentions(text: str) -> tuple[TimeMention, ...]:
    """(The rules of targets, milestones and the document's dates each ask for a sentence's
    times: they are found once.)"""
    found: list[TimeMention] = []
    # Which characters a mention already covers: an overlap test costs the mention's length,
    # where comparing with every mention taken made a text of many dates quadratic.
    taken = bytearray(len(text))

    def add(mention: TimeMention | None) -> None:
        if mention is None or any(taken[mention.start : mention.end]):
            return
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        found.append(mention)

    for match in _SPAN_FROM.finditer(text):
        add(_span_from(match))
    for match in _MONTH_RANGE.finditer(text):
        add(_month_range(match))
    for match in _SHORT_MONTH_RANGE.finditer(text):
        add(_month_range(match))
    for match in _YEAR_RANGE.finditer(text):
        add(_year_range(match))
    for match in _YEARS_JOINED.finditer(text):
        add(_years_joined(match))
    for match in _POINT.finditer(text):
        add(_point(match, text))
    return tuple(sorted(found, key=lambda mention: mention.start))


_CN_SMALL = "一二三四五六七八九十"


def _span_from(match: re.Match[str]) -> TimeMention:
    years = int(match["n"]) if match["n"].isdigit() else _CN_SMALL.index(match["n"]) + 1
    first_year = int(match["y"])
    return TimeMention(
        match.start(),
        match.end(),
        match.group(0),
        "range",
        date(first_year, 1, 1),
        date(first_year + years - 1, 12, 31),
    )


def _month_range(match: re.Match[str]) -> TimeMention | None:
    y1, m1 = int(match["y1"]), int(match["m1"])
    y2 = int(match["y2"]) if match.groupdict().get("y2") else y1
    m2 = int(match["m2"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    return TimeMention(
        match.start(), match.end(), match.group(0), "range", date(y1, m1, 1), last_day(y2, m2)
    )


def _year_range(match: re.Match[str]) -> TimeMention | None:
    y1, y2 = int(match["y1"]), int(match["y2"])
    if not y1 <= y2 <= y1 + 30:
        return None
    return TimeMention(
        match.start(), match.end(), match.group(0), "range", date(y1, 1, 1), date(y2, 12, 31)
    )


def _years_joined(match: re.Match[str]) -> TimeMention | None:
    y1, y2 = int(match["y1"]), int(match["y2"])
    if not y1 < y2 <= y1 + 30:
        return None
    return TimeMention(
        match.start(), match.end(), match.group(0), "range", date(y1, 1, 1), date(y2, 12, 31)
    )


def _point(match: re.Match[str], text: str) -> TimeMention | None:
    year = int(match["y"])
    month = int(match["m"]) if match["m"] else None
    day = int(match["d"]) if match["d"] else None
    tail = match["tail"] or ""
    pre = match["pre"] or ""
    if month is not None and not 1 <= month <= 12:
        return None
    if (
        (not pre and _BASELINE_BEFORE.search(text[max(0, match.start() - 2) : match.start()]))
        or (pre in ("", "在", "以") and _BASELINE_AFTER.match(text[match.end() : match.end() + 8]))
        or (
            # T49-3: "由2030年的60%提高到80%": the year of the level a change starts from
            (pre == "从" or text[max(0, match.start() - 1) : match.start()] == "由")
            and _FROM_LEVEL_AFTER.match(text[match.end() : match.end() + 30])
        )
    ):
        return TimeMention(
            match.start(), match.end(), match.group(0), "baseline", None, date(year, 12, 31)
        )
    start_words = ("以后", "之后", "后", "起", "开始")
    # "2032年初,市农委将…组织开展评价" (B36-7): the start of a year, no year-end deadline
    year_start = tail == "初" and month is None
    if (
        tail in start_words
        or year_start
        or (pre in ("从", "自") and tail not in ("底", "年底", "末"))
    ):
        first = _safe_date(year, month or 1, day or 1)
        return TimeMention(match.start(), match.end(), match.group(0), "start", first, None)
    due: date | None
    if match["quarter"] and month is None:
        due = _quarter_end(year, match["quarter"])
    elif tail in ("上半年", "年中", "中") and month is None:
        due = date(year, 6, 30)
    elif month is None:
        due = date(year, 12, 31)
    elif day is not None:
        due = _safe_date(year, month, day)
    else:
        due = dekad_end(year, month, match["dekad"])
    if due is None:
        return None
    return TimeMention(match.start(), match.end(), match.group(0), "point", None, due)


def _quarter_end(year: int, quarter: str) -> date:
    """ "第三季度" / "3季度" -> the last day of its third month."""
    number = "一二三四".index(quarter) + 1 if quarter in "一二三四" else int(quarter)
    return last_day(year, 3 * number)


_RELATIVE = re.compile(
    r"(?P<this>今年|本年度?|当年)(?P<this_tail>底前|年底前|年底|底|末|内|年内)?"
    # "今明两年": this year and the next, so by the end of the next
    r"|(?P<next>今明两年|明年|次年)(?:(?P<month>\d{1,2})月(?:底前|底|末|前)?|(?P<next_tail>底前|年底前|年底|底|末|内))?"
    # "近三年内未发生…", "取消其3年内申报资格", "3年内不得申报": a look-back window or a penalty's
    # length, not a deadline
    r"|(?:力争|争取|用)?(?<![近前其])(?<!过去)(?P<count>[一两二三四五六七八九十\d])年(?:内|时间|左右时间)"
    r"(?!(?:不得|不再|不予|禁止)|(?:申报|申请|参评|评选|享受)资格)"
    # "今后三年,…", "未来五年": the years ahead from the document's own
    r"|(?:今后|未来|此后)(?P<ahead>[一两二三四五六七八九十\d])年(?!前|以前|来)"
    r"|“?(?P<plan>十[一二三四五六七八九]五)”?(?:期间|末|时期)"
)
_FIVE_YEAR_ENDS = {"十一五": 2010, "十二五": 2015, "十三五": 2020, "十四五": 2025, "十五五": 2030}


def relative_time_mentions(text: str, reference_year: int | None) -> list[TimeMention]:
    """Deadlines a text states relative to its own year ("今年底前", "明年6月底前", "三年内",
    "用两年时间") or by a five-year plan ("“十五五”期间"): ``reference_year`` is the document's
    year (N years from it end with its (N-1)th following year, as "三年内" in a 2015 text ends
    2017)."""
    found: list[TimeMention] = []
    for match in _RELATIVE.finditer(text):
        due: date | None = None
        if match["plan"]:
            end = _FIVE_YEAR_ENDS.get(match["plan"])
            due = date(end, 12, 31) if end else None
        elif reference_year is None:
            continue
        elif match["this"]:
            if not match["this_tail"] and match["this"] == "当年":
                continue  # "当年" alone names a year of something else ("当年新增")
            due = date(reference_year, 12, 31)
        elif match["next"]:
            month = int(match["month"]) if match["month"] else 12
            due = last_day(reference_year + 1, month) if 1 <= month <= 12 else None
        elif match["count"] or match["ahead"]:
            word = match["count"] or match["ahead"]
            count = CHINESE_COUNTS.get(word) or int(word)
            due = date(reference_year + count - 1, 12, 31) if count else None
        if due is not None:
            found.append(
                TimeMention(match.start(), match.end(), match.group(0), "point", None, due)
            )
    return found


def parse_date(text: str) -> date | None:
    """A single calendar date: ``2016年7月18日`` or ``2017-1-3`` / ``2017.12.25``."""
    match = re.search(rf"(?P<y>{_YEAR})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日", text)
    if match is None:
        match = _ISO_DATE.search(text)
    if match is None:
        return None
    return _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
