"""The one resolver from a typed name to the store's regions and units.

Lookups (``/targets 南海``, questions) resolve over the answer index, subscriptions (``/subscribe
南海``) over the database; both go through the tables and functions here, so the same name means
the same region or unit everywhere: 南海 is 佛山市南海区, 東湖區 is 东湖区. Every key is in
``chinese.normalise`` form, as typed names are before they are looked up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import select
from sqlmodel import Session, col

from policybot.knowledge.chinese import normalise
from policybot.knowledge.models import Region, RegionAlias, Unit, UnitAlias
from policybot.knowledge.regions import GENERIC_AREAS, is_zone

# What a unit name that starts with its region's name may leave out: 佛山 市质监局 = 佛山市质监局.
_UNIT_PREFIXES = ("", "市", "区", "县")


class RegionNames(Protocol):
    """What :func:`find_region` needs: a :class:`NameTable` (the answer index holds one as
    ``names``)."""

    region_aliases: dict[str, set[int]]
    longest_region_alias: int


@dataclass
class NameTable:
    """Names of regions and units (names and aliases, normalised) → ids."""

    region_names: dict[int, str] = field(default_factory=dict)
    unit_regions: dict[int, int | None] = field(default_factory=dict)
    region_aliases: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    unit_aliases: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    longest_region_alias: int = 0
    longest_unit_alias: int = 0


def name_table(
    regions: Iterable[tuple[int, str]],
    region_aliases: Iterable[tuple[str, int]],
    units: Iterable[tuple[int, str, int | None]],
    unit_aliases: Iterable[tuple[str, int]],
) -> NameTable:
    """The table from rows: (id, name) regions, (alias, id), (id, name, region id) units."""
    table = NameTable()
    for region_id, name in regions:
        table.region_names[region_id] = name
        table.region_aliases[normalise(name)].add(region_id)
    for alias, region_id in region_aliases:
        if normalise(alias) in GENERIC_AREAS:
            continue  # (市区 of 广州市市区, stored before it was no alias)
        table.region_aliases[normalise(alias)].add(region_id)
    for unit_id, name, unit_region in units:
        table.unit_regions[unit_id] = unit_region
        table.unit_aliases[normalise(name)].add(unit_id)
    for alias, unit_id in unit_aliases:
        table.unit_aliases[normalise(alias)].add(unit_id)
    _zones_yield(table)
    table.longest_region_alias = max(map(len, table.region_aliases), default=0)
    table.longest_unit_alias = max(map(len, table.unit_aliases), default=0)
    return table


def _zones_yield(table: NameTable) -> None:
    """A name a development zone shares with a division (青萝 of 青萝新区 and of 青萝市) is the
    division's: a question about the city is never scoped to the zone that bears its name."""
    for alias, region_ids in table.region_aliases.items():
        if len(region_ids) < 2:
            continue
        divisions = {i for i in region_ids if not is_zone(table.region_names.get(i, ""))}
        if divisions and divisions != region_ids:
            table.region_aliases[alias] = divisions


def load_names(session: Session) -> NameTable:
    """The table read from the database (for callers without the answer index)."""
    return name_table(
        session.execute(select(col(Region.id), col(Region.name))).all(),
        session.execute(select(col(RegionAlias.alias), col(RegionAlias.region_id))).all(),
        session.execute(select(col(Unit.id), col(Unit.name), col(Unit.region_id))).all(),
        session.execute(select(col(UnitAlias.alias), col(UnitAlias.unit_id))).all(),
    )


def longest_known(
    text: str, names: dict[str, set[int]], longest: int, allowed: set[int] | None = None
) -> str:
    """The longest substring of ``text`` that is a key of ``names`` (naming an allowed id).

    Looks up every substring rather than every name, so the cost depends on the question's
    length, not on how many regions and units the store holds.
    """
    best = ""
    for start in range(len(text)):
        for end in range(min(len(text), start + longest), start + max(len(best), 1), -1):
            ids = names.get(text[start:end])
            if ids and (allowed is None or ids & allowed):
                best = text[start:end]
                break
    return best


def find_region(text: str, names: RegionNames) -> tuple[tuple[int, ...], str | None, str]:
    """The longest region name or alias in ``text``: (region ids, as written, text without it)."""
    best = longest_known(text, names.region_aliases, names.longest_region_alias)
    if not best:
        return (), None, text
    return tuple(sorted(names.region_aliases[best])), best, text.replace(best, " ")


def resolve_region(name: str, names: RegionNames) -> tuple[int, ...]:
    """A region typed on its own (``/targets 湖州``): exact alias first, then one it contains."""
    name = normalise(name)
    if name in names.region_aliases:
        return tuple(sorted(names.region_aliases[name]))
    region_ids, _, _ = find_region(name, names)
    return region_ids


@dataclass(frozen=True)
class NameMatch:
    """What a name typed on its own names. ``exact`` is False when only a region name inside
    it was recognised (佛山市某某局 → 佛山市): a lookup may show that region, a subscription
    asks first."""

    region_ids: tuple[int, ...] = ()
    unit_ids: tuple[int, ...] = ()
    exact: bool = True


def resolve_name(name: str, table: NameTable) -> NameMatch:
    """A region or unit typed on its own: its name or alias; else a unit after its region's name
    (佛山市质监局, 佛山 市质监局); else the region :func:`resolve_region` finds in it."""
    name = normalise(name)
    regions = table.region_aliases.get(name, set())
    units = table.unit_aliases.get(name, set())
    if regions or units:
        return NameMatch(tuple(sorted(regions)), tuple(sorted(units)))
    prefixed = _units_after_region(name, table)
    if prefixed:
        return NameMatch(unit_ids=prefixed)
    return NameMatch(region_ids=resolve_region(name, table), exact=False)


def _units_after_region(name: str, table: NameTable) -> tuple[int, ...]:
    found: set[int] = set()
    for alias, region_ids in table.region_aliases.items():
        if not name.startswith(alias) or len(name) <= len(alias):
            continue
        rest = name[len(alias) :].strip()
        for unit_name in {f"{prefix}{rest}" for prefix in _UNIT_PREFIXES}:
            found |= {
                unit_id
                for unit_id in table.unit_aliases.get(unit_name, set())
                if table.unit_regions.get(unit_id) in region_ids
            }
    return tuple(sorted(found))
