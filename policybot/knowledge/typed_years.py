"""Years as people type them on a phone: 18年, 一八年, 二〇一八年 mean 2018年.

The documents write four arabic digits, and the question parser reads only that form, so a
staff member asking "南海18年省名牌要几个" got the partial-match list of every year instead of
the 2018 answer. Rewriting the short and the Chinese-digit forms to 2018年 before parsing lets
every later rule (the year filter, the keywords, 年底) see one form of year.

A count of years is not a year: 连续10年, 近18年, 成立18年, 18年以上, 18年来, 有效期10年 stay as
they are.
"""

from __future__ import annotations

import re

_CHINESE_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# After the number: words that make it a length of time (18年内, 18年以来, 10年以上, 3年多).
_NOT_A_YEAR_AFTER = r"(?!内|来|间|以来|以上|以下|之内|多|左右|期间|时间|前|后|半|代)"
# Before the number: a digit (it is part of a longer number) or a word counting years; a term
# (有效期10年, 为期, 期限10年, 期限为20年) is a length too, not the year 2010.
_NOT_A_YEAR_BEFORE = r"(?<![\d.%第近满续超过每约共立了期限])(?<!期为)(?<!限为)(?<!期是)(?<!限是)"
_SHORT_ARABIC = re.compile(rf"{_NOT_A_YEAR_BEFORE}([0-4]\d)(?=\s*年{_NOT_A_YEAR_AFTER})")
_CHINESE = re.compile(
    rf"(?<![〇零一二三四五六七八九十百千万两几]){_NOT_A_YEAR_BEFORE}"
    # 二〇一八 in full, or 一八 (a short one only from 〇 to 二: 三四年 is three or four years)
    r"([一二][〇零一二三四五六七八九]{3}|[〇零一二][〇零一二三四五六七八九])"
    rf"(?=\s*年{_NOT_A_YEAR_AFTER})"
)


def _chinese_year(digits: str) -> str:
    number = "".join(_CHINESE_DIGITS[c] for c in digits)
    return number if len(number) == 4 else "20" + number


def expand_typed_years(text: str) -> str:
    """``text`` with 18年 / 一八年 / 二〇一八年 written 2018年 (four-digit years untouched)."""
    text = _CHINESE.sub(lambda m: _chinese_year(m.group(1)), text)
    return _SHORT_ARABIC.sub(lambda m: "20" + m.group(1), text)
