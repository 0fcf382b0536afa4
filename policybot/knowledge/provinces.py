"""The store's regions as the national gazetteer places them: which province or city a region
lies in, and a province the store holds no plan of, read as its cities that the store does hold.

The store learns its regions from its documents: with the plans of 湖州市, 衢州市 and 温州市洞头区
it holds those (and 温州市 above 洞头区), but not 浙江省 — no plan of the province itself is
stored, and a city's parent chain stops at the city. Staff still ask "浙江省…". That a prefecture
lies in its province is general knowledge (the gazetteer, ``extract/gazetteer.py``), not a fact
of any plan, so it may relate the name to the cities; the answer names the cities its facts
come from, since none of them is the province's own rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.special_regions import special_province
from policybot.knowledge.regions import split_region

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex


@lru_cache(maxsize=16384)
def gazetteer_parents(name: str) -> frozenset[str | None]:
    """The province and prefecture above ``name``: those every division called ``name`` shares.
    A name two divisions bear (青山区 of 包头市 and of 武汉市) names neither's city: a plan
    of an unknown 青山县 is no plan of 武汉市's."""
    shared: set[str] | None = None
    special = special_province(name)
    if special is not None:
        # 杨凌示范区, no division of the table: the province it lies in.
        return frozenset({special})
    for place in gazetteer().lookup(name):
        parents: set[str] = {
            parent
            for parent in (place.province, place.prefecture)
            if parent and parent != place.name
        }
        shared = parents if shared is None else shared & parents
    return frozenset(shared or ())


def named_parents(name: str) -> set[str | None]:
    """The gazetteer's parents of a region, read through its city for a city's district
    (徐州市沛县: 徐州市, and 江苏省 above it)."""
    city, _ = split_region(name)
    parents: set[str | None] = set(gazetteer_parents(name))
    if city:
        parents |= {city, *gazetteer_parents(city)}
    return parents


def province_named(place: str) -> str | None:
    """The full name of the province (or municipality) ``place`` names — 浙江省 for 浙江省 or
    浙江 — or None for any other place."""
    return next(
        (found.name for found in gazetteer().lookup(place) if found.level == "province"), None
    )


def regions_in_province(
    province: str, index: KnowledgeIndex, *, held_too: bool = False
) -> tuple[int, ...]:
    """The store's regions with plans or facts that the gazetteer puts in ``province``, the
    topmost of each branch only (温州市, not 温州市洞头区 below it as well); none when the
    store holds the province itself (then it is a region like any other), unless ``held_too``."""
    if province in index.names.region_aliases and not held_too:
        return ()
    inside = {
        region.id for region in index.regions_with_facts() if province in named_parents(region.name)
    }
    inside -= index.names.region_aliases.get(province, set())
    return tuple(sorted(r for r in inside if not index.ancestors(r) & inside))


def cities_of_held_province(
    region_ids: Iterable[int], index: KnowledgeIndex
) -> tuple[str, tuple[int, ...]] | None:
    """(the province, the store's regions in it) when ``region_ids`` is one province the store
    holds a plan of, and regions inside it as well: staff asking 广东省… expect its cities'
    plans when the province's own rules say nothing of it."""
    ids = tuple(region_ids)
    name = index.region_name(ids[0]) if len(ids) == 1 else None
    if not name or province_named(name) != name:
        return None
    inside = regions_in_province(name, index, held_too=True)
    return (name, inside) if inside else None


def with_held_cities(region_ids: Iterable[int], index: KnowledgeIndex) -> tuple[int, ...]:
    """``region_ids``, and for a province the store holds a plan of its cities the store holds
    (/targets 广东省 lists its own items and its cities', as /targets 佛山市 its districts')."""
    ids = tuple(region_ids)
    held = cities_of_held_province(ids, index)
    return (*ids, *held[1]) if held is not None else ids


def province_asked(place: str, index: KnowledgeIndex) -> tuple[str, tuple[int, ...]] | None:
    """(the province's full name, the store's regions in it) when ``place`` names a province
    the store holds regions in but not the province itself; None otherwise."""
    province = province_named(place)
    in_province = regions_in_province(province, index) if province else ()
    return (province, in_province) if province and in_province else None


def province_title(province: str, region_ids: Iterable[int], index: KnowledgeIndex) -> str:
    """``浙江省内的湖州市、衢州市``: the province asked about and the store's regions in it."""
    names = "、".join(index.region_name(region_id) or "" for region_id in region_ids)
    return f"{province}内的{names}"
