"""A reward calculation as one Telegram HTML message, or as plain text for ``policybot calc``.

The total leads, with the document named once; then one line per priced claim (amount × count,
the rule), the document's conditions with what each did, and what could not be decided. In the
chat the sentences are behind the 出处 button (``calculation_sources``), so the message fits a
phone; the terminal gets them inline. The message is built to fit Telegram's 4096 UTF-16 units:
quotes are shortened, then left out, until it fits; every line keeps its section, so a citation
is never lost. Internal ids are not shown: staff cite by section.
"""

from __future__ import annotations

from policybot.handlers.formatting import (
    HTML,
    PLAIN,
    Markup,
    clip_echo,
    source_text,
    telegram_length,
)
from policybot.knowledge.answers import (
    Answer,
    AnswerKind,
    Citation,
    FactLine,
    format_reward,
    format_yuan,
)
from policybot.knowledge.calculation import Calculation, LineStatus, RewardLine
from policybot.knowledge.calculator import COUNT_LIMIT, phone_clause
from policybot.knowledge.lines import per_item_said
from policybot.knowledge.reward_terms import ConditionKind

TELEGRAM_LIMIT = 4096
QUOTE_LIMITS = (120, 50, 0)
CONDITION_NAMES = {
    ConditionKind.SCOPE: "适用范围",
    ConditionKind.OVERALL_CAP: "奖励上限",
    ConditionKind.NO_STACKING: "不重复奖励",
    "group_cap": "合计上限",
    COUNT_LIMIT: "数量上限",
}
USAGE = (
    "用法:/calc <地区> <成果> [主导/参与] [数量]; <成果> [数量] …\n"
    "例如 /calc 衢州 国际标准 主导 1; 驰名商标 1\n"
    "也可以直接写: /calc 我们今年主导制定了1项国际标准、新获中国驰名商标1件,衢州能拿多少?\n"
    "企业纳税地方留存额可写在后面: /calc 衢州 国际标准 主导 1; 纳税地方留存 80万元"
)


def render_calculation(calculation: Calculation, markup: Markup = HTML) -> str:
    """The calculation for the chat: one line a claim, the sentences behind 出处
    (``calculation_sources``); within Telegram's limit by construction."""
    text = "\n\n".join(_blocks(calculation, markup, 0, quotes=False))
    if telegram_length(text) <= TELEGRAM_LIMIT:
        return text
    return text[: TELEGRAM_LIMIT - 1] + "…"


def calculation_sources(calculation: Calculation, markup: Markup = HTML) -> str:
    """What the 出处 button shows: each priced line's and condition's sentence, numbered as the
    message numbers them (the lines 1, 2…, the conditions 条件1, 条件2…), by the answers' own
    出处 view."""
    lines = [
        FactLine(kind="reward", fact_id=0, label=line.achievement, citation=line.citation)
        for line in calculation.lines
    ]
    lines += [
        FactLine(kind="reward", fact_id=0, label=outcome.effect, citation=outcome.citation)
        for outcome in calculation.conditions
    ]
    answer = Answer(True, AnswerKind.REWARDS, "奖励测算", "", facts=tuple(lines))
    priced = len(calculation.lines)
    return source_text(
        answer,
        lines,
        markup,
        numbered=lambda n: str(n) if n <= priced else condition_number(n - priced),
    )


def condition_number(number: int) -> str:
    """A condition's number (条件1): counted on its own, never on from the priced lines (trial42:
    1. 2. 3. the claims, then 4. a condition, read as a fourth claim)."""
    return f"条件{number}"


def render_calculation_plain(calculation: Calculation) -> str:
    return "\n\n".join(_blocks(calculation, PLAIN, QUOTE_LIMITS[0]))


def _blocks(
    calculation: Calculation, markup: Markup, quote_limit: int, *, quotes: bool = True
) -> list[str]:
    e = markup.escape
    title = "奖励测算" + (f" · {calculation.region}" if calculation.region else "")
    if not calculation.found:
        return [markup.bold(title), e(calculation.message), *_unread(calculation, markup), e(USAGE)]
    head = [markup.bold(title), e(clip_echo(calculation.message))]
    head.append("合计: " + markup.bold(total_text(calculation)) + e(_left_out(calculation)))
    if calculation.place_note:
        head.append(e(calculation.place_note))
    blocks = ["\n".join(head)]
    asked = _asked_rows(calculation, markup)
    if asked:
        blocks.append("\n".join([markup.bold("你问的条件"), *asked]))
    lines = [
        _line_block(number, line, markup, quote_limit, quotes=quotes)
        for number, line in enumerate(calculation.lines, 1)
    ]
    if lines:
        blocks.append(("\n\n" if quotes else "\n").join(lines))
    if calculation.conditions:
        rows = [markup.bold("文件中的条件")]
        for number, outcome in enumerate(calculation.conditions, 1):
            name = CONDITION_NAMES.get(outcome.kind, "条件")
            mark = "已应用" if outcome.applied else "说明"
            if quotes:
                rows.append(f"• {name}({mark}): {e(outcome.effect)}")
                citation = _citation(outcome.citation, markup, quote_limit, always_quote=True)
                rows.append("   " + citation)
            else:
                rows.append(
                    f"{condition_number(number)}. {name}({mark}): "
                    f"{e(clip_echo(phone_clause(outcome.effect, 60), 60))}"
                )
        blocks.append("\n".join(rows))
    undecided = _undecided_rows(calculation, markup)
    if undecided:
        blocks.append("\n".join([markup.bold("无法确定(未计入合计)"), *undecided]))
    if calculation.other_places:
        blocks.append(_other_places(calculation, markup))
    if calculation.other_documents:
        names = "、".join(f"《{name}》" for name in calculation.other_documents[:3])
        blocks.append(e(f"另有 {names} 也有相关奖励,未合并计算。"))
    if calculation.sheet.ignored:
        blocks.append(e(f"只计算了前 {len(calculation.sheet.claims)} 项成果。"))
    return blocks + _unread(calculation, markup)


def _left_out(calculation: Calculation) -> str:
    """What a total beside undecided items leaves out ("(只含找到条款的 1 项;“鲁班奖”未计入,
    见下)"): 中国质量奖和鲁班奖一共奖多少 summed the one found alone under 合计 (attack55 H3),
    read as the sum of both. Empty when every item was priced (or none was: no total then)."""
    if not calculation.lines or not calculation.undecided:
        return ""
    names = "、".join(f"“{clip_echo(item.claim.words, 20)}”" for item in calculation.undecided[:3])
    more = f"等{len(calculation.undecided)}项" if len(calculation.undecided) > 3 else ""
    # the achievements priced, not the lines: a district's 再给予 and its city's rule price one
    priced = len(calculation.priced_claims)
    return f"(只含找到条款的 {priced} 项;{names}{more}未计入,见下)"


def _other_places(calculation: Calculation, markup: Markup) -> str:
    """Each other place's figure for the same achievements, by its own document (a request
    naming no place)."""
    rows = [markup.bold("其他地区")]
    for region, theirs in calculation.other_places:
        document = clip_echo(theirs.document or "", 40)
        rows.append(markup.escape(f"• {region}: {total_text(theirs)}(按《{document}》)"))
    return "\n".join(rows)


def _unread(calculation: Calculation, markup: Markup) -> list[str]:
    """The pieces of the request that named no achievement ("; 2"), said rather than dropped."""
    pieces = calculation.sheet.unread
    if not pieces:
        return []
    shown = "、".join(f"“{clip_echo(piece, 30)}”" for piece in pieces[:5])
    more = f"等{len(pieces)}处" if len(pieces) > 5 else ""
    return [
        markup.escape(
            f"没有读懂(未计入合计): {shown}{more}。请写成 <成果> [主导/参与] [数量],"
            "几项成果之间用“;”隔开。"
        )
    ]


def _asked_rows(calculation: Calculation, markup: Markup) -> list[str]:
    """就高不重复吗 answered by the document's own sentence (and what it did here), or that the
    document was found to state no such condition."""
    e = markup.escape
    rows: list[str] = []
    for kind, outcomes in calculation.asked_conditions():
        name = CONDITION_NAMES.get(kind, "条件")
        if not outcomes:
            rows.append(e(f"• {name}: 未找到《{calculation.document}》中关于{name}的条款"))
        for outcome in outcomes:
            quote = clip_echo(outcome.quote, 80)
            rows.append(e(f"• {name}: 原文“{quote}”——{outcome.effect}"))
    return rows


def total_text(calculation: Calculation) -> str:
    """ "230万元", "30万元 至 60万元" (ranges), "最高80万元", "最高150万元(其中确定50万元,其余按
    评定)" (a fixed sum beside a rule's 最高…), or "至少30万元(另有无固定金额的奖励)"; with
    no item priced, that the total cannot be told (never a bare 0元 above the items asked)."""
    if not calculation.lines and calculation.undecided:
        return "无法确定(见下)"
    certain = format_yuan(calculation.certain_total) if calculation.certain_total else "0元"
    upper = calculation.upper_total
    if upper is None:
        return f"至少{certain}(另有奖励无固定金额)"
    if upper > calculation.certain_total + 0.5:
        if not calculation.certain_total:
            return f"最高{format_yuan(upper)}"  # not "0元 至 80万元"
        if calculation.has_ceiling:
            # 50万元 fixed beside 最高100万元: a ceiling, not a range from the fixed part
            return f"最高{format_yuan(upper)}(其中确定{certain},其余按评定)"
        return f"{certain} 至 {format_yuan(upper)}"  # ranges of sums (20万元至30万元)
    return certain


def _line_block(
    number: int, line: RewardLine, markup: Markup, quote_limit: int, *, quotes: bool = True
) -> str:
    e = markup.escape
    count = f" ×{line.count}"
    # "每个产品15万元" when the rule pays per product; 每项 otherwise
    per = per_item_said(line.citation.quote, line.unit_amount or 0, None) or "每项"
    if line.status == LineStatus.FIXED:
        amount = format_yuan(line.certain) if line.count else "0元"
        each = f"{per}{format_yuan(line.unit_amount or 0)}"
    elif line.status == LineStatus.UP_TO and line.certain:  # a range: "50万元至80万元"
        amount = f"{format_yuan(line.certain)}至{format_yuan(line.upper or 0)}"
        each = f"{per}{format_reward(line.unit_amount or 0, is_cap=True, treatment=line.treatment)}"
        each += ",具体按评定"
    elif line.status == LineStatus.UP_TO:
        amount = f"最高{format_yuan(line.upper or 0)}" if line.count else "0元"
        each = f"{per}最高{format_yuan(line.unit_amount or 0)},具体按评定"
    elif line.status == LineStatus.NO_SUM:
        amount = "无固定金额"
        each = line.treatment or "原文未写金额"
    else:  # left out by 就高不重复 or a limit on how many rewards the firm gets
        amount = f"不计({CONDITION_NAMES.get(line.dropped_by, '不重复奖励')})"
        # what the rule pays per as its sentence says (每家, not 每项: attack59 L1)
        each = (
            f"{per}{format_reward(line.unit_amount, is_cap=line.is_cap, treatment=line.treatment)}"
            if line.unit_amount
            else ""
        )
    if line.same_as and line.status != LineStatus.NO_SUM:
        each = f"{each},{line.same_as}"
    elif line.same_as:
        each = f"{each}({line.same_as})"
    also = "另" + "、".join(line.also) if line.also else ""
    # whose rule it is (a place) apart from the role and level it is for: "青石市; 主导",
    # never "青石市、主导" read as two payers (attack58 L1)
    qualifiers = "、".join(part for part in (line.role, line.level) if part)
    rows = [f"{number}. {markup.bold(line.achievement)}{e(count)} — {markup.bold(amount)}"]
    detail = "; ".join(part for part in (each, line.payer, qualifiers, also) if part)
    if not quotes:  # one line: the chat's 出处 button has the sentence
        return rows[0] + (f" ({e(detail)})" if detail else "")
    if detail:
        rows.append(f"   {e(detail)}")
    rows.append(f"   你写的: {e(clip_echo(line.claim.text, 60))}")
    rows.append("   " + _citation(line.citation, markup, quote_limit))
    return "\n".join(rows)


def _undecided_rows(calculation: Calculation, markup: Markup) -> list[str]:
    e = markup.escape
    rows = []
    for item in calculation.undecided:
        rows.append(f"• {e(clip_echo(item.claim.text, 60))}: {e(item.reason)}")
        for candidate in item.candidates[:4]:
            rows.append(f"   – {e(clip_echo(candidate, 80))}")
    for line in calculation.no_sum_lines:
        treatment = line.treatment or "原文未写金额"
        treatment += f";{line.same_as}" if line.same_as else ""
        rows.append(f"• {e(clip_echo(line.achievement, 60))}: 原文没有固定金额({e(treatment)})")
    return rows


def _citation(
    citation: Citation,
    markup: Markup,
    quote_limit: int,
    *,
    always_quote: bool = False,
) -> str:
    source = f"{clip_echo(citation.section, 40)}" if citation.section else "原文"
    limit = max(quote_limit, 40) if always_quote else quote_limit
    quote = citation.quote if len(citation.quote) <= limit else citation.quote[: limit - 1] + "…"
    said = f":{markup.italic('“' + quote + '”')}" if limit and quote else ""
    return f"出处: {markup.escape(source)}{said}"
