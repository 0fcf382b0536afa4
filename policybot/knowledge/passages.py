"""Passage retrieval over the documents' own sentences, for what no extracted fact answers.

Facts (targets, rewards, milestones, duties) answer most questions with a value. Everything
else a plan says — tasks, conditions, who takes part, what a phase is called — is only in its
sentences. Each active document is cut the way the extractor reads it (its paragraphs with
their heading path, sentences, the rows of a task-decomposition table) and each sentence keeps
the units its paragraph or row names ("(牵头单位:…)").

Scoring is Okapi BM25 by ``bm25s`` over jieba words (``vocabulary.search_words``, the project's one
segmenter) of the sentence and its innermost heading. Identical sentences are indexed once
with every place they occur: a store holding many copies of a plan scores each sentence once,
and the scope of a question (its region's documents, a year) is applied to the places.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from math import log
from typing import Any

from policybot.knowledge import vocabulary
from policybot.knowledge.confidence import ASIDE
from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.structure import Paragraph, Piece, paragraphs, sentences
from policybot.knowledge.extract.tables import Table, TableRow, find_tables, unit_cell_names
from policybot.knowledge.extract.tasks import opening_units
from policybot.knowledge.extract.units import (
    FIRST_UNIT_LEADS,
    UnitNote,
    looks_like_unit,
    parse_unit_note,
    split_unit_list,
    trailing_note,
)

# Okapi BM25 with the usual constants; short sentences make b matter little.
K1 = 1.5
B = 0.75
MIN_PASSAGE_CHARS = 4
# A year: four digits not part of a longer number, and not a quantity (2000亿元, 1999万元,
# 2000家, 2015个).
_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?!\d|\s*(?:亿|万|千|百|元|个|家|项|件|名|人|吨|亩|户|台|套|辆|米|公里|平方|立方|次|条|所|座|张|份|%|％)"
    # The year of a document number (金政发〔2021〕7号) dates that document, not this sentence.
    r"|\s*[〕\]］]\s*\d+\s*号)"
)
# A web page's posting stamp standing unlabelled (2017-05-04 14:07:41  来源:…) dates the page,
# not what it says; one under its label (发布日期:2022-12-19 10:21) is the document's date.
_UNLABELLED_STAMP = re.compile(
    r"(?<![::期间\d])(?<![::期间]\s)(?:19|20)\d{2}\s*-\s*\d{1,2}\s*-\s*\d{1,2}\s+\d{1,2}\s*[::]\s*\d{2}"
)
_NOTE_LINE = re.compile(
    r"^[((]?\s*(?P<body>(?:主要)?(?:牵头|责任|主办|负责|实施|协作|配合)(?:责任|协作|配合)?"
    r"(?:单位|部门)\s*[::].*?)[))]?\s*[。.]?$"
)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_CELL_BAR = re.compile(r"[\t|│┃]")
# What a document calls itself: "(以下简称“三强一制造”)".
# The sentence a document opens with to say what it does (为…制定本方案, 根据…现将…公告如下,
# 我局将对…实施配套奖励): for a document stored without a title, what its title would say.
# …确定2017年县政府民生实事项目为10项,分别是: an announcement's opening names what it lists.
_PURPOSE = re.compile(r"^(?:为|根据|按照|依据)|现将|特制定|制定本|如下|分别(?:是|为)[::]?$")
_PURPOSE_WITHIN = 4  # passages: the opening, after the addressees
# The aim a plan states before its chapters (为进一步深化大气污染治理工作,…): its first clause,
# starting with 为 (not what follows: the documents it goes by, 根据…); a plan a notice carries
# opens after the notice's few passages.
_AIM = re.compile(r"^(为了?[^,,。;;]{4,})[,,]")
_AIM_WITHIN = 12
_ALIAS = re.compile(r"(?:以下简称|下称|简称)[“\"]([^”\"]{2,20})[”\"]")
# The name written out before it (加快国际技术合作产业园(以下简称“产业园”)): what the short name
# stands for wherever the document uses it, as said in the clause that defines it.
_ALIAS_DEFINED = re.compile(
    r"([^\s,,。;;::、“”\"()()]{2,30})[((](?:以下简称|下称|简称)[“\"][^”\"]{2,20}[”\"][))]"
)
_EDGES = " ,。;:、!?"
# A short label on a line of its own, ending in a colon (一等奖:, 先进单位:): what the lines
# under it are. No digits, no list of several things (各区、县人民政府,…: the addressees).
_LABEL_LINE = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[::]$")


def _labelled(heading: str | None, label: str) -> str:
    """A line's heading with the label line above it (its tier under its section's heading)."""
    return f"{heading} {label}" if heading else label


Expander = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class PassageText:
    """One sentence of a document as written, with its heading path and its units."""

    text: str
    section: str | None
    heading: str | None
    lead_units: tuple[str, ...]
    support_units: tuple[str, ...]
    start: int
    paragraph_start: int
    years: frozenset[int]
    due: date | None = None  # a table cell in a year's column: that year's end
    # The unit note as written ("(数据采集单位:县工信局)"): the role it names is what a 谁
    # question asks by (哪个单位采集, 牵头考核单位), which the units alone do not say.
    note: str = ""
    # Of ``lead_units``, those named only as 责任单位 (no lead stated; ``knowledge.unit_roles``).
    responsible_units: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PassageHit:
    document_id: int
    number: int  # the passage's place in its document
    passage: PassageText
    score: float


def doubled_title(text: str) -> str:
    """The line a text opens with twice in a row (a pasted page's title bar, then its heading):
    the document's title, whatever words it holds (江西某县第五章:贯标奖励5万元); "" if none."""
    lines = [line.strip() for line in text.split("\n", 8)[:8] if line.strip()]
    return lines[0] if len(lines) > 1 and lines[0] == lines[1] else ""


def split_document(text: str) -> list[PassageText]:
    """A document's sentences in reading order, each with its section and units. Its title
    written twice at the top is no sentence of it (it says every word of a question about the
    page, and answers none)."""
    blocks = paragraphs(text)
    title = doubled_title(text)
    if title:
        blocks = [block for block in blocks if block.text.strip() != title]
    tables = _tables(text, blocks)
    # 责任单位中排序第一的为牵头单位: its notes' first unit leads (as the extractor reads them)
    first_leads = FIRST_UNIT_LEADS.search(text) is not None
    passages: list[PassageText] = []
    pending_note: list[int] = []  # passages waiting for a note on a line of its own
    noted: list[int] = []  # the passages the last such note went to (牵头…: then 协作…:)
    label: tuple[str | None, str] | None = None  # (section, label) of the last label line
    for block in blocks:
        if block.heading_level is not None or (label is not None and label[0] != block.section):
            label = None
        own = _LABEL_LINE.match(block.text.strip())
        if own is not None and block.heading_level is None:
            # 一等奖: on a line of its own above the rows it governs (长安区人民政府 奖励20万元):
            # each row under it, to the next such line or heading, is of that tier.
            label = (block.section, own.group(1))
            continue
        if _CELL_BAR.search(block.text) and any(t.start == block.start for t, _ in tables):
            continue  # a table's header row on one line (序号 | 任务 | 牵头单位): no sentence
        row = _row_at(tables, block.start, block.end)
        if row is not None:
            if _ROW_NUMBER.match(block.text.strip()):
                continue
            if _only_units(block.text):
                continue
            cells = _inline_cells(block)
            if cells is not None:
                # "2 | 培育品牌示范企业 | 市甲局 | 每年12月底前": a row on one line reads as its
                # cells do when a copy puts each on a line of its own (no serial, no unit cell,
                # no separators shown).
                passages += [made for cell in cells for made in _row_sentences(cell, row)]
                continue
            # A row stands under the table's own caption (××任务分解表 / 4), as the facts read
            # from it do, never under the last body heading before the table; its heading is
            # the row's task.
            passages += _row_sentences(block, row)
            continue
        line_note = _note_line(block.text)
        if line_note is not None:
            if pending_note:
                noted = pending_note
                _give_note_backwards(passages, noted, line_note, block.text.strip())
            else:  # a second note line (主要协作单位:…) goes on from the first
                _give_note_backwards(passages, noted, line_note, block.text.strip(), more=True)
            pending_note = []
            continue
        noted = []
        note = trailing_note(block.text)
        body = block.text[: note.start] if note else block.text
        lead, support = (note.lead, note.support) if note else ([], [])
        if not lead:
            # "市财政局、市税务局:落实奖励资金…" (a 职责分工 paragraph): the bodies it opens with
            # before a colon lead what it says, as a note would say they do.
            lead = opening_units(block.text)[0]
        note_text = block.text[note.start : note.end].strip() if note else ""
        made = _sentences(block, body, lead, support, None, note_text)
        if note is not None and note.joint and not first_leads:
            made = [replace(p, responsible_units=p.lead_units) for p in made]
        if label is not None:
            made = [replace(p, heading=_labelled(p.heading, label[1])) for p in made]
        if note is None:
            pending_note += range(len(passages), len(passages) + len(made))
        else:
            pending_note = []
        passages += made
    return passages


def _row_sentences(block: Paragraph, row: TableRow) -> list[PassageText]:
    """The sentences of one cell (or one line of cells) of a table row, under the row's task."""
    made = _sentences(
        block,
        block.text,
        row.lead_units,
        row.support_units,
        row.task or row.section,
        section=row.section,
    )
    # The cells of one row read as one paragraph: a cell (2018年、2019年目标待定) goes on
    # from the row's task written in the cells before it (推动企业实施技术改造).
    made = [
        replace(p, paragraph_start=row.start, responsible_units=p.lead_units if row.joint else ())
        for p in made
    ]
    due = _cell_due(row, block.start)
    if due is not None:
        made = [replace(p, due=due, years=p.years | {due.year}) for p in made]
    return made


def _inline_cells(block: Paragraph) -> list[Paragraph] | None:
    """The cells of a row written on one line (tabs or bars between them), each with its own
    offset, less the serial number and the cells that only name units; None for a line that is
    one cell."""
    pieces = [
        (match.start(), match.group(0))
        for match in re.finditer(r"[^\t|│┃]+", block.text)  # the text between _CELL_BARs
        if match.group(0).strip()
    ]
    if len(pieces) < 2:
        return None
    cells = []
    for offset, piece in pieces:
        text = piece.strip()
        if _ROW_NUMBER.match(text) or _only_units(text):
            continue
        start = block.start + offset + piece.index(text)
        cells.append(replace(block, start=start, text=text))
    return cells


def _tables(text: str, blocks: list[Paragraph]) -> list[tuple[Table, list[TableRow]]]:
    context = DocContext(text=text, meta=extract_metadata("", text), paragraphs=blocks)
    try:
        found = find_tables(text, context)
    except (ValueError, IndexError):  # a table the reader cannot make sense of is prose
        logging.getLogger(__name__).debug("table reading failed", exc_info=True)
        return []
    return [(table, sorted(table.rows, key=lambda row: row.start)) for table in found]


def _row_at(
    tables: list[tuple[Table, list[TableRow]]], offset: int, end: int | None = None
) -> TableRow | None:
    """The table row whose cells include the line at ``offset`` (rows run to the next one); a
    row that starts within the line (``end``: where it ends) is that line's own — a row on one
    line ("3 | 建设平台 | 市甲局") starts at its task cell, after the serial number."""
    end = offset + 1 if end is None else end
    for table, rows in tables:
        if not table.start <= offset <= table.end:
            continue
        current = None
        for row in rows:
            if row.start < max(end, offset + 1):
                current = row
            else:
                break
        return current
    return None


def _only_units(text: str) -> bool:
    """A table cell that only names units (the lead or support column)."""
    items = split_unit_list(unit_cell_names(text))  # "各乡镇人民政府负责" too
    return bool(items) and all(looks_like_unit(item) for item in items)


def _cell_due(row: TableRow, offset: int) -> date | None:
    """The deadline of the year column a cell stands in (None outside the goal columns)."""
    for cell_offset, _, deadline in row.target_cells:
        if cell_offset == offset:
            return deadline
    # a progress table's year cell stating no figure (目标待定) stands in its column too
    return next((due for cell_offset, due in row.pending_cells if cell_offset == offset), None)


def _note_line(text: str) -> UnitNote | None:
    match = _NOTE_LINE.match(text.strip())
    return parse_unit_note(match["body"]) if match else None


def _give_note_backwards(
    passages: list[PassageText],
    waiting: list[int],
    note: UnitNote,
    text: str,
    *,
    more: bool = False,
) -> None:
    """A "责任单位:…" line of its own names the units of the task paragraphs just above it
    (``more``: a further such line adds its units to theirs)."""
    for number in waiting:
        old = passages[number]
        lead, support = tuple(note.lead), tuple(note.support)
        responsible = lead if note.joint else ()
        if more:
            lead, support = old.lead_units + lead, old.support_units + support
            responsible = old.responsible_units + responsible
            text = f"{old.note} {text}"
        passages[number] = replace(
            old,
            lead_units=lead,
            support_units=support,
            responsible_units=responsible,
            note=text,
        )


# A question mark in a sentence that asks nothing (每?年评审一次: a character the page lost to
# its encoding) ends no sentence: the piece after it goes on with the one before.
_ASKING = re.compile(r"吗|呢|什么|怎么|怎样|如何|哪|谁|多少|是否|几|何")


# A note in brackets after a sentence ((注:市政府质量奖每2年评选一次,2018年空缺)) speaks of that
# sentence (各区每年推荐申报的企业数不少于3家): alone it would answer a question about what it
# names (质量奖要多少个) with the aside instead of the figure it qualifies.
_BRACKETED_NOTE = re.compile(r"^\s*[((]\s*注\s*[::]")


def _mended(pieces: Iterable[Piece]) -> list[Piece]:
    mended: list[Piece] = []
    for piece in pieces:
        if mended:
            last = mended[-1]
            said = last.text.rstrip()
            asks_nothing = said.endswith("?") and not _ASKING.search(said)
            if (asks_nothing and piece.text[:1].strip()) or _BRACKETED_NOTE.match(piece.text):
                mended[-1] = Piece(last.start, last.text + piece.text)
                continue
        mended.append(piece)
    return mended


def _sentences(
    block: Paragraph,
    body: str,
    lead: Iterable[str],
    support: Iterable[str],
    heading: str | None,
    note: str = "",
    *,
    section: str | None = None,
) -> list[PassageText]:
    """``section``: where the sentences stand when not under their paragraph's headings (a
    table row's caption); the years the paragraph's headings name still date them."""
    heading = heading or (block.headings[-1] if block.headings else None)
    section_years = frozenset(int(y) for y in _YEAR.findall(block.section or ""))
    made: list[PassageText] = []
    for piece in _mended(sentences(Piece(block.start, body))):
        text = piece.text.strip(_EDGES)
        opening = _opening_trailer(text) if made else None
        if opening is not None:
            # …跟踪评价。(区卫生健康委负责)严格贯彻…: the note after the full stop closes the
            # sentence before (as the extractor's tasks read it), not the one it runs into.
            trailer, closing = opening
            made[-1] = replace(
                made[-1], lead_units=tuple(closing.lead), support_units=tuple(closing.support)
            )
            text = text[len(trailer) :].strip(_EDGES)
            piece = Piece(piece.start + piece.text.find(text), text)
        if len(text) < MIN_PASSAGE_CHARS:
            continue
        stated = _UNLABELLED_STAMP.sub(" ", text)
        years = frozenset(int(y) for y in _YEAR.findall(stated)) | section_years
        made.append(
            PassageText(
                text=text,
                section=section or block.section,
                heading=heading,
                lead_units=tuple(lead),
                support_units=tuple(support),
                start=piece.start,
                paragraph_start=block.start,
                years=years,
                note=note,
            )
        )
    return made


# A unit note opening a sentence ((区卫生健康委负责)…, (牵头单位:市科技局)…): one that closed the
# sentence before it, left after that sentence's full stop.
_OPENING_NOTE = re.compile(r"^[((\[]\s*(?P<body>[^()()\[\]。]{2,60}?)\s*[))\]]")
_NOTE_SAYS_ROLE = re.compile(r"负责$|牵头|责任单位|配合单位|主办单位|责任部门")


def _opening_trailer(text: str) -> tuple[str, UnitNote] | None:
    """The unit note ``text`` opens with (its bracket as written, and the units it names), when
    it names units and says their role; None otherwise (an aside, a number in brackets)."""
    match = _OPENING_NOTE.match(text)
    if match is None or not _NOTE_SAYS_ROLE.search(match["body"]):
        return None
    note = parse_unit_note(match["body"])
    if note is None or not note.lead or not all(looks_like_unit(u) for u in note.lead):
        return None
    return match.group(0), note


class PassageIndex:
    """BM25 over every active document's sentences; a search is scoped to some documents."""

    def __init__(self, documents: Iterable[tuple[int, str]], expand: Expander | None = None):
        self._expand = expand or (lambda text: "")
        self.by_document: dict[int, list[PassageText]] = {}
        self.document_years: dict[int, frozenset[int]] = {}
        self.document_texts: dict[int, str] = {}
        self.document_aliases: dict[int, tuple[str, ...]] = {}
        self.document_purposes: dict[int, str] = {}
        self.document_aims: dict[int, str] = {}
        split_cache: dict[str, list[PassageText]] = {}
        # Each document's sentences joined once (shared by documents of the same text), so a
        # word search can pass over a document that cannot hold it without reading its sentences.
        joined_cache: dict[str, str] = {}
        self._joined: dict[int, str] = {}
        entry_of: dict[tuple[str, str | None], int] = {}
        self._entry_tokens: list[list[str]] = []
        self._places: list[list[tuple[int, int]]] = []
        self._document_entries: dict[int, list[int]] = defaultdict(list)
        # A sentence a document writes twice (in its body, then in its annex table) is cited
        # where it first stands: the body's section, not the table row's.
        self._first_place: dict[tuple[int, str], int] = {}
        for document_id, text in documents:
            if text not in split_cache:
                split_cache[text] = split_document(text)
                joined_cache[text] = "\n".join(p.text for p in split_cache[text])
            passages = split_cache[text]
            self.by_document[document_id] = passages
            self._joined[document_id] = joined_cache[text]
            self.document_texts[document_id] = text
            self.document_aliases[document_id] = tuple(
                dict.fromkeys((*_ALIAS.findall(text), *_ALIAS_DEFINED.findall(text)))
            )
            # (A title the page writes twice, which is no sentence, says it as well.)
            purpose = next(
                (p.text for p in passages[:_PURPOSE_WITHIN] if _PURPOSE.search(p.text)), ""
            )
            self.document_purposes[document_id] = " ".join(
                part for part in (doubled_title(text), purpose) if part
            )
            self.document_aims[document_id] = next(
                (aim.group(1) for p in passages[:_AIM_WITHIN] if (aim := _AIM.match(p.text))), ""
            )
            self.document_years[document_id] = frozenset(
                year for passage in passages for year in passage.years
            )
            for number, passage in enumerate(passages):
                self._first_place.setdefault((document_id, passage.text), number)
                key = (passage.text, passage.heading)
                entry = entry_of.get(key)
                if entry is None:
                    entry = len(self._entry_tokens)
                    entry_of[key] = entry
                    self._entry_tokens.append(self._tokens(passage))
                    self._places.append([])
                self._places[entry].append((document_id, number))
                self._document_entries[document_id].append(entry)
        frequency = Counter(term for tokens in self._entry_tokens for term in set(tokens))
        count = max(1, len(self._entry_tokens))
        self._idf = {t: log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}
        self._missing_idf = log(1 + (count + 0.5) / 0.5)
        self._retriever = self._build_retriever()

    def _tokens(self, passage: PassageText) -> list[str]:
        text = passage.text
        if passage.heading and passage.heading not in text:
            text = f"{passage.heading} {text}"
        extra = self._expand(text)
        tokens = vocabulary.search_words(f"{text} {extra}" if extra else text)
        unaside = ASIDE.sub("", text)
        if unaside != text:
            # 总河(湖)长会议 is searched as 总河长会议 too: a short aside inside a word (as
            # confidence reads it) does not hide the word from the search.
            known = set(tokens)
            tokens += [t for t in vocabulary.search_words(unaside) if t not in known]
        return tokens

    def _build_retriever(self) -> Any:
        if not self._entry_tokens:
            return None
        import bm25s  # numpy-backed; imported only where an index is built

        retriever = bm25s.BM25(k1=K1, b=B)
        retriever.index(self._entry_tokens, show_progress=False)
        return retriever

    def documents_holding(self, words: Sequence[str]) -> list[int]:
        """The documents (by id, in order) some sentences of which hold every one of ``words``
        between them: the only ones a search for sentences holding all of them must read."""
        holds: dict[int, bool] = {}  # by the joined text's identity: copies are read once
        found = []
        for document_id in sorted(self._joined):
            joined = self._joined[document_id]
            key = id(joined)
            if key not in holds:
                holds[key] = all(word in joined for word in words)
            if holds[key]:
                found.append(document_id)
        return found

    def word_frequency(self) -> Counter[str]:
        """How many distinct sentences use each word."""
        return Counter(term for tokens in self._entry_tokens for term in set(tokens))

    def sentences(self) -> list[str]:
        """Each distinct sentence text once."""
        return list(dict.fromkeys(p.text for ps in self.by_document.values() for p in ps))

    def __len__(self) -> int:
        return sum(len(passages) for passages in self.by_document.values())

    def idf(self, term: str) -> float:
        """How rare a word is among the sentences; a word no sentence has is rarest of all."""
        return self._idf.get(term, self._missing_idf)

    @property
    def rarest_idf(self) -> float:
        """The idf of a word no sentence has: the top of the scale."""
        return self._missing_idf

    def knows(self, term: str) -> bool:
        return term in self._idf

    def document_uses(self, document_id: int, word: str) -> bool:
        """Whether the document's text contains ``word``."""
        return word in self.document_texts.get(document_id, "")

    def search(
        self,
        terms: Collection[str],
        *,
        document_ids: Collection[int] | None = None,
        limit: int = 8,
    ) -> list[PassageHit]:
        """The best-scoring sentences among ``document_ids`` (all documents when None)."""
        known = list(dict.fromkeys(t for t in terms if t in self._idf))
        if not known or self._retriever is None:
            return []
        scores = self._retriever.get_scores(known)
        if document_ids is not None:
            allowed = {e for d in document_ids for e in self._document_entries.get(d, ())}
            ranked = sorted(allowed, key=lambda entry: -scores[entry])
        else:
            ranked = [int(entry) for entry in scores.argsort()[::-1][: limit * 4]]
        hits: list[PassageHit] = []
        cited: set[tuple[int, int]] = set()
        for entry in ranked:
            score = float(scores[entry])
            if score <= 0 or len(hits) >= limit:
                break
            for document_id, number in self._places[entry]:
                if document_ids is None or document_id in document_ids:
                    text = self.by_document[document_id][number].text
                    number = self._first_place.get((document_id, text), number)
                    if (document_id, number) not in cited:
                        cited.add((document_id, number))
                        passage = self.by_document[document_id][number]
                        hits.append(PassageHit(document_id, number, passage, score))
                    break
        return hits

    def passage(self, document_id: int, number: int) -> PassageText:
        return self.by_document[document_id][number]
