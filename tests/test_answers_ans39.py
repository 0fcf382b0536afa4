"""Answers of stop 39 (issue 12, ans39) on invented plans: an older document asked about by its
title rather than its number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: a plan whose closing clause stops an older 若干意见 of the city, quoting its title
# and number.
STOPPING_PLAN = city_plan(
    "一、奖励办法\n对新获得省级品牌的企业给予10万元奖励。\n"
    "二、附则\n本计划自2031年3月2日起实施。《示范市人民政府关于加快推进示范产业发展的若干意见》"
    "(示政发〔2020〕12号)同时停止执行。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("ans39"), STOPPING_PLAN) as service:
        yield service


@pytest.mark.parametrize(
    "question",
    [
        "示范市关于加快推进示范产业发展的若干意见被哪个文件停掉了?",
        "示范市加快推进示范产业发展的若干意见还有效吗",
    ],
)
def test_an_older_document_named_by_its_title_is_said_stopped(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "未找到" not in reply, reply
    assert "停止执行" in reply and "示政发〔2020〕12号" in reply, reply
    assert "由《示范市品牌提升行动计划(2031—2033年)》替代" in reply, reply


def test_the_stopping_plan_asked_by_its_own_title_still_lists_what_it_stops(
    service: QueryService,
) -> None:
    reply = ask(service, "示范市品牌提升行动计划停止执行了哪个文件?")
    assert "停止执行的文件" in reply, reply


# Invented: a reward article whose numbered items name what they reward on a line of their own
# (1)农业外资。), the rule following in the next sentence.
LABELLED_ITEMS_PLAN = city_plan(
    "一、奖励补助对象\n围绕招商引资、品牌创建等关键环节,重点扶持示范基地。\n"
    "二、奖励补助内容及标准\n1.招商引资\n"
    "1)农业外资。以市商务局确认结果为依据,按实际到账资金的1‰予以奖励。\n"
    "2)工业内资。以市发改委确认结果为依据,按实际到账资金的2‰予以奖励。\n"
)


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("ans39labels"), LABELLED_ITEMS_PLAN
    ) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "rate", "other"),
    [("示范市农业外资到账了,按多少比例奖?", "1‰", "2‰"), ("工业内资按什么比例奖励", "2‰", "1‰")],
)
def test_a_numbered_items_rule_is_read_with_its_label(
    labelled: QueryService, question: str, rate: str, other: str
) -> None:
    reply = ask(labelled, question)
    assert "未找到" not in reply and "部分相符" not in reply, reply
    assert rate in reply.splitlines()[1] and other not in reply, reply


# Invented: a government's 通报 whose sentence names it in short as the one deciding the award.
AWARD_NOTICE = """示范市人民政府关于表彰2031年度示范市市长质量奖获奖单位的通报
示政发〔2031〕8号
各县(区)人民政府,市政府各部门:
为引导激励全市各行各业提高质量,根据《示范市市长质量奖管理办法》,经自愿申报、资格审查、专家评审和社会公示,市政府研究决定,授予示范精工股份有限公司等2家企业“2031年度示范市市长质量奖”。
希望获奖单位珍惜荣誉,再接再厉。
示范市人民政府
2031年12月20日
"""


def test_who_grants_an_award_is_the_issuing_government_named_in_full(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("ans39award"), AWARD_NOTICE) as service:
        reply = ask(service, "我们是示范精工,2031年度示范市市长质量奖是谁授予的?")
    assert reply.splitlines()[1] == "答: 示范市人民政府(文中“市政府”)", reply
