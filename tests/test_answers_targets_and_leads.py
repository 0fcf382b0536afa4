"""目标分别是多少,谁牵头: the targets and their leads asked at once. The region's lead units
alone (the 谁牵头 directory) dropped the targets; the list of targets comes with its leads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a plan whose task table gives targets and their lead units.
PLAN = """示范市人民政府办公室关于印发示范市品牌提升行动计划(2031—2033年)的通知
示政办发〔2031〕41号
示范市人民政府办公室
2031年3月2日

一、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 新增示范牌产品30个以上 市市场监管局 市经信局 2033年12月31日
2 新增标准化示范企业20家以上 市标准化院 市商务局 2033年12月31日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("targets_leads"), PLAN) as service:
        yield service


def test_targets_and_their_leads_asked_at_once(service: QueryService) -> None:
    answer = service.ask("示范市的目标分别是多少,谁牵头")
    out = render_plain(answer)
    assert "30个" in out and "20家" in out, out
    assert "牵头: " in out and "市市场监管局" in out, out


def test_who_leads_alone_is_still_the_units(service: QueryService) -> None:
    out = render_plain(service.ask("示范市的牵头单位是谁"))
    assert "市市场监管局" in out and "30个" not in out, out
