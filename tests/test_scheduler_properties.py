"""Properties that make ticks safe whatever their cadence: fire instants are never in quiet
hours, and planning a window in pieces gives exactly the reminders of planning it whole."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.knowledge import store
from policybot.scheduler.planner import plan_window
from test_scheduler_support import duty, follow, ingest, milestone, plan, target, timing, utc

clock_times = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@given(
    day=st.dates(date(2018, 1, 1), date(2030, 12, 31)),
    send_at=clock_times,
    quiet_start=clock_times,
    quiet_end=clock_times,
)
def test_a_fire_instant_is_never_in_quiet_hours_and_never_early(
    day: date, send_at: time, quiet_start: time, quiet_end: time
) -> None:
    rules = timing(
        send_at=send_at.strftime("%H:%M"),
        quiet_start=quiet_start.strftime("%H:%M"),
        quiet_end=quiet_end.strftime("%H:%M"),
    )
    instant = rules.fire_instant(day)
    wanted = datetime.combine(day, send_at, rules.tz)
    assert not rules.in_quiet_hours(instant)
    assert wanted <= instant < wanted + timedelta(days=1)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cuts=st.lists(st.integers(1, 60 * 24 * 40 - 1), max_size=6, unique=True))
def test_planning_in_pieces_equals_planning_whole(sqlite_engine: Engine, cuts: list[int]) -> None:
    if store.document_count(sqlite_engine) == 0:  # hypothesis reuses the fixture
        ingest(
            sqlite_engine,
            plan(
                milestones=[
                    milestone(due=date(2018, 12, 31)),
                    milestone("乙", due=date(2019, 1, 3)),
                ],
                targets=[target(deadline=date(2018, 12, 20))],
                recurring=[duty(every="month")],
            ),
        )
        follow(sqlite_engine, -1, "全部")
        follow(sqlite_engine, -2, "市质监局")
    start = utc(2018, 11, 25)
    bounds = [start, *(start + timedelta(minutes=m) for m in sorted(cuts))]
    bounds.append(start + timedelta(days=40))
    with Session(sqlite_engine) as session:
        whole = plan_window(session, timing(), bounds[0], bounds[-1])
        pieces = [
            reminder
            for after, until in pairwise(bounds)
            for reminder in plan_window(session, timing(), after, until)
        ]
    assert sorted(r.key for r in pieces) == sorted(r.key for r in whole)
    assert len({r.key for r in whole}) == len(whole)
