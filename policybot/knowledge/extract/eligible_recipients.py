"""Who a reward rule rewards, when the text names them but (cut off, or leaving the sums to a later
article) states no sum: "一、奖励范围和对象 (一)在全国运动会中获得名次的运动员…" or "符合下列条件之一的,
可以申请企业上市扶持奖励:1.在境内首发上市的企业…".

Each listed recipient is a reward promised without a fixed sum (SCHEMA: "promises without a fixed
sum are rewards with amount_yuan null").  Read only for a document in which no other rule found a
reward: where the sums are stated, the rewards come from them.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.records import RewardRecord, Span

# "一、奖励范围和对象", "二、扶持对象", "第二条 奖励范围": a heading that introduces who is rewarded.
_SCOPE_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}条)?\s*"
    r"(?P<what>奖励|扶持奖励|扶持|奖补|补助|资助)(?:的)?(?:范围|对象)(?:和|及|与)?(?:对象|范围)?\s*[::]?\s*$"
)
# "符合下列条件之一的,可以申请企业上市扶持奖励": a sentence that introduces the recipients listed next.
_LIST_INTRO = re.compile(
    r"符合(?:下列|以下)(?:条件)?(?:之一)?的?[,,]?\s*(?:可以|可|均可)?(?:申请|享受|给予)"
    r"(?P<what>[^。;,]{0,30}(?:奖励|扶持|奖补|补助|资助))"
)
# An enumerated item: "(一)", "( 二)", "1.", "2、", "①".
_ITEM = re.compile(r"^\s*(?:\(\s*[一二三四五六七八九十]{1,3}\s*\)?|\d{1,2}\s*[.、.]|[①-⑩])\s*")
# The next top-level heading ends the list ("二、奖励标准").
_NEXT_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}条)"
)
# "(注册地为台州,下同)": a remark inside the recipient's description.
_REMARK = re.compile(r"\([^()]*(?:下同|以下简称)[^()]*\)")
_RECIPIENT_END = re.compile(r"[,;。:]")
_MAX_ITEMS = 12


def recipients_without_sums(text: str, region: str | None) -> list[RewardRecord]:
    """The recipients a reward rule lists under its scope heading or intro sentence, each a reward
    without a sum; ``[]`` when the text has no such list."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        heading = _SCOPE_HEADING.match(line)
        intro = _LIST_INTRO.search(line)
        if heading is None and intro is None:
            continue
        what = (intro or heading)["what"]  # type: ignore[index]
        rewards = _listed(lines[index + 1 :], what, region, _offset(lines, index + 1))
        if rewards:
            return rewards
    return []


def _offset(lines: list[str], index: int) -> int:
    return sum(len(line) + 1 for line in lines[:index])


def _listed(lines: list[str], what: str, region: str | None, start: int) -> list[RewardRecord]:
    rewards: list[RewardRecord] = []
    position = start
    for line in lines:
        here = position
        position += len(line) + 1
        if not line.strip():
            continue
        item = _ITEM.match(line)
        if item is None:
            if _NEXT_HEADING.match(line) or rewards:
                break
            continue
        body = line[item.end() :]
        if re.search(r"(?:下列|以下)(?:条件|情形)", body):
            # "(一)已纳入后备库的企业,符合下列条件之一的,可以申请…扶持奖励": the list's own
            # intro, which names the reward its items may apply for
            intro = _LIST_INTRO.search(body)
            what = intro["what"] if intro else what
            continue
        recipient = _recipient(body)
        if recipient is None:
            continue  # "2." cut off: no recipient named
        rewards.append(
            RewardRecord(
                region=region,
                achievement=recipient,
                quote=re.sub(r"\s+", "", body)[:120],
                treatment=what,
                span=Span(here, here + len(line)),
            )
        )
        if len(rewards) >= _MAX_ITEMS:
            break
    return rewards


def _recipient(body: str) -> str | None:
    """The recipient's description up to its first clause break; ``None`` when it names no one
    (a cut item, a bare heading)."""
    text = _REMARK.sub("", re.sub(r"\s+", "", body))
    text = _RECIPIENT_END.split(text, maxsplit=1)[0].strip()
    if len(text) < 6 or not re.search(
        r"(?:企业|单位|个人|人员|运动员|教练员|项目|机构|人才|团队|组织)", text
    ):
        return None
    return text
