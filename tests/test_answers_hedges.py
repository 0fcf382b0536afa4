"""A hedge (部分相符) for a question naming its region shows nothing the region's plans do not
say: not sentences sharing a word (分类监管) when the subject's other word (垃圾) is written
nowhere in them, and not another region's lines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a city plan speaking of 分类监管 and never of 垃圾.
PLAN = city_plan(
    "一、重点任务\n"
    "强化生产许可证后监管,对获证企业实行分类监管和日常巡查。\n"
    "各区应结合分类监管要求,合理确定日常巡查频次。\n"
    "到2033年,新增示范牌产品30个。\n"
)
# Invented: another city's plan that does write 垃圾分类.
OTHER = """样板市人民政府办公室关于印发样板市城市管理行动方案的通知
样政办发〔2031〕9号
一、主要任务
到2032年,全市生活垃圾分类覆盖率达到90%。
样板市人民政府办公室
2031年6月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("hedges"), PLAN, OTHER) as service:
        yield service


def test_a_subject_word_the_region_never_writes_is_not_found(service: QueryService) -> None:
    answer = service.ask("示范市垃圾分类监管任务")
    out = render_plain(answer)
    assert not answer.found and not answer.hedged, out
    assert "分类监管" not in out and "90%" not in out, out
    assert "垃圾" in out, out


def test_the_region_that_writes_it_still_answers(service: QueryService) -> None:
    answer = service.ask("样板市垃圾分类覆盖率目标")
    assert "90%" in render_plain(answer)
