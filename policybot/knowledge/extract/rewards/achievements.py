"""Listed honours: one achievement per item of a list ("主导制修订A、B、C等X").

Items of a list share a verb, a trailing noun, a level tail, a prize name or a tier prefix that
only one item writes out; this module splits the list and gives every item back what it shares.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.rewards.vocabulary import (
    _HONOUR,
    _LEVEL_NAME,
    _NAMED_RECIPIENT_END,
    _VERBS,
)

_MERIT_END = re.compile(
    r"(?:有力|显著|突出|明显|优异|较好|较快|较大|较多|优秀|领先|"
    # "科技含量高、创新能力强、发展潜力大的项目": qualities of one project
    r"(?:含量|能力|潜力|水平|效益|质量|实力|贡献|前景|带动性|竞争力|方向)[高强大好优]?|"
    # "研发投入大、成长性好的企业": the same (convention settled in round 33, corpus/SCHEMA.md)
    r"(?:投入|规模|成长性|增速|成效|效果|作用|信誉|影响力|创新性)(?:较|很)?[高强大好优快]|"
    # "科技含量高、经济效益好、资源消耗低、环境污染少的新入区项目": low costs are qualities too (B43-8)
    r"(?:消耗|能耗|物耗|污染|排放|成本|占地)(?:较|很)?[低少小])$"
)
# "带动就业10人以上", "年纳税额50万元以上": a measure named and the threshold it must pass.
_THRESHOLD_END = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:达到|超过|不低于|不少于)?\d+(?:\.\d+)?\s*(?:万|亿|千)?"
    r"(?:元|人|名|家|个|户|吨|台|套|件|项|亩|平方米|%)?(?:及|或)?以上$"
)
_PLACE_WORDS = r"(?:国家|国际|全国|中国|省|市|区|县|行业)"
_LEAD_VERB = r"(?:首次|新)?(?:获得|承担|主导|参与|通过|认定|获批|荣获)"


def split_achievements(text: str, respective: bool = False) -> list[str]:
    """ "主导制修订A、B、C等X" -> [主导制修订A X, 主导制修订B X, ...] (verb and tail shared).

    ``respective``: the items are paid 分别 one sum each, so thresholds listed are bands, never
    the joint thresholds of one recipient (R50-1)."""
    text = re.sub(
        r"^(?:\(\d{1,2}\)|\d{1,2}[.、]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十百零〇\d]{1,4}条)\s*",
        "",
        text.strip(" ,"),
    )
    # "…给予200万元奖励,其中:完成股改的奖励50万元": 其中 opens the parts the sum is paid in
    text = re.sub(r"^(?:其中\s*[::,]?\s*)?(?:对于?|凡)?", "", text)
    text = re.sub(r"\((?:即)([^)]*)\)", r"(\1)", text)
    items = _split_top_level(text)
    if len(items) > 1 and all(_MERIT_END.search(re.sub(r"的.*$", "", item)) for item in items[:-1]):
        items = [text]  # "推进有力、成效显著的企业": joint qualities of one recipient
    if (
        len(items) > 1
        and not respective
        and all(_THRESHOLD_END.search(item) for item in items[:-1])
    ):
        # "带动就业10人以上、年纳税额50万元以上的小微企业": joint thresholds one recipient meets
        # (attack51)
        last = re.sub(r"的.*$", "", items[-1])
        if _THRESHOLD_END.search(last):
            items = [text]
    items = [
        re.sub(r"的(?:单位|企业|个人|机构)$", "", item).strip() for item in items if item.strip()
    ]
    if len(items) <= 1:
        return [_clean(item) for item in items if _clean(item)]
    tail = ""
    last = items[-1]
    # "…、B等秘书处" shares 秘书处; the 等 of a grade ("三等奖") is no "and so on"
    tail_match = re.search(
        r"(?<![特一二三四五六七八九十\d])等(?P<tail>[\u4e00-\u9fff]{1,8})$", last
    )
    if tail_match:
        tail = tail_match["tail"]
        items[-1] = last[: tail_match.start()]
    items = _share_prize_name(_share_quoted_tail(_share_modifier_tail(_share_object(items))))
    items = _share_metal_noun(items)
    items = _share_tier_prefix(_share_bare_tiers(_share_scope_tail(_share_level_tail(items))))
    items = _share_recipient_lead(items)
    verb = _leading_verb(items[0])
    result: list[str] = []
    for item in items:
        full = item if (not verb or _leading_verb(item) or item.startswith(verb)) else verb + item
        result.append(_clean(full + tail))
    return [item for item in result if item]


# "获得一等奖的甲山县": what the first named recipient did, up to its 的.
_RECIPIENT_LEAD = re.compile(r"^(?P<lead>[^、,;。]{2,40}的)(?P<name>[^的]{2,24})$")


def _share_recipient_lead(items: list[str]) -> list[str]:
    """ "获得一等奖的甲山县、乙水县(分别奖励…)": the places or firms after the first share what
    the first did ("获得一等奖的乙水县"), not only its verb ("获得乙水县")."""
    first = _RECIPIENT_LEAD.match(items[0])
    if first is None or not all(
        _NAMED_RECIPIENT_END.search(item) and "的" not in item for item in items[1:]
    ):
        return items
    if not _NAMED_RECIPIENT_END.search(first["name"]) or _LEVEL_NAME.search(items[0]):
        return items
    return [items[0]] + [first["lead"] + item for item in items[1:]]


_PRIZE_GRADE = r"(?:[特一二三四五]等奖|提名奖|优秀奖|鼓励奖|[金银铜]奖|大奖)"
_NAMED_GRADE = re.compile(rf"^(?P<prize>.+?奖){_PRIZE_GRADE}$")


def _share_prize_name(items: list[str]) -> list[str]:
    """ "获得区长质量奖大奖、提名奖、鼓励奖": bare grades after a graded prize are that prize's."""
    named = _NAMED_GRADE.match(items[0])
    if named is None:
        return items
    return [items[0]] + [
        named["prize"] + item if re.fullmatch(_PRIZE_GRADE, item) else item for item in items[1:]
    ]


_METAL_LAST = re.compile(r"(?P<metal>[金银铜])(?P<noun>奖杯|奖牌|杯|牌|奖)")


def _share_metal_noun(items: list[str]) -> list[str]:
    """ "获得“某某杯”金、银、铜杯": bare metals take the first item's words before its metal and
    the last item's noun (金杯, 银杯, 铜杯 of the same prize)."""
    last = _METAL_LAST.fullmatch(items[-1])
    if last is None or not all(re.search(r"[金银铜]$", item) for item in items[:-1]):
        return items
    prefix = items[0][:-1]
    shared = [items[0] + last["noun"]]
    shared += [(prefix + item if len(item) == 1 else item) + last["noun"] for item in items[1:-1]]
    return [*shared, prefix + items[-1]]


# Tiers of one measure that a list names after the first item in full: ranks, grades, levels
# ending in 级, stars and A-ratings (one pattern per family).
_TIER_TOKENS = (
    r"第[一二三四五六七八九十\d]{1,3}名",
    r"前[一二三四五六七八九十\d]{1,3}名",
    _PRIZE_GRADE,
    r"(?:国家|省|市|县|区|乡镇|镇)级",
    r"[一二三四五六七1-7]星级?",
    r"[1-5]?A{1,5}级?",
)


# One-character tiers a list names bare: metals, grades, ranks, letters.
_ONE_CHAR_TIERS = "金银铜特一二三四五甲乙丙丁优良ABCDE"


_LEVEL_WORDS = ("国家", "省", "市", "县", "区")


def _share_level_tail(items: list[str]) -> list[str]:
    """ "获得国家、省、市级专精特新称号": bare levels before the last, which alone writes 级 and the
    thing, each take both ("获得国家级专精特新称号", "省级专精特新称号"), not "获得国家"."""
    first = re.fullmatch(r"(?P<prefix>.*?)(?P<level>国家|省|市|县|区)", items[0])
    last = re.fullmatch(r"(?P<level>国家|省|市|县|区)级(?P<tail>[^、]{2,})", items[-1])
    if (
        len(items) < 2
        or first is None
        or last is None
        or any(item not in _LEVEL_WORDS for item in items[1:-1])
    ):
        return items
    tail = "级" + last["tail"]
    return [items[0] + tail] + [item + tail for item in items[1:-1]] + [items[-1]]


_SCOPE = r"(?:全国|全省|全市|全县|全区|全州|国家|省|市|县|区)"


def _share_scope_tail(items: list[str]) -> list[str]:
    """ "进入全国、全省前十强": a bare scope before the last item, which alone writes what is
    ranked within it, takes that ("进入全国前十强"), not "进入全国"."""
    last = re.fullmatch(
        rf"(?P<scope>{_SCOPE})(?P<tail>[^、的]{{2,12}})(?P<holder>的.*)?", items[-1]
    )
    if (
        len(items) < 2
        or last is None
        or re.fullmatch(rf".*?{_SCOPE}", items[0]) is None
        or any(re.fullmatch(_SCOPE, item) is None for item in items[1:-1])
        or re.match(r"级", last["tail"])
    ):
        return items
    return [item + last["tail"] for item in items[:-1]] + [items[-1]]


def _share_bare_tiers(items: list[str]) -> list[str]:
    """ "获得“某某杯”金、银、铜杯", "评为甲、乙、丙类": one-character tiers between a first item
    that names what they grade and a last item that names the thing ("杯", "类"): each tier
    takes both ("获得“某某杯”银杯"), not "获得银"."""
    first, middle, last = items[0], items[1:-1], items[-1]
    # "获得一、二、三等奖的作品", "获得金、银、铜牌的选手": the thing graded may be followed by
    # who holds it, which stays with the last item
    tiered, _, holder = last.partition("的")
    if (
        len(items) < 2
        or len(first) < 3
        or first[-1] not in _ONE_CHAR_TIERS
        or any(len(item) != 1 or item not in _ONE_CHAR_TIERS for item in middle)
        or not 2 <= len(tiered) <= 4
        or tiered[0] not in _ONE_CHAR_TIERS
        or not re.fullmatch(r"[\u4e00-\u9fff]+", tiered[1:])
        or len(holder) > 8
    ):
        return items
    prefix, tail = first[:-1], tiered[1:]
    return [first + tail] + [prefix + item + tail for item in middle] + [prefix + last]


def _share_tier_prefix(items: list[str]) -> list[str]:
    """ "在考核中获得第一名、第二名、第三名", "获得绿色工厂国家级认定、省级认定": an item that opens
    with a tier of the kind the first item names takes the words before that tier in the first."""
    first = items[0]
    shared = [first]
    for item in items[1:]:
        family = next((f for f in _TIER_TOKENS if re.match(f, item)), None)
        named = re.search(family, first) if family else None
        shared.append(first[: named.start()] + item if named and named.start() > 0 else item)
    return shared


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


def _share_quoted_tail(items: list[str]) -> list[str]:
    """ "获得“A”、“B”称号": quoted names take the words after the last one ("称号")."""
    tail = re.search(r"”(?P<tail>[\u4e00-\u9fff]{1,6})$", items[-1])
    if tail is None or not all(item.endswith("”") for item in items[:-1]):
        return items
    return [item + tail["tail"] for item in items[:-1]] + [items[-1]]


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
    skip_next = False
    for index, char in enumerate(text):
        if skip_next:  # the 者 of a 或者 split on
            skip_next = False
            continue
        if char in "(“《":
            depth += 1
        elif char in ")”》" and depth:
            depth -= 1
        between_names = (
            char in "和及与"
            and text[index - 1 : index] == "”"
            and text[index + 1 :].startswith("“")
        )
        if char == "“" and depth == 1 and text[index - 1 : index] == "”" and current:
            # "省级及以上“智能工厂”“数字化车间”": quoted names side by side are a list
            parts.append(current)
            current = char
            continue
        if depth == 0 and (
            char == "、"
            or between_names
            or (char == "和" and _starts_achievement(text[index + 1 :]))
            or (char == "或" and _two_honours(current, _after_or(text, index)))
        ):
            parts.append(current)
            current = ""
            skip_next = text[index : index + 2] == "或者"
            continue
        current += char
    parts.append(current)
    return parts


def _after_or(text: str, index: int) -> str:
    """What follows 或 (or 或者) at ``index``."""
    rest = text[index + 1 :]
    return rest[1:] if rest.startswith("者") else rest


def _two_honours(before: str, after: str) -> bool:
    """ "获得中国名牌产品或中国驰名商标": two honours, each rewarded (the same sum for either);
    "以集体商标或者证明商标形式注册地理标志": the alternatives are the manner (以…形式) of one
    achievement, not two."""
    if before.lstrip().startswith("以") or re.match(r"[^、,]{0,12}(?:形式|方式)", after):
        return False
    return bool(
        _HONOUR.search(before)
        and _HONOUR.search(after)
        and not re.search(r"[、,]", after)
        and len(after) <= 20
    )


def _starts_achievement(rest: str) -> bool:
    return any(rest.startswith(verb) for verb in _VERBS)


def _leading_verb(item: str) -> str:
    """The verb phrase an item starts with, up to the object ("主导(第一起草单位)制修订"), with
    the subject before it ("企业主导制定A、B": each item is the firm's)."""
    match = re.match(
        r"^(?P<verb>(?:企业|单位|个人)?(?:首次|新|通过行政途径新)?(?:主导|参与|承担|牵头|获得|获评|被评为|评为|被认定为|认定为|通过|认定|获批|荣获|取得|创建|入选|列入)"
        r"(?:\([^)]*\))?(?:制修订|制定|制订|修订)?)",
        item,
    )
    if match:
        return match["verb"]
    match = re.match(r"^(?P<verb>制修订|制定|制订|修订)", item)
    return match["verb"] if match else ""


def _clean(item: str) -> str:
    return item.strip(" ,、")
