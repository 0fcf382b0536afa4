"""The floor of issue 12: a plain BM25 over the documents' own sentences, scored like the bot.

The documents of the evaluation store (``BM25Baseline.over_store``: the five bundled plans and the
unseen corpus documents the store holds), normalised as the extractor normalises them, are cut
into sentences (at line ends and after 。;!?); a sentence's terms are its jieba words of two
characters or more (``policybot.knowledge.vocabulary.words``, the project's one jieba). The reply
to any question is the sentence with the highest Okapi BM25 score (k1 = 1.5, b = 0.75) behind the
name of its document, as a citation: ``《title》:sentence``. It never refuses, so it can only lose
on the questions the documents do not answer, and it never fits a reply to the question, so it
measures what plain retrieval gets for free.

Run as ``python -m benchmarks.questions --baseline``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.engine import Engine

from policybot.evaluation.questions import document_names, document_texts
from policybot.knowledge.vocabulary import normalise, words

K1 = 1.5
B = 0.75
_SENTENCE_END = re.compile(r"(?<=[。;!?])|\n")


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if len(part.strip()) > 1]


class BM25Baseline:
    """An answerer ``(question, now) -> reply``; ``now`` is ignored, as plain retrieval would."""

    def __init__(self, texts: Mapping[str, str], titles: Mapping[str, str]) -> None:
        self.sentences = [(stem, s) for stem, text in texts.items() for s in split_sentences(text)]
        self.titles = dict(titles)
        self.bags = [Counter(words(sentence)) for _, sentence in self.sentences]
        self.lengths = [sum(bag.values()) for bag in self.bags]
        self.average_length = sum(self.lengths) / max(1, len(self.lengths))
        frequency = Counter(term for bag in self.bags for term in bag)
        count = len(self.bags)
        self.idf = {t: math.log(1 + (count - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}

    @classmethod
    def over_store(cls, engine: Engine) -> BM25Baseline:
        """Over the sentences of every document ``engine`` holds (seeds and corpus), each cited
        by the first name the store gave it: the same documents the bot answers from."""
        names = document_names(engine)
        texts = {stem: text for stem, text in document_texts().items() if stem in names}
        return cls(texts, {stem: titles[0] for stem, titles in names.items() if titles})

    def scores(self, question: str) -> list[float]:
        terms = [term for term in words(normalise(question)) if term in self.idf]
        scores = []
        for bag, length in zip(self.bags, self.lengths, strict=True):
            norm = K1 * (1 - B + B * length / self.average_length)
            scores.append(
                sum(self.idf[t] * bag[t] * (K1 + 1) / (bag[t] + norm) for t in terms if t in bag)
            )
        return scores

    def __call__(self, question: str, now: datetime | None) -> str:
        scores = self.scores(question)
        best = max(range(len(scores)), key=scores.__getitem__)
        stem, sentence = self.sentences[best]
        return f"《{self.titles.get(stem, stem)}》:{sentence}"
