"""Sums and amounts stated without a "对…给予" rule.

Sums labelled by the honour they reward ("中国驰名商标:50万元"), per item or per unit, totals
paid to a class or a list, fund notices, "其中" class lists, kinds of reward with their sums, and
ranges of sums (of which the upper end is the reward).
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.per_item_sums import ITEM_SUM, PER_ITEM
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.levels import _level, _role
from policybot.knowledge.extract.rewards.vocabulary import _HONOUR

# "市财政奖励5万元,区财政配套奖励3万元": a second sum by another payer for the same achievement.
# "…,区财政再予以同比例一次性奖励100万元": the second payer with its verb and the way it matches the
# first sum (B42-9).
_PAYER_ONLY = re.compile(
    r"^(?:由|再由|另由)?(?:省|市|县|区|镇|乡)(?:级)?(?:财政|政府|人民政府)(?:另|再|还|同时)?"
    r"(?:予以|给予)?(?:配套|追加|另行|分别|按1:1|同比例|等额)?(?:一次性)?$"
)
# "市财政一次性奖励100万元基础上,区财政再予以…": the first sum is the other level's, the ground
# the document's own sum is paid on.
_BASIS_SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元\s*(?:的)?基础上")


def cited_bases(records: list[RewardRecord], text: str) -> list[RewardRecord]:
    """Without the sums another level pays that a second payer's sum is paid on top of
    ("市财政一次性奖励100万元基础上,区财政再予以同比例一次性奖励100万元": the district's rules
    promise the district's sum; the city's is the ground it builds on) (B42-9)."""
    dropped: set[int] = set()
    for index in range(1, len(records)):
        previous, record = records[index - 1], records[index]
        if record.achievement != previous.achievement:
            continue
        if not _PAYER_ONLY.match((record.treatment or "").removesuffix("奖励")):
            continue
        if _BASIS_SUM.search(text[previous.span.start : record.span.start]):
            dropped.add(index - 1)
    return [record for index, record in enumerate(records) if index not in dropped]


def _second_payer(record: RewardRecord, before: list[RewardRecord]) -> RewardRecord:
    if not before or not _PAYER_ONLY.match(record.achievement.strip()):
        return record
    previous = before[-1]
    return replace(
        record,
        achievement=previous.achievement,
        level=previous.level,
        role=previous.role,
        treatment=f"{record.achievement.strip()}奖励",
    )


# "现拨付奖励资金共计35万元,其中:甲公司20万元,乙公司15万元": a notice paying named firms.
_FIRM_SUM = re.compile(
    r"(?:^|(?<=[,,、;:]))\s*(?P<firm>[\u4e00-\u9fff()()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|"
    r"公司|集团|合作社|研究院|研究所|医院|学校|厂))\s*[::]?\s*(?:奖励|补助|奖补|资助|拨付|兑现)?\s*"
    r"(?:人民币)?\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)(?=\s*(?:[,,、;。]|$))"
)
_PAYING = re.compile(r"奖励|奖补|补助|资助|扶持资金|奖金")
_FIRM_LEAD = re.compile(r"^(?:分别(?:为|是)|包括|其中|即|给予|奖励|拨付|下达|兑现)+")


def _firm_sums(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    if not _PAYING.search(text):
        return []
    items = list(_FIRM_SUM.finditer(text))
    if len(items) < 2:
        return []
    return [
        RewardRecord(
            region=ctx.region,
            achievement=_FIRM_LEAD.sub("", item["firm"].strip()),
            quote=item.group(0).strip(" ,、;")[:160],
            amount_yuan=next(value for _, value in find_money(item["amount"])),
            span=Span(offset + item.start("firm"), offset + item.end(), section),
        )
        for item in items
    ]


# "给予购房补贴,其中A类人才30万元、B类人才20万元": the sums of a reward per class of recipient.
# "给予奖励:国家级50万元,省级20万元", "给予奖励(国家级50万元,省级20万元)": the same list after
# the reward word and a colon or an opening bracket.
_CLASS_SUMS = re.compile(
    r"(?:其中|(?:奖励|奖补|补助|资助)\s*[:(])\s*(?P<items>(?:[^,;。、\d]{1,12}?\d+(?:\.\d+)?\s*(?:万|亿|千)?元[、,,]?\s*){2,})"
)
_CLASS_SUM = re.compile(r"(?P<label>[^,;。、\d]{1,12}?)(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)")


def _classes_after_qizhong(text: str, found: list[RewardRecord]) -> list[RewardRecord]:
    """One reward per class a "其中" list prices, when the part read one reward of its first sum."""
    match = _CLASS_SUMS.search(text)
    if match is None or len(found) != 1:
        return found
    items = list(_CLASS_SUM.finditer(match["items"]))
    amounts = [next(value for _, value in find_money(item["amount"])) for item in items]
    record = found[0]
    if len(items) < 2 or record.amount_yuan != amounts[0]:
        return found
    return [
        replace(
            record,
            achievement=f"{record.achievement}的{item['label'].strip(' ,、')}"[:120],
            amount_yuan=amount,
        )
        for item, amount in zip(items, amounts, strict=True)
    ]


# "(一)中国驰名商标:50万元" under "奖励标准如下": an honour labelled with its sum.
_LABELLED_SUM = re.compile(
    r"^\s*(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]\s*)?(?P<achievement>[^:,;。]{2,40}?)\s*[::]\s*"
    # "(一)发明专利:每件资助5000元": paid per item, as a grant or subsidy
    r"(?P<per>每(?:件|项|个|家))?\s*(?:(?:奖励|奖金|给予|一次性奖励|资助|补助|奖补|补贴)\s*)?(?:人民币)?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)\s*$"
)
_NOT_HONOUR = re.compile(
    r"资金|经费|预算|投入|财政|总额|合计|总计|安排|筹集|"
    # "奖励标准:每家12万元": the rate of a reward stated before, not an honour
    r"(?:奖励|补助|资助|奖补|补贴)(?:标准|金额|额度)"
)


# "按每净增1家拨给所在县、区政府(管委会)…工作经费2万元": a sum paid per unit of a count to the
# bodies that achieved it.
_PER_UNIT_GRANT = re.compile(
    r"(?P<per>每(?:净增|新增|增加)?\d+(?:\.\d+)?\s*[家个户名项])"
    r"(?:拨给|拨付给?|补助给?|奖励给?|奖给)(?P<recipient>[^,;。]{2,40}?)"
    r"(?:工作经费|经费|奖励金|奖金|奖励资金|补助资金)\s*(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


# "(二)对主导制定团体标准并实施的单位,每项8万元,同一单位年度奖励总额不超过40万元": a rule that
# states its sum per item with no verb of granting (trial36b: read as a task, its cap then capped
# every reward of the plan).
_BARE_PER_ITEM_SUM = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十\d]{1,3}[、.])?\s*"
    r"对(?P<achievement>[^,;。]{2,40}?)的(?:单位|企业|个人|机构|团队|组织|项目)\s*[,,]\s*"
    rf"(?P<per>{PER_ITEM})(?:奖励|补助|资助)?\s*(?P<amount>{ITEM_SUM})"
)


def _bare_per_item_sum(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    match = _BARE_PER_ITEM_SUM.search(text)
    if match is None:
        return []
    achievement = match["achievement"].strip()
    amount = next(value for _, value in find_money(match["amount"]))
    start = match.start("achievement") - 1  # from 对
    # the rule ends at its sum: a cap said after it is a condition, and a quote holding it would
    # be read as that condition rather than priced (attack36b)
    return [
        RewardRecord(
            region=ctx.region,
            achievement=achievement[:120],
            quote=text[start : match.end()],
            role=_role(achievement),
            level=_level(achievement),
            amount_yuan=amount,
            span=Span(offset + start, offset + match.end(), section),
        )
    ]


def _per_unit_grant(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    match = _PER_UNIT_GRANT.search(text)
    if match is None:
        return []
    recipient = re.sub(r"^(?:所在|所属|当地)", "", match["recipient"].strip())
    amount = next(value for _, value in find_money(match["amount"]))
    return [
        RewardRecord(
            region=ctx.region,
            achievement=f"{recipient}{match['per']}"[:120],
            quote=text[match.start() : match.end()].strip(" ,")[:160],
            level=None,
            amount_yuan=amount,
            span=Span(offset + match.start(), offset + match.end(), section),
        )
    ]


def _class_total(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """A class of recipients and the total it is paid, when no sum each is stated."""
    match = _CLASS_TOTAL.search(text)
    if match is None:
        return []
    return [_total_reward(match, text, offset, ctx, section, who=match["who"].strip())]


def _total_reward(
    match: re.Match[str],
    text: str,
    offset: int,
    ctx: DocContext,
    section: str | None,
    *,
    who: str,
    total_word: str = "共",
) -> RewardRecord:
    """The reward of recipients (``who``, read from ``match["who"]``) paid a total together
    (``match["amount"]``), no sum each: the total is its treatment, it has no amount."""
    total = re.sub(r"\s+", "", match["amount"])
    span = Span(offset + match.start("who"), offset + match.end(), section)
    return _sumless_reward(match, text, ctx, span, who=who, treatment=f"{total_word}{total}")


def _sumless_reward(
    match: re.Match[str],
    text: str,
    ctx: DocContext,
    span: Span,
    *,
    who: str,
    treatment: str | None,
) -> RewardRecord:
    """A reward with no sum each (``amount_yuan`` null), quoted from ``match``."""
    return RewardRecord(
        region=ctx.region,
        achievement=who[:120],
        quote=text[match.start() : match.end()].strip(" ,")[:160],
        level=None,
        amount_yuan=None,
        treatment=treatment,
        span=span,
    )


# "对某公司等530个项目,安排22379万元予以奖励": one sum for a whole list of recipients is a total,
# no sum each of them is paid.
_LIST_TOTAL = re.compile(
    r"(?:^|(?<=[,;:。]))\s*对(?P<who>[^,;。]{2,80}?等\s*\d+\s*(?:个|家|项|名|户|位|所)"
    r"[\u4e00-\u9fff]{0,8}?)\s*,?\s*(?:共|合计|共计)?(?:安排|下达|拨付|发放)"
    r"(?:[\u4e00-\u9fff]{0,10}?(?:资金|经费))?\s*(?:共|合计|共计)?\s*(?:人民币)?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)\s*(?:予以|进行|用于|作为)?"
    r"(?:奖励|补助|资助|奖补|扶持|支持)"
)


# "拟下达2022年某市高新技术企业奖励(…),总金额6320万元": the reward of a class of recipients
# whose total only is stated.
_CLASS_TOTAL = re.compile(
    r"(?:拟|将|现)?(?:下达|兑付|拨付|发放|安排)(?P<who>[^,;:。()]{4,60}?)(?:奖励|补助|奖补|资助)"
    r"(?:资金|经费)?\s*(?:\([^()]{0,120}\))?\s*,?\s*(?:总金额|总额|合计|共计|总计)(?:为)?\s*(?:人民币)?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


# "2019年度市本级3家单位首次获得某某奖励,财政奖励共计60万元": a count of recipients who earned
# an honour and the total they are paid together, no sum each (the honour is the achievement).
_HONOUR_TOTAL = re.compile(
    r"(?:^|(?<=[,;:。]))\s*(?:[一二三四五六七八九十]{1,3}、)?"
    r"(?P<who>[^;:。]{0,40}?\d+\s*(?:家|个|名|户|位|所)[^;:。]{4,160}?)\s*,\s*"
    r"(?:[\u4e00-\u9fff]{0,4}?)(?:奖励|奖补|补助|资助)(?:资金|金额|经费)?\s*"
    r"(?:共计|合计|总计|总额为?|共)\s*(?:人民币)?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


def _honour_total(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    match = _HONOUR_TOTAL.search(text)
    if match is None or not (
        _HONOUR.search(match["who"]) or re.search(r"认定为|评为|获评|荣获|入选|列入", match["who"])
    ):
        return []
    return [
        _total_reward(
            match, text, offset, ctx, section, who=match["who"].strip(" ,"), total_word="共计"
        )
    ]


# "现将2032年某某奖补资金安排计划下达给你们", "开展了2032年某某奖励资金兑现工作": a notice handing
# down or paying out a year's reward fund, its sums left to an attachment.
_FUND_HANDED = re.compile(
    r"(?P<who>(?:19|20)\d{2}年度?[^,;:。()“”《》]{2,50}?(?:奖励|奖补|补助|资助)资金)"
    r"(?:预安排|安排|分配|兑现)(?:计划|工作|情况|方案)"
)
# "“甲项目”等5个项目纳入2032年某专项资金(技术改造奖励)项目计划(见附件1),奖励资金额度合计900万元":
# listed projects put in a reward plan, a total for all of them.
_PLAN_TOTAL = re.compile(
    r"(?P<listed>[^,;:。]{2,60}?等\s*\d+\s*(?:个|家|项)(?:项目|企业|单位)?)\s*(?:纳入|列入)"
    r"(?P<plan>[^,;:。]{4,80}?(?:奖励|奖补|补助|资助)[^,;:。]{0,20}?(?:项目)?计划)"
    r"(?:\s*[((][^()()]{0,20}[))])?\s*,\s*(?:奖励|奖补|补助|资助)?资金(?:额度|总额)?\s*"
    r"(?P<word>合计|共计|总计|共)\s*(?:人民币)?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


# "现对…验收合格单位、…考评优秀单位予以资金奖励,共安排经费200万元", "对获得…奖励的研究院予以区级配套
# 扶持,共计下达经费300万元": a class of recipients named in the sentence, what they get, and the
# total handed down for all of them (their list in an attachment) (B42-7).
_GRANT_TOTAL = re.compile(
    r"对(?P<who>[^,;:。]{4,160}?)(?:予以|给予)(?P<what>[\u4e00-\u9fff]{0,6}?"
    r"(?:奖励|扶持|补助|资助|奖补))\s*,\s*(?P<total>(?:共|共计|合计)\s*(?:安排|下达|拨付|发放)?\s*"
    r"(?:[\u4e00-\u9fff]{0,6}?)(?:经费|资金)\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


def _fund_notice(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """A notice's reward named by the fund it hands down or pays out (no sum each), or by the
    reward plan listed projects are put in (the total its treatment), or a class of recipients
    granted a treatment with the total handed down for them."""
    match = _GRANT_TOTAL.search(text)
    if match is not None:
        total = re.sub(r"\s+", "", match["total"])
        who = match["who"].strip()
        treatment = f"{match['what']},{total}"
        return [_fund_reward(match, text, offset, ctx, section, who=who, treatment=treatment)]
    match = _PLAN_TOTAL.search(text)
    if match is not None:
        who = f"{match['plan'].strip()}({match['listed'].strip()})"
        total = match["word"] + re.sub(r"\s+", "", match["amount"])
        return [_fund_reward(match, text, offset, ctx, section, who=who, treatment=total)]
    match = _FUND_HANDED.search(text)
    if match is None:
        return []
    return [_fund_reward(match, text, offset, ctx, section, who=match["who"].strip())]


def _fund_reward(
    match: re.Match[str],
    text: str,
    offset: int,
    ctx: DocContext,
    section: str | None,
    *,
    who: str,
    treatment: str | None = None,
) -> RewardRecord:
    span = Span(offset + match.start(), offset + match.end(), section)
    return _sumless_reward(match, text, ctx, span, who=who, treatment=treatment)


def _list_total(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    match = _LIST_TOTAL.search(text)
    if match is None:
        return []
    return [_total_reward(match, text, offset, ctx, section, who=match["who"].strip())]


# "其中国家级专精特新“小巨人”企业每家50万元,省级专精特新企业每家10万元": a kind of recipient and
# what each of them is paid, with no verb between them.
_KIND_SUM = re.compile(
    r"(?:^|(?<=[,;:。]))\s*(?:其中)?\s*(?:对)?"
    r"(?P<kind>[^,;:。\d]{2,30}?(?:企业|单位|项目|机构|团队|园区|基地|合作社))\s*"
    r"(?P<per>每(?:家|个|项|户))\s*(?:奖励|补助|奖补|资助|补贴|给予)?\s*(?:人民币)?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


def _kind_sums(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    records: list[RewardRecord] = []
    for match in _KIND_SUM.finditer(text):
        kind = match["kind"].strip()
        amount = next(value for _, value in find_money(match["amount"]))
        records.append(
            RewardRecord(
                region=ctx.region,
                achievement=kind[:120],
                quote=text[match.start() : match.end()].strip(" ,")[:160],
                level=_level(kind),
                amount_yuan=amount,
                treatment=match["per"],
                span=Span(offset + match.start("kind"), offset + match.end(), section),
            )
        )
    return records


def _labelled_sum(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """A sum labelled by the honour it rewards ("中国驰名商标:50万元"), not a budget line."""
    match = _LABELLED_SUM.match(text)
    if match is None:
        return []
    achievement = match["achievement"].strip()
    if not _HONOUR.search(achievement) or _NOT_HONOUR.search(achievement):
        return []
    amount = next(value for _, value in find_money(match["amount"]))
    return [
        RewardRecord(
            region=ctx.region,
            achievement=achievement,
            quote=text.strip(" ,;")[:160],
            level=_level(achievement),
            amount_yuan=amount,
            treatment=match["per"],
            span=Span(offset + match.start("achievement"), offset + match.end("amount"), section),
        )
    ]


# "给予3万元-5万元的资金支持", "给予20-30万元奖励", "另奖10—50万": a range of sums; the reward
# pays its upper end at most and its lower end at least (B28-3). The lower end may leave its
# unit to the upper one, and the upper end may leave off 元 after 万.
_UNIT_RANGE = re.compile(
    r"(?P<low>\d+(?:\.\d+)?)\s*(?P<low_unit>(?:万|亿|千)?元|万|亿|千)?\s*[—–~至到-]\s*"
    r"(?P<high>\d+(?:\.\d+)?)\s*(?P<unit>(?:万|亿|千)?元|(?:万|亿|千)(?![\u4e00-\u9fff]))"
)


def sum_ranges(text: str) -> list[tuple[float, float, str]]:
    """(lower, upper, "20万元至30万元") of each range of sums in ``text``."""
    found: list[tuple[float, float, str]] = []
    for ranged in _UNIT_RANGE.finditer(text):
        unit = ranged["unit"] if ranged["unit"].endswith("元") else ranged["unit"] + "元"
        low_unit = ranged["low_unit"] or unit
        low_unit = low_unit if low_unit.endswith("元") else low_unit + "元"
        low_text, high_text = f"{ranged['low']}{low_unit}", f"{ranged['high']}{unit}"
        low, high = find_money(low_text), find_money(high_text)
        if low and high and high[0][1] > low[0][1]:
            found.append((low[0][1], high[0][1], f"{low_text}至{high_text}"))
    return found


def upper_ends_of_ranges(records: list[RewardRecord]) -> list[RewardRecord]:
    """A reward read at either end of a range of sums in its own quote pays the upper end at
    most: its amount is that end, a ceiling, and its treatment keeps the range ("50万元至80万元")
    so a reply and /calc state the lower end too."""
    result: list[RewardRecord] = []
    for record in records:
        ends = sum_ranges(record.quote) if record.amount_yuan is not None else []
        ranged = next((each for each in ends if record.amount_yuan in each[:2]), None)
        if ranged is not None:
            said = record.treatment or ""
            treatment = said if ranged[2] in said else ",".join(filter(None, (ranged[2], said)))
            record = replace(record, amount_yuan=ranged[1], is_cap=True, treatment=treatment)
        result.append(record)
    return result
