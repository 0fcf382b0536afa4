"""Sums a rule pays by merit tier, the item named first (B41-2).

"(一)国际标准择优分三档给予补助资金:80万元、40万元和20万元;" names what is paid for first, then the
number of tiers and as many sums after a colon: one reward per tier (the tier in ``treatment``),
since a recipient is paid one of the sums, not all of them.  "…在相应档次上增加补助资金5万元" after
such a list is one more reward for the item it names.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.levels import _level

_TIER_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "2": 2, "3": 3, "4": 4, "5": 5}

_TIERED = re.compile(
    r"(?P<item>[^,;。:\n]{2,30}?)(?:择优|按(?:评审|评分)?(?:等次|档次|结果))?分(?P<n>[两二三四五2-5])"
    r"(?:个)?(?:档次|等次|档|等)(?:给予|予以)(?:一次性)?"
    r"(?P<kind>补助|奖励|资助|奖补|扶持|补贴)(?:资金|经费)?\s*[::]\s*(?P<sums>[^;。\n]{4,80})"
)
# "京津冀区域协同标准在相应档次上增加补助资金5万元": a sum added to each tier for a kind of item
_ADDED = re.compile(
    r"(?P<item>[^,;。:\n]{2,30}?)在相应(?:档次|等次|标准)(?:上|基础上)(?:再)?增加"
    r"(?P<kind>补助|奖励|资助|奖补|扶持|补贴)(?:资金|经费)?(?P<sums>[^;。\n]{2,20})"
)
# An item that is only the way tiers are chosen ("择优", "按评审结果"), and the recipient a clause
# before it names ("对通过评审的示范企业,"), ending right before the match.
_RANKING_ONLY = re.compile(r"^(?:择优|按(?:评审|评分)?(?:等次|档次|结果))$")
_RECIPIENT_BEFORE = re.compile(r"(?:对于|对)?(?P<who>[^,;。:\n,]{2,30}?)(?:给予)?[,,]\s*$")
_NUMBERING = re.compile(
    r"^\s*(?:[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[一二三四五六七八九十]+、)\s*"
)
_ORDINALS = "一二三四五"


def tiered_rewards(ctx: DocContext) -> list[RewardRecord]:
    """One reward per tier of each "<item>择优分N档给予<补助>:A、B和C" line, and one for an
    "<item>在相应档次上增加<补助>N万元" line after such a list."""
    text = ctx.text
    found: list[RewardRecord] = []
    for match in _TIERED.finditer(text):
        sums = [amount for _, amount in find_money(match["sums"])]
        if len(sums) != _TIER_COUNTS[match["n"]]:
            continue
        item = _NUMBERING.sub("", match["item"]).strip()
        start = match.start()
        if _RANKING_ONLY.match(item):
            # "对通过评审的示范企业,择优分三档…": the lazy item took 择优; whom it pays is named
            # in the clause before the comma
            recipient = _RECIPIENT_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if recipient is None:
                continue
            item = _NUMBERING.sub("", recipient["who"]).strip()
            start = recipient.start("who")
        for tier, amount in enumerate(sums):
            found.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=item,
                    quote=text[start : match.end()][:120],
                    level=_level(item),
                    amount_yuan=amount,
                    treatment=f"分{match['n']}档{match['kind']}(第{_ORDINALS[tier]}档)",
                    span=Span(start, match.end()),
                )
            )
    if found:
        for match in _ADDED.finditer(text):
            added = find_money(match["sums"])
            if len(added) != 1:
                continue
            item = _NUMBERING.sub("", match["item"]).strip()
            found.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=item,
                    quote=match.group(0)[:120],
                    amount_yuan=added[0][1],
                    treatment=f"在相应档次上增加{match['kind']}",
                    span=Span(match.start(), match.end()),
                )
            )
    return found
