"""Each concept has one owning module that the others call (#15): a second copy is how the
reminder ledger came to be cleaned with a hand copy of the scheduler's item kinds, and how the
reminders and the answer index could disagree about which facts are live."""

from __future__ import annotations

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
