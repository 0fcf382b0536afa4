"""Recurring duties: "每半年进行一次工作督查", "每年组织实施一批…", "每季度…分析研判".

A clause with a 每X cue and no quota is a duty to repeat, not a target; a "每年…至少1次" count
is also a duty (SCHEMA.md).  A clause whose 每年 governs a real number is a per-year target and
is left to ``targets``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import TimeMention, find_time_mentions
from policybot.knowledge.extract.normalise import whole_number
from policybot.knowledge.extract.numbers import find_quantities
from policybot.knowledge.extract.records import (
    PERIOD_WORDS,
    TITLE_WIDTH,
    RecurringRecord,
    Span,
)
from policybot.knowledge.extract.similarity import containment
from policybot.knowledge.extract.structure import Piece, heading_level, heading_title, sentences
from policybot.knowledge.extract.units import looks_like_unit, split_unit_list
from policybot.knowledge.glossary import Glossary
from policybot.knowledge.recurrence import MONTHS_PER_PERIOD, month_end

_CUE = re.compile(
    r"每(?:个|一)?(?P<period>半年|季度|季|月|年度|年)"
    # "按季度报送…", "逐月调度…": a period that paces a report or a review
    r"|(?:按|逐)(?P<paced>半年|季度|季|月)(?=[\u4e00-\u9fff]{0,2}?(?:报送|报告|上报|调度|通报|统计|督查|分析"
    # "按月发布运行情况", "按季度公布考核结果" (round 30): a publication or a review paced alike
    r"|发布|公布|监测|考核|检查|评估|汇总|点评|讲评|排名|督办|会商))"
    # "按年度签订责任书" (batch-13 class B13-6): a yearly pledge or review, never "按年度计划"
    r"|按(?P<paced_year>年度)(?=(?:签订|考核|评估|通报|报告|报送|上报))"
    # "定期开展高标准农田建设年度评价激励工作" (B44-4): a review held regularly, once a year
    r"|定期(?=(?:开展|组织|进行)[\u4e00-\u9fff]{0,16}?(?P<regular_year>年度)"
    r"[\u4e00-\u9fff]{0,8}?(?:评价|考核|评估|检查|督查|评比))"
    # "逐月查账": month by month, whatever the verb (not a trend: "逐月递增")
    r"|逐(?P<stepped>季度|季|月)(?![\u4e00-\u9fff]{0,1}(?:递增|递减|增加|增长|减少|下降|上升|提高|降低))"
    # "…等手段,月开展一次督查督办": a bare period opening a clause, with "once" (月调度 shorthand)
    r"|^\s*(?P<bare>半年|季度|季|月)(?=(?:开展|进行|召开|组织|举行|通报|调度|督查|检查|报送|报告)"
    r"[\u4e00-\u9fff]{0,2}?(?:一|1)次)"
)
# "明确每季度对应的量化的工作显现度": a period that divides a quantity to be set, not a duty.
_PLANNED_BY = re.compile(r"(?:明确|确定|细化|分解|列明|落实到|分解到)$")
# "实行“月度盘点+季度研判”": a period label fused with the duty it names.
# Not after 按/逐: "按季度通报…" is the paced duty of ``_CUE``, read once (round 30).
_LABELLED = re.compile(
    r"(?<![每个一上下本当按逐])(?P<label>月度|季度|月|季)"
    r"(?P<duty>[\u4e00-\u9fff]{0,2}?(?:盘点|研判|调度|通报|报告|检查|督查|考核|评估|分析|例会|会商|"
    r"点评|讲评|排名|督办))"
)
# "坚持一月一调度、一季一通报", "半年一总结": one review or report per period (round 30); the
# second word must be a duty ("一年一个台阶" is a pace of progress).
_ONE_PER = re.compile(
    r"(?<![\d第])(?:一|每)(?P<label>年|半年|季度|季|月)一(?:次)?"
    r"(?P<duty>调度|通报|考核|评估|督查|检查|总结|讲评|点评|评比|排名|会商|例会|报告|盘点|研判|督办)"
)
# "将第一、第二、第三季度及全年工作完成情况…报送…" (round 30): reports listed by quarter are a
# quarterly duty (their dates, if given, are milestones of their own).
_LISTED_QUARTERS = re.compile(
    r"第[一1]、(?:第)?[二2]、(?:第)?[三3](?:、(?:第)?[四4])?季度(?:及|和|与|、)?(?:全年|年度)?"
    r"(?P<what>[^,;。]{2,30}?情况)"
)
# B44-6: "在3月、6月、9月、12月底前,把重点工作完成情况报送…": a report at every quarter's end
_QUARTER_END_MONTHS = re.compile(
    r"3月、6月、9月(?:、|和|及)12月(?:底|末)?前?[,,]?(?:把|将)?(?P<what>[^,;。]{2,30}?情况)"
)
_REPORT_VERB = re.compile(r"报送|上报|报告|通报")
# "实行半年报告和年度报告制度": a regime of reports, one duty per period it names.
_REGIME = re.compile(
    r"(?P<items>(?:(?:半年|季度|月度|年度)(?:[\u4e00-\u9fff]{0,2}?(?:报告|通报|调度|考核|检查|督查|评估))?"
    r"(?:和|、|及|与)?){2,})制度"
)
_REGIME_ITEM = re.compile(
    r"(?P<label>半年|季度|月度|年度)(?P<duty>[\u4e00-\u9fff]{0,2}?(?:报告|通报|调度|考核|检查|督查|评估))?"
)
# "于7月初和12月初分别组织一次自查活动": the same duty once at each of two points of the year,
# some half a year apart (mid-year and year end), is a half-yearly duty.
_TWICE_A_YEAR = re.compile(
    r"(?P<first>\d{1,2})月(?:初|中|底|末|上旬|中旬|下旬)?(?:前)?(?:和|、|及)"
    r"(?P<second>\d{1,2})月(?:初|中|底|末|上旬|中旬|下旬)?(?:前)?[^,;。\d]{0,4}?"
    r"(?:分别|各)[^,;。\d]{0,6}?(?:一|1)次(?P<duty>[\u4e00-\u9fff]{2,20})"
)
# "各地于每年6月和12月底前分别报送半年和年度工作总结" (round 30): a report handed in at two
# points of every year, half a year apart, is a half-yearly duty (with a year of its own, "于2031年6月
# 和12月底前分别报送…", the two dates are milestones).
_TWICE_HANDED = re.compile(
    r"(?<!\d年)(?<!\d)(?P<first>\d{1,2})月(?:初|中|底|末|上旬|中旬|下旬)?(?:前)?(?:和|、|及)"
    r"(?P<second>\d{1,2})月(?:初|中|底|末|上旬|中旬|下旬)?(?:前)?[^,;。\d]{0,4}?分别"
    r"(?P<duty>(?:报送|上报|报告|提交|通报)[\u4e00-\u9fff]{2,20})"
)
# "于3月25日、6月25日前报告每季度进展": the dates say when; these are milestones.
_EXACT_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
_COUNT_WORDS = re.compile(r"(?:至少|不少于)?(?:进行|开展|举办|组织)?(?:一|1)(?:次|批|轮)(?:以上)?")
_CLAUSE = re.compile(r"[^,;。]+")


def recurring_in_piece(
    piece: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[RecurringRecord]:
    records: list[RecurringRecord] = []
    phase = _phase_of(piece)
    title_end = piece.start + _heading_title_length(piece.text)
    phrase_end = piece.start + _heading_phrase_length(piece.text)
    for sentence in sentences(piece):
        before = len(records)
        for clause in _CLAUSE.finditer(sentence.text):
            records.extend(_recurring(clause, sentence, ctx, section, lead_units))
        named: list[RecurringRecord] = []  # duties a period label names ("月度调度")
        named.extend(_regime(sentence, ctx, section, lead_units))
        records.extend(_twice_a_year(sentence, ctx, section, lead_units))
        named.extend(_one_per_period(sentence, ctx, section, lead_units))
        records.extend(_listed_quarters(sentence, ctx, section, lead_units))
        for labelled in _LABELLED.finditer(sentence.text):
            named.append(
                RecurringRecord(
                    region=ctx.region,
                    title=labelled.group(0),
                    every=PERIOD_WORDS[labelled["label"]],
                    quote=sentence.text.strip()[:120],
                    lead_units=list(lead_units),
                    span=Span(
                        sentence.start + labelled.start(), sentence.start + labelled.end(), section
                    ),
                )
            )
        # "(一)建立月度调度机制": a heading names the mechanism; the sentences under it, the duty
        # ("(一)建立月度调度机制,市质量办每月…": the same after a comma, where the body names it)
        body = [record for record in records[before:] if record.span.start >= phrase_end]
        records.extend(
            record
            for record in named
            if record.span.start >= title_end
            and not (
                record.span.start < phrase_end and any(duty.every == record.every for duty in body)
            )
        )
        records[before:] = [
            _windowed(record, sentence, section, phase) for record in records[before:]
        ]
    return records


def _heading_title_length(text: str) -> int:
    """How much of a line is a section heading's title ("(一)建立月度调度机制", up to its 。
    where a body follows on the line); 0 for a line that is no heading or a numbered paragraph."""
    if heading_level(text) is None:
        return 0
    title = heading_title(text)
    number = _ITEM_NUMBER.match(text)
    if number is None or len(title) <= number.end() or not text.startswith(title):
        return 0
    if _INSTITUTES.search(title, number.end()) and not text[len(title) :].strip(" \t。"):
        return 0  # "(七)实行季度点评制度,确保任务落实。": the whole statement institutes a cadence
    return len(title)


# "实行季度点评制度", "坚持月度调度制度": a line instituting a cadence names its duty itself (a
# heading "建立月度调度机制" only names a mechanism whose duties are stated under it).
_INSTITUTES = re.compile(
    r"(?:实行|实施|坚持|开展|推行|落实)[\u4e00-\u9fff]{0,4}?(?:半年|季度|月度|年度|月|季)"
    r"[\u4e00-\u9fff]{0,4}?(?:点评|讲评|通报|调度|报告|督查|考核|评估|例会|会商)制度"
)


# "(一)建立月度调度机制,": a numbered heading phrase naming a mechanism, its body after a comma.
_HEADING_PHRASE = re.compile(r"[\u4e00-\u9fff]{2,16}(?:机制|制度|体系)(?=[,,])")


def _heading_phrase_length(text: str) -> int:
    """How much of a numbered line is a heading phrase ending at its first comma ("(一)建立月度调度
    机制,市质量办每月…"); 0 where there is none."""
    number = _ITEM_NUMBER.match(text)
    if number is None:
        return 0
    phrase = _HEADING_PHRASE.match(text, number.end())
    return phrase.end() if phrase else 0


# "(一)启动阶段(2031年11月—2032年2月)。市质量办每月…": a phase heading too long to stand as a
# heading stays at the head of its paragraph; its range is the window of the duties after it.
_PHASE_LEAD = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、)?\s*"
    r"[\u4e00-\u9fff]{1,12}阶段\s*[((](?P<range>[^()()]{4,40})[))]"
)


def _phase_of(piece: Piece) -> str | None:
    match = _PHASE_LEAD.match(piece.text)
    return match["range"] if match else None


# "各乡镇于次月5日前报送上月工作进展": no 每月, but the month after, and a report on the month
# before it, make a monthly duty (the cue is 次月; the day follows it).
_IMPLIED_MONTHLY = re.compile(
    r"(?P<implied>次月)(?=(?:的)?(?:\d{1,2}日|初|上旬|中旬|底|末)[^,;。]*?上(?:一)?(?:个)?月)"
)
# "2031年12月底前…完成…,并于次月5日前报送上月…", "项目通过验收后,…于次月10日前报送上月…": the
# month after a dated step or an event, one report (no monthly duty).
_ONE_OFF = re.compile(
    r"\d{4}年\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前)"
    r"|\d{4}年\d{1,2}月\d{1,2}日(?![起开])"
    r"|(?<=[\u4e00-\u9fff])(?<![今此以然])后(?:[,,]|(?=于?次月))"
)
_PERIOD_GROUPS = ("period", "paced", "paced_year", "regular_year", "bare")


# When in each period a duty falls, right after its cue: "每月5日前", "每季度首月10日前",
# "每季度结束后15日内", "每年12月底前", "每年1月15日前", "在每个季度第1个月的20日前",
# "每季度最后一个月的30日前"; several days of the month ("每月10日、20日前"); the start or the
# middle of the month ("每月初": its first ten days, due on the 10th; "中旬": the 20th); its
# last working day ("每月最后一个工作日": by the month's end).
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_DAYS = (
    rf"(?:(?P<day>{_DAY})日(?P<more>(?:(?:、|和|及|与|或|,)\s*{_DAY}日)*)"
    r"|(?P<end>底|末)|(?P<workday>最后[一1]个工作日)|(?P<early>初|上旬)|(?P<mid>中旬))"
)
_STATED_DAY = re.compile(
    r"^(?:的|于|在)?(?:(?P<first>首月|第[一1]个?月)|(?P<last>最后[一1]个月|末月)"
    # "每季度末后10日内": the days after the period's end, in the month after it
    r"|(?P<after>(?:结束|末|底)后(?:次月)?|次月)"
    r"|(?P<month>1[0-2]|0?[1-9])月份?)?(?:的)?"
    rf"{_DAYS}?(?:前|之前|以前|内|以内)?"
)
# A day stated later in the clause, in the period after ("每月工作情况于次月5日前报送",
# "次月初报送", "…,于半年结束后10日内报送"): the month after the period, that day.
_LATER_DAY = re.compile(
    r"(?:于|在)?(?:(?P<next>次月|下月|下一个?月)|(?:本|当|该|每)?(?P<over>月度?|季度|季|半年|年度?)?"
    r"(?:结束|期满)后(?:次月)?)"
    rf"(?:的)?{_DAYS}(?:前|之前|以前|内|以内)?"
)


# "和9月底前", "、10月15日前": a second date of the year after a yearly duty's first (attack50 L3).
_SECOND_DATE = re.compile(
    rf"^(?:和|、|及|与)\s*(?P<second_month>1[0-2]|0?[1-9])月份?(?:的)?{_DAYS}?"
    r"(?:前|之前|以前|内|以内)?"
)


class _Stated(NamedTuple):
    """When in its period a duty falls: the month of the period (1 = its first, ``months + 1``
    = the month after it), the day (None: the month's end), the document's words, and the other
    days of that month it names."""

    month: int
    day: int | None
    words: str
    also_days: tuple[int, ...] = ()


def _day_of(match: re.Match[str]) -> tuple[int | None, tuple[int, ...]]:
    """The day a ``_DAYS`` match names (初/上旬 the 10th, 中旬 the 20th) and the others."""
    if match["day"]:
        others = tuple(int(day) for day in re.findall(r"\d{1,2}", match["more"] or ""))
        return int(match["day"]), tuple(day for day in others if day != int(match["day"]))
    if match["early"]:
        return 10, ()
    if match["mid"]:
        return 20, ()
    return None, ()


# "每季度末前5日", "每月底前3个工作日": days before the period's end.
_BEFORE_END = re.compile(
    r"^(?:的|于|在)?(?:末|底|结束)(?:之|以)?前(?:的)?(?P<ahead>[1-9]\d?|[一二三四五六七八九十]{1,2})"
    r"(?P<unit>日|天|个工作日)(?:前|之前|以前|内|以内)?"
)


def _before_end(after_cue: str, every: str) -> _Stated | None:
    """ "每季度末前5日": due that many days before the period's end, on the day of its last
    month that is never later than that in any period (the shortest last month counts; working
    days are counted with their weekends), so the reminder is never late."""
    match = _BEFORE_END.match(after_cue)
    if match is None:
        return None
    ahead = whole_number(match["ahead"])
    if ahead is None:
        return None
    if match["unit"] == "个工作日":
        ahead += 2 * ((ahead + 4) // 5)
    months = MONTHS_PER_PERIOD[every]
    shortest = min(calendar.monthrange(2001, month)[1] for month in range(months, 13, months))
    day = shortest - ahead
    if day < 1:
        return None
    return _Stated(months, day, match.group(0))


def _stated_day(after_cue: str, every: str) -> _Stated | None:
    """When in the period the text states right after the cue; None when it states none, or
    only the period's end ("每季度末": as before)."""
    months = MONTHS_PER_PERIOD[every]
    before_end = _before_end(after_cue, every)
    if before_end is not None:
        return before_end
    match = _STATED_DAY.match(after_cue)
    day, also_days = _day_of(match) if match else (None, ())
    if match is not None and match["workday"] and not (match["after"] or match["month"]):
        # "每月最后一个工作日": by the end of the period's last month, in the document's words
        return _Stated(1 if match["first"] else months, None, match.group(0))
    if match is None or not (
        match["first"] or match["last"] or match["after"] or match["month"] or day
    ):
        return None
    if match["after"]:
        if day is None:
            return None  # "每季度结束后报送": no day stated
        month = months + 1
    elif match["month"]:
        if every != "year":
            return None  # "每半年6月…": a month of the year names no month of the period
        month = int(match["month"])
    elif match["last"]:
        month = months  # "每季度最后一个月的30日前"
    else:
        month = 1
    if not match["month"] and day is None and not match["end"]:
        return None  # "首月" alone
    return _Stated(month, day, match.group(0), also_days)


def _later_day(words: str, every: str) -> tuple[_Stated, re.Match[str]] | None:
    """A day in the period after, stated later in the duty's words ("于次月5日前"), and where."""
    match = _LATER_DAY.search(words)
    if match is None:
        return None
    over = match["over"]
    if over and PERIOD_WORDS[over] != every:
        return None  # "每月…年度结束后": another period's end
    if not match["next"] and not over:
        return None  # "结束后10日内" of no period named
    day, also_days = _day_of(match)
    if day is None:
        return None
    return _Stated(MONTHS_PER_PERIOD[every] + 1, day, match.group(0), also_days), match


# An admin's words for a duty's day may begin with the cue ("每月12日前"); "本月" or "当月" after
# them says the report is on the period it is due in.
_DAY_CUE = re.compile(r"^每(?:个|一)?(?:半年度?|季度|季|月|年度|年)")
_THIS_PERIOD = re.compile(r"本|当")


def stated_day_of(words: str, every: str, *, on_the_period_before: bool = False) -> _Stated | None:
    """Words for a duty's day ("每月12日前", "每季度结束后15日内", "1月15日前报送上年度") read as a
    plan's are: month of the period, day (None: its end), the words stating it and the other
    days; None when they state no day. ``on_the_period_before``: the duty reports on the period
    before the one it is due in (as it was read), kept unless the words say 本月/当月."""
    text = words.strip()
    cue = _DAY_CUE.match(text)
    rest = text[cue.end() :] if cue else text
    months = MONTHS_PER_PERIOD.get(every)
    stated = _stated_day(rest, every) if months is not None else None
    if stated is None or months is None:
        return None
    after = rest[len(stated.words) :]
    previous = _PREVIOUS[every].search(after) or (
        on_the_period_before and not _THIS_PERIOD.search(after)
    )
    if stated.month <= months and previous:
        return stated._replace(month=stated.month + months)
    return stated


def _windowed(
    record: RecurringRecord, sentence: Piece, section: str | None, phase: str | None = None
) -> RecurringRecord:
    """The duty with the span it is done in: a range (or a start, "自2026年起") its sentence
    names before it, else the range of the phase its paragraph opens with, else the dates of the
    innermost heading above it that has a range ("(二)实施阶段(2027年3月—2028年6月)")."""
    headings = [*reversed((section or "").split(" / "))]
    if phase:
        headings.insert(0, phase)
    window = _window(sentence.text[: max(record.span.start - sentence.start, 0)], headings)
    if window is None:
        return record
    return replace(
        record, window_start=window.first, window_end=window.last, window_text=window.text
    )


def _window(before: str, headings: list[str]) -> TimeMention | None:
    spans = [m for m in find_time_mentions(before) if m.kind in ("range", "start") and m.first]
    day_range = _day_range(before)
    if day_range is not None and (not spans or day_range.end > spans[-1].end):
        return day_range
    if spans:
        return spans[-1]
    for heading in headings:
        ranges = [m for m in find_time_mentions(heading) if m.kind == "range" and m.first]
        if ranges and ranges[-1].last is not None:
            return ranges[-1]
        day_range = _day_range(heading) or _period_range(heading)
        if day_range is not None:
            return day_range
    return None


def window_from_headings(record: RecurringRecord, headings: list[str]) -> RecurringRecord:
    """A duty without a window takes the range of the innermost heading above it that has one
    (a task-table row under "(二)实施阶段(2032年下半年)"); one with a window keeps it."""
    if record.window_start is not None:
        return record
    window = _window("", [*reversed(headings)])
    if window is None:
        return record
    return replace(
        record, window_start=window.first, window_end=window.last, window_text=window.text
    )


# A span named by its periods, which the general date reader dates by their end only:
# "2032年下半年", "2032年第二季度", "2032年下半年至2033年上半年", and a phase's bare year
# ("启动阶段(2032年)"): from the first period's first day to the last one's last day.
_PERIOD_NAME = r"(?:上半年|下半年|第?[一二三四1-4]季度|全年)"
_PERIOD_RANGE = re.compile(
    rf"(?P<y1>(?:19|20)\d{{2}})年度?(?P<p1>{_PERIOD_NAME})"
    rf"(?:\s*(?:—{{1,2}}|–|-|~|～|至|到)\s*(?:(?P<y2>(?:19|20)\d{{2}})年度?)?(?P<p2>{_PERIOD_NAME}))?"
)
_PHASE_YEAR = re.compile(
    r"(?<=阶段[((])\s*(?P<y1>(?:19|20)\d{2})年度?(?=\s*[))])"
    r"|^\s*(?P<alone>(?:19|20)\d{2})年度?\s*$"  # the bracket of a phase lead, on its own
)
_QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _period_months(name: str | None) -> tuple[int, int]:
    if name is None or name == "全年":
        return 1, 12
    if name == "上半年":
        return 1, 6
    if name == "下半年":
        return 7, 12
    quarter = _QUARTER_NUMBERS[name.lstrip("第")[0]]
    return quarter * 3 - 2, quarter * 3


def _period_range(text: str) -> TimeMention | None:
    """The last span ``text`` names by its periods (see ``_PERIOD_RANGE``), None when none."""
    found: TimeMention | None = None
    for match in [*_PERIOD_RANGE.finditer(text), *_PHASE_YEAR.finditer(text)]:
        groups = match.groupdict()
        first_year = int(groups.get("y1") or groups["alone"])
        last_year = int(groups.get("y2") or first_year)
        first_month, _ = _period_months(groups.get("p1"))
        _, last_month = _period_months(groups.get("p2") or groups.get("p1"))
        first, last = date(first_year, first_month, 1), month_end(last_year, last_month)
        if first <= last and (found is None or match.end() >= found.end):
            found = TimeMention(match.start(), match.end(), match.group(0), "range", first, last)
    return found


# A range the general date reader leaves as two points or reads not at all: to the day
# ("2032年3月15日—2032年8月20日", "2032年3月15日至2032年8月20日期间") or dotted ("2032.3—2032.8").
_DATE_PART = (
    r"(?P<{y}>(?:19|20)\d{{2}})(?:年|\.|/)(?P<{m}>1[0-2]|0?[1-9])(?:月|\.|/)?"
    r"(?:(?P<{d}>3[01]|[12]\d|0?[1-9])日?)?"
)
_DAY_RANGE = re.compile(
    _DATE_PART.format(y="y1", m="m1", d="d1")
    + r"\s*(?:—{1,2}|–|-|~|～|至|到)\s*"
    + r"(?:(?P<y2>(?:19|20)\d{2})(?:年|\.|/))?(?P<m2>1[0-2]|0?[1-9])(?:月|\.|/)?"
    + r"(?:(?P<d2>3[01]|[12]\d|0?[1-9])日?)?(?!\d)"
)


def _day_range(text: str) -> TimeMention | None:
    """The last such range in ``text``, its ends the days it names (a month's first and last day
    where it names a month only); None when it names none, or one that ends before it starts."""
    found: TimeMention | None = None
    for match in _DAY_RANGE.finditer(text):
        first_year, first_month = int(match["y1"]), int(match["m1"])
        last_year, last_month = int(match["y2"] or first_year), int(match["m2"])
        try:
            first = date(first_year, first_month, int(match["d1"] or 1))
            last = (
                date(last_year, last_month, int(match["d2"]))
                if match["d2"]
                else month_end(last_year, last_month)
            )
        except ValueError:
            continue
        if first <= last:
            found = TimeMention(match.start(), match.end(), match.group(0), "range", first, last)
    return found


def _one_per_period(
    sentence: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[RecurringRecord]:
    """ "一月一调度、一季一通报": each item is the duty it names, at its period."""
    return [
        RecurringRecord(
            region=ctx.region,
            title=match.group(0),
            every=PERIOD_WORDS[match["label"]],
            quote=sentence.text.strip()[:120],
            lead_units=list(lead_units),
            span=Span(sentence.start + match.start(), sentence.start + match.end(), section),
        )
        for match in _ONE_PER.finditer(sentence.text)
    ]


def _listed_quarters(
    sentence: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[RecurringRecord]:
    """ "将第一、第二、第三季度及全年责任事项完成情况…报送至…": one quarterly report of what
    is listed, with the verb that hands it in."""
    match = _LISTED_QUARTERS.search(sentence.text) or _QUARTER_END_MONTHS.search(sentence.text)
    if match is None:
        return []
    verb = _REPORT_VERB.search(sentence.text, match.end())
    if verb is None:
        return []
    return [
        RecurringRecord(
            region=ctx.region,
            title=f"按季度{verb.group(0)}{match['what']}"[:TITLE_WIDTH],
            every="quarter",
            quote=sentence.text.strip()[:120],
            lead_units=list(lead_units),
            span=Span(sentence.start + match.start(), sentence.start + verb.end(), section),
        )
    ]


def _twice_a_year(
    sentence: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[RecurringRecord]:
    records: list[RecurringRecord] = []
    matches = [*_TWICE_A_YEAR.finditer(sentence.text), *_TWICE_HANDED.finditer(sentence.text)]
    for match in matches:
        if not 4 <= int(match["second"]) - int(match["first"]) <= 8:
            continue
        records.append(
            RecurringRecord(
                region=ctx.region,
                title=match["duty"],
                every="half-year",
                quote=sentence.text.strip()[:120],
                lead_units=list(lead_units),
                span=Span(sentence.start + match.start(), sentence.start + match.end(), section),
            )
        )
    return records


def _regime(
    sentence: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[RecurringRecord]:
    """ "实行半年报告和年度报告制度": one duty per period; a bare period ("半年和年度报告制度")
    takes the duty named after the last one."""
    records: list[RecurringRecord] = []
    for regime in _REGIME.finditer(sentence.text):
        items = list(_REGIME_ITEM.finditer(regime["items"]))
        shared = next((item["duty"] for item in reversed(items) if item["duty"]), None)
        if shared is None:
            continue
        for item in items:
            records.append(
                RecurringRecord(
                    region=ctx.region,
                    title=f"{item['label']}{item['duty'] or shared}",
                    every=PERIOD_WORDS[item["label"]],
                    quote=sentence.text.strip()[:120],
                    lead_units=list(lead_units),
                    span=Span(
                        sentence.start + regime.start(), sentence.start + regime.end(), section
                    ),
                )
            )
    return records


@lru_cache(maxsize=8)
def _has_cue(sentence: str) -> bool:
    """Cached: each clause of a long sentence asks it of the same sentence."""
    return _CUE.search(sentence) is not None


def _recurring(
    clause: re.Match[str],
    sentence: Piece,
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
) -> list[RecurringRecord]:
    text = clause.group(0)
    cue = _CUE.search(text)
    if cue is None and not _has_cue(sentence.text):
        # "于次月5日前报送上月工作进展": a report on the month before, due each month after it
        cue = _IMPLIED_MONTHLY.search(text)
        if cue is not None and _ONE_OFF.search(sentence.text[: clause.start() + cue.start()]):
            return []
    if cue is None or _in_book_title(sentence.text, clause.start() + cue.start()):
        return []
    groups = cue.groupdict()
    if len(_EXACT_DATE.findall(text[: cue.start()])) >= 2:
        return []  # dated reports ("于3月25日、6月25日前报告每季度进展") are milestones
    if _PLANNED_BY.search(text[: cue.start()]):
        return []
    if groups.get("stepped"):
        # "“年初建账、逐月查账、年底交账”": the step is named with its own verb, up to the next item
        step = re.split(r"[、”\"]|的", text[cue.end() :], maxsplit=1)[0]
        if len(step) < 2:
            return []
        return [
            RecurringRecord(
                region=ctx.region,
                title=f"{cue.group(0)}{step}"[:TITLE_WIDTH],
                every=PERIOD_WORDS[groups["stepped"]],
                quote=text.strip()[:120],
                lead_units=_subject_units(text[: cue.start()], lead_units),
                span=Span(sentence.start + clause.start(), sentence.start + clause.end(), section),
            )
        ]
    word = next((groups[name] for name in _PERIOD_GROUPS if groups.get(name)), "月")
    every = PERIOD_WORDS[word]  # no period word: the month of ``_IMPLIED_MONTHLY``
    stated = _stated_day(text[cue.end() :], every)
    duty = text[cue.end() + len(stated.words) :] if stated else text[cue.end() :]
    due_text = f"{cue.group(0)}{stated.words}" if stated else None
    if stated is None:
        later = _later_day(duty, every)
        if later is not None:  # "每月工作情况于次月5日前报送…": the day is no part of the duty
            stated, found = later
            duty = duty[: found.start()] + duty[found.end() :]
        else:
            stated = _day_in_following_clauses(sentence.text[clause.end() :], every)
        due_text = f"{cue.group(0)},{stated.words.lstrip('于在')}" if stated else None
        ended = _period_end(text[cue.end() :])
        if stated is None and ended:
            # "每季度末": the period's end, which the calendar assumes; said in its words
            due_text = f"{cue.group(0)}{ended.group(0)}"
    stated = _on_the_period_before(stated, every, duty)
    # "每年3月底和9月底前报送…" (attack50 L3): a second date of the year after the first; the words
    # are no part of the duty. Half a year apart, the same day: a half-yearly duty; else each date
    # its own yearly duty.
    second = _SECOND_DATE.match(duty) if stated and every == "year" and due_text else None
    other: _Stated | None = None
    if stated is not None and second is not None and due_text is not None:
        duty = re.sub(r"^(?:分别|各)", "", duty[second.end() :])  # 分别: at each of the two
        due_text += second.group(0)
        month, (day, _) = int(second["second_month"]), _day_of(second)
        if month - stated.month == 6 and day == stated.day:
            every = "half-year"  # the month of each half the first names (3: March, September)
        elif month != stated.month:
            other = _Stated(month, day, second.group(0))
    # the stated day ("5日前") is no quantity of the duty
    counted = text[: cue.end()] + duty
    quantities = [q for q in find_quantities(counted) if not (q.unit == "次" and q.value <= 1)]
    if quantities:
        return []
    title = _COUNT_WORDS.sub("", duty)
    title = re.sub(
        r"^(?:末|初|底|中旬|前|以前|\d{1,2}日前?|将|要|都|均|至少|免费)+", "", title
    ).strip(" 、")
    title = _ASIDE.sub("", title).strip(" ,、")  # "每季度末(分别在6月、9月和12月底)": a gloss
    # "(三)市质量办每半年…": the item's number is no part of who does it; "市质量办定期(每季度)开展
    # 督查": the bracket round the cue is no part of either side
    subject = _ITEM_NUMBER.sub("", text[: cue.start()].strip())
    if re.search(r"[((]$", subject) and re.match(r"^[))]", title):
        subject = re.sub(r"(?:定期)?[((]$", "", subject)
        title = title[1:].strip(" ,、")
    if 2 <= len(title) < 3 and not subject:
        # "…定期对各项工作进展情况进行督查,每季度通报一次": what is reported is what the clause
        # before names (round 30)
        reviewed = _REVIEWED.search(sentence.text[: clause.start()])
        if reviewed:
            title = f"{title}{reviewed['what']}"
    # "市市场监管局于每月…": the 于 before the cue is no part of the unit's name
    subject_unit = re.sub(
        r"(?<=[\u4e00-\u9fff]{2})(?:于|在)$", "", re.sub(r"^(?:由|请)", "", subject)
    )
    # "市政府每半年开展一次督查": a two-character duty is named well enough after the unit doing it
    by_unit = len(title) == 2 and looks_like_unit(subject_unit) and len(subject_unit) <= 16
    if len(title) < 3 and not by_unit and not re.search(r"(?:在|于)$", subject):
        # "对获证企业巡查每年不少于1次": the duty is named before the cue (not "各单位要在每季度末…",
        # where the words before the cue say who and when).
        title = re.sub(r"^(?:各(?:区|县|镇|地)|全(?:市|区|县))", "", subject)
    if (len(title) < 3 and not by_unit) or _ONLY_WHEN.fullmatch(title):
        # "在每个季度第1个月的20日前,将…报…": the duty is the clause after the time.
        following = _CLAUSE.search(sentence.text, clause.end() + 1)
        title = _DUTY_START.sub("", following.group(0)) if following else ""
    if (len(title) < 3 and not by_unit) or _ONLY_WHEN.fullmatch(title):
        return []
    units = list(lead_units)
    if subject_unit and looks_like_unit(subject_unit) and len(subject_unit) <= 16:
        units = [subject_unit]
        title = f"{subject_unit}{title}"
    elif listed := _listed_units(subject_unit):
        # "东湖区市场监管局、西湖区市场监管局每月5日前报送…": each unit named is the duty's
        units = listed
        title = f"{subject_unit}{title}"
    record = RecurringRecord(
        region=ctx.region,
        title=title[:TITLE_WIDTH],
        every=every,
        quote=text.strip()[:120],
        lead_units=units,
        span=Span(sentence.start + clause.start(), sentence.start + clause.end(), section),
        due_month=stated.month if stated else None,
        due_day=stated.day if stated else None,
        due_text=due_text,
        also_days=list(stated.also_days) if stated else [],
    )
    if other is None:
        return [record]
    return [record, replace(record, due_month=other.month, due_day=other.day, also_days=[])]


# A duty's day said as its period's end only ("每季度末", "每月底前"); not when days before or
# after it follow ("每季度末后10日内", "每季度末前5日" not read as a day: never the period's end).
_PERIOD_END = re.compile(r"(?:末|底)(?:前|之前|以前)?")
_OFFSET_AFTER = re.compile(r"^(?:后|的?[\d一二三四五六七八九十])")


def _period_end(after_cue: str) -> re.Match[str] | None:
    ended = _PERIOD_END.match(after_cue)
    if ended is None or _OFFSET_AFTER.match(after_cue[ended.end() :]):
        return None
    return ended


def _on_the_period_before(stated: _Stated | None, every: str, duty: str) -> _Stated | None:
    """ "每月5日前报送上月…": the report on the month before, due in the month after it."""
    if stated and stated.month <= MONTHS_PER_PERIOD[every] and _PREVIOUS[every].search(duty):
        return stated._replace(month=stated.month + MONTHS_PER_PERIOD[every])
    return stated


def _day_in_following_clauses(rest: str, every: str) -> _Stated | None:
    """ "每半年报送一次工作总结,于半年结束后10日内报送": a day the clauses after the duty's
    state, up to the next clause with a cue of its own (another duty's)."""
    for following in _CLAUSE.finditer(rest):
        if _CUE.search(following.group(0)):
            return None
        later = _later_day(following.group(0), every)
        if later is not None:
            return later[0]
    return None


def with_stated_day(record: RecurringRecord, when: str, duty: str) -> RecurringRecord:
    """The duty with the day ``when`` states for its period ("每月10日前", a task-table row's
    time cell), read as a sentence's cue and day are; unchanged when it states none."""
    cue = _CUE.match(when)
    if cue is None or not cue["period"] or PERIOD_WORDS[cue["period"]] != record.every:
        return record
    stated = _on_the_period_before(_stated_day(when[cue.end() :], record.every), record.every, duty)
    if stated is None:
        ended = _period_end(when[cue.end() :])  # "每季度末": the period's end, in words
        if ended is None or record.due_text:
            return record
        return replace(record, due_text=f"{cue.group(0)}{ended.group(0)}")
    return replace(
        record,
        due_month=stated.month,
        due_day=stated.day,
        due_text=f"{cue.group(0)}{stated.words}",
        also_days=list(stated.also_days),
    )


# A report on the period before the one it is due in ("每年1月15日前报送上年度工作总结").
_PREVIOUS: dict[str, re.Pattern[str]] = {
    "month": re.compile(r"上(?:一)?(?:个)?月"),
    "quarter": re.compile(r"上(?:一)?(?:个)?季(?:度)?"),
    "half-year": re.compile(r"上(?:一)?(?:个)?半年度"),
    "year": re.compile(r"上(?:一)?年(?:度)?"),
}

# The object of the review a sentence's previous clause names, ending right before this clause.
_REVIEWED = re.compile(r"对(?P<what>[^,;。]{2,30}?)(?:进行|开展|实施)[\u4e00-\u9fff]{1,4}[,;]\s*$")

_ITEM_NUMBER = re.compile(
    r"^(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}、)\s*"
)


def _listed_units(subject: str) -> list[str]:
    """The units of a subject that lists two or more ("甲局、乙局", "甲局和乙局"), else []."""
    if not re.search(r"[、和及]", subject):
        return []
    names = split_unit_list(subject)
    if len(names) < 2 or not all(looks_like_unit(name) and len(name) <= 16 for name in names):
        return []
    return names


def _subject_units(before: str, lead_units: list[str]) -> list[str]:
    """The unit a clause opens with ("某区政府办公室将严格按照…"), else the governing units."""
    match = re.match(
        r"^(?:由|请)?(?P<unit>[\u4e00-\u9fff]{2,16}?)(?:将|要|应|须|负责|按照)", before
    )
    if match and looks_like_unit(match["unit"]):
        return [match["unit"]]
    return list(lead_units)


# What a clause holds when it only says when in the period a duty falls.
_ONLY_WHEN = re.compile(
    r"(?:的)?(?:第[一二三\d]个?月)?(?:的)?(?:\d{1,2}日|末|初|底|上旬|中旬|下旬)?(?:前|以前)?"
)
_DUTY_START = re.compile(r"^(?:并|将|要|均|须|应)+")


# A bracketed gloss on the time or the place ("(星期五)", "(分别在6月、9月和12月底)", "(办公室设在…,
# 联系电话…" cut at a comma): never the duty's name.
_ASIDE = re.compile(r"\([^()]*\)|\([^()]*$")


def _in_book_title(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("《") > before.count("》")


def deduplicate(records: list[RecurringRecord]) -> list[RecurringRecord]:
    """The duties, each once: a later statement of the same period and much the same words is
    dropped, unless both name who does them and no unit does both ("各乡镇每月…报送县农业农村局",
    then "县农业农村局每月20日前报送…": the recipient of one duty owns the next), or both state
    their day and the days differ (每季度首月5日前 to 市品牌办, 每季度首月15日前 to the province)."""
    kept: list[RecurringRecord] = []
    for record in records:
        if any(
            other.every == record.every
            and containment(other.title, record.title) >= 0.6
            and not _other_owners(other, record)
            and not _other_days(other, record)
            for other in kept
        ):
            continue
        kept.append(record)
    return kept


def _other_owners(one: RecurringRecord, other: RecurringRecord) -> bool:
    """Whether both duties name their units and none of them does both."""
    first = set(one.lead_units) | set(one.support_units)
    second = set(other.lead_units) | set(other.support_units)
    if not (first and second):
        return False
    return not any(_same_unit(a, b) for a in first for b in second)


def _other_days(one: RecurringRecord, other: RecurringRecord) -> bool:
    """Whether both duties state the day they fall due and the days differ (a month's end
    stated, "每年3月底" and "每年10月15日前", is a day too: attack50 L3)."""
    if one.due_month is None or other.due_month is None:
        return False
    return (one.due_month, one.due_day) != (other.due_month, other.due_day)


_GLOSSARY = Glossary()
_LEVEL_PREFIXES = "市区县"


def _same_unit(one: str, other: str) -> bool:
    """Whether two names are one body: the same, one the other without its level prefix
    (市市场监管局, 市场监管局 in a table), or one the other's short or later name (市市场监督管理局,
    市市场监管局)."""
    names = {one, *_GLOSSARY.other_names(one)}
    return any(
        name == other
        or (name[:1] in _LEVEL_PREFIXES and name[1:] == other)
        or (other[:1] in _LEVEL_PREFIXES and other[1:] == name)
        for name in names
    )
