"""What a hedge (部分相符,仅供参考) may show for a question naming its region.

禅城区垃圾分类任务 was hedged with 分类监管 sentences: the region's plans never write 垃圾, so no
sentence of theirs can be about 垃圾分类, however many other words it shares. A hedge shows
nothing when a word of the subject is written in none of the documents the question's region
looks in: the answer is 未找到, naming the word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from policybot.knowledge.question import ParsedQuestion


def unwritten_word(
    parsed: ParsedQuestion, documents: Collection[int], writes: Callable[[int, str], bool]
) -> str | None:
    """The first word of the question's subject (not a weak one) that none of ``documents``
    writes; None when each is written somewhere."""
    for word in parsed.words:
        if word in parsed.weak:
            continue
        if not any(writes(document, word) for document in documents):
            return word
    return None
