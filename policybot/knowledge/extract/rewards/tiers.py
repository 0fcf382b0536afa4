"""Tiers of one honour (国家级/省级, 星级, 等级, A级) each with its own sum.

A tier written alone after a full rule ("省级奖励20万元") takes the rule's honour; tiers led by
an honour named once, and the sums of tiers stated after a promise, are one reward each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.clauses import _clean_granted
from policybot.knowledge.extract.rewards.levels import _level
from policybot.knowledge.extract.rewards.vocabulary import (
    _BARE_TIER,
    _ITEM_NUMBER,
    _STATED_SUM,
    _SUM,
)
from policybot.knowledge.extract.structure import Piece

# "对获得省级以上质量奖的企业:" over "国家级奖励100万元;" / "省级奖励50万元。": the lead names the
# honour with a range of levels, each line below one level of it.
_COLON_LEAD = re.compile(
    rf"^{_ITEM_NUMBER}(?:对于?)?(?P<achievement>[^,;。:]{{3,60}}?)(?:的(?:单位|企业|个人|项目|机构)?)?"
    r"(?:,?(?:分别|按以下标准|按如下标准)?(?:给予|予以)(?:奖励|奖补|补助|资助)(?:如下)?)?\s*[::]\s*$"
)
_LEVEL_RANGE = re.compile(r"(?:国家|省|市|县|区)级?(?:及|或)?以上|各级")


def _tier_of_colon_lead(record: RewardRecord, colon_lead: str | None) -> RewardRecord:
    bare = _BARE_TIER.fullmatch(record.achievement.strip())
    lead = _COLON_LEAD.match(colon_lead.strip()) if bare and colon_lead else None
    if bare is None or lead is None:
        return record
    achievement, tier = lead["achievement"].strip(), bare["tier"]
    ranged = _LEVEL_RANGE.search(achievement)
    if ranged is not None:
        achievement = achievement[: ranged.start()] + tier + achievement[ranged.end() :]
    else:
        achievement = f"{achievement}({tier})"
    return replace(record, achievement=achievement, level=_level(tier) or record.level)


# Words that name a tier of one honour: its level, stars, grade or A-rating.  Each family is
# matched only against its own kind in the tier before ("四星级的" after "五星级的农家乐").
_TIER_FAMILIES = (
    r"(?:国家|省|市|县|区)级|国际|国家|全国|中国|行业",
    r"[一二三四五六七1-7]星级?",
    r"[特一二三四五]等奖?",
    r"[1-5]?A{1,5}级",
    # "年度考核优秀的单位,奖励2万元;良好的,奖励1万元": grades of an assessment
    r"优秀|良好|合格|称职|达标",
)
_TIER_WORD = "|".join(_TIER_FAMILIES)
_TIER_ONLY = re.compile(
    rf"^(?:对于?|其中\s*,?\s*)?(?P<verb>(?:新|首次)?(?:获得|获评|被评为|评为|被认定为|认定为))?"
    rf"(?P<level>{_TIER_WORD})(?P<rest>[^,;。]{{0,12}}?)的?"
    r"(?:一次性)?$"
)

_BAND_ONLY = re.compile(
    r"^(?:对于?|其中\s*,?\s*)?(?P<band>(?:在|达到?|超过)?\d+(?:\.\d+)?\s*(?:万|亿|千)?元?"
    r"(?:(?:以上|以下|及以上)?(?:至|到|-|~)\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元?)?"
    r"(?:\(含\))?(?:以上|以下|及以上|以内)?(?:\(含\))?)的?$"
)


# "对新评定的星级农家乐给予奖励:五星级的,奖励5万元": a lead naming the honour in general, then
# its tiers after a colon; the tier takes the general word's place ("新评定的五星级农家乐").
_LEAD_THEN_TIER = re.compile(
    r"^(?:对于?)?(?P<lead>[^,;。:]{2,60}?)(?:的)?(?:(?:给予|予以)(?:奖励|奖补|补助|资助))?\s*:\s*"
    rf"(?P<tier>{_TIER_WORD})(?P<rest>[^,;。:]{{0,12}})$"
)
_GENERAL_TIER = {0: r"级别|层级", 1: r"星级", 2: r"等级|等次", 3: r"A级", 4: r"等次|等级"}


def _tier_after_lead(record: RewardRecord) -> RewardRecord:
    match = _LEAD_THEN_TIER.match(record.achievement.strip())
    if match is None:
        return record
    family = next(i for i, f in enumerate(_TIER_FAMILIES) if re.fullmatch(f, match["tier"]))
    lead, tier = match["lead"], match["tier"]
    general = re.search(_GENERAL_TIER[family], lead)
    if general is not None:
        achievement = f"{lead[: general.start()]}{tier}{lead[general.end() :]}"
    else:
        achievement = f"{lead}{tier}{match['rest']}"
    return replace(record, achievement=achievement, level=_level(achievement) or record.level)


def _complete_tier(record: RewardRecord, before: list[RewardRecord]) -> RewardRecord:
    """ "对新认定的国家级企业技术中心奖励40万元;省级奖励20万元": an achievement that is a tier
    word (and a short noun) takes the rest of the achievement of the tier before it."""
    if not before:
        return record
    band = _BAND_ONLY.match(record.achievement)
    previous_band = re.search(r"(?:在|达到?|超过)?\d", before[-1].achievement)
    if band and previous_band and previous_band.start() >= 2:
        # "投资额在1亿元以上的,奖励50万元;5000万元至1亿元的,奖励30万元": the band's subject
        cut = previous_band.start()
        if previous_band.group(0)[0] == "达" and not re.match(r"在|达|超过", band["band"]):
            cut = previous_band.end() - 1  # "达150万元" then "400万元": the verb is shared too
        achievement = before[-1].achievement[:cut] + band["band"]
        return replace(record, achievement=achievement[:120])
    tier = _TIER_ONLY.match(record.achievement)
    if tier is None:
        return record
    family = next(f for f in _TIER_FAMILIES if re.fullmatch(f, tier["level"]))
    previous = before[-1].achievement
    # "其中国家级" holds 中国 too: a level ending in 级 is looked for first.
    named = re.search(r"(?:国家|省|市|县|区)级", previous) if family == _TIER_FAMILIES[0] else None
    named = named or re.search(family, previous)
    if named is None or named.group(0) == tier["level"]:
        return record
    rest = tier["rest"] or previous[named.end() :]
    achievement = f"{previous[: named.start()]}{tier['level']}{rest}"
    if tier["verb"]:  # "新获得AAA级的" after "新获得国家AAAA级旅游景区的": its own verb
        achievement = f"{tier['verb']}{tier['level']}{rest}"
    level = _level(achievement) or _level(tier["level"])
    return replace(record, achievement=achievement[:120], level=level)


# "…的企业,给予奖励。奖励标准:每家10万元": a promise without a sum, its sum in the sentence after.
_BARE_PROMISE = re.compile(r"^(?:给予|予以)?(?:一次性)?(?:奖励|重奖|奖补|补助|资助)$")


# "…给予一次性奖励。国家级50万元,省级20万元。": the tiers' sums in the sentence after.
_TIER_SUMS = re.compile(
    rf"^(?:其中\s*,?\s*)?(?:(?:{_TIER_WORD})的?(?:奖励|给予)?\s*(?:人民币)?\s*{_SUM}\s*[,、;]?\s*)+(?:[。;]|$)"
)
_TIER_SUM = re.compile(
    rf"(?P<tier>{_TIER_WORD})的?(?:奖励|给予)?\s*(?:人民币)?\s*(?P<amount>{_SUM})"
)


def _sums_stated_after(record: RewardRecord, piece: Piece) -> list[RewardRecord]:
    """The sum, or the sums of its tiers, that a promise without one states right after it."""
    if (
        record.amount_yuan is not None
        or record.span is None
        or not _BARE_PROMISE.match(record.treatment or "")
    ):
        return [record]
    after = re.sub(
        r"^\s*[。;,:]?\s*(?:其)?", "", piece.text[max(0, record.span.end - piece.start) :], count=1
    )
    stated = _STATED_SUM.match(after)
    if stated is not None:
        amount = next(value for _, value in find_money(stated["amount"]))
        return [replace(record, amount_yuan=amount, treatment=None)]
    listed = _TIER_SUMS.match(after[:400])
    if listed is None:
        return [record]
    tiers: list[RewardRecord] = []
    for tier in _TIER_SUM.finditer(listed.group(0)):
        level = tier["tier"]
        family = next(f for f in _TIER_FAMILIES if re.fullmatch(f, level))
        named = re.search(family, record.achievement)
        achievement = (
            f"{record.achievement[: named.start()]}{level}{record.achievement[named.end() :]}"
            if named
            else f"{level}{record.achievement}"
        )
        amount = next(value for _, value in find_money(tier["amount"]))
        tiers.append(
            replace(
                record,
                achievement=achievement,
                amount_yuan=amount,
                treatment=None,
                level=_level(achievement) or record.level,
            )
        )
    return tiers or [record]


# "对认定的企业技术中心,国家级奖励50万元、省级奖励20万元": the honour first, then its tiers.
# "对获得县某奖的项目给予奖励,奖励标准为:一等奖10万元,二等奖5万元": the standard named after
# the grant, then its tiers with their sums and no verb of their own (one reward was read, the
# first tier's sum for the whole honour).
_STANDARD_LEAD = r"(?:(?:具体)?(?:奖励|奖补|补助|资助)?标准(?:为|是|如下)?\s*[::]\s*)"
_LED_TIERS = re.compile(
    r"^(?:对于?)?(?P<lead>[^,;。\d]{3,60}?)(?:的(?:单位|企业|个人|项目))?"
    r"(?:,?(?:给予|予以)(?:奖励|补助|资助|扶持))?"
    rf"(?:,\s*(?:其中\s*,?\s*)?(?P<standard>{_STANDARD_LEAD})?)"
    rf"(?P<tiers>(?:(?:{_TIER_WORD})的?(?:一次性)?(?:奖励|给予|补助|资助|奖补|(?<=[奖级])(?=\s*\d))"
    rf"\s*(?:人民币)?{_SUM}(?:奖励)?[,、]?\s*)+)$"
)
_ONE_TIER = re.compile(
    rf"(?P<level>{_TIER_WORD})的?(?:一次性)?(?:奖励|给予|补助|资助|奖补|(?<=[奖级])(?=\s*\d))"
    rf"\s*(?:人民币)?(?P<amount>{_SUM})"
)


def _led_tiers(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    """One reward per tier of an honour named once before them ("…技术中心(国家级)")."""
    led = _LED_TIERS.match(text.strip())
    if led is None:
        return []
    bare = not re.search(r"(?:奖励|给予|补助|资助|奖补)\s*(?:人民币)?\d", led["tiers"])
    if bare and not led["standard"]:
        return []  # ",一等奖10万元": tiers without a verb are read so only after a named standard
    skip = len(text) - len(text.lstrip())
    lead = _clean_granted(led["lead"])
    records: list[RewardRecord] = []
    for tier in _ONE_TIER.finditer(led["tiers"]):
        amount = next(value for _, value in find_money(tier["amount"]))
        start, end = (
            offset + skip + led.start("tiers") + tier.start(),
            offset + skip + led.start("tiers") + tier.end(),
        )
        records.append(
            RewardRecord(
                region=ctx.region,
                achievement=f"{lead}({tier['level']})"[:120],
                quote=text.strip(" ,")[:160],
                level=_level(tier["level"]),
                amount_yuan=amount,
                span=Span(start, end, section),
            )
        )
    return records
