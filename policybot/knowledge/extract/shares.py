"""A goal set as a share of members that pass a threshold (batch-13 round, open class of b11_04).

"力争实现20%的村集体年收入超30万元": 20 % is the goal; 30万元 only says which villages count.  The
general rule that a number before 的 defines members ("营收超10亿元的企业5家") reads it the other way
round, so a share opening such a phrase is recognised here.
"""

from __future__ import annotations

import re

# after the share: "的村集体年收入超30万元" (members, then what they pass, then a number)
_MEMBERS_PASSING_AFTER = re.compile(
    r"^的[^,;。\d%]{1,20}?(?:超过|超|达到|达|高于|不低于|不少于)\s*\d"
)
# before the threshold: "20%的村集体年收入超"
_SHARE_BEFORE_THRESHOLD = re.compile(
    r"\d+(?:\.\d+)?\s*%的[^,;。\d%]{1,20}?(?:超过|超|达到|达|高于|不低于|不少于)\s*$"
)


def is_share_of_members(unit: str | None, after: str) -> bool:
    """Whether a percentage followed by ``after`` is the share of members passing a threshold."""
    return unit == "%" and bool(_MEMBERS_PASSING_AFTER.match(after))


def is_members_threshold(before: str) -> bool:
    """Whether a number whose part reads ``before`` up to it is that threshold (no goal)."""
    return bool(_SHARE_BEFORE_THRESHOLD.search(before))
