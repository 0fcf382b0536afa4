"""Document-level passes over the rewards of all pieces, run by the pipeline.

Drops umbrella rewards whose items are stated below, restated rewards and headline
restatements, and expands a reward that announces the items listed below it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.records import RewardRecord
from policybot.knowledge.extract.rewards.levels import _level
from policybot.knowledge.extract.rewards.vocabulary import _BARE_TIER
from policybot.knowledge.extract.similarity import containment

# "由区政府予以表彰奖励": a promise that names no sum and no other treatment.
_GENERIC_TREATMENT = re.compile(
    r"^(?:由[^,;。]{1,12}?)?(?:予以|给予|进行)?(?:通报)?(?:表彰|奖励)(?:和|及|、)?(?:表彰|奖励)?$"
)


# Who a notice commends in general ("做出优异成绩的单位", "成绩突出的镇区", "…等方面工作突出的先进
# 集体"), before it lists them.
_MERIT_UMBRELLA = re.compile(
    r"(?:做出|作出|取得)了?(?:优异|突出|显著|重要)(?:的)?(?:成绩|贡献)|"
    r"(?:成绩|成效|贡献|工作|表现)(?:优异|突出|显著)"
)


_ANNOUNCES_BELOW = re.compile(
    r"^(?:分别)?(?:给予|予以)(?:一次性)?(?:奖励|奖补|补助|资助)(?:标准)?(?:如下|按以下标准)\s*[::]?$"
)


# A treatment that only names who is paid ("分别奖励给招商引资牵头人或社会单位"): no sum, no rate.
_PAYEE_ONLY = re.compile(r"^(?:分别|均)?(?:奖励|奖)给[^,;。\d%‰]{1,24}$")


_POINTS_BELOW = re.compile(r"(?:以下|下列|如下)")


def _tiers_named_by_umbrella(records: list[RewardRecord]) -> list[RewardRecord]:
    """ "对获得县某奖的项目给予奖励。其中:一等奖10万元,二等奖5万元": the sentence without a sum
    names the honour whose bare tiers follow it; each tier is that honour's ("获得县某奖(一等奖)")
    and the announcing sentence is no reward of its own (it was kept with no sum)."""
    result: list[RewardRecord] = []
    umbrella: RewardRecord | None = None
    named = False
    for record in records:
        bare = _BARE_TIER.fullmatch(record.achievement.strip())
        if (
            umbrella is not None
            and bare is not None
            and record.amount_yuan is not None
            and 0 <= record.span.start - umbrella.span.end <= 40
        ):
            tier = bare["tier"]
            achievement = f"{umbrella.achievement}({tier})"
            result.append(
                replace(record, achievement=achievement, level=_level(tier) or record.level)
            )
            umbrella = replace(umbrella, span=replace(umbrella.span, end=record.span.end))
            named = True
            continue
        if umbrella is not None and not named:
            result.append(umbrella)
        umbrella, named = None, False
        if (
            record.amount_yuan is None
            and (not record.treatment or _GENERIC_TREATMENT.match(record.treatment))
            and _BARE_TIER.fullmatch(record.achievement.strip()) is None
        ):
            umbrella = record
            continue
        result.append(record)
    if umbrella is not None and not named:
        result.append(umbrella)
    return result


def drop_umbrellas(records: list[RewardRecord]) -> list[RewardRecord]:
    """ "对获得A、B称号的企业予以表彰奖励" followed by "(一)获得A称号的企业,奖励50万元": the items
    give the sums, the sentence that announces them is no reward of its own."""

    def superseded(record: RewardRecord) -> bool:
        if record.amount_yuan is not None:
            return False
        if record.treatment and _ANNOUNCES_BELOW.search(record.treatment):
            # "…的,给予奖励如下:": the lines below give the sums
            return any(
                other.amount_yuan is not None and other.span.start > record.span.start
                for other in records
            )
        if _POINTS_BELOW.search(record.achievement):
            # "对获得以下荣誉的企业给予奖励:" then "(一)中国驰名商标,奖励50万元": the items give
            # the sums; the achievement that points at them is none of its own
            return any(
                other.amount_yuan is not None and other.span.start > record.span.start
                for other in records
            )
        if record.treatment and _PAYEE_ONLY.match(record.treatment):
            # "…符合起奖标准的,按该项目实际投资额,分别奖励给引荐人或社会单位": who is paid, the sums after
            return any(
                other.amount_yuan is not None and other.span.start > record.span.start
                for other in records
            )
        if record.treatment and not _GENERIC_TREATMENT.match(record.treatment):
            return False
        if _MERIT_UMBRELLA.search(record.achievement):
            # "对在…工作中做出优异成绩的地区和单位给予表彰奖励" opens a notice whose lines give the sums
            return any(
                other.amount_yuan is not None and other.span.start > record.span.start
                for other in records
            )
        return any(
            other.amount_yuan is not None
            and containment(record.achievement, other.achievement) >= 0.8
            for other in records
        )

    records = _tiers_named_by_umbrella(records)
    kept = [record for record in records if not superseded(record)]
    return _without_restatements(kept)


def _without_restatements(records: list[RewardRecord]) -> list[RewardRecord]:
    """The same reward stated twice (a page headline printed twice, a rule restated) is one."""
    seen: set[tuple[str, float | None, str | None, str | None, bool]] = set()
    unique: list[RewardRecord] = []
    for record in records:
        key = (
            record.achievement,
            record.amount_yuan,
            record.treatment,
            record.level,
            record.is_cap,
        )
        if key in seen:
            continue
        seen.add(key)
        unique.append(record)
    return unique


_LISTED_BELOW = re.compile(r"^(?P<verb>.*?)以下(?P<noun>[\u4e00-\u9fff]{0,8})$")
_LIST_LINE = re.compile(
    r"^(?:第[一二三四五六七八九十]+类|[一二三四五六七八九十]是|\(?[一二三四五六七八九十\d]+[)、.])?\s*[::]?(?P<items>[^::]+?)[。;]?$"
)


# The most paragraphs below a rule that can list its items.
LISTED_BELOW_LINES = 6


def expand_listed_below(reward: RewardRecord, following: list[str]) -> list[RewardRecord] | None:
    """ "对新获评以下荣誉称号的企业…进行奖励" + "第一类:A、B。第二类:C。": one reward per item.

    ``following`` are the paragraphs after the rule, up to the next heading.  None when the
    reward does not point below or nothing is listed there.
    """
    pointer = _LISTED_BELOW.match(reward.achievement)
    if pointer is None or reward.amount_yuan is not None:
        return None
    verb = pointer["verb"]
    items: list[str] = []
    for line in following[:LISTED_BELOW_LINES]:
        listed = _LIST_LINE.match(line.strip())
        if listed is None or "," in listed["items"] or len(listed["items"]) > 80:
            break
        items.extend(item.strip() for item in listed["items"].split("、") if item.strip())
    if not items:
        return None
    return [
        RewardRecord(
            region=reward.region,
            achievement=f"{verb}{item}",
            quote=reward.quote,
            level=_level(item),
            treatment=reward.treatment,
            span=reward.span,
        )
        for item in items
    ]


def drop_headline_restatements(records: list[RewardRecord], text: str) -> list[RewardRecord]:
    """ "某县第五章:知识产权贯标奖励5万元" as a page's opening line, then the body's "当年通过
    …知识产权管理…认证…的企业奖励5万元": a headline restating a reward the body grants is that
    reward, said once (the same sum, half its words shared) (round 33)."""
    stripped = text.lstrip()
    first_end = len(text) - len(stripped) + (stripped.find("\n") % (len(stripped) + 1))

    def restated(record: RewardRecord) -> bool:
        return (
            record.span.end <= first_end
            and record.amount_yuan is not None
            and any(
                other.span.start > first_end
                and other.amount_yuan == record.amount_yuan
                and containment(record.achievement, other.achievement) >= 0.5
                for other in records
            )
        )

    return [record for record in records if not restated(record)]


# "对“甲”、“乙”等4家驰名商标和著名商标予以总共80万元的奖励": one total shared by a list of
# recipients is one reward, the list its achievement and the total its treatment, no sum each
# (the convention of a shared total, as ``sums._list_total`` reads "对…等530个项目,安排…予以奖
# 励"); "昨日这4家企业共获得区政府80万元的奖励" reports that reward received, no new one (B48-9).
_SHARED_TOTAL = re.compile(
    r"对(?P<who>[^;:。]{2,80}?等\s*\d+\s*(?:家|个|件|名|户|位|所)[^;:。,]{0,30}?)"
    r"(?:予以|给予)(?P<word>总共|共计|合计|总计)\s*(?:人民币)?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿)?元)"
)
_RECEIVED = re.compile(r"(?:共|一共|总共)?获得[^,;。]{0,20}?\d+(?:\.\d+)?\s*(?:万|亿)?元$")


def shared_totals(records: list[RewardRecord]) -> list[RewardRecord]:
    out: list[RewardRecord] = []
    merged: set[str] = set()
    for record in records:
        if record.amount_yuan is None and _RECEIVED.search(record.achievement):
            continue  # a reward reported as received
        total = _SHARED_TOTAL.search(record.quote)
        if total is None or total["amount"].replace(" ", "") not in record.achievement:
            if total is None or record.quote not in merged:
                out.append(record)
            continue
        # the record that reached the total: the list's one reward; its siblings split off the
        # same list at 、 are dropped
        out = [other for other in out if other.quote != record.quote]
        merged.add(record.quote)
        out.append(
            replace(
                record,
                achievement=total["who"].strip(" ,")[:120],
                amount_yuan=None,
                treatment=f"{total['word']}{total['amount'].replace(' ', '')}",
            )
        )
    return out


# "一、奖励标准:年出口额首次突破1000万美元的企业,奖励5万元", "(二)支持品牌建设:获得…的": the
# label an item opens with before a colon (its heading, or a short topic without a figure).
_LEADING_LABEL = re.compile(r"^(?P<label>[^,;。:\d]{2,12}?)\s*:\s*(?P<rest>[^:]{4,})$")
_SECTION_NUMBER = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十\d]{1,3}[、.．])\s*"
)
# A label that is a rule's topic, not part of what is achieved: a heading word of reward rules.
_TOPIC_LABEL = re.compile(
    r"(?:奖励|奖补|补助|扶持|资助)(?:标准|办法|方式|措施|政策|内容)$|^(?:支持|鼓励|促进|推进|加快|加强|实施)"
)


def without_item_labels(records: list[RewardRecord]) -> list[RewardRecord]:
    """The achievement without the label its item opens with ("奖励标准:", "支持品牌建设:"): the
    topic the item is filed under is no part of what earns the sum (ext59, rewards: the
    achievement text differs).  Only a label that is the item's own heading (the record's
    section ends on it) or a rule's topic word is cut."""
    result: list[RewardRecord] = []
    for record in records:
        match = _LEADING_LABEL.match(record.achievement)
        heading = _SECTION_NUMBER.sub("", (record.span.section or "").split(" / ")[-1])
        if match and (match["label"] == heading or _TOPIC_LABEL.search(match["label"])):
            record = replace(record, achievement=match["rest"].strip())
        result.append(record)
    return result
