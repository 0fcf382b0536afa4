"""How a question asking a difference is read — 甲比乙多几个, 甲和乙差多少 — for two places
(``place_differences``) and two years (``year_differences``) alike, so that a phrasing one of
them learns the other knows too.

The tail after 几/多少 is the counter and, when the measure is named last
(2033年比2032年多几个省级名牌产品, 溪口区比棠梨区多几个新增省名牌产品), the measure as well: read
with a five-character tail, such a question was no difference and answered one side's figure.
"""

from __future__ import annotations

import re

# 甲比乙多几件, 甲比乙要少多少个, 甲比乙高多少: the first side, the second, the way asked. The
# 比 of a word (比重, 比例, 占比, 比率) is no comparison (attack47b: 占…比重比乙高多少 split at 比重).
# 较乙多几个 is 比乙多几个; 比乙增加几个, 增长多少, 多出几个 ask the same difference (attack53 H4:
# read as one year's figure). (比较, 较大: no comparison.)
_THAN = re.compile(
    r"^(?P<first>.+?)(?:(?<!占)比(?![重例率值较])|(?<![比相])较(?![大小高低多少好快为之]))"
    r"(?P<second>.+?)(?:要|还)?(?P<way>增加|增长|增多|多出|减少|下降|多|少|高|低)(?:出|了)?"
    r"(?P<share>百分之)?(?:几|多少)(?P<tail>[^\d\s,,。??]{0,16})[??。]*$"
)
# The way asked, as a subtraction says it (增加 → 多, 减少 → 少).
_WAYS = {"增加": "多", "增长": "多", "增多": "多", "多出": "多", "减少": "少", "下降": "少"}
# 甲和乙差多少, 甲与乙相差几个, 甲比乙差多少: the gap, its sign not asked.
_GAP = re.compile(
    r"^(?P<first>.+?)(?:和|与|跟|同|比)(?P<second>.+?)(?:相差|差距|差)(?:了)?(?:是)?(?:几|多少)"
    r"(?P<tail>[^\d\s,,。??]{0,16})[??。]*$"
)
# 多几倍, 多几成, 多多少百分点, 多百分之几: a ratio, which a subtraction does not answer (read at
# the tail's start: 多几个成果转化项目 is a count).
_RATIO = re.compile(r"倍|成|百分|%|％")
# A year typed last, after the measure (顺德比高明多几件驰名商标 2018): read as typed first.
_TRAILING_YEAR = re.compile(r"[\s,,]*(?P<year>(?:19|20)\d{2})\s*(?:年度?)?[??。]*$")
# The counter opening the tail (个, 件, 万元): what is left is the measure named last.
_COUNTER = re.compile(r"^(?:万元|亿元|人次|家次|[万亿元个件家项名人所座条户款种批类次])?")


def asked_difference(text: str) -> re.Match[str] | None:
    """The two sides (``first``, ``second``), the way (``way``: 多, 少, 高, 低; none for a gap)
    and the ``tail`` of a question asking a difference; None when it asks none. A year typed
    last is read as typed first (2018年顺德比高明多几件驰名商标)."""
    trailing = _TRAILING_YEAR.search(text)
    if trailing is not None and trailing.start() > 0:
        text = f"{trailing['year']}年{text[: trailing.start()]}"
    return _THAN.match(text) or _GAP.match(text)


def asks_a_ratio(asked: re.Match[str]) -> bool:
    """Whether the difference asked is a ratio (多几倍, 高百分之几), not a subtraction."""
    return bool(_RATIO.match(asked["tail"]) or asked.groupdict().get("share"))


def measure_named_last(asked: re.Match[str]) -> str:
    """The measure typed after 几/多少 (个新增省名牌产品 → 新增省名牌产品), empty when only a
    counter was."""
    tail = asked["tail"]
    counter = _COUNTER.match(tail)
    return tail[counter.end() :] if counter else tail


def asked_way(asked: re.Match[str]) -> str:
    """多, 少, 高, 低 as asked (增加几个 asks 多), 差 for a gap (甲和乙差多少)."""
    way = asked.groupdict().get("way") or "差"
    return _WAYS.get(way, way)
