"""Questions round 20 (issue 12): general answering failures the tenth question batch (qa20)
showed. The store holds invented documents (样板县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.answers import NOT_FOUND
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)


def _plan(year: int, growth: str) -> str:
    return (
        f"样板县人民政府关于印发样板县{year}年国民经济和社会发展计划的通知\n"
        f"样政发〔{year}〕3号\n"
        "各乡镇人民政府,县政府各部门:\n"
        f"《样板县{year}年国民经济和社会发展计划》已经县人民代表大会审议批准,现印发给你们。\n"
        "样板县人民政府\n"
        f"{year}年4月2日\n"
        f"样板县{year}年国民经济和社会发展计划\n"
        f"{year}年全县地区生产总值同比增长{growth}以上,固定资产投资同比增长9%以上。\n"
    )


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa20")
    with invented_plans_service(
        Path(folder), _plan(2031, "4.5%"), _plan(2032, "7.5%"), now=ASKED
    ) as service:
        yield service


def test_a_two_digit_year_is_the_year_of_this_century(service: QueryService) -> None:
    reply = _ask(service, "样板县32年地区生产总值增长多少?")
    assert "7.5%" in reply and "4.5%" not in reply
    reply = _ask(service, "样板县31年地区生产总值增长多少?")
    assert "4.5%" in reply and "7.5%" not in reply


def test_a_two_digit_year_no_plan_covers_is_not_found(service: QueryService) -> None:
    # 36年 is 2036: neither plan's year, so nothing is offered in its place
    reply = _ask(service, "样板县36年地区生产总值增长多少?")
    assert NOT_FOUND in reply and "%" not in reply


RELIEF = """样板县人民政府办公室关于印发样板县2031年重点工作责任分解的通知
样政办发〔2031〕8号
各乡镇人民政府,县政府各部门:
现将《样板县2031年重点工作责任分解》印发给你们,请认真贯彻执行。
样板县人民政府办公室
2031年3月2日
样板县2031年重点工作责任分解
1.全面落实各类稳企业政策,大力实施减税、减费措施,力争减轻企业各类负担12亿元。
2.新建改造农村公路80公里,完成危桥改造5座。
"""


@pytest.fixture(scope="module")
def relief_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa20-relief")
    with invented_plans_service(Path(folder), RELIEF, now=ASKED) as service:
        yield service


def test_jianfu_is_asked_as_the_documents_jianqing_fudan(relief_service: QueryService) -> None:
    # 减负 is how people say 减轻…负担: the sentence answers without a hedge
    reply = _ask(relief_service, "我们是样板县的企业,2031年县里说要给企业减负多少?")
    assert "12亿元" in reply and "部分相符" not in reply
