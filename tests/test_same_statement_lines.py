"""A plan stating one target twice — in a body sentence and as a row of its task table —
is listed once (trial 34): the richer line, the one naming its lead unit."""

from __future__ import annotations

from pathlib import Path

from invented_plans import invented_plans_service
from policybot.knowledge.answers import Citation, FactLine
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.same_lines import one_per_statement

TWICE = """示范市人民政府办公室关于印发示范市创新提升行动计划(2031—2033年)的通知
示政办发〔2031〕9号
示范市人民政府办公室
2031年3月2日
示范市创新提升行动计划(2031—2033年)
一、工作目标
2031—2033年,全市参与星火改革的企业不少于800家。力争到2033年底,全市参与星火改革的企业不少于800家。
二、重点工作
1.强化创新引领。2031—2033年,全市众创空间数量每年增长12%。
三、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 全市众创空间数量增长12% 市科创局 市财政局 2032年
"""


def test_a_target_stated_in_a_sentence_and_a_table_row_is_listed_once(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, TWICE) as service:
        answer = service.ask("众创空间")
    same = [line for line in answer.facts if line.value == "12%" and line.due is not None]
    days = [line.due for line in same]
    assert len(days) == len(set(days)), answer.facts
    assert any("市科创局" in line.lead_units for line in same), answer.facts


def _sentence(label: str, number: int) -> FactLine:
    citation = Citation(document_id=1, document="示范市创新提升行动计划", quote=label)
    return FactLine(kind=PASSAGE, fact_id=number, label=label, citation=citation, region="示范市")


def test_sentences_are_never_folded() -> None:
    """Only value lines fold: two sentences with one value clause may still say two things."""
    rules = [
        _sentence("2031—2033年,全市参与星火改革的企业不少于800家", 5),
        _sentence("力争到2033年底,全市参与星火改革的企业不少于800家。", 6),
        _sentence("对获得甲级认定的,奖励100万元", 1),
        _sentence("对获得乙级认定的,奖励100万元", 2),
        _sentence("2031年,全市新增星火企业不少于800家", 3),
        _sentence("2032年,全市新增星火企业不少于800家", 4),
    ]
    assert one_per_statement(rules) == rules
