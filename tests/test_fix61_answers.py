"""trial45's answer defects (fix61), on invented plans: a city's step addressed to 各区 reaches
each district (M1)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.district_reach import child_names, districts_named
from test_fix46_district_answers import command

DISTRICT_PLAN = city_plan(
    """一、工作目标
(一)到2033年底,全市新增认证企业100家。
(二)各区每年新增认证企业数不少于:东岭区15家、西溪区12家。
二、时间安排
(三)2032年6月底前,各区制定本区实施方案并报市市场监管局备案。
(四)2032年9月底前,完成中期评估。
"""
)


def test_a_step_addressed_to_each_district_reaches_every_district_of_its_kind() -> None:
    regions = [
        (1, "碧川市", None),
        (2, "碧川市南汀区", 1),
        (3, "碧川市北屿县", 1),
        (4, "碧川市乐溪市", 1),
    ]
    children = child_names(regions)

    def reached(text: str) -> set[int]:
        return set(districts_named(1, [text], children))

    assert reached("各区制定本区实施方案") == {2}
    assert reached("各县(市、区)建成标准化服务站") == {2, 3, 4}
    assert reached("各区县(南汀区除外)完成整合") == {3}
    assert reached("推进各区域协调发展") == set()
    assert reached("参照各区经验") == set()
    assert reached("学习云州市各区做法") == set()


def test_a_district_lists_the_citys_step_addressed_to_each_district(tmp_path: Path) -> None:
    """trial45 M1: /subscribe 澄川市临江区 heard nothing of the city's "各区制定本区实施方案"."""
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        listed = command(service, "/deadlines 东岭区")
        asked = ask(service, "东岭区快到期的有啥")
    for reply in (listed, asked):
        assert "各区制定本区实施方案" in reply, reply
        assert "完成中期评估" not in reply, reply
