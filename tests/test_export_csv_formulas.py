"""The CSV export keeps the store's words as text in a spreadsheet (attack round).

``policybot export --format csv`` wrote a fact's text as it was: a subject edited to
``=HYPERLINK(…)`` (or a unit named ``@SUM(…)``) became a live formula once the file was opened in
Excel or WPS, the way the xlsx ledger's did before ``spreadsheet._as_text``. A cell that would
start a formula now starts with an apostrophe, which spreadsheets show as text."""

from __future__ import annotations

import csv
import io

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.editing import update_fact
from policybot.knowledge.export import export_csv
from policybot.knowledge.models import FactKind, Target

FORMULA = '=HYPERLINK("http://example.invalid/x","点击查看")'


def test_a_text_that_looks_like_a_formula_is_no_formula_in_the_csv(
    seeded_engine: Engine,
) -> None:
    with Session(seeded_engine) as session:
        target = session.exec(select(Target)).first()
        assert target is not None and target.id is not None
        target_id = target.id
    update_fact(seeded_engine, 1, FactKind.TARGET, target_id, "subject", FORMULA)
    rows = list(csv.DictReader(io.StringIO(export_csv(seeded_engine))))
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [cell for cell in cells if cell[0] in "=+-@\t\r"]
    (row,) = [row for row in rows if row["kind"] == "target" and row["id"] == str(target_id)]
    assert row["text"] == "'" + FORMULA  # the words themselves are all there
    assert row["value"] and float(row["value"]) == target.value  # numbers stay numbers
