"""From the bytes of a file to an extracted plan: the one route for uploads, ``policybot
ingest`` and the bundled seeds, run within a budget.

``read_plan`` reads the file (``readers``: .txt in any common Chinese encoding, .docx, .pdf),
refuses at once what cannot be a plan, and extracts it. ``read_plan_within`` does the same in a
worker process that is stopped when it exceeds its time or memory budget (``budget``), so no
file can stall the bot or a batch ingest. Every failure is a ``ReadError`` whose text is a
sentence for the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from policybot.knowledge.budget import Budget, BudgetExceeded
from policybot.knowledge.extract import Extraction, ExtractionError, extract_text
from policybot.knowledge.metadata_checks import (
    absurd_metadata,
    mostly_questions,
    not_a_plan,
    nothing_to_act_on,
)
from policybot.knowledge.readers import UNNAMED, ReadError, read_upload, storable


@dataclass
class ReadPlan:
    """A file read and extracted: the text as read (kept with a pending upload), what was
    extracted from it, and every warning a reviewer should see."""

    filename: str
    text: str
    extraction: Extraction
    warnings: list[str] = field(default_factory=list)


def read_plan(raw: bytes, filename: str) -> ReadPlan:
    """Read and extract in this process (``read_plan_within`` for untrusted files); the plan
    keeps its file's name without what no store can keep (``readers.storable``)."""
    filename = storable(filename) or UNNAMED
    read = read_upload(raw, filename)
    extraction = extract_plan(read.text, filename)
    refused = not_a_plan(extraction)
    if refused is not None:  # (a dinner notice's date and headcount: no plan to preview)
        raise ReadError(refused)
    warnings = [
        *nothing_to_act_on(extraction),
        *mostly_questions(read.text),
        *absurd_metadata(extraction.document),
        *read.warnings,
        *extraction.warnings,
    ]
    return ReadPlan(filename, read.text, extraction, warnings)


# The most facts and units one plan may hold. The largest bundled plan holds about 250 facts and
# 25 units; a file with thousands is a list or a generated text, not a plan, and storing it holds
# the store's write lock for tens of seconds (10,000 targets: 35 s on SQLite, every other
# chat's write refused meanwhile).
MAX_FACTS = 1500
MAX_UNITS = 300


def extract_plan(text: str, filename: str) -> Extraction:
    """Extract already-read text (a pending upload's), as ``read_plan`` does."""
    try:
        extraction = extract_text(text, filename, max_facts=MAX_FACTS)
    except ExtractionError as error:
        raise ReadError(str(error)) from error
    _refuse_if_too_many(extraction)
    return extraction


def _refuse_if_too_many(extraction: Extraction) -> None:
    facts = len(extraction.fact_records()) + len(extraction.conditions)
    if facts > MAX_FACTS:
        raise ReadError(
            f"从中读出 {facts} 条事项,超过一份规划的上限({MAX_FACTS} 条),"
            "不像一份规划文件;如确是规划,请拆分后分别上传。"
        )
    if len(extraction.units) > MAX_UNITS:
        raise ReadError(
            f"从中读出 {len(extraction.units)} 个责任单位,超过一份规划的上限({MAX_UNITS} 个),"
            "不像一份规划文件;如确是规划,请拆分后分别上传。"
        )


def extract_plan_within(text: str, filename: str, budget: Budget | None) -> Extraction:
    if budget is None:
        return extract_plan(text, filename)
    try:
        return budget.run(extract_plan, text, filename)
    except BudgetExceeded as error:
        raise ReadError(str(error)) from error


def read_plan_within(raw: bytes, filename: str, budget: Budget | None) -> ReadPlan:
    """``read_plan`` in a worker process within ``budget`` (``None``: here, unbounded)."""
    if budget is None:
        return read_plan(raw, filename)
    try:
        return budget.run(read_plan, raw, filename)
    except BudgetExceeded as error:
        raise ReadError(str(error)) from error


async def read_plan_async(raw: bytes, filename: str, budget: Budget) -> ReadPlan:
    """``read_plan_within`` for the bot: the event loop and its thread pool stay free."""
    try:
        return await budget.run_async(read_plan, raw, filename)
    except BudgetExceeded as error:
        raise ReadError(str(error)) from error
