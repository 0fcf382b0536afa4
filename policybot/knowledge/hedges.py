"""What a hedge (部分相符,仅供参考) may show for a question naming its region.

禅城区垃圾分类任务 was hedged with 分类监管 sentences: the region's plans never write 垃圾, so no
sentence of theirs can be about 垃圾分类, however many other words it shares. A hedge shows
nothing when the question's topic (its first subject word) is written in none of the documents
the question's region looks in: the answer is 未找到, naming the word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.vocabulary import is_asking_grammar


def unwritten_word(
    parsed: ParsedQuestion, documents: Collection[int], writes: Callable[[int, str], bool]
) -> str | None:
    """The question's topic (its first subject word that is not a weak one) when none of
    ``documents`` writes it; None when one does.

    Only the topic: a later word is often the asker's own phrasing (之前, 评出来, GDP for 生产
    总值), and a hedge showing the region's best sentence then still helps; a 未找到 naming that
    word withheld the right figure from six dev questions."""
    # (A count the question gives what it asks for, 哪两个商标, is no subject: 两个 may be
    # written nowhere though the two are named.)
    topic = next(
        (word for word in parsed.words if word not in parsed.weak and not is_asking_grammar(word)),
        None,
    )
    if topic is None or any(writes(document, topic) for document in documents):
        return None
    return topic
