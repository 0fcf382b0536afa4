"""Reward rules: "对[achievement]的单位,(分别)给予[amount]的奖励" and non-money treatment.

One sentence often lists several achievements: with "分别" and as many sums, each achievement
gets its own sum; with one sum, every achievement gets that sum.  Listed items share a verb
("主导制修订国际标准、国家标准" -> 主导制修订国家标准) and a trailing noun ("全国…、浙江省…等
秘书处" -> …秘书处), which is distributed back to every item.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.structure import Piece

_TREATMENT = (
    r"(?:分别|均|由[^,;。]{1,12}?|每[件项家个次户名])*"
    r"(?:给予|按照?|在[^,;。]{0,12}给予|予以|奖励|补助|资助|补贴|奖补|一次性|优先)"
)
# A short condition between achievement and reward: "经认定," "经市政府批准,"
_CONDITION = r"(?:(?:经|按|在|凡|如)(?:(?!给予|予以)[^,;。]){1,30},\s*){1,2}(?:再|另|还)?"
_RULE = re.compile(
    rf"(?:(?<=[,;。:])|^)(?:对于?)?(?P<achievement>[^,;。]{{3,160}}?)\s*,?\s*的"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:单位|企业|个人|机构|项目|团队|组织|人员|集体|权利人|人才)"
    r"(?:或|和|及)?){0,2}"
    rf"(?P<list_tail>、[^,;。]{{2,80}}?的(?:单位|企业|个人|机构))?\s*,?\s*"
    rf"(?:{_CONDITION})?(?P<treatment>{_TREATMENT}[^;。]*)"
)
# "对新认定的国家级企业技术中心,由市财政给予…": the achievement has no closing 的.
_RULE_WITHOUT_DE = re.compile(
    rf"(?:(?<=[,;。:])|^)对(?P<achievement>[^,;。]{{3,80}}?)(?:,\s*(?:{_CONDITION})?|(?=分别|给予))"
    rf"(?P<treatment>{_TREATMENT}[^;。]*)"
)
_VAGUE_MERIT = re.compile(
    r"(?:成绩|成效|贡献|表现|业绩)(?:显著|突出|明显|优异|较大)|先进(?:集体|个人)"
)
_REWARD_CUE = re.compile(r"奖励|奖补|补助|资助|补贴|倾斜|配套|同等政策|扶持资金")
_VERBS = (
    "主导",
    "参与",
    "承担",
    "牵头",
    "新获得",
    "获得",
    "首次通过",
    "通过",
    "首次",
    "新认定",
    "认定",
    "获批",
    "制修订",
    "制定",
    "制订",
    "修订",
    "创建",
    "评为",
    "列入",
    "入选",
    "荣获",
    "取得",
)
_ROLE_WORDS = ("主导", "参与", "承担")
_LEVELS = (
    ("国际", "国际"),
    ("全国", "国家"),
    ("国家", "国家"),
    ("中国", "国家"),
    ("行业", "行业"),
    ("省地方", "省地方"),
    ("省", "省"),
    ("市", "市"),
    ("区", "区"),
    ("县", "县"),
    ("地方", "地方"),
)
_PLACE_WORDS = r"(?:国家|国际|全国|中国|省|市|区|县|行业)"
_LEAD_VERB = r"(?:首次|新)?(?:获得|承担|主导|参与|通过|认定|获批|荣获)"
_CAP = re.compile(r"最高|不超过|最多|以内|封顶")


def rewards_in_piece(piece: Piece, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    """Reward rules of a paragraph; each ;-part or ",对…" clause group states at most one."""
    records: list[RewardRecord] = []
    for part in re.finditer(r"(?:^|(?<=[;。])|(?<=,)(?=对))[^;。]+?(?=,对|[;。]|$)", piece.text):
        records.extend(_rewards_in_part(part.group(0), piece.start + part.start(), ctx, section))
    return records


def _rewards_in_part(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """The rewards of one clause group: one per achievement, each with its own sum if any."""
    rule = _read_rule(text)
    if rule is None:
        return []
    match, achievement_text, treatment = rule
    achievements = split_achievements(achievement_text)
    amounts = [amount for _, amount in find_money(treatment)]
    is_cap = bool(_CAP.search(treatment))
    levels = [_level(achievement) for achievement in achievements]
    distinguishes = (
        "分别" in treatment
        or len(set(amounts)) > 1
        or (len(levels) > 1 and None not in levels and len(set(levels)) == len(levels))
    )
    quote_start = _include_dui(ctx.text, offset + match.start("achievement"))
    quote_end = offset + match.end()
    quote = ctx.text[quote_start:quote_end].strip(" ,")[:160]
    sums = [_amount_for(index, len(achievements), amounts) for index in range(len(achievements))]
    return [
        RewardRecord(
            region=ctx.region,
            achievement=achievement,
            quote=quote,
            role=_role(achievement),
            level=_level(achievement) if distinguishes else None,
            amount_yuan=amount,
            is_cap=is_cap and amount is not None,
            treatment=None if amounts else _treatment_text(treatment),
            span=Span(quote_start, quote_end, section),
        )
        for achievement, amount in zip(achievements, sums, strict=True)
    ]


def _read_rule(text: str) -> tuple[re.Match[str], str, str] | None:
    """(match, achievement text, treatment) of a reward rule, or None if this is not one."""
    if not _REWARD_CUE.search(text):
        return None
    match = _RULE.search(text) or _RULE_WITHOUT_DE.search(text)
    if match is None:
        return None
    achievement_text = match["achievement"]
    if "对" in achievement_text:
        achievement_text = achievement_text[achievement_text.rfind("对") + 1 :]
    if match.groupdict().get("list_tail"):
        achievement_text += match["list_tail"]
    treatment = match["treatment"].strip(" ,")
    if not _REWARD_CUE.search(treatment) and "给予" not in treatment:
        return None
    if _VAGUE_MERIT.search(achievement_text):
        return None  # "对…成绩显著的企业予以奖励" directs others to reward; it names no rule
    return match, achievement_text, treatment


def _include_dui(text: str, start: int) -> int:
    return start - 1 if start > 0 and text[start - 1] == "对" else start


def _amount_for(index: int, count: int, amounts: list[float]) -> float | None:
    if not amounts:
        return None
    if len(amounts) == count:
        return amounts[index]
    return amounts[min(index, len(amounts) - 1)] if len(amounts) > 1 else amounts[0]


def _treatment_text(treatment: str) -> str:
    return re.sub(r"^分别", "", treatment).strip(" ,")[:80]


def split_achievements(text: str) -> list[str]:
    """ "主导制修订A、B、C等X" -> [主导制修订A X, 主导制修订B X, ...] (verb and tail shared)."""
    text = re.sub(
        r"^(?:\(\d{1,2}\)|\d{1,2}[.、]|\([一二三四五六七八九十]+\))", "", text.strip(" ,")
    )
    text = re.sub(r"^(?:对于?|凡)", "", text)
    text = re.sub(r"\((?:即)([^)]*)\)", r"(\1)", text)
    items = _split_top_level(text)
    items = [
        re.sub(r"的(?:单位|企业|个人|机构)$", "", item).strip() for item in items if item.strip()
    ]
    if len(items) <= 1:
        return [_clean(item) for item in items if _clean(item)]
    tail = ""
    last = items[-1]
    tail_match = re.search(r"等(?P<tail>[\u4e00-\u9fff]{1,8})$", last)
    if tail_match:
        tail = tail_match["tail"]
        items[-1] = last[: tail_match.start()]
    items = _share_modifier_tail(_share_object(items))
    verb = _leading_verb(items[0])
    result: list[str] = []
    for item in items:
        full = item if (not verb or _leading_verb(item) or item.startswith(verb)) else verb + item
        result.append(_clean(full + tail))
    return [item for item in result if item]


def _share_object(items: list[str]) -> list[str]:
    """ "企业主导和参与制定X标准": a bare role takes the verb and object of the next item."""
    shared: list[str] = []
    for index, item in enumerate(items):
        bare = re.fullmatch(r"(?:企业|单位|个人)?(?P<role>主导|参与|牵头|承担)", item)
        following = items[index + 1] if index + 1 < len(items) else ""
        role = re.match(r"(?:主导|参与|牵头|承担)", following)
        if bare and role:
            item = bare["role"] + following[role.end() :]
        shared.append(item)
    return shared


def _share_modifier_tail(items: list[str]) -> list[str]:
    """ "国家级、省级标准化试点示范项目": a bare modifier takes the last item's noun."""
    last = items[-1]
    modifier = re.match(r"^(?P<head>.*?(?:级|类))(?P<noun>[\u4e00-\u9fff“”()]{2,})$", last)
    if modifier:
        noun = modifier["noun"]
        return [item + noun if re.search(r"(?:级|类)$", item) else item for item in items]
    place = re.match(rf"^(?P<place>{_PLACE_WORDS})(?P<noun>[\u4e00-\u9fff“”()]{{2,}})$", last)
    bare = [re.sub(rf"^{_LEAD_VERB}", "", item) for item in items[:-1]]
    if place and all(re.fullmatch(_PLACE_WORDS, item) for item in bare):
        # "获得国家、省、市政府质量奖": each place takes the last item's noun.
        return [item + place["noun"] for item in items[:-1]] + [last]
    return items


def _split_top_level(text: str) -> list[str]:
    """Split on 、 and on 和 between achievements, never inside brackets or quotes."""
    parts: list[str] = []
    depth = 0
    current = ""
    for index, char in enumerate(text):
        if char in "(“《":
            depth += 1
        elif char in ")”》" and depth:
            depth -= 1
        if depth == 0 and (
            char == "、" or (char == "和" and _starts_achievement(text[index + 1 :]))
        ):
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return parts


def _starts_achievement(rest: str) -> bool:
    return any(rest.startswith(verb) for verb in _VERBS)


def _leading_verb(item: str) -> str:
    """The verb phrase an item starts with, up to the object ("主导(第一起草单位)制修订")."""
    match = re.match(
        r"^(?P<verb>(?:首次|新|通过行政途径新)?(?:主导|参与|承担|牵头|获得|通过|认定|获批|荣获|取得|创建|入选|列入)"
        r"(?:\([^)]*\))?(?:制修订|制定|制订|修订)?)",
        item,
    )
    if match:
        return match["verb"]
    match = re.match(r"^(?P<verb>制修订|制定|制订|修订)", item)
    return match["verb"] if match else ""


def _clean(item: str) -> str:
    return item.strip(" ,、")


def _role(achievement: str) -> str | None:
    for word in _ROLE_WORDS:
        if word in achievement[:8]:
            return word
    return None


def _level(achievement: str) -> str | None:
    body = re.sub(r"\([^)]*\)", "", achievement)
    positions = [(body.find(word), -len(word), level) for word, level in _LEVELS if word in body]
    if not positions:
        return None
    return min(positions)[2]
