"""Commands as typed on a phone: the argument glued to the name (/targets湖州), a name one letter
off (/target). ``knowledge.commands`` reads them for the bot and for ``policybot ask``."""

from __future__ import annotations

import pytest

from policybot.knowledge.commands import closest_command, glued_command, split_command

KNOWN = ["targets", "rewards", "deadlines", "units", "doc", "docs", "search", "subscribe", "mysubs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/targets湖州", ("targets", ["湖州"])),
        ("/targets湖州 2018", ("targets", ["湖州", "2018"])),
        ("/rewards衢州 驰名商标", ("rewards", ["衢州", "驰名商标"])),
        ("/targets 湖州", ("targets", ["湖州"])),
        ("/deadlines@some_bot 佛山 全部", ("deadlines", ["佛山", "全部"])),
    ],
)
def test_a_glued_argument_is_split_from_the_name(
    text: str, expected: tuple[str, list[str]]
) -> None:
    assert split_command(text) == expected


def test_only_a_latin_name_followed_by_other_letters_is_glued() -> None:
    assert glued_command("/targets湖州")
    assert not glued_command("/targets 湖州")
    assert not glued_command("/起点")
    assert not glued_command("南海区省名牌")


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("target", "targets"), ("deadline", "deadlines"), ("Rewards", "rewards"), ("unit", "units")],
)
def test_a_slip_of_one_letter_names_the_command(typed: str, meant: str) -> None:
    assert closest_command(typed, KNOWN) == meant


def test_another_name_for_a_command_names_it() -> None:
    """/subscriptions (another bot's habit) is this bot's /mysubs."""
    assert closest_command("subscriptions", KNOWN) == "mysubs"
    assert closest_command("unsub", KNOWN) is None  # not offered when the bot has no such command


@pytest.mark.parametrize("typed", ["foo", "start", "xyzzy"])
def test_nothing_close_is_no_guess(typed: str) -> None:
    assert closest_command(typed, KNOWN) is None
