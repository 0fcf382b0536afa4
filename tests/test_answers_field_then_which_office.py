"""示范市制造业品牌建设由哪些部门负责 names a field after the place, then asks which office: the
characters up to 部 are no office typed after the place (an office rule read them as one and
answered 未找到:文件没有写明…由哪些部负责的工作)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """二、工作任务
(一)建立推进机制。由市领导小组统筹推进品牌建设各项工作,其中,市经信局负责制造业品牌建设,市商务局负责服务业品牌建设。
到2032年,新增省级名牌产品20个。
"""
)


def test_a_field_then_which_office_is_answered_by_the_office(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "示范市制造业品牌建设由哪些部门负责?")
    assert "未找到" not in reply and "市经信局" in reply.splitlines()[1], reply
