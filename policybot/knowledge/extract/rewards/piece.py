"""Orchestration: the reward rules of one piece, read in order.

Reads sums stated before their recipients first, then splits a paragraph into parts and clause
groups and runs the readers of this package on each in a fixed order (tiers led by an honour or
the "对…给予" rule, else the other readings), and completes every record from its neighbours
and its heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.career_rewards import promotion_rewards
from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.handed_rates import rates_handed_over
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.participant_shares import standalone_share, with_participant_shares
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.clauses import _clean_granted
from policybot.knowledge.extract.rewards.headings import (
    _achievement_of_heading,
    _grant_before,
    _grant_in_sentence,
    _per_item_subject,
    _promise_under_heading,
    _second_recipients,
    _subject_of_heading,
)
from policybot.knowledge.extract.rewards.levels import _level, _role
from policybot.knowledge.extract.rewards.notices import _awards_in_part
from policybot.knowledge.extract.rewards.prizes import (
    _grade_of_named_award,
    _grades_listed_after,
    _name_the_award,
    _prize_sums,
    _resolve_reference,
)
from policybot.knowledge.extract.rewards.rates import (
    _further_class_rates,
    _rate_bands,
    _shared_ceiling,
)
from policybot.knowledge.extract.rewards.rules import _rewards_in_part
from policybot.knowledge.extract.rewards.sums import (
    _bare_per_item_sum,
    _class_total,
    _classes_after_qizhong,
    _firm_sums,
    _fund_notice,
    _honour_total,
    _kind_sums,
    _labelled_sum,
    _list_total,
    _per_unit_grant,
    _second_payer,
    cited_bases,
    upper_ends_of_ranges,
)
from policybot.knowledge.extract.rewards.tiers import (
    _complete_tier,
    _led_tiers,
    _sums_stated_after,
    _tier_after_lead,
    _tier_of_colon_lead,
)
from policybot.knowledge.extract.rewards.vocabulary import (
    _CAP,
    _ITEM_NUMBER,
    _LEVEL_WORD,
    _REWARD_CUE,
    _SUM,
    _VERBS,
)
from policybot.knowledge.extract.role_ratios import with_role_ratios
from policybot.knowledge.extract.structure import Piece

# "第二条奖励范围和对象。", "适用范围:": an article that says who may be rewarded; its "予以奖励"
# promises nothing the later articles with sums do not.
_SCOPE_HEADING = re.compile(
    r"(?:奖励|扶持|资助|补助|补贴|适用)(?:范围|对象)(?:(?:和|及|与)(?:范围|对象))?\s*[。::]\s*$"
)


def _after_scope_heading(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with a scope heading (``_SCOPE_HEADING``), looked for at its
    end only: searching the whole text before each part of a long paragraph grows with the
    square of its length."""
    at = end
    while at > 0 and text[at - 1].isspace():
        at -= 1
    at -= 1  # the stop after the heading
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return _SCOPE_HEADING.search(text, max(0, at - 8), end) is not None


# "某区高企补贴政策,通过认定一次性奖励30万元!": a page's headline (exclaimed) sums up the rule
# below it; the rule itself is read where the document states it.
_EXCLAIMED = re.compile(r"[!!]\s*$")


def rewards_in_piece(
    piece: Piece, ctx: DocContext, section: str | None, colon_lead: str | None = None
) -> list[RewardRecord]:
    """Reward rules of a paragraph; each ;-part or ",对…" clause group states at most one, and
    so does each sibling clause with its own achievement and sum (``_sibling_parts``).

    ``colon_lead``: the line ending in ":" above the paragraph ("对获得省级以上质量奖的企业:"),
    which names what the tiers below it are tiers of."""
    records: list[RewardRecord] = []
    read: list[tuple[int, int]] = []
    for match, record in _sum_first_rewards(piece, ctx, section):
        records.append(record)
        read.append((piece.start + match.start(), piece.start + match.end()))
    for part in re.finditer(r"(?:^|(?<=[;。])|(?<=,)(?=对))[^;。]+?(?=,对|[;。]|$)", piece.text):
        if _EXCLAIMED.search(part.group(0)):
            continue
        if _after_scope_heading(piece.text, part.start()) and not find_money(part.group(0)):
            continue  # "奖励范围和对象。对获得…的企业予以奖励": who may be rewarded, not a reward
        start = piece.start + part.start()
        if any(begin <= start < end for begin, end in read):
            continue  # read as a sum stated before its recipients
        sentence_start = max(piece.text.rfind(mark, 0, part.start()) for mark in "。;!?") + 1
        siblings = _sibling_parts(part.group(0))
        for start, end in siblings:
            text, offset = part.group(0)[start:end], piece.start + part.start() + start
            found = _led_tiers(text, offset, ctx, section) or _rewards_in_part(
                text, offset, ctx, section, piece.text[sentence_start : part.start() + start]
            )
            if not found:
                found = _other_readings(text, offset, ctx, section)
            completed: list[RewardRecord] = []
            for record in found:  # a tier takes the rest from the one just before it
                record = _second_payer(record, records + completed)
                completed.append(_complete_tier(_tier_after_lead(record), records + completed))
            found = completed
            if len(siblings) > 1:  # tiers: each names its level
                found = [
                    replace(record, level=_level(record.achievement) or record.level)
                    for record in found
                ]
            found = [
                _grant_in_sentence(
                    _grant_before(
                        _per_item_subject(
                            _grade_of_named_award(
                                _resolve_reference(_name_the_award(record, piece, ctx), piece),
                                piece,
                            ),
                            piece,
                        ),
                        piece,
                    ),
                    piece,
                )
                for record in found
            ]
            found = _classes_after_qizhong(text, found)
            found = [_tier_of_colon_lead(record, colon_lead) for record in found]
            found = [_subject_of_heading(record, piece, section) for record in found]
            found = [_achievement_of_heading(record, section) for record in found]
            found = [tier for record in found for tier in _sums_stated_after(record, piece)]
            found = _rate_bands(text, offset, ctx, section, found, piece.text)
            if found:
                found = found + _further_class_rates(text, offset, ctx, section)
            records.extend(found + _second_recipients(text, offset, found, ctx, section))
    final = [
        _shared_ceiling(record, piece)
        for record in cited_bases(records, ctx.text)
        if not (record.amount_yuan is None and _PAYMENT_ROUTE.match(record.treatment or ""))
    ]
    final = [graded for record in final for graded in _grades_listed_after(record, piece)]
    if not final:
        # "(三)参与制定的单位,减半奖励。": a share of the sums of the items before it
        share = standalone_share(piece, ctx.region, section)
        return [share] if share is not None else []
    # a range's upper end first: a participant's share is a share of what the leader is paid
    return with_role_ratios(with_participant_shares(upper_ends_of_ranges(final), piece), piece)


# "对国家机关、事业单位及其在职在编人员,奖励兑付到所在单位": where a reward is paid when its
# recipient may not keep it, a rule on the rewards the text grants, no reward of its own (B30-6).
_PAYMENT_ROUTE = re.compile(
    r"^(?:其)?(?:奖励|奖金|奖励资金|资金)?(?:兑付|拨付|发放|支付|划拨|转入)(?:到|至|给)"
)


# "给予20万元奖励,对新获得中国驰名商标的企业", "一次性奖励10万元:对首次获得…称号的企业": the
# sum first, then whom it is for (the usual order is the other way round).
_SUM_FIRST = re.compile(
    rf"(?:^|(?<=[。;]))\s*{_ITEM_NUMBER}(?P<treatment>(?:一次性)?(?:给予|奖励|补助|资助|奖补)"
    r"[^,;。:对]{0,10}?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)(?:的)?(?:一次性)?"
    r"(?:奖励|奖金|补助|资助|奖补|扶持资金)?)\s*[,:]\s*(?:对于?|给予|奖励给?)"
    r"(?P<achievement>[^,;。:]{3,80}?)(?:的(?P<recipient>[\u4e00-\u9fff]{0,6}?(?:单位|企业|个人|机构|项目|团队|组织)))?"
    r"\s*(?=[。;]|$)"
)


def _sum_first_rewards(
    piece: Piece, ctx: DocContext, section: str | None
) -> list[tuple[re.Match[str], RewardRecord]]:
    records: list[tuple[re.Match[str], RewardRecord]] = []
    for match in _SUM_FIRST.finditer(piece.text):
        achievement = _clean_granted(match["achievement"])
        if len(achievement) < 3 or find_money(achievement):
            continue
        amount = next(value for _, value in find_money(match["amount"]))
        start, end = piece.start + match.start("treatment"), piece.start + match.end()
        record = RewardRecord(
            region=ctx.region,
            achievement=achievement[:120],
            quote=match.group(0).strip()[:160],
            role=_role(achievement),
            level=_level(achievement),
            amount_yuan=amount,
            is_cap=bool(_CAP.search(match["treatment"])),
            span=Span(start, end, section),
        )
        records.append((match, record))
    return records


def _other_readings(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """The rewards of a part that neither a tier nor a "对…给予" rule reads: the first of these
    readings that finds any, in this order (the earlier ones are the stricter shapes)."""
    readings = (
        _awards_in_part,
        _labelled_sum,
        _per_unit_grant,
        _bare_per_item_sum,
        _list_total,
        _kind_sums,
        _prize_sums,
        _class_total,
        _honour_total,
        _promise_under_heading,
        _firm_sums,
        rates_handed_over,
        promotion_rewards,
        _fund_notice,
    )
    for reading in readings:
        found = reading(text, offset, ctx, section)
        if found:
            return found
    return []


# ",获奖省级专利奖评选奖励10万元" after "获奖中国专利奖评选的奖励20万元": a sibling rule, with
# its own achievement (a verb or a level word opens it) and its own sum.
_SIBLING = re.compile(
    rf",(?=(?:对于?)?(?:首次|新)?(?:{'|'.join(_VERBS)}|获奖|获评|获|被评为|被认定为){{0,2}}{_LEVEL_WORD}"
    rf"[^,;。]{{0,60}}?(?:奖励|奖补|补助|资助|补贴|给予)[^,;。]{{0,8}}?{_SUM}|"
    # ",技改投入3000万元至5000万元的企业奖补10万元": a band or threshold of the same measure
    rf"[\u4e00-\u9fff]{{2,16}}\d+(?:\.\d+)?\s*(?:万|亿)?元?(?:至|到|-|~)?[^,;。]{{0,12}}?"
    rf"(?:以上|以下|之间|(?:至|到)\d+(?:\.\d+)?\s*(?:万|亿)?元)的?(?:企业|单位|项目)?"
    rf"(?:一次性)?(?:奖励|奖补|补助|资助|补贴)\s*{_SUM}|"
    # ",重新认定的每家奖励5万元": an achievement of its own, closed by 的, with its own sum
    rf"(?:对于?)?[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(_VERBS)})[^,;。的]{{0,30}}的"
    # ",评为国家级…企业的,再奖励30万元": a further sum (再/另/还) for the higher tier
    rf"(?:企业|单位|项目)?,?(?:再|另|还)?(?:每(?:家|个|项|户|件))?(?:一次性)?"
    rf"(?:奖励|奖补|补助|资助|补贴|给予)"
    rf"[^,;。]{{0,6}}?{_SUM}|"
    # ",在新三板挂牌的企业,奖励100万元", ",考核良好的乡镇给予5万元奖励": the next tier of a rule
    # written as its own "…的<recipient>,<verb><sum>" clause, whatever verb its achievement has
    rf"(?:对于?)?[^,;。的]{{2,30}}的[\u4e00-\u9fff]{{0,8}}?,?(?:再|另|还)?"
    rf"(?:每(?:家|个|项|户|件|人))?(?:一次性)?(?:奖励|奖补|补助|资助|补贴|给予)"
    rf"[^,;。]{{0,6}}?{_SUM})"
)


def _sibling_parts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clause groups of a part: a sibling clause starts a new group once
    the group before it has its own reward and sum ("国家级…奖励30万元,省级…奖励15万元")."""
    cuts = [0]
    for sibling in _SIBLING.finditer(text):
        before = text[cuts[-1] : sibling.start()]
        if _REWARD_CUE.search(before) and re.search(_SUM, before) and _list_closed(before):
            cuts.append(sibling.start() + 1)
    return list(zip(cuts, [*cuts[1:], len(text)], strict=True))


# "分别给予300万元、200万元奖励": a 分别 whose list of sums is written out in full before the next
# clause; a group whose 分别 has no sums after it yet is still open.
_RESPECTIVE_SUMS = re.compile(rf"分别[^,;。]{{0,16}}?{_SUM}(?:\s*(?:、|和|及)\s*{_SUM})+")


def _list_closed(before: str) -> bool:
    """Whether a clause group's 分别 (if any) has its sums already, so a sibling may follow."""
    return "分别" not in before or _RESPECTIVE_SUMS.search(before) is not None
