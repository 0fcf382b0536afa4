"""示范市领导小组办公室设在哪: where the office of a body a plan sets up sits, answered with the
unit the plan names (办公室设在市市场监管局, 领导小组办公室(市质监局)) and the sentence naming it.

Read as a topic, 办公室 matched the notice's issuer (…人民政府办公室) and the reply was the
notice's title line: an answer, cited, to a question nobody asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, AnswerKind, not_found_about
from policybot.knowledge.lines import passage_line
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.question_scope import find_scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# Where the office sits, asked: 办公室设在哪, 办公室在哪里, 办公室设在哪个单位, 秘书处放在哪.
_ASKS_SEAT = re.compile(
    r"(?P<office>办公室|秘书处|办事机构)(?:设|放)?在(?:哪|什么(?:单位|部门|地方)|何处)"
)
# An office as a plan seats it: 办公室设在市市场监管局, 下设办公室在区市场监管局,
# 领导小组办公室(市质监局) -- the unit, up to a stop or the office's duties (负责…).
_UNIT = r"(?P<unit>[^\s,,。;;、::()()“”\"《》]{2,30}?)"
_SEATED = (
    re.compile(
        r"(?:办公室|秘书处|办事机构)(?:设(?:在|于)|在|设)"
        + _UNIT
        + r"(?=[,,。;;、(()]|$|负责|承担|具体|,)"
    ),
    re.compile(rf"(?:办公室|秘书处|办事机构)[((]{_UNIT}[))]"),
)
# A unit's name ends with an organ's word; 日常工作 and the like are no unit.
_ORGAN = re.compile(r"(?:局|委|厅|办|处|中心|部|院|会|所|站|公司|政府)$")


def office_seat(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The unit the asked body's office sits in, cited by the first sentence of the region's
    plans seating it; 未找到 when none does; None when the question asks no office's seat."""
    asking = _ASKS_SEAT.search(parsed.text)
    if asking is None:
        return None
    scope = find_scope(answerer.index, parsed)
    if isinstance(scope, str):
        return None
    office = asking["office"]
    passages = answerer.index.passages.by_document
    documents = scope.document_ids if scope.document_ids is not None else passages.keys()
    for document_id in sorted(documents):
        for number, passage in enumerate(passages.get(document_id, [])):
            unit = seat_in(passage.text)
            if unit is None:
                continue
            line = passage_line(answerer.index, document_id, number, passage, passage.text)
            return Answer(
                found=True,
                kind=AnswerKind.UNITS,
                title=f"{scope.title} · {office}",
                headline=unit,
                facts=(line,),
                total=1,
            )
    return Answer(
        found=False,
        kind=AnswerKind.UNITS,
        title=scope.title,
        headline=not_found_about(f"{office}设在", "收录的文件没有写明办公室设在哪个单位"),
    )


def seat_in(text: str) -> str | None:
    """The unit ``text`` seats an office in (市市场监管局), None when it seats none."""
    for pattern in _SEATED:
        for match in pattern.finditer(text):
            unit = match["unit"]
            if _ORGAN.search(unit):
                return unit
    return None
