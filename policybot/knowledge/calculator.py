"""The reward calculator: what a firm's achievements earn under one document's reward rules.

Given claims ("主导 国际标准 1", "驰名商标 1") and a region, it finds the document whose rules
match, the rule for each claim (role and level must agree with what the firm wrote), the amount
per line (fixed sums × count; 最高… as an upper bound only), then applies the document's own
conditions: a cap over "上述" rules, 就高不重复, an overall cap (a sum, or the firm's tax, which
only the firm can tell). Whatever it cannot decide — no matching rule, a role or level the firm
did not say, a reward with no fixed sum, a condition it cannot evaluate — is listed as such.
Every line carries its citation. No Telegram here: the chat and ``policybot calc`` share it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from sqlalchemy.engine import Engine

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import (
    Citation,
    format_reward,
    format_yuan,
)
from policybot.knowledge.calculation import (
    NO_RULE,
    Calculation,
    ConditionOutcome,
    LineStatus,
    RewardLine,
    Undecided,
    line_amounts,
)
from policybot.knowledge.clipping import outside_amount
from policybot.knowledge.equal_tiers import treatment_tier
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.rewards import _level as level_of  # the extractor's reading
from policybot.knowledge.glossary import Glossary
from policybot.knowledge.models import FactKind
from policybot.knowledge.noun_heads import as_written
from policybot.knowledge.provinces import gazetteer_parents, named_parents
from policybot.knowledge.queries import read_document_text
from policybot.knowledge.question import PROVINCIAL_TITLES, find_region, resolve_region
from policybot.knowledge.reward_claims import Claim, ClaimSheet, read_claim, read_claims
from policybot.knowledge.reward_conditions import (
    document_conditions,
    documents_reaching,
    scope_leaving_out,
)
from policybot.knowledge.reward_grades import continues_with_further_prize
from policybot.knowledge.reward_levels import RegionLevels
from policybot.knowledge.reward_terms import (
    ConditionKind,
    CountLimit,
    RewardTerm,
    classify_sentence,
    conditions_in_text,
    count_limits,
    grant_before_cap,
    requires_local_registration,
    terms_from_stored,
)
from policybot.knowledge.rule_reach import regions_applying_in
from policybot.knowledge.search import IndexedFact, KnowledgeIndex
from policybot.knowledge.stacked_rewards import against_level_above, encloses

# A claim matches a rule when this share of its character bigrams appear in the rule.
MIN_COVERAGE = 0.75
# A capped rule that points back ("参与制修订并出台上述标准…最高不超过30万元") caps the rules
# before it rather than being a reward of its own.
_REFERS_BACK = re.compile(r"上述|以上|前述|上列")
TAX_HINT = "在问题里加上“纳税地方留存 X万元”即可按此上限计算"


# Runs of spaces between the words of a request (full-width ones are normalised before).
_SPACES = re.compile(r"\s+")


# Why a claim no rule of a document rewards is not priced.


ConditionSource = Callable[[int], list[RewardTerm]]


class RewardCalculator:
    """Prices claims against the live store; ``conditions`` may come from stored conditions."""

    def __init__(
        self,
        index: Callable[[], KnowledgeIndex],
        engine: Engine,
        conditions: ConditionSource | None = None,
    ) -> None:
        self._index = index
        self._engine = engine
        self._conditions = conditions or self._document_conditions

    def _document_conditions(self, document_id: int) -> list[RewardTerm]:
        """The conditions the extractor stored, then those the document's sentences state that
        no stored one covers (the same clause is never counted twice)."""
        stored = terms_from_stored(document_conditions(self._engine, document_id), document_id)
        read = conditions_in_text(read_document_text(self._engine, document_id), document_id)
        return stored + [term for term in read if not _covered(term, stored)]

    def from_text(self, text: str, *, command: bool = False) -> tuple[str | None, Calculation]:
        """A free-text or structured request; returns the region as named, and the result.
        A ``command`` (/calc, ``policybot calc``) has the region first, where an unknown place
        is said to be unknown."""
        index = self._index()
        normalised = vocabulary.normalise(text)
        region_ids, region_text, rest = find_region(normalised, index)
        if region_ids and _names_a_longer_place(normalised, region_text):
            # 我们公司在岳阳楼区…: 岳阳 is the start of the district's name, not the city asked
            applying = _place_rules_apply_in(index, normalised)
            if applying[0]:
                region_ids, region_text, rest = applying
        if not region_ids:
            # 我司在柯城区…: a district no plan of its own covers, whose city's rules say they
            # apply there, prices by those rules; /calc 攸县…: a county its city's rules exclude
            # by name (本意见不适用于醴陵市、攸县) is refused with that sentence, and one they
            # reach without naming it (天元区) is priced by its city's rules.
            region_ids, region_text, rest = _place_rules_apply_in(index, normalised)
            county, without = region_text, rest
            if not region_ids:
                county, without = _county_named(normalised, command=command)
            left_out = scope_leaving_out(self._engine, index, [county] if county else [])
            if left_out is not None:
                return None, Calculation(False, left_out.reason, _sheet(without, None))
            if not region_ids and county:
                region_ids = _regions_above(index, county)
                if region_ids:
                    region_text, rest = county, without
            unheld = None if region_ids or command else _place_of_firm(normalised)
            if unheld is not None:
                # 我们公司在石鼓县…: a place no document covers, never priced by another
                # place's rules nor read as an achievement (attack58 H10)
                firm_at, without = unheld
                reason = f"收录的文件没有{firm_at}的奖励政策,无法按{firm_at}的规定计算"
                return firm_at, Calculation(False, reason, _sheet(without, firm_at), region=firm_at)
        if command and not region_ids:
            # /calc 龙游县 驰名商标 1: a county its city's rules say they do not reach
            left_out = scope_leaving_out(self._engine, index, rest.split()[:1])
            if left_out is not None:
                return None, Calculation(False, left_out.reason, _sheet(rest, None))
            first, _, after = rest.strip().partition(" ")
            reaching, excluding = documents_reaching(self._engine, index, first)
            if reaching:
                # /calc 东岭区 省级质量奖 1: a district only documents name, priced by those of
                # them whose scope does not leave it out
                regions = {index.document(each).region_id for each in reaching}
                return first, self._calculate(
                    index,
                    tuple(sorted(r for r in regions if r is not None)),
                    _sheet(after, first),
                    leaving_out=excluding,
                )
            unknown = _unknown_place(index, rest)
            if unknown is not None:
                return None, unknown
        place = region_text
        if region_ids:
            # 在衢州柯城区能拿多少: a district of the region found, where its rules say they apply,
            # is the firm's place, never an achievement of its own.
            inside, district, without = _place_rules_apply_in(index, rest)
            if district and set(inside) & set(region_ids):
                rest, place = without, district
        calculation = self._calculate(index, region_ids, _sheet(rest, place))
        if (
            not calculation.lines
            and calculation.sheet.refusal is None
            and _SPACES.search(rest.strip())
        ):
            # "/calc 衢州 主导制定国际标准2项 新获得中国驰名商标": achievements listed with spaces,
            # which the structured form uses inside one claim (国际标准 主导 1). Read that way
            # nothing matched; read as a list, each part may.
            # A part that is no achievement of its own (参与, a count) belongs to the claim
            # beside it: "国家标准 参与 1" is one claim, never 国家标准 with 参与 dropped.
            parts = rest.split()
            as_list = self._calculate(
                index, region_ids, _sheet(_SPACES.sub(";", rest), region_text)
            )
            if as_list.lines and len(as_list.sheet.claims) == len(parts):
                return region_text, as_list
        return region_text, calculation

    def from_sheet(self, region: str | None, sheet: ClaimSheet) -> Calculation:
        """Recalculate claims already read (the count buttons change counts, nothing else)."""
        index = self._index()
        region_ids = resolve_region(region, index) if region else ()
        return self._calculate(index, region_ids, sheet)

    def _calculate(
        self,
        index: KnowledgeIndex,
        region_ids: Sequence[int],
        sheet: ClaimSheet,
        *,
        leaving_out: AbstractSet[int] = frozenset(),
    ) -> Calculation:
        if sheet.refusal is not None:
            return Calculation(False, sheet.refusal, sheet)
        if not sheet.claims:
            return Calculation(False, "没有读到要计算的成果", sheet)
        rules = [
            rule for rule in reward_rules(index, region_ids) if rule.document.id not in leaving_out
        ]
        where = "、".join(index.region_name(r) or "" for r in region_ids) or None
        if not rules:
            place = f"{where}的" if where else ""
            return Calculation(False, f"未找到{place}奖励政策", sheet, region=where)
        by_document: dict[int, list[IndexedFact]] = {}
        for rule in rules:
            by_document.setdefault(rule.document.id, []).append(rule)
        ranked = sorted(
            by_document.items(),
            key=lambda item: _document_rank(sheet.claims, item[1]),
            reverse=True,
        )
        if region_ids:
            ranked = _local_first(index, region_ids, sheet, ranked)
        document_id, document_rules = ranked[0]
        if not _document_rank(sheet.claims, document_rules)[0]:
            place = f"{where}的" if where else ""
            return Calculation(
                False, f"未找到{place}奖励政策中与这些成果对应的条款", sheet, region=where
            )
        others = tuple(
            rules_of[0].document.name
            for _, rules_of in ranked[1:]
            if _document_rank(sheet.claims, rules_of)[0]
        )
        priced = self._price(index, sheet, document_id, document_rules, where, others)
        if region_ids:
            return RegionLevels(self._price).with_regions_above(index, sheet, priced, ranked[1:])
        if not priced.region:
            return self._of_no_region(index, sheet, priced, ranked[1:])
        return self._for_no_place(index, sheet, priced, ranked[1:])

    def _for_no_place(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        priced: Calculation,
        ranked: list[tuple[int, list[IndexedFact]]],
    ) -> Calculation:
        """A request naming no place (我们公司主导制定了一项国家标准,能拿多少奖励) priced by one
        place's rules: the reply says so, as a lookup's does (只查到衢州市的规定), or gives every
        other place's figure beside it, never one city's sum as everyone's."""
        others = self._other_places(index, sheet, ranked, priced.region)
        if not others and _regionless_matches(sheet, ranked):
            note = (
                f"按{priced.region}的规定计算;另有未写明地区的文件(见下),问某地请在问题里加上地区名"
            )
            return replace(priced, place_note=note)
        if not others:
            note = f"只查到{priced.region}的规定;其他地区请在问题里加上地区名"
            return replace(priced, place_note=note)
        note = f"按{priced.region}的规定计算;其他地区见下,问某地请在问题里加上地区名"
        return _beside_other_places(priced, note, others)

    def _of_no_region(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        priced: Calculation,
        ranked: list[tuple[int, list[IndexedFact]]],
    ) -> Calculation:
        """A request naming no place priced by a document that names none either: the reply says
        whose document it is and that it states no place, with every place's own figure beside it
        when places' rules reward the same achievements (never a sum read as everyone's)."""
        document = f"《{priced.document}》" if priced.document else "这份文件"
        others = self._other_places(index, sheet, ranked, None)
        if not others:
            note = "该文件未写明适用地区;问某地请在问题里加上地区名"
            return replace(priced, place_note=note)
        note = f"{document}未写明适用地区;其他地区见下,问某地请在问题里加上地区名"
        return _beside_other_places(priced, note, others)

    def _other_places(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        ranked: list[tuple[int, list[IndexedFact]]],
        priced_region: str | None,
    ) -> list[tuple[str, Calculation]]:
        """Each other place's figure for the achievements, by its best document (ranked first),
        the place priced already left out."""
        seen = {priced_region}
        others: list[tuple[str, Calculation]] = []
        for document_id, rules_of in ranked:
            region = rules_of[0].document.region
            if not region or region in seen or not _document_rank(sheet.claims, rules_of)[0]:
                continue
            seen.add(region)
            theirs = self._price(index, sheet, document_id, rules_of, None, ())
            if theirs.lines:
                others.append((region, theirs))
        return others

    def _price(
        self,
        index: KnowledgeIndex,
        sheet: ClaimSheet,
        document_id: int,
        rules: list[IndexedFact],
        where: str | None,
        others: tuple[str, ...],
    ) -> Calculation:
        document = index.document(document_id)
        lines: list[RewardLine] = []
        undecided: list[Undecided] = []
        pricing: dict[int, Claim] = {}  # each rule's claim: one rule never prices two claims
        for claim in sheet.claims:
            rule, problem = _match(claim, rules)
            if rule is not None and rule.row.id in pricing:
                # 品字标认证和复审, of a document rewarding the 复审 alone: the rule is the other
                # claim's already; this one is priced by another rule, or by none.
                taken = pricing[rule.row.id]
                rule, problem = _match(
                    claim, [each for each in rules if each.row.id not in pricing]
                )
                if rule is None:
                    reason = f"未找到对应的奖励条款(“{taken.words}”的条款不重复计算)"
                    problem = Undecided(claim, reason)
            if rule is not None and _says_more_of_role(index, claim, rule):
                reason = f"原文对{claim.role}另有说法,未能按条款计算,请对照原文"
                problem = Undecided(claim, reason, _labels([rule]))
                rule = None
            if rule is None:
                undecided.append(problem or Undecided(claim, NO_RULE))
            else:
                pricing[rule.row.id] = claim
                rule, also = _paying_rule(claim, rule, rules)
                lines.append(replace(_priced_line(claim, rule, rules), also=also))
        outcomes: list[ConditionOutcome] = []
        layout = _Layout.of(read_document_text(self._engine, document_id), rules)
        lines, counted = _count_limits(
            count_limits(read_document_text(self._engine, document_id)),
            lines,
            lambda quote: _document_citation(index, document_id, quote),
            layout,
        )
        outcomes += counted
        lines, stacking = self._no_stacking(document_id, lines, sheet.same_achievement)
        outcomes += stacking
        outcomes += _group_caps(lines, rules)
        certain = sum(line.certain for line in lines) - sum(o.reduced_certain for o in outcomes)
        upper: float | None = None
        if all(line.upper is not None for line in lines):
            upper = sum(line.upper or 0.0 for line in lines) - sum(
                o.reduced_upper for o in outcomes
            )
        limited = [_PLAIN.sub("", o.quote) for o in counted]
        for condition in self._conditions(document_id):
            if condition.kind == ConditionKind.NO_STACKING:
                continue
            if condition.kind == ConditionKind.OTHER and any(
                quote in _PLAIN.sub("", condition.quote) or _PLAIN.sub("", condition.quote) in quote
                for quote in limited
            ):
                continue  # the count limit applied above
            citation = _document_citation(index, document_id, condition.quote)
            if condition.capped_rule is not None:
                # a cap closing one rule's sentence caps that rule's lines only
                capped = _rule_cap(condition, lines, citation)
            elif (covered := _section_lines(condition, lines, layout)) is not None:
                # "上述奖励…最高不超过50万元" closing one section: a cap over its lines only
                capped = _section_cap(condition, covered, sheet, citation)
            else:
                outcome = _overall(condition, certain, upper, sheet, citation)
                outcomes.append(outcome)
                if outcome.cap_yuan is not None:
                    certain = min(certain, outcome.cap_yuan)
                    upper = outcome.cap_yuan if upper is None else min(upper, outcome.cap_yuan)
                continue
            if capped is not None:
                outcomes.append(capped)
                certain -= capped.reduced_certain
                if upper is not None:
                    upper -= capped.reduced_upper
        region = where or document.region
        return Calculation(
            True,
            f"按《{document.name}》计算",
            sheet,
            region=region,
            document=document.name,
            lines=tuple(lines),
            undecided=tuple(undecided),
            conditions=tuple(outcomes),
            certain_total=max(certain, 0.0),
            upper_total=None if upper is None else max(upper, 0.0),
            other_documents=others,
        )

    def _no_stacking(
        self, document_id: int, lines: list[RewardLine], same_achievement: bool = False
    ) -> tuple[list[RewardLine], list[ConditionOutcome]]:
        """就高不重复: only the highest reward counts, once; the others are shown as not counted.
        A clause of one project (同一项目符合多项奖励条件的) reaches the rewards only when the
        firm says they are for one project (``same_achievement``)."""
        rules = [
            c
            for c in self._conditions(document_id)
            if c.kind == ConditionKind.NO_STACKING and not against_level_above(c.quote)
        ]
        counted = [line for line in lines if line.count > 0 and line.status != LineStatus.NO_SUM]
        if not rules:
            return lines, []
        condition = rules[0]
        citation = Citation(
            document_id, lines[0].citation.document if lines else "", condition.quote
        )
        one_project = not firm_wide_no_stacking(condition.quote)
        if one_project and not (same_achievement and len(counted) > 1):
            # 同一事项符合多项奖励条件的,按就高原则: one achievement meeting several rules gets
            # the highest; each claim is already priced by one rule, and different
            # achievements (or several of one) each count.
            effect = "同一成果符合多项条件的按最高一项计,不同成果分别计算"
            if len(counted) > 1:
                effect += ";若这些奖励是同一项目的,请写明“同一项目”,只按最高一项计"
            return lines, [
                ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
            ]
        if len(counted) <= 1 and all(line.count <= 1 for line in counted):
            effect = "只有一项奖励,不涉及重复"
            return lines, [
                ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
            ]
        best = max(counted, key=lambda line: (line.unit_amount or 0.0, not line.is_cap))
        kept: list[RewardLine] = []
        for line in lines:
            if line is best:
                once = line.claim.with_count(1)
                kept.append(line_amounts(replace(line, claim=once)))
            elif line in counted:
                dropped = replace(line, status=LineStatus.NOT_COUNTED, dropped_by=condition.kind)
                kept.append(replace(dropped, certain=0.0, upper=0.0))
            else:
                kept.append(line)
        effect = f"只按最高一项({best.achievement})奖励一次,其余不重复奖励"
        if one_project:
            # 同一年度同一项目获得中国质量奖和省政府质量奖: the firm says one project won both
            effect = f"你写明是同一项目:{effect}"
        return kept, [ConditionOutcome(condition.kind, condition.quote, effect, True, citation)]


# Whose rewards do not stack: one achievement (同一事项/项目/成果 meeting several rules) or the
# firm as a whole (同一企业…只能享受一项 / 获得多项荣誉的,按就高不重复).
_ONE_ACHIEVEMENT = re.compile(r"同一(?:事项|项目|成果|奖项|标准|产品|品牌|荣誉|获奖)")
_WHOLE_FIRM = re.compile(r"同一(?:企业|单位|主体|申报人|申报单位)|(?:每家|每个|单个)(?:企业|单位)")
_MANY_ACHIEVEMENTS = re.compile(
    r"多项(?:荣誉|成果|奖项|奖励|认定)|只能享受一项|限享受一项|仅享受一项"
)


def firm_wide_no_stacking(quote: str) -> bool:
    """Whether a 就高不重复 clause limits the firm to one reward overall ("同一企业同一年度获得
    多项荣誉的,按就高不重复原则"; "同一企业…只能享受一项") rather than one achievement to its
    highest rule ("同一事项符合多项奖励条件的,按就高原则,不重复享受"): the firm-wide reading
    drops every other reward, so it needs the firm named and no single achievement named."""
    if _ONE_ACHIEVEMENT.search(quote):
        return False
    return bool(_WHOLE_FIRM.search(quote) or _MANY_ACHIEVEMENTS.search(quote))


def _covered(term: RewardTerm, stored: list[RewardTerm]) -> bool:
    """A clause read from the text that a stored condition of the same kind already states."""
    plain = _PLAIN.sub("", term.quote)
    return any(
        other.kind == term.kind
        and (_PLAIN.sub("", other.quote) in plain or plain in _PLAIN.sub("", other.quote))
        for other in stored
    )


_PLAIN = re.compile(r"[\s()()。;;,,、]")


# A word in the region's place of the structured form (/calc 火星 驰名商标 1): Chinese only.
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _unknown_place(index: KnowledgeIndex, rest: str) -> Calculation | None:
    """``/calc 火星 驰名商标 1``: the first of several words stands where the region goes, names
    no region and no achievement any rule rewards. It is said to be unknown, with the regions
    that have reward rules, never replaced by whichever region's rules match the rest."""
    words = rest.split()
    if len(words) < 2 or not _PLACE_WORD.fullmatch(words[0]):
        return None
    rules = reward_rules(index, ())
    sheet = read_claims(words[0])
    if any(any(_match(claim, rules)) for claim in sheet.claims):
        return None
    if not read_claims(" ".join(words[1:])).claims:
        return None
    regions = sorted({name for rule in rules if (name := index.region_name(rule.row.region_id))})
    known = f"有奖励政策的地区: {'、'.join(regions)}" if regions else "库里还没有奖励政策"
    return Calculation(False, f"未找到地区“{words[0]}”。{known}", read_claims(rest))


# Where the firm says it is (我们公司在石鼓县, 企业位于石鼓镇): a place's name and its level.
_FIRM_PLACE = re.compile(
    r"(?:公司|企业|单位|我司|我们|工厂|厂)(?:注册)?(?:在|位于|落户|设在|地处)"
    r"(?P<place>(?:(?![级和与及跟的了拿获得奖])[\u4e00-\u9fff]){1,8}?(?:省|市|县|区|旗|镇|乡))"
)
# Words ending like a place that name none (市区, 园区, 本市, 全区, 区里).
_NO_PLACE = re.compile(r"^(?:[本全我该此当辖].|市区|城区|园区|社区|厂区|景区|山区|郊区|老区|.里)$")


def _place_of_firm(text: str) -> tuple[str, str] | None:
    """The place the firm says it is in (我们公司在石鼓县), when it names one, and the text
    without it."""
    found = _FIRM_PLACE.search(text)
    if found is None or _NO_PLACE.match(found.group("place")):
        return None
    return found.group("place"), text[: found.start("place")] + " " + text[found.end("place") :]


def _county_named(text: str, *, command: bool) -> tuple[str | None, str]:
    """The county (区, 县, county-level 市) the gazetteer knows ``text`` to name, and the text without it: a command's
    first word, or the first such place a free-text request names."""
    places = gazetteer()
    starts = [0] if command else range(len(text))
    for start in starts:
        name = next(
            (
                name
                for name in places.names_starting(text[start:], 8)
                if any(found.level == "county" for found in places.lookup(name))
            ),
            None,
        )
        if name:
            return name, text[:start] + " " + text[start + len(name) :]
    return None, text


def _regions_above(index: KnowledgeIndex, county: str) -> tuple[int, ...]:
    """The store's region of the city (else province) the gazetteer puts ``county`` in: a
    city's rules reach its counties unless their scope leaves one out (``scope_leaving_out``)."""
    parents = [name for name in gazetteer_parents(county) if name]
    levels = {found.name: found.level for name in parents for found in gazetteer().lookup(name)}
    for parent in sorted(parents, key=lambda name: levels.get(name) == "province"):
        found = index.names.region_aliases.get(parent)
        if found:
            return tuple(sorted(found))
    return ()


def _names_a_longer_place(text: str, region_text: str | None) -> bool:
    """The region found is the start of a longer place name written there (岳阳 of 岳阳楼区)."""
    if not region_text:
        return False
    start = text.find(region_text)
    if start < 0:
        return False
    return any(len(name) > len(region_text) for name in gazetteer().names_starting(text[start:], 8))


def _place_rules_apply_in(
    index: KnowledgeIndex, text: str
) -> tuple[tuple[int, ...], str | None, str]:
    """The regions whose documents say their rules apply in a place ``text`` names (奖励政策
    适用于衢州市级、柯城区…), the place as written, and the text without it."""
    places = gazetteer()
    for start in range(len(text)):
        for name in places.names_starting(text[start:], 8):
            applying = regions_applying_in(index, name)
            if applying:
                return applying, name, text[:start] + " " + text[start + len(name) :]
    return (), None, text


def _says_more_of_role(index: KnowledgeIndex, claim: Claim, rule: IndexedFact) -> bool:
    """A claim with a role (参与) priced by a rule that names none, whose sentence says more
    of that role ("…给予一次性奖励100万元;参与获奖项目的合作单位,减半奖励"): what it says was
    not read as a rule, so the full sum must not be given as the participant's.

    The rule's quote alone cannot tell: it ends at the rule's sum, and what follows in its
    sentence is exactly what is asked about. The sentence is read from the document's text as the
    answer index already holds it (the rule is live, so its document is active and indexed),
    not from the database again.
    """
    if not claim.role or rule.row.role is not None or claim.role in rule.row.label:
        return False
    text = index.passages.document_texts.get(rule.document.id, "")
    start = text.find(rule.row.quote)
    if start < 0:
        return False
    end = text.find("。", start + len(rule.row.quote))
    return claim.role in text[start : end if end >= 0 else len(text)]


def reward_rules(index: KnowledgeIndex, region_ids: Sequence[int]) -> list[IndexedFact]:
    """The live reward rules that apply in the region: its own, those of regions under it, and
    those of the regions above it (a city's policy covers its districts)."""
    positions = index.positions_of_kind(FactKind.REWARD)
    if region_ids:
        scope: set[int] = set()
        for region_id in region_ids:
            scope |= index.region_scope(region_id) | index.ancestors(region_id)
        # a province above by its name (江岚省 of 江岚省青石市白沙县), wherever the store's
        # parents stop (the city's document named its province, the county's its city)
        names = [name for r in region_ids if (name := index.region_name(r))]
        positions = {
            p
            for p in positions
            if (region := index.fact_at(p).row.region_id) in scope
            or any(encloses(index.region_name(region), name) for name in names)
        }
    return [index.fact_at(p) for p in sorted(positions)]


def _local_first(
    index: KnowledgeIndex,
    region_ids: Sequence[int],
    sheet: ClaimSheet,
    ranked: list[tuple[int, list[IndexedFact]]],
) -> list[tuple[int, list[IndexedFact]]]:
    """The documents that hold in the place asked: its own and those of the regions above it.
    A document of a district below it (青石市西岭区's, asked of 青石市) holds in that district
    only: a firm of the city is never priced by it (attack58 H1, H6) unless no document of the
    place or above it rewards any of the claims."""
    asked = {name for r in region_ids if (name := index.region_name(r))}

    def below(region: str | None) -> bool:
        return bool(region) and region not in asked and any(encloses(a, region) for a in asked)

    kept = [item for item in ranked if not below(item[1][0].document.region)]
    if not any(_document_rank(sheet.claims, rules_of)[0] for _, rules_of in kept):
        return ranked
    return kept


def _regionless_matches(sheet: ClaimSheet, ranked: list[tuple[int, list[IndexedFact]]]) -> bool:
    """Whether a document naming no place also rewards the achievements asked."""
    return any(
        not rules_of[0].document.region and _document_rank(sheet.claims, rules_of)[0]
        for _, rules_of in ranked
    )


def _document_rank(claims: Sequence[Claim], rules: list[IndexedFact]) -> tuple[int, int]:
    """More claims recognised (matched, or matched but ambiguous) first, then the newest
    document (the higher id)."""
    matched = sum(1 for claim in claims if any(_match(claim, rules)))
    return matched, rules[0].document.id


def _match(claim: Claim, rules: list[IndexedFact]) -> tuple[IndexedFact | None, Undecided | None]:
    """The rule a claim means, or why it cannot be told (none, or several roles/levels)."""
    claim_level = level_of(claim.words)
    scored = _scored(claim, rules)
    if not scored:
        return None, None
    best = max(score for score, _ in scored)
    top = [rule for score, rule in scored if score >= best - 1e-9]
    roles = {rule.row.role for rule in top if rule.row.role}
    if claim.role is None and len(roles) > 1:
        return None, Undecided(
            claim, "原文按" + "/".join(sorted(roles)) + "分别奖励,请注明是哪一种", _labels(top)
        )
    levels = {rule.row.level for rule in top if rule.row.level}
    if claim_level is None and len(levels) > 1:
        return None, Undecided(
            claim, "原文按级别分别奖励,请注明级别(" + "、".join(sorted(levels)) + ")", _labels(top)
        )
    return min(top, key=lambda rule: len(vocabulary.bigrams(rule.row.label))), None


def _scored(claim: Claim, rules: list[IndexedFact]) -> list[tuple[float, IndexedFact]]:
    """The rules whose role and level agree with the claim and whose words cover the claim's
    (``MIN_COVERAGE``), each with its coverage."""
    claim_level = level_of(claim.words)
    scored: list[tuple[float, IndexedFact]] = []
    for rule in rules:
        row = rule.row
        if _REFERS_BACK.search(row.label) or _states_condition(rule):
            continue
        if claim.role and row.role and claim.role != row.role:
            continue
        if claim_level and row.level and not _levels_agree(claim_level, row.level):
            continue
        if continues_with_further_prize(row.label, claim.words):
            continue  # (市长质量奖 asked, 获得市长质量奖提名奖 its lesser prize's rule)
        text = row.label + (row.level or "")
        coverage = max(
            _coverage(as_written(words, text), text)  # 培育库 for a rule's 培育企业库
            for words in _home_forms(_without_reward_word(claim.words), rule.document.region, text)
        )
        if coverage >= MIN_COVERAGE:
            scored.append((coverage, rule))
    return scored


# An honour that is no prize itself (认证, 名牌, 商标): "品字标认证奖" names the reward for it.
_NO_PRIZE_HONOUR = re.compile(r"(?<=认证|名牌|商标|称号|标杆)奖(?:励)?$")


def _without_reward_word(words: str) -> str:
    """A claim's words without the 奖 of its reward when what it names is no prize itself
    (品字标认证奖 → 品字标认证: attack56 M9); a prize's own 奖 (市长质量奖) stays."""
    return _NO_PRIZE_HONOUR.sub("", words)


# A paying rule this much less close to the claim than a rule with no sum is still the claim's
# (获得“浙江制造”品牌认证 beside 通过“浙江制造”认证…在融资上给予倾斜).
_PAYING_SLACK = 0.25


def same_as_tier(rule: IndexedFact) -> str | None:
    """The tier a rule with no sum of its own pays the same as ("“国家级品牌”"), or None
    (``equal_tiers.treatment_tier``, beside the answers' reading of the same phrase)."""
    if rule.row.amount_yuan is not None:
        return None
    return treatment_tier(rule.row.treatment or "")


def _pays(rule: IndexedFact) -> bool:
    """Whether a rule prices a claim: a sum of its own, or another tier's (同等政策奖励)."""
    return rule.row.amount_yuan is not None or same_as_tier(rule) is not None


def _paying_rule(
    claim: Claim, rule: IndexedFact, rules: list[IndexedFact]
) -> tuple[IndexedFact, tuple[str, ...]]:
    """A claim matched to a rule promising no sum (在融资上给予倾斜) that another rule of the
    document also covers with a sum, or with "the same as" another tier, is priced by that
    one; the promise without a sum is kept beside it (``also``)."""
    if _pays(rule):
        return rule, ()
    scored = _scored(claim, rules)
    best = max((score for score, each in scored if each is rule), default=1.0)
    paying = [
        (score, each)
        for score, each in scored
        if _pays(each) and score >= best - _PAYING_SLACK - 1e-9
    ]
    if not paying:
        return rule, ()
    top = max(score for score, _ in paying)
    chosen = min(
        (each for score, each in paying if score >= top - 1e-9),
        key=lambda each: len(vocabulary.bigrams(each.row.label)),
    )
    return chosen, ((rule.row.treatment,) if rule.row.treatment else ())


# The quotes a tier is named in (给予“国家级品牌”同等…): no part of its name.
_EDGE_QUOTES = re.compile(r"[“”\"']")


def _priced_line(claim: Claim, rule: IndexedFact, rules: list[IndexedFact]) -> RewardLine:
    """The claim priced by its rule; a rule paying "the same as" another tier is priced at that
    tier's sum in the same document, said so, or listed as such when the document writes none."""
    line = _line(claim, rule)
    tier = same_as_tier(rule)
    if tier is None:
        return line
    named = _EDGE_QUOTES.sub("", tier)
    tier_claim = read_claim(named)
    others = [each for each in rules if each is not rule and same_as_tier(each) is None]
    paid, _ = _match(tier_claim, others) if tier_claim is not None else (None, None)
    if paid is None or paid.row.amount_yuan is None:
        return replace(line, same_as=f"本文件未写“{named}”的奖励金额")
    priced = _line(claim, paid)
    said = format_reward(paid.row.amount_yuan, is_cap=paid.row.is_cap, treatment=paid.row.treatment)
    return replace(
        priced,
        fact_id=line.fact_id,
        achievement=line.achievement,
        role=line.role,
        level=line.level,
        citation=line.citation,
        section=line.section,
        same_as=f"与“{named}”同等,按原文“{paid.row.label}”{said}计",
    )


# A province's title named by its level (省名牌, 省著名商标): the document of a city names it
# by its province (浙江名牌产品, 浙江省著名商标).
_LEVEL_PROVINCIAL_TITLE = re.compile(rf"^省(?=(?:{PROVINCIAL_TITLES}))")


_BUILT_IN_GLOSSARY = Glossary()


def _home_forms(words: str, region: str | None, rule_text: str = "") -> tuple[str, ...]:
    """The claim's words, and for a province's title named by its level (省名牌) the title as
    a document of a region in that province writes it (浙江名牌, 浙江省名牌). A short form
    staff write (国标) is also tried as the documents write it (国家标准), as a question's is;
    the short form itself only against a rule that writes it as a word of its own (品字标):
    its letters occur inside other titles (国标 in 中国标准创新贡献奖)."""
    spelled = _BUILT_IN_GLOSSARY.rewrite(words, lambda term: False, vocabulary.word_edges)
    if spelled != words:
        return (words, spelled) if _writes_short_form(rule_text, words) else (spelled,)
    if not region or not _LEVEL_PROVINCIAL_TITLE.match(words):
        return (words,)
    provinces = sorted(p for p in {region, *named_parents(region)} if p and p.endswith("省"))
    rest = words[1:]
    return (
        words,
        *(f"{name}{rest}" for province in provinces for name in (province, province[:-1])),
    )


def _writes_short_form(rule_text: str, words: str) -> bool:
    """Whether a rule writes one of the glossary's short forms in ``words`` as a word."""
    if not rule_text:
        return True
    short = lambda term: term not in words  # noqa: E731 - skip the terms the claim has not
    return _BUILT_IN_GLOSSARY.rewrite(rule_text, short, vocabulary.word_edges) != rule_text


def _states_condition(rule: IndexedFact) -> bool:
    """A "rule" that is really a condition (就高不重复, 总额不超过) is applied as one, never
    priced as a reward of its own."""
    condition = classify_sentence(rule.row.quote, rule.document.id)
    if condition is not None and against_level_above(rule.row.quote):
        # "…区财政每项再给予10万元奖励,与市级奖励不重复享受": a rule, weighed against the
        # level above's by reward_levels
        return False
    # "对…按每项8万元给予奖励,同一单位年度奖励总额不超过40万元": a rule with a cap of its own
    # (",全年奖励资金总额不超过90万元" after a rule's sum caps every rule; the rule is still priced)
    return (
        condition is not None
        and condition.kind != ConditionKind.SCOPE
        and (
            condition.kind != ConditionKind.OVERALL_CAP or grant_before_cap(condition.quote) is None
        )
    )


def _labels(rules: list[IndexedFact]) -> tuple[str, ...]:
    """The rules a claim could mean, in the document's words: staff choose by role or level,
    never by an internal id (those are for admins' edits)."""
    return tuple(dict.fromkeys(rule.row.label for rule in rules))


def _levels_agree(claim_level: str, rule_level: str) -> bool:
    return claim_level in rule_level or rule_level in claim_level


def _coverage(words: str, rule_text: str) -> float:
    grams = set(vocabulary.bigrams(words))
    if not grams:
        return 1.0 if words and words in rule_text else 0.0
    return len(grams & set(vocabulary.bigrams(rule_text))) / len(grams)


def _line(claim: Claim, rule: IndexedFact) -> RewardLine:
    row = rule.row
    status = (
        LineStatus.NO_SUM
        if row.amount_yuan is None
        else LineStatus.UP_TO
        if row.is_cap
        else LineStatus.FIXED
    )
    line = RewardLine(
        claim=claim,
        fact_id=row.id,
        achievement=row.label,
        role=row.role,
        level=row.level,
        unit_amount=row.amount_yuan,
        is_cap=row.is_cap,
        treatment=row.treatment,
        citation=_citation(rule),
        section=row.section,
        status=status,
    )
    return line_amounts(line)


def _count_limits(
    limits: list[CountLimit],
    lines: list[RewardLine],
    cite: Callable[[str], Citation],
    layout: _Layout,
) -> tuple[list[RewardLine], list[ConditionOutcome]]:
    """ "每个产品奖励15万元,同一企业最多奖励3个产品": a line of the rule a count limit closes (or,
    said alone, of a rule naming what it counts) is paid for that many at most; each limit that
    reaches a line is shown, applied when the firm claimed more."""
    outcomes: list[ConditionOutcome] = []
    kept: list[RewardLine] = []
    firm_wide = [each for each in limits if _counts_every_reward(each)]
    limits = [each for each in limits if each not in firm_wide]
    for line in lines:
        limit = next((each for each in limits if _limit_reaches(each, line)), None)
        if limit is None or line.status == LineStatus.NOT_COUNTED:
            kept.append(line)
            continue
        unit = f"{limit.limit}{limit.measure}{limit.noun or ''}"
        if line.count > limit.limit:
            effect = f"{line.achievement}:{phone_clause(limit.clause)},按{unit}计(填写{line.count}{limit.measure})"
            line = line_amounts(replace(line, claim=line.claim.with_count(limit.limit)))
            applied = True
        else:
            effect = f"{line.achievement}:{phone_clause(limit.clause)},填写{line.count}{limit.measure}未超过"
            applied = False
        kept.append(line)
        outcomes.append(
            ConditionOutcome(COUNT_LIMIT, limit.quote, effect, applied, cite(limit.quote))
        )
    for limit in sorted(firm_wide, key=lambda each: each.limit):
        # "上述标准奖励,同一企业最多享受1项" closing one section counts that section's rewards
        # only, as a cap there caps them (``_capped_lines``)
        covered = _capped_lines(limit.quote, kept, layout)
        numbers = [n for n, line in enumerate(kept) if any(line is each for each in covered)]
        limited, outcome = _firm_count_limit(limit, [kept[n] for n in numbers], cite(limit.quote))
        for number, line in zip(numbers, limited, strict=True):
            kept[number] = line
        outcomes.append(outcome)
    return kept, outcomes


# What a limit counts when it counts the firm's rewards as such (最多享受2项奖励), not an
# achievement (产品).
_ANY_REWARD = re.compile(r"(?:奖励|奖项|政策|扶持|补助|资助|奖补|支持|优惠)+")


# The plan's own numbering before a clause ("4.", "(三)", "二、"): no use on a phone.
_NUMBERING = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]+[))]|[一二三四五六七八九十\d]+[.、.．])\s*"
)
_CLAUSE_ENDS = ",;,;。:(("
PHONE_CLAUSE = 40


def phone_clause(text: str, limit: int = PHONE_CLAUSE) -> str:
    """A clause of the plan for a phone's line: its numbering dropped, and when too long cut at
    the last clause boundary within ``limit`` (mid-word only when there is none)."""
    text = _NUMBERING.sub("", text.strip())
    if len(text) <= limit:
        return text
    cut = outside_amount(text, max(text.rfind(mark, 0, limit) for mark in _CLAUSE_ENDS))
    if cut >= limit // 3:  # (a comma of 1,000 is no clause's end)
        return text[:cut] + "…"
    return text[: outside_amount(text, limit - 1)] + "…"


def _counts_every_reward(limit: CountLimit) -> bool:
    """A limit said on its own over the firm's rewards, naming no achievement ("同一企业同一
    年度最多享受2项奖励", "每家企业每年最多享受2项"): it binds the rewards together."""
    return limit.grant is None and (limit.noun is None or bool(_ANY_REWARD.fullmatch(limit.noun)))


def _firm_count_limit(
    limit: CountLimit, lines: list[RewardLine], citation: Citation
) -> tuple[list[RewardLine], ConditionOutcome]:
    """The firm is paid for ``limit.limit`` rewards at most: the highest (a fixed sum before a
    maximum of the same figure); the others are shown as not counted."""
    counted = {
        number
        for number, line in enumerate(lines)
        if line.count > 0 and line.status != LineStatus.NOT_COUNTED
    }
    # A rule paying per the limit's own measure (给予每项50万元 under 最多享受2项) gives that
    # many 项; one paying per something else (每个产品奖励10万元) is one reward however many
    # products it pays for, paid whole or not at all.
    items = {number: _items(lines[number], limit) for number in counted}
    claimed = sum(items.values())
    if claimed <= limit.limit:
        effect = f"{phone_clause(limit.clause)},填写{claimed}{limit.measure}未超过"
        return lines, ConditionOutcome(COUNT_LIMIT, limit.quote, effect, False, citation)
    left = limit.limit
    paid: dict[int, int] = {}
    for number, line in sorted(
        enumerate(lines),
        key=lambda item: (
            -(item[1].unit_amount or 0.0) * (item[1].count if items.get(item[0]) == 1 else 1),
            item[1].is_cap,
            item[0],
        ),
    ):
        if number in counted:
            if items[number] == line.count:
                paid[number] = min(line.count, left)
            else:
                paid[number] = line.count if left > 0 else 0
            left -= min(items[number], left)
    kept: list[RewardLine] = []
    for number, line in enumerate(lines):
        if number not in paid or paid[number] == line.count:
            kept.append(line)
        elif paid[number]:
            kept.append(line_amounts(replace(line, claim=line.claim.with_count(paid[number]))))
        else:
            dropped = replace(line, status=LineStatus.NOT_COUNTED, dropped_by=COUNT_LIMIT)
            kept.append(replace(dropped, certain=0.0, upper=0.0))
    names = "、".join(
        dict.fromkeys(line.achievement for number, line in enumerate(lines) if paid.get(number))
    )
    effect = (
        f"{phone_clause(limit.clause)},填写{claimed}{limit.measure},按金额最高的{limit.limit}{limit.measure}计"
        f"({names})"
    )
    return kept, ConditionOutcome(COUNT_LIMIT, limit.quote, effect, True, citation)


def _items(line: RewardLine, limit: CountLimit) -> int:
    """How many of ``limit``'s measure a line is: its count when its rule pays per that
    measure (每项) or per nothing else, one when it pays per another (每个产品)."""
    quote = line.citation.quote
    per = re.findall(r"每(个|项|件|款|台|套|家|名|批)", quote)
    if line.count > 1 and per and limit.measure not in per:
        return 1
    return line.count


# The kind of a count limit per firm's outcome (同一企业最多奖励3个产品).
COUNT_LIMIT = "count_limit"


def _limit_reaches(limit: CountLimit, line: RewardLine) -> bool:
    """A limit closing a rule's sentence reaches that rule's lines; one said alone reaches the
    rules naming what it counts (产品)."""
    quote = _PLAIN.sub("", line.citation.quote)
    if limit.grant is not None:
        grant = _PLAIN.sub("", limit.grant)
        return bool(quote) and (quote in grant or grant in quote)
    noun = limit.noun
    return noun is not None and (noun in line.achievement or noun in line.citation.quote)


def _group_caps(lines: list[RewardLine], rules: list[IndexedFact]) -> list[ConditionOutcome]:
    """A capped rule that points back caps the lines of the rules before it in its section
    (and of its role, when it names one): "参与制修订并出台上述标准的单位,给予最高不超过30万元"."""
    outcomes: list[ConditionOutcome] = []
    for rule in rules:
        row = rule.row
        if not (row.is_cap and row.amount_yuan and _REFERS_BACK.search(row.label)):
            continue
        covered = [
            line
            for line in lines
            if line.section == row.section
            and line.fact_id < row.id
            and (row.role is None or line.role == row.role)
            and line.status != LineStatus.NOT_COUNTED
        ]
        certain = sum(line.certain for line in covered)
        upper = sum(line.upper or 0.0 for line in covered)
        if not covered:
            continue
        cap = row.amount_yuan
        who = f"{row.role}类" if row.role else "上述各项"
        if upper <= cap:
            effect = f"{who}{_summed(certain, upper)},未超过最高{format_yuan(cap)}"
            outcomes.append(
                ConditionOutcome("group_cap", row.quote, effect, False, _citation(rule))
            )
            continue
        effect = (
            f"{who}{_summed(certain, upper)},按最高{format_yuan(cap)}计,"
            f"核减{format_yuan(upper - cap)}"
        )
        outcomes.append(
            ConditionOutcome(
                "group_cap",
                row.quote,
                effect,
                True,
                _citation(rule),
                reduced_certain=max(certain - cap, 0.0),
                reduced_upper=upper - cap,
            )
        )
    return outcomes


def _rule_cap(
    condition: RewardTerm, lines: list[RewardLine], citation: Citation
) -> ConditionOutcome | None:
    """ "对…按每项8万元给予奖励,同一单位年度奖励总额不超过40万元": the cap of the rule its sentence
    grants, over the lines that rule prices (None when no line is of that rule)."""
    grant = condition.capped_rule
    if grant is None or condition.cap_yuan is None:
        return None
    covered = [
        line
        for line in lines
        if line.status != LineStatus.NOT_COUNTED
        and (grant in line.citation.quote or line.citation.quote in condition.quote)
    ]
    if not covered:
        return None
    cap = condition.cap_yuan
    certain = sum(line.certain for line in covered)
    upper = sum(line.upper or 0.0 for line in covered)
    if upper <= cap:
        effect = f"该项{_summed(certain, upper)},未超过最高{format_yuan(cap)}"
        return ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
    effect = (
        f"该项{_summed(certain, upper)},按最高{format_yuan(cap)}计,核减{format_yuan(upper - cap)}"
    )
    return ConditionOutcome(
        condition.kind,
        condition.quote,
        effect,
        True,
        citation,
        reduced_certain=max(certain - cap, 0.0),
        reduced_upper=upper - cap,
    )


def _sheet(text: str, place: str | None) -> ClaimSheet:
    """The claims of ``text``, with the place the asker named."""
    return replace(read_claims(text), place=place or None)


_SCOPE_LEAD = re.compile(r"^[^,,;;。]*?适用于")


def _scope_listed(quote: str) -> str:
    """What a scope clause lists, for one line of a phone page: "奖励政策适用于衢州市级、柯城区…"
    reads "范围:衢州市级、柯城区…" (the whole sentence stays behind 出处); a clause with no
    适用于 is quoted as the plan writes it."""
    clause = _NUMBERING.sub("", quote.strip())
    lead = _SCOPE_LEAD.match(clause)
    if lead and clause[lead.end() :].strip():
        return f"范围:{phone_clause(clause[lead.end() :])}"
    return f"原文“{phone_clause(clause)}”"


def _lists_place(quote: str, place: str) -> bool:
    """A scope clause names the asker's district ("适用于衢州市级、柯城区、衢江区" names 柯城区, asked
    as 柯城 or 柯城区). A city it names is not confirmed: 衢州市级 leaves out the city's counties."""
    short = re.sub(r"(?:区|县|镇|乡|街道)$", "", place)
    return (
        len(short) >= 2 and re.search(rf"{re.escape(short)}(?:区|县|镇|乡|街道)", quote) is not None
    )


# A top-level heading of a document's text: "一、品牌奖励", "第二章 标准奖励".
_TOP_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百零〇]+[章部分编])"
)
# A cap over every reward of the document, wherever it is said ("本办法各项奖励…", "所有奖励…").
_WHOLE_DOCUMENT = re.compile(r"本(?:办法|意见|政策|细则|规定|措施|方案|文件)|全部|各项|各类|所有")
_POINTS_BACK = re.compile(r"上述|以上|前述")


@dataclass(frozen=True)
class _Layout:
    """Where in a document's text each quote stands, and under which top-level heading."""

    plain: str
    headings: tuple[int, ...]  # where each top-level heading starts in ``plain``
    rule_sections: frozenset[int]  # the sections the document's rules stand in

    @classmethod
    def of(cls, text: str, rules: Sequence[IndexedFact]) -> _Layout:
        plain, headings = "", []
        for line in text.splitlines():
            said = vocabulary.normalise(line)
            if _TOP_HEADING.match(said):
                headings.append(len(plain))
            plain += _PLAIN.sub("", said)
        layout = cls(plain, tuple(headings), frozenset())
        sections = {layout.place(rule.row.quote)[1] for rule in rules}
        return replace(layout, rule_sections=frozenset(sections))

    def place(self, quote: str) -> tuple[int, int]:
        """Where ``quote`` starts and the number of its section (-1, -1 when not found)."""
        start = self.plain.find(_PLAIN.sub("", quote)) if quote else -1
        if start < 0:
            return -1, -1
        return start, bisect_right(self.headings, start)


def _capped_lines(quote: str, lines: list[RewardLine], layout: _Layout) -> list[RewardLine]:
    """The lines an overall cap is over: those of its own section's rules ("上述…": only those
    said before it, its own rule's included), or every line when it names the whole document
    (本办法, 各项, 所有), stands in a section of no rules (附则), or cannot be placed."""
    start, section = layout.place(quote)
    if _WHOLE_DOCUMENT.search(quote) or start < 0 or section not in layout.rule_sections:
        return lines
    back = _POINTS_BACK.search(quote) is not None
    covered: list[RewardLine] = []
    for line in lines:
        at, of = layout.place(line.citation.quote)
        if at < 0:
            return lines
        if of == section and (not back or at <= start):
            covered.append(line)
    return covered


def _section_lines(
    condition: RewardTerm, lines: list[RewardLine], layout: _Layout
) -> list[RewardLine] | None:
    """The lines an overall cap is over when they are only some of them (``_capped_lines``);
    None for a cap over them all, or a condition that is no overall cap."""
    if condition.kind != ConditionKind.OVERALL_CAP:
        return None
    covered = _capped_lines(condition.quote, lines, layout)
    return covered if len(covered) < len(lines) else None


def _section_cap(
    condition: RewardTerm, covered: list[RewardLine], sheet: ClaimSheet, citation: Citation
) -> ConditionOutcome | None:
    """An overall cap over some lines only (``_capped_lines``): applied to their sum."""
    if not covered:
        return None
    certain = sum(line.certain for line in covered)
    upper = (
        sum(line.upper or 0.0 for line in covered)
        if all(line.upper is not None for line in covered)
        else None
    )
    outcome = _overall(condition, certain, upper, sheet, citation)
    names = "、".join(dict.fromkeys(line.achievement for line in covered))
    outcome = replace(outcome, effect=f"{names}:{outcome.effect}")
    if outcome.cap_yuan is None:
        return outcome
    cap = outcome.cap_yuan
    return replace(
        outcome,
        cap_yuan=None,
        reduced_certain=max(certain - cap, 0.0),
        reduced_upper=max(upper - cap, 0.0) if upper is not None else 0.0,
    )


def _overall(
    condition: RewardTerm,
    certain: float,
    upper: float | None,
    sheet: ClaimSheet,
    citation: Citation,
) -> ConditionOutcome:
    """Scope is stated for the firm to check; a cap is applied when its figure is known."""
    if condition.kind == ConditionKind.SCOPE:
        if sheet.registered_elsewhere and requires_local_registration(condition.quote):
            # 外地注册的 under "本办法适用于在青川市行政区域内注册…的企业": nothing is due.
            effect = "不适用:企业在外地注册,原文只奖励在本地注册的企业"
            return ConditionOutcome(
                condition.kind, condition.quote, effect, True, citation, cap_yuan=0.0
            )
        effect = f"{_scope_listed(condition.quote)},请确认企业在范围内"
        if sheet.place and _lists_place(condition.quote, sheet.place):
            effect = f"{sheet.place}在原文所列范围内"
        return ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
    if condition.kind != ConditionKind.OVERALL_CAP:
        # (奖励资金由市、区县财政按1:1分担: the line says which clause, not only 请对照原文)
        effect = f"原文“{phone_clause(condition.quote)}”,请对照"
        return ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
    if condition.tax_tied:
        if sheet.tax_retained_yuan is None:
            effect = f"无法判断:需要企业的纳税数额,合计可能因此减少({TAX_HINT})"
            return ConditionOutcome(condition.kind, condition.quote, effect, False, citation)
        cap = sheet.tax_retained_yuan
        label = f"企业提供的纳税数额{format_yuan(cap)}"
    elif condition.cap_yuan is not None:
        cap = condition.cap_yuan
        label = f"最高{format_yuan(cap)}"
    else:
        return ConditionOutcome(
            condition.kind, condition.quote, "无法判断:原文没有写明上限数额", False, citation
        )
    if upper is not None and upper <= cap:
        return ConditionOutcome(
            condition.kind, condition.quote, f"合计未超过{label}", False, citation
        )
    if upper is None and certain <= cap:
        effect = f"确定部分未超过{label};其余奖励连同在内合计不超过{format_yuan(cap)}"
        return ConditionOutcome(
            condition.kind, condition.quote, effect, True, citation, cap_yuan=cap
        )
    if upper is not None and certain <= cap:
        # 最高… rules whose maxima together pass the cap: the sure part does not
        effect = f"{_summed(certain, upper)},超过{label},合计最高按{format_yuan(cap)}计"
    else:
        effect = f"合计超过{label},按{format_yuan(cap)}计"
    return ConditionOutcome(condition.kind, condition.quote, effect, True, citation, cap_yuan=cap)


def _summed(certain: float, upper: float) -> str:
    """ "合计60万元", or "各项最高额合计200万元" when some lines pay up to a maximum only."""
    said = "合计" if upper <= certain + 0.5 else "各项最高额合计"
    return f"{said}{format_yuan(upper)}"


def _citation(fact: IndexedFact) -> Citation:
    return Citation(
        document_id=fact.document.id,
        document=fact.document.name,
        quote=fact.row.quote,
        section=fact.row.section,
        doc_number=fact.document.doc_number,
    )


def _document_citation(index: KnowledgeIndex, document_id: int, quote: str) -> Citation:
    document = index.document(document_id)
    return Citation(document_id, document.name, quote, doc_number=document.doc_number)


def _beside_other_places(
    priced: Calculation, note: str, others: list[tuple[str, Calculation]]
) -> Calculation:
    """``priced`` with its place note and every other place's figure beside it; a document an
    other place's figure already cites is not listed again among the other documents."""
    named = {theirs.document for _, theirs in others}
    return replace(
        priced,
        place_note=note,
        other_places=tuple(others),
        other_documents=tuple(d for d in priced.other_documents if d not in named),
    )
