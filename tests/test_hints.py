"""The 未找到 hint's nearest name: prepared once per snapshot, and the same answer as comparing
the miss with every name through difflib (which took 150 ms at 100,000 facts)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from policybot.knowledge import vocabulary
from policybot.knowledge.hints import CLOSE_ENOUGH, SOUNDS_ALIKE, NearNames
from policybot.knowledge.spelling import sound

NAMES = [
    "湖州市",
    "佛山市南海区",
    "顺德区",
    "温州市洞头区",
    "衢州市",
    "武汉市",
    "驰名商标",
    "浙江制造",
    "政府质量奖",
    "首席质量官",
    "省名牌产品",
    "卓越绩效",
    "品牌培育",
    "标准化",
]


def every_name(names: list[str], asked: str) -> str | None:
    """The reference: each name through difflib, in order, the first best one kept."""
    typed = vocabulary.normalise(asked).strip()
    if len(typed) < 2 or typed in names:
        return None
    best: tuple[float, str] | None = None
    for name in names:
        short = vocabulary.normalise(name)
        if len(short) < 2 or short in typed or typed in short:
            continue
        score = SequenceMatcher(None, typed, short).ratio()
        if sound(typed) == sound(short[: len(typed)]) and len(short) - len(typed) <= 1:
            score = max(score, SOUNDS_ALIKE)
        if score >= CLOSE_ENOUGH and (best is None or score > best[0]):
            best = (score, name)
    return best[1] if best else None


@pytest.mark.parametrize(
    ("asked", "near"),
    [
        ("驰明商标", "驰名商标"),
        ("湖洲", "湖州市"),
        ("政府质量将", "政府质量奖"),
        ("首席质量管", "首席质量官"),
        ("驰名商标", None),  # a name itself: no slip to point out
        ("商标", None),  # part of a name
        ("火星探测", None),
        ("湖", None),
    ],
)
def test_a_slip_points_at_the_name_it_resembles(asked: str, near: str | None) -> None:
    assert NearNames(NAMES).nearest(asked) == near


def test_the_same_answer_as_comparing_with_every_name() -> None:
    chooser = random.Random(20261201)
    alphabet = "".join(sorted(set("".join(NAMES)))) + "洲明将管区县奖励多少"
    finder = NearNames(NAMES)
    asked_texts = [
        "".join(chooser.choice(alphabet) for _ in range(chooser.randint(2, 7))) for _ in range(400)
    ]
    # and slips of real names: one character swapped
    for name in NAMES:
        spot = chooser.randrange(len(name))
        asked_texts.append(name[:spot] + chooser.choice(alphabet) + name[spot + 1 :])
    for asked in asked_texts:
        assert finder.nearest(asked) == every_name(NAMES, asked), asked


@pytest.mark.parametrize(
    ("asked", "suggested"),
    [
        ("卓越绩校管理", "卓越绩效管理"),  # the slip put right, 管理 kept (it was dropped)
        ("卓越绩管理", "卓越绩效管理"),  # a missing character added, nothing lost
        ("浙江制早标准", "浙江制造标准"),
        ("驰明商标", "驰名商标"),
        ("湖洲", "湖州市"),
        # New-user trial: 驰名商檩 got 是不是“驰名商标檩”?; a character no name or term
        # writes is a slip, replaced rather than kept beside the right one.
        ("驰名商檩", "驰名商标"),
    ],
)
def test_a_suggestion_keeps_every_character_around_the_slip(asked: str, suggested: str) -> None:
    """New-user trial: 卓越绩校管理 got 是不是“卓越绩效”?, dropping 管理."""
    assert NearNames(NAMES).suggestion(asked) == suggested
