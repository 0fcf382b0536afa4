"""A district's reward paid on top of its city's: "对首次通过“品字标”认证的企业,区财政再给予10万元
奖励" of a district's plan adds to its city's "…给予20万元奖励", which holds in the district too.

Asked of the district, the district's own rule outranked its city's tied one and was the whole
answer (attack55 H6: 答: 10万元, the city's 20万元 left out). A district rule that says it pays
again (再给予, 另给予, 另行奖励, 额外给予, 追加, 叠加) is read as on top of the rules of the
regions above it that reward the same thing: both are answered, each cited, and their sum when
both are fixed sums. A district's rule that says no such thing may replace its city's, or not;
the district's own answers unless the question asks the levels together (市区两级, 市里和区里),
when the city's is shown beside it (each with its own sum, never added up).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from policybot.knowledge.answers import FactLine, format_yuan
from policybot.knowledge.excluded_places import excluded_parts, leaves_out
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.models import FactKind
from policybot.knowledge.provinces import named_parents
from policybot.knowledge.reward_claims import asks_levels_together
from policybot.knowledge.reward_grades import further_prizes

# Paying again, on top of what another rule pays: 再给予, 另给予…奖励, 另行奖励, 额外补助, 追加, 叠加.
_ON_TOP = re.compile(
    r"(?:再|另行|另|额外|追加)(?:给予|奖励|奖|补助|补贴|资助|一次性)|叠加(?:给予|奖励|享受)?"
)
# A value that is one fixed sum (10万元), which adds up; 最高…, …以上, 每项… do not.
_FIXED_SUM = re.compile(r"\d+(?:\.\d+)?(?:万|亿)?元")
# What a value is paid per, as the lookup writes it (每家10万元, 每项再5万元): per firm, per item.
_PER = re.compile(r"^(每(?:家|项|个|件|户|次|款))(?:再|另)?")


def pays_on_top(line: FactLine) -> bool:
    """Whether a reward line pays again on top of another rule (区财政再给予10万元): its pay
    word written before any sum of its sentence. "…给予20万元;评为国家级的,再奖励30万元" is
    the same document's further tier, no sum on top of another level's."""
    if line.kind not in (FactKind.REWARD, PASSAGE):
        return False
    quote = line.citation.quote or line.label
    found = _ON_TOP.search(quote)
    return found is not None and not find_money(quote[: found.start()])


# Not paid again where a region above pays (区级不再重复奖励, 与市级奖励就高不重复, 与市级奖励
# 不累加, 按从高原则执行).
_NOT_AGAIN = re.compile(
    r"不再(?:重复)?(?:给予|奖励|享受|补助|补贴)|不(?:得)?重复(?:享受|奖励|给予|补助|计)|就高|"
    r"从高(?:原则|执行|奖励|享受|给予|计)|不(?:予|得)?(?:叠加|累加)|不同时享受"
)
# A level above named in such a clause (市级, 省级, 上级, 市里).
_LEVEL_ABOVE = re.compile(r"[省市]级|上级|[省市]里|[省市]财政|国家级")


def not_paid_again(text: str, quote: str) -> str | None:
    """The clause of a document saying a rule of it paying on top is not paid where a level
    above pays the same ("已享受市级同类奖励的,区级不再重复奖励"): one in the rule's own
    sentence reaches that rule; one in a sentence paying nothing reaches every rule of the
    document.
    None when the document says no such thing."""
    for sentence in re.split(r"(?<=[。;;\n])", text):
        plain = sentence.strip()
        if not (_NOT_AGAIN.search(plain) and _LEVEL_ABOVE.search(plain)):
            continue
        if (quote and quote in plain) or not _grants(plain):
            return re.sub(r"[。;;]+$", "", plain)
    return None


def against_level_above(quote: str) -> bool:
    """Whether a no-stacking clause sits in a rule's own sentence and weighs that rule against a
    level above ("…区财政每项再给予10万元奖励,与市级奖励不重复享受,按就高原则执行"): it speaks of
    that rule and the city's, never of the document's rules among themselves (attack58 M2: shown
    beside a 品字标 request the clause was no part of)."""
    return bool(_NOT_AGAIN.search(quote) and _LEVEL_ABOVE.search(quote) and _grants(quote))


def _grants(sentence: str) -> bool:
    """Whether a sentence is a rule paying something: a sum, or a share paid again with none
    (区财政按市级奖励金额的50%再给予配套奖励: attack59 M10, its clause read as the document's
    rule for all its rewards). 不再给予 pays nothing."""
    if find_money(sentence):
        return True
    return any(sentence[max(m.start() - 1, 0)] != "不" for m in _ON_TOP.finditer(sentence))


def encloses(outer: str | None, inner: str | None) -> bool:
    """Whether region ``outer`` is one above ``inner`` as the store names them (青石市 above
    青石市东湖区), or as the gazetteer places them: a city plan that never names its province is
    stored without it, and its province's rules still reach it and its districts."""
    if not outer or not inner or outer == inner:
        return False
    return inner.startswith(outer) or outer in named_parents(inner)


def same_subject(own: FactLine, above: FactLine) -> bool:
    """Whether a rule of a region above rewards what a district's rule does: neither names a
    lesser prize or later round the other does not (江北区's 再给予 for the 市长质量奖提名奖
    stacks on 林浦市's 提名奖 rule, never on its 市长质量奖 one: attack56 H1)."""
    return not further_prizes(own.label, above.label) and not further_prizes(above.label, own.label)


def keeps_above(question: str, own: Sequence[FactLine]) -> bool:
    """Whether the tied rules of the regions above belong beside a district's own rules: one of
    those pays on top of them, or the question asks the levels together."""
    return asks_levels_together(question) or any(pays_on_top(line) for line in own)


def stacked_headline(
    lines: Sequence[FactLine], texts: Mapping[int, str] | None = None
) -> tuple[str, str] | None:
    """The lead and a note of an answer whose lines hold a district's rule paying on top and a
    rule of a region above it: "共30万元:青石市东湖区 10万元 + 青石市 20万元" when both are
    fixed sums, else each said apart; the higher of the two when the district's document says
    it is not paid again (``not_paid_again`` over ``texts``, each document's text by id, as the
    calculator reads it). None when the lines hold no such pair."""
    for own in lines:
        if not pays_on_top(own):
            continue
        above = [
            line
            for line in lines
            if encloses(line.region, own.region)
            and _sum(line)
            and same_subject(own, line)
            and not _leaves_out_below(line, own, texts)
        ]
        mine = _sum(own)
        if not above or mine is None:
            continue
        over_levels = _over_levels(own, above, texts)
        if over_levels is not None:
            return over_levels
        # the level right above (the city, not the province above it): a city rule paying no
        # 再给予 leaves the province's out of the sum, as the calculator does (attack60 H8)
        base = max(above, key=lambda line: _depth(line.region, above))
        theirs = _sum(base)
        if _not_paid_again(own, texts):
            return _higher_of(own, mine, base, theirs)
        note = f"{own.region}的规定写明“{_pay_words(own)}”:在{base.region}的奖励之外另给"
        each = _each(own)
        if mine[1] and theirs is not None and theirs[1] and each == _each(base):
            # 每家再5万元 on top of 每家10万元: 每家共15万元, each firm's sum
            total = format_yuan(mine[1] + theirs[1])
            lead = f"{each}共{total}:{own.region} {mine[0]} + {base.region} {theirs[0]}"
        else:
            lead = f"{own.region} {mine[0]};另有{base.region} {theirs[0] if theirs else ''}"
        return lead, note
    return None


def _depth(region: str | None, lines: Sequence[FactLine]) -> tuple[int, int]:
    """How far down ``region`` lies among the lines' regions: how many of them enclose it (a
    city below its province, whether or not its stored name says so), then its name's length."""
    regions = {line.region for line in lines}
    return sum(1 for other in regions if encloses(other, region)), len(region or "")


class _Part(NamedTuple):
    """One level's share of a sum over levels: its line, its yuan, and its sum as shown."""

    line: FactLine
    amount: float
    shown: str


def _higher(above: _Part, own: _Part) -> _Part:
    """Of two levels not paid together, the higher, the other named beside it."""
    high, low = (own, above) if own.amount > above.amount else (above, own)
    return _Part(high.line, high.amount, f"{high.shown}({low.line.region} {low.shown},不叠加)")


def _over_levels(
    own: FactLine, above: Sequence[FactLine], texts: Mapping[int, str] | None
) -> tuple[str, str] | None:
    """The lead of a rule paying on top of two or more levels above (a county's 再给予 on its
    city's 再给予 on its province's): every level's sum added, a level that says it is not paid
    where the one above pays (与市级奖励不重复享受) counted as the higher of the two — as the
    calculator prices it (attack59 H5, H6: the province's 30万元 left out of the lead). None
    unless every level is one fixed sum paid alike and each level below the top pays on top."""
    nearest: dict[str, FactLine] = {}
    for line in above:
        nearest.setdefault(line.region or "", line)
    if len(nearest) < 2:
        return None
    # from the level right above ``own`` to the top: the longer a region's name, the nearer
    chain = [
        own,
        *sorted(nearest.values(), key=lambda line: _depth(line.region, above), reverse=True),
    ]
    sums = [_sum(line) for line in chain]
    each = _each(own)
    if any(
        s is None or not s[1] or _each(line) != each for s, line in zip(sums, chain, strict=True)
    ):
        return None
    if not all(pays_on_top(line) for line in chain[:-1]):
        return None
    # walking down from the top: each level adds its sum, or replaces the level above's part
    # by the higher of the two when it says it is not paid again
    parts: list[_Part] = []
    for line, said in zip(reversed(chain), reversed(sums), strict=True):
        assert said is not None
        part = _Part(line, said[1], said[0])
        clause = _clause_not_paid_again(line, texts)
        if parts and clause is not None:
            weighed = _level_weighed(clause, parts)
            parts[weighed] = _higher(parts[weighed], part)
        else:
            parts.append(part)
    total = format_yuan(sum(part.amount for part in parts))
    lead = f"{each}共{total}:" + " + ".join(f"{part.line.region} {part.shown}" for part in parts)
    note = f"{own.region}的规定写明“{_pay_words(own)}”:在上级的奖励之外另给"
    if _not_paid_again(own, texts):
        note = f"{own.region}的规定写明与上级奖励不重复享受:两级不叠加,按较高的一项计"
    return lead, note


def _leaves_out_below(line: FactLine, own: FactLine, texts: Mapping[int, str] | None) -> bool:
    """Whether the document of a rule of a region above says it does not reach a place between
    it and ``own`` ("青石市、云溪市企业不适用本条" of a province's rule asked of 青石市西岭区): that
    level is no part of the district's sum (attack60 H12)."""
    if not line.region or not own.region:
        return False
    below = own.region[len(line.region) :] if own.region.startswith(line.region) else ""
    places = [place for place in _PLACE_PARTS.findall(below) if len(place) >= 2]
    text = (texts or {}).get(line.citation.document_id) or line.citation.quote or ""
    sentences = [s for s in re.split(r"(?<=[。;;\n])", text) if excluded_parts(s)]
    return any(leaves_out(sentence, place) for sentence in sentences for place in places)


# The parts of a region's name below another's (青石市, 西岭区 of 青石市西岭区).
_PLACE_PARTS = re.compile(r".+?(?:自治州|自治县|新区|市|区|县|州|旗|盟)")


# The level a no-stacking clause weighs a rule against, by the word naming it (省级, 市里).
_PROVINCE_WORD = re.compile(r"省(?:级|里|财政)")
_CITY_WORD = re.compile(r"[市州](?:级|里|财政)")


def _level_weighed(clause: str, parts: Sequence[_Part]) -> int:
    """Which of the levels above (top first) a clause weighs its rule against: the province's
    when it says 省级 (与省级奖励不重复享受: attack60 H10), the city's for 市级, else the level
    right above."""
    for word, endings in ((_PROVINCE_WORD, ("省", "自治区")), (_CITY_WORD, ("市", "州", "盟"))):
        if word.search(clause):
            named = [
                n for n, part in enumerate(parts) if (part.line.region or "").endswith(endings)
            ]
            if named:
                return named[-1]
    return len(parts) - 1


def _clause_not_paid_again(line: FactLine, texts: Mapping[int, str] | None) -> str | None:
    """The clause of a rule's document saying it is not paid where a level above pays."""
    quote = line.citation.quote or line.label
    text = (texts or {}).get(line.citation.document_id) or quote
    return not_paid_again(text, quote)


def _not_paid_again(own: FactLine, texts: Mapping[int, str] | None) -> bool:
    """Whether the document of a district's rule paying on top says it is not paid where the
    level above pays, in the rule's own sentence or one apart ("上述奖励与市级奖励不重复享受"):
    the lookup weighs it as the calculator does (attack59 H1, H2: 每项共50万元 led where the
    calculator paid the higher 40万元)."""
    return _clause_not_paid_again(own, texts) is not None


def _higher_of(
    own: FactLine,
    mine: tuple[str, float],
    base: FactLine,
    theirs: tuple[str, float] | None,
) -> tuple[str, str]:
    """The lead of a district's 再给予 whose own sentence says it does not stack with the level
    above's (与市级奖励不重复享受,按就高原则执行): the higher of the two, never their sum."""
    note = f"{own.region}的规定写明与上级奖励不重复享受:两级不叠加,按较高的一项计"
    if theirs is not None and mine[1] and theirs[1]:
        high, low = (base, own) if theirs[1] >= mine[1] else (own, base)
        high_sum, low_sum = (theirs, mine) if high is base else (mine, theirs)
        lead = f"按较高的一项计:{high.region} {high_sum[0]}({low.region} {low_sum[0]},不叠加)"
        return lead, note
    lead = (
        f"{own.region} {mine[0]};{base.region} {theirs[0] if theirs else ''}(不叠加,按较高的一项计)"
    )
    return lead, note


def _each(line: FactLine) -> str:
    """What a line's fixed sum is paid per (每家, 每项), or "" for a sum paid once."""
    found = _PER.match((line.value or "").strip())
    return found.group(1) if found else ""


def _sum(line: FactLine) -> tuple[str, float] | None:
    """A line's sum as shown and, when it is one fixed sum (each firm's or item's one, 每家再5万元
    included), its yuan (0 when it is not)."""
    value = (line.value or "").strip()
    if value:
        fixed = _FIXED_SUM.fullmatch(_PER.sub("", value))
        amounts = find_money(value)
        return value, amounts[0][1] if fixed and len(amounts) == 1 else 0.0
    amounts = find_money(line.citation.quote or line.label)
    if len(amounts) != 1:
        return None
    shown = format_yuan(amounts[0][1])
    quote = line.citation.quote or line.label
    plain = not re.search(r"最高|不超过|以上|以内|每", quote)
    return shown, amounts[0][1] if plain else 0.0


def _pay_words(line: FactLine) -> str:
    quote = line.citation.quote or line.label
    found = _ON_TOP.search(quote)
    return found.group(0) if found else ""
