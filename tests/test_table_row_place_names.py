"""A task table with no place column whose rows are named by their district (柯城区新增省名牌产品
of a city's plan): each row's goals are that district's, so /targets of the district, a
question naming it and its reminders find them (trial61 M4: every row was filed under the city,
/targets 柯城区 answered under 全部地区 with the word searched). The places are real (the
gazetteer must know them: the rule reads only the districts it puts in the plan's city); the
text, the figures and the units are invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text

PLAN = """衢州市人民政府办公室关于印发衢州市质量品牌提升行动计划(2031—2033年)的通知
衢政办发〔2031〕12号
各县(市、区)人民政府,市政府各部门:
现将《衢州市质量品牌提升行动计划(2031—2033年)》印发给你们,请认真组织实施。
衢州市人民政府办公室
2031年3月18日
衢州市质量品牌提升行动计划(2031—2033年)
一、工作目标
到2033年,全市新增省名牌产品40个以上。
二、各县(市、区)年度任务
任务 单位 2031年 2032年 2033年 牵头单位
柯城区新增省名牌产品 个 5 6 7 柯城区人民政府
龙游县新增省名牌产品 个 2 3 4 龙游县人民政府
全市新增品牌示范企业 家 10 12 15 市市场监管局
"""

ASKED_AT = datetime(2031, 6, 1, 1, tzinfo=UTC)


def test_rows_named_by_their_district_are_the_districts(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN, now=ASKED_AT) as service:
        listed = answer_text(service, "/targets 柯城区")[0]
        asked = answer_text(service, "龙游县2032年新增省名牌产品要几个?")[0]
        city = answer_text(service, "/targets 衢州")[0]
    assert "柯城区" in listed.splitlines()[0] and "全部地区" not in listed, listed
    assert "5个" in listed and "7个" in listed and "龙游县" not in listed, listed
    assert "答: 3个" in asked and "6个" not in asked, asked
    # the city's own row stays the city's
    assert "全市新增品牌示范企业" in city, city
