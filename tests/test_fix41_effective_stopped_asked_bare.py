"""fix41: "什么时候施行" and "停止执行什么时候", asked of the documents with no word naming one,
were read as any dated item (every milestone listed, or the stopping sentence as an item among
them): 施行 and 停止执行 are what a document does, so the reply is the document's effective date
or the document it stops, as "本办法什么时候施行" gets. Invented plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, city_plan, invented_plans_service

MEASURES = """示范市人民政府关于印发示范市品牌建设奖励办法的通知
示政发〔2031〕12号
各县(区)人民政府,市政府各部门:
现将《示范市品牌建设奖励办法》印发给你们,请认真贯彻执行。
示范市人民政府
2031年3月2日
示范市品牌建设奖励办法
第一条 对新获得中国驰名商标的企业,给予100万元奖励。
第二条 2031年12月底前,完成首批品牌企业认定。
第三条 2032年6月底前,建立品牌培育库。
第四条 本办法自2031年4月1日起施行。《示范市品牌奖励暂行办法》(示政发〔2027〕5号)同时停止执行。
"""


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("什么时候施行", "2031-04-01", "建立品牌培育库"),
        ("什么时候开始施行?", "2031-04-01", "建立品牌培育库"),
        ("停止执行什么时候", "示范市品牌奖励暂行办法", "共 1 项"),
        ("什么时候停止执行", "示范市品牌奖励暂行办法", "共 1 项"),
    ],
)
def test_a_bare_question_of_effect_is_about_the_document(
    tmp_path: Path, question: str, said: str, not_said: str
) -> None:
    with invented_plans_service(tmp_path, MEASURES) as service:
        reply = ask(service, question)
    assert said in reply and not_said not in reply and "未找到" not in reply, reply


def test_with_several_documents_the_reply_asks_which(tmp_path: Path) -> None:
    other = city_plan("一、主要目标\n到2033年,新增示范标准40项。\n")
    with invented_plans_service(tmp_path, MEASURES, other) as service:
        reply = ask(service, "什么时候施行")
    assert "请说明是哪份文件" in reply and "新增示范标准" not in reply, reply


def test_the_one_document_of_the_kind_named_is_the_one_asked(tmp_path: Path) -> None:
    """本办法什么时候施行, in a store of one 办法 and a 计划: the 办法 (it said 没有找到所问的文件)."""
    other = city_plan("一、主要目标\n到2033年,新增示范标准40项。\n")
    with invented_plans_service(tmp_path, MEASURES, other) as service:
        reply = ask(service, "本办法什么时候施行")
    assert "2031-04-01" in reply and "未找到" not in reply, reply


def test_an_item_that_takes_effect_is_still_its_own_topic(tmp_path: Path) -> None:
    """新标准什么时候施行: 施行 of a thing the documents name is a question about that thing."""
    with invented_plans_service(tmp_path, MEASURES) as service:
        reply = ask(service, "品牌培育库什么时候建立")
    assert "2032-06-30" in reply, reply
