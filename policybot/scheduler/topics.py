"""What a chat can subscribe to: a unit, a region, or everything — found by the names people type.

Names resolve through the same resolver as lookups (``knowledge.names``): 南海 is 佛山市南海区,
東湖區 is 东湖区, and ``/subscribe X`` names what ``/targets X`` shows. A unit name shared by
several regions (市质监局) is ambiguous unless the region is named too (佛山市质监局, 佛山 市质监局).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from policybot.knowledge.chinese import normalise
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.labels import ALL_WORDS
from policybot.knowledge.models import Document, DocumentStatus, Region, RegionAlias, Unit
from policybot.knowledge.names import load_names, resolve_name
from policybot.knowledge.provinces import gazetteer_parents
from policybot.scheduler.audience import ALL_TOPIC
from policybot.scheduler.messages import row_id

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
    # A real place (杭州) no stored plan covers, as the user wrote it: no suggestion of a
    # similar-looking region (衢州市 for 杭州) is of any use.
    uncovered_place: str | None = None


def resolve_topic(session: Session, text: str) -> Resolution:
    """The topic a typed name names, through ``knowledge.names.resolve_name`` (as lookups do).

    A name that only contains a region (佛山市某某局) is no subscription yet: it is not found,
    and that region (what ``/targets`` would show) is the first suggestion.
    """
    name = normalise(text)
    if name in ALL_WORDS:
        return Resolution(topic=EVERYTHING)
    table = load_names(session)
    match = resolve_name(name, table)
    regions = table.region_names
    found = [region_topic(region_id, regions) for region_id in match.region_ids]
    if match.unit_ids:
        units = session.execute(select(Unit).where(col(Unit.id).in_(match.unit_ids))).scalars()
        found += [unit_topic(unit, regions) for unit in units]
    if not found:
        offices = _offices_of_place(session, name, regions)
        if offices:
            # 东湖区, a district the plans hold as no region but whose offices they name (东湖区市场
            # 监督管理局, perhaps of two cities): those offices to pick from, as /units shows them.
            return Resolution(candidates=offices)
        place = _place_named(name)
        inside = [r for r in regions.values() if place and place in gazetteer_parents(r)]
        if place is not None and not inside:
            # said as typed: the gazetteer's first match adds a level the user never wrote
            # (云州, a place of no plan, is no 云州区 of somewhere else)
            return Resolution(uncovered_place=text.strip())
        if inside:  # 浙江省: the stored regions in it
            return Resolution(suggestions=sorted(inside))
    if not match.exact:
        named = [topic.label for topic in found]
        return Resolution(suggestions=list(dict.fromkeys([*named, *_suggest(session, name)])))
    if len(found) == 1:
        return Resolution(topic=found[0])
    live = _live_regions(session)
    return Resolution(
        candidates=sorted(
            found, key=lambda topic: (_topic_region(session, topic) not in live, topic.label)
        )
    )


def _offices_of_place(session: Session, name: str, regions: dict[int, str]) -> list[Topic]:
    """The units named after the place ``name`` (a full district, county or city name)."""
    if len(name) < 3 or not name.endswith(("区", "县", "市", "旗")):
        return []
    units = session.execute(
        select(Unit).where(col(Unit.name).startswith(name, autoescape=True))
    ).scalars()
    topics = [unit_topic(unit, regions) for unit in units]
    return sorted(topics, key=lambda topic: topic.label)


def _live_regions(session: Session) -> set[int]:
    """Regions with an active plan: a unit of theirs is the likelier meaning of a shared name."""
    rows = session.execute(
        select(col(Document.region_id)).where(col(Document.status) == DocumentStatus.ACTIVE)
    ).scalars()
    return {region_id for region_id in rows if region_id is not None}


def _topic_region(session: Session, topic: Topic) -> int | None:
    if topic.region_id is not None:
        return topic.region_id
    unit = session.get(Unit, topic.unit_id) if topic.unit_id is not None else None
    return unit.region_id if unit else None


_MAX_TOPIC_ID = 2**31 - 1  # unit and region ids are INTEGER columns


def topic_of_key(session: Session, key: str) -> Topic | None:
    """The topic a stored or pressed ``topic_key`` names (``unit:ID``, ``region:ID``, ``all``);
    None when that unit or region is gone."""
    if key == ALL_TOPIC:
        return EVERYTHING
    kind, _, raw_id = key.partition(":")
    # a pressed key is data a client sent: ASCII digits an INTEGER id holds, else no topic (a
    # forged ² or a 30-digit id was an error in the handler, and PostgreSQL's integer out of range)
    topic_id = row_id(raw_id)
    if topic_id is None or topic_id > _MAX_TOPIC_ID:
        return None
    regions = _region_names(session)
    if kind == "region" and topic_id in regions:
        return region_topic(topic_id, regions)
    unit = session.get(Unit, topic_id) if kind == "unit" else None
    return unit_topic(unit, regions) if unit else None


def _place_named(name: str) -> str | None:
    """The full name of the province, city or county ``name`` is (杭州 → 杭州市), if any."""
    places = gazetteer().lookup(name)
    return places[0].name if places else None


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
    return dict(session.execute(select(col(Region.id), col(Region.name))).all())


def _suggest(session: Session, name: str) -> list[str]:
    """Names close to what was typed: containing it, contained in it, or similar. A region is
    suggested once, by its full name, however many of its aliases came close (南海, 南海区 and
    佛山市南海区 are one suggestion)."""
    regions = dict(session.execute(select(col(Region.id), col(Region.name))).all())
    shown = {
        alias: regions.get(region_id, alias)
        for alias, region_id in session.execute(
            select(col(RegionAlias.alias), col(RegionAlias.region_id))
        ).all()
    }
    shown |= {region: region for region in regions.values()}
    for unit in session.execute(select(col(Unit.name))).scalars():
        shown.setdefault(unit, unit)
    names = sorted(shown)
    related = sorted((n for n in names if name and (name in n or n in name)), key=len, reverse=True)
    close = difflib.get_close_matches(name, names, n=MAX_SUGGESTIONS, cutoff=0.4)
    return list(dict.fromkeys(shown[n] for n in [*related, *close]))[:MAX_SUGGESTIONS]


def resolve(engine: Engine, text: str) -> Resolution:
    """``resolve_topic`` in a session of its own, for callers that hold none (handlers)."""
    with Session(engine) as session:
        return resolve_topic(session, text)
