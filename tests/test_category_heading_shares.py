"""哪两个市州 of a notice whose annex lists the winners under 一、市(州): the lines under that
heading say the category asked through it, so the notice's sentence granting the prize (which
names the winners but not the word 市州) does not cap them as a partial match when another
document of the store writes 市州. Every text is invented (样板省, made-up places)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

NOTICE = """样板省人民政府办公厅关于2031年度春耕生产目标考核结果的通报
各市(州)、县(市、区)人民政府:
按照《样板省春耕“金犁杯”评选办法》,经严格考核评比,省政府决定授予甲乙州、丙丁市人民政府和丙丁市戊区等12个县(市、区)人民政府2031年度样板省春耕“金犁杯”。
获得“金犁杯”的市(州)、县(市、区)要珍惜荣誉,再创佳绩。
附件:获得2031年度样板省春耕“金犁杯”单位名单
样板省人民政府办公厅
2032年2月1日
获得2031年度样板省春耕“金犁杯”单位名单
一、市(州)
甲乙州人民政府丙丁市人民政府
二、县(市、区)
戊区人民政府己县人民政府
"""

# Another document writing 市州 (so the word is known elsewhere in the store).
OTHER = city_plan(
    """一、工作要求
全省21个市州要加强对品牌培育工作的指导,各市州市场监管部门2032年底前完成培育企业库建设。(牵头单位:市市场监管局)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("category_heading")
    with invented_plans_service(folder, NOTICE, OTHER) as service:
        yield service


def test_the_lines_under_the_category_heading_answer(service: QueryService) -> None:
    reply = ask(service, "样板省2031年度春耕金犁杯授予了哪两个市州?")
    assert "甲乙州人民政府丙丁市人民政府" in reply, reply
    assert "部分相符" not in reply and "未找到" not in reply, reply
