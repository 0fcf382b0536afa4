"""A thing named by a word and a one-character noun head (培育库, 入库): the documents often
write a word or two between them (培育企业库, 入选培育企业库), so the short form a user types
shares too few characters with the document's own to be matched by them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

# A noun of one character that names the thing a word before it qualifies (培育 库: a 库 for
# 培育), which jieba cuts off and a single character would then drop: the thing asked about.
NOUN_HEADS = frozenset({"库", "站", "馆"})

# How many characters the documents may write between a word and its noun head (培育企业库
# for 培育库): a word or two that qualify the thing, no clause.
BETWEEN_HEAD = 4

# The longest stem before a head tried (品牌培育库: 品牌培育, then 牌培育, 培育 …).
_LONGEST_STEM = 4
# 入选培育企业库 for 入库: a verb of one character before the head may have a longer object
# between (选培育企业), still no clause.
_BETWEEN_ONE = 6


def as_written(words: str, text: str) -> str:
    """``words`` with each stem+head (培育库, 入库) spelled as ``text`` writes that thing with
    a few characters between (培育企业库, 入选培育企业库); unchanged where ``text`` writes it
    whole or not at all. The longest stem ``text`` writes so is the one taken."""
    for at in range(len(words) - 1, 0, -1):
        head = words[at]
        if head not in NOUN_HEADS:
            continue
        for size in range(min(_LONGEST_STEM, at), 0, -1):
            stem = words[at - size : at]
            if not all("\u4e00" <= char <= "\u9fff" for char in stem) or stem + head in text:
                continue
            between = BETWEEN_HEAD if size > 1 else _BETWEEN_ONE
            found = re.search(
                re.escape(stem) + rf"[\u4e00-\u9fff]{{1,{between}}}?" + re.escape(head), text
            )
            if found:
                words = words[: at - size] + found.group(0) + words[at + 1 :]
                break
    return words


def respellings(words: Sequence[str], labels: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(asked, written) for each word of ``words`` with a noun head that ``labels`` (the names
    of the rules a question may mean) write with characters between: the form most of them
    write. A word a label writes whole is left as asked."""
    labels = list(labels)
    pairs: list[tuple[str, str]] = []
    for word in words:
        if not any(char in NOUN_HEADS for char in word[1:]) or any(word in x for x in labels):
            continue
        forms = Counter(written for label in labels if (written := as_written(word, label)) != word)
        if forms:
            pairs.append((word, forms.most_common(1)[0][0]))
    return tuple(pairs)
