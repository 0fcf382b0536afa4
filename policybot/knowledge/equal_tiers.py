"""A reward granted as another tier's (给予与省级示范工厂同等政策奖励, 给予“国家级品牌”同等
政策奖励): no sum of its own, but the sum of the tier it equals, which the same document states.
Asked how much (…能拿多少钱), the answer is that tier's sum, said to be the same treatment as
that tier's, with both sentences quoted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge.answers import FactLine
from policybot.knowledge.lines import passage_line
from policybot.knowledge.search import KnowledgeIndex

# "与省级示范工厂同等", "“国家级品牌”同等", "参照国家级示范工厂相同标准": the tier named before
# 同等/相同 (never across a comma, nor a 与 or 参照 before it).
_EQUAL_TO = re.compile(
    r"(?:与|同|和|参照|按照?)?“?(?P<tier>[^,。;:“”与和同照]{2,20}?)”?(?:享受)?(?:的)?(?:同等|相同)"
    r"(?:的)?(?:政策|标准|待遇|奖励|支持)"
)
_GRANT_VERB = re.compile(r"^(?:给予|享受|予以|按)")
_SUM = re.compile(r"(?P<sum>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)")


@dataclass(frozen=True)
class EqualTier:
    tier: str  # 省级示范工厂
    amount: str  # 50万元
    line: FactLine  # the tier's own sentence


def equal_tier(index: KnowledgeIndex, document_id: int, sentence: str) -> EqualTier | None:
    """The tier ``sentence`` grants the same treatment as, with the sum a sentence of its
    document gives that tier (对新认定的省级示范工厂,给予一次性奖励50万元); None when it equals
    no tier, or no sentence of the document states one sum for it."""
    match = _EQUAL_TO.search(sentence)
    if match is None:
        return None
    tier = _GRANT_VERB.sub("", match["tier"]).strip()
    if len(tier) < 2:
        return None
    passages = index.passages.by_document.get(document_id, [])
    for number, passage in enumerate(passages):
        text = passage.text
        if tier not in text or _EQUAL_TO.search(text) or text == sentence:
            continue
        sums = {found["sum"].replace(" ", "") for found in _SUM.finditer(text)}
        if len(sums) != 1:
            continue  # no sum, or several tiers' (one of them would be a guess)
        line = passage_line(index, document_id, number, passage, text)
        return EqualTier(tier, sums.pop(), line)
    return None
