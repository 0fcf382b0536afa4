"""Answers about a reward rule itself: who may claim, whether rewards add up, what caps them.

能拿这个奖励吗, 能重复拿吗, 奖励有没有上限: not a sum, but the clause of the documents that
grant rewards saying where and to whom they apply, that they do not stack (就高不重复), or
that their total is capped. Kept apart from the sums because these read the documents' own
condition sentences (``reward_terms.classify_sentence``), not the reward facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary
from policybot.knowledge.answer_sizes import LIST_LIMIT
from policybot.knowledge.answers import NOT_FOUND, Answer, FactLine
from policybot.knowledge.candidates import Candidate
from policybot.knowledge.confidence import Verdict, decide
from policybot.knowledge.extract.conditions import states_no_stacking
from policybot.knowledge.lines import passage_line
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.question_scope import Scope
from policybot.knowledge.reward_claims import REGISTERED_ELSEWHERE
from policybot.knowledge.reward_terms import (
    ConditionKind,
    RewardTerm,
    cap_clause,
    classify_sentence,
    requires_local_registration,
)
from policybot.knowledge.rule_reach import APPLIES
from policybot.knowledge.shown_parts import shown_part

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer


# 能重复拿吗, 可以叠加吗, 能同时享受吗: how rewards add up, which the documents' conditions say.
ASKS_STACKING = re.compile(
    r"重复|叠加|同时享受|同时拿|一并享受|兼得|累加|都能拿|都拿|同时符合|就高|从高"
)


ABOUT_REWARDS = re.compile(r"奖|补助|资助|补贴|扶持")


# 奖励有没有上限, 最多拿多少: a cap on the rewards as a whole (no reward named), which a
# document's overall-cap clause says (奖励资金总额不超过…). A reward named (技改补贴上限多少)
# is asked its own 最高…万元.
ASKS_CAP = re.compile(r"上限|封顶|限额|最多|最高")


_CONDITION_ORDER = (ConditionKind.NO_STACKING, ConditionKind.OVERALL_CAP, ConditionKind.SCOPE)


# The asking of 要满足什么条件, 哪些单位能申请: no topic of its own, the applicability clause
# being the answer.
_CONDITION_ASKING = frozenset({"满足", "具备", "符合", "条件", "要求", "申请", "申报"})


# Kinds of asker an applicability clause speaks of in general terms.
ENTITY_WORDS = frozenset({"企业", "单位", "公司", "有限公司", "集团", "机构", "个人", "组织"})


def applicability(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """能拿这个奖励吗: the clause saying where and to whom the rules apply answers it, when
    the rest of the question (beyond the asker's place or kind) is what that clause is for.
    With no place named (什么企业可以申请奖励), the documents granting rewards are weighed."""
    documents: Iterable[int]
    if scope.document_ids is not None:
        documents = scope.document_ids
    elif ABOUT_REWARDS.search(parsed.reading):
        documents = rewarding_documents(answerer, scope)
    else:
        return None
    best: Candidate | None = None
    for document_id in sorted(documents):
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            if not APPLIES.search(passage.text):
                continue
            text = f"{passage.section or ''} {passage.text}"
            measured = answerer.measurer.measure(parsed, text, document_id)
            if best is None or measured.share > best.share:
                shown = shown_part(passage.text, parsed)
                line = passage_line(answerer.index, document_id, number, passage, shown)
                title = vocabulary.normalise(answerer.index.document(document_id).title or "")
                # (A word its document's title says names the rule, not a case of it.)
                unsaid = tuple(w for w in measured.missing if w not in title)
                best = Candidate(measured.share, unsaid, line)
    if best is None:
        return None
    named = [w for w in best.missing if w not in ENTITY_WORDS and w not in _CONDITION_ASKING]
    if not parsed.has_topic or decide(best.share) == Verdict.ANSWER or not named:
        return answerer.found(parsed, scope, [best.line])
    return None


# 外地注册的企业, 外地企业能拿吗: a firm registered outside the region the rules are of.
_ELSEWHERE_ASKED = re.compile(
    rf"{REGISTERED_ELSEWHERE.pattern}|(?:外地|外省|外市|异地)的?(?:企业|公司)"
)


def registered_elsewhere(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """外地注册的企业能拿吗: the scope clause of the rewarding documents in scope that rewards only
    firms registered in the region answers 不适用, with the clause. None when the question asks
    no such thing or no such clause is written (the question is then a lookup)."""
    if not _ELSEWHERE_ASKED.search(parsed.text) or not ABOUT_REWARDS.search(parsed.reading):
        return None
    lines: list[FactLine] = []
    for document_id in sorted(rewarding_documents(answerer, scope)):
        # (本办法适用于在…注册的企业 names no reward: read as the document's scope all the same.)
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            if APPLIES.search(passage.text) and requires_local_registration(passage.text):
                shown = re.sub(
                    r"^\s*[(（]?[一二三四五六七八九十\d]{1,3}[)）.、]\s*|[。;；]+$",
                    "",
                    passage.text,
                )
                lines.append(passage_line(answerer.index, document_id, number, passage, shown))
    if not lines:
        return None
    answer = answerer.found(parsed, scope, lines[:LIST_LIMIT])
    return replace(answer, headline="不适用:原文只奖励在本地注册的企业,外地注册的企业不在范围内")


# 奖励什么时候受理, 申报截止时间: when claims are taken, the words of applying only.
_APPLYING = frozenset(
    {"申请", "申报", "受理", "截止", "提交", "报送", "办理", "兑现", "申领", "集中", "时间", "日期"}
)
# "每年3月31日前受理上年度奖励申请": a sentence naming a time and the taking of claims.
_WINDOW_SENTENCE = re.compile(
    r"(?=.*(?:受理|申报|申请|提交|报送))(?=.*(?:\d{1,2}月(?:\d{1,2}日)?|季度|上半年|下半年|年初|年底|"
    r"每年|工作日|截止))"
)


def application_window(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """奖励申请什么时候受理: the sentence of the documents in scope granting rewards that says
    when claims are taken (每年3月31日前受理上年度奖励申请), the best by the question's words.
    None when the question names more than applying, or no such sentence is written."""
    if any(word not in _APPLYING for word in parsed.words) or not parsed.words:
        return None
    best: Candidate | None = None
    for document_id in sorted(rewarding_documents(answerer, scope)):
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            for sentence in re.findall(r"[^。;;]+", passage.text):
                if not _WINDOW_SENTENCE.match(sentence) or not ABOUT_REWARDS.search(
                    f"{passage.section or ''} {sentence}"
                ):
                    continue
                measured = answerer.measurer.measure(parsed, sentence, document_id)
                if best is None or measured.share > best.share:
                    line = passage_line(answerer.index, document_id, number, passage, sentence)
                    best = Candidate(measured.share, measured.missing, line)
    if best is None:
        return None
    return answerer.found(parsed, scope, [best.line])


def reward_caps(answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
    """奖励有没有上限: the clauses capping the rewards in total (奖励资金总额不超过…) of the
    documents in scope that grant rewards lead, the reward list itself being one line
    pointing to it. None when no such document writes a cap (the question is then a lookup)."""
    rewarding = rewarding_documents(answerer, scope)
    caps = condition_lines(answerer, rewarding, (ConditionKind.OVERALL_CAP,))
    lines = [line for _, line in caps]
    if not lines:
        return None
    answer = answerer.found(parsed, scope, lines[:LIST_LIMIT], listing=len(lines) > 1)
    capped = {line.citation.document_id for line in lines if line.citation is not None}
    count = sum(rewarding[document_id] for document_id in capped)
    places = sorted(
        {answerer.index.region_name(answerer.index.document(d).region_id) or "" for d in capped}
        - {""}
    )
    where = " ".join(places[:1]) if len(places) == 1 else ""
    pointer = f"各项奖励金额(共{count}项)发 /rewards {where} 查看".replace("  ", " ")
    return replace(answer, headline=lines[0].label, notes=(pointer,))


_ITEM_NUMBER = re.compile(r"[\s、.()()一二三四五六七八九十\d]*")


def _as_cap(line: FactLine) -> FactLine:
    """A cap closing a rule's sentence (对…每项奖励20万元,全年奖励资金总额不超过90万元) is the
    document's: the line is its clause, cited as the document's words, not under the rule's
    item (一、奖励标准 / 2)."""
    clause = cap_clause(line.citation.quote)
    if clause is None:
        return line
    section = line.citation.section
    if section and " / " in section:
        section = section.rsplit(" / ", 1)[0]  # the item's own heading is not where it stands
    elif section and _ITEM_NUMBER.fullmatch(section):
        section = None
    return replace(
        line, label=clause, citation=replace(line.citation, quote=clause, section=section)
    )


def reward_conditions(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """能重复拿吗, 能叠加吗: the sentences that limit how rewards add up (就高不重复, a cap
    on the total), then where they apply, of the documents in scope that grant rewards.
    None when no document in scope writes such a limit (the question is then a lookup)."""
    limits = condition_lines(answerer, rewarding_documents(answerer, scope), _CONDITION_ORDER)
    found = [(_CONDITION_ORDER.index(kind), line) for kind, line in limits]
    if not any(rank < _CONDITION_ORDER.index(ConditionKind.SCOPE) for rank, _ in found):
        return None
    found.sort(key=lambda item: item[0])
    lines = [line for _, line in found]
    # one sentence answers by itself: not said again as a list of one under it
    answer = answerer.found(parsed, scope, lines[:LIST_LIMIT], listing=len(lines) > 1)
    if any(rank == _CONDITION_ORDER.index(ConditionKind.NO_STACKING) for rank, _ in found):
        return replace(answer, headline=lines[0].label)
    # No document says whether rewards add up: that is not found, however near the caps
    # come; they are shown, first, as what the documents do say.
    return replace(
        answer,
        found=False,
        headline=f"{NOT_FOUND}:原文没有写明奖励能否重复享受(就高不重复);文件中限制奖励的条件如下",
    )


def rewarding_documents(answerer: QuestionAnswerer, scope: Scope) -> Counter[int]:
    """The documents in ``scope`` that grant rewards, with how many reward facts each holds."""
    rewarding = Counter(
        fact.row.document_id for fact in answerer.index.facts() if fact.row.kind == FactKind.REWARD
    )
    if scope.document_ids is None:
        return rewarding
    return Counter({d: n for d, n in rewarding.items() if d in scope.document_ids})


def condition_lines(
    answerer: QuestionAnswerer, documents: Iterable[int], kinds: Sequence[str]
) -> list[tuple[str, FactLine]]:
    """The sentences of ``documents`` that state a condition of one of ``kinds`` (a cap on
    the total, 就高不重复…), document by document in id order, each as a line to show."""
    found: list[tuple[str, FactLine]] = []
    for document_id in sorted(documents):
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            term = classify_sentence(passage.text, document_id)
            if term is None and ConditionKind.NO_STACKING in kinds:
                term = _no_stacking_unnamed(passage.text, document_id)
            if term is None:
                continue
            kind = term.kind
            if (
                kind == ConditionKind.NO_STACKING
                and kind not in kinds
                and ConditionKind.OVERALL_CAP in kinds
                and cap_clause(term.quote) is not None
            ):
                kind = ConditionKind.OVERALL_CAP  # 就高不重复,单个企业…最高不超过150万元: a cap too
            if kind in kinds:
                line = passage_line(answerer.index, document_id, number, passage, term.quote)
                if kind == ConditionKind.OVERALL_CAP and ConditionKind.NO_STACKING not in kinds:
                    line = _as_cap(line)
                found.append((kind, line))
    return found


def _no_stacking_unnamed(text: str, document_id: int) -> RewardTerm | None:
    """The sentence of ``text`` saying, without naming a reward (按就高不重复原则执行), that the
    rules do not add up: in a document granting rewards, as the stored conditions read it."""
    for sentence in re.findall(r"[^。;;]+", text):
        if states_no_stacking(sentence):
            return RewardTerm(ConditionKind.NO_STACKING, sentence.strip(), document_id)
    return None


# The levels of a standard a reward rule pays for (主导制定国际标准、国家标准…).
_STANDARD_LEVEL = re.compile(r"(国际|国家|行业|地方|团体|企业|联盟)标准")


def rewards_another_standard_level(parsed: ParsedQuestion, answer: Answer) -> bool:
    """Whether a question about a reward names a level of standard (企业标准) that no reward
    found names, while those rewards name other levels (国际标准、国家标准)."""
    if not answer.found or not answer.facts or not ABOUT_REWARDS.search(parsed.reading):
        return False
    asked = {m.group(1) for m in _STANDARD_LEVEL.finditer(parsed.reading)}
    rewards = [
        line
        for line in answer.facts
        if line.kind == FactKind.REWARD or ABOUT_REWARDS.search(line.citation.quote)
    ]
    if not asked or not rewards:
        return False
    named = {
        m.group(1)
        for line in rewards
        for m in _STANDARD_LEVEL.finditer(f"{line.label} {line.citation.quote}")
    }
    return bool(named) and not asked & named
