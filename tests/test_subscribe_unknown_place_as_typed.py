"""/subscribe of a place no plan covers says the place as the user wrote it (trial 47:
``/subscribe 云州`` answered 没有覆盖云州区, a level the user never wrote). Invented plan."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from policybot.handlers.subscriptions import unresolved_reply
from policybot.scheduler.topics import resolve_topic
from tests.invented_plans import invented_plans_service, task_table_plan


def test_an_uncovered_place_is_named_as_typed(tmp_path: Path) -> None:
    with (
        invented_plans_service(tmp_path, task_table_plan()) as service,
        Session(service.engine) as session,
    ):
        for typed in ("云州", "杭州"):
            resolution = resolve_topic(session, typed)
            assert resolution.uncovered_place == typed, resolution
            reply = unresolved_reply(typed, resolution)
            assert f"没有覆盖{typed}的" in reply, reply
