"""有奖励吗 asked of a district (东湖区有奖励吗): rewards are set in its city's plans, which cover
it. Where the city pays, its rules are listed, saying whose they are; where neither pays, the
reply says so (as /rewards does), not 未找到相关内容,请换个说法."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain

# Invented: a city plan that pays for two achievements, one that pays nothing, and a district
# plan of that city with targets only.
PAYING_CITY = city_plan(
    "一、奖励政策\n"
    "对新获得全国驰誉商标的企业,给予50万元的奖励。\n"
    "对首次通过示范牌认证的企业,给予20万元的奖励。\n"
)
PLAIN_CITY = city_plan("一、主要目标\n到2032年,全市新增示范牌产品30个。\n")
DISTRICT = """示范市东湖区人民政府办公室关于印发东湖区质量提升工作方案的通知
东政办发〔2031〕5号
一、主要目标
到2032年,全区新增示范牌产品8个。
示范市东湖区人民政府办公室
2031年4月2日
"""


def test_a_district_is_shown_its_citys_rewards_as_the_citys(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PAYING_CITY, DISTRICT) as service:
        answer = service.ask("东湖区有奖励吗")
    out = render_plain(answer)
    assert "50万元" in out and "20万元" in out, out
    assert any("上级示范市" in note for note in answer.notes), out


def test_a_district_whose_city_pays_nothing_is_told_so(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAIN_CITY, DISTRICT) as service:
        out = render_plain(service.ask("东湖区有奖励吗"))
    assert "未找到" in out and "没有奖励" in out and "上级示范市的文件也没有" in out, out
    assert "请换个说法" not in out, out
