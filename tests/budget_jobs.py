"""Jobs for the budget tests. They run in the budget's worker processes, which import them by
module name, so they live in a module of their own (not in a test file)."""

from __future__ import annotations

import os
import time

from policybot.knowledge.readers import ReadError


def add(first: int, second: int) -> tuple[int, int]:
    return first + second, os.getpid()


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def allocate(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def refuse(message: str) -> None:
    raise ReadError(message)


def die() -> None:
    os._exit(3)


def caches_built() -> tuple[bool, bool]:
    """Whether the gazetteer and the OpenCC converter were built before this job ran."""
    from policybot.knowledge.chinese import _converter
    from policybot.knowledge.extract.gazetteer import gazetteer

    return gazetteer.cache_info().currsize == 1, _converter.cache_info().currsize == 1
