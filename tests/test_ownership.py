"""Each concept has one owning module that the others call (#15): a second copy is how the
reminder ledger came to be cleaned with a hand copy of the scheduler's item kinds, and how the
reminders and the answer index could disagree about which facts are live."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "policybot"

# What only one module may spell out, and that module.
OWNED = {
    '"milestone-start"': "knowledge/reminder_items.py",  # reminder item kinds
    "model.deleted_at.is_(None), col(Document.status)": "knowledge/live.py",  # the live-fact filter
    "opencc.OpenCC(": "knowledge/chinese.py",  # the one converter
    'FactKind.RECURRING: "': "knowledge/labels.py",  # fact-kind words users see
    '"每半年"': "knowledge/labels.py",
}


@pytest.mark.parametrize("text", OWNED)
def test_one_owner(text: str) -> None:
    holders = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
        and "extract" not in path.parts
        and text in path.read_text(encoding="utf-8")
    )
    assert holders == [OWNED[text]]


# The answer index's own tables (``KnowledgeIndex`` in knowledge/search.py): everyone else asks it
# through its query methods (``document``, ``positions_of_unit``, ``fact_at``…), so the snapshot
# can change how it files facts without a caller reading a table it no longer keeps.
INDEX_TABLES = (
    "_documents",
    "_regions",
    "_units",
    "_children",
    "_units_by_region",
    "_units_by_char",
    "_facts",
    "_by_kind",
    "_by_region",
    "_by_unit",
    "_by_document",
    "_by_year",
    "_postings",
    "_dated_positions",
    "_dated_keys",
    "_due_rank",
    "_texts_by_content",
)
INDEX_MODULE = "knowledge/search.py"


def index_table_readers(root: Path) -> list[str]:
    """``module: .table`` for every read of an index table outside the index's module."""
    pattern = re.compile(r"\.(" + "|".join(INDEX_TABLES) + r")\b")
    return sorted(
        f"{path.relative_to(root)}: .{match.group(1)}"
        for path in root.rglob("*.py")
        if str(path.relative_to(root)) != INDEX_MODULE
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    )


def test_only_the_index_reads_its_tables() -> None:
    assert index_table_readers(PACKAGE) == []
    tests = PACKAGE.parent / "tests"
    assert [line for line in index_table_readers(tests) if "test_ownership" not in line] == []


def test_the_rule_sees_a_read_of_an_index_table(tmp_path: Path) -> None:
    (tmp_path / "knowledge").mkdir()
    (tmp_path / "knowledge" / "lines.py").write_text("n = index._by_unit.get(1)\n", "utf-8")
    assert index_table_readers(tmp_path) == ["knowledge/lines.py: ._by_unit"]
