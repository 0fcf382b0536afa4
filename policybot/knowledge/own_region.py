"""我们区, 我们市 asked in a chat that follows one region's items: that region.

A question naming the asker's own region without its name (我们区今年要完成什么) is answered
for nobody by itself: the answering asks which region is meant. A chat subscribed to the items
of one region (a unit of 东澜区, or the region) has said which one is its own; the question is
then read with that region's name in place of 我们区 — or, asked as 我们市, with the name of the
city above it. Several regions followed, or none, leave the question as it was typed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Engine

from policybot.knowledge.question import own_region_asked
from policybot.knowledge.search import KnowledgeIndex
from policybot.knowledge.undo_conflicts import SUBSCRIPTIONS


def chat_region(engine: Engine, index: KnowledgeIndex, chat_id: int) -> int | None:
    """The one region ``chat_id``'s active subscriptions are to (a region, or units of it),
    None when they are to none or to several."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(SUBSCRIPTIONS.c.unit_id, SUBSCRIPTIONS.c.region_id).where(
                SUBSCRIPTIONS.c.chat_id == chat_id, SUBSCRIPTIONS.c.active.is_(True)
            )
        ).all()
    regions: set[int] = set()
    for unit_id, region_id in rows:
        if region_id is None and unit_id is not None and unit_id in index.unit_ids():
            region_id = index.unit(unit_id).region_id
        if region_id is None:
            return None  # everything, or a unit of no region: no one region is the chat's
        regions.add(region_id)
    return next(iter(regions)) if len(regions) == 1 else None


def read_in_region(question: str, index: KnowledgeIndex, region_id: int) -> str | None:
    """``question`` with its 我们区 (我们市, 我们县) as the name of ``region_id``, or of the
    region above it at the level asked; None when it names no own region, or when neither
    region is of that level."""
    asked = own_region_asked(question)
    if asked is None:
        return None
    level = asked.group(0)[-1]
    for candidate in (region_id, *index.ancestors(region_id)):
        name = index.region_name(candidate) or ""
        if name.endswith(level):
            return question[: asked.start()] + name + question[asked.end() :]
    return None
