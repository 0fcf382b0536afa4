"""放管服改革要推进哪四个“全”: the items a plan lists each beginning with the character asked
(推进全链条优化审批、全过程公正监管、全周期提升服务、全方位转变作风), answered with those items
and the sentence listing them.

Read as a topic, the quoted character is no word any sentence is found by, and the answer was a
document's title or 未找到.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.chinese import to_simplified
from policybot.knowledge.lines import passage_line
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.question_scope import find_scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 哪四个“全”, 哪三个"一", 哪几个‘化’: how many items, and the character each begins with.
_ASKS_LETTERED = re.compile(
    r"哪(?P<count>[两二三四五六七八九十几]+)(?:个|项|大|条)?"
    r"[“\"‘'「『](?P<head>[\u4e00-\u9fff]{1,2})[”\"’'」』]"
)
_COUNTS = {
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
# An item of a list: up to a list mark or a stop.
_ITEM = r"[^、,,。;;::()()“”\"\s]{1,14}"


def lettered_list(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The items beginning with the character asked, listed by one sentence of the region's
    plans (the one saying most of the question's words, then the first); None when the
    question asks no such list or no sentence lists one."""
    asking = _ASKS_LETTERED.search(parsed.text)
    if asking is None:
        return None
    scope = find_scope(answerer.index, parsed)
    if isinstance(scope, str):
        return None
    head = asking["head"]
    wanted = _COUNTS.get(asking["count"])
    run = re.compile(rf"{re.escape(head)}{_ITEM}(?:、{re.escape(head)}{_ITEM})+")
    passages = answerer.index.passages.by_document
    documents = scope.document_ids if scope.document_ids is not None else passages.keys()
    found: list[tuple[int, int, int, list[str]]] = []
    for document_id in sorted(documents):
        for number, passage in enumerate(passages.get(document_id, [])):
            if head not in passage.text or "、" not in passage.text:
                continue
            # (a page in traditional characters lists 全鏈條…: read as the question is typed)
            for listed in run.finditer(to_simplified(passage.text)):
                items = listed.group(0).split("、")
                if wanted is None or len(items) == wanted:
                    said = sum(word in passage.text for word in parsed.words)
                    found.append((said, document_id, number, items))
    if not found:
        return None
    # (the sentence saying most of the question's words; of those, the first)
    said, document_id, number, items = max(found, key=lambda f: (f[0], -f[1], -f[2]))
    passage = passages[document_id][number]
    line = passage_line(answerer.index, document_id, number, passage, passage.text)
    return Answer(
        found=True,
        kind=AnswerKind.UNITS,
        title=f"{scope.title} · {asking.group(0)[1:]}",
        headline="、".join(items),
        facts=(line,),
        total=1,
    )
