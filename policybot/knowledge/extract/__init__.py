"""Turn the text of a plan into structured facts (see ``records`` for the output types).

Entry points: ``extract_document`` (bytes of an upload), ``extract_text`` (decoded text),
``decode_bytes`` and ``normalise_text`` (the first two steps on their own).  A file that is empty,
binary or holds no plan raises ``ExtractionError`` whose message can be shown to the user; an
official document whose facts were not found but whose sentences can be searched is returned
without facts and with a warning (it is stored as text).
"""

from policybot.knowledge.extract.errors import ExtractionError
from policybot.knowledge.extract.normalise import decode_bytes, normalise_text
from policybot.knowledge.extract.pipeline import extract_document, extract_text
from policybot.knowledge.extract.records import (
    ConditionRecord,
    DocumentMeta,
    Extraction,
    MilestoneRecord,
    RecurringRecord,
    RewardRecord,
    Span,
    TargetRecord,
    TaskRecord,
)

__all__ = [
    "ConditionRecord",
    "DocumentMeta",
    "Extraction",
    "ExtractionError",
    "MilestoneRecord",
    "RecurringRecord",
    "RewardRecord",
    "Span",
    "TargetRecord",
    "TaskRecord",
    "decode_bytes",
    "extract_document",
    "extract_text",
    "normalise_text",
]
