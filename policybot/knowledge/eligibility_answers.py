"""有什么要求, 需要什么条件, 门槛是多少: answered from the sentences saying who qualifies
(二、入库条件 / 入库企业须具有独立法人资格,年主营业务收入2000万元以上), which the extractor keeps as
the document's conditions of kind ``eligibility``. A sentence that merely shares the
question's words (建立…培育库,到2032年底入库企业100家) sets no requirement."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer
from policybot.knowledge.extract.eligibility import qualifying_words, states_eligibility
from policybot.knowledge.lines import passage_line
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.question_scope import Scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 有什么要求, 要满足哪些条件, 门槛是多少, 入库标准是什么: who qualifies is asked.
ASKS_REQUIREMENTS = re.compile(
    r"(?:什么|哪些|啥|何种|哪几个|哪几条)(?:样的)?(?:要求|条件|门槛|资格|标准)|"
    r"(?:要求|条件|门槛|资格)(?:是什么|有哪些|是啥|是多少|多高|呢)|"
    r"(?:要|需要?|须|得)(?:满足|具备|符合|达到)|门槛"
)
# The words asking for a requirement, which no sentence of one need repeat.
_ASKING = frozenset(
    ("要求", "条件", "门槛", "资格", "标准", "满足", "具备", "符合", "达到", "需要", "进入", "申请")
)


def eligibility_answer(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """The sentences saying who qualifies, of the documents in ``scope`` where the thing
    asked about (培育库) is written in the title or in the section they stand in; None
    when no such document says who qualifies (the question is then answered as before)."""
    index = answerer.index
    asked = [w for w in parsed.words if w not in parsed.weak and w not in _ASKING]
    if not asked:
        return None  # 有什么要求 of nothing named: not a question this answers
    lines = []
    for document_id, document, passages in answerer.scoped_documents(scope):
        sections: dict[str | None, str] = {}
        for passage in passages:
            sections[passage.section] = sections.get(passage.section, "") + passage.text
        for number, passage in enumerate(passages):
            if not states_eligibility(passage.text, passage.section):
                continue
            around = f"{document.title or ''} {passage.section or ''} {sections[passage.section]}"
            # (培育库 asked, 入库企业须… under 入库条件: a sentence of the document naming both
            # 培育库 and 入库 ties the threshold to the thing asked about)
            keys = qualifying_words(passage.text, passage.section)
            if all(word in around for word in asked) or any(
                all(word in other.text for word in asked) and any(k in other.text for k in keys)
                for other in passages
            ):
                lines.append(passage_line(index, document_id, number, passage, passage.text))
    if not lines:
        return None
    return answerer.found(parsed, scope, lines, listing=len(lines) > 1)
