"""What is done at a frequency, asked with no other topic (湖州每年都要干啥, 每季度要做哪些事):
the recurring duties in scope of that frequency, one line each, as the deadline lists list
what falls due. A question naming what it is about (每季度要对质量状况做什么) is left to the
sentences that say it. The answerer is passed in for its shared reply building."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.answer_sizes import LIST_LIMIT, PASSAGE_POOL
from policybot.knowledge.answers import Answer
from policybot.knowledge.labels import EVERY_LABELS
from policybot.knowledge.lines import passage_line
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.question_scope import Scope
from policybot.knowledge.search import IndexedFact
from policybot.knowledge.shown_parts import shown_part

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# Asking what is done (做什么, 干啥 as read, 哪些事), not how often or how much.
_WHAT_DONE = re.compile(r"[做干](?:什么|哪些|啥)|哪些(?:事|工作|任务)|什么(?:事|工作|任务)")
# The frequencies as people say them, by the duty's period.
_SAID = {"每季": "quarter", "每年度": "year"}


def recurring_list(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """The duties recurring at the frequency asked, or None when the question is not only
    that or none recurs so (the other answers then look)."""
    if not _WHAT_DONE.search(parsed.reading):
        return None
    periods = {said: every for every, said in EVERY_LABELS.items()} | _SAID
    if not parsed.words or any(word not in periods for word in parsed.words):
        return None
    asked = {periods[word] for word in parsed.words}
    facts = [
        fact for fact in _in_scope(answerer, scope, FactKind.RECURRING) if fact.row.every in asked
    ]
    if "year" in asked:
        facts += yearly_targets(answerer, scope)
    if not facts:
        return None
    lines = [answerer.line(fact) for fact in facts]
    # The other sentences of their plans saying the frequency (每年组织1000人次…) are duties
    # of it too, which the extraction did not keep as facts.
    quotes = {fact.row.quote for fact in facts}
    documents = {fact.row.document_id for fact in facts}
    said = list(parsed.words)
    for hit in answerer.index.passages.search(said, document_ids=documents, limit=PASSAGE_POOL):
        text = hit.passage.text
        if not any(word in text for word in said) or any(
            text in quote or quote in text for quote in quotes
        ):
            continue
        quotes.add(text)
        shown = shown_part(text, parsed)
        lines.append(passage_line(answerer.index, hit.document_id, hit.number, hit.passage, shown))
    return answerer.found(parsed, scope, lines, listing=True, total=len(lines))


# A report asked by its period (季度报告, 月度报表, 年度总结什么时候交): the period's words, and
# what such a report is called.
_PERIOD_WORDS = {
    "季度": "quarter",
    "每季度": "quarter",
    "季": "quarter",
    "月度": "month",
    "每月": "month",
    "半年": "half-year",
    "半年度": "half-year",
    "年度": "year",
    "每年": "year",
}
_REPORT_WORDS = frozenset({"报告", "报表", "报送", "上报", "汇报", "通报", "总结"})
# A duty of reporting: the plans write 报送, 上报, 报告, 通报, 汇报, 报市…
_REPORTING = re.compile(r"报|总结")


def report_duties(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """季度报告什么时候交: the recurring duties of that period that report (每季度首月5日前…报送
    上季度工作进展), a sure answer — the period and the reporting are what was asked, whatever
    verb the plan reports with. None when the question asks anything else, or no such duty is
    in scope (the other answers then look)."""
    if parsed.asks != Asks.DATE or not parsed.words:
        return None
    words = [part for word in parsed.words for part in _period_and_report(word)]
    periods = {_PERIOD_WORDS[word] for word in words if word in _PERIOD_WORDS}
    reports = [word for word in words if word in _REPORT_WORDS]
    if len(periods) != 1 or not reports or len(periods) + len(reports) < len(words):
        return None
    facts = [
        fact
        for fact in _in_scope(answerer, scope, FactKind.RECURRING)
        if fact.row.every in periods and _REPORTING.search(fact.row.quote or "")
    ]
    if not facts:
        return None
    lines = [answerer.line(fact) for fact in facts]
    return answerer.found(parsed, scope, lines, listing=len(lines) > 1, total=len(lines))


def _period_and_report(word: str) -> tuple[str, ...]:
    """``word`` as a period and a report when it is both in one (jieba keeps 年度报告 whole)."""
    for period in _PERIOD_WORDS:
        rest = word[len(period) :]
        if word.startswith(period) and rest in _REPORT_WORDS:
            return (period, rest)
    return (word,)


def yearly_targets(answerer: QuestionAnswerer, scope: Scope) -> list[IndexedFact]:
    """The targets set per year (每年新增…家以上) in scope: the yearly commitments a region
    makes, listed with the duties as their numbers (value first), not as their sentences."""
    return [fact for fact in _in_scope(answerer, scope, FactKind.TARGET) if fact.row.per_year]


def _in_scope(answerer: QuestionAnswerer, scope: Scope, kind: str) -> list[IndexedFact]:
    """The facts of ``kind`` in the question's places and documents (the places named
    exactly when there are any), as many as a list shows."""
    result = answerer.index.search(
        None,
        kinds=[kind],
        region_ids=scope.exact_regions or scope.region_ids,
        document_ids=scope.document_ids,
        limit=LIST_LIMIT,
    )
    return list(result.hits)
