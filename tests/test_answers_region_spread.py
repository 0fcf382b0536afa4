"""A vague question naming no region (规上企业有啥要求), matched by sentences of two cities'
plans: the reply says the regions differ and names them, never one city's sentence as the
answer for all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: two cities' plans, each with its own demand on 规模以上企业.
FIRST = city_plan(
    "一、主要任务\n"
    "推动全市规模以上企业开展质量诊断,建立首席质量官制度。\n"
    "推动规模以上企业建立首席质量官制度试点。\n"
)
SECOND = """样板市人民政府办公室关于印发样板市质量强市行动方案的通知
样政办发〔2031〕9号
一、工作要求
全市规模以上企业全面推行质量诊断和标准自我声明。
到2032年底,规模以上企业标准自我声明覆盖率达到90%以上。
各县区要加强对规模以上企业的质量诊断指导,每年开展培训不少于4次。
样板市人民政府办公室
2031年6月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("region_spread")
    with invented_plans_service(folder, FIRST, SECOND) as service:
        yield service


def test_a_vague_question_without_a_region_lists_each_region(service: QueryService) -> None:
    answer = service.ask("规上企业质量诊断有啥要求")
    out = render_plain(answer)
    assert answer.headline.startswith("各地不同"), out
    assert "示范市" in answer.headline and "样板市" in answer.headline, out


def test_a_region_named_keeps_its_own_answer(service: QueryService) -> None:
    answer = service.ask("样板市规上企业质量诊断有啥要求")
    out = render_plain(answer)
    assert not answer.headline.startswith("各地不同"), out


def test_each_region_is_shown_once_by_its_best_line(service: QueryService) -> None:
    """规上企业有啥要求 matches three sentences of 样板市 and two of 示范市: one line each,
    not three of one region crowding out the other."""
    answer = service.ask("规上企业有啥要求")
    out = render_plain(answer)
    assert answer.headline.startswith("各地不同"), out
    regions = [line.region for line in answer.facts]
    assert sorted(regions) == ["样板市", "示范市"], out
    assert "还有" not in out, out
