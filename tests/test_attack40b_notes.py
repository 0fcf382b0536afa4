"""attack40b: a bracketed note that takes a year out of a yearly aim.
"全市每年培育品牌示范企业20家。(注:2032年暂停评选)": asked for 2032, the reply is "答: 20家" with
the target's quote alone, the note that says 2032 has none dropped. It should not state 20家 as
sure for 2032 without the note (passages.py reads notes with their sentence; the target does
not). Invented plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,新增“浙江精造”团体标准25项。
二、重点工作
全市每年培育品牌示范企业20家。(注:2032年暂停评选)
"""
)


def test_a_note_pausing_a_year_is_said_with_that_years_figure(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN, now=datetime(2032, 6, 1, 1, tzinfo=UTC)) as service:
        reply = ask(service, "示范市2032年品牌示范企业要培育多少家")
    assert "暂停" in reply or "答: 20家" not in reply, reply
