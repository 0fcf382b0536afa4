"""Imported once by the upload workers' forkserver (``budget.PRELOAD``), so that every job it
forks finds built what any reading builds on first use: the gazetteer (about 0.2 s from jionlp's
zipped table), its towns (about 1 s), the OpenCC converter and the rules' compiled patterns.
Built in each job instead, they cost every upload up to a second before its text was read.

Never imported by the bot or the command line themselves: there the first reading builds them.
"""

from __future__ import annotations

import logging
import time

from policybot.knowledge.extract.gazetteer import gazetteer, towns
from policybot.knowledge.reading import read_plan

logger = logging.getLogger(__name__)

# An invented plan of a few lines: a title, a goal with its unit, a dated step, a reward.
WARM_UP_PLAN = (
    "示范市品牌建设行动计划(2024-2026年)\n"
    "到2026年,全市新增品牌企业10家。(牵头单位:市市场监管局)\n"
    "2025年6月底前,完成品牌企业名单的遴选工作。\n"
    "对新获得省级品牌称号的企业,给予一次性奖励10万元。\n"
)


def warm_up() -> float:
    """Build the caches a reading needs; the seconds it took. Never raises: a failure here
    (the forkserver would die of it) only means each job builds them itself."""
    started = time.perf_counter()
    try:
        gazetteer()
        towns()
        read_plan(WARM_UP_PLAN.encode(), "warm-up.txt")
    except Exception:
        logger.warning(
            "warming the upload worker failed; each upload builds its caches", exc_info=True
        )
    return time.perf_counter() - started


warm_up()
