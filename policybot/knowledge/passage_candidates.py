"""The sentences of the documents that may answer a question, each measured as a candidate.

A sentence is searched by the question's words, then read with what it goes on from (the
sentence before it, its paragraph, the lead-in of its list, its section), kept only when it
is of the year asked and the kind of answer asked (``fits``), and ranked: the kind and the
year said, a numbered name set out, the short items of one heading, the rarer words said
itself. Extra sentences join the search where words alone miss them: the later tiers of a
range, the item numbered as asked (基本原则第一条), the sentences naming a year asked, and a
frequency further down. The answerer is passed in for its index, measure and dating.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary
from policybot.knowledge.answer_sizes import PASSAGE_POOL
from policybot.knowledge.candidates import Candidate
from policybot.knowledge.extract.normalise import whole_number
from policybot.knowledge.fits import (
    ADDRESSEES,
    FREQUENCY,
    TITLE_LINE,
    asks_a_goal,
    passage_fits,
)
from policybot.knowledge.glossary import level_orders
from policybot.knowledge.lines import passage_line
from policybot.knowledge.passages import PassageHit, PassageText
from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.question_scope import Scope
from policybot.knowledge.reward_tiers import (
    amount_said,
    bound_tiers_after,
    other_side_of_bound,
    range_of,
    range_tiers_after,
    tier_above,
    tiers_reached,
)
from policybot.knowledge.shown_parts import shown_part

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer


# The levels of government a category asked for is written in (市州, 县区).
_LEVEL_CHARS = frozenset("省市州县区旗乡镇街道")
# What a heading writes besides the category it names: its outline number, the count in
# brackets (一、市(州)(2个)), brackets and marks.
_HEADING_NAMES = re.compile(r"^[一二三四五六七八九十]+[、.．]|[((]\d+个[))]|[^\u4e00-\u9fff]")


# A line that is only a date (a document's signature date, 2031年1月8日).
_BARE_DATE = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")
# Documents in scope few enough to scan for the sentences naming a year asked.
YEAR_SCAN_DOCUMENTS = 3


# How many times the pool a frequency question looks through for sentences saying how often.
WIDER_POOL = 6


# How much less a sentence ranks that does not itself name the year asked about.
YEAR_UNSAID = 0.1
# How much less a sentence ranks whose total is due after the year asked (``runs_through``):
# it answers its topic, not one a sentence of the year asked answers as well.
YEAR_LATER = 0.05
# What a sentence that does not say the kind of answer asked for (什么战略: 战略) loses in rank.
KIND_UNSAID = 0.05


# How much of its paragraph before it a sentence is read with (a word said only there counts in
# part: confidence.PARAGRAPH).
PARAGRAPH_CHARS = 300


# How a section's path joins its levels (第四条 / (一)).
_SECTION_SEPARATOR = " / "


# The excerpt of its sentence a single fact shows, in the document's own words.
EXCERPT_CHARS = 80


# A sentence that goes on from the one before it: it names what it speaks of only there.
_CONTINUES = re.compile(
    r"(?:对|向|给)?(?:各|上述|以上|其|该|这些)(?:企业|单位|个人|项目|地区|县|市|区)"
)


# A clause giving the places their own duty (各区每季度…): it follows a sentence, not goes on
# from it.
_PLACES_OWN_DUTY = re.compile(r"各(?:区|县|市|镇|乡|街道)")


def _says_any_part(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` says a word asked or two characters of one (标准制修订 of 标准化)."""
    return any(
        word[start : start + 2] in text for word in words for start in range(max(1, len(word) - 1))
    )


# An item asked for by its place in a list (基本原则第一条, 第三项措施), and how an item or its
# heading is numbered (1.坚持深化改革, (三)…, 二、…, 第二条…).
_ORDINAL_ASKED = re.compile(r"第([一二三四五六七八九十]{1,3}|\d{1,2})(?:条|项|点|个)")


_ITEM_NUMBER = re.compile(
    r"\s*(?:[((]\s*([一二三四五六七八九十\d]{1,3})\s*[))]|([一二三四五六七八九十]{1,3})\s*[、.．]"
    r"|(\d{1,2})\s*[、.．](?!\d)|第([一二三四五六七八九十\d]{1,3})[条项点])"
)


def _numbered(line: str) -> int | None:
    """The number an item or heading opens with (1.… (三)… 二、… 第二条…), else None."""
    found = _ITEM_NUMBER.match(line)
    if found is None:
        return None
    return whole_number(next(g for g in found.groups() if g))


def _item_of(section: str | None, number: int, words: Sequence[str]) -> bool:
    """Whether ``section`` ends in an item numbered ``number`` (1.坚持深化改革) right under a
    heading saying one of ``words`` (…/ (二)基本原则 / 1.坚持深化改革 for 基本原则第一条)."""
    parts = (section or "").split(_SECTION_SEPARATOR)
    if len(parts) < 2 or _numbered(parts[-1]) != number:
        return False
    return any(len(word) >= 2 and word in parts[-2] for word in words)


# A line naming one item of a list (杭锦后旗人民政府): short, no clause of a sentence.
_ITEM_LINE = re.compile(r"[^,,;;。::]{2,25}[。;;]?")


# A name counting what it stands for (五公开, 四大品牌, 三强一制造), asked what it is.
_NUMBERED_NAME = re.compile(
    r"([一二三四五六七八九十两]{1,2}(?![个件项家名条种位类年次])[\u4e00-\u9fff]{1,4}?)[”\"]?"
    r"(?:是指|是|指|包括|分别是|有)(?:哪|什么|啥)"
)


# What a sentence calls the year its document was issued in.
_THIS_YEAR = re.compile(r"今年|本年度")


# How many opening lines of a document say what it is about with its title (a title in two).
HEAD_LINES = 2


def passage_candidates(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> list[Candidate]:
    if not parsed.words:
        return []
    terms = search_terms(parsed)
    meant = answerer.glossary_meanings(parsed.words)
    if meant != parsed.words:
        terms += vocabulary.search_words(" ".join(meant))
    hits = answerer.index.passages.search(
        terms, document_ids=scope.document_ids, limit=PASSAGE_POOL
    )
    if parsed.year is not None and not any(
        word in hit.passage.text for hit in hits for word in parsed.words
    ):
        # 金乡2021年要大力实施啥计划: the year's word fills the pool with the lines naming it
        # (文号, 成文日期, the title), none saying a word of the topic; the pool searched without
        # it joins (the year is still checked per sentence below).
        seen = {(hit.document_id, hit.number) for hit in hits}
        hits += [
            hit
            for hit in answerer.index.passages.search(
                [term for term in terms if term != str(parsed.year)],
                document_ids=scope.document_ids,
                limit=PASSAGE_POOL,
            )
            if (hit.document_id, hit.number) not in seen
        ]
    if parsed.asks == Asks.FREQUENCY:
        # 多久督查一次: in a plan whose every sentence repeats its title's words, the one
        # saying how often (每半年进行一次工作督查) ranks far down; the sentences saying a
        # frequency further down join the pool.
        seen = {(hit.document_id, hit.number) for hit in hits}
        wider = answerer.index.passages.search(
            terms, document_ids=scope.document_ids, limit=PASSAGE_POOL * WIDER_POOL
        )
        hits += [
            hit
            for hit in wider
            if (hit.document_id, hit.number) not in seen and FREQUENCY.search(hit.passage.text)
        ][:PASSAGE_POOL]
    if asks_a_goal(parsed):
        hits += naming_year(answerer, parsed, scope, {(h.document_id, h.number) for h in hits})
    ordinal = next(
        (
            (word, number)
            for word in parsed.words
            if (m := _ORDINAL_ASKED.fullmatch(word)) is not None
            and (number := whole_number(m.group(1))) is not None
        ),
        None,
    )
    if ordinal is not None:
        hits += numbered_items(answerer, hits, ordinal[1], parsed.words)
    # 五公开是哪五个: the sentence writing the numbered name asked (…决策、执行、管理、服务和
    # 结果“五公开”) sets out what it counts; the search words lose its numeral.
    numbered = _NUMBERED_NAME.search(parsed.reading)
    candidates = []
    due_later: set[tuple[int, int]] = set()
    # 贡献有350万,能拿多少: of a document's tiers (不低于50万元 / 100万元 / 300万元), the
    # highest the asker's amount reaches says that amount.
    hits += range_tiers_after(answerer.index, parsed, hits)
    # 融资2亿元以上奖多少: the clause after the 2亿元以下 tier is the one asked.
    hits += bound_tiers_after(answerer.index, parsed, hits)
    reached = tiers_reached(parsed, hits)
    reaching = {document_id for document_id, _ in reached}
    pooled = {(hit.document_id, hit.number) for hit in hits}
    for hit, before in with_continuations(answerer, hits, how_often=parsed.asks == Asks.FREQUENCY):
        passage = hit.passage
        if (
            before
            and (hit.document_id, hit.number - 1) in pooled
            and _PLACES_OWN_DUTY.match(passage.text)
            and parsed.words
            and not _says_any_part(passage.text, parsed.words)
        ):
            # 青川每月5号前要交什么: the clause after the one saying it is the places' own duty
            # (各区每季度…), saying none of the words asked; read with it, it would list the
            # sentence asked about twice.
            continue
        if (
            hit.document_id in reaching
            and (hit.document_id, hit.number) not in reached
            and (range_of(passage.text) is not None or tier_above(passage.text, parsed))
        ):
            continue  # another tier of the document holds the amount asked about
        if other_side_of_bound(passage.text, parsed):
            continue  # 2亿元以下 of a question saying 2亿元以上: the other tier
        if parsed.asks != Asks.DATE and _BARE_DATE.fullmatch(passage.text):
            # 常州2007年度龙头企业表彰了哪些, of a 2006年度 decision signed 2007年1月8日: the
            # line of its date names the year asked, and says nothing but when it was signed.
            continue
        if (
            parsed.year is not None
            and not answerer.names_year(passage.years, hit.document_id, parsed.year)
            and not (parsed.asks == Asks.DATE and annual(answerer, hit.document_id, parsed.year))
            and not this_year_is(answerer, passage.text, hit.document_id, parsed.year)
            and not year_names_document(answerer, parsed, hit.document_id)
        ):
            # A year asked about is a year the sentence (or its heading) names — but a total due
            # later in a plan that runs through the year asked (2019年底,…新增联盟标准30项以上,
            # asked for 2018) is still measured: when it fits the topic best, no clause of
            # another topic that passes here by naming no year (;新增专利转化技术标准超过60项)
            # may answer in its place (``_topic_before_year``).
            if not runs_through(answerer, passage.text, hit.document_id, parsed.year):
                continue
            due_later.add((hit.document_id, hit.number))
        section = answerer.section_of(passage, hit.document_id)
        text = f"{section} {passage.heading or ''} {before} {passage.text}"
        if ordinal is not None and _item_of(passage.section, ordinal[1], parsed.words):
            # 基本原则第一条是什么: the item numbered so (1.坚持深化改革) under the heading
            # the question names is the one asked.
            text = f"{text} {ordinal[0]}"
        if parsed.asks == Asks.WHO:
            text = f"{text} {passage.note}"  # 数据采集单位:…, asked as 哪个单位采集
        heads = (
            reward_heads(answerer, hit.document_id) if parsed.asks in (Asks.WHO, Asks.DATE) else ""
        )
        if not passage_fits(passage, parsed, previous_text(answerer, hit), heads):
            continue
        measured = answerer.measurer.measure(
            amount_said(parsed, reached) if (hit.document_id, hit.number) in reached else parsed,
            text,
            hit.document_id,
            paragraph=paragraph_before(answerer, hit, lead=parsed.asks != Asks.WHO),
        )
        shown = shown_part(passage.text, parsed)
        if before:  # what the sentence goes on from, in short: it names the subject
            shown = f"{shown_part(before, parsed, EXCERPT_CHARS)} → {shown}"
        line = passage_line(answerer.index, hit.document_id, hit.number, passage, shown)
        # What its document's title completes (封山育林 of a 封山育林补充计划 table row)
        # the sentence says, as an answer (``Coverage.completed``).
        share = measured.share if measured.completed is None else measured.completed
        # 五公开是哪五个: a sentence writing the numbered name asked (…结果“五公开”) is
        # weighed against a fact as its title completes it: it sets out what the name counts.
        plain = share if numbered is not None and numbered.group(1) in passage.text else None
        candidates.append(
            Candidate(share, measured.missing, line, hit=hit, plain=plain or measured.share)
        )
    candidates = _labelled_fields_lifted(candidates, parsed)
    candidates += _under_category_heading(answerer, parsed, candidates)
    # A sentence not saying the kind of answer asked for (什么战略) ranks as a little less
    # good; on a tie a sentence beats a bare heading, then the one saying the question's
    # rarer words itself (not through its heading or paragraph; a continuation with the
    # sentence it goes on from), then the better BM25 score.
    kinds = tuple(w for w in parsed.categories if w in parsed.words and len(w) >= 2)
    idf = answerer.index.passages.idf

    def said_itself(candidate: Candidate) -> float:
        text = candidate.line.label  # with what a continuation goes on from
        return sum(idf(w) for w in dict.fromkeys(parsed.words) if len(w) >= 2 and w in text)

    def of_year_asked(hit: PassageHit | None) -> bool:
        """A table cell in the column of the year asked (a merged one, 2032年、2033年目标待定,
        holds each of its years)."""
        return (
            hit is not None
            and hit.passage.due is not None
            and parsed.year is not None
            and parsed.year in hit.passage.years
        )

    year_said = {
        (c.hit.document_id, c.hit.passage.section)
        for c in candidates
        if c.hit is not None and of_year_asked(c.hit)
    }

    def base_rank(candidate: Candidate) -> float:
        text = candidate.hit.passage.text if candidate.hit else ""
        lacks_kind = any(kind not in text for kind in kinds)
        # 2043年的目标定了没: a sentence naming the year asked (a table cell of its column)
        # beats a sentence of its row that is of that year only through the document's title.
        hit = candidate.hit
        lacks_year = (
            hit is not None
            and parsed.year not in hit.passage.years
            and (hit.document_id, hit.passage.section) in year_said
        )
        later = hit is not None and (hit.document_id, hit.number) in due_later
        unsaid = (KIND_UNSAID if lacks_kind else 0.0) + (YEAR_UNSAID if lacks_year else 0.0)
        unsaid += YEAR_LATER if later else 0.0
        return round(candidate.share - unsaid, 6)

    # 示范市2032年技改企业目标: a row's cell in the column of the year asked speaks for the row
    # that year (2032年、2033年目标待定…), though the words asked are its row's task's; the row's
    # cells before it naming no year (推动企业实施技术改造, its task) rank a year's step below
    # it. (A cell after it, in a column of progress or remarks, says something else.)
    year_cells: dict[tuple[int, int], tuple[float, int]] = {}
    for c in candidates:
        if c.hit is not None and of_year_asked(c.hit):
            row = (c.hit.document_id, c.hit.passage.paragraph_start)
            best = year_cells.get(row)
            cell = (base_rank(c), c.hit.passage.start)
            year_cells[row] = (
                cell if best is None else (max(best[0], cell[0]), min(best[1], cell[1]))
            )

    # …and the row's task is the cell's subject: a cell of the year asked ranks as well as the
    # best of its row's cells before it naming no year (推动企业实施技术改造 says the words a
    # 待定 cell does not), so that a prose sentence of the plan naming the year too (到2032年,
    # 全市…) does not take the lead from the table's own cell for that year.
    # Not for a list (示范市2033年标准化的目标 lists the chapter's targets of the year, the
    # table's rows among them: test_answers_trial35).
    cell_leads = parsed.asks != Asks.LIST
    row_tasks: dict[tuple[int, int], list[tuple[int, float]]] = {}
    for c in candidates:
        if c.hit is not None and not c.hit.passage.years and c.hit.passage.due is None:
            row = (c.hit.document_id, c.hit.passage.paragraph_start)
            # (its words' share: the year its cell leaves unsaid is the year cell's to say)
            row_tasks.setdefault(row, []).append((c.hit.passage.start, c.share))

    def ranked_share(candidate: Candidate) -> float:
        rank = base_rank(candidate)
        hit = candidate.hit
        if hit is not None and of_year_asked(hit) and cell_leads:
            tasks = row_tasks.get((hit.document_id, hit.passage.paragraph_start), [])
            before = [share for start, share in tasks if start < hit.passage.start]
            return max([rank, *before])
        if hit is None or hit.passage.years:
            return rank
        cell = year_cells.get((hit.document_id, hit.passage.paragraph_start))
        if cell is None or hit.passage.start > cell[1]:
            return rank
        return round(min(rank, cell[0] - YEAR_UNSAID), 6)

    goal = asks_a_goal(parsed)

    def names_year(candidate: Candidate) -> bool:
        """到2020年要达到什么: of sentences matching as well, the one naming the year asked
        (到2020年,全区形成…) before those of a plan whose title's years hold it."""
        hit = candidate.hit
        return goal and hit is not None and parsed.year in hit.passage.years

    # 评上先进旗县区的是哪两个: the short lines under one heading matching alike (杭锦后旗人民
    # 政府, 临河区人民政府 under 一、先进旗县区) are the list asked for; they lead a lone sentence
    # that only says the question's words itself (先进旗县区政府…奖励奖金2万元). A section
    # whose tied lines include a sentence is no such list.
    items: Counter[tuple[int, str | None, float]] = Counter()
    sentences: Counter[tuple[int, str | None, float]] = Counter()
    for c in candidates:
        if c.hit is None or c.hit.passage.text == c.hit.passage.heading:
            continue
        key = (c.hit.document_id, c.hit.passage.section, ranked_share(c))
        (items if _ITEM_LINE.fullmatch(c.hit.passage.text) else sentences)[key] += 1

    def listed_under_heading(candidate: Candidate) -> bool:
        hit = candidate.hit
        if parsed.asks != Asks.LIST or hit is None or hit.passage.section is None:
            return False
        key = (hit.document_id, hit.passage.section, ranked_share(candidate))
        return items[key] > 1 and not sentences[key] and key in items

    def says_numbered_name(candidate: Candidate) -> bool:
        return (
            numbered is not None
            and candidate.hit is not None
            and numbered.group(1) in candidate.hit.passage.text
        )

    candidates.sort(
        key=lambda c: (
            -ranked_share(c),
            not c.listed,
            # of a year asked, the table's cell in its column before the prose naming it
            not (of_year_asked(c.hit) and cell_leads),
            not names_year(c),
            not says_numbered_name(c),
            not listed_under_heading(c),
            bool(c.hit and c.hit.passage.text == c.hit.passage.heading),
            -round(said_itself(c), 6),
            -(c.hit.score if c.hit else 0.0),
        )
    )
    return _topic_before_year(candidates, due_later)


def _topic_before_year(
    candidates: list[Candidate], due_later: set[tuple[int, int]]
) -> list[Candidate]:
    """The ranked candidates of the year asked. When the best of all is a total due after it
    (``runs_through``), none: the sentences of the year asked fit the topic worse (a sibling
    clause on another topic), and the year asked has no figure of its own — the answerer says
    so with the later one (``_other_years``: 没有2018年的数字;有的是30项以上(到2019年))."""

    def later(candidate: Candidate) -> bool:
        hit = candidate.hit
        return hit is not None and (hit.document_id, hit.number) in due_later

    if candidates and later(candidates[0]):
        return []
    return [candidate for candidate in candidates if not later(candidate)]


def _under_category_heading(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, candidates: Sequence[Candidate]
) -> list[Candidate]:
    """哪两个市州拿到了: of a document found, the lines under its heading naming the category
    asked (一、市(州)(2个)) are the list asked for, though they say none of the topic's words:
    each joins as good as the document's best sentence, and leads on the tie. That sentence is
    weighed for them as though it said the category their heading names: the heading says it
    for them (授予甲乙州、丙丁市人民政府… says no 市州; the winners under 一、市(州) do)."""
    if parsed.asks != Asks.LIST:
        return []
    asked = [
        set(word)
        for word in parsed.words
        if len(word) >= 2 and all(char in _LEVEL_CHARS for char in word)
    ]
    if not asked:
        return []
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        hit = candidate.hit
        if hit is not None and (
            hit.document_id not in best or candidate.share > best[hit.document_id].share
        ):
            best[hit.document_id] = candidate
    seen = {(c.hit.document_id, c.hit.number) for c in candidates if c.hit is not None}
    joined = []
    for document_id, top in best.items():
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            section = passage.section or ""
            # 二、县(市、区) names 县区 too: every level asked, and nothing but levels.
            named = _HEADING_NAMES.sub("", section)
            if (
                (document_id, number) in seen
                or passage.text == section
                or not named
                or any(char not in _LEVEL_CHARS for char in named)
                or not any(word <= set(named) for word in asked)
            ):
                continue
            line = passage_line(answerer.index, document_id, number, passage, passage.text)
            hit = PassageHit(document_id, number, passage, 0.0)
            share = _with_category_said(answerer, parsed, top, set(named))
            joined.append(
                replace(top, share=share, plain=share, missing=(), line=line, hit=hit, listed=True)
            )
    return joined


def _with_category_said(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, top: Candidate, named: set[str]
) -> float:
    """``top``'s share, measured again with the level words asked that a heading names (市州
    of 一、市(州)) said beside it; never less than it was."""
    hit = top.hit
    said = [
        word
        for word in parsed.words
        if len(word) >= 2 and all(char in _LEVEL_CHARS for char in word) and set(word) <= named
    ]
    if hit is None or not said or all(word not in top.missing for word in said):
        return top.share
    passage = hit.passage
    section = answerer.section_of(passage, hit.document_id)
    text = f"{section} {passage.heading or ''} {passage.text} {' '.join(said)}"
    measured = answerer.measurer.measure(
        parsed, text, hit.document_id, paragraph=paragraph_before(answerer, hit, lead=True)
    )
    return max(top.share, measured.share)


def naming_year(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope, seen: set[tuple[int, int]]
) -> list[PassageHit]:
    """洞头区浙江制造品牌到2020年要达到什么: in a plan whose every sentence says 浙江制造品牌,
    the long one naming the year (到2020年,全区形成…) ranked below the pool; the sentences
    of the few documents in scope naming the year asked and a word of the question join it."""
    documents = scope.document_ids
    if parsed.year is None or documents is None or len(documents) > YEAR_SCAN_DOCUMENTS:
        return []
    words = [word for word in parsed.words if len(word) >= 2]
    return [
        PassageHit(document_id, number, passage, 0.0)
        for document_id in sorted(documents)
        for number, passage in enumerate(answerer.index.passages.by_document.get(document_id, []))
        if (document_id, number) not in seen
        and parsed.year in passage.years
        and any(word in passage.text for word in words)
    ][:PASSAGE_POOL]


def previous_text(answerer: QuestionAnswerer, hit: PassageHit) -> str:
    """The sentence right before the hit in its document (empty for the first)."""
    if hit.number <= 0:
        return ""
    return answerer.index.passages.by_document.get(hit.document_id, [])[hit.number - 1].text


def paragraph_before(answerer: QuestionAnswerer, hit: PassageHit, *, lead: bool = False) -> str:
    """The sentences of its paragraph before a hit: what it goes on from (…被评为先进单位,
    各发给奖杯一座。对种粮面积100至300万亩的…各发奖金20万元)."""
    passages = answerer.index.passages.by_document.get(hit.document_id, [])
    start = hit.passage.paragraph_start
    before: list[str] = []
    earlier = hit.number - 1
    while earlier >= 0:
        if earlier >= len(passages) or passages[earlier].paragraph_start != start:
            break
        before.append(passages[earlier].text)
        earlier -= 1
    if 0 <= earlier < len(passages) and ADDRESSEES.match(passages[earlier].text):
        # A covering notice's first paragraph speaks to those it is addressed to (各街道办事
        # 处,…: 请根据承办要求,制定实施方案), of the notice its title line names (关于印发…
        # 责任分工的通知): they are its subject.
        before.append(passages[earlier].text)
        if earlier >= 1 and TITLE_LINE.match(passages[earlier - 1].text):
            before.append(passages[earlier - 1].text)
    # An item of a list (a tier of a reward, a condition) goes on from its lead-in; an
    # office asked (去哪个部门申报) is never such an item, which the lead-in would lift.
    lead_in = lead_in_of(answerer, hit, passages) if lead else ""
    if lead_in and lead_in not in before:
        before.append(lead_in)
    return " ".join(reversed(before))[-PARAGRAPH_CHARS:]


def lead_in_of(answerer: QuestionAnswerer, hit: PassageHit, passages: Sequence[PassageText]) -> str:
    """The sentence an item of a list goes on from: its parent section's own last sentence
    before the items (第四条 对首次认定的高企…进行奖励: / (三)…不低于300万元,给予60万元),
    found back over the items of that list; empty for a sentence in no list."""
    section = hit.passage.section or ""
    parent, _, _ = section.rpartition(_SECTION_SEPARATOR)
    if not parent:
        return ""
    for earlier in range(min(hit.number, len(passages)) - 1, -1, -1):
        other = passages[earlier].section or ""
        if other == parent:
            return passages[earlier].text
        if not other.startswith(parent + _SECTION_SEPARATOR):
            return ""
    return ""


def annual(answerer: QuestionAnswerer, document_id: int, year: int) -> bool:
    """Whether the document's title names ``year`` and no other (2020年政府工作报告…分解表):
    asked when something of that year's document was done (哪天作的), its sentence may
    name the year before (2019年12月30日…所作的《政府工作报告》)."""
    document = answerer.index.find_document(document_id)
    named = {int(y) for y in YEAR_NAMED.findall(document.title or "")} if document else set()
    return named == {year}


# A total due by the end of a year (到2019年底, 2019年底前, 至2020年): a running goal, not a figure
# of that year alone.
_DUE_BY = re.compile(r"(?:到|至|截至|截止到?)\s*((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:底|末)")


def runs_through(answerer: QuestionAnswerer, sentence: str, document_id: int, year: int) -> bool:
    """Whether ``sentence`` sets a total due by the end of a year after ``year`` (到2019年底,
    asked for 2018), naming no year at or before it, in a document about ``year`` (a
    2017—2019 plan): its figure is the one the plan sets over the year asked."""
    due = [int(first or second) for first, second in _DUE_BY.findall(sentence)]
    named = {int(y) for y in YEAR_NAMED.findall(sentence)}
    if not due or min(due) <= year or any(y <= year for y in named):
        return False
    return answerer.names_year((), document_id, year)


def numbered_items(
    answerer: QuestionAnswerer, hits: Sequence[PassageHit], number: int, words: Sequence[str]
) -> list[PassageHit]:
    """基本原则第一条: the sentences of the item numbered ``number`` under a heading found
    (1.坚持深化改革 under (二)基本原则), which say none of the question's words themselves."""
    seen = {(hit.document_id, hit.number) for hit in hits}
    documents = dict.fromkeys(hit.document_id for hit in hits)
    return [
        PassageHit(document_id, at, passage, 0.0)
        for document_id in documents
        for at, passage in enumerate(answerer.index.passages.by_document.get(document_id, []))
        if (document_id, at) not in seen and _item_of(passage.section, number, words)
    ][:PASSAGE_POOL]


def this_year_is(answerer: QuestionAnswerer, sentence: str, document_id: int, year: int) -> bool:
    """Whether ``sentence`` speaks of ``year`` as 今年: the year its document was issued
    (根据省委2010年工作部署…今年省政府工作的总体要求是 in a notice of 2011 is of 2011, not
    of the 2010 it cites)."""
    if _THIS_YEAR.search(sentence) is None:
        return False
    document = answerer.index.find_document(document_id)
    return document is not None and document.issued is not None and document.issued.year == year


# The words after a year asked that may name its document's title (2020年政府工作报告).
_AFTER_YEAR = 4


def year_names_document(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, document_id: int
) -> bool:
    """Whether the question's year is part of the name it calls the document by (谯城区2020年
    政府工作报告是在哪次会议上作的, of the 2020年政府工作报告…分解表): the year picks the
    document, not the time its sentences speak of (2019年12月30日…所作的《政府工作报告》)."""
    document = answerer.index.find_document(document_id)
    if document is None or parsed.year is None:
        return False
    titles = f"{document.title or ''} {document.short_title or ''}"
    for match in re.finditer(rf"{parsed.year}年度?", parsed.reading):
        after = parsed.reading[match.end() : match.end() + _AFTER_YEAR]
        if (
            len(after) == _AFTER_YEAR
            and re.fullmatch(r"[\u4e00-\u9fff]+", after)
            and re.search(rf"{parsed.year}年度?{re.escape(after)}", titles)
        ):
            return True
    return False


def with_continuations(
    answerer: QuestionAnswerer, hits: list[PassageHit], *, how_often: bool = False
) -> list[tuple[PassageHit, str]]:
    """Each hit, and after it the sentence that goes on from it (对各企业分别奖励…, 上述…):
    that one says the rest about what the hit names, so it is read with the hit before it.
    Asked ``how_often``, so does the next sentence of the hit's article that says a frequency
    (第四条市长质量奖分为两个奖项。每两年一届…): it speaks of what the hit names."""
    found: list[tuple[PassageHit, str]] = []
    seen = {(hit.document_id, hit.number) for hit in hits}
    for hit in hits:
        passages = answerer.index.passages.by_document.get(hit.document_id, [])
        goes_on = hit.number > 0 and (
            _CONTINUES.match(hit.passage.text)
            or _labels_next(passages[hit.number - 1], hit.passage)
        )
        found.append((hit, passages[hit.number - 1].text if goes_on else ""))
        following = hit.number + 1
        if following >= len(passages) or (hit.document_id, following) in seen:
            continue
        after = passages[following]
        said_how_often = (
            how_often
            and after.heading is not None
            and after.heading == hit.passage.heading
            and FREQUENCY.search(after.text) is not None
        )
        if _CONTINUES.match(after.text) or said_how_often or _labels_next(hit.passage, after):
            seen.add((hit.document_id, following))
            found.append((replace(hit, number=following, passage=after), hit.passage.text))
    return found


# A line that only names the item its next sentence rules on, under a number (1)农业外资。,
# (二)人才引进, 3.外资): short, no clause, no figure.
_ITEM_LABEL = re.compile(
    r"\s*(?:[((]?\s*[一二三四五六七八九十\d]{1,3}\s*[))、.．]|第[一二三四五六七八九十\d]{1,3}[条项点])"
    r"\s*[\u4e00-\u9fff]{2,12}[。::]?\s*"
)


def _labels_next(line: PassageText, after: PassageText) -> bool:
    """Whether ``line`` is a numbered item's label (1)农业外资。) whose rule is the sentence
    ``after`` it in the same section (以…为依据,按实际到账资金的1‰予以奖励): the rule names what
    it rules on only through the label, so it is read with it."""
    return (
        _ITEM_LABEL.fullmatch(line.text) is not None
        and not _heads_section(line)
        and after.section == line.section
        and _ITEM_LABEL.fullmatch(after.text) is None
        and _ITEM_NUMBER.match(after.text) is None
    )


def _heads_section(line: PassageText) -> bool:
    """Whether ``line`` is its section's own heading ((一)深化标准化行动 over its sentences): a
    heading is named by the 出处 of every sentence under it, never read into one of them."""
    names = [line.heading or "", (line.section or "").rsplit("/", 1)[-1]]
    return _bare(line.text) != "" and any(_bare(line.text) == _bare(name) for name in names)


def _bare(text: str) -> str:
    """``text``'s words without its item number and punctuation ((一)深化行动。 → 深化行动)."""
    number = _ITEM_NUMBER.match(text)
    return re.sub(r"[^\u4e00-\u9fff]", "", text[number.end() :] if number else text)


def reward_heads(answerer: QuestionAnswerer, document_id: int) -> str:
    """A document's title and opening lines: who handles a reward notice's objections is
    asked of any of its sentences (对…奖励公示有意见找哪个部门), and so is when it closes
    (…奖励公示到哪天截止: 公示时间:…—11月12日)."""
    document = answerer.index.find_document(document_id)
    title = f"{document.title or ''} {document.short_title or ''}" if document else ""
    opening = answerer.index.passages.by_document.get(document_id, [])[:HEAD_LINES]
    return " ".join([title, *(passage.text for passage in opening)])


# A field's label opening a sentence (审核方式:核准制, 申报时间:每年3月): up to a few characters
# before the colon.
_FIELD_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[::]")


def _labelled_fields_lifted(candidates: list[Candidate], parsed: ParsedQuestion) -> list[Candidate]:
    """用什么审核方式: in a document written as labelled fields (扶持范围:…, 审核方式:核准制), the
    field whose label is just what is asked for answers; the question's other words (科技类标准)
    name the document's subject, said in its other fields, so that field counts as fitting as
    well as the best of its own document's sentences (never better)."""
    asked = "".join(w for w in parsed.categories if w in parsed.words)
    if len(asked) < 3:
        return candidates
    best: dict[int, Candidate] = {}
    for candidate in candidates:
        if candidate.hit is not None:
            held = best.get(candidate.hit.document_id)
            if held is None or candidate.share > held.share:
                best[candidate.hit.document_id] = candidate
    lifted = []
    for candidate in candidates:
        hit = candidate.hit
        label = _FIELD_LABEL.match(hit.passage.text) if hit is not None else None
        top = best[hit.document_id] if hit is not None and label else None
        if label is None or top is None or label.group(1) != asked or top.share <= candidate.share:
            lifted.append(candidate)
            continue
        plain = top.plain if top.plain is not None else top.share
        missing = tuple(w for w in candidate.missing if w in top.missing)
        lifted.append(replace(candidate, share=top.share, plain=plain, missing=missing))
    return lifted


def search_terms(parsed: ParsedQuestion) -> list[str]:
    terms = vocabulary.search_words(" ".join((*parsed.words, *parsed.hints)))
    terms += [other for word in parsed.words for other in level_orders(word)]
    if parsed.year is not None:
        terms.append(str(parsed.year))
    return terms


YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
