"""Extraction round 17 (issue 11): metadata classes the integrator found through the question
set's uncited answers. Invented texts only."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def test_a_notice_issuing_a_quoted_work_with_more_words_keeps_its_brackets() -> None:
    """关于印发《政府工作报告》重点工作任务分工的通知 issues a division of work that begins with a
    quoted title; the title is the whole name, brackets balanced, not "政府工作报告》…"."""
    text = (
        "示范市甲区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n"
        "示甲政办字〔2031〕3号\n"
        "各街道办事处,区政府各部门:\n"
        "现将《政府工作报告》重点工作任务分工印发给你们,请认真贯彻落实。\n"
        "示范市甲区人民政府办公室\n"
        "2031年4月1日\n"
        "1.全区地区生产总值增长6.5%。(牵头单位:区发改局)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.title == "《政府工作报告》重点工作任务分工"
