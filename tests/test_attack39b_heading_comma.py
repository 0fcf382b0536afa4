"""attack39b: a heading naming a mechanism is still a second duty when its body follows on the
same line after a comma: "(一)建立月度调度机制,市质量办每月10日前召开调度会议。" gives the duty
市质量办召开调度会议 AND a monthly "月度调度" (two reminders each month for one meeting).
Suspected: ``recurring._heading_title_length`` gives 0 for such a line (no heading title
ending at 。), so the named 月度调度 record is kept. Same at 9ebaf044 (rem39's fix covers "。" and own-line
headings only)."""

from __future__ import annotations

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan


def test_a_mechanism_heading_with_its_body_after_a_comma_is_no_second_duty() -> None:
    body = "一、工作任务\n(一)建立月度调度机制,市质量办每月10日前召开调度会议。\n"
    extraction = extract_text(city_plan(body), "示范市方案.txt")
    assert [duty.title for duty in extraction.recurring] == ["市质量办召开调度会议"]


def test_a_whole_line_instituting_a_cadence_gives_its_duty_a_mechanism_heading_does_not() -> None:
    """fixG39: "(七)实行季度点评制度,确保任务落实。" is the whole statement and institutes the
    cadence itself (its duty 季度点评); "(七)建立季度点评机制。" only names a mechanism."""
    dated = "(一)2031年6月30日前完成企业库建设。\n"

    def quarterly(line: str) -> list[tuple[str, str]]:
        extraction = extract_text(city_plan("一、工作任务\n" + dated + line + "\n"), "a.txt")
        return [(d.every, d.title) for d in extraction.recurring]

    assert quarterly("(七)实行季度点评制度,确保任务落实。") == [("quarter", "季度点评")]
    assert quarterly("(七)建立季度点评机制。") == []
    assert quarterly("(七)建立季度点评机制,确保任务落实。") == []
