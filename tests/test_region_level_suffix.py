"""A place's level suffix is part of its name: an uploaded plan of 白沙市 — a city the gazetteer
does not know — was filed under 白沙黎族自治县, the one county that shares its stem, and answered
for it. The autonomous-county rule (石柱县 is 石柱土家族自治县, ``region_forms``) holds only when
the level written is the county's; otherwise the region stays as the document writes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.region_forms import official_region
from policybot.knowledge.service import QueryService

# An invented city whose stem is a real autonomous county's (白沙黎族自治县 in the gazetteer).
PLAN = """白沙市关于加快推进质量强市建设的实施方案
各乡镇人民政府,市政府各部门:
一、主要目标
到2030年,全市新增示范名牌产品10个,培育示范标杆企业5家。
二、保障措施
市示范局牵头,各有关部门配合。
白沙市人民政府
2029年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("level-suffix")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def test_a_city_is_not_filed_under_a_county_sharing_its_stem() -> None:
    extraction = extract_text(PLAN, "plan.txt")
    assert extraction.document.region == "白沙市"
    assert {target.region for target in extraction.targets} == {"白沙市"}


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("白沙市", "白沙市"),
        ("白沙区", "白沙区"),
        # the county's own level, or none, is still the county
        ("白沙县", "白沙黎族自治县"),
        ("白沙", "白沙黎族自治县"),
        ("重庆市石柱县", "石柱土家族自治县"),
        ("恩施州", "恩施土家族苗族自治州"),
    ],
)
def test_the_level_written_decides_the_autonomous_form(written: str, official: str) -> None:
    assert official_region(written) == official


def test_the_city_is_answered_under_its_own_name(service: QueryService) -> None:
    answer = service.ask("白沙市2030年新增示范名牌产品多少个?")
    assert answer.found, answer.headline
    text = "\n".join([answer.title, answer.headline, *(line.region or "" for line in answer.facts)])
    assert "10个" in text and "自治县" not in text, text
