"""A date question whose words are all too common to name a topic (通过, 验收, 创建) lists the
deadlines that say every one of them, not every deadline of the region (attack36: 佛山什么时候
通过省验收 gave 199 items)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Many dated items, most of them with 完成/通过/验收/创建 somewhere (made-up).
PLAN = city_plan(
    """一、工作安排
确保2031年中通过省预验收,2031年底完成全部创建工作任务,力争2032年通过国家正式验收。
2032年底前完成质检中心验收。
2031年9月底前完成标准化示范区创建方案编制。
2032年6月底前建成计量测试平台。
2033年底前培育品牌企业30家。
2032年底前新增省名牌产品15个。
2033年6月底前完成质量基础设施一站式服务站建设。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("common_words")
    now = datetime(2031, 3, 10, 1, tzinfo=UTC)
    with invented_plans_service(folder, PLAN, now=now) as service:
        yield service


def test_common_words_pick_the_deadlines_that_say_them_all(service: QueryService) -> None:
    reply = ask(service, "示范市什么时候通过省验收")
    assert "通过省预验收" in reply and "通过国家正式验收" in reply, reply
    assert "计量测试平台" not in reply and "品牌企业" not in reply, reply


def test_no_deadline_saying_them_all_keeps_the_region_list(service: QueryService) -> None:
    reply = ask(service, "示范市什么时候到期")
    assert "计量测试平台" in reply and "品牌企业" in reply, reply
