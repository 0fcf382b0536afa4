"""Chinese text's one normal form for names and queries, and the process's one OpenCC converter.

Extraction (``extract/normalise.py``), search and questions (``vocabulary``) and subscriptions
(``scheduler/topics.py``) all compare names people type with names documents print: they must
agree on what is the same name (湖州市質監局 = 湖州市质监局, 發(fā) = 发), so they all call this module.
One pinyin-gloss rule (a gloss follows a character: 發(fā)展, never (ERP) or 和(含团体标准)) and one
converter: OpenCC's is costly to build (tens of milliseconds), so it is built once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Protocol


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


_PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿêɑ"
# A gloss may be repeated ("元(yuan)(yuan)(yuan)": a page glossing each occurrence of a character
# stacks the glosses behind it); the whole run goes (B57-1).
_PINYIN_GLOSS = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?:[(\uff08]\s*[{_PINYIN_LETTERS}]{{1,7}}"
    rf"(?:\s+[{_PINYIN_LETTERS}]{{1,7}})*\s*[)\uff09])+"
)
_SPACES = re.compile(r"\s+")

CHINESE_DIGITS = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
"""The digit characters' values, for every reader of small numbers written in Chinese (dates,
counts, quotas, claims); each reader's pattern decides which characters it accepts."""
CHINESE_COUNTS = {**CHINESE_DIGITS, "十": 10}
"""A count written as one character, up to 十 (三年内, 建设两个…)."""

# Unicode's Bidi_Control set: the Arabic letter mark, the LRM/RLM marks, the embeddings and
# overrides (U+202A-U+202E) and the isolates (U+2066-U+2069). Plans never need them, and one
# U+202E in a title reverses, on screen, the text of every answer and reminder that cites it.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# With the zero-width characters: a 湖\u200b州 pasted from a web page is 湖州.
_INVISIBLE = re.compile(f"[\u200b\u200c\u200d\u2060\ufeff{BIDI_CONTROLS}]")


@lru_cache(maxsize=1)
def _converter() -> _Converter:
    import opencc

    converter: _Converter = opencc.OpenCC("t2s")
    return converter


# Variant forms OpenCC's t2s leaves alone though pages print them for the traditional character:
# 陜 (U+965C) stands for 陝 in big5 copies of mainland pages ("陜西省人民政府辦公廳"); 産
# (U+7523, the Japanese form) for 產 in traditional copies ("數字經濟核心産業").
_VARIANTS = str.maketrans({"陜": "陕", "産": "产"})


# Words written in a variant form the converter keeps (甚麼 becomes 甚么, not 什么): each is
# read as its common form, so that every vocabulary of question words (什么, 为什么) reads it
# (trial45 M4: 质监局要做甚么 was 未找到“甚么”).
_VARIANT_WORDS = re.compile("甚么")
_VARIANT_WORD_FORMS = {"甚么": "什么"}


def to_simplified(text: str) -> str:
    """Traditional → simplified; ASCII-only text skips the converter."""
    if not text or text.isascii():
        return text
    simplified = _converter().convert(text).translate(_VARIANTS)
    return _VARIANT_WORDS.sub(lambda match: _VARIANT_WORD_FORMS[match.group()], simplified)


# "(b)", "(ii)": a list's markers, never a syllable (no syllable is a lone consonant or a Roman
# numeral); "(a)" is one only beside a "(b)" (attack50 L1: a run of markers after a character,
# "条件(a)…(b)…", went as glosses and ran the items together).
_LIST_MARKER = re.compile(r"^(?:[b-df-hj-np-z]|i{1,3}|iv|vi{0,3}|ix|x)$", re.IGNORECASE)
_SECOND_MARKER = re.compile(r"[(\uff08]\s*[bB]\s*[)\uff09]")
_ONE_GLOSS = re.compile(r"[(\uff08]\s*([^()\uff08\uff09]*?)\s*[)\uff09]")


def strip_pinyin_glosses(text: str) -> str:
    """``發(fā)`` -> ``發``: glosses are latin letters in brackets right after a character; a
    list's markers ("(a)", "(b)", "(ii)") stay."""
    listed = _SECOND_MARKER.search(text) is not None

    def gloss(match: re.Match[str]) -> str:
        for inner in _ONE_GLOSS.findall(match.group(0)):
            if _LIST_MARKER.match(inner) or (listed and inner.lower() in ("a", "e", "o")):
                return match.group(0)
        return ""

    return _PINYIN_GLOSS.sub(gloss, text)


def strip_invisible(text: str) -> str:
    """Remove zero-width and bidirectional control characters (also for users' own words)."""
    return _INVISIBLE.sub("", text)


def normalise(text: str) -> str:
    """A name or a query as compared: no invisible characters, half-width (NFKC), no pinyin
    glosses, simplified, runs of spaces made one, trimmed."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    text = strip_pinyin_glosses(text)
    text = to_simplified(text)
    return _SPACES.sub(" ", text).strip()
