"""洞头有没有奖励政策 listed 在融资上给予倾斜 among the rewards as if it paid: a treatment that pays
nothing is support, labelled so beside the paying ones (seeded store: the bundled 洞头区 plan)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.lines import SUPPORT_WITHOUT_SUM, support_said
from policybot.knowledge.service import QueryService


def test_a_treatment_paying_nothing_is_labelled_support() -> None:
    assert support_said("在融资上给予倾斜") == f"{SUPPORT_WITHOUT_SUM}: 在融资上给予倾斜"
    assert support_said("给予“国家级品牌”同等政策奖励") == "给予“国家级品牌”同等政策奖励"
    assert support_said(None) is None


def test_the_bundled_plans_rewards_say_which_is_support(seeded_engine: Engine) -> None:
    service = QueryService(seeded_engine, clock=FakeClock(datetime(2018, 3, 1, 1, tzinfo=UTC)))
    reply = render_plain(service.ask("洞头有没有奖励政策"))
    assert f"{SUPPORT_WITHOUT_SUM}: 在融资上给予倾斜" in reply
    assert f"{SUPPORT_WITHOUT_SUM}: 给予" not in reply
