"""A synthetic corpus at production scale: many plans, ~100,000 targets, 10,000 subscriptions.

The documents and facts are the bundled seed plans copied under renamed regions (copy 0 keeps
the real names, copy N is ``样本N…``), so questions about real places keep their answers while
the store grows around them; ``fact_repeat`` repeats each copy's facts to reach the target count
with fewer documents. Chats and subscriptions are spread over the copied units. Rows go in with
bulk inserts: the store's ingest path (one transaction and flush per fact) is measured apart.

``python -m benchmarks.corpus URL`` fills a database (default 1,000 plans) and prints its sizes.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Engine

from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.models import (
    Document,
    DocumentUnit,
    FactUnit,
    Milestone,
    RecurringDuty,
    Region,
    RegionAlias,
    RewardRule,
    Target,
    Unit,
    UnitAlias,
)
from policybot.knowledge.regions import region_aliases
from policybot.scheduler.models import Chat, Subscription

FACT_MODELS = {"target": Target, "milestone": Milestone, "recurring": RecurringDuty,
               "reward": RewardRule}  # fmt: skip


@dataclass(frozen=True)
class CorpusSize:
    plans: int
    targets: int
    facts: int
    chats: int
    subscriptions: int
    seconds: float


def _table(model: Any) -> Table:
    return model.__table__


def seed_store(path: Path) -> tuple[Engine, float]:
    """The five bundled plans through the real ingest path; returns the engine and seconds."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    started = time.perf_counter()
    load_seeds_if_empty(engine)
    return engine, time.perf_counter() - started


def build_corpus(
    seeds: Engine,
    target: Engine,
    *,
    plans: int = 1000,
    targets: int = 100_000,
    subscriptions: int = 10_000,
) -> CorpusSize:
    """Fill ``target`` (migrated, empty) from the seed store; the sizes are approximate."""
    started = time.perf_counter()
    seed_plans = max(1, _count(seeds, Document))
    copies = max(1, math.ceil(plans / seed_plans))
    per_copy = max(1, _count(seeds, Target))
    fact_repeat = max(1, round(targets / (copies * per_copy)))
    copy_store(seeds, target, copies, fact_repeat=fact_repeat)
    chats = add_subscriptions(target, subscriptions)
    return CorpusSize(
        plans=_count(target, Document),
        targets=_count(target, Target),
        facts=sum(_count(target, model) for model in FACT_MODELS.values()),
        chats=chats,
        subscriptions=_count(target, Subscription),
        seconds=round(time.perf_counter() - started, 2),
    )


def add_subscriptions(engine: Engine, subscriptions: int, per_chat: int = 2) -> int:
    """``subscriptions`` unit subscriptions, ``per_chat`` to a chat, over the store's units."""
    with engine.connect() as connection:
        unit_ids = list(connection.execute(select(_table(Unit).c.id)).scalars())
    if not unit_ids or subscriptions <= 0:
        return 0
    chats = math.ceil(subscriptions / per_chat)
    now = datetime(2018, 1, 1, tzinfo=UTC)
    chat_rows = [{"id": -(1000 + c), "kind": "group", "title": f"群{c}", "active": True,
                  "created_at": now} for c in range(chats)]  # fmt: skip
    subscription_rows = []
    for n in range(subscriptions):
        unit_id = unit_ids[(n * 7919) % len(unit_ids)]
        subscription_rows.append(
            {"chat_id": -(1000 + n // per_chat), "topic_key": f"unit:{unit_id}",
             "unit_id": unit_id, "active": True, "created_at": now}
        )  # fmt: skip
    unique = {(row["chat_id"], row["topic_key"]): row for row in subscription_rows}
    with engine.begin() as connection:
        for chunk in _chunks(chat_rows, 1000):
            connection.execute(insert(_table(Chat)), chunk)
        for chunk in _chunks(list(unique.values()), 1000):
            connection.execute(insert(_table(Subscription)), chunk)
    return chats


def _count(engine: Engine, model: Any) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(_table(model))).scalar_one())


def _rows(engine: Engine, model: Any) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(select(_table(model)))]


def _max_id(engine: Engine, model: Any) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.max(_table(model).c.id))).scalar_one() or 0


def copy_store(source: Engine, target: Engine, copies: int, *, fact_repeat: int = 1) -> None:
    """The source's documents and facts ``copies`` times (each fact ``fact_repeat`` times per
    copy); copy 0 keeps the real names."""
    tables = {
        model: _rows(source, model)
        for model in (
            Region,
            Unit,
            UnitAlias,
            Document,
            DocumentUnit,
            Target,
            Milestone,
            RecurringDuty,
            RewardRule,
            FactUnit,
        )
    }
    fact_models = FACT_MODELS
    offsets = {model: _max_id(source, model) for model in tables}
    with target.begin() as connection:
        for copy in range(copies):
            rows = _renamed_copy(tables, offsets, fact_models, copy, fact_repeat)
            for model, batch in rows.items():
                for chunk in _chunks(batch, 500):
                    connection.execute(insert(_table(model)), chunk)


def _renamed_copy(
    tables: dict[Any, list[dict[str, Any]]],
    offsets: dict[Any, int],
    fact_models: dict[str, Any],
    copy: int,
    fact_repeat: int = 1,
) -> dict[Any, list[dict[str, Any]]]:
    def shift(model: Any, value: int | None) -> int | None:
        return None if value is None else value + offsets[model] * copy

    def rename(name: str | None) -> str | None:
        return name if copy == 0 or name is None else f"样本{copy}{name}"

    out: dict[Any, list[dict[str, Any]]] = {}
    out[Region] = [
        {**r, "id": shift(Region, r["id"]), "name": rename(r["name"]),
         "parent_id": shift(Region, r["parent_id"])}
        for r in tables[Region]
    ]  # fmt: skip
    out[RegionAlias] = [
        {"alias": alias, "region_id": region["id"]}
        for region in out[Region]
        for alias in sorted(region_aliases(region["name"]) | {region["name"]})
    ]
    out[Unit] = [
        {**u, "id": shift(Unit, u["id"]), "region_id": shift(Region, u["region_id"])}
        for u in tables[Unit]
    ]
    out[UnitAlias] = [
        {**a, "id": shift(UnitAlias, a["id"]), "unit_id": shift(Unit, a["unit_id"])}
        for a in tables[UnitAlias]
    ]
    out[Document] = [
        {**d, "id": shift(Document, d["id"]), "region": rename(d["region"]),
         "region_id": shift(Region, d["region_id"]), "superseded_by_id": None,
         "content_hash": f"{d['content_hash']}-{copy}",
         "doc_number": d["doc_number"] and f"{d['doc_number']}-{copy}"}
        for d in tables[Document]
    ]  # fmt: skip
    out[DocumentUnit] = [
        {**du, "id": shift(DocumentUnit, du["id"]), "document_id": shift(Document, du["document_id"]),
         "unit_id": shift(Unit, du["unit_id"])}
        for du in tables[DocumentUnit]
    ]  # fmt: skip
    for model in fact_models.values():
        out[model] = []
        for repeat in range(fact_repeat):
            slot = copy * fact_repeat + repeat
            out[model] += [
                {**f, "id": f["id"] + offsets[model] * slot,
                 "document_id": shift(Document, f["document_id"]),
                 "region": rename(f["region"]), "region_id": shift(Region, f["region_id"]),
                 **({"district": rename(f["district"])} if "district" in f else {})}
                for f in tables[model]
            ]  # fmt: skip
    out[FactUnit] = [
        {**fu, "id": fu["id"] + offsets[FactUnit] * (copy * fact_repeat + repeat),
         "fact_id": fu["fact_id"] + offsets[fact_models[fu["fact_kind"]]] * (copy * fact_repeat + repeat),
         "unit_id": shift(Unit, fu["unit_id"])}
        for repeat in range(fact_repeat)
        for fu in tables[FactUnit]
        if fu["fact_kind"] in fact_models  # the stored tasks' units (not copied) stay behind
    ]  # fmt: skip
    return out


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url", help="a migrated, empty database, e.g. sqlite:///var/bench.db")
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--targets", type=int, default=100_000)
    parser.add_argument("--subscriptions", type=int, default=10_000)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        seeds, _ = seed_store(Path(folder) / "seeds.db")
        engine = make_engine(args.url)
        upgrade_database(engine)
        size = build_corpus(
            seeds, engine, plans=args.plans, targets=args.targets, subscriptions=args.subscriptions
        )
    print(json.dumps(asdict(size)))


if __name__ == "__main__":
    main()
