"""Sums a support item pays per class of recipient, listed one after another (B46-10).

"3.人才考察支持。…发放考察支持。原则上国内人才个人单次最高2万元,团队单次最高10万元;国外人才个人
单次最高5万元,团队单次最高20万元。" and "1.大学生实习基地支持。…按照大专生每人1000元/月,本科生每人
1500元/月…给予实习补贴" name the support item first (the numbered line's lead, ending in 支持, 补贴,
补助, 奖励 or 资助), then each class of recipient with what one of them is paid (每人, 单次, 每次,
每名), a ceiling word or not.  Each class is one reward: a recipient is paid its class's sum, not
all of them.  Two classes at least, so a lone sum stays with the rules that read sentences.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.levels import _level

# The support item a numbered line opens with: "3.人才考察支持", "一、考察支持", "(二)实习补贴".
_ITEM_LEAD = re.compile(
    r"^\s*(?:\d{1,2}[.、.]|[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\d]{1,3}[))])\s*"
    r"(?P<item>[\u4e00-\u9fff]{2,16}?(?:支持|补贴|补助|奖励|资助|津贴))(?=[。.,;::?\s]|$)"
)
# One class and its sum: "国内人才个人单次最高2万元", "大专生每人1000元/月".
_CLASS_SUM = re.compile(
    r"(?:^|(?<=[,;。]))\s*(?:原则上|按照?|其中)?\s*"
    r"(?P<cls>[\u4e00-\u9fff]{2,10}?)(?P<per>每人|每名|单次|每次)(?P<cap>最高|不超过|最多)?\s*"
    r"(?P<sum>\d+(?:\.\d+)?\s*(?:万|千)?元)(?P<period>/(?:月|年))?"
)
_MIN_CLASSES = 2


# "省对一般小型病险水库实行定额补助,一类县每座补助20万元、二类县每座补助30万元": a fixed sum per
# thing built, one for each class of payee, listed (B57-9).  What is subsidised is the object of
# "对…实行…补助" before the list, when the sentence names it.
_SUBSIDISED = re.compile(
    r"对(?P<object>[^,;。对]{2,30}?)(?:实行|实施|给予)[^,;。]{0,6}?(?:补助|奖补|奖励)"
)
_PER_UNIT_CLASS = re.compile(
    r"(?:^|(?<=[,;、。]))\s*(?P<cls>[\u4e00-\u9fff]{2,12}?)"
    r"每(?P<unit>[座个家亩户处所台套项])(?P<verb>补助|奖补|奖励|补贴)\s*"
    r"(?P<sum>\d+(?:\.\d+)?\s*(?:万|千)?元)(?=[,;、。]|$)"
)


def _per_unit_classes(ctx: DocContext) -> list[RewardRecord]:
    found: list[RewardRecord] = []
    for paragraph in ctx.paragraphs:
        for sentence in re.finditer(r"[^。;]+", paragraph.text):
            matches = list(_PER_UNIT_CLASS.finditer(sentence.group(0)))
            if len(matches) < _MIN_CLASSES or len({m["unit"] for m in matches}) > 1:
                continue
            subsidised = _SUBSIDISED.search(sentence.group(0), 0, matches[0].start())
            for match in matches:
                money = find_money(match["sum"])
                if not money:
                    continue
                cls = re.sub(r"^(?:其中|按照?|原则上)", "", match["cls"])
                where = f"{cls}每{match['unit']}"
                achievement = f"{subsidised['object']}({where})" if subsidised else where
                start = paragraph.start + sentence.start()
                found.append(
                    RewardRecord(
                        region=ctx.region,
                        achievement=achievement[:120],
                        quote=match.group(0).strip(" ,;、。")[:120],
                        level=None,
                        amount_yuan=money[0][1],
                        treatment=f"每{match['unit']}",
                        span=Span(
                            start + match.start("cls"), start + match.end(), paragraph.section
                        ),
                    )
                )
    return found


def class_sums(ctx: DocContext) -> list[RewardRecord]:
    """One reward per class of each support item whose paragraph lists two classes or more."""
    found: list[RewardRecord] = _per_unit_classes(ctx)
    for paragraph in ctx.paragraphs:
        lead = _ITEM_LEAD.match(paragraph.text)
        if lead is None:
            continue
        item = lead["item"]
        matches = list(_CLASS_SUM.finditer(paragraph.text, lead.end()))
        if len(matches) < _MIN_CLASSES:
            continue
        for match in matches:
            money = find_money(match["sum"])
            if not money:
                continue
            per = "" if match["per"] in ("每人", "每名") else match["per"]
            achievement = f"{item}({match['cls']}{per})"
            found.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=achievement,
                    quote=match.group(0).strip(" ,;。")[:120],
                    level=_level(match["cls"]),
                    amount_yuan=money[0][1],
                    is_cap=bool(match["cap"]),
                    treatment=f"{match['per']}{match['period'] or ''}".lstrip("/") or None,
                    span=Span(
                        paragraph.start + match.start("cls"),
                        paragraph.start + match.end(),
                        paragraph.section,
                    ),
                )
            )
    return found
