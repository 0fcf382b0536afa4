"""The part of a long sentence a reply shows: the clauses around the one that answers.

A plan's sentence runs to hundreds of characters; a phone shows the clauses that say what is
asked (the one holding the value of the kind asked for, the question's rarer words), grown on
both sides while they fit. Every kind of answer that quotes a sentence cuts it here.
"""

from __future__ import annotations

import re

from policybot.knowledge.fits import CITED, DATE, MONEY, NUMBER
from policybot.knowledge.glossary import SYNONYMS
from policybot.knowledge.question import Asks, ParsedQuestion

SHOWN_CHARS = 200


_CLAUSE = re.compile(r"(?<=[,;:])")


def shown_part(
    sentence: str, parsed: ParsedQuestion, limit: int = SHOWN_CHARS, span: str | None = None
) -> str:
    """The part of a long sentence that answers: the clauses around the best-matching one,
    grown while they fit ``limit`` characters (the whole sentence when it is short). With
    ``span`` (the clause a fact was read from, part of ``sentence``), a clause of the span wins
    a tie: the question's words told 推动企业建立品牌管理体系 from …新增省级品牌企业20家 only
    by order, and the window showed the sentence's start, not the answer."""
    if len(sentence) <= limit:
        return sentence
    clauses = [c for c in _CLAUSE.split(sentence) if c]
    within = _clauses_of(clauses, sentence, span)
    # The clause that holds the kind of value asked for (第51次 for 第几次, a sum for 多少钱)
    # counts as one more word matched: it is the answer, the others its subject.
    form = _ASKED_FORMS.get(parsed.asks)
    # A word inside a cited document's title (《…“加大制造业大企业奖励力度”政策实施细则…》)
    # names that document, half as much the clause's own subject.
    said = [[_weight(word, clause) for word in parsed.words] for clause in clauses]
    hits = [sum(row) + _form_said(form, clause) for row, clause in zip(said, clauses, strict=True)]
    top = max(hits)
    if hits.count(top) > 1:
        # Clauses tied: a word most clauses say is the sentence's subject (资金 through a whole
        # notice), one few say is what sets the answering clause apart (不得用于…支出).
        spread = [sum(row[i] > 0 for row in said) or 1 for i in range(len(parsed.words))]
        hits = [
            top + sum(w / n for w, n in zip(row, spread, strict=True)) / (len(spread) or 1)
            if h == top
            else h
            for h, row in zip(hits, said, strict=True)
        ]
    best = max(range(len(clauses)), key=lambda i: (hits[i], i in within, -i))
    start, end = best, best + 1
    length = len(clauses[best])
    while True:
        grown = False
        for side in ("right", "left"):
            if side == "right" and end < len(clauses) and length + len(clauses[end]) <= limit:
                length += len(clauses[end])
                end += 1
                grown = True
            if side == "left" and start > 0 and length + len(clauses[start - 1]) <= limit:
                start -= 1
                length += len(clauses[start])
                grown = True
        if not grown:
            break
    text = "".join(clauses[start:end]).strip(",;: ")
    return ("…" if start > 0 else "") + text + ("…" if end < len(clauses) else "")


def _clauses_of(clauses: list[str], sentence: str, span: str | None) -> list[int]:
    """The indexes of ``clauses`` (of ``sentence``) that overlap ``span``; none when ``span``
    is not part of the sentence or is the whole of it."""
    span = (span or "").strip(",;:。 ")
    at = sentence.find(span) if span else -1
    if at < 0 or len(span) >= len(sentence.strip(",;:。 ")):
        return []
    kept, start = [], 0
    for number, clause in enumerate(clauses):
        end = start + len(clause)
        if start < at + len(span) and end > at:
            kept.append(number)
        start = end
    return kept


def _form_said(form: re.Pattern[str] | None, clause: str) -> float:
    """What saying the kind of value asked for counts for in ``clause``: 1, or half for a bare
    year (2024年促进…奖补资金 names the year of a programme; 于2024年12月底前 says when). A
    year in a cited doc number (粤工信函〔2022〕41号) is no value the clause says."""
    if form is None:
        return 0.0
    found = [m.group(0) for m in form.finditer(CITED.sub(" ", clause))]
    if not found:
        return 0.0
    return 1.0 if form is not DATE or any(not _BARE_YEAR.fullmatch(f) for f in found) else 0.5


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _weight(word: str, clause: str) -> float:
    """What ``clause`` saying ``word`` counts for: 1 as its own words, ``CITED_WORD`` inside
    a cited title or in a clause giving the basis of the notice, 0 not at all."""
    if _said_in(word, CITED.sub(" ", clause)):
        return CITED_WORD if _BASIS.match(clause) else 1.0
    return CITED_WORD if word in clause else 0.0


def _said_in(word: str, clause: str) -> bool:
    """Whether ``clause`` says ``word``, as written or in another form the documents use for
    it (不能用于 asked, 不得用于 written)."""
    return word in clause or any(
        other in clause for group in SYNONYMS if word in group for other in group
    )


_ASKED_FORMS = {Asks.NUMBER: NUMBER, Asks.MONEY: MONEY, Asks.DATE: DATE}


# What a word matched only inside a cited title counts for, in choosing the clause shown.
CITED_WORD = 0.5

# A clause giving what a notice is issued on (根据省政府审议通过的“新一轮…方案”): the words it
# shares with a question name the notice's basis, as a cited title's do, not what is asked.
_BASIS = re.compile(r"\s*(?:根据|依据)")
