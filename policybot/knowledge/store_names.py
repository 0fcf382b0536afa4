"""The regions and units a document names, found or created in a few statements, not one per fact.

Storing a plan used to look up (and create) the place and the units of every fact one at a
time, inside its write transaction: a 1,200-target upload ran ~7,000 statements while holding
SQLite's write lock for longer than the 5 s busy timeout, and other chats' writes failed. Here
every name is looked up at once (``IN``, in chunks), the missing ones are inserted in one
``INSERT … ON CONFLICT DO NOTHING … RETURNING`` per level (cities before their districts), and
those another writer inserted meanwhile are read back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session

from policybot.knowledge.models import Region, RegionAlias, Unit, UnitAlias
from policybot.knowledge.regions import region_aliases, split_region

# Well under SQLite's and PostgreSQL's limits on bound parameters in one statement.
CHUNK = 500

REGION: Table = Region.__table__  # type: ignore[attr-defined]
REGION_ALIAS: Table = RegionAlias.__table__  # type: ignore[attr-defined]
UNIT: Table = Unit.__table__  # type: ignore[attr-defined]
UNIT_ALIAS: Table = UnitAlias.__table__  # type: ignore[attr-defined]


def region_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """The id of each region named (and of its parents), created with its aliases when new."""
    levels = _levels(names)
    found = _existing(session, REGION, {name for level in levels for name in level})
    for level in levels:
        missing = sorted(set(level) - found.keys())
        if not missing:
            continue
        rows = [{"name": name, "parent_id": _parent_id(name, found)} for name in missing]
        created = _created_with_aliases(session, REGION, rows, REGION_ALIAS, region_aliases)
        found.update(created)
        found.update(_existing(session, REGION, set(missing) - created.keys()))
    return found


def unit_ids(session: Session, names: Iterable[str], region_id: int | None) -> dict[str, int]:
    """The id of each unit named in a region, created with its aliases when new."""
    wanted = set(names)
    found = _existing(session, UNIT, wanted, region_id=region_id)
    missing = sorted(wanted - found.keys())
    if missing:
        rows = [{"name": name, "region_id": region_id} for name in missing]
        created = _created_with_aliases(session, UNIT, rows, UNIT_ALIAS, unit_aliases)
        found.update(created)
        found.update(_existing(session, UNIT, set(missing) - created.keys(), region_id=region_id))
    return found


def unit_aliases(name: str) -> set[str]:
    aliases = {name}
    if len(name) > 3 and name[0] in "市区县省":
        aliases.add(name[1:])
    return aliases


def _levels(names: Iterable[str]) -> list[list[str]]:
    """The names and their parents, parents' level first (``split_region``'s chain)."""
    depth: dict[str, int] = {}

    def visit(name: str) -> int:
        if name not in depth:
            parent, _ = split_region(name)
            depth[name] = visit(parent) + 1 if parent else 0
        return depth[name]

    for name in names:
        visit(name)
    levels: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for name, level in sorted(depth.items()):
        levels[level].append(name)
    return levels


def _parent_id(name: str, found: dict[str, int]) -> int | None:
    parent, _ = split_region(name)
    return found[parent] if parent else None


def _existing(
    session: Session, table: Table, names: set[str], **region: int | None
) -> dict[str, int]:
    """Name → id of the rows already there (``region``: a unit's region, None included)."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(names)):
        statement = select(table.c.name, table.c.id).where(table.c.name.in_(chunk))
        if "region_id" in region:
            statement = statement.where(table.c.region_id == region["region_id"])
        found.update({name: row_id for name, row_id in session.execute(statement)})
    return found


def _created_with_aliases(
    session: Session,
    table: Table,
    rows: list[dict[str, Any]],
    alias_table: Table,
    aliases_of: Callable[[str], set[str]],
) -> dict[str, int]:
    """Insert ``rows`` (regions or units) with the aliases of each one this call created,
    in two statements (an alias row names its owner in the column ``<table>_id``); the ids of
    those created, by name."""
    created = _insert_new(session, table, rows)
    owner = f"{table.name}_id"
    aliases = [
        {"alias": alias, owner: row_id}
        for name, row_id in sorted(created.items())
        for alias in sorted(aliases_of(name))
    ]
    _insert_all(session, alias_table, aliases)
    return created


def _insert_new(session: Session, table: Table, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Insert the rows, skipping those another writer inserted first; name → id of the new.

    ``ON CONFLICT DO NOTHING``: two writers creating one region at once must not fail (a
    savepoint would not do: pysqlite's SAVEPOINT handling commits what an outer rollback
    should undo)."""
    created: dict[str, int] = {}
    for chunk in _chunks(rows):
        statement = _insert(session, table).values(chunk).on_conflict_do_nothing()
        returned = session.execute(statement.returning(table.c.name, table.c.id))
        created.update({name: row_id for name, row_id in returned})
    return created


def _insert_all(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(_insert(session, table).on_conflict_do_nothing(), rows)


def _insert(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]  # same API
    else:  # pragma: no cover - the store supports SQLite and PostgreSQL only
        raise RuntimeError(f"unsupported database: {dialect}")
    return insert(table)


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
