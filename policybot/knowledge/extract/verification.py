"""A unit whose check decides a reward rule's condition has a task: carrying out that check.

"实际办公情况以区商务局或其委托的第三方机构现场核查的情况为准": the 区商务局 checks where the
firm really works. The unit is what stands between 以 and the verb of checking; an agent it may
delegate to ("或其委托的…") is not a second unit.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.records import Span, TaskRecord
from policybot.knowledge.extract.structure import Paragraph
from policybot.knowledge.extract.units import looks_like_unit

_CHECKED_BY = re.compile(
    r"(?P<what>[\u4e00-\u9fff]{2,16}?)(?:情况|结果|数据)?以(?P<unit>[^,;。()()]{2,20}?)"
    r"(?:或其委托的[^,;。()()]{0,16}?)?(?P<how>现场|实地|书面)?"
    r"(?P<verb>核查|审核|核实|核定|认定|审查|确认)(?:的)?(?:情况|结果|意见|数据)?为准"
)


def verification_tasks(paragraphs: list[Paragraph], ctx: DocContext) -> list[TaskRecord]:
    """One task per "…以某局…核查的情况为准" clause whose checker is a unit."""
    found: list[TaskRecord] = []
    for paragraph in paragraphs:
        for match in _CHECKED_BY.finditer(paragraph.text):
            unit = match["unit"].strip()
            if not looks_like_unit(unit):
                continue
            title = f"{match['how'] or ''}{match['verb']}{match['what']}情况"
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            found.append(
                TaskRecord(
                    region=ctx.region,
                    title=title,
                    quote=match.group(0)[:120],
                    section=paragraph.section,
                    lead_units=[unit],
                    span=Span(start, end, paragraph.section),
                )
            )
    return found
