"""A question about a document's own data (文号, 印发日期) names a region: the region's own
document answers, not the plan of the city above it, which the scope also holds (a city's rules
cover its counties, but a county's document number is its own). New-user trial: after a 安吉县
plan was uploaded, 安吉县的文号是多少 got 湖州市's number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.knowledge.service import QueryService

CITY = """湖州市人民政府办公室关于印发湖州市示范品牌三年行动计划的通知
湖政办发〔2031〕12号
各县区人民政府,市政府各部门:
到2033年,全市新增示范品牌企业30家。(牵头单位:市示范局)
湖州市人民政府办公室
2031年2月3日
"""
COUNTY = """安吉县人民政府办公室关于推进示范品牌建设的实施意见
安政办发〔2031〕27号
各乡镇人民政府,县政府各部门:
到2033年,全县新增示范品牌企业6家。(牵头单位:县示范局)
安吉县人民政府办公室
2031年3月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("county-document")
    with invented_plans_service(folder, CITY, COUNTY) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("安吉县的文号是多少", "安政办发〔2031〕27号"),
        ("安吉县的文件什么时候印发的", "2031-03-05"),
        ("湖州市的文号是多少", "湖政办发〔2031〕12号"),
    ],
)
def test_the_regions_own_document_answers(
    service: QueryService, question: str, expected: str
) -> None:
    answer = service.ask(question)
    assert answer.found, answer.headline
    assert expected in answer.headline


def test_a_replaced_document_is_marked_beside_its_successor(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Trial: /doc 安吉 after a replacement upload (same 文号) showed two identical lines."""
    revised = COUNTY.replace("6家", "8家")
    folder: Path = tmp_path_factory.mktemp("replaced-document")
    with invented_plans_service(folder, CITY, COUNTY, revised) as service:
        listed = service.document("安吉")
    labels = [line.label for line in listed.facts]
    assert len(labels) == 2 and len(set(labels)) == 2
    # trial43: the successor is named when known (已被同名新版本替代 beside a version of its name)
    assert sum(label.endswith("替代)") for label in labels) == 1


def test_a_citys_lookups_include_its_counties_plans(service: QueryService) -> None:
    """Trial: /targets 湖州 did not list an uploaded 安吉县 plan's targets (the gazetteer puts
    安吉县 in 湖州市; the store's tree did not)."""
    listed = service.targets("湖州")
    assert {line.value for line in listed.facts} >= {"30家", "6家"}
    assert service.document("湖州").total == 2
