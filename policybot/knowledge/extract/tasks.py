"""Qualitative tasks: what a plan asks a unit to do, with or without a number.

A unit note closes the task it follows: "…建立长效机制。(牵头单位:各县区政府)", "…锅炉。(市生态环境局
牵头,市发展和改革局参与)", a "牵头单位:…" line under a numbered item, or a heading that names the
unit for the items below it ("一、县示范区管委会牵头工作").  A task whose text states a number is
already a target (which carries the same units), so only the others become tasks; they let users
ask "某项工作由哪个部门牵头" and "市质监局负责哪些任务" and can be reminded when they are dated.
"""

from __future__ import annotations

import re
from datetime import date as date_type

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import TimeMention, find_time_mentions
from policybot.knowledge.extract.milestones import month_due
from policybot.knowledge.extract.numbers import find_quantities
from policybot.knowledge.extract.records import Span, TaskRecord
from policybot.knowledge.extract.structure import Paragraph, Piece
from policybot.knowledge.extract.tables import Table
from policybot.knowledge.extract.units import (
    UnitNote,
    joint_units,
    looks_like_unit,
    split_unit_list,
)

_NUMBERING = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[章条]|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|"
    r"\d{1,2}[.、](?!\d))\s*"
)
_TITLE_MAX = 60


def task(
    paragraph: Paragraph,
    piece: Piece,
    note: UnitNote,
    ctx: DocContext,
    first_piece: bool,
    split_item: bool = False,
) -> TaskRecord | None:
    """The task a piece of text states, closed by ``note``; None if the piece says nothing.

    ``split_item``: the piece's paragraph holds several unit notes, so each closes a duty of its
    own and the item's heading names the item, not its first duty."""
    body = _NUMBERING.sub("", piece.text.strip(" ,;。"))
    if len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < 4 or not note.lead:
        return None
    if re.sub(r"^[\s。::]+|[\s。::]+$", "", body) in note.lead + note.support:
        return None  # "(一)县体育局": the heading that names the body is no duty of its own
    title = (_own_duty(paragraph, body) if split_item else None) or _title(
        paragraph, body, first_piece
    )
    if note.lead and len(title) > 6 and paragraph.heading_level is None:
        title = re.sub(r"^(?:主要)?负责", "", title)  # "负责落实经费" under "(二)县财政局"
    monitored = _MONITORED_LIST.match(body)
    if monitored:
        # "对地区生产总值增长5%以上、…等经济社会发展预期目标完成情况进行监测和督导": the duty is
        # the monitoring of what the list sums up, the list itself its targets (B34-1)
        title = f"对{monitored['object']}{monitored['duty']}"
    function = _FUNCTION_LABEL.search(paragraph.text[note.start : note.end]) if note.end else None
    if function is not None and paragraph.heading_level is None and paragraph.headings:
        # "(一)产值增量奖 / …(数据采集单位:县工信局)": the unit checks the rule its heading names
        heading = _NUMBERING.sub("", paragraph.headings[-1]).strip(" 。")
        if 2 <= len(heading) <= 16:
            title = heading + function["work"]
    quote_end = piece.end + max(0, note.end - note.start) if note.end else piece.end
    quote_start = max(piece.start, quote_end - 120)
    return TaskRecord(
        region=ctx.region,
        title=title,
        quote=ctx.text[quote_start:quote_end].strip(" ,;")[:120],
        section=paragraph.section,
        due=_due(body, ctx) or (_note_due(note.when, ctx) if note.when else None),
        lead_units=list(note.lead),
        support_units=list(note.support),
        span=Span(piece.start, min(quote_end, len(ctx.text)), paragraph.section),
    )


_MONITORED_LIST = re.compile(
    r"^对[^。;]{6,}?等(?P<object>[^、,,。;等]{2,30}?)"
    r"(?P<duty>(?:进行|开展|加强|实行)(?:跟踪)?(?:监测|督导|调度|督查|评估|考核)[^。;,,]{0,8})"
)


# A note naming who checks or supplies a rule's figures ("牵头考核单位", "数据采集单位").
_FUNCTION_LABEL = re.compile(r"(?P<work>考核|数据采集|数据提供)(?:牵头)?(?:单位|部门)")


def _title(paragraph: Paragraph, body: str, first_piece: bool) -> str:
    """The item's own heading ("(一)全面推进质量振兴工作。…"), else its first sentence."""
    if first_piece and paragraph.heading_level is not None and paragraph.headings:
        heading = _NUMBERING.sub("", paragraph.headings[-1]).strip(" 。")
        # "加强保护,责任单位:…": a heading cut at a note's colon keeps no label
        heading = re.sub(r"[,;]\s*[\u4e00-\u9fff]{0,4}(?:单位|部门)$", "", heading)
        # "2.推进农村公路提档升级,由县交通运输局负责。": the clause naming the body is the note
        heading = re.sub(r"[,;]\s*(?:具体|并)?由[^,;。]{2,30}?(?:牵头)?负责$", "", heading)
        if len(heading) >= 4 and not heading.isdigit():
            return heading
    sentences = [sentence.strip(" ,") for sentence in re.split(r"[。;]", body)]
    # "?。推进…": a mirror that lost the item's number leaves a "sentence" with no word in it
    first = next((x for x in sentences if re.search(r"[\u4e00-\u9fff]", x)), sentences[0])
    return first[:_TITLE_MAX]


def _own_duty(paragraph: Paragraph, body: str) -> str | None:
    """The first sentence of a piece after its item's heading ("1.实施风险评估…专项行动。完善…
    标准管理制度,…(区卫生健康委负责)严格贯彻…(区农业农村局负责)": the first note closes
    "完善…", the heading names all the item's duties); None when the piece is the heading alone."""
    if paragraph.heading_level is None or not paragraph.headings:
        return None
    heading = _NUMBERING.sub("", paragraph.headings[-1]).strip(" 。")
    if len(heading) < 4 or not body.startswith(heading):
        return None
    rest = body[len(heading) :].lstrip(" 。:,")
    if len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 4:
        return None
    return _title(paragraph, rest, first_piece=False)


def _note_due(when: str, ctx: DocContext) -> date_type | None:
    """A note's time limit: its date, else a month of a one-year plan ("9月底前完成")."""
    return _due(when, ctx) or month_due(when, ctx)


def _due(body: str, ctx: DocContext) -> date_type | None:
    """The first deadline the task states ("2019年9月底前,基本完成…"), if it is not in the past."""
    year = ctx.document_year
    for mention in find_time_mentions(body):
        if _names_a_years_scheme(mention, body):
            continue
        if mention.kind == "point" and mention.last and (year is None or mention.last.year >= year):
            return mention.last
    return None


# "2016年度商标、广告奖补…兑付工作": the year names which year's scheme, not when it is due (B28-9).
_YEAR_OF_SCHEME = re.compile(r"[\u4e00-\u9fff](?<![底末前内中终])")


def _names_a_years_scheme(mention: TimeMention, body: str) -> bool:
    if not mention.text.endswith("年"):
        return False
    after = body[mention.end : mention.end + 2]
    return after[:1] == "度" and _YEAR_OF_SCHEME.match(after[1:]) is not None


def is_heading_only(paragraph: Paragraph, piece: Piece) -> bool:
    """A heading that only passes its units to the items below it."""
    if paragraph.heading_level is None or not paragraph.headings:
        return False
    return len(piece.text.strip(" 。")) <= len(paragraph.headings[-1]) + 2


_HEADING_UNITS = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))(?P<units>[^,。;()]{2,40}?)"
    r"(?:牵头|负责)(?:的)?(?:工作|任务|事项)"
)


def heading_units(text: str) -> str | None:
    """ "一、县示范区管委会牵头工作(8项)" -> "县示范区管委会"."""
    match = _HEADING_UNITS.match(text)
    return match["units"] if match else None


# "由镇政府负责审批,财政分局负责资金监督及拨付", "市发展改革委负责《方案》工作任务的统一督导调度",
# "省政府办公厅要对…跟踪督办", "县政府督查室将常年跟踪", "由区督查组综合后向区政府汇报": a named body
# and the duty it is given, stated in a sentence instead of a unit note.
_BODY = r"(?:(?!由)[\u4e00-\u9fff()]){3,30}?"
# "第三条 市财政局负责…", "2.由市科技局负责…": an article or item number before the body
_ITEM_OPENING = r"(?:第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、])?\s*"
# "市发改委、市财政局负责…", "由甲局、乙局等部门负责…": several bodies as one subject.
# (The listed names hold no 、 or 和 themselves, so a long run without a verb is not tried in
# every split.)
_LISTED_BODY = r"(?:(?![由和])[\u4e00-\u9fff()]){2,30}?"
_BODIES = rf"(?:{_BODY}|{_LISTED_BODY}(?:[、和]{_LISTED_BODY})+)(?:等(?:有关|相关)?(?:部门|单位))?"
# The verbs of T55-2..4 are words that also stand inside names ("县应急管理局", "市市场监督管理局",
# "县行政审批局"): they follow a body only where its name has ended on a body's last character.
_NAME_END = r"(?<=[局委办厅府心部院所站室队组会司处馆社镇乡道])"
# The work a body introduced by 由 is given (T55-2).
_BY_VERB = (
    r"(?:会同|联合)(?=[\u4e00-\u9fff]{2})|(?:具体|统一|负责)?(?:组织)?实施|统筹|审核|复核|审批|审定|认定|"
    r"评审|评定|验收|核实|核查|核定|制定|编制|拨付|兑现|兑付|发放|受理|协调|指导|监督|督促|检查|"
    r"考核|管理|推进|开展|落实|办理|审查|承担"
)
# The directed work a department opening its sentence is given without 要 (T55-3).
_SUBJECT_VERB = (
    r"(?:分别|各自)?(?:做好|抓好|加强|落实|推进|开展|建立健全|建立|完善|制定|编制|督促|指导|"
    # (not "…县政府建立的专项资金": a verb closed by 的 describes a thing; nor 了/过: done)
    r"承担|牵头抓好)(?=[\u4e00-\u9fff“])(?![了的过])"
)
_SUBJECT_VERB_ONLY = re.compile(re.sub(r"\(\?[=!][^)]*\)", "", _SUBJECT_VERB))
# "2031年初,市农委将…组织开展…", "下半年,县甲局要…" (T55-1): a time opening the sentence before
# the body that is given the duty (not a deadline, "年底前,…": that is a dated step's).
_TIME_LEAD = (
    r"(?:(?:(?:19|20)\d{2}年(?:初|中)?|年初|年中|上半年|下半年|第?[一二三四]季度|"
    r"\d{1,2}月(?:份|中旬|上旬|下旬)?)(?:起)?\s*[,,]\s*)?"
)
_DUTY_CLAUSE = re.compile(
    rf"(?:^|(?<=[。;!]))\s*{_ITEM_OPENING}{_TIME_LEAD}(?P<topic>具体工作|[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,11}}?(?=由))?(?P<by>由)?(?P<unit>{_BODIES})"
    # "(一)县体育局:负责…", "(一)县体育局。负责…": a division-of-labour item, the body as its
    # label
    r"(?:\s*[::。]\s*(?=(?:牵头)?负责))?"
    # "县甲局作为主管部门,负责…": the role the body is named in, before its duty
    r"(?:作为[\u4e00-\u9fff]{1,12}(?:部门|单位|机构|主体)\s*[,,]\s*(?=(?:牵头)?负责))?"
    # "由县发改局牵头,做好项目申报工作": the lead, a comma, then its duty
    # "县甲局具体负责…" (ext59): an adverb of how the body answers before 负责
    r"(?P<verb>牵头负责|(?:具体|主要|全面|共同)?负责|(?:要|将)?牵头(?=[\u4e00-\u9fff]{2})|"
    r"牵头,(?=[\u4e00-\u9fff]{2})|要|将|"
    # "旗县以上人民政府应当加强…", "某某主管部门主管本行政区域内的…工作" (B55-3): a rule's article
    # gives a level's bodies their duty by 应当 or by 主管 (never 主管部门/主管单位, a name's end)
    r"应当|主管(?!部门|单位|机关|机构|领导|局|委|办)(?=[\u4e00-\u9fff]{2})|"
    # "县教育局应建立…" (T55-4): 应 alone as 应当 (not 应急, 应用, 应对, 应收: words of their own)
    rf"{_NAME_END}应(?![当急用对收届聘征该有])(?=[\u4e00-\u9fff]{{2}})|"
    # "市质监局、市农委按照各自职责,加强…": each body's share of the duty after the comma
    r"(?:要)?按照?(?:各自)?职责(?:分工)?[,,]|"
    r"综合|汇总|统一|组织|"
    # "具体实施方案由县甲局制定", "由县乙局会同县丙局对项目进行验收", "由县丁局统筹推进…"
    # (T55-2): after 由 the body is the doer whatever work it is given (only with 由: without it
    # "县甲局审核…" may be a heading or what was done)
    # X60-3: "奖励资金由县财政局直接拨付到企业": an adverb of how the body does it before the verb
    rf"{_NAME_END}(?:直接|及时|按时|统一|具体)?(?:{_BY_VERB})|"
    # "县甲局、县乙局分别做好…", "市丙局加强…" (T55-3): a department opening its sentence with a
    # verb of directed work is given that work, as with 要
    rf"{_NAME_END}(?:{_SUBJECT_VERB})|"
    # "市科技局、财政局对奖励项目和经费实行监督管理" (B35-5): the bodies and what they oversee
    r"对(?=[^。;,]{2,30}?(?:实行|实施|进行)(?:监督|管理|检查|考核|审核|督查|绩效|审计|评估|验收|核查))"
    r")"
    # "具体实施方案由县甲局制定。": the work may end the sentence when a topic before 由 names it
    r"(?=(?P<duty>[^。;]{2,80}|(?<=制定|编制|审核|审批|审定|认定|验收|实施|落实|办理|兑现|发放|拨付|受理)"
    r"(?=[。;])))"
    # after a comma only "…负责…", "…(要)牵头…" and "由…" clauses: "要/将" there continue another
    # subject
    # "…,新建企业由市乙局负责跟踪服务" (attack50 M2): a share's scope before 由 after the comma too
    rf"|(?<=,)\s*(?P<topic2>[\u4e00-\u9fff]{{2,12}}?(?=由))?(?P<by2>由)?(?P<unit2>{_BODY})"
    r"(?P<verb2>牵头负责|负责|(?:要|将)?牵头(?=[\u4e00-\u9fff]{2})|综合|汇总|统一)"
    r"(?=(?P<duty2>[^。;,]{2,60}))"
)
# A comma before another department given its own step by 要/将/应 (attack59 M9).
_NEXT_BODYS_STEP = re.compile(
    rf"[,,](?P<unit>[\u4e00-\u9fff、]{{3,30}}?){_NAME_END}"
    r"(?:要|将|应当|应(?![当急用对收届聘征该有]))(?P<duty>[\u4e00-\u9fff][^。;,,]{1,59})"
)
_BY_VERB_ONLY = re.compile(re.sub(r"\(\?=[^)]*\)", "", _BY_VERB))  # the verb alone (fullmatch)
_ALIAS = re.compile(r"\(以下简称[^()]*\)")
# The scope of a share of the work before 由 ("原有企业由…", "新建项目由…"): a kind of firm,
# project or body, which the duty after the bodies is done for (attack50 M2).
_SCOPE_TOPIC = re.compile(
    r"^(?!该|此|本|这|上述|以上|各)[\u4e00-\u9fff]{0,10}(?:企业|项目|单位|主体|机构|商户|园区)$"
)
# "对原有企业,由…", "属于新建企业的,由…": the case the clause before 由 names.
_CASE_CLAUSE = re.compile(r"(?:^|(?<=[。;!,]))\s*(?P<case>对[^,。;]{2,12}|[^,。;]{2,12}的)\s*,\s*$")


def _case_before(text: str, by: int) -> str | None:
    """The case the clause right before a "由…" clause names (its words), else None."""
    case = _CASE_CLAUSE.search(text, max(0, by - 16), by)
    return _NUMBERING.sub("", case["case"].strip()) if case else None


# "…实施动态管理,具体工作由市发改委牵头负责。" ("具体由…"): the duty is the clause before.
# "…兑付工作按照属地管理原则,由甲区市场监督管理局、甲区财政局组织实施。": the same with several
# bodies and 组织实施 (B28-9).
_DUTY_AFTER = re.compile(
    r"(?P<duty>[^。;,]{4,60}),\s*(?:具体工作|日常工作|此项工作|具体)?由"
    r"(?P<unit>[\u4e00-\u9fff()]{3,30}?(?:、[\u4e00-\u9fff()]{3,30}?){0,4})"
    r"(?:(?:牵头)?负责|共同组织实施|组织实施)\s*[。;]"
)
_A_GOVERNMENT = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?[省市县区镇乡])?(?:人民)?政府$")
_NOT_A_DUTY = re.compile(r"^(?:同志|人|的|同意)")
# "本细则…由市科技局负责解释" (B35-4): who interprets the document is a standing formula of its
# last article, not a duty to track or remind (the body stays a unit).
_INTERPRETS = re.compile(r"^(?:解释|对本[^,。;]{1,12}?(?:进行)?解释)(?:本[^,。;]{1,10})?$")
# "市考评办要将2031年《工作报告》确定的" (an excerpt cut mid-phrase): a duty that ends in a
# dangling attributive 的 has lost its object; no task can be read from it (round 33).
_CUT_DUTY = re.compile(r"的$")
# "市领导小组各成员单位", "市领导小组" (short for a group named in full elsewhere): no one body.
# "各级物价部门" (B55-2) names each level's bodies of one field, as a rule charges them: a unit.
_NO_SINGLE_BODY = re.compile(
    r"各(?!级[\u4e00-\u9fff]{2,8}(?:部门|机关)$)|有关|相关|成员单位|^[省市县区]?(?:领导|工作)小组$"
)


# "奖励资金将由市工业和信息化局拨到各县、区…": the body that pays the money out.
# "奖励资金由市财政局负责拨付", "所需资金由市财政局从专项资金中列支": the same, the money's source
# or the word 负责 between the body and its verb; the duty may end the sentence.
_PAYS_OUT = re.compile(
    r"(?P<money>(?:奖励|补助|奖补|扶持|专项)?(?:资金|经费|奖金))(?:将|应|要)?由"
    rf"(?P<unit>{_BODY})(?:负责|统一)?(?P<source>从[^,。;]{{2,30}}?中)?"
    r"(?P<verb>拨到|拨付(?:到|给)?|下拨(?:到|给)?|拨给|划拨(?:到|给)?|列支|兑现|兑付|发放)"
    r"(?P<duty>[^。;,]{0,60})"
)


def payment_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """ "奖励资金将由<unit>拨到<recipients>": a task of the paying body (in a grant notice too)."""
    found: list[TaskRecord] = []
    for match in _PAYS_OUT.finditer(paragraph.text):
        units = split_unit_list(match["unit"])
        if not units or not all(
            looks_like_unit(unit) and not _NO_SINGLE_BODY.search(unit) for unit in units
        ):
            continue
        title = f"将{match['money']}{match['verb']}{match['duty']}"
        if not match["duty"]:
            title = f"{match['money']}{match['verb']}"  # "奖励资金由市财政局负责拨付。"
        start, end = match.start(), match.end()
        found.append(
            TaskRecord(
                region=ctx.region,
                title=title[:_TITLE_MAX],
                quote=paragraph.text[start:end][:120],
                section=paragraph.section,
                due=None,
                lead_units=units,
                span=Span(paragraph.start + start, paragraph.start + end, paragraph.section),
            )
        )
    return found


# "…建设智慧城市,由市发改委牵头,市财政局、市科技局配合。", "由甲局牵头,乙局配合,组织实施本办法。":
# a lead body and its supporting bodies named in the sentence, the duty before or after them.
_LED_SENTENCE = re.compile(
    rf"(?:^|(?<=[。;!,]))\s*{_ITEM_OPENING}由?(?P<lead>{_BODY})牵头\s*[,、]\s*"
    r"(?P<support>[\u4e00-\u9fff()、]{3,80}?)(?:等(?:相关|有关)?(?:部门|单位))?"
    r"(?:配合|参与|协助|协同|协办)(?:[,]\s*(?P<duty>[^。;,]{2,60}))?\s*(?=[。;]|$)"
)


# "市发改委会同市财政局、市科技局制定配套政策": the subject leads, the bodies it works with support;
# "由市发改委牵头,会同市财政局…制定…": the same with the lead said first.
_JOINT_SENTENCE = re.compile(
    rf"(?:^|(?<=[。;!]))\s*{_ITEM_OPENING}由?(?P<lead>{_BODY})(?:要|将|应)?(?:牵头\s*[,,]\s*)?"
    r"(?:会同|联合)"
    r"(?P<support>[\u4e00-\u9fff()、]{3,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?P<duty>(?:共同)?(?:负责|制定|研究|组织|做好|开展|推进|落实|建立|完善|编制|出台|实施|审核|"
    r"评审|督促|指导|"
    # "由甲局会同乙局对项目实施情况进行验收" (T55-2): what the bodies check, then the check
    r"对(?=[^。;,]{2,30}?(?:进行|实施|开展|实行)))[^。;]{0,60})(?=[。;]|$)"
)


# "收费的项目、标准,除另有规定的外,由省甲部门会同省乙部门审批" (B55-2): the lead and the body it works
# with after a comma, the duty a bare verb whose object is the sentence's opening clause.
_JOINT_AFTER_TOPIC = re.compile(
    rf"(?<=[,,])\s*由(?P<lead>{_BODY})(?:会同|联合)(?P<support>[\u4e00-\u9fff()、]{{3,60}}?)"
    r"(?P<duty>审批|审核|审定|审查|核定|认定|制定|确定|管理|监督|监管|组织实施)(?P<topic>)(?=[。;,]|$)"
)


# "…提出申请,由金融管理局、财政局联合审核,按程序办理拨付手续": bodies that do the duty together,
# each of them leading it (B42-13).
_TOGETHER_SENTENCE = re.compile(
    rf"(?:(?:^|(?<=[。;!,]))\s*由(?P<lead>{_LISTED_BODY}(?:[、和]{_LISTED_BODY})+)"
    # "县甲局和县乙局共同制定实施细则": the bodies opening their sentence without 由
    rf"|(?:^|(?<=[。;!]))\s*{_ITEM_OPENING}(?P<subjects>{_LISTED_BODY}(?:[、和]{_LISTED_BODY})+))"
    r"(?:联合|共同)"
    r"(?P<duty>(?:审核|审定|审查|评审|认定|核定|考核|验收|组织|实施|办理|负责|制定|研究|推进|开展|做好|"
    r"监督|管理|出台|编制)[^。;]{0,60})"
    r"(?P<support>)(?=[。;]|$)"
)


# "外贸发展资金由县招商局、县财政局共同管理使用": what the bodies manage together, named before 由;
# a task of each of them, titled by the verb and what it is done to (B48-10).
_TOPIC_TOGETHER = re.compile(
    r"(?:^|(?<=[。;!]))\s*(?:第[一二三四五六七八九十百]{1,4}条\s*)?"
    r"(?P<topic>[\u4e00-\u9fff“”]{2,20}?)(?:\([^()]{0,20}\))?\s*"
    rf"由(?P<lead>{_LISTED_BODY}(?:、{_LISTED_BODY})+)(?:联合|共同)"
    r"(?P<duty>(?:管理使用|管理|使用|监管|管护|运营|维护)[^。;,]{0,20})"
    r"(?P<support>)(?=[。;,]|$)"
)


# "逾期未整改的,由甲中心、乙室跟进督办。": the bodies that follow a lapse up, the case named in the
# clause before them (B51-4).
_FOLLOW_UP = re.compile(
    rf"(?<=[,,])\s*由(?P<lead>{_LISTED_BODY}(?:、{_LISTED_BODY})*)"
    r"(?P<duty>(?:跟进|跟踪|负责)(?:督办|督促|督查|督导|问效)[^。;,]{0,20})"
    r"(?P<support>)(?=[。;]|$)"
)


def led_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """Tasks whose sentence names who leads and who supports ("由A牵头,B、C配合", "A会同B…"),
    or bodies doing a duty together ("由A、B联合审核…")."""
    found: list[TaskRecord] = []
    text = paragraph.text
    matches = sorted(
        [
            *_LED_SENTENCE.finditer(text),
            *_JOINT_SENTENCE.finditer(text),
            *_TOGETHER_SENTENCE.finditer(text),
            *_TOPIC_TOGETHER.finditer(text),
            *_FOLLOW_UP.finditer(text),
            *_JOINT_AFTER_TOPIC.finditer(text),
        ],
        key=lambda m: m.start(),
    )
    for match in matches:
        listed = match["lead"] or match.groupdict().get("subjects") or ""
        lead, support = (
            split_unit_list(listed.replace("和", "、")),
            split_unit_list(match["support"]),
        )
        if not lead or not all(
            looks_like_unit(unit) and not _NO_SINGLE_BODY.search(unit) for unit in lead
        ):
            continue
        support = [unit for unit in support if looks_like_unit(unit)]
        duty = match["duty"]
        start = match.start()
        if not duty:
            sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。;!") + 1
            duty = _NUMBERING.sub("", text[sentence_start : match.start()].strip(" ,"))
            start = sentence_start
        duty = re.sub(r"^(?:共同)?负责", "", duty.strip(" ,"))
        if match.re is _TOPIC_TOGETHER:
            duty = f"{duty}{match['topic']}"
        if match.re is _JOINT_AFTER_TOPIC:
            # what is approved: the sentence's opening clause ("收费的项目、标准")
            sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。;!") + 1
            topic = re.split(r"[,,]", text[sentence_start : match.start()], maxsplit=1)[0]
            topic = re.sub(r"^其中", "", _NUMBERING.sub("", topic.strip()))
            if not 2 <= len(topic) <= 30:
                continue
            duty, start = f"{duty}{topic}", sentence_start
        if match.re is _FOLLOW_UP:
            # the case followed up: the clause before 由 ("逾期未整改的")
            sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。;!") + 1
            case = re.sub(r"^[\s,,]+|[\s,,]+$", "", text[sentence_start : match.start()])
            case = _NUMBERING.sub("", case)
            if not 2 <= len(case) <= 30 or not case.endswith("的"):
                continue
            duty, start = f"{case}{duty}", sentence_start
        if len(re.sub(r"[^\u4e00-\u9fff]", "", duty)) < 4 or find_quantities(duty):
            continue
        found.append(
            TaskRecord(
                region=ctx.region,
                title=re.split(r"[。;]", duty, maxsplit=1)[0][:_TITLE_MAX],
                quote=text[start : match.end()].strip(" ,;。")[:120],
                section=paragraph.section,
                due=_due(duty, ctx),
                lead_units=lead,
                support_units=support,
                span=Span(
                    paragraph.start + start, paragraph.start + match.end(), paragraph.section
                ),
            )
        )
    return found


# "控制指标由市环保局根据…研究后另行下达", "专项计划由市发展改革委会同市有关部门另行下达": the
# department charged with setting what the document leaves open holds that duty (convention settled in
# round 33, corpus/SCHEMA.md; the unit alone is read by units._CHARGED_WITH_SETTING).
_SETS_THE_REST = re.compile(
    r"(?P<topic>[\u4e00-\u9fff“”]{2,24}?)由(?P<unit>[\u4e00-\u9fff]{2,16}?(?:局|委|厅|办))"
    r"(?P<how>(?:根据|按照|依据|会同)[^。;,]{0,60}?)"
    r"(?P<verb>(?:另行|再行)(?:下达|制定|印发|发布|确定|公布))"
)


def setting_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """ "<topic>由<bureau>根据/会同…另行下达": a task of the bureau, "另行下达<topic>"."""
    found: list[TaskRecord] = []
    for match in _SETS_THE_REST.finditer(paragraph.text):
        unit, topic = match["unit"], re.sub(r"^(?:其中|并|且|对|将)", "", match["topic"])
        if not looks_like_unit(unit) or _NO_SINGLE_BODY.search(unit) or len(topic) < 2:
            continue
        start, end = match.start("topic"), match.end()
        found.append(
            TaskRecord(
                region=ctx.region,
                title=f"{match['verb']}{topic}"[:_TITLE_MAX],
                quote=paragraph.text[start:end][:120],
                section=paragraph.section,
                due=None,
                lead_units=[unit],
                span=Span(paragraph.start + start, paragraph.start + end, paragraph.section),
            )
        )
    return found


# "成立某县体育公园建设领导组。组长:…。领导组协调工程中有关事宜,保证工程进度" (B38-8): a body the
# text sets up, then names by its short form as the subject of a duty: the duty is a task of the
# body by its full name.
_SET_UP_BODY = re.compile(
    r"成立(?:了)?(?P<name>[\u4e00-\u9fff()“”]{2,40}?"
    r"(?P<kind>领导小组|领导组|指挥部|工作专班|工作组))(?=[,。;,(]|$)"
)
_SHORT_FORM_DUTY = re.compile(
    r"(?:^|(?<=[。;:]))\s*(?:该)?(?P<kind>领导小组|领导组|指挥部|工作专班|专班|工作组)"
    r"(?:主要)?(?:要|将)?(?:负责)?"
    r"(?P<duty>(?:负责|协调|统筹|研究|指导|督促|组织|部署)[^。;]{2,80})"
)


def set_up_body_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """Duties of a body the text sets up, named after by its short form (B38-8)."""
    found: list[TaskRecord] = []
    for match in _SHORT_FORM_DUTY.finditer(paragraph.text):
        position = paragraph.start + match.start()
        bodies = [
            body
            for body in _SET_UP_BODY.finditer(ctx.text, 0, position)
            if body["kind"].endswith(match["kind"]) or match["kind"] == "专班"
        ]
        if not bodies:
            continue
        name = bodies[-1]["name"]
        duty = re.sub(r"^负责", "", match["duty"]).strip(" ,")
        duty = re.split(r"[,,](?:确保|切实|做到)", duty, maxsplit=1)[0].strip(" ,")
        start, end = match.start("kind"), match.end()
        found.append(
            TaskRecord(
                region=ctx.region,
                title=duty[:_TITLE_MAX],
                quote=paragraph.text[start:end].strip(" ,;。")[:120],
                section=paragraph.section,
                due=None,
                lead_units=[name],
                span=Span(paragraph.start + start, paragraph.start + end, paragraph.section),
            )
        )
    return found


# "由分管区长任组长的品牌战略推进领导小组,具体负责奖励办法的实施。区商务委、区科委…等职能部门为成员
# 单位": a body introduced by who chairs it, with its duty and its member departments; the duty is a
# task the body leads, its members support it (B40-11).
_CHAIRED_BODY_DUTY = re.compile(
    r"由[^,,。;]{1,20}?(?:任|担任)组长的(?P<name>[\u4e00-\u9fff“”]{2,30}?"
    r"(?:领导小组|领导组|指挥部|工作专班|工作组|推进组))\s*[,,]\s*(?:具体|主要)?负责"
    r"(?P<duty>[^,,。;]{2,60})"
)
_MEMBERS = re.compile(
    r"(?:^|(?<=[。;]))\s*(?P<members>(?:(?!等)[\u4e00-\u9fff]){2,16}(?:、(?:(?!等)[\u4e00-\u9fff]){2,16}){1,12})"
    r"等?(?:职能|有关|相关)?(?:部门|单位)?为(?:其)?成员单位"
)


def chaired_body_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """The duty of a body introduced by who chairs it, its member departments supporting (B40-11)."""
    found: list[TaskRecord] = []
    for match in _CHAIRED_BODY_DUTY.finditer(paragraph.text):
        members = _MEMBERS.search(paragraph.text, match.end())
        support = members["members"].split("、") if members else []
        start, end = match.start("name"), match.end()
        found.append(
            TaskRecord(
                region=ctx.region,
                title=f"负责{match['duty'].strip()}"[:_TITLE_MAX],
                quote=paragraph.text[match.start() : end][:120],
                section=paragraph.section,
                due=None,
                lead_units=[match["name"]],
                support_units=support,
                span=Span(paragraph.start + start, paragraph.start + end, paragraph.section),
            )
        )
    return found


# "本办法所称省名牌产品是指由…统一组织评定…的产品": a definition names who awards a title, not a
# duty the document gives.
_DEFINITION = re.compile(r"是指|系指|指的是")


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in "。;!?") + 1


# A jury a reward rule sets up ("市长质量奖评审委员会", "评委会"): what it does is the prize's
# procedure, standing for every round, no task of a plan (round 33).
_JURY = re.compile(r"(?:评审|评选|评定|评比|审定)(?:委员会|小组|工作组|组)$|评委会$")


def is_cut_duty(task: TaskRecord) -> bool:
    """A duty whose title ends in a dangling 的 (the text cut mid-phrase): no task, though its
    body stays a unit (applied after the units are read, like `is_jury_remit`)."""
    return bool(_CUT_DUTY.search(task.title))


def is_jury_remit(task: TaskRecord) -> bool:
    """ "评委会负责推动、指导…评审活动": a task led only by a prize jury is its standing remit;
    the jury stays a unit of the document (the caller reads units before dropping it)."""
    return bool(task.lead_units) and all(_JURY.search(unit) for unit in task.lead_units)


def _named_by_topic(topic: str | None, duty: str) -> str | None:
    """ "纳税企业考核由县工业商贸局牵头,会同…组成考核组进行考核" (B39-8): the topic before 由
    names the task when the duty after the bodies only does what it names (its last word again)."""
    if not topic or topic == "具体工作" or len(topic) < 4:
        return None
    work = re.split(r"[,,]", duty, maxsplit=1)[0]
    return topic if topic[-2:] in work else None


# "市、县政府是统筹推进充电设施建设的责任主体", "各县(市、区)人民政府是本地区…工作的第一责任人":
# the bodies named answer for the work (B47-7). Governments named by their levels together ("市、
# 县政府") are one subject, as the text writes them.
_SUBJECT_OF_DUTY = re.compile(
    # "甲部门是市级项目的责任主体,乙政府和丙部门是县级项目的责任主体" (B55-4): each clause its own
    rf"(?:^|(?<=[。;!,,]))\s*{_ITEM_OPENING}(?P<lead>[^,。;:,:]{{2,40}}?)是"
    r"(?P<duty>(?:本地区|本辖区|本部门)?[^,。;:是]{4,40}?)(?:工作)?的"
    r"(?:责任主体|第一责任人|主体责任单位|责任单位)(?=[,。;]|$)"
)
_LEVELS_GOVERNMENT = re.compile(
    r"^(?:各级|(?:[省市县区乡镇]、)+[省市县区乡镇](?:级)?)(?:人民)?政府$"
)
# "行业协会是行业自律的责任主体" (attack47 L1): a society of members (协会, 学会, 商会, 联合会,
# 促进会) named as answering for its own field describes it; the document gives it no duty there.
# A duty it is given ("…,负责组织会员自查", "…的责任单位,负责…") is read by the other rules.
_MEMBERS_SOCIETY = re.compile(r"(?:协会|学会|商会|联合会|促进会|研究会)$")


# The duty given after the clause (attack49 M5): ",负责…", ",并负责…", ",要组织…", ",应…",
# ",承担…"; another body named after the comma ("…,市工商联负责指导") is that body's.
_SOCIETY_GIVEN = re.compile(
    r"\s*[,,]\s*(?:(?:要|应当?|须|并)(?:主要|具体)?(?:负责|承担)?|(?:主要|具体)?(?:负责|承担))"
    r"(?P<duty>[^,,。;;]{4,60})"
)
# "…的责任主体,要发挥桥梁作用": the part it plays, no duty (fix75's 行业协会 stays without a task).
_SOCIETY_PART = re.compile(r"^(?:充分|积极|更好地?)?(?:发挥|起到|当好|成为)|作用$")


def _describes_a_society(lead: list[str]) -> bool:
    """Whether the subject of "<lead>是…的责任主体" holds a society of members (no office)."""
    return any(_MEMBERS_SOCIETY.search(unit) for unit in lead)


def _society_duty(text: str, end: int) -> tuple[str, int] | None:
    """The duty a society named as 责任主体 is then given ("…的责任主体,负责组织会员自查"): its
    words and where they end, or None when the sentence gives it none."""
    given = _SOCIETY_GIVEN.match(text, end)
    if given is None or _SOCIETY_PART.search(given["duty"].strip()):
        return None
    return given["duty"].strip(), given.end()


# "发展改革部门是项目建设管理的综合部门,主要负责项目的申报…,会同有关行业主管部门…" (B55-5): a body
# given its place in the work ("…的综合/主管部门") and then, after the comma, the duty it holds.
_ROLE_THEN_DUTY = re.compile(
    rf"(?:^|(?<=[。;!]))\s*{_ITEM_OPENING}(?P<lead>[^,。;:,:是]{{2,30}}?)是"
    r"[^,。;:是]{2,30}?的(?:综合|主管|牵头|职能|责任|协调|监管)(?:部门|单位|机构|机关)"
    r"[,,]\s*(?:主要|具体)?负责(?P<duty>[^。;]{4,120})"
)


def role_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    found: list[TaskRecord] = []
    text = paragraph.text
    for match in _ROLE_THEN_DUTY.finditer(text):
        lead = split_unit_list(match["lead"].strip())
        if not lead or not all(
            looks_like_unit(unit) and not _NO_SINGLE_BODY.search(unit) for unit in lead
        ):
            continue
        clauses = re.split(r"[,,]", match["duty"])
        joint: list[str] = []
        for clause in clauses[1:]:
            joint = joint or joint_units(clause)[0]
        duty = clauses[0].strip()
        if len(re.sub(r"[^\u4e00-\u9fff]", "", duty)) < 4 or find_quantities(duty):
            continue
        support = [unit for unit in joint if unit not in lead]
        found.append(_duty_of_match(paragraph, ctx, match, duty, lead, support))
    return found


def subject_duties(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    found: list[TaskRecord] = []
    text = paragraph.text
    for match in _SUBJECT_OF_DUTY.finditer(text):
        subject = match["lead"].strip()
        if _LEVELS_GOVERNMENT.match(subject):
            lead = [subject]
        else:
            lead = split_unit_list(subject)
            if not lead or not all(looks_like_unit(unit) for unit in lead):
                continue
        end = match.end()
        duty = re.sub(r"^(?:本地区|本辖区|本部门)", "", match["duty"]).strip()
        if _describes_a_society(lead):
            given = _society_duty(text, end)
            if given is None:
                continue
            duty, end = given
        if len(re.sub(r"[^\u4e00-\u9fff]", "", duty)) < 4 or find_quantities(duty):
            continue
        found.append(_duty_of_match(paragraph, ctx, match, duty, lead, [], end))
    return found


def _duty_of_match(
    paragraph: Paragraph,
    ctx: DocContext,
    match: re.Match[str],
    duty: str,
    lead: list[str],
    support: list[str],
    end: int | None = None,
) -> TaskRecord:
    """The undated task a sentence matched by ``match`` states: its duty as title, the matched
    sentence as quote and span (``role_duties``, ``subject_duties``); ``end`` when the duty runs
    on past the match (a society's duty given after its 责任主体 clause)."""
    end = match.end() if end is None else end
    return TaskRecord(
        region=ctx.region,
        title=duty[:_TITLE_MAX],
        quote=paragraph.text[match.start() : end].strip(" ,;。")[:120],
        section=paragraph.section,
        due=None,
        lead_units=lead,
        support_units=support,
        span=Span(paragraph.start + match.start(), paragraph.start + end, paragraph.section),
    )


def duties_in_prose(paragraph: Paragraph, ctx: DocContext) -> list[TaskRecord]:
    """Tasks stated as "<unit> 负责/要/将 <duty>" (or "<duty>,由<unit>负责") in running text."""
    found: list[TaskRecord] = (
        payment_duties(paragraph, ctx)
        + led_duties(paragraph, ctx)
        + setting_duties(paragraph, ctx)
        + set_up_body_duties(paragraph, ctx)
        + chaired_body_duties(paragraph, ctx)
        + subject_duties(paragraph, ctx)
        + role_duties(paragraph, ctx)
    )
    text = paragraph.text
    candidates: list[tuple[str, str, int, int, bool, str | None]] = []
    for match in _DUTY_CLAUSE.finditer(text):
        group = "" if match["unit"] else "2"
        verb, by = match["verb" + group], match["by" + group]
        verb = re.sub(r"^(?:具体|主要|全面|共同)(?=负责)", "", verb)  # "具体负责" is 负责 (ext59)
        if verb and "职责" in verb:
            verb = "要"  # "…按照各自职责,加强…": a directive to the bodies named
        by_only = _BY_VERB_ONLY.fullmatch(verb) and verb not in ("会同", "联合")
        if (verb in ("综合", "汇总", "统一", "组织") or by_only) and not by:
            continue  # "由区督查组综合…", "由农业农村局组织…": only with 由 is the body the doer
        if group and match["topic2"] and not _SCOPE_TOPIC.search(match["topic2"]):
            continue  # "…,具体由市甲局牵头负责": only a share's scope opens a clause after a comma
        duty = match["duty" + group]
        if not duty and not (match["topic" + group] and by):
            continue  # "由县甲局制定。" alone names no work
        leads = verb.endswith(("牵头", "牵头,"))  # "市财政局牵头做好资金保障": the body leads it
        if verb == "牵头," and re.match(r"[^,。;]*(?:配合|参与|协助|协同|协办)(?:[,。;]|$)", duty):
            continue  # "由甲局牵头,乙局配合": a lead-and-support sentence, read by led_duties
        by_verb = bool(by) and bool(_BY_VERB_ONLY.fullmatch(verb))
        next_steps: list[tuple[str, str, int, int, bool, str | None]] = []
        if verb in ("负责", "牵头负责") or leads or by_verb:
            duty = duty.split(",", 1)[0]  # "负责审批,乙局负责拨付": each body its own clause
        elif verb in ("要", "将", "应当", "应"):
            # "县甲局应及时受理申报,县乙局将及时拨付资金" (attack59 M9): each body its own step
            # (the next body and its step are a candidate of their own; only a named body's
            # one-clause step is cut so: "各责任单位要…,把…报送…,市甲局将…" is left whole)
            step = _NEXT_BODYS_STEP.search(duty)
            if (
                step is not None
                and not match["unit" + group].startswith("各")
                and not re.search(r"[,,]", duty[: step.start()])
            ):
                at = match.start("duty" + group)
                while step is not None:  # "…,县乙局要…,县丙局应…": each in turn
                    next_steps.append(
                        (
                            step["unit"],
                            step["duty"],
                            at + step.start("unit"),
                            at + step.end("duty"),
                            True,
                            None,
                        )
                    )
                    step = _NEXT_BODYS_STEP.match(duty, step.end("duty"))
                duty = duty[: next_steps[0][2] - at - 1]
        duty = (
            duty if verb in ("负责", "牵头负责", "要", "将", "应当", "应") or leads else verb + duty
        )
        topic = match["topic" + group]
        named = _named_by_topic(topic, duty)
        if by_verb and topic and topic != "具体工作" and not verb.startswith(("会同", "联合")):
            duty = topic + duty  # "奖补资金的申报由县甲局审核": 奖补资金的申报审核 (T55-2)
        elif topic and topic != "具体工作" and len(duty.strip(" ,")) < 4:
            duty = topic + duty  # "奖励资金由市财政局负责拨付": 奖励资金拨付, not 拨付
        elif topic and _SCOPE_TOPIC.search(topic) and by:
            duty = topic + duty  # "原有企业由市甲局负责组织诊断": 原有企业组织诊断 (attack50 M2)
        elif group and by and (case := _case_before(text, match.start("by2"))):
            duty = case + duty  # "对原有企业,由市甲局负责组织诊断": 对原有企业组织诊断
        unit = _ALIAS.sub("", match["unit" + group])
        end = next_steps[0][2] - 1 if next_steps else match.end("duty" + group)
        subject_verb = not by and bool(_SUBJECT_VERB_ONLY.fullmatch(verb))
        if subject_verb:
            duty = re.sub(r"^(?:分别|各自)", "", duty)
        candidates.append(
            (
                unit,
                duty,
                match.start("unit" + group),
                end,
                verb in ("要", "将", "应当", "应") or subject_verb,
                named,
            )
        )
        candidates.extend(next_steps)
    for match in _DUTY_AFTER.finditer(text):
        duty = _NUMBERING.sub("", match["duty"].strip())
        candidates.append((match["unit"], duty, match.start(), match.end(), False, None))
    # a sentence already read as a payment or as a lead-and-support duty is not read again
    taken = [(task.span.start - paragraph.start, task.span.end - paragraph.start) for task in found]
    for unit_text, duty, start, end, is_directive, named in candidates:
        if any(left <= start < right or start <= left < end for left, right in taken):
            continue
        units = split_unit_list(unit_text)
        if not units or not all(
            looks_like_unit(unit) and not _NO_SINGLE_BODY.search(unit) for unit in units
        ):
            continue
        if is_directive and any(_A_GOVERNMENT.match(unit) for unit in units):
            continue  # "市政府将…": the issuer announcing what it will do, not a unit's duty
        if _DEFINITION.search(text[_sentence_start(text, start) : start]):
            continue  # "…名牌产品是指由省质量奖审定委员会统一组织评定的产品": what a term means
        joint, duty = joint_units(duty)
        duty = re.split(r"[,,](?:并|确保|切实|做到)", duty, maxsplit=1)[0].strip(" ,")
        if _NOT_A_DUTY.match(duty) or len(re.sub(r"[^\u4e00-\u9fff]", "", duty)) < 2:
            continue
        if _INTERPRETS.match(duty):
            continue
        found.append(
            TaskRecord(
                region=ctx.region,
                title=(named or duty)[:_TITLE_MAX],
                quote=text[start:end].strip(" ,;。")[:120],
                section=paragraph.section,
                due=_due(duty, ctx),
                lead_units=units,
                support_units=[u for u in joint if u not in units]
                or _supporting_clause(text[start:end], units),
                span=Span(paragraph.start + start, paragraph.start + end, paragraph.section),
            )
        )
    return found


# "县发改局负责牵头建立信用档案,县市场监管局配合做好信息归集": the body that helps, in a clause
# of its own after the duty.
_SUPPORT_CLAUSE = re.compile(
    r"[,,;]\s*(?P<units>[\u4e00-\u9fff、]{2,40}?)(?:等(?:相关)?(?:部门|单位))?"
    # "市乙局予以配合", "市丙局共同参与"
    r"(?:积极|予以|共同|密切|全力)?(?:配合|协助|协同|参与)"
)


def _supporting_clause(sentence: str, leads: list[str]) -> list[str]:
    match = _SUPPORT_CLAUSE.search(sentence)
    units = split_unit_list(match["units"]) if match else []
    if not units or not all(looks_like_unit(unit) for unit in units):
        return []
    return [unit for unit in units if unit not in leads]


# "三、受理部门及方式" over the bureau's name on its own line, or "受理单位:某市某局".
_ACCEPTANCE_HEADING = re.compile(r"受理(?:部门|单位|机构|窗口)")
_ACCEPTANCE_INLINE = re.compile(r"受理(?:部门|单位|机构)\s*[::]\s*(?P<unit>[^,;。\s]{2,32})")
# What an application is for: "申请某区2019年度质量奖配套奖励应…", "申报某奖励的企业".
_APPLIED_FOR = re.compile(
    r"(?:申请|申报)(?!条件|资格)(?P<what>[^,;。:\n]{4,40}?)(?:应|须|需|必须|的)"
)


def acceptance_tasks(paragraphs: list[Paragraph], ctx: DocContext) -> list[TaskRecord]:
    """The office named as receiving applications under a 受理部门 heading (or after
    "受理单位:") is a unit with a task: receiving what the notice asks firms to apply for."""
    applied = _APPLIED_FOR.search(ctx.text)
    title = f"受理{applied['what']}申报" if applied else "受理申报"
    for index, paragraph in enumerate(paragraphs):
        inline = _ACCEPTANCE_INLINE.search(paragraph.text)
        unit, section, start = None, paragraph.section, paragraph.start
        if inline and looks_like_unit(inline["unit"]):
            unit = inline["unit"]
        elif (
            paragraph.heading_level is not None
            and _ACCEPTANCE_HEADING.search(paragraph.text)
            and index + 1 < len(paragraphs)
        ):
            following = paragraphs[index + 1].text.strip(" 。")
            if looks_like_unit(following) and paragraphs[index + 1].heading_level is None:
                unit, start = following, paragraph.start
        if unit is None:
            continue
        end = paragraph.end if inline else paragraphs[index + 1].end
        return [
            TaskRecord(
                region=ctx.region,
                title=title[:_TITLE_MAX],
                quote=ctx.text[start:end].replace("\n", " ").strip()[:120],
                section=section,
                lead_units=[unit],
                span=Span(start, end, section),
            )
        ]
    return []


def table_tasks(tables: list[Table], ctx: DocContext) -> list[TaskRecord]:
    """A row of a task table (任务 | 牵头单位 | 配合单位) with no goal or time cell is a task of
    the row's units: nothing else records who carries it out.  Rows with goal cells are read as
    targets and milestones instead; a row that only continues the one above adds nothing."""
    found: list[TaskRecord] = []
    for table in tables:
        for row in table.rows:
            if (
                row.indicators
                or row.target_cells
                or row.every
                or not row.lead_units
                or not row.task
            ):
                continue
            title = _NUMBERING.sub("", row.task).strip(" 。;,")
            title = re.split(r"[。;]", title, maxsplit=1)[0].strip(" ,")[:_TITLE_MAX]
            if len(re.sub(r"[^\u4e00-\u9fff]", "", title)) < 4 or find_quantities(title):
                continue
            if any(task.title == title for task in found):
                continue
            offset = ctx.text.find(row.task, row.start)
            start = offset if offset >= 0 else row.start
            found.append(
                TaskRecord(
                    region=ctx.region,
                    title=title,
                    quote=row.task[:120],
                    section=row.section,
                    lead_units=list(row.lead_units),
                    support_units=list(row.support_units),
                    span=Span(start, start + len(row.task), row.section),
                )
            )
    return found


# The list numbers a paragraph may open with, for the answers' own reading of headings.
NUMBERING = _NUMBERING


# "市经信局、市商务局:牵头推进示范工厂培育,组织项目申报。": a paragraph of a 职责分工 that opens
# with the bodies it is about and a colon; what it says is theirs to do.
_UNITS_OPENING = re.compile(r"^(?P<units>[^:,。;()]{2,60}?)\s*:\s*(?P<rest>\S.*)$", re.S)
# "负责", "牵头负责" opening the duty: the verb of the bodies, not part of what they do
DUTY_VERB = re.compile(r"^(?:主要)?(?:牵头)?负责")


def opening_units(text: str) -> tuple[list[str], int]:
    """The bodies a paragraph opens with before a colon ("1.市经信局、市商务局:…"), and where
    what they are to do begins; ([], 0) when it opens with anything else (主要目标:…, 各区:…)."""
    numbering = _NUMBERING.match(text.lstrip())
    skipped = len(text) - len(text.lstrip()) + (numbering.end() if numbering else 0)
    match = _UNITS_OPENING.match(text[skipped:])
    if match is None:
        return [], 0
    units = split_unit_list(match["units"])
    if not units or not all(
        looks_like_unit(unit) and not _NO_SINGLE_BODY.search(unit) and not _FIELD_NAME.match(unit)
        for unit in units
    ):
        return [], 0
    if _LETTER_OPENING.match(match["rest"]) or _only_bodies(match["rest"]):
        return [], 0
    return units, skipped + match.start("rest")


# "发布部门:市人民政府办公室", "责任单位:…": a field of the page or a note, no body's name
_FIELD_NAME = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:部门|机关|单位)$")
# "惠城区…局、惠阳区…局:根据《…》…,现将…": the bodies a notice is addressed to, then its text
_LETTER_OPENING = re.compile(r"^(?:根据|按照|依据|依照|现将|经|接|你|关于|近日|日前|为贯彻|为落实)")


def _only_bodies(text: str) -> bool:
    """Whether what follows the colon only names bodies (a note's or a field's value)."""
    first = re.split(r"[。;]", text, maxsplit=1)[0].strip(" ,")
    items = split_unit_list(first)
    return bool(items) and all(looks_like_unit(item) for item in items)


def opening_unit_duty(paragraph: Paragraph, ctx: DocContext) -> TaskRecord | None:
    """The duty of a paragraph that opens with its bodies and a colon and names no verb a duty
    is read by ("市财政局、市税务局:落实奖励资金和税收优惠政策,每季度通报…"): its first
    sentence is their task, the paragraph its quote. None for any other paragraph."""
    units, begins = opening_units(paragraph.text)
    if not units:
        return None
    said = paragraph.text[begins:].strip()
    first = re.split(r"[。;]", said, maxsplit=1)[0]
    title = DUTY_VERB.sub("", first).strip(" ,")
    if len(re.sub(r"[^\u4e00-\u9fff]", "", title)) < 4:
        return None
    return TaskRecord(
        region=ctx.region,
        title=title[:_TITLE_MAX],
        quote=paragraph.text.strip(" ,;。")[:120],
        section=paragraph.section,
        due=_due(first, ctx),
        lead_units=units,
        span=Span(paragraph.start, paragraph.end, paragraph.section),
    )


def only_units(text: str) -> bool:
    """Whether a heading names bodies only ("3.市财政局、市税务局", a 职责分工 item's)."""
    return bool(opening_units(f"{text.rstrip(' :')}:…")[0])
