"""When a document came out, asked by its month (这个文件是哪个月出的) or plainly (什么时候出的),
of a plan whose 落款 dates it by year and month only (2031年9月): that month, cited."""

from __future__ import annotations

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture

_MONTH_SIGNED = """示范市人民政府办公室关于印发示范市品牌提升行动计划(2031—2033年)的通知
各县(区)人民政府,市政府各部门:
现将《示范市品牌提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2031年9月
示范市品牌提升行动计划(2031—2033年)
一、主要目标
到2033年,全市培育品牌企业50家。
"""

service = plans_fixture("month_signed", _MONTH_SIGNED)


@pytest.mark.parametrize("question", ["这个文件是哪个月出的", "这个文件什么时候出的"])
def test_a_plan_signed_by_month_is_dated_by_that_month(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "2031年9月" in reply
    assert "未找到" not in reply
    assert "品牌提升行动计划" in reply  # the document cited
