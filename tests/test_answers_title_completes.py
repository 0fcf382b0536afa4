"""Words of the asked document's own title tell which document is meant, not which of its
sentences answers: a table row (西岭县 | 3.0) of a 封山育林补充计划 answers how much 封山育林
补充任务 西岭县 has, though only the title says 封山育林, and it beats the plan's sentence that
repeats the title's words but says nothing of 西岭县."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a province's plan, a table of its counties' quotas.
PLAN = """示范省林业厅关于下达2031年封山育林补充计划的通知
示林发〔2031〕3号
各市林业局:
现将2031年封山育林补充计划下达给你们,请你单位落实好封山育林地块,做好作业设计,并将封山育林完成数据于12月中旬前上报省林业厅。
附件:2031年封山育林补充计划表
单位:万亩
地区 | 面积
西岭县 | 3.0
东岭县 | 5.5
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("title_completes"), PLAN) as service:
        yield service


def test_a_row_the_title_completes_answers(service: QueryService) -> None:
    answer = service.ask("西岭县2031年封山育林补充任务多少万亩?")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert "3.0" in out.split("出处")[0] and "5.5" not in out, out
