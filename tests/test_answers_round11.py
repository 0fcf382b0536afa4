"""Questions round 11 (issue 12): general answering failures the sixth question batch (phone)
showed. The store holds invented documents (样板市 and its towns, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

ENERGY = """样板市人民政府办公室关于分解下达2042年度能源消耗强度目标的通知
各镇人民政府,市各有关部门:
我市2042年单位GDP能耗降幅目标为3.1%,增量进度控制目标为27万吨标准煤。现将2042年度能源消耗强度目标分解下达给你们。
附件:样板市2042年度能源消耗强度目标分解表
样板市人民政府办公室
2042年8月2日
样板市2042年度能源消耗强度目标分解表
地区 | 单位规上工业增加值能耗降幅目标(%) |
全市 | 3.1 |
甲山镇 | 3.3 |
乙河镇 | 2.9 |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("round11"), ENERGY) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_towns_figure_is_not_its_citys_total(service: QueryService) -> None:
    """The city sets 27万吨 for itself and a 降幅 per town: a town asked for the city's own
    kind of figure has none of its own, and the reply says whose the 27万吨 is."""
    reply = ask(service, "样板市甲山镇2042年增量进度控制目标是多少万吨标准煤?")
    assert reply.startswith("样板市甲山镇") and "未找到" in reply.splitlines()[1]
    assert "甲山镇单列的数字" in reply and "27万吨标准煤" in reply and "全市" in reply
    # The city itself, and the town's own figure, are answered as before.
    assert "答: 27万吨标准煤" in ask(service, "样板市2042年增量进度控制目标是多少?")
    own = ask(service, "样板市甲山镇规上工业增加值能耗降幅目标是多少?")
    assert "答: 3.3%" in own and "未找到" not in own
