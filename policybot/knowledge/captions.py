"""A name for a document that states none.

Excerpts and reprints often start mid-text: no title line, no doc number. Citations then had
nothing to show but an internal id (``文件#12``), which names nothing a reader can look up, so a
reply about such a document could not say where its answer came from. The caption is made from
what the text does show -- its place and its first heading, or the opening words of its first
sentence -- and it says it is a caption («…文件「开头」»), never passing for an official title.
"""

from __future__ import annotations

import re

from policybot.knowledge.clipping import clip
from policybot.knowledge.extract.records import Extraction
from policybot.knowledge.models import Document

# How long a heading or an opening may be in the caption, its … included (a phone line holds
# about 30 characters).
OPENING_LIMIT = 19

# A chapter or section heading: 第五章 商标专利创造奖励, 第二节 奖励标准.
_HEADING = re.compile(
    r"^第[一二三四五六七八九十百零〇\d]+[章节部分篇]\s*[::]?\s*(?P<name>\S.{1,30})$"
)
# A numbered item's lead phrase: 7.加快企业研发中心建设。… / 三、强化标准引领,…
_ITEM_LEAD = re.compile(
    r"^(?:[((]?[一二三四五六七八九十\d]+[))、.．]\s*)(?P<name>[^。,;:,;:]{4,24})[。,;:,;:]"
)
# A salutation opening a notice (各镇政府、区直各单位:) names who reads it, not the document; the
# words after its colon, if any, are the opening.
_SALUTATION = re.compile(r"^各[^。::]{1,80}[::]")
# Lines that are page chrome or the issuer alone, never an opening: index tables (信息索引号 |…),
# source lines, a date alone, a bare 广州市人民政府.
_CHROME = re.compile(r"[|｜]|索引号|^(?:来源|发布|时间|字号)[::]|^\d{4}年\d{1,2}月\d{1,2}日$")
_ISSUER_ONLY = re.compile(r"^\S{2,16}(?:政府|办公室|办公厅|局|委员会|厅)$")
_SENTENCE_END = re.compile(r"[。;;!!??]")
# Markup a text copied from a web page or a Markdown file may carry: tags, entities, emphasis
# and heading marks, and the rules and bullets around a line. None of it is words of the plan.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>|<!--.*?-->")
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6}|#x[0-9A-Fa-f]{1,6});")
_EMPHASIS = re.compile(r"\*{2,}|_{2,}|`+|~{2,}")
_LINE_MARKS = re.compile(r"^[\s#>*+\-=_~|•·.。…—]+|[\s#>*+\-=_~|•·—]+$")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def caption_of(extraction: Extraction) -> str | None:
    """The caption a plan is stored and cited under when it states neither a title nor a doc
    number (a doc number names it well enough); None otherwise."""
    meta = extraction.document
    if meta.title or meta.doc_number:
        return None
    return untitled_caption(meta.region, extraction.text)


def shown_title(document: Document) -> str | None:
    """What an admin's view names a stored document by: its title, or else its caption (kept
    as its short title), so a confirmation or a retirement never says (无标题) of a plan the
    answers cite by a caption."""
    return document.title or document.short_title


def untitled_caption(region: str | None, text: str) -> str | None:
    """``<place>文件「<first heading or opening words>」`` for a document without a title."""
    opening = _first_heading(text) or _opening_words(text)
    if not opening:
        return None
    place = region or ""
    if place and opening.startswith(place):
        place = ""
    return f"{place}文件「{opening}」"


def _lines(text: str) -> list[str]:
    """The text's lines as words: markup taken out, and a line without two Chinese characters
    (a rule of ====, a bare <div>, 【】【】, ……) left out."""
    readable = (_readable(line) for line in text.splitlines())
    return [line for line in readable if len(_CHINESE.findall(line)) >= 2]


def _readable(line: str) -> str:
    line = _EMPHASIS.sub("", _ENTITY.sub(" ", _TAG.sub(" ", line)))
    return _LINE_MARKS.sub("", line).strip()


def _first_heading(text: str) -> str | None:
    for line in _lines(text)[:12]:
        if _CHROME.search(line):
            continue
        if match := _HEADING.match(line):
            return clip(match.group("name").strip(), OPENING_LIMIT)
        if match := _ITEM_LEAD.match(line):
            return clip(match.group("name").strip(), OPENING_LIMIT)
    return None


def _opening_words(text: str) -> str | None:
    for line in _lines(text):
        line = _SALUTATION.sub("", line).strip()
        if len(line) < 6 or _CHROME.search(line) or _ISSUER_ONLY.match(line):
            continue
        sentence = _SENTENCE_END.split(line, 1)[0]
        return clip(sentence, OPENING_LIMIT) if sentence else None
    return None
