"""trial51's document questions, on an invented plan: 有效期 asked of a plan named short
(M1: 没有找到所问的文件 for a seed plan, 有效期 taken as a word naming the document; this
invented plan was answered before too — the test keeps it so) and 几号文 (M2: read as 哪天, a
list of stage dates instead of the 文号)."""

from __future__ import annotations

from tests.invented_plans import ask, city_plan, plans_fixture, task_table_plan

_BODY = """一、工作目标
到2033年,全市有效期内省级名牌产品达到20个。
二、实施步骤
(一)推进阶段(2031年6月—2033年9月)。各责任单位全面推进落实。
(二)总结阶段(2033年10月—2033年12月)。总结评估各项工作目标的完成情况。
"""

# (a second city's plan beside: with one document in the store, any question finds it)
service = plans_fixture("trial51_documents", city_plan(_BODY), task_table_plan())


def test_validity_asked_of_a_plan_named_short_answers_its_term(service) -> None:
    reply = ask(service, "示范市计划有效期到什么时候")
    assert "没有找到所问的文件" not in reply, reply
    assert "2033" in reply.splitlines()[1], reply


def test_which_numbered_document_is_its_doc_number(service) -> None:
    reply = ask(service, "示范市品牌提升计划是几号文")
    assert "示政办发〔2031〕41号" in reply.splitlines()[1], reply
