"""Document metadata: title, number, issuer, region, dates, plan period, superseded documents.

Plans come either as the bare plan, as a "关于印发《…》的通知" notice wrapping the plan, or as a
web page with labelled fields ("发文标题:", "发文文号:").  The title of the plan itself is what
users ask about, so a notice's title is unwrapped to the plan it issues.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise, takewhile

from policybot.knowledge.chinese import CHINESE_COUNTS, strip_pinyin_glosses
from policybot.knowledge.extract.dates import find_time_mentions, parse_date
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import (
    level_of,
    region_from_body,
    region_from_doc_number,
    region_from_listed_towns,
    region_from_title,
    region_from_title_alias,
    region_from_towns,
    region_of,
    region_of_sole_county,
    speaking_level,
    town_of_title,
    town_region,
    with_prefecture,
)
from policybot.knowledge.extract.normalise import plain_label
from policybot.knowledge.extract.records import DocumentMeta

__all__ = ["extract_metadata", "region_of"]

_DOC_NUMBER = re.compile(
    r"(?P<number>[\u4e00-\u9fff]{1,10}[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*第?\s*\d{1,4}\s*号)"
)
_LABEL_NAMES = (
    "发文标题",
    "标题",
    "文件名称",
    "名称",
    "发文文号",
    "文号",
    "发文字号",
    "发文部门",
    "发文机关",
    "发文单位",
    "发布机构",
    # "(发布单位:某县人民政府办公室 发布日期:…)", "制发机关:…": a page's other names for the issuer
    "发布单位",
    "发布部门",
    "发布机关",
    "制发机关",
    "发文时间",
    "成文日期",
    "成文时间",
    "签发日期",
    "印发日期",
    "发文日期",
    "实施时间",
    "实施日期",
    "生效日期",
    "索引号",
    "发布日期",
    "发布时间",
    "主题分类",
    "有效性",
    "关键词",
    "体裁分类",
    "文章来源",
    "信息来源",
    "来源",
    "发表时间",
    "责任编辑",
)
# A web page's metadata fields, several to a line: "文 号 : 某政办发〔2024〕1号 发文单位: …".
_LABEL_ALTERNATIVES = "|".join(
    r"\s*".join(name) for name in sorted(_LABEL_NAMES, key=len, reverse=True)
)
# A field set in a table row keeps its colon before the cell bar ("发布机构: | 某区人民政府办公室 |"):
# the bar separates cells and is never part of the value (B53-1).
_LABEL = re.compile(
    rf"(?:^|(?<=[\s|:(\[【\u4e00-\u9fff\d]))(?P<label>{_LABEL_ALTERNATIVES})\s*(?:[::]\s*\|?|\|)\s*"
    rf"(?P<value>.+?)\s*(?=\s*(?:{_LABEL_ALTERNATIVES})\s*(?:[::]|\|)|\||$)"
)
_NEXT_LABEL = re.compile(rf"\s*(?:{_LABEL_ALTERNATIVES})\s*[::|]")
_ISSUER_SUFFIX = re.compile(
    r"(?:人民政府办公室|人民政府办公厅|人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|管委会|"
    r"[\u4e00-\u9fff]{1,12}(?:局|委|厅|办|联合会|中心))$"
)
_NOTICE_TITLE = re.compile(r"关于(?:印发|转发|颁发)《?(?P<inner>.+?)》?的(?:通知|函)")
_OWN_TITLE = re.compile(
    # "某市贯彻落实《某省若干措施》实施方案": a work the plan carries out may be named inside it
    r"^《?(?P<title>(?:[^《》]|《[^《》]{2,40}》){4,80}?(?:关于.+的(?:意见|通知|决定|办法|方案|规定)|"
    r"(?:计划|方案|规划|意见|办法|纲要|要点|细则|措施)"
    r"(?:\s*[(\[](?:19|20)\d{2}[—\-–~](?:19|20)\d{2}年[)\]])?"
    r"(?:\s*[(\[](?:征求意见稿|试行|草案|修订稿|送审稿)[)\]])?))》?$"
)
# The national five-year plans, which local plans named "“十四五”…规划" follow.
_FIVE_YEAR_PLANS = {
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}
_ON_ISSUE = re.compile(r"自(?:印发|发布|公布)之日起(?:施行|实施|执行|生效)")
_PERIOD_LINE = re.compile(
    r"^[(\[]?(?:19|20)\d{2}\s*[—\-–~]\s*(?:19|20)\d{2}年[)\]]?$|[(\[](?:19|20)\d{2}"
)
_EFFECTIVE = re.compile(r"自(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)起(?:施行|实施|执行|生效)")
# "本通知自印发之日起施行,有效期5年", "有效期为两年", "试行期两年", "试行期限为3年": a term
# counted in years from the day the document takes effect (else from its signing), which bounds
# its plan period and its duties.
TERM_IN_YEARS = re.compile(
    # B60-7: "自2019年1月1日起执行,暂定三年": a provisional term is a term
    r"(?:(?:有效期|试行期)(?:限)?(?:为|是)?|暂定(?:执行)?)"
    r"\s*(?P<count>[一二三四五六七八九十两]|\d{1,2})\s*年(?![度底末前内])"
)


def term_in_years(text: str) -> re.Match[str] | None:
    """The first "有效期N年" of ``text``, if its count is a sane term (1 to 30 years)."""
    for match in TERM_IN_YEARS.finditer(text):
        if 1 <= _term_years(match) <= 30:
            return match
    return None


def _term_years(match: re.Match[str]) -> int:
    """The years a :data:`TERM_IN_YEARS` match counts (五 or 5)."""
    word = match["count"]
    return CHINESE_COUNTS.get(word) or (int(word) if word.isdigit() else 0)


def term_end(match: re.Match[str], start: date) -> date:
    """The last day of the term a :func:`term_in_years` match states, counted from ``start``
    (five years from 2015-04-08 end on 2020-04-07)."""
    years = _term_years(match)
    day = min(start.day, 28) if start.month == 2 else start.day
    return date.fromordinal(date(start.year + years, start.month, day).toordinal() - 1)


_SUPERSEDES = re.compile(
    r"(?P<docs>《[^》]+》(?:\([^)]*\))?(?:[、和及]《[^》]+》(?:\([^)]*\))?)*)\s*(?:同时)?(?:停止执行|废止|不再执行|失效)"
)
# A site banner's clock ("某区人民政府 2031年12月3日星期二") is the day the page was viewed (B42-1).
_INLINE_SIGNATURE = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府))\s*"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?!印发)(?!\s*(?:星期|礼拜|周[一二三四五六日天]))"
)
# "…绩效目标表某市工业和信息化局2025年6月9日(联系人:…)": a bureau's signature run into the text of a
# copy without line breaks, followed by the contact remark or the end of the line.
_INLINE_BUREAU_SIGNATURE = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{2,24}?(?:局|厅|委员会))\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?=\s*(?:[((](?:联系|此件)|$))"
)
# "2031年3月5日", also "2031.3.5", "2031-03-05" and with a remark after it ("(此件公开发布)")
_SIGNATURE_DATE = re.compile(
    r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}([.\-/])\d{1,2}\1\d{1,2})"
    r"\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*(?:[((](?:此件|本件)[^()()]{0,12}[))])?$"
)
# A web page's posting-time label on a line of its own, its value on the next line.
_POSTING_LABEL = re.compile(r"(?:发布|更新|上传|发表|录入|发稿)(?:时间|日期)\s*[::]?\s*$")
# A signing date closing a paragraph: "…做出新的更大的贡献! 2008年2月29日 |".
_CLOSING_DATE = re.compile(
    r"[。!;]\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:\|\s*)?(?:\(此件[^)]*\))?$"
)
_NUMBER_AND_DATE = re.compile(
    _DOC_NUMBER.pattern + r"\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
)
# "南兴府办函〔202058": a web copy that lost "〕" and "号".
_BROKEN_DOC_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10})[〔\[【(]\s*(?P<year>(?:19|20)\d{2})(?P<number>\d{1,4})\s*$"
)
# "泰政办发2015107": a header line whose brackets and 号 the page dropped (the line holds nothing else;
# the prefix ends in the kind of document, 发 / 函 / 字 / 办 / 文).
_BARE_DOC_NUMBER = re.compile(
    r"^\s*(?P<prefix>[\u4e00-\u9fff]{1,8}(?:发|函|字|办|文))(?P<year>(?:19|20)\d{2})(?P<number>\d{1,4})\s*$"
)
_AFTER_OWN_TITLE = re.compile(r"的(?:通知|决定|意见|通报|批复|请示|报告|函)\s*[((]?\s*$")
_TITLE_TAIL = re.compile(
    r"^.*?(?:通知|决定|意见|通报|批复|请示|报告|函)(?=[\u4e00-\u9fff]{1,8}[〔\[【(])"
)
# A filing number given by the body a document is filed with ("渝文备〔2016〕294号").
_FILING_PREFIX = re.compile(r"备$|备案")
# What a citation of another document says just before its number.
_CITATION_CUE = re.compile(
    r"根据|依据|按照|参照|贯彻|落实|执行|转发|精神|》\s*[((]?\s*$|》[^《]*$|"
    # "经讨论研究,决定废止(某府发〔2031〕28号)": the number of a document repealed or amended,
    # not of the one that repeals it (B48-5)
    r"(?:废止|修订|修改|撤销|宣布失效|停止执行)(?:[((][^()()]{4,24}[))]\s*(?:和|及|、|与))?"
    r"\s*[((]\s*$"
)
# Addressees written as a group: a list opening on 各 (各区、县(市)人民政府,各直属机构), or units
# ending in 人民政府/部门/单位 (市政府各部门、市直各单位).
_ADDRESSED_GROUP = re.compile(
    r"各[\u4e00-\u9fff(),、]{2,}.*|[\u4e00-\u9fff、,()]{2,60}(?:人民政府|部门|单位)"
)
# Offices named one by one, each ending in an office word (兵团科技局, 青川新区管委会).
_OFFICE_WORDS = ("局", "委", "办", "厅", "政府", "部门", "单位", "中心", "管委会", "公司", "处", "室")  # fmt: skip
_OFFICE_WORD_ENDS = frozenset(word[-1] for word in _OFFICE_WORDS)
_NOT_IN_OFFICE_LIST = re.compile(r"[\s。;:;:《》“”]")
_OFFICE_SEPARATORS = ",,、"


def addressee(text: str) -> str | None:
    """Whom the first addressee line of ``text`` (a line, or a document's opening) names.

    The line a notice or a reply opens with names whom it is addressed to, then a colon ends
    it: offices one by one, listed with commas (兵团科技局:, 各县区人民政府,青川新区管委会,
    市直各单位:), or a group (各区、县(市)人民政府,各直属机构:). The extractor takes it for the
    start of the body, the answers read the 主送单位 from it: one reading for both.
    """
    for line in text.split("\n"):
        line = line.strip()
        if len(line) < 3 or line[-1] not in "::":
            continue
        named = line[:-1]
        if _ADDRESSED_GROUP.fullmatch(named) or _office_list(named):
            return named
    return None


def _office_list(named: str) -> bool:
    """Whether ``named`` is offices one by one: 2-30 characters and an office word, each followed
    by a comma or 、, and a last one of 2-80 characters and an office word.

    Read position by position: as one regular expression, the choice of which 、 ends a name and
    which belongs to it grew the work some 60 % with every name, and a line of 40 names that
    is no address was not refused within minutes.
    """
    if _NOT_IN_OFFICE_LIST.search(named):
        return False
    starts = {0}  # where a name may begin: the line's start, or just after a separator
    for start in range(len(named)):
        if start not in starts:
            continue
        for end in range(start + 1, min(start + 83, len(named)) + 1):
            if named[end - 1] in ",,":
                break  # a comma only ever separates names
            if end - start < 3 or named[end - 1] not in _OFFICE_WORD_ENDS:
                continue
            word = next((word for word in _OFFICE_WORDS if named.endswith(word, start, end)), "")
            if not word:
                continue  # 会 not of 管委会
            length = end - start - len(word)
            if end == len(named) and 2 <= length <= 80:
                return True
            if end < len(named) and named[end] in _OFFICE_SEPARATORS and 2 <= length <= 30:
                starts.add(end + 1)
    return False


def extract_metadata(source: str, text: str) -> DocumentMeta:
    # read as labels: a title set in bold ("**…方案**") is still the title
    lines = [_unglued(plain_label(line.strip())) for line in text.split("\n") if line.strip()]
    labels = _labelled_fields(lines)
    meta = DocumentMeta(source=source)
    meta.title = _title(lines, labels)
    meta.doc_number = _doc_number(lines, labels)
    issuer, issued = _signature(lines)
    cited = _source_document(lines)
    if cited is not None:
        # "来源文件:《某区人民政府办公室关于印发某措施的通知》(某政办〔2031〕68号)": the page
        # excerpts the document it names (B37-6)
        meta.title = meta.title or cited[0]
        meta.doc_number = meta.doc_number or cited[1]
        issuer = issuer or cited[2]
    meta.issuer = (
        issuer
        or _issuer_from_title(
            labels.get("发文部门")
            or labels.get("发文机关")
            or labels.get("发文单位")
            or labels.get("发布机构")
        )
        or _issuer_from_header(lines)
        or _issuer_from_notice(lines)
        or _issuer_from_source(labels, text)
        or _issuer_from_title_words(meta.title)
        or _issuer_from_closing_line(lines)
        or _issuer_from_publisher(labels)
    )
    meta.issued = issued or _labelled_date(
        labels, ("成文日期", "成文时间", "签发日期", "发文时间", "发文日期", "印发日期")
    )
    interpreter = _interpreting_unit(lines)
    if interpreter is not None:
        # "解读单位 某市科学技术局 … 发布日期 2031-07-17": a policy reading has no 落款; the unit
        # that reads it is its issuer and the day it was published its date (B38-1)
        meta.issuer = meta.issuer or interpreter[0]
        meta.issued = meta.issued or interpreter[1]
    meta.region = (
        region_of(meta.issuer)
        or region_from_title(meta.title)
        or region_from_title(_first_line(lines))
        or region_from_title(_headline_of(meta.title, lines))
        or _region_of_co_signers(meta.issuer, lines)
        or region_from_doc_number(meta.doc_number, text)
        or region_from_title_alias(meta.title)
        # B60-2: "泰州关于印发…行动方案的通知": a notice line opening with a city's short name
        or region_from_title_alias(_first_line(lines))
        or _region_from_source_line(lines)
        or region_from_listed_towns(text)
        or region_from_body(text)
        or region_from_towns(text, meta.doc_number)
        or town_of_title(meta.title, text)
        or _management_area(lines, text)
        or region_of_sole_county(text)
    )
    meta.region = town_region(meta.region, text) or with_prefecture(meta.region, text)
    meta.issuer = meta.issuer or _issuer_from_decision(text, meta.region)
    meta.level = level_of(meta.region)
    effective = _EFFECTIVE.search(text)
    meta.effective = parse_date(effective["date"]) if effective else None
    if meta.effective is None and _ON_ISSUE.search(text):
        meta.effective = meta.issued  # "自印发之日起施行": in force from the signing date
    if meta.effective is None:
        meta.effective = _labelled_date(labels, ("实施时间", "实施日期", "生效日期"))
    meta.period = _period(meta.title, text, meta.issued or _year_of_number(meta.doc_number))
    meta.period = meta.period or _term_period(text, meta.effective or meta.issued)
    meta.supersedes = _supersedes(text)
    return meta


# "【文字解读】某某管理区清洁家园行动方案" with "解读单位: 某某管理区": a 管理区 (a management area
# governed like a county, outside the gazetteer's divisions) whose own name opens the page's
# first lines and is named again in the text is the document's region (B46-5).
_MANAGEMENT_AREA = re.compile(r"^(?:【[^【】]{1,8}】)?(?P<area>[\u4e00-\u9fff]{2,4}管理区)(?!管理)")


def _management_area(lines: list[str], text: str) -> str | None:
    """The 管理区 a page's first lines open with, when the text names it at least twice."""
    for line in lines[:3]:
        match = _MANAGEMENT_AREA.match(line)
        if match and text.count(match["area"]) >= 2:
            return match["area"]
    return None


# "来源文件:《…关于印发…的通知》(某政办〔2031〕68号)": a policy page's label for the document it
# excerpts.
_SOURCE_DOCUMENT = re.compile(
    r"^(?:来源文件|文件来源|政策来源|政策文件|政策依据|依据文件)\s*[::]\s*《(?P<notice>[^《》]{6,120})》"
    r"\s*(?:[((](?P<number>[^()()]{3,40}?号)[))])?"
)


def _source_document(lines: list[str]) -> tuple[str | None, str | None, str | None] | None:
    """(title, doc number, issuer) of the document a "来源文件:《…》(…号)" line names, or None."""
    for line in lines[:5]:
        match = _SOURCE_DOCUMENT.match(line)
        if match is None:
            continue
        notice = match["notice"]
        wrapped = _NOTICE_TITLE.search(notice)
        title = _balanced(wrapped["inner"].strip("《》 ")) if wrapped else notice
        number_match = _DOC_NUMBER.search(match["number"] or "")
        number = _clean_number(number_match["number"]) if number_match else None
        issuer = _TITLE_ISSUER.match(notice)
        return title, number, issuer["issuer"] if issuer else None
    return None


# "解读单位 某市科学技术局 解读类型 部门解读": a policy-reading page's field table, its labels with
# or without a colon; "发布日期 2031-07-17" in the same table dates the reading.
_INTERPRETER_FIELD = re.compile(
    r"(?:^|\s)解读(?:单位|机关|部门)\s*[::]?\s*(?P<name>[\u4e00-\u9fff]{2,30}?"
    r"(?:局|委|厅|办|办公室|办公厅|人民政府|委员会|中心))"
    # the next field of the table (normalised text has lost the spaces between cells)
    r"(?=\s|$|解读|发布|信息|主题|来源|编辑|审核|索引|文号)"
)
_PUBLISHED_FIELD = re.compile(
    r"发布(?:日期|时间)\s*[::]?\s*(?P<value>(?:19|20)\d{2}-\d{1,2}-\d{1,2}|"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
)


def _interpreting_unit(lines: list[str]) -> tuple[str, date | None] | None:
    """(unit, publication date) of a policy reading's field table, or None: only an organ that
    names its place reads for the document (a bare "科技局" may be the site's own office)."""
    head = lines[:8]
    for line in head:
        match = _INTERPRETER_FIELD.search(line)
        if match is None or not region_of(match["name"]):
            continue
        for other in head:
            published = _PUBLISHED_FIELD.search(other)
            if published:
                return match["name"], parse_date(published["value"])
        return match["name"], None
    return None


def _headline_of(title: str | None, lines: list[str]) -> str | None:
    """A page's headline that restates the title with its place ("某市支持民营经济发展若干措施
    --市财政局篇" above "市财政局支持民营经济发展若干措施"): the header line other than the
    title sharing the title's closing words (at least 8 characters)."""
    if not title or len(title) < 8:
        return None
    tail = title[-8:]
    for line in lines[:20]:
        if tail in line and title not in line and len(line) <= 80:
            return line
    return None


def _labelled_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in lines[:60]:
        if len(line) > 300:
            continue  # body text that merely contains a label word
        for match in _LABEL.finditer(line):
            label = re.sub(r"\s+", "", match["label"])
            if _NEXT_LABEL.match(match["value"]):
                continue  # "成文日期: 发布日期: 2020-06-04": an empty field, not the next one's value
            if label not in fields and match["value"].strip():
                fields[label] = match["value"].strip()
        for match in _BARE_DATE_FIELD.finditer(line):
            label = re.sub(r"\s+", "", match["label"])
            fields.setdefault(label, match["value"])
    for line, following in pairwise(lines[:61]):
        # "• 发文日期" over "2021-02-12 16:00": a field list that sets each value on its own line
        stacked = _STACKED_DATE_LABEL.match(line)
        value = _STACKED_DATE_VALUE.match(following)
        if stacked and value:
            fields.setdefault(re.sub(r"\s+", "", stacked["label"]), value["value"])
    return fields


# A date field set in a cell or brackets without a colon: "发文日期 2023-01-03",
# "[ 成文日期 ] 2023-02-23".
_DATE_LABELS = ("成文日期", "成文时间", "签发日期", "发文时间", "发文日期", "印发日期")
_BARE_DATE_FIELD = re.compile(
    r"(?P<label>" + "|".join(r"\s*".join(name) for name in _DATE_LABELS) + r")\s*[\]】]?\s*"
    r"(?P<value>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))"
)


# "• 制发机关某区人民政府办公室", "• 文件字号某政办发〔2017〕4号": a bulleted field list that glues
# each value to its label (no colon, no cell bar) (B57-5).
_BULLET_FIELD = re.compile(
    rf"^\s*[•·●▪]\s*(?P<label>{_LABEL_ALTERNATIVES}|文章\s*标题|文件\s*字号)(?![::|\s])(?P<value>\S.*)$"
)


def _unglued(line: str) -> str:
    """ "• 制发机关某区人民政府办公室" -> "制发机关:某区人民政府办公室"; "• 文章标题某某通知" -> the title
    alone (B57-5)."""
    glued = _BULLET_FIELD.match(line)
    if glued is None or _NEXT_LABEL.match(glued["value"]):
        return line
    label = re.sub(r"\s+", "", glued["label"])
    if label in ("文章标题", "标题", "发文标题"):
        return glued["value"].strip()
    return f"{label}:{glued['value'].strip()}"


_STACKED_DATE_LABEL = re.compile(
    r"^[•·●▪\-*\s]*(?P<label>" + "|".join(r"\s*".join(name) for name in _DATE_LABELS) + r")\s*$"
)
_STACKED_DATE_VALUE = re.compile(
    r"^(?P<value>(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def _labelled_date(labels: dict[str, str], names: tuple[str, ...]) -> date | None:
    for name in names:
        if name in labels:
            parsed = parse_date(labels[name])
            if parsed:
                return parsed
    return None


# "关于印发《某方案》(以下简称《方案》的通知": the short name a reprint gives the work is no part of
# its title.
_SHORT_NAME_TAIL = re.compile(r"》?\s*[((]以下简称.*$")


def _title(lines: list[str], labels: dict[str, str]) -> str | None:
    candidates = [labels[name] for name in ("发文标题", "标题", "文件名称") if name in labels]
    candidates += _joined_title_lines(lines[:40])
    for line in candidates:
        notice = _NOTICE_TITLE.search(line)
        if notice and not _inside_book_title(line, notice.start()):
            inner = _SHORT_NAME_TAIL.sub("", notice["inner"])
            return _as_written_in_body(_balanced(inner.strip("《》 ")), lines)
    for index, line in enumerate(lines[:40]):
        own = _own_title_after_headline(line) or _OWN_TITLE.match(line)
        if own and not re.search(r"[,。;]", own["title"]) and not _DIRECTIVE.search(own["title"]):
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if _PERIOD_LINE.match(following) and not _PERIOD_LINE.search(own["title"]):
                return own["title"] + following
            return own["title"]
    labelled = _labelled_plan_title(labels)
    if labelled:
        return labelled
    return (
        _title_from_opinion(lines)
        or _rules_title(lines)
        or _title_from_opening(lines)
        or _title_under_chrome(lines)
        or _title_from_issuing_sentence(lines)
        or _title_from_issuing_headline(lines)
    )


# "中共某省委 某省人民政府印发《某省质量强省建设纲要》": a news page's headline naming the bodies
# and the work they issued; the work is the document the page carries (B47-2).
_ISSUING_HEADLINE = re.compile(
    r"^(?P<issuers>[\u4e00-\u9fff、\s]{2,40}?(?:委|政府|厅|办公室|局|委员会))\s*(?:联合)?印发(?:了)?"
    r"《(?P<title>[^《》]{4,80})》$"
)


def _title_from_issuing_headline(lines: list[str]) -> str | None:
    for line in lines[:30]:
        match = _ISSUING_HEADLINE.match(line.strip(" |\t"))
        if match and _TITLE_END.search(match["title"]):
            return match["title"]
    return None


def _labelled_plan_title(labels: dict[str, str]) -> str | None:
    """ "名称 | 某州“护绿…”三年行动 工作方案(2031—2033年) |": a page's name field that holds the
    plan's own title (not a notice's), when no line of the text is the title; the spaces a table
    cell puts inside it are dropped."""
    for name in ("发文标题", "标题", "文件名称", "名称"):
        value = re.sub(r"\s+", "", labels.get(name, "")).strip("|")
        own = _OWN_TITLE.match(value)
        if own and not re.search(r"[,。;]", own["title"]) and not _DIRECTIVE.search(own["title"]):
            return own["title"]
    return None


# "某市加快推进工业经济高质量发展若干政策", "某县招商引资奖励规定": a rules document named by its
# place (or as 若干政策) on a line of its own; a heading ("一、支持…发展政策") or a site's menu
# ("考试相关政策") names no place.
_RULES_TITLE = re.compile(
    r"^《?(?P<title>[\u4e00-\u9fff“”()]{4,60}?(?:若干政策|政策措施|规定|条例))》?$"
)


def _rules_title(lines: list[str]) -> str | None:
    for line in lines[:10]:
        match = _RULES_TITLE.match(line)
        if match and (region_from_title(match["title"]) or "若干" in match["title"]):
            return match["title"]
    return None


def _own_title_after_headline(line: str) -> re.Match[str] | None:
    """ "某市高新技术企业奖励政策:某市贯彻落实《…》实施方案": a site's headline before a colon, the
    document's own title (opening with its place) after it."""
    head, colon, tail = line.partition(":")
    if not colon:
        head, colon, tail = line.partition(":")
    if not colon or not head or len(head) > 30:
        return None
    own = _OWN_TITLE.match(tail.strip())
    return own if own and region_from_title(own["title"]) else None


# "现将《A》印发给你们" / "《A》和《B》已经市政府同意,现印发给你们": the body naming the works it
# issues. The works open the sentence (after "经…同意," or "现将"), so a 《…》 cited on the way
# ("根据《…》,制定了…") is never taken for them.
_ISSUING_SENTENCE = re.compile(
    r"^(?:经[^《。,]{1,20}同意[,,]\s*)?(?:现将)?"
    r"(?P<works>《[^《》]{4,80}》(?:\s*[和、及与]?\s*《[^《》]{4,80}》){0,3})"
    r"[^《》。]{0,40}?印发(?:给)?你们"
)


def _title_from_issuing_sentence(lines: list[str]) -> str | None:
    """A notice pasted from its addressee line on ("各区县人民政府,…:") has no title line; its
    first sentence names what it issues, and that name is the one people ask it by."""
    if not lines or not addressee(lines[0].strip(" |\t")):
        return None
    for line in lines[1:4]:
        match = _ISSUING_SENTENCE.match(line.strip(" |\t"))
        if match:
            works = re.sub(r"》\s*《", "》、《", match["works"])  # "《A》《B》": a list of two
            return re.sub(r"》\s*([和、及与])\s*《", r"\1", works).strip("《》")
    return None


# Page furniture above a pasted document: navigation, counters, site names, file facts, share
# buttons ("您现在所在的位置: 网站首页> …", "浏览量:1", "- 格式:doc", "• 无障碍", "扫一扫").
_CHROME_LINE = re.compile(
    r">|»|首页|位置|导航|无障碍|长辈版|关怀版|浏览|点击|访问量|阅读|字体|字号|打印|关闭|分享|扫一扫|"
    r"收藏|登录|注册|检索|搜索|加盟|电话|下载|格式|大小|页数|文档|作者|来源|发布|时间|日期|编辑|"
    r"索引号|分类|信息公开|公开方式|公开范围|有效性|网站|门户|频道|栏目|上传|简介|法宝|引证码|时效性|"
    r"^[-•·*|\s]|^\W*$|^\d[\d\s:\-./]*$"
)
# A title line: "关于…的通知/请示…", or a phrase that ends in the kind of document it is.
# ("…任务分解表": the table is the title's last word, kept.)
_TITLE_LINE = re.compile(
    r"^《?(?P<title>[^,。;:《》]{0,40}?关于[^。;:]{2,80}?的(?:实施|若干|工作)?"
    r"(?:通知|通报|意见|决定|办法|方案|规定|请示|报告|批复|函|公告|通告)(?:\((?:试行|暂行|征求意见稿)\))?)"
    r"|^《?(?P<phrase>[^,。;:《》|]{4,60}?(?:方案|计划|规划|办法|意见|要点|细则|纲要|措施|任务分解表?|"
    r"责任分解表?|分工方案)(?:\((?:(?:19|20)\d{2}[—\-–~](?:19|20)\d{2}年|试行|暂行|征求意见稿)\))?)》?"
)


# "各乡镇人民政府要严格执行…计划": a body sentence that happens to end like a title.
_DIRECTIVE = re.compile(r"^各|要(?!点)|应(?!急|对|用)|须|务必|确保")


def _title_under_chrome(lines: list[str]) -> str | None:
    """The first title line of a page stored without its title field, past the page's furniture
    (navigation, counters, site names, file facts) and before the body starts (an addressee
    line "各…:" or a sentence); what follows the title on its line (a doc number, a page count,
    the first sentence) is cut off."""
    candidates = _joined_title_lines(lines[:12])
    for line in candidates:
        text = line.strip(" |\t")
        if addressee(text) or re.search(r"[。;]", text[:20]) or text.startswith("附件"):
            return None  # the body (or the attachment list closing it) has begun: no title above
        if re.match(r"^\d{1,2}[.、]\s*(?!\d)", text):
            continue  # "2. 2019年…分解表": an item of a list, not the document's title
        match = _TITLE_LINE.match(text)
        if match is None:
            continue  # furniture, or a line that is no title
        title = (match["title"] or match["phrase"]).strip()
        if match["phrase"] and (_CHROME_LINE.search(title) or _DIRECTIVE.search(title)):
            continue  # a menu or a page fact, or a body sentence ending in 计划/方案
        if _CLAUSE_MARK.search(re.sub(r"《[^《》]*》", "", title)):
            continue  # 为深入贯彻…精神,落实《…的通知》: a sentence quoting a notice, no title
        return title
    return None


# How a document's own title ends: its kind (通报, 决定, …; 政策 printed with a masked 政 too),
# or the table it is (…年度任务表, …任务分解表: trial47, a task table's first line went unread),
# or a public notice's (某县…资金分配情况公告公示: with no title, a notice with no target was
# refused as no official document at all).
_TITLE_END = re.compile(
    r"(?:通报|通知|决定|意见|办法|方案|规划|计划|纲要|要点|细则|规定|措施|策|任务(?:分解)?表"
    r"|公告|公示|通告)$"
)
# A title is one phrase: no sentence punctuation, not a clause.
_NOT_A_TITLE = re.compile(r"[,,。;;::]")


def _title_from_opening(lines: list[str]) -> str | None:
    """A pasted page whose first lines are its title, perhaps under page furniture or after
    the issuer on a line of its own ("某市人民政府办公室" / "关于表彰…的通报"): the title that
    starts with a place or "关于", within the first lines."""
    opening = [line.strip(" |\t") for line in lines[:6]]
    for index, line in enumerate(opening):
        if not 6 <= len(line) <= 60 or _NOT_A_TITLE.search(line) or not _TITLE_END.search(line):
            continue
        if line.startswith("关于") and index and _ISSUER_SUFFIX.search(opening[index - 1]):
            return opening[index - 1] + line
        if region_from_title(line) and ("关于" in line or len(line) <= 40):
            return line
        if index == 0 and _TABLE_TITLE.search(line) and len(line) <= 40:
            return line  # "某县质量强县年度任务表" heading its table: a place the gazetteer may not know
    return None


# A task table's own title (…年度任务表, …任务分解表) on the text's first line.
_TABLE_TITLE = re.compile(r"任务(?:分解)?表$")


def _joined_title_lines(lines: list[str]) -> list[str]:
    """A notice title wrapped over several lines ("关于印发《…、" / "…方案" / "(…)》的通知")."""
    joined: list[str] = []
    for index, line in enumerate(lines):
        if "关于" in line and not re.search(r"的(?:通知|函)", line):
            tail = "".join(lines[index + 1 : index + 4])
            end = re.search(r"的(?:通知|函)", tail)
            # (A title's own lines hold no sentence: a line of the body below a title that
            # ends 的实施意见 is no part of it, though it quotes a 关于印发…的通知.)
            if end and len(line) + end.end() <= 120 and not _CLAUSE_MARK.search(tail[: end.end()]):
                joined.append(line + tail[: end.end()])
                continue
        joined.append(line)
    return joined


_CLAUSE_MARK = re.compile(r"[,,。;;]")


def _inside_book_title(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("《") > before.count("》")


def _balanced(title: str) -> str:
    """A notice issuing "《政府工作报告》重点工作任务分工" names a work that only begins with a
    quoted title: stripping the notice's own brackets left "政府工作报告》…", a fragment no
    one would recognise; the bracket the strip took is given back."""
    if title.count("》") > title.count("《"):
        title = "《" + title
    if title.count("《") > title.count("》"):
        title += "》"
    return title


def _as_written_in_body(title: str, lines: list[str]) -> str:
    """Prefer the plan's own heading when a web label wrote its brackets differently."""
    plain = title.replace("[", "(").replace("]", ")")
    if plain == title:
        return title
    for line in lines:
        if line.strip("《》") == plain:
            return plain
    return title


def _title_from_opinion(lines: list[str]) -> str | None:
    """An opinion pasted without its title: rebuild it from "现就…提出如下意见"."""
    issuer, _ = _signature(lines)
    for line in lines[:40]:
        match = re.search(
            r"现就(?P<topic>.+?)(?:工作)?提出(?:如下|以下)(?P<kind>意见|通知|措施)", line
        )
        if match and issuer:
            topic = re.sub(r"\(以下简称[^)]*\)", "", match["topic"])
            return f"{issuer}关于{topic}工作的{match['kind']}"
    return None


# "文    号 蔡政办〔2023〕1号": a number field whose label has no colon (the page set it in a cell).
_SPACED_NUMBER_FIELD = re.compile(
    rf"(?:发文字号|发文文号|文\s*号)\s*[::|]?\s*{_DOC_NUMBER.pattern}"
)


def _doc_number(lines: list[str], labels: dict[str, str]) -> str | None:
    for name in ("发文文号", "文号", "发文字号"):
        if name in labels:
            match = _DOC_NUMBER.search(labels[name])
            if match:
                return _clean_number(match["number"])
    for line in lines[:30]:
        field = _SPACED_NUMBER_FIELD.search(line)
        if field:
            return _clean_number(field["number"])
    for index, line in enumerate(lines[:30]):
        for match in _DOC_NUMBER.finditer(line):
            number = _clean_number(match["number"])
            prefix = re.split(r"[〔\[【(]", number, maxsplit=1)[0]
            start = _number_start(line, match, number)
            if (
                _is_own_number(line, start)
                and not _cited_from_line_above(lines[index - 1] if index else "", line, start)
                and not _FILING_PREFIX.search(prefix)
                and not _CITATION_CUE.match(prefix)
                and not _CITED_AFTER.match(line, match.end())
            ):
                return number
        broken = _BROKEN_DOC_NUMBER.search(line)
        if broken and _is_own_number(line, broken.start()) and len(line) <= 40:
            return f"{broken['prefix']}〔{broken['year']}〕{broken['number']}号"
        bare = _BARE_DOC_NUMBER.match(line)
        if bare:
            return f"{bare['prefix']}〔{bare['year']}〕{bare['number']}号"
        if addressee(line):
            break  # the body starts: numbers from here on are citations
    return _decree_number(lines[:30])


# A rule's decree number, which has no year bracket: under its title "(2031年1月1日某省人民政府令第
# 311号公布)", or in the sentence that publishes it "发布《某省…的决定》(省政府令第340号)".
_DECREE = r"(?P<number>[\u4e00-\u9fff]{1,12}令\s*第\s*\d{1,5}\s*号)"
_DECREE_UNDER_TITLE = re.compile(rf"^[((][^()()]{{0,20}}?{_DECREE}")
_DECREE_PUBLISHED = re.compile(
    rf"(?:发布|公布|颁布|印发)了?《[^《》]{{4,80}}》\s*[((]{_DECREE}[))]"
)


def _decree_number(lines: list[str]) -> str | None:
    """The decree number of a rule (规章) that has no numbered notice; None if none is given."""
    for line in lines:
        found = _DECREE_UNDER_TITLE.match(line) or _DECREE_PUBLISHED.search(line)
        if found:
            number = re.sub(r"\s+", "", found["number"])
            # "2031年3月1日示范省人民政府令…": the date's last character is not the issuer's
            return number[1:] if line[found.start("number") - 1].isdigit() else number
    return None


def _number_start(line: str, match: re.Match[str], number: str) -> int:
    """Where the number itself starts: after the end of a notice's own title the match took in
    when a copy joined the title and the number on one line ("…行动计划》的通知津上市组发〔2031〕1号",
    B42-3), so that the title's end, not the characters before it, says whose number it is; a
    title that cites (转发, 根据…) keeps the match's start."""
    tail = len(re.sub(r"\s+", "", match["number"])) - len(number)
    if tail <= 0 or not _TITLE_TAIL.match(re.sub(r"\s+", "", match["number"])):
        return match.start()
    start = match.start() + tail
    return (
        start if not _CITATION_CUE_WORD.search(line[max(0, start - 40) : start]) else match.start()
    )


# "…关于印发《…方案》的通知(鄂社〔2031〕4号)精神,决定…": a number whose bracket closes before
# 精神/要求/规定/部署 is the number of the document the sentence carries out, however far back its
# 根据 stands (B46-2).
_CITED_AFTER = re.compile(r"\s*[))]?\s*(?:等)?(?:文件)?(?:的)?(?:精神|要求|规定|部署)")
# A citation's verbs: a title behind them is another document's, and so is its number.
_CITATION_CUE_WORD = re.compile(r"根据|依据|按照|参照|贯彻|落实|执行|转发|精神")


# The words a clause that cites another document opens with. A title never opens so ("关于转发…",
# "某市关于贯彻落实…的通知" may, and keep their number).
_CITING_OPENERS = ("根据", "依据", "依照", "按照", "遵照", "参照")
_CLAUSE_ENDS = ",,。;;::"


def _opens_by_citing(text: str) -> bool:
    """Whether the last clause of ``text`` (from its last comma or stop) opens with a citing
    word: "为规范抽检工作,依据《某市…办法》(" ends in a clause that cites."""
    clause = text[max(text.rfind(mark) for mark in _CLAUSE_ENDS) + 1 :]
    return clause.lstrip().startswith(_CITING_OPENERS)


def _cited_from_line_above(above: str, line: str, start: int) -> bool:
    """A number opening its line that carries on a citation the line above began: a copy that
    wrapped "根据《某市…办法》" / "(某府发〔2025〕3号)有关规定", or broke the number itself
    ("…办法》(某府" / "发〔2025〕3号)"). A public notice has no addressee line that ends its
    header, so its first lines of body are read for a number (attack52 M3)."""
    if not above or re.sub(r"[\s((]", "", line[:start]):
        return False
    return _opens_by_citing(above.strip())


def _is_own_number(line: str, start: int) -> bool:
    """A number in the header, not a citation ("根据《…》(某政发〔2014〕3号)精神"); one right
    after a notice's own title ("…分解落实方案的通知(苏政发〔2007〕16号)") is its own, unless the
    sentence opened by citing it ("根据某市人民政府关于印发…的通知(某府发〔2025〕3号),现公告如下",
    a notice quoting a plan by its name without 《》: attack52 M3)."""
    if _opens_by_citing(line[:start]):
        return False
    before = line[max(0, start - 30) : start]
    if _AFTER_OWN_TITLE.search(before) and before.count("《") <= before.count("》"):
        return True
    if _CITATION_CUE.search(before):
        return False
    return before.count("《") <= before.count("》") and before.count("(") <= before.count(")") + 1


def _clean_number(number: str) -> str:
    """Without spaces, and without the end of a title glued before it ("…的通知豫政〔2023〕5号")."""
    number = _NUMBER_LABEL.sub("", re.sub(r"\s+", "", number))
    return _TITLE_TAIL.sub("", number)


# "文件编号 北区政办发〔2020〕11号": a page's label glued before the number.
_NUMBER_LABEL = re.compile(r"^(?:文件编号|发文编号|文件字号|文件号|编号)")


# "?????? 某省人民政府办公厅" / "???????? 2031年4月1日": a mirror that lost the page's
# non-breaking spaces prints one "?" for each; before a 落款 line they are its indent (one "?"
# may be a lost character or dash, "2015年?2017年", and is not touched).
_LOST_INDENT = re.compile(r"^\?{2,}\s*")


def _signature(lines: list[str]) -> tuple[str | None, date | None]:
    """The issuer's name on one line, the signing date on the next (not the 印发 line)."""
    lines = [_LOST_INDENT.sub("", line) for line in lines]
    evidence = _DateEvidence(lines)
    unsigned: date | None = None
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        signed = parse_date(following) if _SIGNATURE_DATE.match(following) else None
        signed = signed or _compact_date(following, evidence) or _damaged_date(following, evidence)
        signed = signed or _day_mark_lost(following)
        name = _signing_name(line)
        if signed and _ISSUER_SUFFIX.search(_organ_core(name)) and len(line) <= 40:
            if not _is_organ_name(name):
                # "1 新增省级名牌产品 个 3 5 8 县市场监管局 县经信局" over the date: a task table's
                # row printed just before the 落款, not who signs (trial49)
                unsigned = unsigned or signed
                continue
            first = _first_of_issuer_block(lines, index)
            return (name if first == line else re.sub(r"\s+", "", first)), signed
    if unsigned:
        return None, unsigned
    one_line = _signed_on_one_line(lines)
    if one_line is not None:
        return one_line
    # A notice whose signature lost the issuer line still has its date on a line of its own;
    # a joint 省委/省政府 document prints it in brackets under its title ("(2022年12月31日)").
    for index, line in enumerate(lines[:30]):
        bracketed = re.fullmatch(r"[((]\s*(.+?)\s*[))]", line) if index < 6 else None
        if index and _POSTING_LABEL.search(lines[index - 1]):
            continue  # "发布时间:" / "2023/06/16": the page's posting time, not a signature (B47-1)
        if _SIGNATURE_DATE.match(line) or (bracketed and _SIGNATURE_DATE.match(bracketed[1])):
            return None, parse_date(line)
    # A gazette prints the number and the signing date on one line near the top ("通政办发〔2017〕
    # 98号  2017年7月3日"); a posting time is on a labelled line of its own.
    for line in lines[:12]:
        beside = _NUMBER_AND_DATE.fullmatch(line)
        if beside:
            return None, parse_date(beside["date"])
    # Text copied without line breaks: "…人民政府办公室2016年7月18日…" (not the 印发 date).
    for line in lines:
        for match in _INLINE_SIGNATURE.finditer(line):
            return match["issuer"], parse_date(match["date"])
    for line in lines:
        for match in _INLINE_BUREAU_SIGNATURE.finditer(line):
            issuer = _from_place(match["issuer"])
            if issuer:
                return issuer, parse_date(match["date"])
    # The date closing the notice's last paragraph ("…贡献! 2008年2月29日").
    for line in lines:
        closing = _CLOSING_DATE.search(line)
        if closing:
            return None, parse_date(closing["date"])
    return None, None


# "2023年3月6" under the issuer's name (B39-5): a 落款 date whose 日 was lost in the copy.
_DAY_MARK_LOST = re.compile(r"^\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})\s*$")


def _day_mark_lost(line: str) -> date | None:
    """The signing date of a line that is only "YYYY年M月D" (the 日 lost); only read on the line
    under an issuer's name, where nothing else can end that way."""
    match = _DAY_MARK_LOST.match(line)
    return parse_date(f"{match[1]}年{match[2]}月{match[3]}日") if match else None


def _from_place(name: str) -> str | None:
    """The name from the place it opens with ("…目标表某市工业和信息化局" -> "某市工业和信息化局"), or
    None when no place opens any tail of it."""
    for start in range(max(0, len(name) - 4)):
        region = region_of(name[start:])
        if region and name.startswith(region, start) and gazetteer().knows(region):
            return name[start:]
    return None


# "某市市场监督管理局  2031年3月1日", "某市市场监督管理局 / 2031年3月1日": a 落款 whose date a copy
# set on the issuer's line.
_SIGNED_LINE = re.compile(
    r"^(?P<issuer>[\u4e00-\u9fff()()]{4,40}?)\s*[//|]?\s*"
    r"(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*$"
)


def _signed_on_one_line(lines: list[str]) -> tuple[str, date | None] | None:
    """The issuer and date of a 落款 printed on one line after the body (attack52 M4: a public
    notice so signed was filed under no region). The line holds nothing but an organ's name that
    names its place, and the date; the last such line signs."""
    for line in reversed(lines):
        found = _SIGNED_LINE.match(line.strip())
        if found is None:
            continue
        issuer = found["issuer"]
        if (
            _ISSUER_SUFFIX.search(_organ_core(issuer))
            and _is_organ_name(issuer)
            and region_of(issuer)
        ):
            return issuer, parse_date(found["date"])
    return None


def _organ_core(name: str) -> str:
    """The name as its organ's suffix reads: without the second name a bureau signs in brackets
    after its own ("某市市场监督管理局(某市知识产权局)", attack52 M4)."""
    return _SECOND_NAME.sub("", name)


def _signing_name(line: str) -> str:
    """The issuer's name as signed, without the seal a copy notes after it ("…人民政府(印章)")."""
    return re.sub(r"[((](?:印章|盖章|章|公章|签章)[))]$", "", line.strip())


def _region_of_co_signers(issuer: str | None, lines: list[str]) -> str | None:
    """The region of the offices signing under the issuer (a 落款 of several, one above the
    other: "中共某某开发区工委" / "某某开发区管委会", attack47 L3) when neither the issuer nor the
    title names one: who signs is every office of the block, the first that names a place giving
    the region. The title comes first (attack50 H4: a county's plan co-signed by a city bureau
    is the county's). Each line is read once: a 落款 repeated line after line is linear work."""
    if not issuer:
        return None
    lines = [_LOST_INDENT.sub("", line) for line in lines]
    signer = re.sub(r"\s+", "", issuer)
    index = 0
    while index < len(lines) - 1:
        if re.sub(r"\s+", "", lines[index]) != signer:
            index += 1
            continue
        following = index + 1
        while (
            following < len(lines) - 1
            and _ISSUER_SUFFIX.search(_signing_name(lines[following]))
            and len(lines[following]) <= 40
        ):
            signer = re.sub(r"\s+", "", _signing_name(lines[following]))
            region = region_of(signer) or _county_of_co_signer(issuer, signer)
            if region:
                return region
            following += 1
        index = following  # (the lines of this block named no place; none is read again)
    return None


# "县商务局", "区人民政府办公室": an office of a level that names no place of it (attack49 L2).
_BARE_LEVEL_OFFICE = re.compile(
    r"^(?P<level>[县区旗])[\u4e00-\u9fff]{1,12}(?:局|委|厅|办|办公室|中心)$"
)
# "柘溪县市场监督管理局": an office opening on a place of that level (the gazetteer may not know it).
_PLACE_OFFICE = re.compile(
    r"^(?P<region>[\u4e00-\u9fff]{2,7}?[县区旗])(?=[\u4e00-\u9fff]{1,12}(?:局|委|厅|办|中心|政府))"
)


def _county_of_co_signer(issuer: str, signer: str) -> str | None:
    """The county a co-signer opens on when the issuer is a bare office of that level ("县商务局"
    over "柘溪县市场监督管理局": 柘溪县); None for another level or a signer naming none."""
    bare = _BARE_LEVEL_OFFICE.match(re.sub(r"\s+", "", issuer))
    place = _PLACE_OFFICE.match(signer)
    if bare is None or place is None or not place["region"].endswith(bare["level"]):
        return None
    return place["region"]


def _first_of_issuer_block(lines: list[str], index: int) -> str:
    """Several issuers sign one above the other; the first of them leads.  A contact line above
    the 落款 ("地址:…某市市场监督管理局") names the organ's address, not a co-signer. Offices
    under a table's number cell ("8" / "县市场监管局" / "县经信局" / "某县人民政府办公室") are the
    last row's unit cells, a table flattened one cell per line just before the 落款: the line
    above the date signs alone (trial49)."""
    first = index
    while (
        first > 0
        and _ISSUER_SUFFIX.search(lines[first - 1])
        and len(lines[first - 1]) <= 40
        and _is_organ_name(_signing_name(lines[first - 1]))
        and not _AFTER_SIGNATURE.match(lines[first - 1])
        # "“某某杯”金杯单位:某县人民政府": an entry of a recipient list above, no co-signer
        and not re.search(r"[::]", lines[first - 1])
    ):
        first -= 1
    if first < index and first > 0 and is_table_cell(lines[first - 1]):
        return lines[index]
    return lines[first]


# An organ's name as a 落款 signs it: Chinese characters (a bracketed second name, "(县粮食局)",
# allowed), no digit or punctuation; two organs side by side on one line each name one.
_ORGAN_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()()]{1,39}")
# Bodies that sign beside an organ on one line ("某区科学技术协会 某区财政局").
_CO_SIGNER_END = re.compile(r"(?:协会|学会|总工会|工会|妇联|团委|党委|工委|小组|院|所|站)$")
# A flattened table's cell of figures ("8", "12.5", "30%", "—"), which no 落款 line is.
_TABLE_CELL = re.compile(r"[\d.%%,~\-—+/]+")


def is_table_cell(line: str) -> bool:
    """Whether ``line`` is only a table's figure cell: the offices below it, above a 落款's
    date, are that table's unit cells, the line right above the date signing alone."""
    return bool(_TABLE_CELL.fullmatch(line.strip()))


def _is_organ_name(name: str) -> bool:
    """Whether ``name`` (a line above a signing date, its pinyin glosses aside) is an organ's
    name, or organs' names side by side, each ending as an organ or a co-signing body does; a
    table row run together ("1 新增省级名牌产品 个 3 5 8 县市场监管局 县经信局") is not. A name
    spaced out character by character is read whole."""
    parts = [part for part in re.split(r"[\s、]+", strip_pinyin_glosses(name)) if part]
    if all(len(part) == 1 for part in parts):
        parts = ["".join(parts)]
    return bool(parts) and all(
        _ORGAN_NAME.fullmatch(part)
        and (_ISSUER_SUFFIX.search(_organ_core(part)) or _CO_SIGNER_END.search(part))
        for part in parts
    )


class _DateEvidence:
    """What else in a text dates it, to read a damaged signing date back: the doc number's year
    and the page's publication dates (a document is signed before it is published)."""

    def __init__(self, lines: list[str]) -> None:
        head = "\n".join(lines[:60])
        number = _DOC_NUMBER.search(head)
        year = re.search(r"(?:19|20)\d{2}", number["number"]) if number else None
        self.number_year = int(year.group(0)) if year else None
        self.published = [
            found
            for match in re.finditer(r"(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?", head)
            if (found := parse_date(match.group(0)))
        ]

    def pick(self, candidates: set[date]) -> date | None:
        """The one candidate the evidence allows: signed in the doc number's year, at most 90
        days before a publication date; None when none or several remain."""
        if self.number_year is not None:
            candidates = {day for day in candidates if day.year == self.number_year} or candidates
        if len(candidates) > 1 and self.published:
            before = {
                day
                for day in candidates
                if any(0 <= (published - day).days <= 90 for published in self.published)
            }
            candidates = before or candidates
        return next(iter(candidates)) if len(candidates) == 1 else None


_DAMAGED_CN_DATE = re.compile(
    r"^(?P<year>二[〇○零一二三四五六七八九]{1,2})年(?P<month>[一二三四五六七八九十]{1,3})月"
    r"(?P<day>[一二三四五六七八九十]{1,3})日$"
)
_CN_NUMERALS = "〇一二三四五六七八九"


def _damaged_date(line: str, evidence: _DateEvidence) -> date | None:
    """ "二八年二月二日" (a page that lost the 〇 of 二〇〇八): the years whose digits keep the
    visible ones in order; the doc number's year decides between several."""
    match = _DAMAGED_CN_DATE.match(line.strip())
    if match is None:
        return None
    visible = "".join(
        str(_CN_NUMERALS.index(char.replace("○", "〇").replace("零", "〇")))
        for char in match["year"]
    )
    month, day = _cn_small(match["month"]), _cn_small(match["day"])
    candidates: set[date] = set()
    for year in range(2000, 2040):
        if _is_subsequence(visible, str(year)):
            try:
                candidates.add(date(year, month, day))
            except ValueError:
                continue
    if evidence.number_year is None:
        # Without a doc number only the reading that restores lost zeros is safe.
        candidates = {
            day_
            for day_ in candidates
            if _is_subsequence(visible, str(day_.year))
            and set(_without(str(day_.year), visible)) <= {"0"}
        }
    return evidence.pick(candidates)


def _cn_small(text: str) -> int:
    if "十" not in text:
        return _CN_NUMERALS.index(text)
    tens, _, units = text.partition("十")
    return (_CN_NUMERALS.index(tens) if tens else 1) * 10 + (
        _CN_NUMERALS.index(units) if units else 0
    )


def _is_subsequence(short: str, long: str) -> bool:
    characters = iter(long)
    return all(char in characters for char in short)


def _without(long: str, short: str) -> str:
    """The characters of ``long`` left once ``short`` is matched in order from the left."""
    rest, position = [], 0
    for char in long:
        if position < len(short) and char == short[position]:
            position += 1
        else:
            rest.append(char)
    return "".join(rest)


def _compact_date(line: str, evidence: _DateEvidence | None = None) -> date | None:
    """ "2019222", "2018年210" or "2022121日" (a web copy that lost 年月日) when only one month/day split is a
    real date, or only one fits the page's other dates."""
    if not re.fullmatch(r"(?:19|20)\d{2}年?\d{2,4}日?", line):
        return None
    # "2022121日": the 年 and 月 lost, the 日 kept
    year, rest = int(line[:4]), line[4:].lstrip("年").rstrip("日")
    candidates = set()
    for cut in (1, 2):
        month, day = rest[:cut], rest[cut:]
        if not day or len(day) > 2:
            continue
        try:
            candidates.add(date(year, int(month), int(day)))
        except ValueError:
            continue
    if len(candidates) > 1 and evidence is not None:
        return evidence.pick(candidates)
    return candidates.pop() if len(candidates) == 1 else None


def _issuer_from_title(value: str | None) -> str | None:
    if value and _ISSUER_SUFFIX.search(value):
        return value.strip()
    return None


# "漳州市人民政府办公室下达2009年…的通知": a title that opens with its issuer and a verb.
_TITLE_ISSUER = re.compile(
    r"^(?P<issuer>[\u4e00-\u9fff]{2,24}?(?:人民政府办公室|人民政府办公厅|人民政府))"
    r"(?:关于|下达|印发|转发|批转)"
)


def _issuer_from_title_words(title: str | None) -> str | None:
    match = _TITLE_ISSUER.match(title or "")
    if match and (region_of(match["issuer"]) or region_from_title(match["issuer"])):
        return match["issuer"]
    return None


def _issuer_from_source(labels: dict[str, str], text: str) -> str | None:
    """A government page's "文章来源:某县卫生健康委员会" when nothing else names the issuer: only an
    organ of a real place counts (a news agency or "本文来源:林业厅" does not), and not one below
    the level the text speaks at: a city bureau's page reposting a plan that says "我省", "全省"
    is the province's plan (B34-3)."""
    for name in ("文章来源", "信息来源", "来源"):
        value = re.split(r"\s", labels.get(name, "").strip(), maxsplit=1)[0]
        # "来源:某市政府办公厅、某市政务": several sources in one field, the organ first (B30-1)
        for part in _SOURCE_LIST.split(value)[:3]:
            region = (
                part
                and _ISSUER_SUFFIX.search(part)
                and (region_of(part) or region_from_title(part))
            )
            if region:
                return None if _outranked(level_of(region), text) else part
    return None


_LEVEL_RANK = {"county": 0, "prefecture": 1, "province": 2}


def _outranked(level: str | None, text: str) -> bool:
    """Whether the text speaks at a level above ``level`` ("全省…" against a city's organ)."""
    spoken = speaking_level(text)
    if level not in _LEVEL_RANK or spoken not in _LEVEL_RANK:
        return False
    return _LEVEL_RANK[spoken] > _LEVEL_RANK[level]


_SOURCE_LIST = re.compile(r"[、,,;;/]")


# "——摘自某某区科技局官网(www…)", "转自某县人民政府网站": where a reprint says it comes from;
# "某市台办供稿 联系电话:…": the organ that supplied the text, on a line of its own.
_SOURCE_LINE = re.compile(
    r"^[—\-–\s]*(?:摘自|转自|摘编自|选自|录自)\s*(?P<name>[\u4e00-\u9fff()]{2,30}?)"
    r"(?:官方网站|门户网站|官网|网站|网|公众号|$|[(\s])|"
    r"^[—\-–\s(]*(?P<supplier>[\u4e00-\u9fff]{2,30}?)\s*(?:供稿|供图|提供)[)\s]*(?:$|\s|联系)"
)


def _region_from_source_line(lines: list[str]) -> str | None:
    """The place of the organ a reprint names as its source ("——摘自某区科技局官网"), for a page
    whose issuer, title and doc number name none; a body that is no organ of a place does not
    count."""
    for line in lines:
        match = _SOURCE_LINE.match(line)
        if match:
            name = match["name"] or match["supplier"]
            region = region_of(name) or (
                region_from_title(name) if _ISSUER_SUFFIX.search(name) else None
            )
            if region:
                return region
    return None


def _issuer_from_notice(lines: list[str]) -> str | None:
    """ "某市人民政府关于…的通知" as a title (never inside a cited 《…》 or a body sentence)."""
    for line in lines[:40]:
        if addressee(line):
            return None
        match = re.search(r"(?P<issuer>[\u4e00-\u9fff ]{2,30}?)\s*关于", line)
        if match is None or _inside_book_title(line, match.start()) or "《" in line[: match.end()]:
            continue
        issuer = re.sub(r"\s+", " ", match["issuer"]).strip()
        if match.start() and line[match.start() - 1].isdigit():
            # "…〔2022〕2号某市人民政府关于…": the doc number's 号 glued to the issuer's name
            issuer = issuer.removeprefix("号").strip()
        if "关于" in issuer or re.match(r"(?:转发|印发|贯彻|落实)", issuer):
            continue  # "关于转发某省某厅关于…的通知": the forwarded document's issuer, not this one's
        if re.match(r"(?:根据|依据|按照|参照|遵照|依照|结合)", issuer):
            continue  # "…制定本办法。根据某省人民政府关于…的通知": a cited document's issuer
        if _ISSUER_SUFFIX.search(issuer) and region_of(issuer):
            return issuer
    return None


# "自治区人民政府", "市政府": an issuer named by its level alone names no place.
_BARE_LEVEL = re.compile(r"省|市|县|区|州|旗|盟|自治区|自治州|自治县|自治旗")
# "发布机构 自治区人民政府": a page's field label set before the issuer without a colon.
_HEADER_FIELD_LABEL = re.compile(r"^(?:发布机构|发文机关|发文单位|发文部门|发布单位|来源单位)\s*")


def _issuer_from_header(lines: list[str]) -> str | None:
    """An issuer alone on a header line, above the addressees ("中共某省委 某省人民政府")."""
    for line in lines[:15]:
        if addressee(line) or len(line) > 60 or _is_body_line(line):
            # past the header: the addressees, or the body (a name alone on a line after the
            # first body sentence is listed, a commendation's recipients, and heads nothing)
            return None
        name = _HEADER_FIELD_LABEL.sub("", re.sub(r"\s+", " ", line).strip())
        if (
            len(name) <= 30
            and re.fullmatch(r"[\u4e00-\u9fff ]+", name)
            and _ISSUER_SUFFIX.search(name)
            and not _BARE_LEVEL.fullmatch(region_of(name) or "省")
        ):
            return name
    return None


def _is_body_line(line: str) -> bool:
    """A line of the body: a sentence of 30 characters or more closed by its full stop (split,
    not searched: a pattern tried from every start of a 20,000-character line was quadratic),
    or a shorter sentence of its own line with a comma ("经评定,市政府决定对以下单位进行表彰。"):
    a header's name line has neither."""
    if line.endswith("。") and ("," in line or "，" in line) and len(line) >= 12:
        return True
    return "。" in line and any(len(part) >= 30 for part in line.split("。")[:-1])


# What may follow the 落款 of a notice without a date: its publication note, contact lines.
_AFTER_SIGNATURE = re.compile(
    r"^(?:[((]此件|抄送|抄报|联系人|联系电话|咨询电话|电话|传真|地址|邮箱|附件)"
)


# "经县政府研究,决定对…各记三等功一次": a government's decision in its own words (a commendation
# or a grant decided at its meeting); "经县政府常务会议研究同意" the same.
_DECISION_FORMULA = re.compile(
    r"经(?P<level>省|市|州|盟|县|区|旗)(?:人民)?政府(?:常务会议|党组会议?|全体会议)?"
    r"(?:研究|审定|审议)[,,]?\s*(?:决定|同意)"
)


def _issuer_from_decision(text: str, region: str | None) -> str | None:
    """A text cut from a government's decision, without its header or 落款, is still that
    government's: "经县政府研究,决定…" in a text whose region is a county names the county's
    people's government as the issuer (the level must be the region's own, so "经市政府研究" in
    a county's text names no one)."""
    match = _DECISION_FORMULA.search(text)
    if match is None or region is None or not region.endswith(match["level"]):
        return None
    return f"{region}人民政府"


_SECOND_NAME = re.compile(r"[((][\u4e00-\u9fff]{2,20}(?:局|委|厅|办|室|中心)[))]$")


def _issuer_from_publisher(labels: dict[str, str]) -> str | None:
    """A page's "发布单位:某县人民政府办公室" when nothing else names the issuer: only a publisher
    that names its place ("发布部门:市人民政府办公室" or "| 农业农村局" may be the site's own
    office, not the document's issuer)."""
    for label in ("发布单位", "发布部门", "发布机关", "制发机关"):
        value = (labels.get(label) or "").strip(" |")
        # "某市农业农村局(某市乡村振兴局)": an office with its second name in brackets (B51-1)
        named = _SECOND_NAME.sub("", value)
        if _ISSUER_SUFFIX.search(named) and region_of(named):
            return value
    return None


def _issuer_from_closing_line(lines: list[str]) -> str | None:
    """A notice signed without a date: the organ's name alone on the last line of the text
    (past contact lines), e.g. a bureau's 公告 ending "……(联系电话) / 某市某局"."""
    for line in reversed(lines[-4:]):
        name = line.strip(" |\t")
        if _AFTER_SIGNATURE.match(name):
            continue
        if (
            len(name) <= 30
            and re.fullmatch(r"[\u4e00-\u9fff()]+", name)
            and not name.startswith("各")
            and _ISSUER_SUFFIX.search(name)
            and region_of(name)
        ):
            return name
        return None
    return None


def _first_line(lines: list[str]) -> str | None:
    return lines[0] if lines else None


# An annual plan: "2011年工作计划", "2013年《政府工作报告》…重点工作", "2020年…实施方案".
# "到2031年:重点推进3个重点项目建设": a horizon (到/至 before the year) in a plan's goals is no
# annual plan's year (batch 23).
_ANNUAL = re.compile(
    # "对2031年以来重点工作落实情况进行检查" looks back from that year (B45-1); "…第十四个五年规划和
    # 2035年远景目标纲要任务分工方案": a vision's year is no annual plan's (B59-3)
    r"(?<![到至])(?P<year>(?:19|20)\d{2})年(?:度)?(?!\s*(?:以来|至今|以前|之前|远景))[^,。;\n]{0,24}?"
    r"(?:工作计划|工作要点|工作任务|重点工作|政府工作报告|工作报告|工作方案|实施方案|行动方案|任务分解|"
    r"目标任务|民生实事|重点任务|重点项目|工作安排|要完成的[^,。;\n]{0,20}实事|"
    # "2031年某县政府重要工作事项责任分工": the year's work split among the departments
    r"工作事项|责任分工|任务分工|部门分工)"
    # "某县农业工作要点(2031年)": the year in the bracket closing the title
    r"|(?:工作计划|工作要点|工作任务|重点工作|工作方案|工作安排)\s*[((](?P<late>(?:19|20)\d{2})年(?:度)?[))]"
)


# A notice that hands down one year's quotas: "关于下达2015年造林补充计划的通知", "关于分解下达
# 2019年度能源消耗强度目标的通知", "2014年市政府要完成的实事".  Only a notice title says this: the
# same words in a body ("到2020年…目标") state a horizon, not the document's year.
_ANNUAL_NOTICE = re.compile(
    r"(?:关于|^)[^。,;\n]{0,20}?(?<![到至])(?P<year>(?:19|20)\d{2})年(?:度)?[^。,;\n]{0,32}?"
    r"(?:(?:目标|计划|任务|指标|实事|责任制|责任书)[^。,;\n]{0,12}?(?:的(?:通知|决定|通报)|$)"
    # "关于切实抓好2012年造林绿化工作的通知": a notice about the year's work (batch 19)
    r"|工作的通知$)"
)


def _annual_year(title: str | None, text: str) -> int | None:
    """The year of an annual plan, from its title or its opening (the first 15 lines)."""
    opening = text.split("\n")[:15]
    head = "\n".join([title or "", *opening])
    # ranges are not annual ("2021—2023", "2021年至2023年")
    head = re.sub(r"(?:19|20)\d{2}\s*年?\s*[—\-–~至到]\s*(?:19|20)\d{2}", "", head)
    years = {int(match["year"] or match["late"]) for match in _ANNUAL.finditer(head)}
    if not years:
        titles = [title or "", *(line for line in opening[:6] if "关于" in line)]
        years = {
            int(match["year"])
            for line in titles
            if not re.search(
                r"(?:19|20)\d{2}\s*年?\s*[—\-–~至]|结果|情况", line
            )  # a report looks back
            for match in _ANNUAL_NOTICE.finditer(line.strip())
        }
    if not years:
        # "2031年是…的开局之年,做好…工作意义重大": a text that opens on what its year is plans
        # that year's work (B51-2)
        years = {
            int(match["year"])
            for match in _THIS_YEAR_IS.finditer("\n".join(opening))
            if not _plans_beyond(title, text, int(match["year"]))
        }
    return years.pop() if len(years) == 1 else None


def _plans_beyond(title: str | None, text: str, year: int) -> bool:
    """Whether a text saying what ``year`` is (2021年是“十四五”开局之年) plans beyond it: its
    title names a five-year plan (“十四五”…规划), or it sets goals to a later year (到2025年), as
    a five-year plan opening on its first year does (attack46: read as that year's plan)."""
    if title and re.search(r"十[一二三四五六七八九]五|五年", title):
        return True
    return any(int(later) > year for later in re.findall(r"到\s*((?:19|20)\d{2})\s*年", text))


# B51-2: a paragraph opening on what the year is ("2031年是…关键之年", "…决胜之年").
_THIS_YEAR_IS = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})年是[^。;\n]{2,60}?之年", re.M)


# A title naming one year's work in words the body would use for a horizon ("某县2031年农业农村工作
# 意见", "某市2031年度节能目标责任书", "…2031年度绩效目标"): read in the title only.
_ANNUAL_TITLE = re.compile(
    r"(?<![到至\d])(?P<year>(?:19|20)\d{2})年(?:度)?(?![底末前内])[^,。;:\n]{0,24}?"
    r"(?:工作意见|实施意见|责任书|绩效目标|目标|指标|清单)(?:的(?:通知|决定|批复))?\s*$"
)


_PUBLISHED = re.compile(
    r"(?:发布|发文|印发|公开)(?:时间|日期)\s*[::]?\s*(?P<year>(?:19|20)\d{2})\s*[-/.年]\s*(?P<month>\d{1,2})"
)


def _published(text: str) -> date | None:
    """The publication date a web page states in its first lines, if any (year and month)."""
    match = _PUBLISHED.search(text[:600])
    if match is None or not 1 <= int(match["month"]) <= 12:
        return None
    return date(int(match["year"]), int(match["month"]), 1)


# A title naming one year's work without the year: "某市质量工作要点", "年度工作计划", "《政府工作
# 报告》重点工作任务分工(方案)", "关于下达…目标任务的通知"; never a plan of several years ("三年行动计划", "“十三五”…").
_UNYEARED_ANNUAL_TITLE = re.compile(
    r"^(?!.*(?:(?:19|20)\d{2}|[一二三四五两\d]年|十[一二三四五六七八九]五|规划|中长期|五年))"
    r"(?:.*(?:工作要点|工作计划|年度工作安排)|"
    # "关于下达农业产业化目标任务的通知": a hand-down of quotas with no year is the signing year's
    r".*(?:分解)?下达.{0,30}?(?:目标任务|目标|任务|计划|指标)|.*政府工作报告.{0,4}(?:重点)?(?:工作)?(?:目标)?"
    r"(?:任务|责任)?(?:分工|分解)(?:方案|意见|落实意见)?)"
    r"(?:》)?(?:的(?:通知|意见))?\s*$"
)


# "关于落实《政府工作报告》重点工作部门分工的意见", "印发《〈政府工作报告〉重点工作任务分工方案》
# 《…责任分工方案》的通知" (ext59, plan period not read): the work a year's government work report
# sets, shared out among departments, is that year's, whatever follows the words or however the
# title line was broken.  Never a title holding a year or a span of years.
_WORK_REPORT_SHARE = re.compile(
    r"^(?!.*(?:(?:19|20)\d{2}|[一二三四五两\d]年|十[一二三四五六七八九]五|规划|中长期|五年))"
    r".*政府工作报告[》>〉]?(?:确定|提出|明确)?的?(?:重点|主要)?(?:工作)?(?:目标)?"
    r"(?:任务|责任|部门|单位)*(?:分工|分解)"
)


# The line after a title broken over lines: the doc number, the date, the addressees.
_TITLE_ENDS = re.compile(r"〔|\[|\d|[::]|[〇○零][一二三四五六七八九〇○零]")


def _work_report_year(title: str | None, text: str, issued: date | None) -> int | None:
    """The year of a document sharing out a government work report's tasks whose title (or its
    first lines, the title broken over them) writes no year: the signing year, else the page's
    publication date; a plan signed in its last two months is the next year's."""
    head = "".join(takewhile(lambda line: not _TITLE_ENDS.search(line), text[:200].split("\n")[:4]))
    if not any(_WORK_REPORT_SHARE.search(line or "") for line in (title, head)):
        return None
    dated = issued or _published(text)
    if dated is None:
        return None
    return dated.year + (1 if dated.month >= 11 else 0)


def _period(title: str | None, text: str, issued: date | None) -> tuple[int, int] | None:
    annual = _annual_year(title, text) or _bracketed_year(title, text)
    if annual is None and title and not re.search(r"(?:19|20)\d{2}\s*年?\s*[—\-–~～至到]", title):
        titled = _ANNUAL_TITLE.search(title)
        annual = int(titled["year"]) if titled else None
    if annual is None and title:
        # B52-6: "某县2030年国民经济和社会发展计划执行情况与2031年计划草案的报告": the year of the
        # draft plan is the document's; the other year is the one reported on
        draft = _PLAN_DRAFT.search(title)
        annual = int(draft["year"]) if draft else None
    if annual is None and title:
        # B52-4: "2031年某区关于深入推进…全力打造…标杆城区行动方案": a title that opens on its year
        # and names no other is that year's plan, however long the words between
        opens = _OPENS_ON_YEAR.match(title.strip())
        annual = int(opens["year"]) if opens else None
    if annual is None and title:
        # X60-4: "某县2032年农村电商平台项目补贴奖励细则(试行)": rules named after one year's
        # programme (the place, then the year) are that year's
        ruled = _YEAR_RULES_TITLE.match(title.strip())
        annual = int(ruled["year"]) if ruled else None
    if annual is not None and (
        title is None or not re.search(r"(?:19|20)\d{2}\s*年?\s*[—\-–~～至到]", title)
    ):
        return annual, annual
    if annual is None and title and _UNYEARED_ANNUAL_TITLE.search(title):
        # "某市质量工作要点", "关于印发《政府工作报告》重点工作任务分工的通知": one year's work
        # whose year only the 落款 gives (a plan signed in its last two months is the next year's);
        # without a 落款, the page's publication date ("发布时间:2031-02-18") stands in for it
        dated = issued or _published(text)
        if dated is not None:
            year = dated.year + (1 if dated.month >= 11 else 0)
            return year, year
    if annual is None and (shared := _work_report_year(title, text, issued)) is not None:
        return shared, shared
    if title:
        # "2031—2035", "2031年至2035年"
        match = re.search(r"((?:19|20)\d{2})\s*年?\s*[—\-–~～至到]\s*((?:19|20)\d{2})", title)
        # "…实施方案(2031至2035年)" on the title's line: the bracket the title leaves out
        match = match or _BRACKETED_PERIOD.search(text[: text.find(title) + len(title) + 40])
        if match:
            return int(match.group(1)), int(match.group(2))
        # "“十五五”规划", "某县“十五五”现代农业发展规划", "…“十四五”期间…行动方案", "“十五五”节能
        # 减排综合性工作方案", "十五五…行动计划": a plan named after a five-year period runs over it
        five_year = re.search(
            r"“?(十[一二三四五六七八九]五)”?(?:时期|期间|[\u4e00-\u9fff“”、]{0,24}?"
            r"(?:规划|纲要|计划|方案|意见|办法|目标|任务|行动))",
            title,
        )
        if five_year and five_year.group(1) in _FIVE_YEAR_PLANS:
            return _FIVE_YEAR_PLANS[five_year.group(1)]
        # "第十三个五年规划纲要": the thirteenth five-year plan, written out
        nth = re.search(r"第(十[一二三四五六七八九])个五年(?:规划|计划)", title)
        if nth and f"{nth.group(1)}五" in _FIVE_YEAR_PLANS:
            return _FIVE_YEAR_PLANS[f"{nth.group(1)}五"]
    printed = _PRINTED_HERE.search(text[:1500])
    ranged = _TITLE_RANGE.search(printed["inner"]) if printed else None
    if ranged and int(ranged.group(1)) <= int(ranged.group(2)) <= int(ranged.group(1)) + 15:
        # B52-3: "现将《关于…的实施意见(2031—2034年)》印发给你们": the work the notice hands out is
        # the document's own, and the years in its name are the plan's, the title line unread
        return int(ranged.group(1)), int(ranged.group(2))
    outside_titles = re.sub(r"《[^》]*》(?:\([^)]*\))?", "", text)
    stated = _STATED_PERIOD.search(outside_titles)
    if stated and int(stated["start"]) <= int(stated["end"]) <= int(stated["start"]) + 15:
        return int(stated["start"]), int(stated["end"])
    named = _own_five_year_period(outside_titles, issued)
    if named is not None:
        return named
    whole = _WHOLE_PLACE_SPAN.search(outside_titles)
    if whole and int(whole["start"]) < int(whole["end"]) <= int(whole["start"]) + 15:
        # B52-7: "确定2031年—2033年全市完成各类棚户区改造…": the years the whole place's work spans
        return int(whole["start"]), int(whole["end"])
    points = [
        m
        for m in find_time_mentions(outside_titles)
        if m.kind == "point" and m.year and not _SINCE.match(outside_titles, m.end)
    ]
    start = issued.year if issued else min((m.year for m in points if m.year), default=None)
    if start is None:
        summary = _SUMMARY_HANDED_IN.search(text)
        return (int(summary["year"]), int(summary["year"])) if summary else None
    horizon = [
        mention.year
        for mention in points
        if mention.year
        and start < mention.year <= start + 15
        and re.match(r"^(?:到|至)|.*(?:底|末|前)", mention.text)
    ]
    if horizon:
        return start, max(horizon)
    basis = _basis_year(text) if issued is None else None
    if basis is not None:
        return basis, basis
    return (
        _years_of_plan(title, issued)
        or _duration_to_end(outside_titles, issued)
        or _years_own_goals(outside_titles, issued)
    )


# B52-6: "2031年(国民经济和社会发展)计划草案": the draft plan of one year, no other year between.
_PLAN_DRAFT = re.compile(r"(?P<year>(?:19|20)\d{2})年(?:度)?[^\d,。;\n]{0,12}?计划草案")
# B52-4: a title that opens on one year and ends on a plan word; its other words hold no year.
_OPENS_ON_YEAR = re.compile(
    r"^(?P<year>(?:19|20)\d{2})年(?:度)?(?![前底末内中])(?!以来|至今)[^\d\n]{4,80}"
    r"(?:工作方案|实施方案|行动方案|工作计划|行动计划|工作要点|工作安排|任务清单)$"
)
# X60-4: a title that opens on a place, then one year, and names rules for that year's programme
# (not a report or a commendation looking back on it)
_YEAR_RULES_TITLE = re.compile(
    r"^(?:关于印发)?[\u4e00-\u9fff]{2,12}?(?:省|市|县|区|旗|州|盟)(?P<year>(?:19|20)\d{2})年(?:度)?"
    r"(?![前底末内中])(?!以来|至今)(?:(?!表彰|通报|结果|情况|总结|报告|评估)[^\d\n]){2,40}"
    r"(?:细则|办法|指南|规定|方案|计划|意见)(?:[((](?:试行|暂行|修订|征求意见稿)[))])?$"
)
# "现将《某县某某行动方案(2031—2033年)》印发给你们": the name of the work a notice hands out.
_PRINTED_HERE = re.compile(
    r"现将《(?P<inner>[^《》\n]{4,80}?)》(?:印发|转发|予以印发|予以转发|下发|发)给"
)
_TITLE_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—\-–~～至到]\s*((?:19|20)\d{2})")


# B49-4: "力争通过5年创建" / "用3年左右的时间": how many years the plan's goals take.
_DURATION = re.compile(
    r"(?:通过|用|经过)\s*(?P<count>[一二三四五六七八九十两\d]{1,2})\s*年(?:左右)?(?:的)?"
    r"(?:时间|努力|创建|奋斗|建设)"
)
# "做好—2017年…创建工作": a span whose first year the copy lost, its last year kept.
_LOST_START = re.compile(r"(?<![\d年])[—\-–~～]\s*(?P<end>(?:19|20)\d{2})\s*年")


def _duration_to_end(text: str, issued: date | None = None) -> tuple[int, int] | None:
    """A plan whose goals take N years ("力争通过5年创建") and that writes only the last year of
    its span ("做好—2017年…工作", the first year lost) runs the N years up to that year; one that
    writes no year of its span at all but is signed ("计划通过3年时间的努力,…" under a 2031 落款)
    runs the N years from the year it is signed (B50-1)."""
    duration, end = _DURATION.search(text), _LOST_START.search(text)
    if duration is None or (end is None and issued is None):
        return None
    word = duration["count"]
    count = int(word) if word.isdigit() else CHINESE_COUNTS.get(word, 0)
    if not 1 <= count <= 15:
        return None
    if end is None:
        assert issued is not None
        return issued.year, issued.year + count - 1
    return int(end["end"]) - count + 1, int(end["end"])


# B54-1: "全年实施重点项目100个", "年内完成人工造林3万亩", "今年全县新增…": a goal set for the year
# the text is written in, opening a clause.
# "实施期为三年", "力争通过两年努力", "计划期内": a span of several years the plan gives itself. A
# numeral inside a written year (二〇三二年) is no span.
_SEVERAL_YEARS = re.compile(
    r"(?<![〇零○一二三四五六七八九十\d])(?:[两二三四五六七八九十]|[2-9])\s*年(?![级度])"
    r"|(?:计划|规划|实施)期"
)
_THIS_YEARS_GOAL = re.compile(
    r"(?:^|[,。;:\s])(?:全年|年内|今年)(?:全[省市县区乡镇]|我[省市县区乡镇])?"
    r"(?:计划|力争|确保|要|将)?"
    r"(?:新增|新建|新改建|改建|建成|完成|实施|引进|培育|创建|实现|开工|改造|种植|举办|开展|招引|签约)",
    re.M,
)


def _years_own_goals(text: str, issued: date | None) -> tuple[int, int] | None:
    """A signed text that sets its goals for 全年/年内/今年 and writes no year but the one it is
    signed in (or, signed in its last two months, the next) plans that year: without it, "全年实施
    重点项目100个" under a 落款 had no due date (B54-1). An unsigned text is left alone: the one
    year it writes may be an event's, not the plan's. A text that gives itself several years
    (本方案实施期为三年, 计划期内累计…) is not one year's plan, whatever its 全年 says
    (attack47 H5: its three-year total was due the signing year)."""
    if issued is None or _THIS_YEARS_GOAL.search(text) is None or _SEVERAL_YEARS.search(text):
        return None
    year = issued.year + (1 if issued.month >= 11 else 0)
    written = {int(written) for written in _ANY_YEAR.findall(text)}
    return None if written - {issued.year, year} else (year, year)


# "对2031年以来重点工作落实情况进行检查": a year the work is looked back from, not the plan's (B45-1).
_SINCE = re.compile(r"\s*(?:以来|至今|以前|之前)")
# "于11月10日前将《2031年专项行动工作总结》报省领导小组办公室": a plan that asks for one year's work
# summary to be handed in is that year's plan, when no other year is written outside titles (B45-1).
_SUMMARY_HANDED_IN = re.compile(
    r"将《(?P<year>(?:19|20)\d{2})年(?:度)?[^》]{0,30}?总结》[^。;\n]{0,40}?(?:报|送|提交)"
)
# "市政府工作报告重点工作责任分解(2031年)": one year in the bracket that closes the title's line
# is the year of the document's work (B45-2).
_BRACKETED_YEAR = re.compile(r"\s*[((]\s*(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*[))]\s*$", re.M)


def _bracketed_year(title: str | None, text: str) -> int | None:
    """The year bracketed after the title on its line ("…责任分解(2031年)"), if any."""
    at = text.find(title) if title else -1
    if title is None or at < 0:
        return None
    bracketed = _BRACKETED_YEAR.match(text, at + len(title))
    return int(bracketed["year"]) if bracketed else None


# "根据县政府关于2031年实施20项民生工程的通知精神,制定本实施方案": the year's notice a plan carries out.
_BASIS_YEAR = re.compile(
    r"(?:根据|按照|依据|依照)[^。;\n]{0,30}?关于(?P<year>(?:19|20)\d{2})年(?:度)?[^。;\n]{0,40}?"
    r"的(?:通知|意见|决定|安排)"
)
# "4月底完成…", "6月份动工", "11月底前完工": deadlines given by month alone.
_MONTH_ONLY = re.compile(r"(?<![\d年])(?:1[0-2]|[1-9])月(?:底|末|份|中旬|上旬|下旬)")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


def _basis_year(text: str) -> int | None:
    """The year of an undated plan whose deadlines name months only and whose one year is that of
    the notice it carries out ("根据…关于2031年实施…的通知"): that year is the plan's (B37-5)."""
    basis = _BASIS_YEAR.search(text)
    if basis is None or len(_MONTH_ONLY.findall(text)) < 2:
        return None
    years = {int(year) for year in _ANY_YEAR.findall(text)}
    return int(basis["year"]) if years == {int(basis["year"])} else None


# "本规划期限为2031—2035年", "规划期为2031年至2035年", "实施期限:2031年1月至2033年12月": the
# plan's own years, stated in its body.
_STATED_PERIOD = re.compile(
    r"(?:规划|计划|方案|实施|执行|行动|意见)(?:期限|期|时限|周期|年限|时间)\s*(?:为|是|定为|[::])\s*"
    r"(?:[一二三四五六七八九十两\d]{1,2}年\s*[((]?)?"
    r"(?P<start>(?:19|20)\d{2})\s*年?\s*(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*[—\-–~～至到]\s*"
    r"(?P<end>(?:19|20)\d{2})\s*年?"
)
# B52-8: "“十五五”期间,实现节约能源100万吨", "“十五五”教育事业发展主要指标表": the body names a
# five-year period as the time of its own goals.
_OWN_FIVE_YEAR = re.compile(
    r"“?(?P<name>十[一二三四五六七八九]五)”?(?:期间|时期)?[,,]?\s*"
    r"(?:实现|力争|确保|完成|累计|新增|建成|全[市县区省]|[\u4e00-\u9fff]{0,12}?(?:主要)?指标(?:表|见附表))"
)


def _own_five_year_period(text: str, issued: date | None) -> tuple[int, int] | None:
    """The five-year period the body gives its goals to, when the text also names its last year
    ("到2035年", a "2035年" column) and it has not ended before the signing."""
    for match in _OWN_FIVE_YEAR.finditer(text):
        span = _FIVE_YEAR_PLANS.get(match["name"])
        if span is None or (issued is not None and issued.year >= span[1]):
            # (signed in the period's last year or after it: a plan of the next period looks
            # back on it, “十三五”期间,累计新增… in one signed in December 2020; attack46)
            continue
        if any(
            span[1] < int(horizon) <= span[1] + 5
            for horizon in re.findall(r"到\s*((?:19|20)\d{2})\s*年", text)
        ):
            continue  # goals set to the next period's end (到2025年 after 十三五): a look back
        if re.search(rf"(?<!\d){span[1]}\s*年", text):
            return span
    return None


# B52-7: "2031年—2033年全市完成…", "2031—2033年全县新建…": a span of years the whole place's work
# takes, written before the place's word.
_WHOLE_PLACE_SPAN = re.compile(
    r"(?P<start>(?:19|20)\d{2})\s*年?\s*[—\-–~～至到]\s*(?P<end>(?:19|20)\d{2})\s*年(?:度)?\s*"
    r"(?:全[市县区省州旗]|我[市县区省州旗])"
)
# "(2031至2035年)", "(2031~2035)": a plan's years in the bracket after its title.
_BRACKETED_PERIOD = re.compile(
    r"[((\[]\s*((?:19|20)\d{2})\s*年?\s*[—\-–~～至到]\s*((?:19|20)\d{2})\s*年?\s*[))\]]"
)
# "某市质量提升三年行动计划": a plan that names how many years it runs, but not which.
_YEARS_OF_PLAN = re.compile(
    r"(?P<count>[两二三四五3-5])年(?:行动)?(?:计划|方案|规划|行动)|(?P<count2>[两二三四五3-5])年攻坚"
)


def _years_of_plan(title: str | None, issued: date | None) -> tuple[int, int] | None:
    """A plan of N years signed on a date runs from its signing year (from the next one when
    signed in its last two months, as plans for the coming year are)."""
    match = _YEARS_OF_PLAN.search(title or "") if issued else None
    if match is None or issued is None:
        return None
    word = match["count"] or match["count2"]
    count = CHINESE_COUNTS.get(word) or int(word)
    start = issued.year + (1 if issued.month >= 11 else 0)
    return start, start + count - 1


def stated_term_end(text: str, start: date | None) -> date | None:
    """The day a document stating a term ("自印发之日起施行,有效期5年") lapses, counted from
    ``start`` (the day it took effect, else was signed); None when it states none."""
    term = term_in_years(text) if start else None
    if term is None or start is None:
        return None
    return term_end(term, start)


def _term_period(text: str, start: date | None) -> tuple[int, int] | None:
    """A document stating no years but a term ("自印发之日起施行,有效期5年") runs from the day it
    took effect to the term's end: without it, its duties would be reminded for ever."""
    term = term_in_years(text) if start else None
    if term is None or start is None:
        return None
    return start.year, term_end(term, start).year


def _year_of_number(doc_number: str | None) -> date | None:
    """Without a signing date, the year in the document number ("〔2023〕") stands in for it."""
    match = re.search(r"(?:19|20)\d{2}", doc_number or "")
    return date(int(match.group(0)), 1, 1) if match else None


def _supersedes(text: str) -> list[str]:
    found: list[str] = []
    for match in _SUPERSEDES.finditer(text):
        found.extend(re.findall(r"《[^》]+》(?:\([^)]*\))?", match["docs"]))
    return found
