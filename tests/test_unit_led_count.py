"""How many tasks a unit leads is the count of what it leads, never a target's value (trial 44, H2).

"佛山市质监局牵头多少项任务" answered "答: 超过60项", the value of a target the unit leads, as if
it were the number of its tasks; /units gave the unit's count (牵头 N 项). Asked how many tasks or
items a unit leads or is responsible for (牵头/负责 多少项/几项 任务/工作), the reply counts what it
leads, as /units does. Invented plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

PLAN = city_plan("""一、工作目标
到2033年,新增专利转化技术标准超过60项,全市参与标准自我声明公开的企业超过900家。
二、重点任务
(一)推进标准转化。新增专利转化技术标准超过60项。(牵头单位:市标准局;配合单位:市科技局)
(二)开展标准自我声明。全市参与标准自我声明公开的企业超过900家。(牵头单位:市标准局)
(三)加强计量服务。2032年底前建成计量服务中心。(牵头单位:市标准局;配合单位:市财政局)
(四)培育品牌企业。每年新增省级名牌产品不少于10个。(牵头单位:市商务局;配合单位:市标准局)
(五)建设检测平台。2033年6月底前建成公共检测服务平台3个。(牵头单位:市科技局)
""")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("led_count")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def _led_words(service: QueryService) -> str:
    reply, _ = answer_text(service, "/units 示范市 市标准局")
    words = next(line for line in reply.splitlines() if "牵头" in line and "项" in line)
    return words[words.index("牵头") :].split(",")[0].split(",")[0].split("(")[0].strip()


@pytest.mark.parametrize(
    "question",
    [
        "示范市市标准局牵头多少项任务",
        "标准局在示范市牵头多少任务",
        "市标准局牵头几项工作",
        "市标准局负责多少项任务",
    ],
)
def test_a_units_led_count_is_what_units_shows(service: QueryService, question: str) -> None:
    led = _led_words(service)  # 牵头 N 项
    reply = ask(service, question)
    answer = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "超过60项" not in answer, reply
    assert led in answer, (led, reply)


def test_a_target_asked_of_a_units_item_still_gets_its_value(service: QueryService) -> None:
    reply = ask(service, "市标准局牵头的专利转化技术标准要新增多少项")
    assert "60项" in reply, reply
