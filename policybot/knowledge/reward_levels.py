"""Levels of government paying for the same achievement: a district's rule paying on top of its
city's (区财政再给予10万元), a city's on top of its province's, and the clauses that forbid it.

The calculator prices a request by the most local document rewarding it; this module adds each
enclosing region's rule where the lower one pays on top, prices by the region above what the
place's own rules do not reward, pays a 每家 rule once per firm, keeps only the higher of two
levels a 不再重复 clause names, prices a share of the level above (按市级奖励金额的50%再给予),
and says each region's caps of its own part. It never reads the store itself: the pricing of one
document's rules comes from the calculator (``Pricer``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from policybot.knowledge.answers import format_yuan
from policybot.knowledge.calculation import (
    NO_RULE,
    Calculation,
    ConditionOutcome,
    LineStatus,
    RewardLine,
    fact_line,
    line_amounts,
)
from policybot.knowledge.reward_claims import Claim, ClaimSheet
from policybot.knowledge.reward_terms import ConditionKind
from policybot.knowledge.search import IndexedFact, KnowledgeIndex
from policybot.knowledge.stacked_rewards import (
    encloses,
    not_paid_again,
    pays_on_top,
    stacked_headline,
)

# Documents ranked for a request, best first: (document id, its reward rules).
Ranked = list[tuple[int, list[IndexedFact]]]


class Pricer(Protocol):
    """Prices ``sheet`` by one document's rules (the calculator's ``_price``)."""

    def __call__(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        document_id: int,
        rules: list[IndexedFact],
        where: str | None,
        others: tuple[str, ...],
    ) -> Calculation: ...


@dataclass(frozen=True)
class RegionLevels:
    """Adds the rules of the regions above a priced place, pricing each with ``price``."""

    price: Pricer

    def with_regions_above(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        priced: Calculation,
        ranked: list[tuple[int, list[IndexedFact]]],
    ) -> Calculation:
        """A district's document whose rule pays on top of its city's (区财政再给予10万元奖励,
        ``stacked_rewards.pays_on_top``) priced together with the city's rule for the same
        achievement: both lines, each cited, and their sum (共30万元:青石市东湖区 10万元 + 青石市
        20万元). A district's rule that says no such thing is priced alone, as before, the
        city's document named beside it (未合并计算)."""
        if not priced.lines:
            return priced
        home = index.document(priced.lines[0].citation.document_id).region
        if home and home != priced.region and encloses(home, priced.region):
            return self._with_own_on_top(index, sheet, priced, ranked, home)
        if not home or home != priced.region:
            # 我们公司在青石市: the firm asked of the city may be in none of its districts
            return priced
        return self._with_levels_above(index, sheet, priced, ranked, home)

    def _with_levels_above(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        priced: Calculation,
        ranked: list[tuple[int, list[IndexedFact]]],
        home: str,
    ) -> Calculation:
        """``priced`` by the document of ``home`` (the place's own), with the rules of the
        regions above it that hold there too: for each claim a rule of ``home`` pays on top of
        (再给予), the nearest region above's rule for it is added; each claim ``home``'s rules do
        not reward at all is priced by that region's rules (attack58 H2: a district's firm's
        中国质量奖, which only the city rewards). The region above is read the same way in its
        turn, so a county's 再给予 on a city's 再给予 on a province's adds all three (H4, H5).
        A rule paying 每家 on top is paid once for the firm (H3), and one whose document says
        it is not paid again where the region above pays (区级不再重复奖励) is not added: only
        the higher of the two counts (H9)."""
        priced = _per_firm_once(index, priced, home)
        on_top = [
            line for line in priced.lines if line.count and pays_on_top(fact_line(line, home))
        ]
        unfound = [u.claim for u in priced.undecided if u.reason == NO_RULE]
        if not on_top and not unfound:
            return priced
        nearest = sorted(
            (item for item in ranked if encloses(item[1][0].document.region, home)),
            key=lambda item: -len(item[1][0].document.region or ""),
        )
        for document_id, rules_of in nearest:
            above = rules_of[0].document.region or ""
            wanted = {_claim_key(line.claim) for line in on_top} | {
                _claim_key(claim) for claim in unfound
            }
            claims = tuple(claim for claim in sheet.claims if _claim_key(claim) in wanted)
            asked = replace(sheet, claims=claims)
            theirs = self.price(index, asked, document_id, rules_of, above, ())
            if not theirs.lines:
                continue
            theirs = self._with_levels_above(index, asked, theirs, ranked, above)
            priced = _shares_of_above(priced, theirs)
            priced, theirs = _higher_only(index, priced, theirs, home)
            return _stacked(priced, theirs, home, above)
        return priced

    def _with_own_on_top(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        priced: Calculation,
        ranked: list[tuple[int, list[IndexedFact]]],
        above: str,
    ) -> Calculation:
        """A district's request priced by its city's document (it ranked first: it rewards more
        of the claims) with the district's own rules that pay on top (区财政再给予10万元) added:
        the district's on-top lines, then the city's, each cited, and their sum (attack56 M5:
        a 河东区 firm's 认证和复审 was 合计 25万元, the city's alone, the 再给予 10万元 named
        beside it as 未合并计算). The district's rules that say no such thing stay beside it.
        Every level between pays its 再给予 in turn (a county's on a city's on a province's,
        attack58 H5), and the city's own on-top rules add the rules of the regions above it."""
        priced = self._with_levels_above(index, sheet, priced, ranked, above)
        result = priced
        between = sorted(
            (item for item in ranked if item[1][0].document.region),
            key=lambda item: len(item[1][0].document.region or ""),
        )
        for document_id, rules_of in between:
            own = rules_of[0].document.region
            if not own or not encloses(above, own):
                continue
            if own != priced.region and not encloses(own, priced.region):
                continue
            mine = self.price(index, sheet, document_id, rules_of, priced.region, ())
            on_top = [
                line for line in mine.lines if line.count and pays_on_top(fact_line(line, own))
            ]
            if not on_top:
                continue
            asked = replace(sheet, claims=tuple(line.claim for line in on_top))
            mine = self.price(index, asked, document_id, rules_of, priced.region, ())
            mine = _per_firm_once(index, mine, own)
            mine, result = _higher_only(index, mine, result, own)
            undecided = result.undecided
            payers = [line.payer or above for line in result.lines]
            nearest = max((p for p in payers if encloses(p, own)), key=len, default=above)
            stacked = _stacked(mine, result, own, nearest)
            others = tuple(d for d in result.other_documents if d != mine.document)
            # the whole request stays what is priced (its count buttons, what was not matched)
            result = replace(
                stacked, sheet=priced.sheet, undecided=undecided, other_documents=others
            )
        return result


def _stacked(
    priced: Calculation, theirs: Calculation, home: str | None, above: str | None
) -> Calculation:
    """The district's calculation with its city's for the rules the district pays on top of:
    the lines of both (each citing its own sentence), the conditions of both, the totals added,
    and a note saying each part and why they add up."""
    counted = [line for line in priced.lines if line.status != LineStatus.NOT_COUNTED]
    shown = [fact_line(line, home) for line in counted]
    shown += [
        fact_line(line, above) for line in theirs.lines if line.status != LineStatus.NOT_COUNTED
    ]
    headline = _headline_by_claim(counted, theirs, home, above)
    # a 再给予 whose claim the region above no longer pays (就高: the city's line not counted)
    # is no sum "另给" on top of it (attack59 M1)
    paid_above = {
        _claim_key(line.claim) for line in theirs.lines if line.status != LineStatus.NOT_COUNTED
    }
    on_top = any(
        pays_on_top(fact_line(line, home)) and _claim_key(line.claim) in paid_above
        for line in counted
        if line.count
    )
    note = f"{home}的规定在{above}的奖励之外另给,已合并计算" if on_top else ""
    if headline is not None:
        lead, why = headline
        note = f"{lead}({why})" if len(shown) == 2 else f"{why},已合并计算"
    mine = {_claim_key(line.claim) for line in priced.lines}
    payers = "、".join(
        dict.fromkeys(
            line.payer or above or "" for line in theirs.lines if _claim_key(line.claim) not in mine
        )
    )
    if payers:
        # 中国质量奖, which the district's rules do not reward: its city's rule holds there
        note = "; ".join(
            part for part in (note, f"{home}的文件未写的成果按{payers}的规定计算") if part
        )
    weighed = any(
        line.dropped_by == ConditionKind.NO_STACKING for line in priced.lines + theirs.lines
    )
    if len(counted) < len(priced.lines) or weighed:
        note = "; ".join(part for part in (note, f"{home}与{above}的同类奖励不叠加") if part)
    upper: float | None = None
    if priced.upper_total is not None and theirs.upper_total is not None:
        upper = priced.upper_total + theirs.upper_total
    documents = list(dict.fromkeys(_DOCUMENT_NAMED.findall(priced.message + theirs.message)))
    named = "、".join(f"《{name}》" for name in documents[:-1])
    message = f"按{named}和《{documents[-1]}》计算" if named else priced.message
    # the claims the region above priced are no longer unfound (a city's 中国质量奖)
    paid = {_claim_key(line.claim) for line in theirs.lines}
    return replace(
        priced,
        message=message,
        lines=tuple(replace(line, payer=line.payer or home or "") for line in priced.lines)
        + tuple(replace(line, payer=line.payer or above or "") for line in theirs.lines),
        undecided=tuple(u for u in priced.undecided if _claim_key(u.claim) not in paid),
        conditions=_whose(priced.conditions, home) + _whose(theirs.conditions, above),
        certain_total=priced.certain_total + theirs.certain_total,
        upper_total=upper,
        other_documents=tuple(d for d in priced.other_documents if d not in documents),
        place_note="; ".join(part for part in (priced.place_note, note) if part),
    )


_DOCUMENT_NAMED = re.compile(r"《([^《》]+)》")


def _headline_by_claim(
    counted: list[RewardLine], theirs: Calculation, home: str | None, above: str | None
) -> tuple[str, str] | None:
    """``stacked_headline`` over the two levels' lines of one claim at a time: a district's
    能源管理体系 reward is never weighed against its city's 国家标准 one (attack59 M11: 按较高的
    一项计:青石市 40万元(青石市西岭区 6万元,不叠加) for two achievements)."""
    for key in dict.fromkeys(_claim_key(line.claim) for line in counted):
        shown = [fact_line(line, home) for line in counted if _claim_key(line.claim) == key]
        shown += [
            fact_line(line, above)
            for line in theirs.lines
            if line.status != LineStatus.NOT_COUNTED and _claim_key(line.claim) == key
        ]
        headline = stacked_headline(shown)
        if headline is not None:
            return headline
    return None


def _claim_key(claim: Claim) -> tuple[str, str, str | None]:
    """A claim as the firm wrote it, whatever count a condition set it to."""
    return claim.text, claim.words, claim.role


# A rule paying per firm (区财政每家再给予10万元): once for the firm, however many items.
_PER_FIRM = re.compile(r"每(?:家|户)|每个(?:企业|单位)")


def _per_firm_once(index: KnowledgeIndex, priced: Calculation, home: str) -> Calculation:
    """A rule of ``home`` paying 每家 on top of the region above's is paid once for the firm,
    not once per item the firm claims (3项国家标准: 每家再10万元 is 10万元, attack58 H3)."""
    lines: list[RewardLine] = []
    certain, upper = priced.certain_total, priced.upper_total
    for line in priced.lines:
        if (
            line.count > 1
            and line.status == LineStatus.FIXED
            and _PER_FIRM.search(line.citation.quote)
            and pays_on_top(fact_line(line, home))
        ):
            once = line_amounts(replace(line, claim=line.claim.with_count(1)))
            certain -= line.certain - once.certain
            if upper is not None:
                upper -= (line.upper or 0.0) - (once.upper or 0.0)
            line = once
        lines.append(line)
    return replace(priced, lines=tuple(lines), certain_total=certain, upper_total=upper)


def _higher_only(
    index: KnowledgeIndex, priced: Calculation, theirs: Calculation, home: str
) -> tuple[Calculation, Calculation]:
    """A rule of ``home`` paying on top whose document says it is not paid where the region
    above pays the same (已享受市级同类奖励的,区级不再重复奖励; 与市级奖励就高不重复): of its
    line and the region above's for the same claim only the higher counts, the other shown as
    not counted, with the clause (attack58 H9)."""
    text = index.passages.document_texts.get(
        priced.lines[0].citation.document_id if priced.lines else -1, ""
    )
    mine = list(priced.lines)
    their = list(theirs.lines)
    outcomes: list[ConditionOutcome] = []
    for number, line in enumerate(mine):
        if not line.count or line.status == LineStatus.NOT_COUNTED:
            continue
        clause = not_paid_again(text, line.citation.quote)
        if clause is None:
            continue
        pair = next(
            (
                at
                for at, other in enumerate(their)
                if _claim_key(other.claim) == _claim_key(line.claim)
                and other.status != LineStatus.NOT_COUNTED
            ),
            None,
        )
        if pair is None:
            continue
        other = their[pair]
        keep_mine = (line.upper or 0.0) > (other.upper or 0.0)
        lower = other if keep_mine else line
        dropped = replace(
            lower,
            status=LineStatus.NOT_COUNTED,
            dropped_by=ConditionKind.NO_STACKING,
            certain=0.0,
            upper=0.0,
        )
        if keep_mine:
            their[pair] = dropped
            theirs = _less(theirs, lower)
        else:
            mine[number] = dropped
            priced = _less(priced, lower)
        kept = line if keep_mine else other
        payer = kept.payer or (home if keep_mine else theirs.region or "")
        # the kept line's sum as shown (最高50万元, never its certain 0元: attack59 H9)
        effect = f"不叠加:只按较高的一项({payer} {fact_line(kept, payer).value})计"
        citation = replace(line.citation, quote=clause)
        outcomes.append(ConditionOutcome(ConditionKind.NO_STACKING, clause, effect, True, citation))
    priced = replace(priced, lines=tuple(mine), conditions=priced.conditions + tuple(outcomes))
    return priced, replace(theirs, lines=tuple(their))


def _less(calculation: Calculation, line: RewardLine) -> Calculation:
    """``calculation`` without what ``line`` paid."""
    upper = calculation.upper_total
    return replace(
        calculation,
        certain_total=max(calculation.certain_total - line.certain, 0.0),
        upper_total=None if upper is None else max(upper - (line.upper or 0.0), 0.0),
    )


# A share of the level above's reward paid on top (区财政按市级奖励金额的50%再给予配套奖励).
_SHARE_OF_ABOVE = re.compile(
    r"按(?:[省市县]级|上级|[省市]里|[省市]财政)(?:奖励|补助|资助)?(?:金额|资金|额度)?的?"
    r"(?P<percent>\d+(?:\.\d+)?)%"
)


def _shares_of_above(priced: Calculation, theirs: Calculation) -> Calculation:
    """A line of ``priced`` paying a share of the level above's reward for the same claim (按市级
    奖励金额的50%再给予) priced at that share of the region above's fixed sum, which was "no
    fixed sum" alone (attack58 M7)."""
    lines = list(priced.lines)
    undecided = list(priced.undecided)
    certain = priced.certain_total
    for number, line in enumerate(lines):
        found = _SHARE_OF_ABOVE.search(line.citation.quote)
        if found is None or line.status != LineStatus.NO_SUM or not line.count:
            continue
        base = next(
            (
                other
                for other in theirs.lines
                if _claim_key(other.claim) == _claim_key(line.claim)
                and other.status == LineStatus.FIXED
            ),
            None,
        )
        if base is None:
            continue
        share = float(found.group("percent")) / 100
        paid = base.certain * share
        said = f"{found.group('percent')}%"
        lines[number] = replace(
            line,
            status=LineStatus.FIXED,
            unit_amount=(base.unit_amount or 0.0) * share,
            treatment=None,
            certain=paid,
            upper=paid,
            same_as=f"按{base.payer or theirs.region or '上级'}奖励{format_yuan(base.certain)}的{said}计",
        )
        certain += paid
        undecided = [
            u
            for u in undecided
            if not (
                _claim_key(u.claim) == _claim_key(line.claim)
                and u.reason.startswith("原文没有固定金额")
            )
        ]
    upper: float | None = None
    if all(line.upper is not None for line in lines):
        upper = certain + sum((line.upper or 0.0) - line.certain for line in lines)
    return replace(
        priced,
        lines=tuple(lines),
        undecided=tuple(undecided),
        certain_total=certain,
        upper_total=upper
        if priced.upper_total is None
        else priced.upper_total + certain - priced.certain_total,
    )


# An effect already said of one region's part (江岚省的奖励未超过…).
_SAID_OF_A_PART = re.compile(r"^[^,,:]*的奖励")


def _whose(
    conditions: tuple[ConditionOutcome, ...], region: str | None
) -> tuple[ConditionOutcome, ...]:
    """The overall caps of one region's document in a calculation adding two regions' rules,
    said of that region's part ("青石市的奖励超过最高300万元,按300万元计"), never of the whole
    合计 shown above them (attack58 M1: 合计 305万元 beside 合计…按300万元计)."""
    if not region:
        return conditions
    said: list[ConditionOutcome] = []
    for outcome in conditions:
        if outcome.kind == ConditionKind.OVERALL_CAP and not _SAID_OF_A_PART.match(outcome.effect):
            effect = outcome.effect
            effect = (
                f"{region}的奖励{effect[2:]}"
                if effect.startswith("合计")
                else f"{region}的奖励:{effect}"
            )
            outcome = replace(outcome, effect=effect)
        said.append(outcome)
    return tuple(said)
