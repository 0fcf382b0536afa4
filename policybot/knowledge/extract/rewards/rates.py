"""Rewards paid at a rate ("按实际投资额的0.5%给予奖补") rather than a sum.

Rate bands, further classes at their own rate, a list paid "分别" at its own rates, and the
ceiling a rate tier shares with its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.clauses import _clean_granted, _rule_quote
from policybot.knowledge.extract.rewards.levels import _level, _role
from policybot.knowledge.extract.rewards.vocabulary import _RATE_PHRASE
from policybot.knowledge.extract.structure import Piece

# "…按投资额的5%给予补助;…按投资额的8%给予补助,最高均不超过300万元": one ceiling said once
# for every rate tier of the sentence (均/都/分别 shows it is shared).
_SHARED_CAP = re.compile(
    r"(?:最高|累计)?(?:均|都|分别|一律)(?:最高|最多)?(?:不超过|不高于|不得超过|为|可达)?"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


# "…按设备投资额给予10%奖补,属于战略性新兴产业技术改造项目,给予设备投资12%奖补": a further
# class of the same rule (属于…) paid at its own rate
_FURTHER_CLASS = re.compile(
    r",\s*(?:其中)?属于(?P<achievement>[^,;。]{2,30}?)(?:的)?,\s*(?P<treatment>(?:给予|按照?)"
    r"[^,;。\d]{0,16}?\d+(?:\.\d+)?\s*%[^,;。]{0,6}?(?:奖补|补助|奖励|补贴|资助))"
)


def _further_class_rates(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """The further classes (",属于…,给予…12%奖补") of a rule read in this part: one reward each,
    its rate the treatment (a ceiling stated later is added by ``_shared_ceiling``)."""
    return [
        RewardRecord(
            region=ctx.region,
            achievement=further["achievement"],
            quote=further.group(0).strip(" ,")[:160],
            level=_level(further["achievement"]),
            treatment=further["treatment"],
            span=Span(offset + further.start() + 1, offset + further.end(), section),
        )
        for further in _FURTHER_CLASS.finditer(text)
    ]


def _shared_ceiling(record: RewardRecord, piece: Piece) -> RewardRecord:
    """A rate tier with no sum of its own takes the ceiling its sentence shares among all tiers."""
    if record.amount_yuan is not None or not record.treatment:
        return record
    if not (_RATE_PHRASE.search(record.treatment) or _GIVEN_RATE.search(record.treatment)):
        return record
    end = record.span.end - piece.start
    if not 0 <= end <= len(piece.text):
        return record
    stop = piece.text.find("。", end)
    rest = piece.text[end : stop if stop >= 0 else len(piece.text)]
    cap = next((m for m in _SHARED_CAP.finditer(rest) if _CEILING_WORD.search(m.group(0))), None)
    if cap is None:
        # "单个项目奖励总额最高不超过300万元": a ceiling per recipient later in the paragraph
        cap = _RECIPIENT_CAP.search(piece.text, end)
    if cap is None:
        # "…的,按30%给予奖励;…的,按50%给予奖励,最高不超过200万元": the tiers' one ceiling
        cap = _BARE_CAP.search(rest)
    money = find_money(cap["amount"]) if cap else []
    if not money:
        return record
    return replace(record, amount_yuan=money[0][1], is_cap=True)


# "给予设备投资额15%的奖补": a rate given without 按
_GIVEN_RATE = re.compile(r"^给予[^,;。\d]{0,12}\d+(?:\.\d+)?\s*%")
_BARE_CAP = re.compile(
    r"(?:最高|最多)(?:不超过|不高于|不得超过|为)?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)
_CEILING_WORD = re.compile(r"最高|不超过|不高于|最多|不得超过")
# "单个项目奖励总额最高不超过300万元", "每家企业该项奖励最高为1000万元", "同一企业年度补助最多200万元",
# "单个项目补助额不超过1000万元"
_RECIPIENT_CAP = re.compile(
    r"(?:单个|单家|每个|每家|每户|每项|同一|单一)(?:企业|项目|单位|机构|主体)[^,;。]{0,12}?"
    r"(?:(?:最高|累计最高|最多)(?:不超过|不高于|不得超过|为|可达)?|不超过|不高于|不得超过)"
    r"(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
)


# "投资额在3000万元—1亿元的工业项目和投资额在1000万元以上的服务业项目按实际固定资产投资额的0.5%奖励":
# project bands rewarded at a rate of what they invest (no 对, no comma before the rate).
_RATE_BAND = re.compile(
    r"^\s*(?:凡)?(?P<achievement>[^;。]{4,160}?)\s*(?P<treatment>按(?:照)?[^,;。]{2,24}?的?"
    r"\d+(?:\.\d+)?\s*[%‰](?:的比例)?(?:给予|予以)?(?:一次性)?(?:奖励|补助|奖补|资助))"
)
# "单个项目奖励总额最高不超过300万元": one ceiling over every rate of the paragraph.
_RATE_CEILING = re.compile(
    r"(?:单个|每个|同一|每一)(?:项目|企业|单位)[^,;。]{0,10}?(?:最高|累计|总额)[^,;。]{0,6}?"
    r"(?:不超过|不高于|不得超过)\s*(?:人民币)?\s*(?P<cap>\d+(?:\.\d+)?\s*(?:万|亿)?元)"
)


def _rate_bands(
    text: str,
    offset: int,
    ctx: DocContext,
    section: str | None,
    found: list[RewardRecord],
    paragraph: str,
) -> list[RewardRecord]:
    """Rewards of a part that pays by bands at a rate ("…的工业项目和…的服务业项目按实际投资额的0.5%
    奖励"): the whole band is the achievement, bands joined by a parallel "和" ("投资额在…和投资额在…")
    are one reward each, and a ceiling stated in the paragraph ("单个项目奖励总额最高不超过300万元")
    is each one's sum at most.  Without such a ceiling, or where the part was read otherwise, the
    part is left as it was (re-reading bands without a ceiling added rewards on the val split)."""
    band = _RATE_BAND.match(text)
    if band is None or not re.search(r"\d", band["achievement"]):
        return found
    if found and not all(
        record.amount_yuan is None and record.treatment == band["treatment"] for record in found
    ):
        return found
    ceiling = _RATE_CEILING.search(paragraph)
    if ceiling is None:
        return found
    amount = next((value for _, value in find_money(ceiling["cap"])), None)
    achievement = _clean_granted(band["achievement"])
    head = achievement[:2]
    parts = re.split(rf"和(?={re.escape(head)})", achievement) if len(head) == 2 else [achievement]
    return [
        RewardRecord(
            region=ctx.region,
            achievement=part.strip(" ,")[:120],
            quote=text[band.start("achievement") : band.end()].strip(" ,")[:160],
            level=_level(part),
            amount_yuan=amount,
            is_cap=amount is not None,
            treatment=band["treatment"],
            span=Span(offset + band.start("achievement"), offset + band.end(), section),
        )
        for part in parts
        if len(part.strip(" ,")) >= 2
    ]


# "分别给予设备投资额12%、15%和20%的奖补": one rate per item listed before
_RATE_LIST = re.compile(
    r"分别(?:给予|按)?(?P<base>[^,;。\d]{0,12}?)(?P<rates>\d+(?:\.\d+)?\s*%"
    r"(?:\s*(?:、|和|及)\s*\d+(?:\.\d+)?\s*%)+)(?P<tail>[^,;。]{0,8})"
)


def _respective_rates(treatment: str) -> list[tuple[str, str]]:
    """(rate, treatment) per rate of a "分别给予…12%、15%和20%的奖补" treatment, else []."""
    listed = _RATE_LIST.search(treatment)
    if listed is None:
        return []
    rates = re.findall(r"\d+(?:\.\d+)?\s*%", listed["rates"])
    verb = "按" if "分别按" in listed.group(0) else "给予"
    return [(rate, f"{verb}{listed['base']}{rate}{listed['tail']}") for rate in rates]


# "按…投资的3‰计算奖金,按…投资的2‰计算奖金,按…投资的1.5‰计算奖金": rates one after another,
# each a clause of its own, for bands of the one achievement whose thresholds the copy lost (B46-8).
_CHAINED_RATE = re.compile(
    r"按(?:照)?[^,;。]{1,30}?(?P<rate>\d+(?:\.\d+)?\s*[%‰])[^,;。]{0,6}?"
    r"(?:给予|予以|计算|核定|计发)?(?:补助|补贴|奖励|资助|奖补|奖金)"
)


def chained_rates(treatment: str) -> list[tuple[str, str]]:
    """(rate, clause) per rate of a treatment made of two or more rate clauses in a row (each
    opening on 按 after a comma), else []."""
    found: list[tuple[str, str]] = []
    position = 0
    while True:
        match = _CHAINED_RATE.match(treatment, position)
        if match is None:
            break
        found.append((re.sub(r"\s+", "", match["rate"]), match.group(0)))
        rest = re.match(r"\s*[,,]\s*", treatment[match.end() :])
        if rest is None:
            break
        position = match.end() + rest.end()
    return found if len(found) >= 2 else []


# "给予首贷企业贷款利息2%、其他企业贷款利息1.5%的贴息支持": each class of recipient listed with its
# own rate, the list closed by one subsidy word (B37-2).
_CLASS_RATE_LIST = re.compile(
    r"给予(?P<items>(?:[^,;。、\d]{2,24}?\d+(?:\.\d+)?\s*[%‰]\s*、\s*){1,5}"
    r"[^,;。、\d]{2,24}?\d+(?:\.\d+)?\s*[%‰])\s*的?"
    r"(?P<cue>(?:贷款)?贴息|补助|奖励|补贴|奖补|资助)(?P<support>支持|补助|资金)?"
)
_CLASS_RATE_ITEM = re.compile(r"(?P<who>[^、]+?)(?P<rate>\d+(?:\.\d+)?\s*[%‰])")


def class_rates(treatment: str) -> list[tuple[str, str]]:
    """(class, treatment) per class of a "给予A…2%、B…1.5%的贴息支持" treatment, else []."""
    listed = _CLASS_RATE_LIST.search(treatment)
    if listed is None:
        return []
    tail = f"的{listed['cue']}{listed['support'] or ''}"
    return [
        (item["who"].strip(), f"{item['who'].strip()}{item['rate']}{tail}")
        for item in _CLASS_RATE_ITEM.finditer(listed["items"])
    ]


def _rate_rewards(
    achievements: list[str],
    rates: list[tuple[str, str]],
    match: re.Match[str],
    offset: int,
    ctx: DocContext,
    section: str | None,
) -> list[RewardRecord]:
    """One reward per item of a list paid "分别" at its own rate; a ceiling stated after them is
    added by ``_shared_ceiling``."""
    quote_start, quote_end, quote = _rule_quote(ctx.text, offset, match)
    return [
        RewardRecord(
            region=ctx.region,
            achievement=achievement,
            quote=quote,
            role=_role(achievement),
            level=_level(achievement),
            treatment=treatment,
            span=Span(quote_start, quote_end, section),
        )
        for achievement, (_, treatment) in zip(achievements, rates, strict=True)
    ]
