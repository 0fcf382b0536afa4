"""主导国际标准最高奖多少, 市长质量奖最多能拿多少: the most one named reward rule pays.

Searched as typed, 最高 found the sentence of another clause that writes it — a cap on all the
rewards a firm gets in a year (同一企业同一年度累计奖励最高不超过200万元) — and answered it as
the rule's (attack54 M8). The rule is asked as how much it rewards (主导国际标准奖励多少), as any
reward question finds it; its own cap written beside its sum (每项10万元,…最高不超过30万元)
answers, else the largest of its sums (获得市长质量奖 50万元 above its 提名奖 10万元) — when the
answer as typed is another clause's (its own sentence stands, a partial match stays one). Rewards
asked as a whole (奖励最高多少, 累计最多拿多少) are the caps' (``reward_rule_answers``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 最高奖多少, 最高奖励是多少, 最多能拿多少钱, 奖励最高多少万元: the most asked, at the end.
_TOP_ASKED = re.compile(
    r"(?:的)?(?:奖励|奖金)?(?:最高|最多)(?:能|可以|可)?(?:奖励?|奖金|拿|给|补助|资助|补贴)?"
    r"(?:是|有|为)?(?:多少|几)(?:钱|万元|元|万)?[??。]*$"
)
# A cap on the rewards together (累计, 总额, 同一企业, 每年) or a tier by rank (最高档): not one
# rule's most.
_TOGETHER = re.compile(r"累计|总额|合计|一共|总共|加起来|同一|每家|每个企业|年度|每年|各项|档")
# A clause of the rule's sentence writing its own cap (同一企业年度奖励最高不超过30万元).
_OWN_CAP = re.compile(r"[^,,;;。]*(?:最高|最多|不超过|封顶)[^,,;;。]*?\d[^,,;;。]*")
# A figure of a sum, with its scale (50万元, 1.5亿元, 10-50万元: 10 scaled as 50 is).
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿)?")
_SCALE = {"万": 1e4, "亿": 1e8}


def rule_top(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply to the most one named reward rule pays: the rule's own cap written beside its
    sum, else its largest sum; None when the question asks no rule's most, names no rule, or
    the rule asked as how much it rewards is not found for certain."""
    asked = _TOP_ASKED.search(parsed.text)
    if asked is None or _TOGETHER.search(parsed.text):
        return None
    topic = parsed.text[: asked.start()]
    if not topic or not _names_more_than_a_place(answerer, topic):
        return None
    asked_rule = parse_question(f"{topic}奖励多少", answerer.index, answerer.today)
    if asked_rule.unknown_places:
        return None  # (a place out of the store is refused as typed, not given another's rule)
    typed = answerer.answer_as_typed(parsed)
    if not typed.found or typed.hedged or not typed.facts or _of_the_rule(typed, asked_rule):
        # (its answer as typed is the rule's own sentence, and stands; a partial match stays
        # one: dev q0831, a rule out of the store, would be given another rule's sum)
        return None
    rule = answerer.answer(asked_rule)
    if not rule.found or rule.hedged or not rule.facts or not _of_the_rule(rule, asked_rule):
        return None
    sums = [line for line in rule.facts if line.kind == FactKind.REWARD and _top(line) is not None]
    if not sums or rule.facts[0] not in sums:
        return None
    capped = [line for line in sums if _OWN_CAP.fullmatch(line.value or "")]
    top = max(capped or sums, key=lambda line: _top(line) or 0.0)
    own_cap = _own_cap(top)
    if own_cap is not None and own_cap != top.value:
        headline = f"{own_cap}({top.value})"
    elif len(sums) > 1:
        headline = f"{top.value}({top.label})"
    else:
        headline = top.value or ""
    rest = [line for line in rule.facts if line is not top]
    return replace(rule, headline=headline, facts=(top, *rest))


def _of_the_rule(answer: Answer, rule: ParsedQuestion) -> bool:
    """Whether the answer's first line writes every word of the rule asked (主导, 国际标准), in its
    label or its sentence: the rule's own, not another clause's cap (累计奖励最高不超过…)."""
    lead = answer.facts[0]
    said = f"{lead.label} {lead.citation.quote}"
    return all(word in said for word in rule.words)


def _names_more_than_a_place(answerer: QuestionAnswerer, topic: str) -> bool:
    """Whether ``topic`` names something beyond the place it opens with (黛山主导国际标准, not
    黛山 alone: its rewards as a whole are the caps')."""
    aliases = answerer.index.names.region_aliases
    place = max((name for name in aliases if topic.startswith(name)), key=len, default="")
    return bool(re.sub(r"[的的\s]", "", topic[len(place) :]))


def _top(line: FactLine) -> float | None:
    """The largest figure of a reward line's sum (50 of 10-50万元, scaled), None with none."""
    matches = list(_NUMBER.finditer(line.value or ""))
    if not matches:
        return None
    last_scale = next((m.group(2) for m in reversed(matches) if m.group(2)), None)
    return max(float(m.group(1)) * _SCALE.get(m.group(2) or last_scale or "", 1) for m in matches)


def _own_cap(line: FactLine) -> str | None:
    """The clause of the rule's own sentence writing a cap of it (同一企业年度奖励最高不超过30万元),
    when its quote writes one after the sum."""
    quote = line.citation.quote
    value = line.value or ""
    digits = re.sub(r"[^\d.]", "", value)
    at = quote.find(digits) if digits else -1
    if at < 0:
        return None
    clause = _OWN_CAP.search(quote, at + len(digits))
    if clause is None:
        return None
    return clause.group(0).strip()
