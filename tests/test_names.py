"""One resolver for typed names: ``/targets X`` (over the answer index) and ``/subscribe X``
(over the database) name the same region, whether X is an alias, a short form, the full name,
traditional characters, or a name that only contains a region."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.knowledge.database import make_engine
from policybot.knowledge.names import load_names, resolve_name
from policybot.knowledge.question import resolve_region
from policybot.knowledge.search import KnowledgeIndex
from policybot.knowledge.service import QueryService
from policybot.scheduler.topics import resolve_topic

TYPED = (
    "南海",
    "南海区",
    "佛山市南海区",
    "南海區",
    "佛山市南海",
    "順德",
    "佛山",
    "湖州市",
    "洞头",
    "溫州市洞頭區",
    "佛山南海",
    " 三水 ",
)


@pytest.fixture(scope="module")
def seeded(seeded_sqlite_path: Path) -> Iterator[tuple[Engine, KnowledgeIndex]]:
    engine = make_engine(f"sqlite:///{seeded_sqlite_path}")
    yield engine, QueryService(engine).index.current()
    engine.dispose()


def _subscribed_regions(engine: Engine, typed: str) -> tuple[int, ...]:
    """The regions /subscribe names: its topic or candidates; for a name it only finds a region
    in, the region its first suggestion subscribes to."""
    with Session(engine) as session:
        resolution = resolve_topic(session, typed)
        if resolution.topic is None and not resolution.candidates and resolution.suggestions:
            resolution = resolve_topic(session, resolution.suggestions[0])
    topics = [resolution.topic] if resolution.topic else resolution.candidates
    return tuple(sorted(t.region_id for t in topics if t.region_id is not None))


@pytest.mark.parametrize("typed", TYPED)
def test_lookup_and_subscribe_name_the_same_region(
    seeded: tuple[Engine, KnowledgeIndex], typed: str
) -> None:
    engine, index = seeded
    looked_up = resolve_region(typed, index)
    assert looked_up, typed
    assert _subscribed_regions(engine, typed) == looked_up


def test_short_forms_and_traditional_name_one_district(
    seeded: tuple[Engine, KnowledgeIndex],
) -> None:
    engine, index = seeded
    nanhai = {resolve_region(typed, index) for typed in ("南海", "南海區", "佛山市南海区")}
    assert len(nanhai) == 1
    (region_id,) = nanhai.pop()
    assert index.region_name(region_id) == "佛山市南海区"
    with Session(engine) as session:
        topic = resolve_topic(session, "南海").topic
    assert topic is not None and topic.region_id == region_id


def test_a_name_only_containing_a_region_is_offered_not_subscribed(
    seeded: tuple[Engine, KnowledgeIndex],
) -> None:
    engine, _ = seeded
    with Session(engine) as session:
        table = load_names(session)
        match = resolve_name("佛山南海", table)
        resolution = resolve_topic(session, "佛山南海")
    assert not match.exact and match.region_ids
    assert resolution.topic is None and not resolution.candidates
    assert resolution.suggestions[0] == table.region_names[match.region_ids[0]]
