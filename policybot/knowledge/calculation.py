"""What the reward calculator returns: each claim priced by one rule (a line), the claims it
could not price and why, what the document's conditions did, and the totals.

The shapes live apart from the pricing so that adding up levels of government
(``reward_levels``) and writing replies (``handlers.calc_format``) read them without importing
the calculator itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from policybot.knowledge.answers import Citation, FactLine, format_yuan, range_floor
from policybot.knowledge.models import FactKind
from policybot.knowledge.reward_claims import Claim, ClaimSheet
from policybot.knowledge.reward_terms import ConditionKind

NO_RULE = "未找到对应的奖励条款"


class LineStatus:
    FIXED = "fixed"  # a fixed sum × count
    UP_TO = "up_to"  # 最高…: only an upper bound is known
    NO_SUM = "no_sum"  # no fixed sum in the document (配套, 同等政策, 给予奖励)
    NOT_COUNTED = "not_counted"  # dropped by 就高不重复


@dataclass(frozen=True)
class RewardLine:
    """One claim priced by one rule."""

    claim: Claim
    fact_id: int
    achievement: str
    role: str | None
    level: str | None
    unit_amount: float | None
    is_cap: bool
    treatment: str | None
    citation: Citation
    section: str | None
    status: str
    certain: float = 0.0
    upper: float | None = 0.0  # None: no upper bound known (no fixed sum)
    dropped_by: str = ""  # the kind of condition that left a NOT_COUNTED line out
    # "给予“国家级品牌”同等政策奖励": the tier the rule pays the same as, and how it was priced
    # (at that tier's sum in the same document, or not: the document writes no sum for it)
    same_as: str = ""
    # What else the document promises the same achievement without a sum (在融资上给予倾斜)
    also: tuple[str, ...] = ()
    # Whose rule prices it, where a calculation adds two regions' rules (a district's 再给予 on
    # top of its city's): the same achievement on two lines says which pays which
    payer: str = ""

    @property
    def count(self) -> int:
        return self.claim.count


@dataclass(frozen=True)
class Undecided:
    """A claim the calculator could not price, and why (with the rules it could have meant)."""

    claim: Claim
    reason: str
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConditionOutcome:
    """A document condition and what it did to the total (or why it could not be applied)."""

    kind: str
    quote: str
    effect: str
    applied: bool
    citation: Citation
    # A cap over some lines takes this much off; an overall cap clamps the total to cap_yuan.
    reduced_certain: float = 0.0
    reduced_upper: float = 0.0
    cap_yuan: float | None = None


@dataclass(frozen=True)
class Calculation:
    found: bool
    message: str
    sheet: ClaimSheet
    region: str | None = None
    document: str | None = None
    lines: tuple[RewardLine, ...] = ()
    undecided: tuple[Undecided, ...] = ()
    conditions: tuple[ConditionOutcome, ...] = ()
    certain_total: float = 0.0
    upper_total: float | None = 0.0
    other_documents: tuple[str, ...] = field(default_factory=tuple)
    # A request naming no place: whose rules these are (只查到衢州市的规定…), and what the other
    # places whose rules reward the same achievements pay, each by its own best document.
    place_note: str | None = None
    other_places: tuple[tuple[str, Calculation], ...] = ()

    @property
    def has_ceiling(self) -> bool:
        """Whether a counted line pays up to its rule's 最高… with no lower end stated: the total
        is then a ceiling, its sure part what the other lines pay."""
        return any(
            line.status == LineStatus.UP_TO and line.count and not line.certain
            for line in self.lines
        )

    @property
    def priced_claims(self) -> frozenset[tuple[str, str | None]]:
        """The claims some line prices, as (words, role): a claim that two regions' rules price
        (a district's 再给予 and its city's rule) is one achievement, not two."""
        return frozenset((line.claim.words, line.claim.role) for line in self.lines)

    @property
    def no_sum_lines(self) -> tuple[RewardLine, ...]:
        return tuple(line for line in self.lines if line.status == LineStatus.NO_SUM)

    def asked_conditions(self) -> tuple[tuple[str, tuple[ConditionOutcome, ...]], ...]:
        """Each condition the request asked about (就高不重复吗), with the document's own
        conditions of that kind that answer it (none: the document states none)."""
        kinds = {ConditionKind.OVERALL_CAP: (ConditionKind.OVERALL_CAP, "group_cap")}
        return tuple(
            (
                asked,
                tuple(o for o in self.conditions if o.kind in kinds.get(asked, (asked,))),
            )
            for asked in self.sheet.asked_conditions
        )


def line_amounts(line: RewardLine) -> RewardLine:
    if line.status == LineStatus.NO_SUM:
        return replace(line, certain=0.0, upper=None if line.count else 0.0)
    amount = (line.unit_amount or 0.0) * line.count
    if line.status == LineStatus.UP_TO:
        # "给予50万元至80万元奖励": the range's lower end is paid for certain
        floor = range_floor(line.unit_amount, line.is_cap, line.treatment) or 0.0
        return replace(line, certain=floor * line.count, upper=amount)
    return replace(line, certain=amount, upper=amount)


def fact_line(line: RewardLine, region: str | None) -> FactLine:
    """A priced line as an answer's fact, for ``stacked_rewards``' reading: what it pays here
    (a fixed sum adds up; 最高… and no sum do not)."""
    value = {
        LineStatus.FIXED: format_yuan(line.certain),
        LineStatus.UP_TO: f"最高{format_yuan(line.upper or 0.0)}",
    }.get(line.status, "无固定金额")
    return FactLine(
        FactKind.REWARD, line.fact_id, line.achievement, line.citation, value=value, region=region
    )
