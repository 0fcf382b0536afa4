"""attack39b: "于次月N日前报送上月…" without 每月 is now read as a monthly duty
(``extract/recurring.py`` ``_IMPLIED_MONTHLY``, rem39) even where it is one report after one
event: a step due 2031-12-31 "并于次月5日前报送上月建设完成情况" (one report, on 2032-01-05) and
"项目通过验收后…于次月10日前报送上月资金使用情况" became duties reminded every month of the plan's
three years. At 9ebaf044 neither sentence gave a duty.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan

AFTER_A_DEADLINE = (
    "一、工作任务\n2031年12月底前,市商务局完成示范街区建设,并于次月5日前报送上月建设完成情况。\n"
)
AFTER_AN_EVENT = (
    "一、工作任务\n2031年6月底前完成示范项目建设。"
    "项目通过验收后,项目单位于次月10日前向市财政局报送上月资金使用情况。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="attack39b: _IMPLIED_MONTHLY reads a one-off 次月…上月 report after a dated step or an "
    "event as a monthly duty: 36 reminders for one report",
)
@pytest.mark.parametrize("body", [AFTER_A_DEADLINE, AFTER_AN_EVENT], ids=["deadline", "event"])
def test_one_report_the_month_after_one_event_is_no_monthly_duty(body: str) -> None:
    extraction = extract_text(city_plan(body), "示范市方案.txt")
    assert not [duty for duty in extraction.recurring if duty.every == "month"], [
        (duty.every, duty.title) for duty in extraction.recurring
    ]
