"""A reward granted as another tier's (给予与省级示范工厂同等政策奖励, 给予“国家级品牌”同等
政策奖励): no sum of its own, but the sum of the tier it equals, which the same document states.
Asked how much (…能拿多少钱), the answer is that tier's sum, said to be the same treatment as
that tier's, with both sentences quoted.

The calculator reads the same idea from a reward rule's treatment (``treatment_tier``): two
readings of one phrase, kept here side by side. They differ on purpose, and merging them
would change answers:

- ``_EQUAL_TO`` (a sentence, answers): the tier right before 同等/相同, never across a quote, a
  comma or 与; it also takes 待遇/支持 and "参照…相同标准". "按参与制订“国家标准”同等政策
  给予奖励" gives 国家标准, which the document's own sentences are searched for.
- ``_SAME_AS`` (a rule's treatment, calculator): led by a granting verb, across quotes, ending
  in 奖励/奖补/补助. The same words give 参与制订“国家标准”, whose role (参与) the calculator's
  matching of rules needs."""

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
# "给予“国家级品牌”同等政策奖励", "按参与制订“国家标准”同等政策给予奖励": a rule paying what
# another tier of rewards pays, named in its words (the calculator's reading, see above).
_SAME_AS = re.compile(
    r"(?:给予|按照|按|参照|比照|享受)(?:与)?(?P<tier>[^,，;；。]{2,24}?)(?:的)?"
    r"(?:同等|相同|同样|一样)(?:的)?(?:政策)?(?:标准)?(?:给予)?(?:政策)?(?:奖励|奖补|补助)"
)
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


def treatment_tier(treatment: str) -> str | None:
    """The tier a reward rule's treatment pays the same as, as written ("“国家级品牌”" of
    给予“国家级品牌”同等政策奖励), or None: the calculator's reading (``_SAME_AS``)."""
    found = _SAME_AS.search(treatment)
    return found["tier"].strip() if found else None
