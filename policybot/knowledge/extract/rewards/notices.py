"""Per-recipient notices: money a notice grants ("…各奖励人民币10万元").

Commendation notices name recipients and grant them sums or non-money treatment, often
respectively ("授予甲公司…,授予乙公司…,分别给予50万元、10万元"); this module reads those.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.clauses import (
    _achievement_bounds,
    _clause_end,
    _clause_start,
    _clean_granted,
    _more_sums,
    _per_item,
)
from policybot.knowledge.extract.rewards.levels import _level

# Notices that grant money: "…等四家企业予以通报表彰,各奖励人民币10万元", "某公司 奖金:20万元",
# "授予甲、乙…市长质量奖,并分别给予人民币100万元的…资助资金" (the prize names the achievement),
# "…企业标准,奖励技改资金300万元", "各奖励“以奖代补”资金45万元" (a quoted kind of fund).  The
# achievement is what precedes the award.
_AWARD = re.compile(
    # "一等奖甲县,兑现以奖代补资金120万元", "二等奖乙市、丙县,各兑现70万元": 兑现 pays the tier
    # "一类村17个,各奖补2万元": 奖补 (reward as subsidy) grants the tier's sum too (B57-4)
    r"(?:(?:各|分别|均|(?P<per>每(?:家|户|个|件|项|篇|部|县|镇|乡|村|所|校)))?(?:奖励|奖给|兑现|"
    r"(?<=[各均])奖补|"
    r"奖金\s*(?:[::]|为|各)?|发放奖金|"
    # "…的企业,奖10万元": 奖 alone as the verb, right after a pause; "…以上的另奖50万元": after
    # 另 / 再 (a further sum on top of the general rate)
    r"(?:(?<=[,,])|另|再)奖(?=\s*(?:人民币)?\s*\d))"
    # "授予甲公司“…”称号,奖励企业10万元": the payee named between the verb and the sum
    r"(?:(?<=奖励)(?:企业|单位|个人|集体)(?=\s*(?:人民币)?\s*\d))?\s*(?:人民币)?"
    # "…等2家企业升级奖励资金各100万元": the word that shares the sum out may follow the fund
    r"(?P<kind>[“\"]?[\u4e00-\u9fff]{0,4}[”\"]?(?:资金|经费))?(?:\s*(?P<each>各|分别|均))?|"
    r"(?:各|分别|均)?给予\s*(?:人民币)?)"
    # "另奖10—50万": a range of sums whose upper end is the most it pays (元 left off after 万)
    r"\s*(?:(?P<low>\d+(?:\.\d+)?)\s*[—–~至到-]\s*(?=\d+(?:\.\d+)?\s*(?:万|亿|千)))?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元|(?<=[—–~至到-])\d+(?:\.\d+)?\s*(?:万|亿|千)(?![\u4e00-\u9fff]))"
)
# "受表彰的企业可给每位职工增发一个月工资作为奖励": a reward that is not a sum.
_AS_REWARD = re.compile(
    r"(?P<achievement>[^,;。()]{2,40}?)(?:可|可以)?(?:给|为)(?P<treatment>[^,;。]{2,30}?)作为奖励"
)


# "某公司等37家企业": the recipients of a grant counted as a group of more than one
_GROUP_COUNT = re.compile(
    r"等\s*(?P<count>(?:[2-9]|[1-9]\d{1,3}|[两二三四五六七八九十]{1,3})\s*(?:家|个|户|所|名))"
    r"(?:企业|单位|组织|机构|公司)?"
)
# "各", "分别", "均", "每家": the sum is paid to each recipient (also when written before the
# achievement: "各给予", "每家企业奖励")
_SHARED_OUT = re.compile(r"各|分别|均|每(?:家|户|个|件|项|名|人|所)")


def _shared_out(award: re.Match[str], achievement: str) -> bool:
    return bool(
        award["each"] or award["per"] or _SHARED_OUT.search(award.group(0) + achievement[-12:])
    )


def _awards_in_part(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """Money a notice grants ("…各奖励人民币10万元"), or a reward that is not a sum."""
    records: list[RewardRecord] = []
    start = 0
    for award in _AWARD.finditer(text):
        if award.start() < start:
            continue  # a further sum of a list already read ("分别给予50万元、10万元")
        respective = _respective_grants(text, start, award, offset, ctx, section)
        if respective:
            records.extend(respective)
            start = _clause_end(text, award.end() + len(_more_sums(text, award.end())))
            continue
        achievement_start, achievement_end = _achievement_bounds(text, start, award.start())
        achievement = _clean_granted(text[achievement_start:achievement_end])
        start = _clause_end(text, award.end())
        if len(achievement) < 2:
            continue
        written = award["amount"]
        amount: float | None = next(
            value for _, value in find_money(written if "元" in written else written + "元")
        )
        treatment = award["kind"] or _per_item(award["per"])
        group = _GROUP_COUNT.search(achievement)
        if group and not _shared_out(award, text[achievement_start : award.start()]):
            # "安排甲公司等37家企业扩产增效奖励资金128.18万元": what the group gets together
            amount, treatment = None, f"{group['count']}合计{written}"
        records.append(
            RewardRecord(
                region=ctx.region,
                achievement=achievement[:120],
                quote=text[achievement_start : award.end()].strip(" ,")[:160],
                level=_level(achievement),
                amount_yuan=amount,
                is_cap=award["low"] is not None,
                # "授权发明专利,每件奖励1万元": the sum is paid per item, as "100万元/人" is
                treatment=treatment,
                span=Span(offset + achievement_start, offset + award.end(), section),
            )
        )
    if records:
        return records
    # (the pattern tries every split of each run of 70 characters: only where it can match)
    treated = _AS_REWARD.search(text) if "作为奖励" in text else None
    if treated:
        return [
            RewardRecord(
                region=ctx.region,
                achievement=_clean_granted(treated["achievement"]),
                quote=treated.group(0)[:160],
                treatment=f"{treated['treatment']}作为奖励"[:80],
                span=Span(offset + treated.start(), offset + treated.end(), section),
            )
        ]
    return []


_GRANT_CLAUSE = re.compile(r"^(?:并|同时)?(?:授予|对)|[“\"][^”\"]{2,40}[”\"]")


def _respective_grants(
    text: str,
    floor: int,
    award: re.Match[str],
    offset: int,
    ctx: DocContext,
    section: str | None,
) -> list[RewardRecord]:
    """ "授予甲公司“市长质量奖”,授予乙公司“提名奖”,分别给予50万元、10万元的奖励": the sums of a
    "分别" list go one each to the grant clauses before it, in order."""
    if "分别" not in award.group(0):
        return []
    more = _more_sums(text, award.end())
    amounts = [value for _, value in find_money(award["amount"] + more)]
    if len(amounts) < 2:
        return []
    clauses: list[tuple[int, int]] = []
    end = _clause_start(text, award.start(), floor) - 1
    while len(clauses) < len(amounts) and end > floor:
        begin = _clause_start(text, end, floor)
        clauses.insert(0, (begin, end))
        end = begin - 1
    grants = [(b, e) for b, e in clauses if _GRANT_CLAUSE.search(_clean_granted(text[b:e]))]
    if len(clauses) != len(amounts) or len(grants) != len(clauses):
        return _respective_recipients(text, floor, award, more, amounts, offset, ctx, section)
    return [
        RewardRecord(
            region=ctx.region,
            achievement=re.sub(r"^(?:并|同时)?授予", "", _clean_granted(text[begin:end]))[:120],
            quote=text[begin : award.end() + len(more)].strip(" ,")[:160],
            level=_level(text[begin:end]),
            amount_yuan=amount,
            span=Span(offset + begin, offset + award.end() + len(more), section),
        )
        for (begin, end), amount in zip(clauses, amounts, strict=True)
    ]


# "一等奖", "省级", "A类", "第一档": a grade or tier, not a named recipient
_TIER_ITEM = re.compile(r"(?:奖|级|类|档|等|星)$")
# "甲县、乙县和丙县": the named recipients of one clause (a 和/及 may join the last one)
_RECIPIENT_SEPARATOR = re.compile(r"、|(?:和|及)(?=[^、和及]{2,20}$)")


def _respective_recipients(
    text: str,
    floor: int,
    award: re.Match[str],
    more: str,
    amounts: list[float],
    offset: int,
    ctx: DocContext,
    section: str | None,
) -> list[RewardRecord]:
    """ "对甲县、乙县、丙县予以通报表彰,并分别奖励20万元、15万元、10万元", "对甲公司、乙公司分别
    奖励…": a "分别" list of sums goes one each, in order, to the recipients named in a list of the
    same length - in the award's own clause or, when that holds no name, the clause before it."""
    own_start = _clause_start(text, award.start(), floor)
    parts = [(own_start, award.start())]
    if own_start - 1 > floor:
        parts.append((_clause_start(text, own_start - 1, floor), own_start - 1))
    for begin, end in parts:
        named = _clean_granted(text[begin:end])
        named = re.sub(r"(?:予以|给予)?(?:通报)?(?:表彰|嘉奖)?(?:,?并)?$", "", named).strip(" ,")
        head, de, tail = named.rpartition("的")
        items = [item.strip() for item in _RECIPIENT_SEPARATOR.split(tail)]
        if len(items) < 2:
            continue
        if len(items) != len(amounts) or not all(
            2 <= len(item) <= 20 and not re.search(r"\d", item) for item in items
        ):
            return []
        shared = re.match(r"^[^、]{1,6}?级(?P<noun>[\u4e00-\u9fff“”]{2,})$", items[-1])
        if shared and all(item.endswith("级") for item in items[:-1]):
            # "国家级、省级、市级企业技术中心": the levels share the noun that closes the list
            items = [item + shared["noun"] for item in items[:-1]] + items[-1:]
        if begin == own_start and any(_TIER_ITEM.search(item) for item in items) and begin > floor:
            # "…的单位,一等奖、二等奖分别奖励…": grades of the clause before, read by the tier
            # readers; a list of grades that opens its sentence ("一等奖、二等奖、三等奖分别奖励…")
            # names the tiers itself
            return []
        quote = text[begin : award.end() + len(more)].strip(" ,")[:160]
        span = Span(offset + begin, offset + award.end() + len(more), section)
        return [
            RewardRecord(
                region=ctx.region,
                achievement=f"{head}{de}{item}"[:120],
                quote=quote,
                level=_level(f"{head}{de}{item}"),
                amount_yuan=amount,
                span=span,
            )
            for item, amount in zip(items, amounts, strict=True)
        ]
    return []
