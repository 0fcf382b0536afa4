"""An autonomous county is asked by its short name: 青岭县 or 青岭 for 青岭苗族自治县, as its
own titles and other documents write it. Regression (batch 17): a table's 石柱县 became a region
of its own, so 石柱县…方案的发文字号 looked only at that region and the municipality above it and
answered another document's (missing) number instead of the county's plan the question names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.knowledge.regions import region_aliases
from policybot.knowledge.service import QueryService

# The county's plan, filed under the county's full name (its issuer).
AUTONOMOUS = """青岭苗族自治县人民政府关于印发青岭县示范品牌强县建设实施方案的通知
青府发〔2031〕14号
各乡镇人民政府,县政府各部门:
到2033年,全县新增示范品牌企业6家。(牵头单位:县示范局)
青岭苗族自治县人民政府
2031年4月19日
"""
# Another document that writes the short name, which therefore is a region of the store too.
SHORT = """青岭县人民政府办公室关于印发青岭县个体商户培育工作方案的通知
各乡镇人民政府,县政府各部门:
到2033年,全县新增个体商户300户。(牵头单位:县商务局)
青岭县人民政府办公室
2031年9月30日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("autonomous-county")
    with invented_plans_service(folder, AUTONOMOUS, SHORT) as service:
        yield service


def test_an_autonomous_countys_short_names() -> None:
    assert {"青岭县", "青岭"} <= region_aliases("青岭苗族自治县")
    assert {"青岭县", "青岭"} <= region_aliases("示范市青岭苗族自治县")
    assert "恩山州" in region_aliases("恩山土家族苗族自治州")
    assert region_aliases("湖州市") == {"湖州市", "湖州"}
    # An autonomous region's customary short name is the gazetteer's (answers round 29): 宁夏,
    # 广西 name the region, not a word of the text.
    assert "广西" in region_aliases("广西壮族自治区")


@pytest.mark.parametrize(
    "question",
    ["青岭县示范品牌强县建设实施方案的发文字号是多少?", "青岭示范品牌强县方案发文字号?"],
)
def test_the_plan_the_question_names_answers(service: QueryService, question: str) -> None:
    answer = service.ask(question)
    assert answer.found, answer.headline
    assert "青府发〔2031〕14号" in answer.headline
