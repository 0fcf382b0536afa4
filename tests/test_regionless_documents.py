"""A plan whose text never names its place is stored without a region (its 文号's code, 安政办,
does not tell 安康 from 安阳 or 安庆). A question naming the place finds it through that
code (``regionless``) instead of being refused; a place whose first character differs, or one
that another place the document names explains, is still out of the store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: no place of its own named anywhere, only the issuer's code in its number.
UNPLACED = """安政办〔2031〕11号
各县(区)人民政府,市人民政府各部门:
经2031年2月25日市政府第12次常务会议研究通过,现将2031年重点工作任务分解如下。
一、加快产业转型
装备制造板块主营业务收入超900亿元。(牵头单位:市发展改革委)
"""

# Invented: its code's character is that of a place it names (新密市), not of any place of 新.
NAMED_INSIDE = """新政文〔2031〕7号
各乡镇人民政府,各街道办事处:
工商注册、税务登记在新密市辖区内的企业,挂牌后奖励30万元。
"""

PLAIN = city_plan("一、主要目标\n到2033年,新增示范标准40项。(牵头单位:市示范标准局)\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("regionless")
    with invented_plans_service(folder, PLAIN, UNPLACED, NAMED_INSIDE) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_the_stored_plan_has_no_region(service: QueryService) -> None:
    index = service.index.current()
    numbered = [d for d in index.documents() if (d.doc_number or "").startswith("安政办")]
    assert numbered and numbered[0].region_id is None


def test_a_place_of_the_plans_code_finds_it(service: QueryService) -> None:
    out = ask(service, "安康装备制造板块主营业务收入要超过多少?")
    assert "答: 900亿元" in out, out
    out = ask(service, "安康2031年重点工作是第几次常务会议通过的?")
    assert "第12次" in out and "未找到" not in out, out


def test_another_place_is_still_out_of_the_store(service: QueryService) -> None:
    out = ask(service, "洛阳装备制造板块主营业务收入要超过多少?")
    assert "未找到" in out and "900亿元" not in out, out


def test_a_code_another_named_place_explains_is_not_every_place_of_its_character(
    service: QueryService,
) -> None:
    out = ask(service, "新乡企业挂牌后奖励多少?")
    assert "未找到" in out and "30万元" not in out, out
