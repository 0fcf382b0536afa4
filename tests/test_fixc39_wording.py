"""fixC39: the 每期日期 refusal says its clear hint once; a 任务分解表 keeps its 表. Invented text."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from policybot.knowledge.editing import EditError, duty_day_columns
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.uploads import _preview


def test_the_duty_day_refusal_gives_its_clear_hint_once() -> None:
    duty = SimpleNamespace(every="month", due_month=None)
    with pytest.raises(EditError) as refused:
        duty_day_columns("看情况再定", duty)
    message = str(refused.value)
    assert message.count("清空") == 1, message
    assert "(输入 - 清空,即每期期末)" in message, message


def test_a_task_breakdown_table_title_keeps_its_last_character() -> None:
    text = (
        "试点市质量强市重点任务分解表\n试政办发〔2027〕8号\n试点市人民政府办公室\n2027年2月10日\n\n"
        "实施期限为2027年至2028年。\n\n序号\t工作任务\t牵头单位\t完成时限\n"
        "1\t完善质量统计监测体系\t市统计局\t2027年12月31日\n"
    )
    extraction = extract_text(text, "plan.txt")
    assert extraction.document.title == "试点市质量强市重点任务分解表"
    assert _preview("plan.txt", extraction, []).title == "试点市质量强市重点任务分解表"
