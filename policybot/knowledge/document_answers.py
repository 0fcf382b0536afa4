"""Questions about a document itself: 文号, 印发/成文日期, 实施日期, 期限, 发文单位, which older
document it stops (停止执行), what it was made under (依据), its annexes.

The stored metadata answer what they hold (the extractor read them from the text); what they do
not hold — the date a text was printed (…印发), its basis, its annexes — is read from the
document's own sentences. A field the text does not give is 未找到, never guessed: a plan
without a 文号 has none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import Answer, AnswerKind, FactLine
from policybot.knowledge.clipping import outside_amount
from policybot.knowledge.confidence import ANSWER, coverage
from policybot.knowledge.extract.metadata import (
    addressee,
    is_table_cell,
    term_end,
    term_in_years,
)
from policybot.knowledge.glossary import PLAN_PERIODS, period_names
from policybot.knowledge.lines import DOCUMENT, document_line, passage_line
from policybot.knowledge.models import FactKind
from policybot.knowledge.near_misses import names_no_place
from policybot.knowledge.place_titles import asked_place
from policybot.knowledge.provinces import named_parents
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.question import (
    DOCUMENT_NAME_WORDS,
    STOPS_IN_FORCE,
    Field,
    ParsedQuestion,
    addressees_asked_at,
    asks_the_field,
    field_asked,
    regions_within,
)
from policybot.knowledge.regions import region_aliases

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer
    from policybot.knowledge.search import KnowledgeIndex

_PRINTED = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*印发")
# A news report's lead: 3月12日,德州市招商引资激励办法(试行)印发 — the day without its year.
_REPORTED_PRINTED = re.compile(r"(?:^|\n)\s*(\d{1,2}月\d{1,2}日)\s*[,,][^。\n]{2,60}?印发")
# How far into a text a report's lead is looked for.
_LEAD_WITHIN = 400
# 现就…通过的《政府工作报告》确定的重点工作提出部门分工意见如下: what it is made on.
_BASIS = re.compile(r"贯彻|落实|根据|依据|按照|遵照|精神|现就")
# The covering notice's own sentence (《…计划》已经市政府同意,现印发给你们,请认真贯彻实施) hands
# the plan out; it names the plan, not what the plan was made under.
_DISTRIBUTES = re.compile(
    r"印发给你们|现印发|现将.{0,30}印发|请认真贯彻执行|请认真组织实施|请遵照执行"
)
# The sentence a plan says it is made by: 特制订本计划, 制定本行动计划, 现提出如下意见.
_MAKES_ITSELF = re.compile(
    r"(?:制定|制订|拟定|编制)本[\u4e00-\u9fff]{0,6}(?:计划|方案|意见|办法|规划|细则|措施)"
    r"|特(?:制定|制订)|(?:提出|制定)(?:如下|以下)"
)
# 到哪年, 哪年到期, 什么时候结束: the end of a plan's period asked, not its whole span.
_ASKS_END = re.compile(
    r"(?:到|至|截止)(?:哪年|哪一年|什么时候|何时|啥时候)|(?:到期|结束|截止|截至|为止|失效)"
)
# 有效期到什么时候, 什么时候失效/到期: the term the text states is asked, not its plan period.
_ASKS_LAPSE = re.compile(rf"有效期|失效|到期|{STOPS_IN_FORCE}")
# 什么时候停止执行, 何时废止: asked of a text that states no term, its period is no answer (a
# plan's last year is when its targets fall due, not when it stops being in force).
_ASKS_STOP = re.compile(STOPS_IN_FORCE)
_ANNEX = re.compile(r"附件")
# What a distributing sentence hands out (现将《A》《B》《C》印发给你们, 《A》和《B》已经市政府
# 同意,现印发给你们): the titles before its 印发 (after its 现将, not the 《政府工作报告》 it
# goes by), counted by their closing marks (a page may lose an opening one).
_HANDED_OUT = re.compile(r"^(.*?)(?:印发给你们|现印发|印发)")
_TOGETHER = 2
# An attachment listed on a line of its own after the first (2.…任务分解表).
_NEXT_ANNEX = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*\S")
_MORE_ANNEXES = 9
_STOPS = re.compile(r"停止执行|废止|同时失效|不再执行")
# A page's header field for the day a document is repealed, left empty or as a placeholder
# (废止时间: 0000-00-00): no sentence stopping anything.
_EMPTY_REPEAL_FIELD = re.compile(
    r"(?:废止|失效)(?:时间|日期)\s*[::]?\s*(?:0{4}\s*[-./年]\s*0{1,2}\s*[-./月]\s*0{1,2}日?|无|$)"
)
# What a legal database's header or a portal's metadata block says of a text: 【时效性】失效,
# 公文时效 | 失效, 有效性: 有效; 【制定机关】杭州市人民政府; a portal's block that lost its
# separators writes the label and its value run together on a line of their own (有效性失效),
# the value often with its 已 (有效性已失效公开日期:…).
_VALIDITY_WORDS = (
    "有效",
    "失效",
    "废止",
    "尚未施行",
    "已被修改",
    "部分失效",
    "现行有效",
    "已失效",
    "已废止",
)
_VALIDITY = re.compile(
    r"(?:【时效性】|(?:公文)?时效性?\s*[|:]|有\s*效\s*性\s*[|:]"
    rf"|(?:^|\n)[ \t]*有效性(?=(?:{'|'.join(_VALIDITY_WORDS)})[ \t]*(?:\n|$)))"
    r"\s*\|?\s*([^•【\s|:]{2,8})"
)
# A portal's block whose spaces were lost runs the next field on after the value, on one line
# (有效性有效公开日期:2022-09-07): the value is the validity word before that label.
_VALIDITY_BEFORE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*有\s*效\s*性[ \t]*({'|'.join(sorted(_VALIDITY_WORDS, key=len, reverse=True))})"
    r"(?=[ \t]*[\u4e00-\u9fff]{2,6}[::])"
)
# The grounds a page's header gives for a repeal (废 止 依 据 :阶段性工作已结束).
_REPEAL_GROUNDS = re.compile(r"废\s*止\s*依\s*据\s*[|::]\s*\|?\s*([^\s|【]{2,40})")
# A portal marking a repealed document in its title or header ((此文件废止)盘政办发〔…〕…的
# 通知, 【已废止】, (此件已失效)): the page itself says the document no longer applies.
_REPEALED_MARK = re.compile(r"[(（【\[]\s*(?:此(?:文)?件)?\s*已?\s*(废止|失效)\s*[)）】\]]")
# A book title in a sentence: 根据《…》 names the document it was made under.
_BOOK_TITLE = re.compile(r"《([^》]{2,80})》")
_MAKER = re.compile(r"【(?:制定|发布|发文)机关】\s*([^•【\s|]{2,40})")
# A text that opens with its issuers on a line of their own (中共XX省委 XX省人民政府; a zone's
# 中共XX工委 XX管委会).
_ISSUER_LINE = re.compile(
    r"^\s*((?:(?:中共)?[\u4e00-\u9fff]{2,16}(?:委员会|省委|市委|县委|区委|工委|管委会|人民政府|办公厅|办公室)"
    r"\s*){1,3})$",
    re.MULTILINE,
)
# One organ of a joint notice: a bureau, a commission, a party department (社会工作部).
_ORGAN = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{2,16}(?:委员会|人民政府|办公厅|办公室|局|工作部|宣传部|组织部|统战部)"
)
# A joint notice's title naming its issuers before 关于印发 (XX市发展和改革委员会 中共XX市委社会
# 工作部 XX市住房和城乡建设局 关于印发…的通知), or before 印发《…》 with no 关于.
_ISSUERS_BEFORE_TITLE = re.compile(
    r"^\s*([\u4e00-\u9fff\s]{6,120}?)\s*(?:关于(?:印发|转发)|印发《)", re.MULTILINE
)
# [ 发布日期 ] 2024-05-06: a header's field may stand in brackets.
_STATED_DATE = r"(?:日期|时间)\s*[\]】]?\s*[|:]?\s*\|?\s*((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})"
_PUBLISHED = re.compile(f"发布{_STATED_DATE}")
# The dates a page states under its own names (公开日期: 2025年05月02日, 更新时间:2021-07-30 16:55),
# asked by the word the question uses (什么时候公开的, 哪天更新的), with the page's label.
_PAGE_DATES = (
    ("公开", "公开日期", re.compile(f"公开{_STATED_DATE}")),
    ("更新", "更新时间", re.compile(f"更新{_STATED_DATE}")),
    ("发布", "发布日期", _PUBLISHED),
)
# The office a page's header names under 发文单位 or 发文机关 (发文单位 | 区人民政府办公室).
_LABELLED_ISSUER = re.compile(
    r"(?:发文单位|发文机关)\s*[\]】]?\s*[|:：]?\s*\|?\s*([^|\s\[\]【】:：]{2,30})"
)
# The date a page's header states the document was issued on, under a name of issuing.
# A page's bare 日期: line (日期:2018-03-06 under the title) is that too.
_HEADER_DATE = re.compile(
    r"(?:(?:颁发|颁布|成文|印发|发文|签发)(?:日期|时间)|^日期)\s*[\]】]?\s*[|:：]?\s*\|?\s*((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})",
    re.MULTILINE,
)
# A page's header stamp: the time it was posted, right before the page names its source
# (2031-02-02 08:20:00 来源:示范市人民政府; 2031-05-16 10:21 信息来源:…).
_POSTED_STAMP = re.compile(
    r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:信息)?来源"
)
# A decree's number on a line of its own (某某省人民政府令第十号, or 令 / 第82号 on two lines).
_DECREE_NUMBER = re.compile(
    r"^[ \t]*([\u4e00-\u9fff]{2,24}令)[ \t]*\n?[ \t]*"
    r"(第[ \t]*[0-9０-９零〇一二三四五六七八九十百千]+[ \t]*号)[ \t]*$",
    re.MULTILINE,
)
# A year a title states (2019年政府工作报告, 2016-2018年).
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年|\s*[-—–至])")
# A year's annual document named right after the year asked (2024年重点工作分解方案, 2024年度
# 工作要点, 2024年政府工作报告任务分解, 2024年工作思路).
_ASKS_ANNUAL = re.compile(
    r"^度?[\u4e00-\u9fff]{0,8}?(?:重点工作|工作要点|工作计划|工作思路|工作安排|工作任务|"
    r"任务分解|工作分解|责任分解|政府工作报告)"
)
# The question asks the number of a document the one it names was made under (根据的…文件).
_CITED_ASKED = re.compile(r"根据|依据|依照|参照|所引|引用")
# A title quoted with its number right after it: 《…操作规程》(深工信规〔2023〕3号).
_QUOTED_NUMBER = re.compile(
    r"《([^《》]{4,80})》\s*[((]\s*([\u4e00-\u9fff]{1,10}[〔\[【﹝]\s*(?:19|20)\d{2}\s*[〕\]】﹞]\s*\d{1,4}\s*号)\s*[))]"
)
# A filing number (渝文备〔2016〕294号): a document number whose code says 备 (filed).
_FILED = re.compile(
    r"[\u4e00-\u9fff]{1,6}备[\u4e00-\u9fff]{0,2}\s*[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*\d{1,5}\s*号"
)
# A register's code under its label on a page (规范性文件登记号: ZJJC01-2020-0003, 备案编号:…).
_REGISTERED = re.compile(
    r"(?P<label>(?:规范性文件)?(?:登记|备案)(?:编)?号)\s*[::]\s*"
    r"(?P<code>[A-Za-z0-9][A-Za-z0-9\-]{5,30}[A-Za-z0-9])"
)
# The 抄送 line a document lists below its 落款 (抄送:市委各部门,市人大常委会办公室,…).
_COPY_LINE = re.compile(r"(?m)^[\s|]*抄\s*送\s*[::]\s*(?P<units>[^\n]{2,400})")
_COPY_END = re.compile(r"[\s。.;;,,]+$")
# A government site's catalogue code in a page's header (索引号: 43060000/2017-1206046, or
# in a table: 索引号 | 005452065/2013-00024, or on the line below its label).
_INDEXED = re.compile(
    r"索引(?:编)?号\s*[\]】]?\s*[::|]?\s*\|?\s*(?P<code>[0-9A-Za-z][0-9A-Za-z/\-]{5,40})"
)
# How far down a page a joint notice's title is looked for (a site's banner may come first).
_JOINT_LINES = 6
_ASKS_LABELLED_ISSUER = re.compile(r"发文单位|发文机关")
_PUBLISHER = re.compile(r"发布机构\s*\]?\s*[|::]?\s*\|?\s*([^|\s\[\]【】]{2,30})")
# A page's header written as a table: a row of field names over a row of their values
# (索引号 | 信息分类 | 发布机构, then 000000011/2031-00003 | 规范性文件 | 柳溪县政府办).
_CELL_BORDER = re.compile(r"\s*[|｜]\s*")
_FIELD_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
_HEADER_NAMES = frozenset(
    {"索引号", "发布机构", "发文机关", "发文单位", "文号", "发文字号", "信息分类", "主题分类"}
)


def header_columns(text: str) -> dict[str, str]:
    """Each field name of a header row of names (at least two, one of them a header's own such
    as 索引号 or 发布机构) with the value in its column of the row below: the label's neighbour
    on the page is then another label, and the value is a line down, not beside it."""
    lines = text[:ADDRESS_WITHIN].splitlines()
    for above, below in pairwise(lines):
        names = _cells(above)
        if len(names) < 2 or not all(_FIELD_NAME.fullmatch(name) for name in names):
            continue
        if not _HEADER_NAMES.intersection(names):
            continue
        values = _cells(below)
        if len(values) != len(names) or all(_FIELD_NAME.fullmatch(v) for v in values):
            continue
        return dict(zip(names, values, strict=True))
    return {}


def _cells(line: str) -> list[str]:
    """A table row's cells, its outer borders dropped (``a | b |`` is a, b)."""
    return _CELL_BORDER.split(line.strip().strip("|｜").strip())


def _publisher(text: str) -> str | None:
    """The 发布机构 a page's header states, in its column if the header is a row of names."""
    columns = header_columns(text)
    if "发布机构" in columns:
        return columns["发布机构"] or None
    found = _PUBLISHER.search(text)
    return found.group(1) if found is not None else None


_ASKS_YEAR = re.compile(r"哪一?年|几几年")
_A_YEAR = re.compile(r"(?:19|20)\d{2}")
_NUMBER_CHARS = re.compile(r"[〔\[(【〕\])】\s]")
_NUMBERED = re.compile(r"(\D+?)((?:19|20)\d{2})(\d{1,4})号")
_SERIAL = re.compile(r"(\D+?)第?(\d{1,4})号")

FIELD_LABELS = {
    Field.NUMBER: "文号",
    Field.ISSUER: "发文单位",
    Field.PRINTED: "印发日期",
    Field.SIGNED: "成文日期",
    Field.EFFECTIVE: "实施日期",
    Field.PERIOD: "期限",
    Field.SUPERSEDES: "停止执行的文件",
    Field.BASIS: "制定依据",
    Field.ATTACHMENT: "附件",
    Field.TITLE: "文件",
    Field.VALIDITY: "时效性",
    Field.FILING: "备案号",
    Field.INDEX: "索引号",
    Field.ADDRESSEE: "主送单位",
    Field.COPIED: "抄送单位",
}
# How far into a text the address line is looked for (a web page's menus come first).
ADDRESS_WITHIN = 3000


def number_key(doc_number: str) -> str:
    """A document number with its brackets unified: 武政办[2016]189号 = 武政办〔2016〕189号."""
    return _NUMBER_CHARS.sub("", vocabulary.normalise(doc_number))


def documents_numbered(index: KnowledgeIndex, doc_number: str) -> set[int]:
    key = number_key(doc_number)
    active = [d for d in index.documents() if d.doc_number and d.status == "active"]
    exact = {d.id for d in active if number_key(d.doc_number or "") == key}
    if exact:
        return exact
    # Typed with the city's name (湖州政办发〔2016〕63号) or without its character (政办发…):
    # the same year and serial, and one issuer code read inside the other (湖政办发).
    typed = _NUMBERED.fullmatch(key)
    if typed is None:
        return _numbered_without_year(active, key)
    found = set()
    for document in active:
        written = _NUMBERED.fullmatch(number_key(document.doc_number or ""))
        if written is None or written.group(2, 3) != typed.group(2, 3):
            continue
        if _within(written.group(1), typed.group(1)) or _within(typed.group(1), written.group(1)):
            found.add(document.id)
    return found


# How a stored document names a number it is not itself (/doc of that number).
STOPS_NUMBER = "停止执行"
CITES_NUMBER = "引用"


def documents_naming_number(
    index: KnowledgeIndex, doc_number: str
) -> list[tuple[DocumentRow, str]]:
    """The stored documents naming ``doc_number`` that is none of theirs, each with how: the
    document stopping it (``STOPS_NUMBER``, as its 停止执行 list says) or one whose text cites it
    (``CITES_NUMBER``: made under it, quoting it); [] when ``doc_number`` is no document number.
    /doc 衢政发〔2007〕47号 of a document the store only holds the successor of finds that.

    A retired document (superseded or expired: its text is no longer searched, but its 停止执行
    list is kept) is offered only when no document in force names the number: an old version
    stopping it beside the version in force that stops it too is the same news, told by a plan
    no longer valid (fix58)."""
    key = number_key(doc_number)
    if _NUMBERED.fullmatch(key) is None and _SERIAL.fullmatch(key) is None:
        return []
    found: list[tuple[DocumentRow, str]] = []
    for document in index.documents():
        if document.doc_number and number_key(document.doc_number) == key:
            continue
        stopped = json.loads(document.supersedes_text) if document.supersedes_text else []
        if any(key in number_key(title) for title in stopped):
            found.append((document, STOPS_NUMBER))
            continue
        passages = index.passages.by_document.get(document.id, [])
        if any(key in number_key(passage.text) for passage in passages):
            found.append((document, CITES_NUMBER))
    in_force = [pair for pair in found if pair[0].status == "active"]
    # the document stopping it first: it says what became of the number asked
    return sorted(in_force or found, key=lambda pair: pair[1] != STOPS_NUMBER)


def _numbered_without_year(active: list[DocumentRow], key: str) -> set[int]:
    """湖政办发63号: the documents of that code and serial, whatever their year."""
    typed = _SERIAL.fullmatch(key)
    if typed is None:
        return set()
    found = set()
    for document in active:
        written = _NUMBERED.fullmatch(number_key(document.doc_number or ""))
        if written is None or written.group(3) != typed.group(2):
            continue
        if _within(written.group(1), typed.group(1)) or _within(typed.group(1), written.group(1)):
            found.add(document.id)
    return found


def _asks_every_document(parsed: ParsedQuestion, document_ids: Collection[int] | None) -> bool:
    """Which documents, of no place, number, year or topic: every stored one is asked for."""
    return (
        document_ids is None
        and not parsed.doc_number
        and not parsed.region_text
        and not parsed.region_ids
        and parsed.year is None
        and not parsed.has_topic
    )


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s characters stand in ``long`` in order (湖政办发 in 湖州政办发)."""
    rest = iter(long)
    return all(char in rest for char in short)


# Where a question's clauses part (文号是多少,什么时候发的).
_CLAUSES = re.compile(r"[,，;；?？!！。]")
# What a part's line says when the text does not give that field (the document is found).
_NOT_WRITTEN = "原文没有写明"


def answer(
    index: KnowledgeIndex,
    parsed: ParsedQuestion,
    document_ids: Collection[int] | None,
    answerer: QuestionAnswerer,
) -> Answer:
    """The field asked of the document; a later clause asking another field of the same
    document (文号是多少,什么时候发的) is answered in the same reply, each field on its own line."""
    first = _field_answer(index, parsed, document_ids, answerer)
    later = _later_field(parsed)
    if later is None:
        return first
    second = _field_answer(index, replace(parsed, field=later), document_ids, answerer)
    return _both(first, second, [parsed.field or Field.TITLE, later])


def _later_field(parsed: ParsedQuestion) -> str | None:
    """A field a clause after the first asks, other than the one the question is read for."""
    if parsed.field in (None, Field.TITLE):
        return None
    for clause in _CLAUSES.split(parsed.text)[1:]:
        # The clause speaks of the document the first one names (什么时候发的: 文件 unsaid).
        field = field_asked(f"文件{clause}", parsed.doc_number) if clause.strip() else None
        if field not in (None, Field.TITLE, parsed.field):
            return field
    return None


def _both(first: Answer, second: Answer, fields: list[str]) -> Answer:
    """One reply for two fields of one document: a line per field (a field the text does not
    give says so), the document cited once. Nothing found of either: the first's reply."""
    answers = [first, second]
    found = [a for a in answers if a.found]
    if not found or any(not a.found and _NOT_WRITTEN not in a.headline for a in answers):
        return first
    lines = [
        f"{_part_label(a, field)}: {a.headline if a.found else _NOT_WRITTEN}"
        for a, field in zip(answers, fields, strict=True)
    ]
    facts: dict[tuple[str, int, str], FactLine] = {}
    for fact in (fact for a in found for fact in a.facts):
        if fact.kind == DOCUMENT:  # the document once, as /doc shows it (its number, if any)
            fact = replace(fact, value=fact.citation.doc_number)
        facts.setdefault((fact.kind, fact.fact_id, fact.citation.quote), fact)
    return replace(
        found[0],
        title=found[0].title.rsplit(" · ", 1)[0],
        headline="\n".join(lines),
        facts=tuple(facts.values()),
        total=len(facts),
    )


def _part_label(part: Answer, field: str) -> str:
    """The label a part's line goes by: the one its reply chose (发布日期 of a page that states
    it), else the field's."""
    if part.found and " · " in part.title:
        return part.title.rsplit(" · ", 1)[1]
    return FIELD_LABELS[field]


def _field_answer(
    index: KnowledgeIndex,
    parsed: ParsedQuestion,
    document_ids: Collection[int] | None,
    answerer: QuestionAnswerer,
) -> Answer:
    field = parsed.field or Field.TITLE
    if (
        field in (Field.SUPERSEDES, Field.VALIDITY)
        and parsed.doc_number
        and not documents_numbered(index, parsed.doc_number)
    ):
        stopping = _stopped_by(index, parsed.doc_number)
        if stopping is not None:
            return stopping
    if field in (Field.SUPERSEDES, Field.VALIDITY) and not parsed.doc_number:
        # 衢州关于…的若干意见被哪个文件停掉了: the older document named by its title, which
        # only the sentence of the newer one stopping it quotes.
        stopping = _stopped_by_name(index, parsed, document_ids)
        if stopping is not None:
            return stopping
    document = _document(index, parsed, document_ids)
    label = FIELD_LABELS[field]
    if document is None and field == Field.TITLE and _asks_every_document(parsed, document_ids):
        # 有哪些文件, 收录了哪些文件: the list itself is the answer (it said 请说明是哪份文件的
        # 文件, or 未找到 when a word such as 收录 was read as naming one).
        return _documents_of_scope(index, document_ids, answerer, parsed)
    if document is None and (
        _names_no_document(parsed) or (not parsed.doc_number and _kinds_only(_naming_words(parsed)))
    ):
        # 文号是多少, 这个计划到哪年结束 with nothing naming a plan: which one is not ours to
        # guess; the plans, each with its number and date, and how to name one.
        listed = _documents_of_scope(index, document_ids, answerer, parsed)
        if listed.total > 1:
            return replace(
                listed,
                found=False,
                title=label,
                headline=f"请说明是哪份文件的{label}(问题里写上地区或文号);收录了 {listed.total} 份",
            )
    if document is None and _REWARD_RULE_ASKED.search(parsed.text) and parsed.region_ids:
        # 云岭的奖励政策从什么时候开始执行, of a region whose documents reward nothing (or not
        # the subject asked, 人才奖励政策): no reward policy is held, whatever else is.
        regions_documents = _documents_of_regions(index, parsed, document_ids)
        if not any(_rewards_by(index, d) for d in regions_documents):
            return answerer.not_found(parsed, f"{_region_named(index, parsed)}的文件没有奖励政策")
        return answerer.not_found(parsed, "没有找到所问的奖励政策")
    if document is None:
        # (2032年应对疫情若干措施, of a region holding its 2031年 措施 only: that edition said)
        edition = _own_edition_of_another_year(index, parsed, document_ids, None)
        if edition is not None:
            return answerer.not_found(
                parsed, f"没有找到{parsed.year}年的这份文件;收录的是《{_clip(edition.name)}》"
            )
        return answerer.not_found(parsed, "没有找到所问的文件")
    if _another_years_document(document, parsed):
        return answerer.not_found(parsed, f"没有找到{parsed.year}年的这份文件")
    edition = _own_edition_of_another_year(index, parsed, document_ids, document)
    if edition is not None:
        # 海盐县2023年重点工作责任分解, of a county holding its 2022年 one: that year's edition of
        # the county's own document is asked, not its city's 2023 one nor another 2023 document.
        return answerer.not_found(
            parsed, f"没有找到{parsed.year}年的这份文件;收录的是《{_clip(edition.name)}》"
        )
    period = _another_plan_period(document, parsed)
    if period is not None:
        # 十四五规划是哪天印发的, of the store's 十三五 plan of that name: another plan.
        return answerer.not_found(
            parsed, f"没有找到{period}的这份文件;收录的是《{_clip(document.name)}》"
        )
    above = _place_above(document, parsed)
    if above is not None:
        # 安康市…方案是哪天印发的, of 汉阴县's plan (which cites 安康市's by its number only):
        # the city's own document is asked, which the store does not hold.
        return answerer.not_found(
            parsed, f"没有找到{above}的这份文件;收录的是《{_clip(document.name)}》"
        )
    if field == Field.TITLE and not parsed.doc_number:
        return _documents_of_scope(index, document_ids, answerer, parsed)
    if field == Field.NUMBER and _CITED_ASKED.search(parsed.reading):
        # 实施方案根据的运城市文件文号: the number of the document it was made under, which it
        # quotes with its title, not its own number.
        quoted = _quoted_number(index, document, parsed, cited=True)
        if quoted is not None:
            name, number, line = quoted
            return _answer(document, f"所引《{_clip(name)}》的{label}", number, [line])
    if field == Field.NUMBER:
        # 管理办法是哪个文号印发的, asked of the notice that quotes it: the question names the
        # quoted title better than the notice's own, so the number beside that title is asked.
        quoted = _quoted_number(index, document, parsed, better_than_own=True)
        if quoted is None:
            quoted = _quoted_title_typed_whole(index, document, parsed)
        if quoted is not None:
            name, number, line = quoted
            return _answer(document, f"所引《{_clip(name)}》的{label}", number, [line])
    cited = _another_title(index, document, parsed)
    if cited is not None:
        # 示范市质量强市三年行动计划的文号, of the city's one plan titled 品牌提升: the title
        # asked is another document's (the plan's text may speak of 质量强市, or cite a
        # 《…规划》 as its basis), whose number or date the plan's own is not.
        phrase, basis = cited
        held = f"《{_clip(basis)}》是它引用的文件;" if basis else ""
        return answerer.not_found(
            parsed, f"没有找到“{phrase}”;{held}收录的是《{_clip(document.name)}》"
        )
    asked_kind = _another_kind_of_document(document, parsed) or _another_span(document, parsed)
    if asked_kind is not None and not _called_casually(index, parsed, document_ids, document):
        # 管理办法的印发日期, of a 行动计划 sharing its words (a number the plan quotes beside
        # the 办法's title is that 办法's, above): the store holds no such 办法.
        place = "、".join((*parsed.places, *parsed.unknown_places))
        of_place = f"{place}的" if place else ""  # 东湖区奖励办法, of its city's 意见 only
        return answerer.not_found(
            parsed, f"没有找到{of_place}这份{asked_kind};收录的是《{_clip(document.name)}》"
        )
    value = _field_value(index, document, field)
    text = index.passages.document_texts.get(document.id, "")
    if field == Field.SIGNED:
        # 哪天发布的, 什么时候公开的: a page that states its 发布日期 (often days after the
        # signing), 公开日期 or 更新时间 says it, under its own label.
        for word, name, pattern in _PAGE_DATES:
            if word in parsed.text and (published := _published(text, pattern)) is not None:
                value, label = published, name
                break
    if field == Field.ISSUER and _ASKS_LABELLED_ISSUER.search(parsed.text):
        # 发文单位是谁: the office the page's header names under that label (the notice's
        # office, which its title may name as the government it speaks for).
        labelled = _LABELLED_ISSUER.search(text[:ADDRESS_WITHIN])
        if labelled is not None:
            value, label = labelled.group(1), "发文单位"
    if value is None and field == Field.SIGNED:
        # A page's header may state the date under another name (颁发日期, 印发日期).
        value = _published(text, _HEADER_DATE)
    if value is None and field == Field.SIGNED and "发布" in parsed.text:
        # 啥时候发布的, of a page that states no signing date and no 发布日期 but its 公开日期:
        # the day it was made public is the day it was published, under the page's label.
        published = _published(text, _PAGE_DATES[0][2])
        if published is not None:
            value, label = published, _PAGE_DATES[0][1]
    if value is None and field == Field.SIGNED:
        # The 落款 date, as the text writes it (12月30日 of a notice that leaves out its year);
        # a 落款 of a year and month only (2031年9月) dates the text by that month.
        signed = signature(text) or signature(text, by_month=True)
        value = signed[1] if signed is not None else None
    if value is None and field == Field.SIGNED:
        # 哪天发的, of a web page that states no signing date, no 落款 and no labelled date, but
        # stamps its header with the time it was posted (2031-02-02 08:20:00 来源:…): the day
        # it came out, under the page's name for it.
        stamped = _published(text[:ADDRESS_WITHIN], _POSTED_STAMP)
        if stamped is not None:
            value, label = stamped, "页面发布时间"
    if value is not None and _ASKS_YEAR.search(parsed.reading) and not _A_YEAR.search(value):
        # 哪年出台的, of a text dated 3月12日 without its year: a day is no answer to the year.
        value = None
    publisher = _publisher(text) if field == Field.ISSUER else None
    if publisher is not None and "发布" in parsed.text:
        # 哪个部门发布的: the 发布机构 a page states (a bureau that posts its office's notice).
        value, label = publisher, "发布机构"
    elif (
        publisher is not None
        and value is not None
        and publisher not in value
        and _shortens(publisher, value)
    ):
        # 哪个部门发的, of a page whose header names the same office as its 发布机构 in short
        # (县政府办公室 for the 样X县人民政府办公室 its title names): both, the page's under its
        # label. Another office posting the notice (a bureau) is no issuer (谁发的).
        value = f"{value}(发布机构:{publisher})"
    if field == Field.PERIOD and _ASKS_LAPSE.search(parsed.reading):
        # 有效期到什么时候, of a text that states its term (有效期至…, 有效期5年): the term's own
        # end date, not the year its plan period was rounded to; 什么时候失效 likewise, of a
        # page whose header states the day it lapses (文件失效时间2031-12-31).
        term = _stated_term(index, document, answerer.today)
        if term is not None:
            return _answer(document, FIELD_LABELS[Field.VALIDITY], term[0], [term[1]])
        if _ASKS_STOP.search(parsed.reading):
            return _no_term_stated(index, document, parsed, answerer)
    if (
        value is not None
        and field == Field.PERIOD
        and document.period_end
        and _ASKS_END.search(parsed.reading)
    ):
        # 计划到哪年: the end of the period is what is asked, the whole period beside it.
        value = f"{document.period_end}年({value})"
    if value is not None:
        line = document_line(index, document, value=None if field == Field.TITLE else value)
        return _answer(document, label, value, [line])
    passage = _from_sentences(index, document, field, parsed)
    if passage is not None:
        return _answer(document, label, passage.label, [passage])
    if field == Field.NUMBER:
        # 责任分解通知的文号, of a 责任分解 that quotes the 规划 it splits with the 规划's number:
        # the question names the document itself, which states no number of its own.
        quoted = _quoted_number(index, document, parsed, own_not_better=True)
        if quoted is not None:
            name, number, line = quoted
            return _answer(document, f"所引《{_clip(name)}》的{label}", number, [line])
    if field == Field.VALIDITY:
        term = _stated_term(index, document, answerer.today)
        if term is not None:
            return _answer(document, label, term[0], [term[1]])
        period = _period_validity(document, answerer.today)
        if period is not None:
            return _answer(document, label, period, [document_line(index, document, value=period)])
    # What the asker called the document (意见, 那个计划) is no search term: the headline names
    # the document and the field, never 未找到“意见”.
    topic = " ".join(w for w in parsed.words if w not in DOCUMENT_NAME_WORDS)
    return answerer.not_found(
        replace(parsed, topic=topic), f"《{_clip(document.name)}》原文没有写明{label}"
    )


def _documents_of_scope(
    index: KnowledgeIndex,
    document_ids: Collection[int] | None,
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
) -> Answer:
    """哪些文件: the active documents of the scope, each with its number and date."""
    documents = _active_documents(index, document_ids)
    if not documents:
        return answerer.not_found(parsed, "没有收录相关文件")
    lines = [document_line(index, d) for d in documents]
    headline = lines[0].label if len(lines) == 1 else f"共 {len(lines)} 份文件"
    return Answer(
        found=True,
        kind=AnswerKind.DOCUMENTS,
        # 湖州市 · 文件, as /doc 湖州 is titled: the place asked about is named, by the
        # store's name of it (``asked_place``).
        title=f"{place} · 文件" if (place := asked_place(index, parsed)) else "文件",
        headline=headline,
        facts=tuple(lines),
        total=len(lines),
        listing=len(lines) > 1,
    )


def _document(
    index: KnowledgeIndex, parsed: ParsedQuestion, document_ids: Collection[int] | None
) -> DocumentRow | None:
    """The document asked about: by number, else the scope's document whose title best
    matches the question's words (the only one, when the scope holds one)."""
    if parsed.doc_number:
        numbered = documents_numbered(index, parsed.doc_number)
        if numbered:
            return index.document(min(numbered))
        # A number no stored document carries names a document the store lacks: another
        # document whose title shares a word (办法) is not it.
        return None
    titled = _titled(index, parsed, document_ids)
    if titled is not None:
        return titled
    pool = _active_documents(index, document_ids)
    if not pool:
        return None
    own = _own_documents(index, parsed, pool)
    pool = own or pool
    if _REWARD_RULE_ASKED.search(parsed.text):
        # 奖励政策什么时候开始执行: of the region's documents, one stating rewards (none: no
        # reward policy is held, whatever else the region's plans are).
        pool = [d for d in pool if _rewards_by(index, d)]
        if not pool:
            return None
    words = _naming_words(parsed)
    rule = _REWARD_RULE_ASKED.search(parsed.text)
    subject = [w for w in words if rule is not None and 0 <= parsed.text.find(w) < rule.start()]
    if subject:
        # 人才奖励政策: the subject rewarded (the words before 奖励政策) is one the reward
        # document speaks of (备案号 after it asks a field).
        pool = [d for d in pool if not _rewarded_subject_unsaid(index, d, subject, parsed)]
        if not pool:
            return None
    # The region's own documents out of scope (its 2015年度办法, asked of 2016年度): a document
    # of a region above is what is asked only when its name says so.
    above_only = bool(parsed.region_ids and words and not own)
    if len(pool) == 1:
        named = own or not (parsed.places or above_only)
        if _names(index, pool[0], words):
            return pool[0]
        return pool[0] if named and not _subject_unsaid(index, pool[0], words, parsed) else None
    if not words and not parsed.region_ids:
        return None  # nothing names one of them (``_names_no_document``)
    # Who issued a document names it too (雄安的乡村振兴方案, of a plan whose title never says
    # 雄安 while its issuer, 雄安新区管委会, does).
    shares = {
        d.id: coverage(words, f"{_name_text(index, d)} {d.issuer or ''}", index.passages.idf).share
        for d in pool
    }
    share = max(shares.values())
    tied = _of_the_kind_asked(parsed, [d for d in pool if shares[d.id] == share])
    if len(tied) > 1 and _kinds_only(words) and not parsed.region_ids:
        return None  # 本办法 of a store of several 办法: which one is not ours to guess
    # Names saying no more of the question than each other (惠州's 奖励办法 and an untitled
    # 下达…晋档升级奖励资金 notice, asked of 晋档升级奖励资金的通知): the document whose text says
    # what the question names is the one asked about, not the first filed.
    # Yearly notices alike but for the year their titles name (2016年度 and 2017年度 粮食考核
    # 通报, the first issued in 2017): the year asked is the one a title names, not the year
    # the other was issued in.
    best = (
        max(tied, key=lambda d: (_title_names_year(d, parsed.year), _text_share(index, d, words)))
        if len(tied) > 1
        else tied[0]
    )
    if _subject_unnamed(index, best, words, parsed):
        return None
    if share >= _NAMED_SHARE:
        return best
    if _subject_unsaid(index, best, words, parsed):
        return None
    return best if parsed.region_ids and not above_only else None


# What a document calls itself by its kind (本办法, 这个方案): a word every document of that kind
# shares, so it names one only where the store holds one of that kind.
_KIND_WORDS = frozenset(
    {"办法", "细则", "方案", "意见", "计划", "规划", "通知", "决定", "通报", "要点", "规定", "本"}
)


def _kinds_only(words: list[str]) -> bool:
    """Whether ``words`` name nothing but a kind of document (本办法)."""
    return bool(words) and all(w in _KIND_WORDS or w in DOCUMENT_NAME_WORDS for w in words)


def _subject_unnamed(
    index: KnowledgeIndex, document: DocumentRow, words: list[str], parsed: ParsedQuestion
) -> bool:
    """Whether the question names a subject (市场监管 of 全省市场监管工作要点) that
    ``document`` never speaks of — not in its name, its issuer or its text — while its name
    says most of the rest: a yearly document of the same kind on another subject
    (全省生态环境工作要点) is not the one asked about. A word its text says (国务院 of the
    document it was made under, 操作规程 of the rules it follows) leaves it the one; so does
    one no document says (管用 of 还管用吗: the asker's word, no subject of the store's)."""
    name = f"{_name_text(index, document)} {document.issuer or ''}"
    measured = coverage(words, name, index.passages.idf)
    if measured.share < _NAMED_SHARE:
        return False
    texts = index.passages.document_texts
    text = texts.get(document.id, "")
    return any(
        len(w) >= 2
        and w not in parsed.weak
        and w not in parsed.places
        and not w.isdigit()
        and w not in text
        and any(w in other for other in texts.values())
        for w in measured.missing
    )


def _rewarded_subject_unsaid(
    index: KnowledgeIndex, document: DocumentRow, words: list[str], parsed: ParsedQuestion
) -> bool:
    """Whether a reward policy's subject the question names (人才 of 人才奖励政策) is never
    spoken of by ``document`` (its name, issuer or text): then it is no reward policy of that."""
    name = f"{_name_text(index, document)} {document.issuer or ''}"
    text = index.passages.document_texts.get(document.id, "")
    return any(
        word not in name and word not in text
        for word in words
        if len(word) >= 2
        and word not in parsed.places
        and word not in _KIND_WORDS
        and word not in _REWARD_RULE_NAMES
        and not word.isdigit()
    )


def _subject_unsaid(
    index: KnowledgeIndex, document: DocumentRow, words: list[str], parsed: ParsedQuestion
) -> bool:
    """Whether the question names a subject (河长制 of 示范市…河长制…方案) that ``document``,
    the region's only document or the one its name points to least badly, never speaks of —
    not in its name, its issuer or its text — while another document of the store does: the
    region's one plan on another subject (数字政府) is not the one asked about. A word no
    document says (a slip, an abbreviation, the asker's own word) leaves it the one."""
    name = f"{_name_text(index, document)} {document.issuer or ''}"
    texts = index.passages.document_texts
    text = texts.get(document.id, "")
    subject = [
        w
        for w in words
        if len(w) >= 2
        and w not in parsed.weak
        and w not in parsed.places
        and w not in _KIND_WORDS
        and not w.isdigit()
    ]
    unsaid = [
        w
        for w in subject
        if w not in name
        and w not in text
        and any(w in other for number, other in texts.items() if number != document.id)
    ]
    # Most of the subject unsaid: one word alone (省政府 of the document it was made under,
    # 工信局 for the office its header names otherwise, 以后) leaves it the one asked about.
    return len(unsaid) > len(subject) * _UNSAID_SHARE


# More than this share of a question's subject words unsaid by a document: another document
# (``_subject_unsaid``).
_UNSAID_SHARE = 0.5
# The share of the question's naming words a document's name must say to be the one asked
# about (``_document``).
_NAMED_SHARE = 0.5
# Words that ask for a field of a document (成文日期是那天, 落款是几号), never part of its name:
# a page's header that writes 成文日期 is not named by them.
_FIELD_ASKING_WORD = re.compile(
    r"成文|成文日期|落款|签发|印发|发文|日期|时间|那天|哪天|当天|几号|文号|发文单位|发文机关"
    r"|发给|下达|下发|家发|索引号|索引"
    # (a term asked, 武汉计划有效期到什么时候: no title writes its own 有效期)
    r"|有效期|期限|规划期|执行期|实施期|年限"
)


def _naming_words(parsed: ParsedQuestion) -> list[str]:
    """The question's words that may name the document asked about: not what a document calls
    itself (计划, 那个), nor the words asking for its field (the addressees asked after it:
    除了乡镇街道还发给了哪个开发办)."""
    asking = addressees_asked_at(parsed.reading) if parsed.field == Field.ADDRESSEE else None
    return [
        w
        for w in parsed.words
        if (asking is None or parsed.reading.find(w) < asking)
        and w not in DOCUMENT_NAME_WORDS
        and not _FIELD_ASKING_WORD.fullmatch(w)
        and not asks_the_field(w, parsed.field)  # 施行 of 实施日期
    ]


def _title_names_year(document: DocumentRow, year: int | None) -> bool:
    """Whether ``document``'s title names ``year`` (its 2017年度, its 2016—2018年)."""
    if year is None or not document.title:
        return False
    return str(year) in _TITLE_YEAR.findall(vocabulary.normalise(document.title))


def _text_share(index: KnowledgeIndex, document: DocumentRow, words: list[str]) -> float:
    text = index.passages.document_texts.get(document.id, "")
    return coverage(words, text, index.passages.idf).share


def _names(index: KnowledgeIndex, document: DocumentRow, words: list[str]) -> bool:
    """Whether the question's words name ``document`` (half of them, by weight, in its name):
    the one document of a province in scope is not what a city's 营商环境实施方案 asks for."""
    return coverage(words, _name_text(index, document), index.passages.idf).share >= 0.5


# The shortest title a question names a document by in full (质量强县建设实施方案).
_TITLE_CHARS = 8


def _titled(
    index: KnowledgeIndex, parsed: ParsedQuestion, document_ids: Collection[int] | None
) -> DocumentRow | None:
    """The document whose whole title the question writes (石柱县质量强县建设实施方案的文号):
    that title names it, whichever region the store filed it under, when the place the question
    names stands in the title too (or it is in scope); the longest such title wins. A title of
    another place's plan (质量强县建设实施方案 of 巫山县, asked of 安吉县) needs the scope."""
    asked = vocabulary.normalise(parsed.text)
    named = [
        d
        for d in index.documents()
        if d.status == "active"
        and d.title
        and len(d.title) >= _TITLE_CHARS
        and vocabulary.normalised_name(d.title) in asked
        and (
            document_ids is None
            or d.id in document_ids
            or bool(parsed.region_text and parsed.region_text in d.title)
        )
    ]
    return max(named, key=lambda d: len(d.title or ""), default=None)


def _another_years_document(document: DocumentRow, parsed: ParsedQuestion) -> bool:
    """Whether the question asks another year's edition of a yearly document: 2020年政府工作
    报告责任分解的文号, where the store holds only 2019年's, whose title states its year. A
    document whose title names no year, or whose period or title holds the year, is that year's
    — but a question naming a year's annual document (2024年重点工作分解方案) is not asking one
    whose title names one other year, whatever span the rest of its title suggests (a title
    saying 2028年 and 十五五: the plan of 2028, not of the five years)."""
    if parsed.year is None or parsed.doc_number or not document.title:
        return False
    years = {int(year) for year in _TITLE_YEAR.findall(vocabulary.normalise(document.title))}
    if not years or parsed.year in years:
        return False
    if len(years) == 1 and _ASKS_ANNUAL.search(parsed.reading.split(f"{parsed.year}年", 1)[-1]):
        return True
    start, end = document.period_start, document.period_end
    return not (start is not None and end is not None and start <= parsed.year <= end)


def _own_edition_of_another_year(
    index: KnowledgeIndex,
    parsed: ParsedQuestion,
    document_ids: Collection[int] | None,
    document: DocumentRow | None,
) -> DocumentRow | None:
    """The region's own document the question's words name (海盐县…重点工作责任分解, its 2022年
    one) when the year asked (2023年) leaves it out of the scope and the document found instead
    is a region above's (the city's 2023年 分解) or names less of the question (宣城's 2021年
    工作报告分解表, asked 2021年应对疫情若干政策措施 of a city holding its 2020年 措施): another
    year's edition of the region's own document is asked, which the store does not hold. None
    without a year, a region or words naming a document, or when the document found is the
    region's own and names the question as well (``document`` None: none was taken)."""
    if parsed.year is None or parsed.doc_number or not parsed.region_ids or document_ids is None:
        return None
    words = _naming_words(parsed)
    if not words or _kinds_only(words):
        return None
    # (the region's own, not a place's within it: 江苏省2007年…方案 is not 常州市's 2023年 one)
    left_out = [
        d
        for d in index.documents()
        if d.status == "active"
        and d.region_id in parsed.region_ids
        and d.id not in document_ids
        and not _title_names_year(d, parsed.year)
    ]
    if not left_out:
        return None

    def share(candidate: DocumentRow) -> float:
        name = f"{_name_text(index, candidate)} {candidate.issuer or ''}"
        return coverage(words, name, index.passages.idf).share

    edition = max(left_out, key=share)
    named = share(edition)
    if named < _NAMED_SHARE:
        return None
    if (
        document is not None
        and document.region_id in regions_within(parsed.region_ids, index)
        and share(document) >= named
    ):
        return None
    return edition


def _another_plan_period(document: DocumentRow, parsed: ParsedQuestion) -> str | None:
    """The five-year period the question names (十四五, 第十四个五年) when ``document``'s title
    names another one only (“十三五”规划): the plan of another period, which the store does not
    hold. None when the question names no period or the title names none."""
    title = vocabulary.normalise(f"{document.title or ''} {document.short_title or ''}")
    text = vocabulary.normalise(parsed.text)

    def named(within: str) -> set[str]:
        return {spoken for spoken, written in PLAN_PERIODS if spoken in within or written in within}

    asked, titled = named(text), named(title)
    if not asked or not titled or asked & titled:
        return None
    return sorted(asked)[0]


def _place_above(document: DocumentRow, parsed: ParsedQuestion) -> str | None:
    """The place the question names (no region of the store) that lies above ``document``'s
    region, when the document's name does not name it: a county's plan is not its city's,
    however many words their titles share."""
    if parsed.region_ids or parsed.doc_number or not document.region:
        return None
    name = f"{document.title or ''} {document.short_title or ''}"
    parents = named_parents(document.region)
    for place in parsed.places:
        if place in parents and place not in name and place.rstrip("市省县区") not in name:
            return place
    return None


# Kinds of document by the word their titles end in: a question naming one kind (管理办法,
# 实施意见) asks for a document of that kind; a plan of another kind sharing the topic's words
# is another document. Words of one kind are said for each other (那个方案 of a 行动计划).
_DOCUMENT_KINDS: tuple[tuple[str, ...], ...] = (
    ("意见",),
    ("办法", "细则", "规定", "条例", "规则", "章程"),
    ("计划", "方案", "规划", "纲要", "要点"),
    ("决定",),
    ("报告",),
)


def _of_the_kind_asked(parsed: ParsedQuestion, documents: list[DocumentRow]) -> list[DocumentRow]:
    """Of documents the question's words tell no apart, those titled as the one kind of document
    it names (鹤汀的意见, of a city's 若干意见 and 行动计划: the 意见); all when none or every one
    is, or it names no kind or several."""
    asked = [kind for kind in _DOCUMENT_KINDS if any(word in parsed.text for word in kind)]
    if len(documents) < 2 or len(asked) != 1:
        return documents
    (kind,) = asked
    titled = [d for d in documents if any(word in (d.title or "") for word in kind)]
    return titled or documents


def _another_kind_of_document(document: DocumentRow, parsed: ParsedQuestion) -> str | None:
    """The kind of document the question names (湖州浙江制造实施意见的文号) when ``document``,
    the one its other words point to, is titled as another kind only (a 三年行动计划): the
    store holds no document of the kind asked. None when the question names no kind, or more
    than one (实施方案根据的那个意见), or the title names none (a pasted page)."""
    if not document.title or _CITED_ASKED.search(parsed.reading):
        return None
    title = f"{document.title} {document.short_title or ''}"
    asked = [kind for kind in _DOCUMENT_KINDS if any(word in parsed.text for word in kind)]
    if len(asked) != 1:
        return None
    (kind,) = asked
    if any(word in title for word in kind):
        return None
    if not any(word in title for other in _DOCUMENT_KINDS for word in other):
        return None
    return next(word for word in kind if word in parsed.text)


# A document named by a title (质量强市三年行动计划, 品牌建设实施方案): words running up to the
# word its kind ends in, cut at what no title holds (的, 那个, punctuation).
_NAMED_TITLE = re.compile(
    r"([^\s的个这那该其此啥哪、,。,.?!?!“”\"《》]{2,40}?)"
    r"(方案|计划|规划|意见|办法|通知|纲要|细则|决定|条例|规定|要点)"
)
# Words of a title that say its form, not its subject (三年, 行动, 工作, 实施).
_TITLE_FORM = re.compile(
    r"[一二两三四五六七八九十\d]+年(?:度)?|行动|工作|实施|专项|若干|关于|全市|全县|全区"
)
# A title a covering notice hands out (现将《…》印发给你们, 关于印发《…》的通知, 《…》已经…审议
# 通过,现印发给你们).
_TITLE_HANDED_OUT = re.compile(
    r"(?:现将|现把|印发)《([^《》]{2,80})》|《([^《》]{2,80})》[^《》\n]{0,40}?印发给"
)
# The year a named title opens with (2028年重点工作分解方案).
_LEADING_YEAR = re.compile(r"^(?:关于)?(?:(?:19|20)\d{2}年度?)?")
# Numerals an abbreviation counts with (三强一制造): no subject of their own.
_NUMERALS = frozenset("一二两三四五六七八九十")


def _another_title(
    index: KnowledgeIndex, document: DocumentRow, parsed: ParsedQuestion
) -> tuple[str, str] | None:
    """The title the question names (示范市质量强市三年行动计划) when ``document``'s title
    says most of its subject words in no form — not as written, nor by their characters, as an
    abbreviation or slip would (三强一制造 of 标准强市…质量强市…浙江制造) — and the store
    writes them: another document, whichever the plan's text mentions or cites (《…规划》, its
    basis). Returns that title and the 《…》 the document cites it by (empty when it does
    not). None for a question naming no title (那个文件, 那个意见), asking what a document
    was made under (根据哪个文件), or a document without a title."""
    if not document.title or parsed.doc_number or _CITED_ASKED.search(parsed.reading):
        return None
    texts = index.passages.document_texts
    text = vocabulary.normalise(texts.get(document.id, ""))
    # Its name, its issuer (发改委 of 发展和改革委员会) and the title its notice hands out
    # (现将《…实施方案》印发给你们): what names the document itself.
    handed_out = " ".join(" ".join(titles) for titles in _TITLE_HANDED_OUT.findall(text))
    title = vocabulary.normalise(
        f"{_name_text(index, document)} {document.issuer or ''} {handed_out}"
    )
    asked = vocabulary.normalise(parsed.text)
    # What the document calls itself in its own words (现将重点工作分解方案印发给你们, under a
    # title the extractor took from another line), not the titles it cites.
    own_words = re.sub(r"《[^《》]*》", " ", text)
    for match in _NAMED_TITLE.finditer(asked):
        phrase = match.group(0)
        called = phrase
        for place in (*parsed.places, parsed.region_text or ""):
            if place:
                called = called.replace(vocabulary.normalise(place), "")
        called = _LEADING_YEAR.sub("", called)
        if len(called) > len(match.group(2)) + 1 and called in own_words:
            continue
        subject = _TITLE_FORM.sub(" ", match.group(1))
        for place in (*parsed.places, parsed.region_text or ""):
            if place:
                subject = subject.replace(vocabulary.normalise(place), " ")
        words = [
            w
            for w in parsed.words
            if len(w) >= 2
            and w in subject
            and w not in _KIND_WORDS
            and w not in DOCUMENT_NAME_WORDS
            and not w.isdigit()
            and not _FIELD_ASKING_WORD.fullmatch(w)
        ]
        if not words:
            continue
        unsaid = [
            w
            for w in words
            if w not in title
            and not all(c in title for c in w if c not in _NUMERALS)
            and any(w in other for other in texts.values())  # a slip no document writes: said
        ]
        # Half its subject unsaid is enough (发展 of 质量发展规划, asked of a 质量品牌提升
        # plan): the words a title is asked by are few, and each says what it is about.
        if unsaid and len(unsaid) * 2 >= len(words):
            quoted = next(
                (q for q in re.findall(r"《([^《》]{2,80})》", text) if all(w in q for w in words)),
                "",
            )
            return phrase, quoted
    return None


# How many years a plan runs, as its title says it: 三年行动计划, 五年规划.
_SPAN = re.compile(r"([一二两三四五六七八九十]{1,2})年(?:行动|计划|规划|攻坚|提升)")


def _another_span(document: DocumentRow, parsed: ParsedQuestion) -> str | None:
    """The plan the question names by its span (五年行动计划) when ``document``'s title names
    another span (三年行动计划): another plan, which the store does not hold."""
    asked = _SPAN.search(parsed.text)
    titled = _SPAN.search(f"{document.title or ''} {document.short_title or ''}")
    if asked is None or titled is None:
        return None
    if asked.group(1).replace("两", "二") == titled.group(1).replace("两", "二"):
        return None
    return asked.group(0)


def _names_no_document(parsed: ParsedQuestion) -> bool:
    """Whether nothing in the question tells one document from another: no number, region,
    place or word beyond the documents' names for themselves (计划, 文件, 这个)."""
    return not (
        parsed.doc_number
        or parsed.region_ids
        or parsed.places
        or parsed.unknown_places
        or any(
            w not in DOCUMENT_NAME_WORDS and not asks_the_field(w, parsed.field)
            for w in parsed.words
        )
    )


# What anyone may call a region's plan in passing (洞头的规划啥时候印发的), whatever kind its
# title names (实施意见): asked with nothing else, of a region holding one document, that one.
_CASUAL_NAMES = frozenset({"规划", "计划", "方案", "文件"})
# 奖励办法, 奖励政策: what people call whatever document sets their rewards, an 意见 or a 方案
# with a reward section as much as an 办法 (said of a document stating rewards only).
_REWARD_RULE_NAMES = frozenset({"办法", "政策", "奖励办法", "奖励政策"})
_REWARD_TITLE = re.compile(r"奖[励补金]|补[助贴]|扶持")
_REWARD_RULE_ASKED = re.compile(r"奖[励补]?(?:的)?(?:办法|政策)")
# A document reporting on the work done (…工作目标考核情况的通报, 统计公报, 年度工作总结).
_REPORT_TITLE = re.compile(r"(?:通报|公报|总结)(?:[((][^()()]*[))])?$")


def _called_casually(
    index: KnowledgeIndex,
    parsed: ParsedQuestion,
    document_ids: Collection[int] | None,
    document: DocumentRow,
) -> bool:
    """Whether the question names its document only by a casual word (规划, 方案) and a region
    whose own documents are one, ``document``: the kind is no kind asked, just what people
    call a plan. A report on the work (…的通报, 统计公报) is no plan anyone calls so: beside
    one, the plan is still the one meant."""
    naming = [word for word in parsed.words if not asks_the_field(word, parsed.field)]
    casual = _CASUAL_NAMES
    if (
        _REWARD_RULE_ASKED.search(parsed.text)
        and _holds_rewards(index, document)
        and not (parsed.places or parsed.unknown_places)  # a district's own 奖励办法: not held
    ):
        casual = casual | _REWARD_RULE_NAMES
    if not naming or not all(word in casual for word in naming):
        return False
    if not parsed.region_ids:
        return False
    pool = _active_documents(index, document_ids)
    candidates = _own_documents(index, parsed, pool) or pool
    if len(candidates) > 1:
        candidates = [d for d in candidates if not _REPORT_TITLE.search(d.title or "")]
    return [d.id for d in candidates] == [document.id]


def _active_documents(
    index: KnowledgeIndex, document_ids: Collection[int] | None
) -> list[DocumentRow]:
    """The active documents in scope (``document_ids``; None: every one)."""
    return [
        d
        for d in index.documents()
        if d.status == "active" and (document_ids is None or d.id in document_ids)
    ]


def _documents_of_regions(
    index: KnowledgeIndex, parsed: ParsedQuestion, document_ids: Collection[int] | None
) -> list[DocumentRow]:
    """The active documents of the regions asked about (or places inside them) in scope."""
    pool = _active_documents(index, document_ids)
    return _own_documents(index, parsed, pool)


def _region_named(index: KnowledgeIndex, parsed: ParsedQuestion) -> str:
    return "、".join(index.region_name(r) or "" for r in parsed.region_ids) or "所问地区"


def _rewards_by(index: KnowledgeIndex, document: DocumentRow) -> bool:
    """Whether ``document`` is a reward policy: titled as one (…奖励办法, 奖补办法) or stating a
    reward (an 意见 with a reward chapter)."""
    title = vocabulary.normalised_name(document.title or document.name)
    return _REWARD_TITLE.search(title) is not None or _holds_rewards(index, document)


def _holds_rewards(index: KnowledgeIndex, document: DocumentRow) -> bool:
    """Whether ``document`` states a reward (its facts hold one)."""
    return any(
        index.fact_at(position).document.id == document.id
        for position in index.positions_of_kind(FactKind.REWARD)
    )


def _own_documents(
    index: KnowledgeIndex, parsed: ParsedQuestion, pool: list[DocumentRow]
) -> list[DocumentRow]:
    """The documents of the region asked about itself (or a place inside it): 安吉县的文号 is
    安吉县's plan's number, not that of 湖州市's plan above it, which the scope also holds."""
    own = regions_within(parsed.region_ids, index)
    return [d for d in pool if d.region_id in own]


# How much of a text's opening stands for its title when the store has none.
_OPENING_CHARS = 160
# An attachment named on a line of its own (附件:…分解表, 附件1:…).
_ANNEX_LINE = re.compile(r"(?m)^[ \t]*附件\s*\d{0,2}\s*[::][^\n]{2,60}$")


def _name_text(index: KnowledgeIndex, document: DocumentRow) -> str:
    """What names a document: its title and short title; for a document stored without a
    title, the opening of its text (a pasted page's first lines carry the title) and its
    附件 lines (a covering notice without its title hands out the table or plan named there:
    附件:2016年县政府重点工作任务分解表)."""
    named = f"{document.title or ''} {document.short_title or ''}".strip()
    # 十一五纲要 names the 第十一个五年规划纲要 of a title.
    named = f"{named} {period_names(named)}".strip()
    if document.title:
        return named
    text = index.passages.document_texts.get(document.id, "")
    annexes = " ".join(match.group(0) for match in _ANNEX_LINE.finditer(text))
    return f"{named} {text[:_OPENING_CHARS]} {annexes}"


def _field_value(index: KnowledgeIndex, document: DocumentRow, field: str) -> str | None:
    if field == Field.NUMBER:
        if document.doc_number is None:
            # A decree numbered on a line of its own under its title (某某省人民政府令 / 第10号):
            # the 令's number is the document's (a 令 quoted in a sentence is another's).
            head = index.passages.document_texts.get(document.id, "")[:ADDRESS_WITHIN]
            decree = _DECREE_NUMBER.search(head)
            if decree is not None:
                return re.sub(r"\s+", "", decree.group(1) + decree.group(2))
        return document.doc_number
    if field == Field.ISSUER:
        text = index.passages.document_texts.get(document.id, "")
        joint = _joint_issuers(text, document.issuer) if document.issuer else None
        if joint:
            # 中共XX县委办公室 XX县人民政府办公室关于印发…: a joint notice's issuers, all of
            # them, not only the first that signs.
            return "、".join(joint)
        signed = signature(text) if document.issuer else None
        if signed and len(signed[0]) > 1 and document.issuer in signed[0]:
            # A 落款 of several offices one above the other (中共…工委 / …管委会): the extractor
            # keeps the first as the issuer; who issued it is all of them.
            return "、".join(signed[0])
        return document.issuer or _issuer_in_text(text)
    if field == Field.ADDRESSEE:
        text = index.passages.document_texts.get(document.id, "")[:ADDRESS_WITHIN]
        # the extractor's reading of the address line, else one naming groups of offices by
        # their kinds (各办、局、场) among named ones
        return addressee(text) or _addressed_by_kinds(text)
    if field == Field.COPIED:
        text = vocabulary.to_simplified(index.passages.document_texts.get(document.id, ""))
        copied = _COPY_LINE.search(text)
        return _COPY_END.sub("", copied["units"]) if copied else None
    if field == Field.VALIDITY:
        text = index.passages.document_texts.get(document.id, "")
        for marked in _VALIDITY.finditer(text):
            if marked.group(1).startswith(_VALIDITY_WORDS):
                # 还有效吗,为啥: a page that marks a document 失效 may say why, under its own
                # label (废止依据:阶段性工作已结束), which answers with it.
                why = _REPEAL_GROUNDS.search(text)
                if why is not None and not marked.group(1).startswith(("有效", "现行有效")):
                    return f"{marked.group(1)}(废止依据:{why.group(1)})"
                return marked.group(1)
        before_label = _VALIDITY_BEFORE_LABEL.search(text)
        if before_label:
            return before_label.group(1)
        repealed = _REPEALED_MARK.search(vocabulary.to_simplified(f"{document.title or ''} {text}"))
        return f"已{repealed.group(1)}(页面标注:{repealed.group(0)})" if repealed else None
    if field == Field.SIGNED:
        return _date(document.issued)
    if field == Field.PRINTED:
        printed = _PRINTED.search(index.passages.document_texts.get(document.id, ""))
        if printed:
            year, month, day = (int(part) for part in printed.groups())
            return f"{date(year, month, day).isoformat()}({printed.group(0)})"
        if document.issued:
            # The day as the text writes it (its 落款: …办公室2021年8月25日) beside the ISO date:
            # the reader finds it in the document.
            written = _written_day(
                index.passages.document_texts.get(document.id, ""), document.issued
            )
            said = f",原文“{written}”" if written else ""
            return f"{_date(document.issued)}(成文日期{said})"
        text = index.passages.document_texts.get(document.id, "")[:_LEAD_WITHIN]
        reported = _REPORTED_PRINTED.search(text)
        return f"{reported.group(1)}(报道所写,未写年份)" if reported else None
    if field == Field.EFFECTIVE:
        return _date(document.effective)
    if field == Field.PERIOD:
        if document.period_start and document.period_end:
            return f"{document.period_start}-{document.period_end}年"
        return None
    if field == Field.SUPERSEDES:
        stopped = json.loads(document.supersedes_text) if document.supersedes_text else []
        return "、".join(stopped) + " 停止执行" if stopped else None
    if field == Field.TITLE:
        return document.title or document.name
    if field == Field.FILING:
        text = index.passages.document_texts.get(document.id, "")
        filed = _FILED.search(text)
        if filed is None:
            # A page's header field: 规范性文件登记号: ZJJC01-2020-0003 (a register's code).
            registered = _REGISTERED.search(text)
            return f"{registered['code']}({registered['label']})" if registered else None
        return re.sub(r"\s+", "", filed.group(0))
    if field == Field.INDEX:
        text = vocabulary.to_simplified(index.passages.document_texts.get(document.id, ""))
        columns = header_columns(text)
        if "索引号" in columns:
            return columns["索引号"] or None
        indexed = _INDEXED.search(text)
        return indexed["code"] if indexed else None
    return None


def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` written short: its characters in ``name``, in order, the
    last the same (县政府办公室 of 样板县人民政府办公室)."""
    rest = iter(name)
    return bool(short) and short[-1] == name[-1] and all(char in rest for char in short)


def _published(text: str, pattern: re.Pattern[str] = _PUBLISHED) -> str | None:
    """The 发布日期 (发布时间) a page states (or the date ``pattern`` reads), as an ISO date."""
    stated = pattern.search(vocabulary.to_simplified(text))
    if stated is None:
        return None
    year, month, day = (int(part) for part in stated.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _issuer_in_text(text: str) -> str | None:
    """Who issued a text the extractor gave no issuer: its header's 制定机关, the line of
    issuers it opens with (within its first lines, before the body begins), or the office
    that signs it on the 落款 line above its date."""
    maker = _MAKER.search(text)
    if maker:
        return maker.group(1)
    lines = [line for line in text.splitlines() if line.strip()]
    head = "\n".join(lines[:4])
    line = _ISSUER_LINE.search(head)
    if line is not None:
        return " ".join(line.group(1).split())
    before = _ISSUERS_BEFORE_TITLE.search(head)
    organs = _organs("".join(before.group(1).split())) if before else None
    if organs:
        return "、".join(organs)
    signed = signature(text)
    return "、".join(signed[0]) if signed is not None else None


# The 落款 of a text: the offices that sign it, each on a line of its own, then the date
# (2017年9月1日; a notice may leave out the year: 12月30日). An office's name ends in its kind.
_SIGNING_OFFICE = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{2,28}"
    r"(?:委员会|管委会|人民政府|政府|办公厅|办公室|局|处|科|委|厅|中心|领导小组|小组|部)"
)
_SIGNING_DATE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零一二][〇零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)
# A 落款 that dates a text by its month only (2031年9月, 二〇三一年九月).
_SIGNING_MONTH = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|[〇零一二][〇零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,3}月"
)
# At most this many offices sign one text jointly.
_SIGNERS = 4


def signature(text: str, by_month: bool = False) -> tuple[list[str], str] | None:
    """The 落款 of ``text``: the offices on the lines right above a line that is only a date,
    and that date as written; the last such block (a text signs at its end, before its
    annexes), or None when no line of offices stands above a date line. ``by_month``: a line
    of a year and month only (2031年9月) dates the 落款 too."""
    lines = [line.strip() for line in vocabulary.to_simplified(text).splitlines()]
    lines = [line for line in lines if line]
    found: tuple[list[str], str] | None = None
    for number, line in enumerate(lines):
        dated = _SIGNING_DATE.fullmatch(line) or (by_month and _SIGNING_MONTH.fullmatch(line))
        if not dated or number == 0:
            continue
        offices: list[str] = []
        for above in reversed(lines[max(0, number - _SIGNERS) : number]):
            if not _SIGNING_OFFICE.fullmatch(above):
                break
            offices.insert(0, above)
        top = number - len(offices)
        if len(offices) > 1 and top > 0 and is_table_cell(lines[top - 1]):
            # "8" / "县市场监管局" / "县经信局" / "某县人民政府办公室": a table flattened one cell
            # per line before the 落款; its unit cells do not sign (trial49)
            offices = offices[-1:]
        if offices:
            found = (offices, re.sub(r"\s+", "", line))
    return found


def _joint_issuers(text: str, issuer: str) -> list[str] | None:
    """``issuer`` and the other organs a joint notice's title names with it before 关于印发 (中共
    XX县委办公室 XX县人民政府办公室关于印发…), in the first lines of its text; None when the
    title names no other organ beside it."""
    lines = [line for line in text.splitlines() if line.strip()]
    for number, line in enumerate(lines[:_JOINT_LINES]):
        before = _ISSUERS_BEFORE_TITLE.match(line)
        run = "".join(before.group(1).split()) if before else ""
        if not run and _TITLE_OPENS.match(line):
            run = _organ_lines_above(lines[:number])
        if issuer not in run or run == issuer:
            continue
        head, _, tail = run.partition(issuer)
        others = [_organs(part) if part else [] for part in (head, tail)]
        if None in others:
            return None
        return [*(others[0] or []), issuer, *(others[1] or [])]
    return None


def _organ_lines_above(lines: list[str]) -> str:
    """The organs named each on a line of its own right above a title line (中共XX新区工作委员会 /
    XX新区管理委员会 / 关于印发…): one run, as a title naming them before 关于 gives it."""
    run: list[str] = []
    for line in reversed(lines):
        organ = "".join(line.split())
        if not _ORGAN.fullmatch(organ):
            break
        run.insert(0, organ)
    return "".join(run)


# A title line opening with 关于 (its issuers not before it on the line).
_TITLE_OPENS = re.compile(r"\s*关于(?:印发|转发)")


def _organs(run: str) -> list[str] | None:
    """``run`` read as organs one after another (the fewest that make it up), or None when it
    is not only organs."""
    best: dict[int, list[str]] = {0: []}
    for start in range(len(run)):
        if start not in best:
            continue
        for end in range(start + 3, len(run) + 1):
            if _ORGAN.fullmatch(run[start:end]) and (
                end not in best or len(best[start]) + 1 < len(best[end])
            ):
                best[end] = [*best[start], run[start:end]]
    return best.get(len(run))


def _from_sentences(
    index: KnowledgeIndex, document: DocumentRow, field: str, parsed: ParsedQuestion
) -> FactLine | None:
    """A field only the text says: the document's sentence that states it."""
    pattern = {Field.BASIS: _BASIS, Field.ATTACHMENT: _ANNEX, Field.SUPERSEDES: _STOPS}.get(field)
    if pattern is None:
        return None
    passages = index.passages.by_document.get(document.id, [])
    words = [w for w in parsed.words if w not in DOCUMENT_NAME_WORDS]
    # 为…,结合我市实际,制定本计划: a plan's own making sentence says what it was made under;
    # when it names no document, a 按照《…》 of one of its tasks is not the plan's basis.
    makings = [
        passage.text
        for passage in passages
        if field == Field.BASIS
        and _MAKES_ITSELF.search(passage.text)
        and not _DISTRIBUTES.search(passage.text)
    ]
    making = bool(makings) and not any(_cites_another(text, document) for text in makings)
    best: tuple[float, int] | None = None
    for number, passage in enumerate(passages):
        said = (
            _EMPTY_REPEAL_FIELD.sub("", passage.text) if field == Field.SUPERSEDES else passage.text
        )
        if not pattern.search(said) and not (
            field == Field.ATTACHMENT and _distributes_several(passage.text)
        ):
            continue
        if field == Field.BASIS and (
            _DISTRIBUTES.search(passage.text) or not _cites_another(passage.text, document)
        ):
            continue
        if making and not _MAKES_ITSELF.search(passage.text) and passage.heading:
            continue
        share = coverage(words, passage.text, index.passages.idf).share if words else 0.0
        if best is None or share > best[0]:
            best = (share, number)
    if best is None:
        return None
    passage = passages[best[1]]
    shown = passage.text
    if field == Field.ATTACHMENT and _ANNEX.search(shown):
        # 附件:1.…分解表 / 2.…分解表 / 3.…: the numbered lines after it are attachments too.
        following = passages[best[1] + 1 : best[1] + 1 + _MORE_ANNEXES]
        shown = ";".join(_annex_lines(shown, [p.text for p in following]))
    return passage_line(index, document.id, best[1], passage, shown)


def _distributes_several(sentence: str) -> bool:
    """Whether ``sentence`` hands out several documents at once (现将《…任务分解一览表》《…民生
    实事任务一览表》印发给你们): those are what was issued together with the first, whatever
    annex headings follow."""
    if not _DISTRIBUTES.search(sentence):
        return False
    handed = _HANDED_OUT.match(sentence)
    if handed is None:
        return False
    titles = handed.group(1).rsplit("现将", 1)[-1]
    return titles.count("》") >= _TOGETHER


# How an attachment's name ends (…分解方案, …项目表, …名单): a line ending otherwise (…目标任)
# was cut by the page's line break, and the next line goes on with it (务分解方案).
_ANNEX_NAME_END = re.compile(
    r"(?:表|方案|办法|清单|名单|目录|细则|计划|意见|规划|要点|标准|指南|说明|通知|函|书|规定|制度|图)"
    r"[))》]?\s*[;;。.]?\s*$"
)
# The longest piece of a name a line break leaves on the next line.
_CUT_TAIL = 20
# A line ending in a character, no mark: cut in the middle of a word.
_CUT_MID_WORD = re.compile(r"[\u4e00-\u9fff]\s*$")
_HEADING_START = re.compile(
    r"\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|第)"
)


def _annex_lines(first: str, following: list[str]) -> list[str]:
    """The 附件 line and the attachments numbered on the lines after it, each name made whole
    where a line break cut it."""
    names = [first]
    for text in following:
        if _NEXT_ANNEX.match(text) is not None:
            names.append(text)
        elif (
            _CUT_MID_WORD.search(names[-1]) is not None
            and not _ANNEX_NAME_END.search(names[-1])
            and len(text.strip()) <= _CUT_TAIL
            and _HEADING_START.match(text) is None
        ):
            names[-1] = names[-1].rstrip() + text.strip()
        else:
            break
    return names


def _quoted_number(
    index: KnowledgeIndex,
    document: DocumentRow,
    parsed: ParsedQuestion,
    *,
    cited: bool = False,
    better_than_own: bool = False,
    own_not_better: bool = False,
) -> tuple[str, str, FactLine] | None:
    """The name and number of a document the question names that this one quotes with its number
    (《…操作规程》(深工信规〔2023〕3号)): asked for by its own title, which the store holds no
    document of, the number stands beside the title in the text that cites it. Its number's
    code names its issuer (衢市监综: 市监) as much as its title does. ``cited``: the question
    names the citing document too (实施方案根据的运城市文件), so the words its own name says do
    not name the one cited. ``better_than_own``: only a quoted title the question's words fit
    while the document's own name (and number) leaves some of them unsaid. ``own_not_better``:
    no quoted title the question's words fit less well than the document's own name."""
    words = [w for w in parsed.words if w not in DOCUMENT_NAME_WORDS]
    if cited:
        own = _name_text(index, document)
        words = [w for w in words if not _CITED_ASKED.fullmatch(w) and w not in own]
    if not words:
        return None
    best: tuple[float, str, str, int] | None = None
    asked_places = tuple(
        p for p in (parsed.region_text, *parsed.places, *parsed.unknown_places) if p
    )
    places = (*asked_places, *(region.name for region in index.regions()))
    asked_forms = {form for place in asked_places for form in region_aliases(place)}
    for number, passage in enumerate(index.passages.by_document.get(document.id, [])):
        for quoted in _QUOTED_NUMBER.finditer(passage.text):
            named = f"{quoted.group(1)} {quoted.group(2)}"
            if not cited and asked_places and names_no_place(quoted.group(1), places):
                # 兵团…实施意见的文号, of a page quoting 《质量强国建设纲要》: a title naming no
                # place is not the asked place's document.
                continue
            if (
                own_not_better
                and asked_forms
                and not any(f in quoted.group(1) for f in asked_forms)
            ):
                # 某州…实施方案的文号, of the 州's plan quoting its province's 《某省…实施方案》:
                # the question names the plan itself, which states no number; another place's
                # document it was made under is not it.
                continue
            share = coverage(words, named, index.passages.idf).share
            if best is None or share > best[0]:
                best = (share, quoted.group(1), quoted.group(2), number)
    if best is None or best[0] < ANSWER:
        return None
    if better_than_own:
        own = f"{_name_text(index, document)} {document.doc_number or ''}"
        if coverage(words, own, index.passages.idf).share >= min(best[0], ANSWER):
            return None
    if own_not_better:
        own = f"{_name_text(index, document)} {document.doc_number or ''}"
        if coverage(words, own, index.passages.idf).share > best[0]:
            return None
    _, name, doc_number, number = best
    passage = index.passages.by_document[document.id][number]
    return name, doc_number, passage_line(index, document.id, number, passage, passage.text)


# A group of offices named by their kinds after 各 (各办、局、场, 各委、办、局): one part of an
# address line, which the extractor's reading (offices one by one) leaves out.
_KINDS_GROUP = re.compile(r"各[\u4e00-\u9fff()()、]{1,20}")
_NOT_IN_ADDRESS = re.compile(r"[。;;《》“”\s]")


def _addressed_by_kinds(text: str) -> str | None:
    """An address line (…:) of offices named one by one and groups named by their kinds after
    各 (开发区管委会,各办、局、场,各乡(镇)人民政府,牧业区管委会,各街道办事处:), at least one of
    each kind of part; read for the 主送 asked, never by the extractor."""
    for line in text.split("\n"):
        line = line.strip()
        if len(line) < 6 or line[-1] not in "::" or _NOT_IN_ADDRESS.search(line[:-1]):
            continue
        parts = [part for part in re.split(r"[,,]", line[:-1]) if part]
        groups = [part for part in parts if _KINDS_GROUP.fullmatch(part)]
        named = [part for part in parts if part not in groups]
        if len(parts) >= 2 and groups and named and all(addressee(f"{p}:") for p in named):
            return line[:-1]
    return None


def _quoted_title_typed_whole(
    index: KnowledgeIndex, document: DocumentRow, parsed: ParsedQuestion
) -> tuple[str, str, FactLine] | None:
    """The name and number of a document this one quotes with its number, asked by that title
    typed whole when this document's own name is that title and more (《某省大气污染防治行动计划》
    (某政发〔2031〕59号) quoted by the 某省大气污染防治行动计划重点工作部门分工方案): the question
    stops where the quoted title ends, so it asks the quoted document, not the one made for it."""
    asked = vocabulary.normalise(parsed.text)
    own = vocabulary.normalise(document.title or "")
    for number, passage in enumerate(index.passages.by_document.get(document.id, [])):
        for quoted in _QUOTED_NUMBER.finditer(passage.text):
            title = vocabulary.normalise(quoted.group(1))
            if len(title) < 6 or title not in asked or title not in own or own in asked:
                continue
            rest = own[own.index(title) + len(title) :]
            if not rest or asked[asked.index(title) + len(title) :].startswith(rest[:2]):
                continue  # the question goes on with the document's own name
            line = passage_line(index, document.id, number, passage, passage.text)
            return quoted.group(1), quoted.group(2), line
    return None


# A document number in a sentence, its brackets kept or lost (北政发〔2031〕14号, 北政发203114号):
# not ``question.DOC_NUMBER``, which needs the brackets; the organ's last character (发字函办令)
# tells a mangled number from a year and a count run together.
_CITED_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,8}?[发字函办令]\s*[〔\[(【]?\s*(?:19|20)\d{2}\s*[〕\])】]?\s*第?\s*\d{1,4}\s*号"
)


# Another document named by what it is about, without 《》 (县政府关于…的通知).
_CITED_NOTICE = re.compile(
    r"关于[^,,。;;《》“”]{2,40}?的(?:通知|意见|决定|办法|规定|方案|批复|函)(?=[((,,精])"
)


def _cites_another(sentence: str, document: DocumentRow) -> bool:
    """Whether ``sentence`` names a document other than ``document`` itself (《石柱县质量强县
    建设实施方案》已经县政府同意 names the plan itself, not what it was made under)."""
    own = {vocabulary.normalise(name) for name in (document.title, document.short_title) if name}
    quoted = {vocabulary.normalise(name) for title in own for name in _BOOK_TITLE.findall(title)}
    # 根据省人民政府关于印发的通知(黑政发201014号): a page that lost the 《》 around the name
    # still cites the other document by its number.
    own_number = number_key(document.doc_number) if document.doc_number else ""
    for cited in map(number_key, _CITED_NUMBER.findall(sentence)):
        if not own_number or (own_number not in cited and cited not in own_number):
            return True
    # 根据县政府关于2021年实施34项民生工程的通知(政20214号)精神: another document named by its
    # 关于…的通知 without 《》, its number mangled by the page.
    for cited in _CITED_NOTICE.findall(sentence):
        name = vocabulary.normalise(cited)
        if not any(name in title or title in name for title in own):
            return True
    for cited in _BOOK_TITLE.findall(sentence):
        name = vocabulary.normalise(cited)
        # 关于落实《政府工作报告》重点工作部门分工的意见: the report its own title quotes is
        # another document (the one it was made under), not itself.
        if name in quoted or not any(name in title or title in name for title in own):
            return True
    return False


def _stopped_by(index: KnowledgeIndex, doc_number: str) -> Answer | None:
    """An older document no longer in force: named as the active document that stops it names
    it, with the day it stopped (that document's own start), cited by the sentence saying so."""
    key = number_key(doc_number)
    for document in index.documents():
        stopped = json.loads(document.supersedes_text) if document.supersedes_text else []
        named = next((title for title in stopped if key in number_key(title)), None)
        if named is None:
            continue
        answer = _stopped_answer(index, document, named, key)
        return replace(answer, title=f"{doc_number} · {FIELD_LABELS[Field.VALIDITY]}")
    return None


def _stopped_by_name(
    index: KnowledgeIndex, parsed: ParsedQuestion, document_ids: Collection[int] | None
) -> Answer | None:
    """An older document asked about by its title (示范市关于…的若干意见还有效吗, 被哪个文件停掉
    了): the title a document of the scope stops, when the question's words name it better than
    they name any stored document."""
    words = _naming_words(parsed)
    if not words:
        return None
    pool = _active_documents(index, document_ids)
    best: tuple[float, DocumentRow, str] | None = None
    for document in pool:
        stopped = json.loads(document.supersedes_text) if document.supersedes_text else []
        for named in stopped:
            share = coverage(words, named, index.passages.idf).share
            if share >= _NAMED_SHARE and (best is None or share > best[0]):
                best = (share, document, named)
    if best is None:
        return None
    own = max(
        (coverage(words, _name_text(index, d), index.passages.idf).share for d in pool),
        default=0.0,
    )
    if own >= best[0]:
        return None  # the question names a stored document as well: it is asked about
    return _stopped_answer(index, best[1], best[2], None)


def _stopped_answer(
    index: KnowledgeIndex, document: DocumentRow, named: str, key: str | None
) -> Answer:
    """``named`` (a title and number ``document`` stops; ``key`` its number asked, if any) said
    to be stopped, since when and by which document, cited by the sentence saying so."""
    since = f"自{document.effective.isoformat()}起" if document.effective else ""
    value = f"已停止执行: {_clip(named, 80)}{since}停止执行(由《{_clip(document.name)}》替代)"
    line = _stopping_sentence(index, document, named, key) or document_line(
        index, document, value=value
    )
    return _answer(document, FIELD_LABELS[Field.VALIDITY], value, [line])


def _stopping_sentence(
    index: KnowledgeIndex, document: DocumentRow, named: str, key: str | None
) -> FactLine | None:
    """The sentence of ``document`` that stops ``named``: by the number asked (``key``), else
    by the title it quotes."""
    title = vocabulary.normalise(_BOOK_TITLE.findall(named)[0]) if "《" in named else ""
    for number, passage in enumerate(index.passages.by_document.get(document.id, [])):
        if not _STOPS.search(passage.text):
            continue
        if (key and key in number_key(passage.text)) or (
            title and title in vocabulary.normalise(passage.text)
        ):
            return passage_line(index, document.id, number, passage, passage.text)
    return None


# "本方案自2031年3月1日起施行,有效期至2033年12月31日": the term the text states itself.
_TERM_UNTIL = re.compile(
    r"(?:有效期(?:为)?(?:至|到|截至|截止(?:到|至)?)|(?:执行|施行)(?:至|到|截至))"
    r"\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"
    r"(?:\s*(\d{1,2})\s*日)?"
)
# A page header's field for the day a document lapses (失效日期:2031-12-31): its term's end.
_LAPSE_FIELD = re.compile(
    r"失效(?:日期|时间)\s*[::]?\s*((?:19|20)\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})"
)


def _stated_term(
    index: KnowledgeIndex, document: DocumentRow, today: date
) -> tuple[str, FactLine] | None:
    """The validity the document's own sentence states (有效期至2033年12月31日), said against
    ``today`` (现仍有效, 已于…到期), with that sentence."""
    for number, passage in enumerate(index.passages.by_document.get(document.id, [])):
        until = _TERM_UNTIL.search(passage.text) or _LAPSE_FIELD.search(passage.text)
        if until is None:
            continue
        year, month = int(until.group(1)), int(until.group(2))
        if not 1 <= month <= 12:
            continue
        last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
        end = date.fromordinal(last) if until.group(3) is None else None
        if end is None:
            try:
                end = date(year, month, int(until.group(3)))
            except ValueError:
                continue
        state = "现仍有效" if today <= end else f"已于{end.isoformat()}到期"
        line = passage_line(index, document.id, number, passage, passage.text)
        return f"{until.group(0)},{state}", line
    return _term_from_start(index, document, today)


def _term_from_start(
    index: KnowledgeIndex, document: DocumentRow, today: date
) -> tuple[str, FactLine] | None:
    """A term counted from the day the document took effect ("自印发之日起施行,有效期5年"),
    said against ``today`` with its end date, with that sentence."""
    start = document.effective or document.issued
    if start is None:
        return None
    for number, passage in enumerate(index.passages.by_document.get(document.id, [])):
        term = term_in_years(passage.text)
        if term is None:
            continue
        end = term_end(term, start)
        state = f"至{end.isoformat()},现仍有效" if today <= end else f"已于{end.isoformat()}到期"
        line = passage_line(index, document.id, number, passage, passage.text)
        return f"{term.group(0)}(自{start.isoformat()}起),{state}", line
    return None


def _no_term_stated(
    index: KnowledgeIndex, document: DocumentRow, parsed: ParsedQuestion, answerer: QuestionAnswerer
) -> Answer:
    """什么时候停止执行, of a text stating no term: 未找到, with what it does say of its time in
    force (the day it took effect, its plan period)."""
    said = []
    if document.effective is not None:
        said.append(f"自{document.effective.isoformat()}起施行")
    if document.period_start and document.period_end:
        said.append(f"规划期{document.period_start}—{document.period_end}年")
    what = f";原文写的是{'、'.join(said)}" if said else ""
    why = f"《{_clip(document.name)}》原文没有写明有效期或停止执行的时间{what}"
    return answerer.not_found(replace(parsed, topic=""), why)


def _period_validity(document: DocumentRow, today: date) -> str | None:
    """No validity written, but a plan period (2017—2019年): whether it is over on ``today``."""
    start, end = document.period_start, document.period_end
    if not start or not end:
        return None
    period = f"原文没有写明有效期;规划期{start}—{end}年"
    if today.year > end:
        return f"{period},已于{end}年底期满"
    if today.year < start:
        return f"{period},尚未开始"
    return f"{period},现仍在规划期内(至{end}年底)"


def _answer(document: DocumentRow, label: str, value: str, lines: list[FactLine]) -> Answer:
    return Answer(
        found=True,
        kind=AnswerKind.DOCUMENTS,
        title=f"{_clip(document.name)} · {label}",
        headline=value,
        facts=tuple(lines),
        total=len(lines),
    )


def _written_day(text: str, day: date) -> str | None:
    """``day`` as ``text`` writes it in figures (2021年8月25日, 2021年08月25日), or None."""
    written = re.search(rf"(?<!\d){day.year}\s*年\s*0?{day.month}\s*月\s*0?{day.day}\s*日", text)
    return re.sub(r"\s+", "", written.group(0)) if written else None


def _date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: outside_amount(text, limit - 1)] + "…"


# A document a plan says it will bring out (2031年12月底前出台《…实施方案》, 制定…管理办法): a
# milestone of the plan, not the plan itself.
_BRINGS_OUT = r"(?:出台|制定|印发|制订|编制|发布|修订)"
_TO_COME = re.compile(
    rf"{_BRINGS_OUT}(?:《([^《》]{{2,40}})》|([^,，。;；:：《》()()]{{2,30}}"
    r"(?:方案|办法|细则|意见|规划|计划|规定|清单|指南|措施|制度)))"
)


def names_a_document_to_come(
    index: KnowledgeIndex, parsed: ParsedQuestion, document_ids: Collection[int] | None
) -> bool:
    """Whether the question (什么时候出台标准化战略实施方案) names a document the plan asked
    about says it will bring out, better than the plan's own name: when that one comes out is a
    milestone of the plan, not the plan's own date."""
    if parsed.doc_number:
        return False
    words = [
        w for w in parsed.words if w not in DOCUMENT_NAME_WORDS and not re.fullmatch(_BRINGS_OUT, w)
    ]
    if not words:
        return False
    document = _document(index, parsed, document_ids)
    if document is None:
        return False
    own = coverage(words, _name_text(index, document), index.passages.idf).share
    text = index.passages.document_texts.get(document.id, "")
    for match in _TO_COME.finditer(text):
        named = match.group(1) or match.group(2)
        if named in (document.title or ""):
            continue
        if coverage(words, named, index.passages.idf).share > max(own, ANSWER - 1e-9):
            return True
    return False
