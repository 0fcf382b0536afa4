"""The names /history shows: kept per person, written once however many workers race."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy.engine import Engine

from policybot.knowledge.people import names_of, remember


def test_racing_first_writes_of_one_person_all_succeed(engine: Engine) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda n: remember(engine, 4242, f"林{n % 2}", None), range(12)))
    assert names_of(engine, [4242])[4242] in {"林0", "林1"}


def test_a_new_name_replaces_the_old(engine: Engine) -> None:
    remember(engine, 7, "甲", "a")
    remember(engine, 7, "乙", None)
    assert names_of(engine, [7, None]) == {7: "乙"}
