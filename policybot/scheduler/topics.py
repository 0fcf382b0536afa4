"""What a chat can subscribe to: a unit, a region, or everything — found by the names people type.

Names resolve through the same alias tables as lookups (``RegionAlias``, ``UnitAlias``): 南海
is 佛山市南海区; traditional characters are converted first (``knowledge.chinese.normalise``, as for lookups). A unit name shared by
several regions (市质监局) is ambiguous unless the region is named too (佛山市质监局, 佛山 市质监局).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.knowledge.chinese import normalise
from policybot.knowledge.models import Region, RegionAlias, Unit, UnitAlias
from policybot.scheduler.audience import ALL_TOPIC

ALL_WORDS = {"全部", "所有", "全部单位", "all", "ALL", "*"}
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Topic:
    """A subscription target: ``key`` is ``unit:ID``, ``region:ID`` or ``all``."""

    key: str
    label: str
    unit_id: int | None = None
    region_id: int | None = None


EVERYTHING = Topic(ALL_TOPIC, "全部")


@dataclass
class Resolution:
    """One topic, or candidates to choose from (ambiguous), or suggestions (unknown)."""

    topic: Topic | None = None
    candidates: list[Topic] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


def resolve_topic(session: Session, text: str) -> Resolution:
    name = normalise(text)
    if name in ALL_WORDS:
        return Resolution(topic=EVERYTHING)
    regions = _region_names(session)
    matches = _regions_named(session, name, regions) + _units_named(session, name, regions)
    if not matches:
        matches = _units_with_region_prefix(session, name, regions)
    unique = list({topic.key: topic for topic in matches}.values())
    if len(unique) == 1:
        return Resolution(topic=unique[0])
    if unique:
        return Resolution(candidates=sorted(unique, key=lambda topic: topic.label))
    return Resolution(suggestions=_suggest(session, name))


def region_topic(region_id: int, regions: dict[int, str]) -> Topic:
    return Topic(f"region:{region_id}", regions.get(region_id, str(region_id)), region_id=region_id)


def unit_topic(unit: Unit, regions: dict[int, str]) -> Topic:
    region = regions.get(unit.region_id) if unit.region_id is not None else None
    label = unit.name if not region or unit.name.startswith(region) else f"{region} {unit.name}"
    return Topic(f"unit:{unit.id}", label, unit_id=unit.id)


def topic_label(session: Session, key: str) -> str:
    """How a stored ``topic_key`` is shown in /mysubs."""
    if key == ALL_TOPIC:
        return EVERYTHING.label
    kind, _, raw_id = key.partition(":")
    regions = _region_names(session)
    if kind == "region":
        return region_topic(int(raw_id), regions).label
    unit = session.get(Unit, int(raw_id))
    return unit_topic(unit, regions).label if unit else key


def _region_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Region.id, Region.name)).all())  # type: ignore[arg-type]


def _regions_named(session: Session, name: str, regions: dict[int, str]) -> list[Topic]:
    ids = set(
        session.execute(select(RegionAlias.region_id).where(RegionAlias.alias == name)).scalars()
    )
    ids |= {region_id for region_id, region_name in regions.items() if region_name == name}
    return [region_topic(region_id, regions) for region_id in sorted(ids)]


def _units_named(
    session: Session, name: str, regions: dict[int, str], region_ids: set[int] | None = None
) -> list[Topic]:
    unit_ids = set(
        session.execute(select(UnitAlias.unit_id).where(UnitAlias.alias == name)).scalars()
    )
    unit_ids |= set(session.execute(select(Unit.id).where(Unit.name == name)).scalars())
    units = session.execute(select(Unit).where(Unit.id.in_(unit_ids))).scalars().all()  # type: ignore[union-attr]
    return [
        unit_topic(unit, regions)
        for unit in units
        if region_ids is None or unit.region_id in region_ids
    ]


def _units_with_region_prefix(session: Session, name: str, regions: dict[int, str]) -> list[Topic]:
    """佛山市质监局 or 佛山 市质监局: a region name (or alias) followed by a unit of that region."""
    aliases = session.execute(select(RegionAlias.alias, RegionAlias.region_id)).all()
    pairs = [*aliases, *((region_name, region_id) for region_id, region_name in regions.items())]
    found: list[Topic] = []
    for alias, region_id in pairs:
        if not name.startswith(alias) or len(name) <= len(alias):
            continue
        rest = name[len(alias) :].strip()
        for unit_name in {rest, f"市{rest}", f"区{rest}", f"县{rest}"}:
            found += _units_named(session, unit_name, regions, {region_id})
    return found


def _suggest(session: Session, name: str) -> list[str]:
    """Names close to what was typed: containing it, contained in it, or similar."""
    names = set(session.execute(select(RegionAlias.alias)).scalars())
    names |= set(session.execute(select(Region.name)).scalars())
    names |= set(session.execute(select(Unit.name)).scalars())
    related = sorted((n for n in names if name and (name in n or n in name)), key=len, reverse=True)
    close = difflib.get_close_matches(name, sorted(names), n=MAX_SUGGESTIONS, cutoff=0.4)
    return list(dict.fromkeys([*related, *close]))[:MAX_SUGGESTIONS]


def resolve(engine: Engine, text: str) -> Resolution:
    """``resolve_topic`` in a session of its own, for callers that hold none (handlers)."""
    with Session(engine) as session:
        return resolve_topic(session, text)
