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
# (督查室, 综合科: a unit's own room or section seats an office too.)
_ORGAN = re.compile(r"(?:局|委|厅|办|处|室|科|中心|部|院|会|所|站|公司|政府)$")


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
    body = _body_asked(parsed.text[: asking.start()])
    passages = answerer.index.passages.by_document
    documents = scope.document_ids if scope.document_ids is not None else passages.keys()
    seats = [
        (document_id, number, passage, unit)
        for document_id in sorted(documents)
        for number, passage in enumerate(passages.get(document_id, []))
        if (unit := seat_in(passage.text)) is not None
    ]
    # 督查组的办公室设在哪: the sentence seating the body asked about, before another body's.
    named = [seat for seat in seats if body and body in seat[2].text]
    for document_id, number, passage, unit in named[:1] or seats[:1]:
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


# The body whose office is asked (督查组的办公室, 领导小组办公室): its last characters, which a
# plan writes whatever it calls the body in full (区督查组, 品牌提升工作领导小组).
_BODY = re.compile(r"([\u4e00-\u9fff]{3})$")


def _body_asked(before: str) -> str | None:
    """The last three characters before the office asked of (督查组), None when none."""
    found = _BODY.search(before.removesuffix("的"))
    return found.group(1) if found else None


def seat_in(text: str) -> str | None:
    """The unit ``text`` seats an office in (市市场监管局), None when it seats none."""
    for pattern in _SEATED:
        for match in pattern.finditer(text):
            unit = match["unit"]
            if _ORGAN.search(unit):
                return unit
    return None
