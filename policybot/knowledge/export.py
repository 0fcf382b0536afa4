"""The whole store as JSON (nested by document) or CSV (one row per fact), for backups and review."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge.models import (
    STORED_FACT_MODELS,
    Document,
    DocumentUnit,
    FactUnit,
    RewardCondition,
    Unit,
    UnitRole,
)

DOCUMENT_FIELDS = (
    "id", "source", "title", "short_title", "doc_number", "issuer", "region", "issued",
    "effective", "period_start", "period_end", "status", "superseded_by_id", "content_hash",
)  # fmt: skip
CSV_COLUMNS = (
    "kind", "id", "document_id", "document", "region", "district", "text", "value", "value_max",
    "unit", "deadline", "every", "amount_yuan", "is_cap", "lead_units", "support_units", "quote",
    "start_offset", "end_offset", "deleted", "responsible_units",
)  # fmt: skip


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _units_by_fact(
    session: Session, names: dict[int | None, str]
) -> dict[tuple[str, int], dict[str, list[str]]]:
    links: dict[tuple[str, int], dict[str, list[str]]] = defaultdict(
        lambda: {UnitRole.LEAD: [], UnitRole.SUPPORT: [], UnitRole.RESPONSIBLE: []}
    )
    for link in session.exec(select(FactUnit).order_by(col(FactUnit.position))):
        links[(link.fact_kind, link.fact_id)][link.role].append(names[link.unit_id])
    return links


def export_records(engine: Engine) -> list[dict[str, Any]]:
    """Every document with its facts; deleted facts are included and marked."""
    with Session(engine) as session:
        unit_names = {unit.id: unit.name for unit in session.exec(select(Unit))}
        links = _units_by_fact(session, unit_names)
        named = defaultdict(list)
        for row in session.exec(select(DocumentUnit)):
            named[row.document_id].append(unit_names[row.unit_id])
        documents = []
        for document in session.exec(select(Document).order_by(col(Document.id))):
            entry = {key: _plain(getattr(document, key)) for key in DOCUMENT_FIELDS}
            for kind, model in STORED_FACT_MODELS.items():
                facts = session.exec(
                    select(model).where(model.document_id == document.id).order_by(model.id)
                )
                entry[kind] = [_fact_dict(fact, links[(kind, fact.id)]) for fact in facts]
            conditions = session.exec(
                select(RewardCondition)
                .where(col(RewardCondition.document_id) == document.id)
                .order_by(col(RewardCondition.id))
            )
            entry["conditions"] = [
                {key: _plain(value) for key, value in condition.model_dump().items()}
                for condition in conditions
            ]
            entry["units"] = sorted(named[document.id or 0])
            documents.append(entry)
        return documents


def _fact_dict(fact: Any, units: dict[str, list[str]]) -> dict[str, Any]:
    data = {key: _plain(value) for key, value in fact.model_dump().items()}
    data["lead_units"] = units[UnitRole.LEAD]
    data["support_units"] = units[UnitRole.SUPPORT]
    # "(责任单位:A、B、C)": answerable together, no lead stated; apart from the leads, so that
    # a reviewer is not told A leads
    data["responsible_units"] = units[UnitRole.RESPONSIBLE]
    return data


def export_json(engine: Engine) -> str:
    return json.dumps({"documents": export_records(engine)}, ensure_ascii=False, indent=2)


# What makes a spreadsheet read a cell as a formula (OWASP's "CSV injection" list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value: Any) -> Any:
    """A text a spreadsheet would take for a formula (a subject edited to =HYPERLINK(…)),
    behind an apostrophe, which Excel and WPS show as text; anything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_csv(engine: Engine) -> str:
    """One row per fact; opened in a spreadsheet, every text stays text (``spreadsheet_text``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for document in export_records(engine):
        for kind in STORED_FACT_MODELS:
            for fact in document[kind]:
                row = _csv_row(kind, document, fact)
                writer.writerow({key: spreadsheet_text(row.get(key)) for key in CSV_COLUMNS})
    return buffer.getvalue()


def _csv_row(kind: str, document: dict[str, Any], fact: dict[str, Any]) -> dict[str, Any]:
    text = fact.get("subject") or fact.get("title") or fact.get("achievement")
    deadline = fact.get("deadline") or fact.get("due")
    return {
        **fact,
        "kind": kind,
        "document": document["short_title"] or document["title"],
        "text": text,
        "deadline": deadline,
        "lead_units": "、".join(fact["lead_units"]),
        "support_units": "、".join(fact["support_units"]),
        "responsible_units": "、".join(fact["responsible_units"]),
        "deleted": bool(fact.get("deleted_at")),
    }
