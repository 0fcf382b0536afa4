"""百分之百, 百分之八十, 百分之95: a share typed in words, read as the plans write it (100%, 80%,
95%) so a yes/no on it (比例是不是达到百分之百) is weighed as one typed 100%."""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.normalise import chinese_number
from policybot.knowledge.question import Asks, ParsedQuestion

# 百分之 and its figure: digits, or Chinese numerals (百分之百 is 100); never 百分之多少/几.
_SHARE_IN_WORDS = re.compile(r"百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)")
# A share typed after a yes/no (比例是不是达到100%, 是否为95%): a yes/no question, though its
# 比例 reads it as asking the share.
_SHARE_ASKED_YESNO = re.compile(r"(?:是不是|是否|有没有)[^\d%]{0,6}\d+(?:\.\d+)?%")


def shares_in_digits(text: str) -> str:
    """``text`` with each share typed in words as N%."""

    def digits(match: re.Match[str]) -> str:
        figure = match.group(1)
        if figure[0].isdigit():
            return f"{figure}%"
        value = 100 if figure == "百" else chinese_number(figure)
        return f"{value}%" if value is not None else match.group(0)

    return _SHARE_IN_WORDS.sub(digits, text)


def with_shares_in_digits(parsed: ParsedQuestion) -> ParsedQuestion:
    """``parsed`` whose text types its shares as N%, asking yes or no when it types one after
    a yes/no (itself when it types none in words and asks as it reads)."""
    text = shares_in_digits(parsed.text)
    asks = Asks.YESNO if _SHARE_ASKED_YESNO.search(text) else parsed.asks
    if text == parsed.text and asks == parsed.asks:
        return parsed
    return replace(parsed, text=text, asks=asks)
