"""The kind a list question asks for (哪几个战略, 哪些方面) and the sentence that lists it.

Plans enumerate the things of a kind in one run ending with the kind's name: 深入实施开放外向、
城乡融合、生态立市、工业强市、人才兴市战略; 对在农民增收、农田水利基本建设、…等方面工作突出的.
A sentence that only names one of them (深入实施开放外向战略) or speaks of the kind in general
(加快实施创新驱动发展战略) is no answer to 哪几个战略, though it may match the question's words
better; the run that ends with the kind asked is the list.
"""

from __future__ import annotations

import re

# 哪几个战略, 哪些方面, 哪两个市州, 哪几类: the two characters right after the asking word.
_KIND_ASKED = re.compile(
    r"哪(?:几|些|两|三|四|五|六|七|八|九|十)?(?:个|项|类|条|种|大)?"
    r"(?P<kind>[\u4e00-\u9fff]{2})"
)
# Words that follow 哪些 without naming a kind of thing (哪些是, 哪些要).
_NOT_KINDS = frozenset({"内容", "东西", "事情", "要求", "工作", "情况"})
# An item of a run: a few characters, no clause break inside it.
_ITEM = r"[^、,,。;;::()()\s]{2,14}"


def kind_asked(reading: str) -> str | None:
    """The kind named right after 哪几个/哪些 (战略, 方面), or None."""
    match = _KIND_ASKED.search(reading)
    if match is None:
        return None
    kind = match.group("kind")
    return None if kind in _NOT_KINDS else kind


def lists_kind(text: str, kind: str) -> bool:
    """Whether ``text`` sets out three or more items with 、 ending in ``kind`` (…、…、…等方面)."""
    run = rf"(?:{_ITEM}、){{2,}}{_ITEM}?(?:等)?{re.escape(kind)}"
    return re.search(run, text) is not None
