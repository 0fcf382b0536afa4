"""Answers after the fresh batch qa39 (issue 12): near misses are refused. A quarter asked (三季度)
of a report that writes other quarters only (二季度执行情况); a figure of 到2033年 asked for the
year its paragraph speaks of apart (到2040年…, no figure); a bare level (市地方标准) asked of a
rule that pays only another level's (省地方标准); an amount below every threshold a tiered rule
starts at; the number of a document that states none, not the placeless national title it
quotes. Every text is invented (made-up places, figures and names); each test has its
answered twin, so refusing everything cannot pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

QUARTER_REPORT = """青禾镇2031年度重点工作计划二季度执行情况
序号 重点工作 责任科室 工作任务安排 第二季度完成情况
1 青禾水库工程政策处理 水利办 推进移民安置工作。 该工程库区移民安置进度达45%。
2 美丽城镇建设 城建办 按时间节点推进项目。 本年度12个项目完成投资800万元。
"""


STANDARDS = city_plan(
    """二、奖励政策
对主导制修订国际标准、国家标准、省地方标准的单位,分别给予80万元、40万元、8万元的奖励。
"""
)

TAX_TIERS = """北岭县纳税大户奖励办法
一、凡当年上缴税金总额达到200万元及以上的企业,一次性奖励人民币2万元。
二、凡当年上缴税金达到80万元的企业,一次性奖励人民币6000元;上缴税金达到40万元的企业,一次性奖励人民币4000元。
"""

QUOTING = """当前位置:法规库 > 基本法规 > 正文
类 别:基本法规文 号:颁发日期:2031-08-25
地 区:南屏市行 业:全行业时效性:有效
为统筹推进南屏市质量强市建设,根据《质量强国建设纲要》(中发〔2030〕9号)和《南屏市质量发展规划》(南政发〔2030〕5号),结合本市实际,提出如下实施意见。
一、总体要求
(一)总体目标。到2033年,南屏市经济发展质量效益明显提高,品牌建设取得更大进展。产品、工程、服务质量水平进一步提升,农产品抽检合格率和食品抽检合格率达到98%以上,制造业产品质量合格率达到93.5%,服务质量满意度进一步提升。到2040年,质量强市建设取得突破性进展,质量文化蔚然成风。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa43")
    with invented_plans_service(folder, QUARTER_REPORT, STANDARDS, TAX_TIERS, QUOTING) as service:
        yield service


def test_another_quarter_asked_of_a_quarter_report_is_refused(service: QueryService) -> None:
    reply = ask(service, "青禾镇青禾水库工程三季度移民安置进度达到多少?")
    assert "未找到" in reply and "45%" not in reply
    assert "45%" in ask(service, "青禾镇青禾水库工程二季度移民安置进度达到多少?")


def test_a_year_its_paragraph_speaks_of_apart_gets_no_other_years_figure(
    service: QueryService,
) -> None:
    reply = ask(service, "南屏市到2040年制造业产品质量合格率要达到多少?")
    assert "未找到" in reply and "93.5%" not in reply
    assert "93.5%" in ask(service, "南屏市到2033年制造业产品质量合格率要达到多少?")


def test_a_bare_level_asked_of_another_levels_rule_is_refused(service: QueryService) -> None:
    reply = ask(service, "示范市对主导制修订市地方标准的单位奖多少?")
    assert "未找到" in reply and "8万元" not in reply
    assert "8万元" in ask(service, "示范市对主导制修订省地方标准的单位奖多少?")


def test_an_amount_below_every_threshold_is_refused(service: QueryService) -> None:
    reply = ask(service, "北岭县一年上缴税金10万元的企业能奖多少?")
    assert "未找到" in reply
    assert "4000元" in ask(service, "北岭县一年上缴税金40万元的企业能奖多少?")


def test_a_document_without_a_number_is_not_given_a_placeless_quoted_one(
    service: QueryService,
) -> None:
    reply = ask(service, "南屏市贯彻质量强国建设纲要的实施意见文号是多少?")
    assert "未找到" in reply and "中发〔2030〕9号" not in reply
    assert "南政发〔2030〕5号" in ask(service, "南屏市质量发展规划的文号是多少?")
