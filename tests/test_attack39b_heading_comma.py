"""attack39b: a heading naming a mechanism is still a second duty when its body follows on the
same line after a comma: "(一)建立月度调度机制,市质量办每月10日前召开调度会议。" gives the duty
市质量办召开调度会议 AND a monthly "月度调度" (two reminders each month for one meeting).
Suspected: ``recurring._heading_title_length`` gives 0 for such a line (no heading title
ending at 。), so the named 月度调度 record is kept. Same at 9ebaf044 (rem39's fix covers "。" and own-line
headings only)."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan


@pytest.mark.xfail(
    strict=True,
    reason="attack39b: '(一)建立月度调度机制,市质量办每月…' keeps the heading's 月度调度 as a second "
    "monthly duty",
)
def test_a_mechanism_heading_with_its_body_after_a_comma_is_no_second_duty() -> None:
    body = "一、工作任务\n(一)建立月度调度机制,市质量办每月10日前召开调度会议。\n"
    extraction = extract_text(city_plan(body), "示范市方案.txt")
    assert [duty.title for duty in extraction.recurring] == ["市质量办召开调度会议"]
