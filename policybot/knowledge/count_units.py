"""个, the generic classifier: asked of a count a plan writes with its own measure word (中国驰名商标
30个 of 30件, 标准30个 of 30项, 企业30个 of 30家) it is the same count; never of a sum (万元), a
share (%) or people (名, 人), which 个 does not count."""

from __future__ import annotations

# The measure words of things counted one by one, each of which 个 may stand for in speech.
COUNT_UNITS = frozenset("个件项家座所台套条处批款种类支间")


def generic_count_of(asked: str, written: str) -> bool:
    """Whether ``asked`` (its measure as typed, which may run into the topic: 个省名牌产品) is
    the generic 个 and ``written`` a count unit it stands for."""
    return asked.startswith("个") and written in COUNT_UNITS
