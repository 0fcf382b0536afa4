"""Milestones: dated events and phases that are not counts.

Three shapes occur: phase headings with their dates in brackets ("(一)宣传发动(2015年9月底前)",
"(三)常态推进(2016年以后)" -> a start), a dated achievement in a sentence ("确保2017年中通过省预
验收"), and the document's own entry into force and the documents it stops.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import (
    TimeMention,
    dekad_end,
    find_time_mentions,
    last_day,
    relative_time_mentions,
)
from policybot.knowledge.extract.feasts import FEAST_BEFORE, feast_eve
from policybot.knowledge.extract.numbers import find_quantities
from policybot.knowledge.extract.records import TITLE_WIDTH, MilestoneRecord, Span
from policybot.knowledge.extract.similarity import containment
from policybot.knowledge.extract.structure import Paragraph, Piece, sentences
from policybot.knowledge.extract.tables import Indicator, TableRow
from policybot.knowledge.extract.targets import UNDECIDED
from policybot.knowledge.extract.units import leading_units, looks_like_unit, trailing_note

_PHASE_TIME = re.compile(
    r"[(]\s*(?P<time>[^()]*(?:19|20)\d{2}[^()]*)[)]|[::]\s*(?P<after_colon>(?:19|20)\d{2}年[^。;,]*)"
)
_RECURRING_CUE = re.compile(r"每(?:年|半年|季度|季|月)|定期|分别(?:组织|开展|进行)?一次|月度|季度")
_LEADING_NOISE = re.compile(r"^(?:[,;:、]|力争|确保|争取|基本|全面|并|要|将|前|内)+")
_ASIDE = re.compile(r"\([^()]*\)|\([^()]*$")
_NOT_EVENT = re.compile(r"^(?:以来|期间|的|以前|之前|是|为|已|我市|我区|我县)")


# "(一)第一期目标从2002年到2005年,产品质量总体水平达到全国中等水平": a phase named and dated
# at the start of a heading, its aim after the comma.
_PHASE_RANGE = re.compile(
    r"^(?:\(?[一二三四五六七八九十\d]{1,2}[)、.])?\s*"
    r"(?P<name>第[一二三四五六七八九十]+(?:期|阶段)|近期|中期|远期)(?:目标|任务)?(?:为|是)?\s*"
    r"(?P<time>(?:从|自)?(?:19|20)\d{2}年?\s*(?:到|至|—|-|–|~)\s*(?:19|20)\d{2}年)\s*[,:]?"
    r"(?P<detail>[^。;]*)"
)


# "三年内取消申报资格", "5年内不得迁离", "两年内不予受理": a span a sanction or a promise not to do
# something lasts, no date an event is due.
_SANCTION_AFTER = re.compile(
    r"^\s*(?:不得|不予|取消|禁止|暂停|停止|不再|不能|不准|不迁|不变更|不改变|不减少|不外迁|不搬离)"
)


def _named_phase(
    paragraph: Paragraph, ctx: DocContext, lead_units: list[str]
) -> MilestoneRecord | None:
    match = _PHASE_RANGE.match(paragraph.text)
    if match is None or paragraph.heading_level is None:
        return None
    mentions = [m for m in find_time_mentions(match["time"]) if m.kind == "range"]
    detail = match["detail"].strip(" ,")
    if not mentions or len(detail) < 4:
        return None
    quote_end = paragraph.start + match.end()
    return MilestoneRecord(
        region=ctx.region,
        title=f"{detail[:40]}({match['name']})",
        quote=ctx.text[paragraph.start : quote_end][:120],
        start=mentions[0].first,
        due=mentions[0].last,
        due_text=mentions[0].text,
        lead_units=list(lead_units),
        span=Span(paragraph.start, quote_end, paragraph.section),
    )


def _without_unit_note(detail: str) -> str:
    """A phase's description without the unit note closing its sentence: "实施阶段(各街道每月5日前
    报送…(牵头单位:区质量办))" showed the raw clause; who leads is the record's units, not its
    label."""
    detail = detail.strip(" ,:;。")
    note = trailing_note(detail)
    if note is not None and 4 <= note.start < len(detail):
        detail = detail[: note.start]
    return detail.strip(" ,:;。")


def phase_milestone(
    paragraph: Paragraph, body: Piece | None, ctx: DocContext, lead_units: list[str]
) -> MilestoneRecord | None:
    """A heading that carries its own dates in brackets is a phase of the plan."""
    named = _named_phase(paragraph, ctx, lead_units)
    if named is not None:
        return named
    match = _PHASE_TIME.search(paragraph.text)
    is_phase_line = bool(re.match(r"^第[一二三四五六七八九十]+阶段", paragraph.text))
    if not match and paragraph.heading_level is not None:
        return _month_phase(paragraph, body, ctx, lead_units)
    if not match or (paragraph.heading_level is None and not is_phase_line):
        return None
    # the words before the dates name the phase: no list, clause or title in them (the item
    # number "一、" opening the heading is no list)
    before = re.sub(r"^\s*[一二三四五六七八九十\d]{1,3}、", "", paragraph.text[: match.start()])
    if re.search(r"[《》,,。、]", before):
        return None
    mentions = find_time_mentions(match["time"] or match["after_colon"])
    if not mentions:
        return None
    mention = mentions[0]
    name = re.sub(
        r"^(?:[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十\d]+[、.])",
        "",
        paragraph.text[: match.start()],
    ).strip(" .、")
    if not name or len(name) > 30:
        return None
    start, due = _phase_dates(mention)
    time_text = match["time"] or match["after_colon"]
    days = _dated_day_span(time_text, mentions) or _yearless_last_day(time_text, mention)
    if days is not None:
        mention = days[1]
        start, due = days[0].last, days[1].last
    detail = ""
    tail = paragraph.text[match.end() :].strip(" 。.")
    if tail:
        detail = re.split(r"[。;]", tail)[0]
    elif body is not None and not _NEXT_ITEM.match(body.text):
        detail = re.split(r"[。;]", body.text)[0]
    detail = _without_unit_note(detail)
    title = f"{name}({detail[:40]})" if detail else name
    quote_end = paragraph.end if len(paragraph.text) <= 120 else paragraph.start + 120
    return MilestoneRecord(
        region=ctx.region,
        title=title,
        quote=ctx.text[paragraph.start : quote_end],
        start=start,
        due=due,
        due_text=mention.text,
        lead_units=list(lead_units),
        span=Span(paragraph.start, quote_end, paragraph.section),
    )


# "(二)集中整治阶段(5月至10月)", "动员部署阶段(3月上旬—4月底)": a phase of an annual plan
# dated by months alone (round 30).
_MONTH_PHASE = re.compile(
    r"^(?:[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十\d]+[、.])?\s*"
    # "(一)调查摸底(4月份)": a numbered step named without 阶段, dated the same way
    # (not "一、上半年工作完成情况(1-6月)": months reported on)
    r"(?P<name>[\u4e00-\u9fff]{2,12}阶段|(?<=[))、.])[\u4e00-\u9fff]{2,10}(?<!情况)(?<!总结)(?<!进展))"
    r"\s*[((]\s*"
    # "宣传发动阶段(即日起至4月15日)": from the signing on, to the day named
    r"(?:(?P<today>即日起?)(?=\s*(?:至|到)))?"
    # ("5-10月份": the first month of a range may leave its 月 to the last)
    r"(?(today)|(?P<m1>\d{1,2})(?:月(?:(?P<d1>\d{1,2})日)?(?P<k1>上旬|中旬|下旬|初|中)?(?:份)?"
    r"|(?=\s*(?:—|-|–|~|～|至|到)\s*\d{1,2}月)))"
    # D50 (attack51 M5): "(一)动员部署阶段(7月底前)": a phase due by a month's end, no start
    r"(?P<by>底前|底|末|以前|之前|前)?\s*"
    # B56-4: "(一)动员部署阶段(5月)": a phase of one month
    r"(?:(?:—|-|–|~|～|至|到)+\s*"
    r"(?P<m2>\d{1,2})月(?:(?P<d2>\d{1,2})日)?(?P<k2>上旬|中旬|下旬|底|末)?(?:份)?(?:前)?\s*)?[))]"
)
_DEKAD_START = {"上旬": 1, "初": 1, "中旬": 11, "中": 11, "下旬": 21}


def _month_phase(
    paragraph: Paragraph, body: Piece | None, ctx: DocContext, lead_units: list[str]
) -> MilestoneRecord | None:
    """A phase heading dated by months only, in a one-year plan (or a text with no period dated
    by its one year, D50: ``DocContext.month_only_year``): those months of its year."""
    match = _MONTH_PHASE.match(paragraph.text)
    year = ctx.month_only_year
    if match is None or year is None:
        return None
    start: date | None
    if match["today"]:
        # from the signing date (none known: no start) to the day named after 至
        if match["m2"] is None:
            return None
        issued = ctx.meta.issued
        start = issued if issued is not None and issued.year == year else None
        dekad = match["k2"] if match["k2"] in ("上旬", "中旬", "下旬") else None
        due = _day_or_month_end(year, int(match["m2"]), match["d2"], dekad)
        if due is None or (start is not None and due < start):
            return None
        return _month_phase_record(paragraph, body, ctx, lead_units, match, start, due)
    first = int(match["m1"])
    if match["by"]:
        # "(7月底前)", "(9月30日前)": due by then, no start written
        if match["m2"] is not None or not 1 <= first <= 12:
            return None
        dekad = match["k1"] if match["k1"] in ("上旬", "中旬", "下旬") else None
        start, due = None, _day_or_month_end(year, first, match["d1"], dekad)
        if due is None:
            return None
    else:
        if match["m2"] is None and (match["d1"] or match["k1"]):
            return None  # "(5月10日)", "(5月上旬)": a day or a dekad, no month-long phase
        last = int(match["m2"] or first)
        if not 1 <= first <= last <= 12:
            return None
        try:
            start = date(year, first, int(match["d1"] or _DEKAD_START.get(match["k1"] or "", 1)))
        except ValueError:
            return None
        dekad = match["k2"] if match["k2"] in ("上旬", "中旬", "下旬") else None
        due = _day_or_month_end(year, last, match["d2"], dekad)
        if due is None or due < start:
            return None
    return _month_phase_record(paragraph, body, ctx, lead_units, match, start, due)


def _month_phase_record(
    paragraph: Paragraph,
    body: Piece | None,
    ctx: DocContext,
    lead_units: list[str],
    match: re.Match[str],
    start: date | None,
    due: date,
) -> MilestoneRecord:
    tail = paragraph.text[match.end() :].strip(" 。.:")
    detail = re.split(r"[。;]", tail)[0] if tail else ""
    if not detail and body is not None:
        detail = re.split(r"[。;]", body.text)[0]
    detail = _without_unit_note(detail)
    quote_end = paragraph.end if len(paragraph.text) <= 120 else paragraph.start + 120
    return MilestoneRecord(
        region=ctx.region,
        title=f"{match['name']}({detail[:40]})" if detail else match["name"],
        quote=ctx.text[paragraph.start : quote_end],
        start=start,
        due=due,
        due_text=match.group(0),
        lead_units=list(lead_units),
        span=Span(paragraph.start, quote_end, paragraph.section),
    )


def deadlines_inside_phase(
    steps: list[MilestoneRecord],
    phase: MilestoneRecord,
    body: Piece,
    ctx: DocContext,
) -> list[MilestoneRecord]:
    """The dated steps a phase paragraph names besides its own span: "评估阶段(10月—12月):…
    12月20日前报市政府" is due on the 20th, and a reminder on the phase's last day comes late.

    Kept: a step due on a day of its own (not the phase's last day, which restates the phase),
    whether it writes its year or takes it from the phase ("12月20日前" in a phase of 2025年10月—
    12月 is 2025-12-20)."""
    if phase.due is None:
        return []
    kept = [
        step
        for step in steps
        if step.due is not None
        and step.start is None
        and step.due != phase.due
        and _DAY_WRITTEN.search(step.due_text or "")
        and "年" in (step.due_text or "")  # a yearless day takes the phase's year, below
    ]
    known = {step.due for step in kept}
    for step in _yearless_steps(phase, body, ctx):
        if step.due not in known:
            kept.append(step)
    return kept


_DAY_WRITTEN = re.compile(r"\d{1,2}日|[一二三四五六七八九十]{1,3}日|月底|月末|月中|[上中下]旬")
# "…,12月20日前报市政府": a day without its year, inside a phase's text
_YEARLESS_STEP = re.compile(
    r"(?<![年\d])(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:前|之前|以前)\s*(?P<what>[^,,;;。]{2,30})"
)


def _yearless_steps(phase: MilestoneRecord, body: Piece, ctx: DocContext) -> list[MilestoneRecord]:
    """Steps dated by month and day alone, in the year that puts them inside the phase."""
    if phase.start is None or phase.due is None:
        return []
    steps: list[MilestoneRecord] = []
    for match in _YEARLESS_STEP.finditer(body.text):
        due = _inside(phase.start, phase.due, int(match["month"]), int(match["day"]))
        # B45-6: "全面整治阶段(7月16日至8月31日)。…要将整改情况于9月25日前报…": a hand-in after
        # the phase's end, later in its year, is due that day (the phase's work reported on)
        due = due or _later_that_year(phase.due, int(match["month"]), int(match["day"]))
        if due is None or due == phase.due:
            continue
        steps.append(
            MilestoneRecord(
                region=ctx.region,
                title=match["what"].strip(),
                quote=match.group(0),
                due=due,
                due_text=match.group(0)[: match.end("day") - match.start() + 1],
                lead_units=list(phase.lead_units),
                span=Span(body.start + match.start(), body.start + match.end(), phase.span.section),
            )
        )
    return steps


def _later_that_year(last: date, month: int, day: int) -> date | None:
    """The day after a phase's end, in the year it ends, that a report of its work is due."""
    try:
        candidate = date(last.year, month, day)
    except ValueError:
        return None
    return candidate if candidate > last else None


def _inside(first: date, last: date, month: int, day: int) -> date | None:
    for year in range(first.year, last.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if first <= candidate <= last:
            return candidate
    return None


# "(二)集中攻坚(2025年1月11日-2025年10月底)": a phase's bracket giving two dated days (or a day
# and a month's end) joined as a span; its first day opens the phase, its second closes it
# (B46-1). The second may carry the join itself ("至2031年10月31日").
_SPAN_JOIN = re.compile(r"\s*(?:至|到|—|-|–|~|～)+\s*$")
_JOINED_SECOND = re.compile(r"^(?:至|到)")
# The next item of a list ("(三)持续推进…", "三、…"): no description of the phase before it.
_NEXT_ITEM = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、)"
)


def _dated_day_span(
    time_text: str, mentions: list[TimeMention]
) -> tuple[TimeMention, TimeMention] | None:
    """The first two point mentions of a phase's bracket when the bracket joins them as a span
    and the second is not earlier, or None."""
    if len(mentions) < 2:
        return None
    first, second = mentions[0], mentions[1]
    if first.kind != "point" or second.kind != "point":
        return None
    if first.last is None or second.last is None or second.last < first.last:
        return None
    between = time_text[first.end : second.start]
    joined = _SPAN_JOIN.match(between) or (
        not between.strip() and _JOINED_SECOND.match(second.text)
    )
    return (first, second) if joined else None


_YEARLESS_LAST_DAY = re.compile(
    r"\s*(?:至|到|—|-|–|~|～)+\s*(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
)


def _yearless_last_day(
    time_text: str, first: TimeMention
) -> tuple[TimeMention, TimeMention] | None:
    """X60-6: "报名时间:2032年3月1日至3月31日": a day span whose last day leaves its year to the
    first day's (the first and last days), else None."""
    if first.kind != "point" or first.last is None:
        return None
    match = _YEARLESS_LAST_DAY.match(time_text, first.end)
    if match is None:
        return None
    try:
        last = date(first.last.year, int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    if last < first.last:
        return None
    second = TimeMention(match.start(), match.end(), match.group(0).strip(), "point", None, last)
    return first, second


def _phase_dates(mention: TimeMention) -> tuple[date | None, date | None]:
    if mention.kind == "range":
        return mention.first, mention.last
    if mention.kind == "start":
        return mention.first, None
    return None, mention.last


def milestones_in_piece(
    piece: Piece,
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
    current_year: int | None = None,
) -> list[MilestoneRecord]:
    """Dated events in a piece; ``current_year`` resolves "年内" in a table's year column."""
    records: list[MilestoneRecord] = []
    lead: TimeMention | None = None
    # "到2020年,A达到96%;B比2015年减少1%;C基本消除黑臭水体。": the horizon that opens a full
    # sentence dates the end states of its later ;-parts too.
    horizon: TimeMention | None = None
    # "到2018年:新增…。完善…,基本建成旅游城市。": a year and a colon opening the piece head all of
    # its sentences, not only the first (B47-11)
    colon_horizon: TimeMention | None = None
    opens_sentence = True
    # B50-2: "…,计划通过3年时间的努力,…;…,成功创建省级…示范县。": the years a sentence's work
    # takes date the title its later ;-parts say the place is to win
    during: TimeMention | None = None
    for number, sentence in enumerate(sentences(piece)):
        if number == 0 and _COLON_LEAD.match(sentence.text):
            colon_horizon = _opening_point(sentence.text)
        found = _milestones_in_sentence(sentence, ctx, section, lead_units, current_year)
        found = [_month_span_phase(record, sentence.text, ctx) for record in found]
        if not found and lead is not None:
            found = _continued_aim(sentence, ctx, lead, section, lead_units)
        if not found and horizon is not None and not opens_sentence:
            found = _horizon_end_states(sentence, ctx, horizon, section, lead_units)
        elif not found and colon_horizon is not None and number > 0:
            found = _horizon_end_states(sentence, ctx, colon_horizon, section, lead_units)
        if not found and current_year is None:
            found = _plan_year_projects(sentence, ctx, section, lead_units)
        # "到2031年,实现以下目标:": a lead pointing at the items listed below it is no event
        found = [record for record in found if not _LIST_LEAD_TITLE.search(record.title)]
        records.extend(found)
        lead = _opening_point(sentence.text) if found else None
        if opens_sentence:
            horizon = _opening_point(sentence.text)
            during = None if horizon is not None else _duration_point(sentence.text, ctx)
        if during is not None and not opens_sentence and not found:
            records.extend(_won_titles(sentence, ctx, during, section, lead_units))
        opens_sentence = sentence.text.rstrip().endswith(("。", "!", "?"))
        if opens_sentence:
            horizon = None
    return records


# "3—6月,开展全县农村厕所摸底排查", "2031年7月至9月,组织各乡镇…整改": a span of months opening a
# clause whose work goes on through it (开展/组织/推进…, not 完成/建成: work due by the span's end, as
# `_range_opens_a_finish` reads year spans) is a phase: it starts with the first month, not only ends
# with the last.  The year is the span's own or that of a one-year plan.
_MONTH_SPAN_PHASE = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,2}[))]|[一二三四五六七八九十\d]{1,2}[、.])?\s*"
    r"(?:(?P<year>(?:19|20)\d{2})年)?(?P<m1>\d{1,2})(?:月(?:份)?(?P<k1>上旬|中旬|下旬|初)?)?"
    r"\s*[—\-–~～至到]+\s*(?P<m2>\d{1,2})月(?:份)?(?:上旬|中旬|下旬|底|末)?\s*[,,]\s*"
    r"(?:各[\u4e00-\u9fff]{1,6}(?:要|应)?)?"
    r"(?:开展|组织|推进|实施|进行|集中|全面开展|启动|部署|督导|检查|宣传|排查|整治|整改|培训)"
)


def _month_span_phase(record: MilestoneRecord, text: str, ctx: DocContext) -> MilestoneRecord:
    if record.start is not None or record.due is None:
        return record
    span = _MONTH_SPAN_PHASE.match(text)
    if span is None:
        return record
    year = int(span["year"]) if span["year"] else ctx.month_only_year
    first, last = int(span["m1"]), int(span["m2"])
    if year is None or record.due.year != year or record.due.month != last or not first < last:
        return record
    start = date(year, first, _DEKAD_START.get(span["k1"] or "", 1))
    return replace(record, start=start)


_END_STATE = re.compile(
    r"消除|无劣[ⅤV五5](?:[((][ⅤV]+[))])?类|"
    r"基本(?:解决|完善|满足|建立|建成|普及|覆盖|健全)|全面(?:建成|完成|实现)"
)


_COLON_LEAD = re.compile(r"^\s*(?:到|至)(?:19|20)\d{2}年(?:底|末)?\s*[::]")


def _horizon_end_states(
    sentence: Piece,
    ctx: DocContext,
    horizon: TimeMention,
    section: str | None,
    lead_units: list[str],
) -> list[MilestoneRecord]:
    """The clauses of a later ;-part of a sentence opened by "到YYYY年," that state something
    ended or settled ("…基本消除黑臭水体", "无劣Ⅴ类水体"; no date, no number of their own):
    milestones of that horizon.  Aims to reach a level ("达到全州平均水平", "格局初步形成") are
    not taken from such parts: too often a plan's wish rather than an event."""
    found: list[MilestoneRecord] = []
    for body, start in _undated_clauses(sentence.text):
        if not _END_STATE.search(body):
            continue
        title = _LEADING_NOISE.sub("", body)
        if len(title) < 6 or _GENERIC_AIM.match(title) or _COUNTED_LABEL.search(title):
            continue
        found.append(
            _record(ctx, sentence, horizon, title, start, start + len(body), section, lead_units)
        )
    return found


def _undated_clauses(text: str) -> Iterator[tuple[str, int]]:
    """The clauses of a ;-part with no date (none in the whole part) and no number of their
    own, each stripped, with where it starts in ``text``: the end states and the titles to win
    that a sentence's opening horizon dates."""
    if find_time_mentions(text):
        return
    for clause in re.finditer(r"[^,;。]+", text):
        body = clause.group(0).strip()
        if body and not find_quantities(body):
            yield body, clause.start() + clause.group(0).index(body)


def _duration_point(text: str, ctx: DocContext) -> TimeMention | None:
    """The span of years ("计划通过3年时间") that opens a clause of the text, if any."""
    for mention in relative_time_mentions(text, ctx.document_year):
        if mention.text.endswith("时间") and _DURATION_LEAD.search(text, 0, mention.end):
            return mention
    return None


_WON_TITLE = re.compile(
    r"^(?:成功)?创建(?:成为?)?[\u4e00-\u9fff“”]{2,20}?"
    r"(?:强县|强市|强区|强省|示范区|示范县|示范市|示范城市|文明城市|卫生城市|园林城市|旅游城市)$"
)


def _won_titles(
    sentence: Piece,
    ctx: DocContext,
    during: TimeMention,
    section: str | None,
    lead_units: list[str],
) -> list[MilestoneRecord]:
    """Clauses of a later ;-part that name a title the place is to win ("成功创建省级…示范县", no
    date, no number of their own): milestones at the end of the years the sentence's work takes."""
    return [
        _record(ctx, sentence, during, body, start, start + len(body), section, lead_units)
        for body, start in _undated_clauses(sentence.text)
        if _WON_TITLE.match(body)
    ]


# "2020年底,…力争进入市内前列。力争城区营商环境总体水平进入全市先进行列。": a sentence that only
# adds a further aim (力争/确保/争取 + an achievement, no date, no number) right after an aim
# dated by its opening time shares that time.
_FURTHER_AIM = re.compile(r"^\s*(?:力争|确保|争取)")


def _opening_point(text: str) -> TimeMention | None:
    mentions = find_time_mentions(text)
    if not mentions or mentions[0].kind != "point" or mentions[0].last is None:
        return None
    first = mentions[0]
    return first if not text[: first.start].strip(" 到至在截止") else None


def _continued_aim(
    sentence: Piece,
    ctx: DocContext,
    lead: TimeMention,
    section: str | None,
    lead_units: list[str],
) -> list[MilestoneRecord]:
    text = sentence.text.strip()
    body = text.strip(" 。;,")
    if (
        not _FURTHER_AIM.match(body)
        or find_time_mentions(body)
        or find_quantities(body)
        or not _ACHIEVEMENT_VERB.search(body)
        or "," in body
        or len(body) > 60
    ):
        return []
    start = sentence.text.index(body)
    title = _LEADING_NOISE.sub("", body)
    return [_record(ctx, sentence, lead, title, start, start + len(body), section, lead_units)]


# "兰州…1号线一期工程建成运营、某机场投入运营": a project and the step it is to reach.
_PROJECT_STEP = re.compile(
    r"^(?:力争|确保|争取)?(?P<title>(?:开工建设)?[^,;。、:]{2,40}?"
    r"(?:工程|项目|机场|铁路|公路|高速|线|站|港|码头|大桥|医院|学校|中心|园)[^,;。、:]{0,8}?"
    r"(?:建成运营|投入运营|投入使用|建成通车|通车运营|建成投产|竣工投产|全线贯通))$"
    r"|^(?:力争|确保|争取)?(?P<started>开工建设[^,;。:]{2,40}?(?:工程|项目|机场|铁路|公路|高速|线))$"
)


def _plan_year_projects(
    sentence: Piece, ctx: DocContext, section: str | None, lead_units: list[str]
) -> list[MilestoneRecord]:
    """In a plan of one year ("2018年全省经济社会发展主要指标和重点工作任务"), a project to be
    opened, put in service or started that year is a year-end milestone (no date of its own)."""
    period = ctx.meta.period
    if not period or period[0] != period[1] or find_time_mentions(sentence.text)[1:]:
        return []
    year_end = TimeMention(0, 0, f"{period[0]}年", "point", None, date(period[0], 12, 31))
    records: list[MilestoneRecord] = []
    for clause in re.finditer(r"[^,;。、:]+", sentence.text):
        body = clause.group(0).strip()
        match = _PROJECT_STEP.match(body)
        if match is None or find_time_mentions(body):
            continue
        if any(quantity.unit not in ("号", "期") for quantity in find_quantities(body)):
            continue  # "新增高速公路通车里程200公里": a count, not a project's step
        title = match["title"] or match["started"]
        start = clause.start() + clause.group(0).index(body)
        records.append(
            _record(ctx, sentence, year_end, title, start, start + len(body), section, lead_units)
        )
    return records


def _within_year(text: str, year: int | None, words: str) -> list[TimeMention]:
    """ "年内向国家质检总局提请正式验收" in the 2017 column, "年终…进行考评" in a 2011 annual
    plan: due by the end of that year."""
    if year is None:
        return []
    return [
        TimeMention(match.start(), match.end(), match.group(0), "point", None, date(year, 12, 31))
        for match in re.finditer(rf"(?<![\d年])(?:{words})", text)
    ]


# "实现以下目标:", "主要目标如下": a lead that points at the items listed below it, no event.
_LIST_LEAD_TITLE = re.compile(r"(?:以下|如下)[\u4e00-\u9fff]{0,6}[::]?\s*$")
# A date followed by a clock time is a page's posting stamp.
_CLOCK_AFTER = re.compile(r"\s*\d{1,2}[::]\d{2}")
# "已经自治区人民政府1997年第六次常务会议通过", "经县政府2031年第3次常务会议研究同意" (ext59,
# milestones: gold section empty): the year dates the meeting that adopted the document, no step
# of its work.
_MEETING_AFTER = re.compile(
    r"(?:度)?\s*第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*次[\u4e00-\u9fff]{0,8}?会议"
)
# "《政府工作报告》对2023年区政府工作进行了全面安排部署": the year qualifies work already planned
# (进行了/作出了 report a past act); nothing falls due then.
_DONE_ALREADY = re.compile(r"(?:进行|作出|做出)了")


# "市政府将于年中、年末对…进行专项督查" in a one-year plan: 年中 is that year's 30 June.
_MID_YEAR = re.compile(r"(?<![\d年上下])年中(?![国华央心])")


def _mid_year(text: str, year: int | None) -> list[TimeMention]:
    """ "年中" with no year of its own, in a one-year plan (or a year column): due 30 June."""
    if year is None:
        return []
    return [
        TimeMention(match.start(), match.end(), match.group(0), "point", None, date(year, 6, 30))
        for match in _MID_YEAR.finditer(text)
    ]


# What a notice demands by a month it names without a year ("确保11月底…", "务必于6月底前…").
_DEMANDED = re.compile(
    r"(?:确保|务必|必须|力争|争取|要在|要于|须在|须于|请于|请在)\s*(?:在|于)?\s*$"
)


def _tail(match: re.Match[str]) -> str | None:
    """A month mention's tail with 之前/以前 read as 前 ("4月15日之前" is "4月15日前")."""
    tail = match["tail"]
    return re.sub(r"(?:之|以)(?=前$)", "", tail) if tail else tail


def _is_demanded(text: str, match: re.Match[str]) -> bool:
    """ "确保11月底圆满完成作业任务": a month end a notice demands, with no year anywhere before it;
    in a signed notice it is the first such month end from the signing on."""
    return _tail(match) in ("底", "底前", "前", "末") and bool(
        _DEMANDED.search(text, max(0, match.start() - 8), match.start())
    )


def _opens_sentence(text: str, match: re.Match[str]) -> bool:
    """ "…予以公布。12月10日前,各单位将整改情况报…": a month-only deadline that opens a sentence in a
    signed notice that writes no year is, like a demanded one, the first such day from the
    signing on (B51-3)."""
    before = text[: match.start()].rstrip(" \u3000")
    if _tail(match) not in ("底", "底前", "前") or (before and before[-1] not in "。;;\n"):
        return False
    # "9月底,全区已完成…": a sentence reporting what was done by then is no deadline (attack46:
    # dated the next year's September when the notice was signed after it)
    sentence = re.split(r"[。;;\n]", text[match.end() :], maxsplit=1)[0]
    return _REPORTED_DONE.search(sentence) is None


# What a sentence says was done (已完成, 已经, 完成了, 累计完成…): a report, not a deadline;
# 已开展自查的单位 (已 before a noun's clause) still asks something of them.
_REPORTED_DONE = re.compile(
    r"已经|已(?:完成|实现|建成|达到|累计|全面|基本|顺利|圆满|全部)"
    r"|(?:完成|实现|建成|达到|开展|召开|举办|印发|出台)了|累计完成|共完成"
)


_MONTH_ONLY = re.compile(
    r"(?<![\d年])(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?(?P<dekad>上旬|中旬|下旬)?"
    # "4月15日之前报送", "6月底以前完成" (ext59): 之前/以前 are 前
    r"(?P<tail>底(?:之|以)?前|底|末|(?:之|以)?前|份|初|中)?"
)


def _month_only(
    text: str, mentions: list[TimeMention], current_year: int | None, issued: date | None = None
) -> list[TimeMention]:
    """ "2018年:6月底前完成…,12月底前完成…": a month takes the year stated before it.  Without
    one, a hand-in date ("请于12月17日前…报送") is the first such day from the signing on, even
    when the year the document is about (the title's) has passed."""
    found: list[TimeMention] = []
    covered = _covered(len(text), _spans(mentions))
    years_before = _YearsBefore(mentions)
    for match in _MONTH_ONLY.finditer(text):
        if covered[match.start()]:
            continue
        earlier = years_before.at(match.start())
        year = earlier or current_year
        month = int(match["month"])
        demanded = (
            year is None
            and issued is not None
            and (_is_demanded(text, match) or _opens_sentence(text, match))
        )
        if demanded and issued:
            year = issued.year
        if year is None or not 1 <= month <= 12:
            continue
        due = _day_or_month_end(year, month, match["day"], match["dekad"])
        # "请于12月17日前…报送" (not a time of day); "确保11月底圆满完成…" in a notice with no year
        handed_in = _tail(match) in ("前", "底前") or demanded
        if due is not None and handed_in and not earlier and issued and due < issued:
            due = _day_or_month_end(issued.year, month, match["day"], match["dekad"])
            if due is not None and due < issued:
                due = _day_or_month_end(issued.year + 1, month, match["day"], match["dekad"])
        if due is not None:
            found.append(
                TimeMention(match.start(), match.end(), match.group(0), "point", None, due)
            )
    return found


def month_due(text: str, ctx: DocContext) -> date | None:
    """The first month-only deadline of a short text ("9月底前完成", a task note's time limit)
    in a one-year plan: that month of the plan's year (D50: ``DocContext.month_only_year``)."""
    found = _month_only(text, [], ctx.month_only_year, ctx.meta.issued)
    return found[0].last if found else None


_SEASON_ONLY = re.compile(
    # not after 、 (nor 第 then 、): "第一、第二、第三季度…情况" names the quarters reported on (round 30)
    r"(?<![\d年每各个、第])(?:(?P<half>上半年|下半年)|(?:第)?(?P<quarter>[一二三四])季度(?:末|底)?)"
    r"(?:前|以前|之前)?"
)


# "上半年进展情况", "一季度工作总结", "三季度完成情况": a period naming what is reported on.
_PERIODS_STATUS = re.compile(
    r"(?:的)?(?:重点|主要|各项)?(?:工作)?(?:进展|完成|落实|执行|推进|运行)?(?:情况|总结)"
)


def _feast_only(
    text: str, mentions: list[TimeMention], current_year: int | None, issued: date | None
) -> list[TimeMention]:
    """ "春节前完成…", "国庆节前建成…" in an annual plan (or a year column): the eve of that
    year's feast, or of the next year's when the plan was signed after it ("确保春节前农民工工资
    全部结清" in a plan signed in March is next winter's) (round 30)."""
    if current_year is None:
        return []
    found: list[TimeMention] = []
    covered = _covered(len(text), _spans(mentions))
    for match in FEAST_BEFORE.finditer(text):
        due = feast_eve(match["feast"], current_year)
        if due is not None and issued is not None and due < issued:
            due = feast_eve(match["feast"], current_year + 1)
        if covered[match.start()] or due is None:
            continue
        found.append(TimeMention(match.start(), match.end(), match.group(0), "point", None, due))
    return found


def _season_only(
    text: str, mentions: list[TimeMention], current_year: int | None
) -> list[TimeMention]:
    """ "上半年完成…", "三季度末前建成…" in an annual plan (or after a stated year): due at the end
    of that half-year or quarter of the year in force."""
    found: list[TimeMention] = []
    covered = _covered(len(text), _spans(mentions))
    years_before = _YearsBefore(mentions)
    for match in _SEASON_ONLY.finditer(text):
        if covered[match.start()]:
            continue
        if _PERIODS_STATUS.match(text, match.end()):
            continue  # "报告上半年进展情况": the half-year names the status reported, no due date
        year = years_before.at(match.start()) or current_year
        if year is None:
            continue
        if match["half"]:
            month = 6 if match["half"] == "上半年" else 12
        else:
            month = 3 * "一二三四".index(match["quarter"]) + 3
        due = last_day(year, month)
        found.append(TimeMention(match.start(), match.end(), match.group(0), "point", None, due))
    return found


def _covered(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """Which characters of a text some span covers: "is this inside a mention?" is one look
    instead of a pass over every mention (a line of 2,000 dates asked it 4 million times)."""
    covered = bytearray(length)
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return covered


def _spans(mentions: list[TimeMention]) -> Iterator[tuple[int, int]]:
    return ((mention.start, mention.end) for mention in mentions)


class _YearsBefore:
    """The year of the last mention (in the list's order) that ends at or before a position.
    Positions are asked left to right, so all the questions of a text cost one pass."""

    def __init__(self, mentions: list[TimeMention]) -> None:
        self._mentions = mentions
        self._by_end = sorted((m.end, index) for index, m in enumerate(mentions) if m.year)
        self._passed = 0
        self._last = -1

    def at(self, position: int) -> int | None:
        while self._passed < len(self._by_end) and self._by_end[self._passed][0] <= position:
            self._last = max(self._last, self._by_end[self._passed][1])
            self._passed += 1
        return self._mentions[self._last].year if self._last >= 0 else None


def _day_or_month_end(
    year: int, month: int, day: str | None, dekad: str | None = None
) -> date | None:
    if day is None:
        return dekad_end(year, month, dekad)
    try:
        return date(year, month, int(day))
    except ValueError:
        return None


_REQUEST = re.compile(r"请(?:[^,;。]{0,12}?)?(?:于|在)$")
_REQUEST_BEFORE_MENTION = re.compile(r"请[^,;。]{0,12}?$")


def _is_request(text: str, mention: TimeMention) -> bool:
    """ "请于12月17日前将…报送", "请有关单位和各界人士在2022年4月14日前…提出意见": what a notice asks of
    its readers by a date (the 于/在 may open the time expression itself)."""
    if _REQUEST.search(text, max(0, mention.start - 16), mention.start):
        return True
    return mention.text.startswith(("于", "在")) and bool(
        _REQUEST_BEFORE_MENTION.search(text, max(0, mention.start - 16), mention.start)
    )


# "确保调整后的2015-2016年工程建设任务顺利完成": work of a range of years that must be finished is
# due when the range ends.
_DEMAND_BEFORE = re.compile(r"(?:确保|务必|保证|力争)[^,;。]{0,8}$")
_FINISH_AFTER = re.compile(
    r"^[^,;。]{0,20}?(?:任务|工作|项目|工程)[^,;。]{0,4}?(?:全面|顺利|圆满)?(?:完成|建成)"
)


def _range_to_finish(text: str, mention: TimeMention) -> bool:
    return bool(
        _DEMAND_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        and _FINISH_AFTER.match(text[mention.end : mention.end + 40])
    ) or _range_opens_a_finish(text, mention)


# "2031—2032年,完成检测中心主体工程建设": a span whose clause opens with a verb of finishing
# names work due by the span's end (one that opens with 推进/开展 is work going on through it).
_FINISH_OPENS = re.compile(r"\s*[,,]?\s*(?:全面|基本|全部)?(?:完成|建成)(?!率)")


def _range_opens_a_finish(text: str, mention: TimeMention) -> bool:
    return _FINISH_OPENS.match(text, mention.end) is not None


def _range_end(mention: TimeMention) -> TimeMention:
    return TimeMention(mention.start, mention.end, mention.text, "point", None, mention.last)


def _milestones_in_sentence(
    sentence: Piece,
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
    current_year: int | None = None,
) -> list[MilestoneRecord]:
    """Each future date of a sentence with the event that follows it, unless that is a count."""
    text = sentence.text
    found = find_time_mentions(text)
    mentions = [m for m in found if m.kind in ("point", "start")]
    mentions += [_range_end(m) for m in found if m.kind == "range" and _range_to_finish(text, m)]
    mentions.sort(key=lambda m: m.start)
    period = ctx.meta.period
    annual = period[0] if period and period[0] == period[1] else None
    # M49-2: a text with no period that writes one year only ("做好2031年环保专项行动…", "于6月
    # 底前报送…") dates its month-only steps in that year; D50-3 (attack51 M5): one that writes
    # no year but its signing date ("(二)集中整治阶段(9月底前)") dates them in its own year
    months_year = ctx.month_only_year
    # In a table's year column "当年" is that year; in an annual plan's prose it names things
    # ("当年绿化调度工作"), so only the words of a deadline count there.
    within = (
        _within_year(text, current_year, "年内|当年|年底前")
        if current_year
        else _within_year(text, annual, "年内|年底前|年底|年末|年终")
    )
    within += _mid_year(text, current_year or annual)
    mentions = sorted(mentions + within, key=lambda m: m.start)
    mentions = sorted(
        mentions + _month_only(text, mentions, current_year or months_year, ctx.meta.issued),
        key=lambda m: m.start,
    )
    mentions = sorted(
        mentions + _season_only(text, mentions, current_year or annual), key=lambda m: m.start
    )
    mentions = sorted(
        mentions + _feast_only(text, mentions, current_year or annual, ctx.meta.issued),
        key=lambda m: m.start,
    )
    # "今年各项工作", "“十三五”期间…部署": a bare year word names the year's work; only a stated
    # end ("今年底前", "明年6月底前", "三年内") dates an event.
    relative = [
        m
        for m in relative_time_mentions(text, ctx.document_year)
        if re.search(r"(?:底前|底|末|内|时间|月|前)$", m.text)
        and "期间" not in m.text
        and not _SANCTION_AFTER.match(text[m.end :])
    ]
    covered = _covered(len(text), _spans(mentions))
    mentions = sorted(
        mentions + [m for m in relative if not covered[m.start]], key=lambda m: m.start
    )
    records: list[MilestoneRecord] = []
    if ctx.is_commendation:
        # a commendation reports what was done; nothing is due but what it asks the recipients
        # to hand in ("请于12月17日前将银行账户信息报送…")
        mentions = [m for m in mentions if _is_request(text, m)]
    basis = _covered(len(text), (match.span() for match in _BASIS_SPAN.finditer(text)))
    publicity, mentions = _publicity_phase(sentence, mentions, ctx, section, lead_units)
    records.extend(publicity)
    closing, mentions = _consultation_close(sentence, mentions, ctx, section, lead_units)
    records.extend(closing)
    steps, mentions = _step_phase(sentence, mentions, ctx, section, lead_units)
    records.extend(steps)
    windows, mentions = _activity_window(sentence, mentions, found, ctx, section, lead_units)
    records.extend(windows)
    dates = _SentenceDates(text, mentions)
    for index, mention in enumerate(mentions):
        if dates.in_brackets[index] or not _is_future(mention, ctx):
            continue
        # B56-6: "分别于6月底和7月底报送阶段性报告": a date listed before another shares its event,
        # so whether it names a thing is read where the list ends, not in "和7月底报送…报告"
        if dates.names_a_thing[dates.list_end[index]] or _ALREADY.search(
            text, max(0, mention.start - 8), mention.start
        ):
            continue
        if basis[mention.start] or _is_news_report(text, mention):
            continue
        if _CLOCK_AFTER.match(text, mention.end):
            continue  # "2023年02月13日 10:53:20": when a page was posted, not a deadline
        if _MEETING_AFTER.match(text, mention.end):
            continue  # "…1997年第六次常务会议通过": when a meeting adopted the document
        if _WHOEVER_BEFORE.search(text, max(0, mention.start - 3), mention.start):
            continue  # "凡2008年以后引进的项目,…给予奖励": who qualifies from when, no phase
        if _HIGHER_DEPLOYMENT.search(text, max(0, mention.start - 30), mention.start):
            continue  # "按照国家统一部署,自2014年起在东北启动试点": the nation's step, not the plan's
        if _ALREADY_LISTED.search(text, max(0, mention.start - 8), mention.start):
            continue  # B44-3: "已纳入2019年国务院大督查范围": where the work stands, no step of it
        step = _year_end_step(text, mention)
        if step is not None:
            title, start, end = step
            records.append(_record(ctx, sentence, mention, title, start, end, section, lead_units))
            continue
        done = _done_before_date(text, mention) or _done_after_work(text, mention)
        if done is not None:  # the clause after the date is only the verb of finishing
            title, start, end = done
            records.append(_record(ctx, sentence, mention, title, start, end, section, lead_units))
            continue
        event = _shared_event(text, dates, index)
        if event is None:
            if len(mentions) == 1:
                records.extend(
                    _record(ctx, sentence, mention, title, start, end, section, lead_units)
                    for title, start, end in _lead_phrase_events(text, mention)
                )
            continue
        if _unfinished(ctx, sentence, event[1]) or _DONE_ALREADY.search(event[0]):
            continue
        if _names_no_event(text, mention, event[0]):
            continue
        title, quote_end = event
        quote_start = _quote_start(text, mention)
        while quote_end > quote_start and text[quote_end - 1] in "、,;: ":
            quote_end -= 1
        launched = _launch_year_end(mention, text[mention.end : quote_end])
        records.append(
            MilestoneRecord(
                region=ctx.region,
                title=title[:TITLE_WIDTH],
                quote=text[quote_start:quote_end][:120],
                start=mention.first if mention.kind == "start" and not launched else None,
                due=launched or (mention.last if mention.kind == "point" else None),
                due_text=mention.text,
                lead_units=list(lead_units),
                span=Span(sentence.start + quote_start, sentence.start + quote_end, section),
            )
        )
        if len(mentions) == 1 and _SETTLED_STATE.search(title):
            records.extend(
                _record(ctx, sentence, mention, title, start, end, section, lead_units)
                for title, start, end in _settled_clauses_after(text, mention, quote_end)
            )
    return records


# M49-1: what a bare year's event must say to be one: a verb of doing or of reaching a state
# (``_EVENT_VERB``, ``_ACHIEVEMENT_VERB``), of putting into service ("投入运营") or of closing a
# plan's work ("2033年:全面总结评估", attack51 M2).
_INTO_SERVICE = re.compile(r"投入(?:运营|使用|运行|生产)|总结|评估|复核|收尾|部署|推进")


def _names_no_event(text: str, mention: TimeMention, title: str) -> bool:
    """ "2031年,甲乙丙三镇的农贸市场和停车场": a bare year whose event, and the clause before the
    year, hold no verb names things, not a step due that year (``_names_a_thing`` reads only the
    clause after the year; the event may be taken from the next one)."""
    if not re.fullmatch(r"(?:19|20)\d{2}年", mention.text):
        return False
    clause_start = max(text.rfind(mark, 0, mention.start) for mark in ",;。\n") + 1
    said = text[clause_start : mention.start] + title
    return not (
        _EVENT_VERB.search(said) or _ACHIEVEMENT_VERB.search(title) or _INTO_SERVICE.search(said)
    )


# "公示时间为2032年3月2日至3月9日", "公示期:2032年3月2日—3月9日": the 公示 is a phase from the
# first date to the second (the second, a month and day only, is not a deadline of its own).
_PUBLICITY_BEFORE = re.compile(r"公示(?:时间|期限|期|日期)?\s*(?:为|是|:|:|自|从)?\s*$")
# "公开征求意见的时间为2031年3月1日—2031年3月31日": a consultation with its first and last day is
# the same kind of dated phase as a 公示 (B48-1); the one with its last day only is
# ``_consultation_close``'s.
_CONSULTATION_SPAN_BEFORE = re.compile(
    r"(?P<what>(?:公开)?征求意见)(?:的)?(?:时间|期限|期|日期)\s*(?:为|是|:|:|自|从)?\s*$"
)
_RANGE_JOIN = re.compile(r"\s*(?:至|到|—|-|–|~|～)+\s*$")


# "第一步:2031年4月1日--4月10日,申报省级示范镇", "第二阶段:3月1日至5月31日,集中整治": a
# numbered step whose span of days leads its clause is a phase from the first day to the second,
# titled by what the clause does (B43-3).
_STEP_BEFORE = re.compile(
    r"(?:^|[。;;\n])\s*(?:第[一二三四五六七八九十\d]{1,3}(?:步|阶段)|[一二三四五六七八九十]{1,3}是)"
    r"\s*[::]?\s*$"
)
_STEP_ACTION = re.compile(r"^\s*[,,::]?\s*(?P<action>[\u4e00-\u9fff“”《》、]{2,40})")


def _day_ranges(
    text: str, mentions: list[TimeMention]
) -> Iterator[tuple[TimeMention, TimeMention]]:
    """Each two mentions in a row that ``text`` joins as a span of days (…至…, …--…), both
    dated and in order: the phases' first and last days."""
    for first, second in pairwise(mentions):
        if (
            first.last is not None
            and second.last is not None
            and _RANGE_JOIN.match(text[first.end : second.start])
            and second.last >= first.last
        ):
            yield first, second


def _step_phase(
    sentence: Piece,
    mentions: list[TimeMention],
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
) -> tuple[list[MilestoneRecord], list[TimeMention]]:
    """The phase a numbered step's span of days opens, and the mentions left for the other rules."""
    text = sentence.text
    for first, second in _day_ranges(text, mentions):
        step = _STEP_BEFORE.search(text[: first.start])
        if step is None:
            continue
        action = _STEP_ACTION.match(text[second.end :])
        if action is None:
            continue
        quote = re.sub(r"^[。;;\s]+", "", text[step.start() : second.end + action.end()])
        span = Span(sentence.start + first.start, sentence.start + second.end, section)
        record = _phase_record(ctx, action["action"], quote, (first, second), span, lead_units)
        return [record], [m for m in mentions if m is not first and m is not second]
    return [], mentions


def _publicity_phase(
    sentence: Piece,
    mentions: list[TimeMention],
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
) -> tuple[list[MilestoneRecord], list[TimeMention]]:
    """The 公示 phase of a sentence and the mentions left for the other rules."""
    text = sentence.text
    for first, second in _day_ranges(text, mentions):
        title = "公示"
        if _PUBLICITY_BEFORE.search(text, max(0, first.start - 12), first.start):
            start = text.rfind("公示", max(0, first.start - 12), first.start)
        else:
            consultation = _CONSULTATION_SPAN_BEFORE.search(
                text, max(0, first.start - 16), first.start
            )
            if consultation is None:
                continue
            title, start = consultation["what"], consultation.start()
        span = Span(sentence.start + start, sentence.start + second.end, section)
        quote = text[start : second.end]
        record = _phase_record(ctx, title, quote, (first, second), span, lead_units)
        return [record], [m for m in mentions if m is not first and m is not second]
    return [], mentions


def _phase_record(
    ctx: DocContext,
    title: str,
    quote: str,
    days: tuple[TimeMention, TimeMention],
    span: Span,
    lead_units: list[str],
) -> MilestoneRecord:
    """A phase running over a span of ``days`` (its first and last), as the step and 公示
    rules both read it."""
    first, last = days
    return MilestoneRecord(
        region=ctx.region,
        title=title,
        quote=quote[:120],
        start=first.last,
        due=last.last,
        due_text=last.text,
        lead_units=list(lead_units),
        span=span,
    )


# "公开征求意见时间截至2031年11月5日", "意见反馈截止时间为…": the last day a draft takes comments is
# a dated phase's end, as a 公示's last day for objections is (round 33) (B41-3).
_CONSULTATION_BEFORE = re.compile(
    r"(?P<what>(?:公开)?征求意见|意见(?:征集|反馈))(?:的)?(?:时间|期限|日期|截止时间)?\s*"
    r"(?:为|是|:|:)?\s*(?P<close>截至|截止(?:到|至)?|至)?\s*$"
)


def _consultation_close(
    sentence: Piece,
    mentions: list[TimeMention],
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
) -> tuple[list[MilestoneRecord], list[TimeMention]]:
    """The day a public consultation closes, and the mentions left for the other rules."""
    text = sentence.text
    for mention in mentions:
        before = _CONSULTATION_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if before is None or mention.last is None or mention.kind != "point":
            continue
        if not before["close"] and not mention.text.startswith(("截至", "截止", "至")):
            continue  # "征求意见时间2031年…" without the word that makes the day its last
        record = _close_record(ctx, before, mention, sentence, section, lead_units)
        return [record], [m for m in mentions if m is not mention]
    return [], mentions


def _close_record(
    ctx: DocContext,
    label: re.Match[str],
    mention: TimeMention,
    sentence: Piece,
    section: str | None,
    lead_units: list[str],
) -> MilestoneRecord:
    """The last day of what ``label`` names (its ``what`` group: 征求意见, 报名…), dated by
    ``mention``: a consultation's and a notice window's close are read alike."""
    text = sentence.text
    return MilestoneRecord(
        region=ctx.region,
        title=f"{label['what']}截止",
        quote=text[label.start() : mention.end][:120],
        due=mention.last,
        due_text=mention.text,
        lead_units=list(lead_units),
        span=Span(sentence.start + label.start(), sentence.start + mention.end, section),
    )


# X60-6: "报名时间:2032年3月1日至3月31日", "活动时间为2032年4月至6月", "申报截止日期为2032年5月20日",
# "申报时间:即日起至2032年5月20日止": a notice's window for applying, nominating or holding an
# activity is a dated phase (from its first day to its last) or, with only its last day, that
# day's close, as a 公示 and a consultation are.
_WINDOW_BEFORE = re.compile(
    r"(?P<what>(?:网上|集中|现场)?(?:报名|申报|受理|征集|推荐|报送|评选|评审|活动|展览|展出|初审|复审))"
    r"(?:工作)?(?:的)?(?P<label>截止时间|截止日期|时间|期限|日期)\s*(?:为|是|:|:|自|从)?\s*"
    r"(?P<close>(?:自)?即日起(?:至)?|截至|截止(?:到|至)?|至)?\s*$"
)


def _activity_window(
    sentence: Piece,
    mentions: list[TimeMention],
    found: list[TimeMention],
    ctx: DocContext,
    section: str | None,
    lead_units: list[str],
) -> tuple[list[MilestoneRecord], list[TimeMention]]:
    """The window of an activity a notice dates, and the mentions left for the other rules."""
    text = sentence.text

    def before(mention: TimeMention) -> re.Match[str] | None:
        return _WINDOW_BEFORE.search(text, max(0, mention.start - 16), mention.start)

    def span_of(match: re.Match[str], end: int) -> Span:
        return Span(sentence.start + match.start(), sentence.start + end, section)

    for first, second in _day_ranges(text, mentions):
        window = before(first)
        if window is None or window["close"] or "截止" in window["label"]:
            continue
        quote = text[window.start() : second.end]
        record = _phase_record(
            ctx, window["what"], quote, (first, second), span_of(window, second.end), lead_units
        )
        return [record], [m for m in mentions if m is not first and m is not second]
    for ranged in found:
        window = before(ranged)
        if ranged.kind != "range" or ranged.first is None or ranged.last is None:
            continue
        if window is None or window["close"] or "截止" in window["label"]:
            continue
        record = MilestoneRecord(
            region=ctx.region,
            title=window["what"],
            quote=text[window.start() : ranged.end][:120],
            start=ranged.first,
            due=ranged.last,
            due_text=ranged.text,
            lead_units=list(lead_units),
            span=span_of(window, ranged.end),
        )
        inside = [m for m in mentions if ranged.start <= m.start < ranged.end]
        return [record], [m for m in mentions if m not in inside]
    for mention in mentions:
        window = before(mention)
        if window is None or mention.last is None or mention.kind != "point":
            continue
        closes = (
            window["close"] or "截止" in window["label"] or mention.text.startswith(("至", "截至"))
        )
        if not closes:
            continue
        record = _close_record(ctx, window, mention, sentence, section, lead_units)
        return [record], [m for m in mentions if m is not mention]
    return [], mentions


# "凡2008年以后由社会力量引进的工业项目": 凡 ("every … that") opens who a rule applies to; the
# year that follows bounds that set, it starts no phase of work.
_WHOEVER_BEFORE = re.compile(r"凡\s*(?:是|属)?\s*$")


# "9月28日从省政府办公厅获悉", "记者3月5日从市科技局了解到": the day a news item learned its
# news, never an event due.
_NEWS_AFTER = re.compile(
    r"\s*(?:上午|下午|晚间|晚)?\s*(?:从|在|据)[^,;。]{1,20}?(?:获悉|传来消息|了解到|得到消息|传出消息)"
)


def _is_news_report(text: str, mention: TimeMention) -> bool:
    return bool(_NEWS_AFTER.match(text, mention.end))


# "检测平台建设2031年8月底前完成", "项目主体工程于2031年10月底前竣工": the work named before the
# date, the verb of finishing after it.
_FINISHING_AFTER = re.compile(
    r"\s*(?:底|末)?(?:前|以前|之前)?\s*(?:全面|基本|全部)?"
    r"(?P<verb>完成|建成|竣工|投用|投入使用|建成投用|完工|上线运行|通过验收|"
    # "新院区于2031年10月开工", "…2031年6月建成投产", "…年底前通车": a project's step
    r"开工建设|开工|建成投产|投产|建成通车|通车|投入运营|开业)\s*(?=[。;,]|$)"
)
_WORK_BEFORE = re.compile(
    r"(?P<work>[\u4e00-\u9fff“”]{4,30}?)\s*(?:要|须|应|力争|确保|将)?(?:在|于)?\s*$"
)


def _done_before_date(text: str, mention: TimeMention) -> tuple[str, int, int] | None:
    finishing = _FINISHING_AFTER.match(text, mention.end)
    if finishing is None:
        return None
    # the work is named within the 40 characters before the date (no search to the line's start)
    reach = max(0, mention.start - 40)
    clause_start = max(max(text.rfind(mark, reach, mention.start) for mark in ",;。:") + 1, reach)
    work = _WORK_BEFORE.search(text[clause_start : mention.start])
    if work is None or re.match(r"^(?:各|我)", work["work"]):
        return None
    if re.search(r"完成|建成|竣工|完工|年底|底前|年内|月底", work["work"]):
        return None  # another deadline's words, not the name of the work
    title = f"{work['work']}{finishing['verb']}"
    return title, clause_start + work.start("work"), finishing.end()


# "市经信局负责组织企业开展…认证,2032年6月30日前完成。", "…培育,于2032年9月30日前完成申报": a
# clause of its own that is only the date and the verb of finishing (with a short object at
# most: 申报, 验收) closes the work stated in the clause before it.
_CLOSING_FINISH = re.compile(
    r"\s*(?:底|末)?(?:前|以前|之前)?\s*(?:全面|基本|全部)?(?P<verb>完成|建成|完工|竣工)"
    r"(?P<object>[\u4e00-\u9fff]{0,2})\s*(?=[。;(]|$)"
)
_CLOSING_OPENER = re.compile(r"^\s*(?:并|要|须|应|力争|确保|将)?\s*(?:在|于)?\s*$")


def _done_after_work(text: str, mention: TimeMention) -> tuple[str, int, int] | None:
    finishing = _CLOSING_FINISH.match(text, mention.end)
    if finishing is None:
        return None
    comma = text.rfind(",", 0, mention.start)
    if comma < 0 or not _CLOSING_OPENER.match(text[comma + 1 : mention.start]):
        return None
    start = max(text.rfind(mark, 0, comma) for mark in ",;。:") + 1
    item = _ITEM_NUMBER.match(text, start)
    if item is not None:
        start = item.end()
    work = text[start:comma].strip()
    start = comma - len(work)
    if not 4 <= len(re.sub(r"[^\u4e00-\u9fff]", "", work)) <= 40:
        return None
    if find_time_mentions(work) or re.search(r"\d|[月日]|每|年底|年内", work):
        return None  # the clause before has its own time: the date is a step of its own
    if finishing["verb"] == "完成" and not finishing["object"]:
        return work, start, finishing.end()
    return f"{work}{finishing['verb']}{finishing['object']}", start, finishing.end()


# "从2014年开始,全面启动预算管理制度改革": the launch itself is the event, due in that year.
_LAUNCH = re.compile(r"^\s*[,,]?\s*(?:全面|正式|率先|同步)?(?:启动|开启|拉开)")


def _launch_year_end(mention: TimeMention, event: str) -> date | None:
    """The year-end a start phrase dates when what starts is a launch ("从2014年开始,全面启动…");
    None for work that goes on from that year."""
    if mention.kind != "start" or mention.first is None or not _LAUNCH.match(event):
        return None
    if not re.fullmatch(r"(?:从|自)?(?:19|20)\d{2}年(?:开始|起)?", mention.text):
        return None
    return date(mention.first.year, 12, 31)


# "2009年度“…”荣誉称号", "2018年政府工作任务分解表": the year names a list or a title.
_DOCUMENT_NOUN = re.compile(
    r"(?:通知|决定|意见(?:如下)?|报告|清单|名单|备忘录|汇总表|分解表|任务分解|责任分解|预期目标|荣誉称号|称号|"
    r"计划|规划|方案|[计划任务指标分配考评统计]表|完成情况|执行情况|落实情况)"
    r"[^,;。\u4e00-\u9fff]*$"
)
_ACTION_START = re.compile(
    r"^(?:底前?|末|中|内|前)?[,]?(?:力争|确保|要|将)?(?:完成|出台|制定|建成|通过|实现|形成|启动|开展|召开|印发|"
    r"编制|提交|报送|组织|建立|全面|基本|推动|提请)"
)
# "12月25日前报告全年落实情况", "6月底前向市政府报送…": a report handed in by a deadline.
_HAND_IN_START = re.compile(
    r"^(?:将[^,;。]{0,20}?)?(?:向[^,;。]{1,12}?)?(?:报告|上报|报送|提交|汇报|反馈|报)"
)
# "…建设取得显著成效" states an achievement as much as 达到/建成 do.
_ACHIEVEMENT_VERB = re.compile(
    r"达到|实现|完成|建成|形成|通过|进入|普及|取得(?:显著|明显|重大|决定性|阶段性|积极)?(?:成效|进展|突破)|"
    # "各设区市城市建成区基本消除黑臭水体", "地表水无劣Ⅴ类水体": an end state of a water goal list.
    r"消除|无劣[ⅤV五5](?:[((][ⅤV]+[))])?类|"
    # "到2017年:…,创建省级旅游强县": a title the place is to win by the year (B47-10)
    r"^(?:成功)?创建(?:成为?)?[\u4e00-\u9fff“”]{2,20}?"
    r"(?:强县|强市|强区|强省|示范区|示范县|示范市|示范城市|文明城市|卫生城市|园林城市|旅游城市)$"
)
# "已经2013年2月25日市政府常务会议研究通过", "确定了全省2007年…目标": decided in the past.
_ALREADY = re.compile(r"(?:已经|已于|已|(?<!为)了[\u4e00-\u9fff]{0,3})$")
# "在上游来水水质保持优良的情况下,", "在总结试点经验的基础上,": a condition before the event.
_CONDITION_CLAUSE = re.compile(
    r"^(?:在|如|若)[^,;。]{2,40}(?:情况下|前提下|条件下|基础上)$"
    # "2032年9月底前,除南汀区外,各区县建成…": who is left out, not what is to be done
    r"|^除了?[^,;。]{1,30}(?:以外|之外|外)$"
    # B56-5: "到2033年底,按照“创新突破、提质增效”的思路,…初具规模": the way the work is to go, not
    # what is to be reached by then
    r"|^(?:按照|遵循|围绕|坚持)[^,;。]{2,40}?的?(?:思路|原则|要求|路径|方向)$"
)
# "现将2010年总量控制计划下达给你们": the covering notice hands a document over.
_HANDING_OVER = re.compile(r"现(?:将|把)[^,;。]{0,12}$")
# "全力申办2031年全省夏季消费促进活动启动仪式": the year of an event the plan bids to host is the
# event's edition, no date the plan's work is due (round 33).
_BID_BEFORE = re.compile(r"(?:申办|争办|(?:申请|争取)(?:举办|承办|主办))$")
# "对政府工作报告涉及的具体工作,以及2031年主要指标、重点工作要逐项梳理": a bare year after a
# conjunction that joins it to things (not to a date: "10月15日及2031年1月15日前") opens one more
# member of a noun list; it names that year's indicators, no date anything is due (round 33).
_JOINED_TO_THINGS = re.compile(r"(?<![\d日月年底末前内])(?:以及|及|和|与)$")
# "2010年总量控制计划所确定的…", "2023年重点工作任务予以分解": the year names a plan or a list
# that the sentence talks about (its subject or object), not a date something is due.
_NAMED_PLAN = re.compile(
    r"^[^,;。]{0,30}?(?:计划|规划|方案|任务|目标|指标|责任书|要点)(?:\([^)]*\))?"
    r"(?:所|予以|已|下达|印发|分解|确定|安排)|"
    r"^[^,;。“”]{0,30}?的(?:通知|决定|意见|通报|批复|请示)|"  # "关于…2023年重点工作…的通知"
    # "按照…新区2021年建设发展工作会议要求": the year names a meeting whose call is followed
    r"^[^,;。“”]{0,24}?(?:会议|大会|全会)(?:精神|要求|部署|决策|决定|安排)"
)
# "在综合考虑2009年度完成情况、2010年减排安排的基础上": a year inside the basis of a decision.
# "按照国家统一部署,自2031年起在东北和内蒙古启动试点": a date the higher level's deployment sets,
# which the plan then follows, is that level's step, not one of the plan's own (B43-5).
_HIGHER_DEPLOYMENT = re.compile(
    r"(?:按照|根据|遵照|依照)(?:党中央|中央|国务院|国家|上级)[^。;,,]{0,12}?部署\s*[,,]\s*(?:从|自|于)?\s*$"
)
_BASIS_SPAN = re.compile(r"在[^。;]{0,60}?基础上")
# B44-3: "已纳入2019年国务院大督查范围", "已列入2031年省重点项目": a status the work already has
_ALREADY_LISTED = re.compile(r"(?:已经?|业已)(?:被)?(?:纳入|列入|列为|确定为)\s*$")


# "确保2020年各项年度目标任务圆满完成", "2010年主要目标", "2020年政府工作报告重点工作任务":
# the year's work as a whole, named by generic nouns, is no event of its own.
_GENERIC_AIM = re.compile(
    r"^(?:(?:各项|全部|所有)(?:年度)?(?:工作|目标|任务|指标)|"
    r"(?:政府工作报告|年度)?(?:重点|主要|各项)?(?:工作|目标|任务|指标){1,3}$|"
    # "2009年全市促进就业目标责任制主要指标": a heading over the year's indicators
    # "2011年本区人力资源社会保障工作考核指标", "…考核统计" (B58-8): the indicators a year is
    # assessed by, and how they are counted: headings of the notice's parts
    # ("完成…考核评价" is a step: a verb of doing opens it)
    r"[^,;。]{0,24}(?:主要|重点|各项)(?:目标任务)?指标$|"
    r"(?!(?:完成|开展|组织|做好|进行|实施|启动|落实))[^,;。]{0,24}(?:考核|考评|绩效)(?:指标|统计)$|"
    # "2018年全省经济社会发展主要指标和重点工作任务", "对2022年全省经济社会发展作出的安排部署": what
    # the year's plan covers, no event that is due
    r"[^,;。]{0,30}指标和(?:重点|主要)?(?:工作)?任务$|[^,;。]{0,30}(?:作出|做出)的(?:安排)?部署$|"
    # "2024年主要工作安排", "2024年重点工作要点": a heading over the year's work (batch-13 round)
    r"(?:全[市县区省])?(?:重点|主要)?工作(?:安排|部署|要点|思路)$|"
    # "为全面完成2010年全市…的目标任务作出应有的努力", "…作出新的更大贡献": an exhortation
    # (batch 24)
    r"[^,;。]{0,40}(?:作出|做出)[^,;。]{0,8}(?:努力|贡献)$)"
)
# "2014年,全市质量工作以提高效益为中心", "2023年,坚持稳中求进…", "围绕…", "深入实施…战略": what
# guides the year's work, no event that is due.
_GUIDING = re.compile(
    r"^[^,;。]{0,16}?(?:以[^,;。]{2,30}为(?:中心|主线|重点|核心|抓手|统领|导向|引领|根本|指导)|"
    r"(?:要)?(?:坚持|围绕|紧紧围绕|紧扣|按照|遵循|(?:全面|认真|深入)?贯彻(?:落实)?)"
    r"|深入实施[^,;。]{0,20}(?:战略|工程|行动)$)"
)
# "2015年质量工作的主要任务是:", "2015年,重点抓好以下工作:", "2015年作为攻坚年": a year that
# introduces a list or names the year, not an event.
_LEAD_IN = re.compile(
    r"(?:思路|任务|要求|重点|目标|安排|措施)(?:是|为|如下)?:|以下[\u4e00-\u9fff]{0,4}:?$|:$|^作为"
)
# A bare year ("2015年,加快推进…", "到2015年,全市要着力…") before work that goes on (推进, 加强,
# 继续, 进一步…) or an exhortation (要把…摆上, 统一思想) dates no event; a stated end ("年底前",
# "6月底") or a completion (完成, 建成, 创建成) does.
_BARE_YEAR = re.compile(r"(?:到|至|在)?(?:19|20)\d{2}年")
_ONGOING = re.compile(
    r"^[^,;。]{0,8}?(?:要|将)?(?:着力|加快|加强|加大|深化|强化|继续|进一步|持续|大力|积极|努力|切实|"
    r"认真|全力|不断|狠抓|抓好|重点抓好|统一思想|把[^,;。]{1,12}(?:摆上|放在|作为))"
)
_BY_THE_WAYS_BELOW = re.compile(
    r"^(?:通过|以|按|采取)以下(?:方式|途径|渠道|形式|办法)(?P<act>[\u4e00-\u9fff]{2,20})\s*[::]$"
)
# "2016年基本完成深化…改革的各项任务": a completion of work that went on is an event all the same.
_DONE_START = re.compile(r"^(?:基本|全面|初步)?(?:完成|建成|实现|形成|取得|达到|通过)")
_DATE_LIST_GAP = re.compile(r"^\s*(?:前)?\s*(?:、|和|及|与)\s*$")


class _SentenceDates:
    """What the rules ask of each time mention of a sentence, found in one pass over it.

    Asked mention by mention (the text before it counted for brackets, each later mention
    tested for naming a thing, each listed date walked to the end of its list), a sentence of
    2,000 dates took minutes; here every answer is a look-up.
    """

    def __init__(self, text: str, mentions: list[TimeMention]) -> None:
        self.mentions = mentions
        breaks = [match.start() for match in _CLAUSE_BREAK.finditer(text)]
        self.names_a_thing = [_names_a_thing(text, mention, breaks) for mention in mentions]
        self.in_brackets = _in_brackets(text, [mention.start for mention in mentions])
        count = len(mentions)
        # listed[k]: mention k and mention k + 1 are listed dates ("3月25日、6月25日")
        listed = [
            bool(_DATE_LIST_GAP.match(text[mentions[k].end : mentions[k + 1].start]))
            for k in range(count - 1)
        ]
        self.listed_before = [False, *listed]
        self.list_end = list(range(count))
        self.next_event_date = [count] * (count + 1)  # the next mention naming no thing
        for k in range(count - 1, -1, -1):
            if k < count - 1 and listed[k]:
                self.list_end[k] = self.list_end[k + 1]
            self.next_event_date[k] = (
                k if not self.names_a_thing[k] else self.next_event_date[k + 1]
            )
        self.inexact_before = [0]  # mentions not dated to the day among the first k
        for mention in mentions:
            inexact = not mention.text.endswith(("日", "日前"))
            self.inexact_before.append(self.inexact_before[-1] + inexact)


def _shared_event(text: str, dates: _SentenceDates, index: int) -> tuple[str, int] | None:
    """The event a date introduces; dates listed before one event all share it ("于3月25日、
    6月25日、9月25日前报告进展情况" is three reports).  Listed explicit dates are milestones even
    when the event repeats (the dates, not a 每季度, say when it is due)."""
    mentions = dates.mentions
    last = dates.list_end[index]
    listed = last > index or dates.listed_before[index]
    # "将于2010年3月下旬对各地2009年度…工作进行督查": a year inside the event that names what is
    # checked does not end the event.
    after = dates.next_event_date[last + 1]
    limit = mentions[after].start if after < len(mentions) else len(text)
    # "于7月初和12月初分别组织一次自查" stays a duty: only dates to the day override a 每季度.
    exact = dates.inexact_before[last + 1] == dates.inexact_before[index]
    return _event_after(text, mentions[last], limit, allow_recurring=bool(listed) and exact)


_CLAUSE_BREAK = re.compile(r"[,;。]")
# How much of the clause after a year the name rules read: a name is a few words long, and a
# clause running on for thousands of characters (a line without a comma) is read only at its
# ends, so a sentence of many years costs what its length does.
_CLAUSE_WINDOW = 200


def _names_a_thing(text: str, mention: TimeMention, breaks: list[int]) -> bool:
    """The year is part of a name ("2009年度…称号", "2018年…任务分解表"), not a deadline.
    ``breaks``: where the text's clauses end (its , ; and 。)."""
    if text.startswith("度", mention.end) and not _STRIVING_BEFORE.search(
        text, max(0, mention.start - 4), mention.start
    ):
        return True
    if _HANDING_OVER.search(text, max(0, mention.start - 16), mention.start):
        return True
    if _BID_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return True
    if re.fullmatch(r"(?:19|20)\d{2}年", mention.text) and _JOINED_TO_THINGS.search(
        text, max(0, mention.start - 3), mention.start
    ):
        return True
    at = bisect_left(breaks, mention.end)
    clause_end = breaks[at] if at < len(breaks) else len(text)
    clause = text[mention.end : min(clause_end, mention.end + _CLAUSE_WINDOW)]
    if _ACTION_START.match(clause):
        return False
    if mention.text.endswith("前") and _HAND_IN_START.match(clause):
        return False  # "12月25日前报告全年落实情况": a deadline for handing in a report
    bare_year = bool(re.fullmatch(r"(?:19|20)\d{2}年", mention.text))
    if bare_year and (text.startswith(("《", "<"), mention.end) or _YEARS_WORK.match(clause)):
        return True
    if bare_year and text[mention.start - 1 : mention.start] == "“" and "”" in clause:
        return True  # "将“2031年重点工作安排”…报送": a year opening a quoted name (batch 23)
    if bare_year and _FUND_NAME.match(clause):
        return True  # "2032年首次进入规模以上企业奖励资金预安排情况": the year names a fund
    if (
        bare_year
        and _YEAR_QUALIFIES_A_NOUN.match(clause)
        and not _EVENT_VERB.search(clause)
        and not _ACHIEVEMENT_VERB.search(clause)  # "2015年在…上取得决定性进展": a stage reached
    ):
        return True
    head = _LIST_NAME_HEAD.match(clause) if bare_year else None
    if head and not _EVENT_VERB.search(head.group(0)):
        return True  # "2023年十件民生实事任务一览表《…》印发给你们…": the year names a list
    tail_start = max(mention.end, clause_end - _CLAUSE_WINDOW)
    return bool(
        _DOCUMENT_NOUN.search(text, tail_start, clause_end)
        or (bare_year and _NAMED_PLAN.match(clause))
    )


# "抓好2023年全县烟叶工作": a bare year before a noun phrase ending in 工作 names that year's work;
# "2023年区《政府工作报告》确定的目标任务": a year before a named report names the report.
_YEARS_WORK = re.compile(
    r"^(?:[^,;。完成建实开推启出制形通]{0,12}工作$|[^,;。]{0,6}《[^》]{1,30}》(?:所|确定|提出|明确|部署))"
)


# "2013年市级重点项目…", "2013年农业综合开发…": a bare year run straight into a noun phrase
# (no comma, no 底/前, no verb of completion) qualifies the noun; the year is no deadline.
_YEAR_QUALIFIES_A_NOUN = re.compile(r"^(?!全[市县省区州]|各|我)[\u4e00-\u9fff“]")
# "2032年某某奖励资金预安排情况", "2032年某某奖补资金安排计划": a year's fund, named with its year,
# and what is done with it (the year is the fund's, not a deadline).
_FUND_NAME = re.compile(
    r"^[^,;。]{0,40}?(?:奖励|奖补|补助|资助|扶持)资金(?:预安排|安排|分配|兑现)?(?:计划|工作|情况|方案|名单)"
)
# "2023年十件民生实事任务一览表", "2031年重点项目清单": a list or table named with its year, even
# when the page lost the punctuation after it and the clause runs on.
_LIST_NAME_HEAD = re.compile(
    r"^[^,;。《》“”]{0,20}?(?:一览表|分解表|汇总表|计划表|任务表|明细表|安排表|清单|名单|台账)"
)
_EVENT_VERB = re.compile(
    r"完成|建成|实现|形成|通过|达到|出台|制定|启动|召开|开工|竣工|投产|运行|建立|覆盖|"
    r"普及|消除|淘汰|提升|提高|降低|下降|增长|力争|确保|争取|基本|全面|初步|"
    r"开展|举办|组织|实施|推广|编制|印发|上报|报送|申报|验收|考核|检查|督查|评选|表彰|挂牌|"
    r"组建|成立|设立|将|要"
)


# "“年初公布、年中检查、年底兑现、接受监督”的原则", "就目标任务完成情况实行进度督察、数据评估、
# 年底考核": the year-end step of a check cycle, a slogan's (any step) or a list's (a reckoning).
_YEAR_END = re.compile(r"年底|年末|年终")
_YEAR_END_STEP = re.compile(r"(?P<step>[\u4e00-\u9fff]{2,4}?)(?=[、,;。”]|$)")
_RECKONING = re.compile(r"考核|考评|评估|验收|检查|督查|督察|兑现|交账|总结|评比|结算")
# "就目标任务完成情况实行…", "对各部门工作进行…": what the checks are about.
_CHECKED = re.compile(r"(?:就|对)(?P<what>[^,;。、“”]{2,20}?)(?:实行|进行|开展|实施)[^,;。]*$")


def _year_end_step(text: str, mention: TimeMention) -> tuple[str, int, int] | None:
    """(title, start, end) of a year-end step ("年底兑现", "目标任务完成情况年底考核"); None when the
    year-end word does not open such a step."""
    if not _YEAR_END.fullmatch(mention.text):
        return None
    step = _YEAR_END_STEP.match(text, mention.end)
    if step is None:
        return None
    before = text[: mention.start]
    in_slogan = before.count("“") > before.count("”")
    if in_slogan:
        return mention.text + step["step"], mention.start, step.end()
    if not _RECKONING.fullmatch(step["step"]) or not before.endswith("、"):
        return None
    checked = _CHECKED.search(before)
    if checked is None:
        return None
    return checked["what"] + mention.text + step["step"], checked.start(), step.end()


# B50-2: "…,计划通过3年时间的努力,全面整治…": a span of years the plan's work takes, opening its
# own clause inside a sentence.
_DURATION_LEAD = re.compile(
    r"(?:^|[,;。:])\s*(?:计划|力争|争取|预计)?(?:通过|用|经过)\s*"
    r"[一二三四五六七八九十两\d]{1,2}\s*年(?:左右)?(?:的)?时间$"
)


def _lead_phrase_events(text: str, mention: TimeMention) -> list[tuple[str, int, int]]:
    """ "到2020年,…达到94%,…,空气质量六项指标均达到国家二级标准": the lead phrase also dates
    the clauses without a number that state an achievement.  (title, start, end) each."""
    if mention.kind != "point" or text[: mention.start].strip(" 到至在截止"):
        return []
    events: list[tuple[str, int, int]] = []
    position = mention.end
    for clause in re.finditer(r"[^,;。]+", text[mention.end :]):
        start, end = mention.end + clause.start(), mention.end + clause.end()
        body = clause.group(0).strip()
        if start == position or find_quantities(body) or not _ACHIEVEMENT_VERB.search(body):
            continue
        title = _LEADING_NOISE.sub("", body)
        if len(title) >= 6 and not _GENERIC_AIM.match(title) and not _COUNTED_LABEL.search(title):
            if events and events[-1][2] + 1 == start and _DONE_START.match(body):
                # "实现A、B和可持续运营,形成可复制的经验": a clause with no subject of its own goes
                # on with the aim before it - one aim, not two (round 33)
                events[-1] = (f"{events[-1][0]},{title}", events[-1][1], end)
                continue
            events.append((title, start, end))
    return events


# "到2020年底,A基本解决,B基本完善,C基本消除": states a plan expects to be reached.
_IMPROVEMENT_ONLY = re.compile(
    r"(?:进一步|不断|持续|逐步|更加|日益)(?:完善|健全|提升|提高|优化|增强|规范|深化|巩固)$"
)
_SETTLED_STATE = re.compile(
    r"基本(?:解决|完善|消除|满足|建立|建成|形成|实现|普及|覆盖|健全)|全面(?:建成|完成|实现|消除)"
)


def _settled_clauses_after(
    text: str, mention: TimeMention, event_end: int
) -> list[tuple[str, int, int]]:
    """Batch-13 class B13-5: when the event a sentence-opening date introduces states a settled
    state, each further clause of the same kind (to the sentence's end, with no number and no date
    of its own) is one more milestone of that date - a list of parallel states.  (title, start,
    end) each."""
    if mention.kind != "point" or text[: mention.start].strip(" 到至在截止"):
        return []
    events: list[tuple[str, int, int]] = []
    for clause in re.finditer(r"[^,;。]+", text[event_end:]):
        start, end = event_end + clause.start(), event_end + clause.end()
        body = clause.group(0).strip()
        if text[start - 1 : start] == "。" or "。" in text[event_end:start]:
            break  # the sentence's end
        if find_quantities(body) or find_time_mentions(body) or not _SETTLED_STATE.search(body):
            continue
        title = _LEADING_NOISE.sub("", body)
        if len(title) >= 6 and not _GENERIC_AIM.match(title):
            events.append((title, start, end))
    return events


def _record(
    ctx: DocContext,
    sentence: Piece,
    mention: TimeMention,
    title: str,
    start: int,
    end: int,
    section: str | None,
    lead_units: list[str],
) -> MilestoneRecord:
    return MilestoneRecord(
        region=ctx.region,
        title=title[:TITLE_WIDTH],
        quote=sentence.text[start:end].strip(" ,")[:120],
        due=mention.last,
        due_text=mention.text,
        lead_units=list(lead_units),
        span=Span(sentence.start + start, sentence.start + end, section),
    )


def _unfinished(ctx: DocContext, sentence: Piece, event_end: int) -> bool:
    """An event running into the end of a text cut off mid-sentence is not known yet."""
    end = sentence.start + event_end
    if end < ctx.content_end:
        return False
    before = ctx.text[:end].rstrip()
    return not re.search(r"[。;!?)]$", before) and not _CLOSED_CHECK.search(before)


# "…将于2010年3月下旬对各地…落实情况进行督查" closing a text without its full stop: a check stated
# to its verb ("进行督查", "组织验收") is a whole event, not one cut off (B47-9).
_CLOSED_CHECK = re.compile(
    r"(?:进行|组织|开展)(?:督查|检查|验收|考核|评估|抽查|自查|督导)(?:工作)?$"
)


# "到2020年,我市商贸流通业实力显著提升": after a horizon ("到…年"), 我市 opens the state the
# place is to reach (batch-14 class B14-6); elsewhere "2019年我市…" tells what happened.
_OWN_PLACE = re.compile(
    r"^(?:我市|我区|我县)(?=[\u4e00-\u9fff]{2,30}?(?:显著|明显|基本|全面|初步)"
    r"(?:提升|提高|增强|建成|形成|完善|实现|改善))"
)


# B51-6: "力争2031年度我区…取得明显成效": a year a verb of striving aims at is the year the
# state is to be reached, "年度" included, and 我区 opens that state as after a horizon.
_STRIVING_BEFORE = re.compile(r"(?:力争|确保|争取)\s*$")


def _own_place_of_a_goal(mention: TimeMention, title: str, striving: bool = False) -> str:
    if striving and re.match(r"^度?(?:我市|我区|我县)", title) and _ACHIEVEMENT_VERB.search(title):
        return re.sub(r"^度?(?:我市|我区|我县)", "", title)
    if striving:
        return re.sub(r"^度(?=[\u4e00-\u9fff])", "", title)
    if not mention.text.startswith("到"):
        return title
    return _OWN_PLACE.sub("", title)


# "到2025年,质量整体水平全面提高,制造业质量竞争力指数达92以上": a first clause closed by the
# state it reaches (a subject and its predicate) is an aim of its own, not the subject of the
# figure in the next clause ("到2019年底,全市农村生活垃圾,处理率达到90%").
_STATE_REACHED = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:全面|明显|显著|大幅|稳步|持续|进一步)"
    r"(?:提高|提升|增强|改善|跃升|优化)$|再上(?:新)?台阶$"
)


def _event_after(
    text: str, mention: TimeMention, limit: int, allow_recurring: bool = False
) -> tuple[str, int] | None:
    """(title, end offset) of the event a date introduces; None for counts and routines.

    The clause right after the date names the event.  When it or the next clause holds a
    number, the date governs a target instead ("到2019年底,全市…,数量占比达到90%").
    """
    raw = text[mention.end : limit]
    segment = raw.lstrip(" ,;:")
    clauses = re.split(r"[,;。]", segment)
    while len(clauses) > 1 and _CONDITION_CLAUSE.match(clauses[0].strip()):
        skipped = len(clauses[0]) + 1
        segment, clauses = segment[skipped:], clauses[1:]  # the offset below still counts it
    # B56-3: "到2031年底前,…等政策进一步完善,所有县基本建成…": the clause after an improvement that
    # settles a state is the event (an improvement alone stays one: the seeds' gold counts
    # "…机制进一步完善" as a milestone)
    if (
        _IMPROVEMENT_ONLY.search(clauses[0].strip())
        and len(clauses) > 1
        and _SETTLED_STATE.search(clauses[1])
    ):
        skipped = len(clauses[0]) + 1
        segment, clauses = segment[skipped:], clauses[1:]
    title = _ASIDE.sub("", clauses[0].strip())  # "(星期五)前上报…(办公室设在…": glosses
    title = _LEADING_NOISE.sub("", title).strip(" 、")
    title = re.sub(r"[、,]$", "", title)
    # "…前通过以下方式提出意见:": the colon opens the ways to do it, not a list of work
    title = _BY_THE_WAYS_BELOW.sub(r"\g<act>", title)
    striving = bool(_STRIVING_BEFORE.search(text, max(0, mention.start - 4), mention.start))
    title = _own_place_of_a_goal(mention, title, striving)
    if len(title) < 4 or _NOT_EVENT.match(title) or _GENERIC_AIM.match(title):
        return None
    if _GUIDING.match(title) or _LEAD_IN.search(title):
        return None
    if (
        _BARE_YEAR.fullmatch(mention.text)
        and _ONGOING.match(title)
        and not _DONE_START.match(title)
    ):
        return None
    if _RECURRING_CUE.search(title) and not allow_recurring:
        return None
    if UNDECIDED.search(title):
        return None  # "2019年待省明确指标后再定": nothing is due yet
    if _COUNTED_LABEL.search(title):
        return None  # "实现“三个提升、两个突破”": a headline naming the counted goals below it
    if find_quantities(clauses[0]):
        return None
    if len(clauses) > 1 and find_quantities(clauses[1]) and not _STATE_REACHED.search(title):
        return None
    if mention.kind == "start" and _RECURRING_CUE.search(segment):
        return None
    return title, mention.end + (len(raw) - len(segment)) + len(clauses[0])


def _quote_start(text: str, mention: TimeMention) -> int:
    """Begin the quote at the clause holding the time expression ("确保2017年中…")."""
    left = mention.start
    while left > 0 and text[left - 1] not in ",;。、:" and mention.start - left < 10:
        left -= 1
    return left


def _in_brackets(text: str, positions: list[int]) -> list[bool]:
    """Whether each position (ascending) has more 《 than 》 or ( than ) before it; the counts
    run on from one position to the next instead of starting again from the text's start."""
    titles = parens = 0
    previous = 0
    inside: list[bool] = []
    for position in positions:
        between = text[previous:position]
        titles += between.count("《") - between.count("》")
        parens += between.count("(") - between.count(")")
        previous = position
        inside.append(titles > 0 or parens > 0)
    return inside


def _is_future(mention: TimeMention, ctx: DocContext) -> bool:
    """Background dates (before the plan was signed) are not milestones.

    A year counts from its start; a day or a month-end ("3月23日" in a notice signed in
    December) is past when it falls before the signing date.
    """
    year = mention.year
    issued = ctx.meta.issued
    if year is None:
        return False
    if issued is None:
        # No signing date: the doc number's year, else the plan's first year, still dates it
        # ("到2015年底,基本建立…" in a 〔2016〕 document is its background).
        written = ctx.document_year or (ctx.meta.period[0] if ctx.meta.period else None)
        return written is None or year >= written
    if mention.kind == "point" and mention.last is not None and mention.last.year == issued.year:
        if mention.last == issued and mention.text.endswith("日"):
            return False  # the signing date itself, printed inline with the 落款
        return mention.last >= issued or mention.last == date(year, 12, 31)
    return year >= issued.year


def legal_milestones(ctx: DocContext) -> list[MilestoneRecord]:
    """Entry into force ("自…起实施") and documents that stop applying on that day."""
    records: list[MilestoneRecord] = []
    effective = ctx.meta.effective
    match = re.search(
        r"自(?:19|20)\d{2}年\d{1,2}月\d{1,2}日起(?P<verb>施行|实施|执行|生效)", ctx.text
    )
    if effective and match:
        lead = ctx.text[max(0, match.start() - 12) : match.start()]
        this = re.search(r"本(?:意见|计划|方案|办法|规定|通知|细则|规划|决定)", lead)
        start = match.start() - len(lead) + this.start() if this else match.start()
        records.append(
            MilestoneRecord(
                region=ctx.region,
                title=f"{this.group(0) if this else '本文件'}施行",
                quote=ctx.text[start : match.end()],
                start=effective,
                due_text=match.group(0),
                span=Span(start, match.end(), None),
            )
        )
    for stopped in re.finditer(
        r"(?P<doc>《[^》]+》(?:\([^)]*\))?)\s*(?:同时)?(?P<verb>停止执行|废止|不再执行)", ctx.text
    ):
        records.append(
            MilestoneRecord(
                region=ctx.region,
                title=f"{stopped['doc']}{stopped['verb']}",
                quote=stopped.group(0),
                due=effective or ctx.meta.issued,
                span=Span(stopped.start(), stopped.end(), None),
            )
        )
    return records


def deduplicate(
    records: list[MilestoneRecord], from_tables: Iterable[MilestoneRecord] = ()
) -> list[MilestoneRecord]:
    """One event stated twice is one milestone; a phase heading wins over a sentence about it.
    An event kept from a sentence takes the lead units only its task-table row names; a phase
    of the whole plan never takes the units of a sentence that happens to start with it.
    ``from_tables`` are the records read from table rows (among ``records``): a sentence and a
    row may name one lead unit by two names, two rows (or two sentences) name two units.

    The result is in reading order.
    """
    rows = {id(record) for record in from_tables}
    ranked = sorted(records, key=lambda record: not _is_phase(record))
    kept: list[MilestoneRecord] = []
    # one event has one date: only the records kept with the same (start, due) are compared
    # (their places in ``kept``, in reading order), not every pair of a long schedule
    by_dates: dict[tuple[date | None, date | None], list[int]] = {}
    # and of those, the steps of one schedule one ordinal apart (see ``_one_slot_keys``) are
    # known to be two events without comparing them, unless they share their quote
    by_slot: dict[tuple[object, ...], list[int]] = {}
    by_title: dict[str, set[int]] = {}
    by_quote: dict[str, set[int]] = {}
    retitled: set[int] = set()
    for record in ranked:
        dates = (record.start, record.due)
        candidates = by_dates.setdefault(dates, [])
        slot_keys = [(dates, *key) for key in _one_slot_keys(record.title)]
        apart = {index for key in slot_keys for index in by_slot.get(key, ())}
        if apart:
            apart -= by_title.get(record.title, set()) | by_quote.get(record.quote, set())
            apart -= retitled
        compared = [index for index in candidates if index not in apart] if apart else candidates
        place = next((index for index in compared if _same_event(kept[index], record, rows)), None)
        if place is not None:
            same = kept[place]
            if record.lead_units and not same.lead_units and not _is_phase(same):
                # The event's sentence names no unit, its task-table row does: the row's lead
                # and supporting units stay with the one milestone kept (they were dropped
                # with the row).
                kept[place] = replace(
                    same,
                    lead_units=list(record.lead_units),
                    support_units=list(same.support_units or record.support_units),
                )
            elif same.lead_units and set(record.lead_units) <= set(same.lead_units):
                # one lead: the units only the dropped statement names as 配合 (a row's
                # 配合单位 cell) stay with the milestone kept
                extra = [
                    unit
                    for unit in record.support_units
                    if unit not in same.support_units and unit not in same.lead_units
                ]
                if extra:
                    kept[place] = replace(same, support_units=[*same.support_units, *extra])
            continue
        reckoning = _same_reckoning([kept[index] for index in candidates], record)
        if reckoning is not None:
            merged = replace(reckoning, title=f"{reckoning.title}({record.title})")
            retitled.add(kept.index(reckoning))
            kept[kept.index(reckoning)] = merged
            continue
        index = len(kept)
        candidates.append(index)
        for key in slot_keys:
            by_slot.setdefault(key, []).append(index)
        by_title.setdefault(record.title, set()).add(index)
        by_quote.setdefault(record.quote, set()).add(index)
        kept.append(record)
    return sorted(kept, key=lambda record: record.span.start)


# "年底兑现", "年底交账": a slogan's bare year-end step.
_BARE_YEAR_END_STEP = re.compile(r"^(?:年底|年末|年终)[\u4e00-\u9fff]{2,4}$")


def _same_reckoning(kept: list[MilestoneRecord], record: MilestoneRecord) -> MilestoneRecord | None:
    """A year has one end: the year-end steps of two check slogans ("年底兑现", "年底交账") are
    one reckoning, titled with both."""
    if not _BARE_YEAR_END_STEP.match(record.title):
        return None
    for other in kept:
        same_dates = (other.start, other.due) == (record.start, record.due)
        if same_dates and _BARE_YEAR_END_STEP.match(other.title):
            return other
    return None


def _is_phase(record: MilestoneRecord) -> bool:
    """Phases are read from headings, so their quote opens with the heading's numbering."""
    return bool(
        re.match(
            r"^(?:[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十\d]+[、.]|第)",
            record.quote,
        )
    )


def _same_event(
    left: MilestoneRecord, right: MilestoneRecord, rows: set[int] | frozenset[int] = frozenset()
) -> bool:
    if (left.start, left.due) != (right.start, right.due):
        return False
    if (id(left) in rows) == (id(right) in rows) and _other_leads(left, right):
        return False
    if left.quote == right.quote:
        return True
    if _neighbouring_steps(left, right) or _other_slot(left.title, right.title):
        return False
    if _other_places(left.title, right.title):
        return False
    return containment(*_work_of(left, right)) >= 0.4


# B56-7: "全州4县市实现…目标" / "福贡县实现…目标": one wording whose subjects are two places (a
# county and the whole prefecture, two counties) is one step per place, however long the names.
_PLACE_HEAD = re.compile(r"[\u4e00-\u9fff\d、]{1,12}(?:新区|开发区|街道|区|县|市|州|旗|镇|乡)$")


def _other_places(left: str, right: str) -> bool:
    tail = _common_prefix(left[::-1], right[::-1])
    if tail < 6:
        return False
    heads = (left[: len(left) - tail], right[: len(right) - tail])
    return (
        heads[0] != heads[1]
        and all(_PLACE_HEAD.fullmatch(head) for head in heads)
        and not _one_own_place(*heads)
    )


# "全县" / "我县" / "本县": the plan's own place, however it refers to itself (attack50 L2: one
# milestone written with each was kept twice, as two places' steps).
_SELF_REFERENCE = re.compile(r"^(?:全|我|本)(?P<level>省|市|县|区|州|旗|镇|乡)$")


def _one_own_place(left: str, right: str) -> bool:
    """Whether two place words are the plan's own place both ("全县" and "我县")."""
    own = (_SELF_REFERENCE.match(left), _SELF_REFERENCE.match(right))
    return own[0] is not None and own[1] is not None and own[0]["level"] == own[1]["level"]


def _work_of(left: MilestoneRecord, right: MilestoneRecord) -> tuple[str, str]:
    """The two titles without the unit both open with ("市市场监管局制定…办法" / "市市场监管局完成
    …名录编制"): one unit's name shared is not one work shared."""
    head = 0
    while head < min(len(left.title), len(right.title)) and left.title[head] == right.title[head]:
        head += 1
    for length in range(head, 1, -1):
        if looks_like_unit(left.title[:length]):
            rests = left.title[length:], right.title[length:]
            if all(len(rest) >= 4 for rest in rests):
                return rests
            break
    return left.title, right.title


_NUMERAL = "一二三四五六七八九十百两0123456789"
_NUMERAL_RUN = re.compile(f"([{_NUMERAL}]+)")
# "东湖区", "长沙县", "城关镇": what a place's name ends with.
_PLACE_END = re.compile(r"(?:新区|开发区|区|县|市|州|旗|镇|乡|街道|村)")


def _one_slot_keys(title: str) -> list[tuple[object, ...]]:
    """Keys two titles share exactly when they are alike but for one run of numerals of at most
    4 characters (or are the same title): "完成第1批…验收" and "完成第12批…验收" share one. Two
    such titles that differ are always ``_other_slot`` (the run is the ordinal), so a schedule of
    many batches need not be compared pair by pair."""
    parts = _NUMERAL_RUN.split(title)
    texts, runs = tuple(parts[0::2]), parts[1::2]
    return [
        (texts, place, tuple(runs[:place] + runs[place + 1 :]))
        for place, run in enumerate(runs)
        if len(run) <= 4
    ]


def _common_prefix(left: str, right: str) -> int:
    """How many characters two texts open with alike (halving on slices: a long schedule
    compares many pairs)."""
    low, high = 0, min(len(left), len(right))
    while low < high:
        middle = (low + high + 1) // 2
        if left[:middle] == right[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _other_slot(left: str, right: str) -> bool:
    """Two titles of one wording that differ only by an ordinal ("完成第一批…评定" / "完成第二批…
    评定", "一期" / "二期") or by a place ("东湖区完成…" / "西湖区完成…") are two steps of a
    schedule, one per batch or per place, not one event stated twice."""
    if left == right or abs(len(left) - len(right)) > 4:
        return False  # (lengths more than 4 apart: one differing middle is longer than 4)
    head = _common_prefix(left, right)
    tail = _common_prefix(left[head:][::-1], right[head:][::-1])
    if max(len(left), len(right)) - head - tail > 4:
        return False
    prefix, suffix = left[:head], left[len(left) - tail :]
    middles = (left[head : len(left) - tail], right[head : len(right) - tail])
    # An ordinal: the run of numerals the difference lies in, on both sides.
    before = len(prefix) - len(prefix.rstrip(_NUMERAL))
    after = len(suffix) - len(suffix.lstrip(_NUMERAL))
    runs = [prefix[len(prefix) - before :] + middle + suffix[:after] for middle in middles]
    if all(run and not run.strip(_NUMERAL) for run in runs):
        return True
    # A place: the difference runs, within a few characters, into a place's ending.
    if not all(middles):
        return False
    ending = _PLACE_END.search(suffix[:4])
    if ending is None:
        return False
    names = [middle + suffix[: ending.end()] for middle in middles]
    return all(len(name) >= 2 for name in names) and not _one_own_place(*names)


def _other_leads(left: MilestoneRecord, right: MilestoneRecord) -> bool:
    """One task of one date led by different units ("完成质量提升方案编制(牵头单位:东湖区政府)"
    and the same with 西湖区政府, or two rows of a task table): each unit's own step, not one
    event stated twice, so each unit is reminded. Units that share a name (one written in full,
    one short) are the same unit; a sentence and a table row are not compared (the row may
    name the sentence's unit in full: "市质量强市办" / "市质量强市领导小组办公室")."""
    if not left.lead_units or not right.lead_units:
        return False
    return not any(
        one in other or other in one for one in left.lead_units for other in right.lead_units
    )


def _neighbouring_steps(left: MilestoneRecord, right: MilestoneRecord) -> bool:
    """Two steps of one schedule that share a month: "3月底前完成附属工程规划设计,3月底完成附属
    工程道路建设" (B38-6). Read from clauses side by side (not overlapping, a few characters
    apart), neither title holding the other, they are two events, not one stated twice."""
    first, second = sorted((left, right), key=lambda record: record.span.start)
    if first.span.end <= first.span.start or second.span.end <= second.span.start:
        return False  # no place in the text (a table cell, a merged record)
    gap = second.span.start - first.span.end
    if not 0 <= gap <= 12:
        return False
    return left.title not in right.title and right.title not in left.title


# "主要指标实现“三个提升、两个突破”": an aim that only names, by their count, goals stated one by
# one after it is their headline; the goals below carry the dates and numbers.
_COUNTED_LABEL = re.compile(
    r"“[一二三四五六七八九十两\d]+(?:个|大|项)[\u4e00-\u9fff]{1,6}(?:[、,][^”]{2,12})*”$"
)


_ITEM_NUMBER = re.compile(r"^(?:\(?[一二三四五六七八九十\d]{1,2}[)、.])\s*")


def goal_item_milestone(
    paragraph: Paragraph, ctx: DocContext, governing: TimeMention, lead_units: list[str]
) -> MilestoneRecord | None:
    """A numbered goal without a number under a dated goal heading ("(一)第一期目标从2002年到
    2005年" / "9、主要农畜产品全部良种化,…全部达到无公害标准"): due when the heading says."""
    text = paragraph.text
    if paragraph.heading_level is None or not _ITEM_NUMBER.match(text) or governing.last is None:
        return None
    body = _ITEM_NUMBER.sub("", text).strip()
    first = re.split(r"[。;]", body, maxsplit=1)[0].strip(" ,")
    if (
        len(first) < 6
        or len(first) > 80
        or find_quantities(first)
        or find_time_mentions(first)
        or not _ACHIEVEMENT_VERB.search(first)
        or _unfinished(ctx, paragraph, len(paragraph.text))
    ):
        return None
    return MilestoneRecord(
        region=ctx.region,
        title=first[:TITLE_WIDTH],
        quote=first[:120],
        due=governing.last,
        due_text=governing.text,
        lead_units=list(lead_units),
        span=Span(paragraph.start, paragraph.end, paragraph.section),
    )


# "确定2017年县政府民生实事项目为10项,分别是:" / "2019年重点工作如下:": a paragraph that opens a
# list of one year's work; the year is the one written before the list's noun (not a date's).
_LIST_LEAD_END = re.compile(r"(?:分别是|分别为|如下|包括)[::]\s*$")
_LIST_YEAR = re.compile(
    r"((?:19|20)\d{2})年(?:度)?(?![\d月])[^,;。:]{0,16}"
    r"(?:项目|实事|工作|目标|任务|工程|计划)"
)
# An uncounted clause that says something will be finished: "完成…治理改造", "全面消除劣Ⅴ类水体",
# "…设施全面达到一级A排放标准", "设立…分中心".  Directions ("推进…", "加大…力度", "完善…制度")
# and counted clauses (targets) are not.
_DONE_CLAUSE = re.compile(
    r"^(?:全面|基本)?(?:完成|消除|淘汰|建成|设立|成立|取缔|关停)|"
    r"^[^,;。]{2,20}全面(?:达到|完成|消除|淘汰|建成)"
)


def list_lead_due(paragraph: Paragraph, ctx: DocContext) -> date | None:
    """The year-end a lead paragraph gives the numbered items of its list, else None: the year
    before the list's noun, else the year of a one-year plan."""
    text = paragraph.text
    if paragraph.heading_level is not None or not _LIST_LEAD_END.search(text):
        return None
    years = [int(match.group(1)) for match in _LIST_YEAR.finditer(text)]
    if not years:
        period = ctx.meta.period
        if period is None or period[0] != period[1]:
            return None
        years = [period[0]]
    due = date(years[-1], 12, 31)
    issued = ctx.meta.issued
    return due if issued is None or due >= issued else None


def list_item_milestones(
    paragraph: Paragraph, ctx: DocContext, due: date, lead_units: list[str]
) -> list[MilestoneRecord]:
    """The uncounted clauses of a numbered item in a year's list that say something will be
    finished: that year's milestones (the counted clauses are its targets)."""
    if paragraph.heading_level is None or not _ITEM_NUMBER.match(paragraph.text):
        return []
    body = _ITEM_NUMBER.sub("", paragraph.text)
    found: list[MilestoneRecord] = []
    offset = paragraph.text.index(body)
    for clause in re.finditer(r"[^,;。]+", body):
        text = clause.group(0).strip()
        if (
            not 4 <= len(text) <= 60
            or not _DONE_CLAUSE.search(text)
            or find_quantities(text)
            or find_time_mentions(text)
        ):
            continue
        start = paragraph.start + offset + clause.start()
        found.append(
            MilestoneRecord(
                region=ctx.region,
                title=text,
                quote=text,
                due=due,
                due_text=f"{due.year}年",
                lead_units=list(lead_units),
                span=Span(start, start + len(clause.group(0)), paragraph.section),
            )
        )
    return found


# A goal cell that only says "done" ("建成", "完成创建", "通过验收").
_DONE_CELL = re.compile(r"^(?:全面|基本)?(?:建成|完成|创成|达标|通过验收|完成创建|创建成功)$")


def indicator_milestone(
    indicator: Indicator, ctx: DocContext, row: TableRow
) -> MilestoneRecord | None:
    """ "省级示范区 | 个 | 0 | 建成": the indicator is to be achieved by that column's year."""
    cell = indicator.value_text.strip(" 。")
    if not _DONE_CELL.match(cell) or indicator.deadline is None or not indicator.name:
        return None
    end = indicator.offset + len(indicator.value_text)
    return MilestoneRecord(
        region=ctx.region,
        title=f"{cell}{indicator.name}"[:TITLE_WIDTH],
        quote=ctx.text[indicator.name_offset : end][:120],
        due=indicator.deadline,
        due_text=f"{indicator.deadline.year}年",
        lead_units=list(row.lead_units),
        span=Span(indicator.name_offset, end, row.section),
    )


def _names_the_year(mention: TimeMention, text: str, deadline: date) -> bool:
    """ "制定并下发2031年某区稳增长方案" under a quarter column of the 2031 plan: the deadline's
    own year before a name is part of the name, no time of the cell's own (round 33)."""
    return (
        mention.text.rstrip("年") == str(deadline.year)
        and re.match(r"[\u4e00-\u9fff]", text[mention.end : mention.end + 1]) is not None
        and not re.match(r"(?:底|末|中|内|前|起|初|上半年|下半年)", text[mention.end :])
    )


def step_milestone(
    piece: Piece, ctx: DocContext, row: TableRow, deadline: date
) -> MilestoneRecord | None:
    """A step of a row's task under its year column ("启动建设" under 2026年 in the row of
    "建设某平台"): due at that year's end, led by the row's units, titled by the task and the
    step ("建设某平台:启动建设"), since the step alone does not say what it is a step of."""
    text = piece.text.strip(" 。;,")
    if not text or UNDECIDED.search(text):
        return None
    task = (row.task or "").strip(" 。;,")
    title = f"{task}:{text}" if task and task not in text else text
    return MilestoneRecord(
        region=ctx.region,
        title=title[:TITLE_WIDTH],
        quote=text[:120],
        due=deadline,
        due_text=f"{deadline.year}年",
        lead_units=list(row.lead_units),
        span=Span(piece.start, piece.start + len(piece.text), row.section),
    )


def cell_milestone(
    piece: Piece, ctx: DocContext, row: TableRow, deadline: date
) -> MilestoneRecord | None:
    """A task-table cell without a number under a year column ("完成省质检站验收" under 2017) is
    a milestone due at that year's end, led by the row's units.  A cell read together with the
    row's units cell before it ("市科技局、…,各区人民政府积极申请…") keeps only the duty: the
    leading names are units, not the title."""
    text = piece.text.strip(" 。;,")
    _leaked_units, duty = leading_units(text)
    offset = len(text) - len(duty)
    text = duty
    if (
        len(re.sub(r"[^\u4e00-\u9fff]", "", text)) < 6
        or find_quantities(text)
        or any(not _names_the_year(mention, text, deadline) for mention in find_time_mentions(text))
        or UNDECIDED.search(text)
    ):
        return None
    return MilestoneRecord(
        region=ctx.region,
        title=text[:TITLE_WIDTH],
        quote=text[:120],
        due=deadline,
        # the row's time cell in its own words (2032年6月底前), as its targets have them
        due_text=row.time_text or f"{deadline.year}年",
        lead_units=list(row.lead_units),
        span=Span(piece.start + offset, piece.start + len(piece.text), row.section),
    )


# B56-1: a schedule written as month lines, "3-4月,甲项目开复工,乙项目完成开工手续。",
# "5—6月,…完成主体工程", "9月,…招生办学": in a one-year plan each clause of the line that does a
# step of the work is a milestone of the line's months (a range starts with its first month), and a
# count inside such a clause ("5所学校建设项目竣工") is the step's, no target of its own.
_MONTH_STEP_LINE = re.compile(
    r"^\s*(?P<m1>\d{1,2})(?:月(?:份)?)?(?:\s*[—\-–~～至到]+\s*(?P<m2>\d{1,2})月(?:份)?|(?<=月)|(?<=份))"
    r"\s*[,,::]\s*(?P<rest>\S.*)$",
    re.S,
)
_MONTH_STEP_ACTION = re.compile(
    r"开复工|开工|复工|完工|竣工|交付|投入使用|投用|完成|建成|实施|启动|招生|办学|验收|通过|开展|"
    r"组织|召开|印发|出台|制定|编制|动工|封顶|运行|运营|达到|实现|形成"
)
# a line reporting the months' results ("1-5月,全市新签约项目45个,完成全年目标的60%,实现到位资金
# 120亿元。") is no step of a schedule
_MONTH_REPORT = re.compile(
    r"完成全年(?:目标|任务|计划)的|同比|比上年|较上年|比去年|较去年|上年同期|去年同期|实现到位|"
    r"占全年|累计完成|已完成|已建成|已实现"
)
# a year's total in a month line ("全年新建就业驿站20个", "全县完成工业投资60亿元") is a target of
# the plan, no step of those months
_YEAR_TOTAL = re.compile(
    r"^(?:(?:全年|年度|年内)|全[县市区州省旗镇乡](?:全年|年内)?(?:共|累计)?完成)[^,,;;。]*\d"
)


def is_month_report(paragraph: Paragraph) -> int:
    """The end of a month line's first sentence when it reports the months' results ("1-5月,全市
    新签约项目45个,完成全年目标的60%,…。"): its figures are no goals (B56-1 guard); 0 otherwise."""
    match = _MONTH_STEP_LINE.match(paragraph.text)
    if match is None:
        return 0
    rest = match["rest"]
    stop = rest.find("。")
    rest = rest[: stop + 1] if stop >= 0 else rest
    if _MONTH_REPORT.search(rest) is None:
        return 0
    return paragraph.start + match.start("rest") + len(rest)


class MonthSchedule:
    """The month lines read so far: a winter-spring plan's "10-11月…", "12月…" then "1-3月…" runs
    on into the next year; a heading that is no month line ends the schedule."""

    def __init__(self) -> None:
        self.last_first = 0
        self.next_year = False

    def year_of(self, first: int, year: int) -> int:
        if self.last_first >= 9 and first < self.last_first:
            self.next_year = True
        self.last_first = first
        return year + 1 if self.next_year else year

    def enter(self, paragraph: Paragraph) -> None:
        if paragraph.heading_level is not None and not _MONTH_STEP_LINE.match(paragraph.text):
            self.last_first, self.next_year = 0, False


def month_step_milestones(
    paragraph: Paragraph,
    ctx: DocContext,
    lead_units: list[str],
    schedule: MonthSchedule | None = None,
) -> list[MilestoneRecord]:
    """The milestones of one month line of a one-year plan's schedule (B56-1); none when the
    paragraph is no such line."""
    if schedule is not None:
        schedule.enter(paragraph)
    period = ctx.meta.period
    if not period or period[0] != period[1]:
        return []
    match = _MONTH_STEP_LINE.match(paragraph.text)
    if match is None:
        return []
    year, first = period[0], int(match["m1"])
    last = int(match["m2"]) if match["m2"] else first
    if not 1 <= first <= last <= 12:
        return []
    if schedule is not None:
        year = schedule.year_of(first, year)
    start = date(year, first, 1) if last > first else None
    due = _day_or_month_end(year, last, None)
    if due is None:
        return []
    rest = match["rest"]
    stop = rest.find("。")
    rest = rest[: stop + 1] if stop >= 0 else rest  # the line's first sentence only
    if _MONTH_REPORT.search(rest) or (ctx.meta.issued is not None and due < ctx.meta.issued):
        return []  # results of months already past, no step
    offset = paragraph.start + match.start("rest")
    records: list[MilestoneRecord] = []
    for clause in re.finditer(r"[^,,;;。]+", rest):
        words = clause.group(0).strip()
        if len(words) < 4 or _MONTH_STEP_ACTION.search(words) is None:
            continue
        if _YEAR_TOTAL.match(words):
            continue
        if clause.end() == len(rest.rstrip()) and not rest.rstrip().endswith(("。", ";", ";")):
            break  # the line is cut off in this clause: its step is not known
        records.append(
            MilestoneRecord(
                region=ctx.region,
                title=words[:TITLE_WIDTH],
                quote=words[:120],
                start=start,
                due=due,
                due_text=re.sub(r"[\s,,::]+$", "", paragraph.text[: match.start("rest")]),
                lead_units=list(lead_units),
                span=Span(offset + clause.start(), offset + clause.end(), paragraph.section),
            )
        )
    return records
