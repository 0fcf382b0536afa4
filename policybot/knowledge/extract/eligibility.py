"""Who qualifies: the thresholds an applicant must meet (入库企业须具有独立法人资格,年主营业务
收入2000万元以上), and the headings over them (二、入库条件). They set no goal (``targets``
leaves them out) and are kept as the document's conditions of kind ``eligibility``, which
answer 有什么要求/条件/门槛 (``answering``)."""

from __future__ import annotations

import re

from policybot.knowledge.extract.numbers import find_quantities

# "一、申报条件", "(二)入库条件", "认定标准": a heading over what an applicant must meet.
ELIGIBILITY_HEADING = re.compile(
    r"(?:申报|申请|入库|准入|认定|入选|参评|评选|评定|享受|奖励|支持|补助)(?:基本)?(?:条件|标准)\s*[::]?\s*(?:/|$)"
)
# "入库企业须具有独立法人资格,年主营业务收入2000万元以上", "申报条件:…": a threshold for who
# qualifies, not a goal.
ELIGIBILITY = re.compile(
    r"(?:须|必须|应|应当|需|需要)(?:具有|具备|满足|符合)|"
    r"(?:企业|单位|项目|主体|机构|申报人|申请人)[^,;。]{0,6}?(?:须|必须|应当|需)达到|"
    r"(?:申报|申请|入库|准入|认定|入选|参评|评选|评定|享受|基本)条件|(?:^|[,;。])\s*条件\s*[::]"
)

# "一、奖励标准", "支持标准": a heading over what a reward pays, not over who qualifies.
_REWARD_SCALE = re.compile(r"(?:奖励|支持|补助)(?:基本)?标准")


def states_eligibility(sentence: str, section: str | None) -> bool:
    """Whether ``sentence`` (under ``section``, its heading path) says who qualifies: a
    threshold with a figure (须具有…,年主营业务收入2000万元以上), or any sentence under a
    heading naming the conditions (入库条件) that is not itself that heading."""
    text = sentence.strip()
    if len(text) < 6:
        return False
    under = any(
        ELIGIBILITY_HEADING.search(part) and not _REWARD_SCALE.search(part)
        for part in (section or "").split(" / ")
    )
    if under and not ELIGIBILITY_HEADING.search(text):
        return True
    found = ELIGIBILITY.search(text)
    return found is not None and any(q.unit for q in find_quantities(text[found.start() :]))


def qualifying_words(sentence: str, section: str | None) -> tuple[str, ...]:
    """Who or what ``sentence`` sets a threshold for: its subject before 须/应 (入库企业), and
    the act its heading names the conditions of (入库 of 二、入库条件)."""
    words: list[str] = []
    found = ELIGIBILITY.search(sentence)
    if found is not None:
        subject = re.split(r"[,;。,;:：]", sentence[: found.start()])[-1].strip()
        if 2 <= len(subject) <= 12:
            words.append(subject)
    for part in (section or "").split(" / "):
        heading = ELIGIBILITY_HEADING.search(part)
        if heading is not None and not _REWARD_SCALE.search(part):
            words.append(heading.group(0)[:2])
    return tuple(dict.fromkeys(words))
