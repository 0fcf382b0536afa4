"""Answers after the fresh batch qa50 (issue 12, helper qa57). A plan asked for its own 文号,
which it does not state, is not answered with the number of another place's document it quotes
as its basis; 不够 is read as the documents' 不足 (不足部分由…解决). Every text is invented."""

from __future__ import annotations

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge.service import QueryService

# A 州's plan without a number of its own, made under its province's plan, quoted with its number.
PREFECTURE_PLAN = """青川州推进紧密型医联体建设实施方案
为认真贯彻落实《关于印发青岭省推进紧密型医联体建设实施方案的通知》(青岭卫〔2031〕58号)精神,推动医联体建设,结合我州实际,制定本实施方案。
一、工作目标
到2032年底,全州县域内就诊率达到90%左右。
二、保障措施
各县要加强组织领导,确保各项任务落到实处。
青川州人民政府办公室
2031年10月31日
"""

SUBSIDY_PLAN = city_plan(
    "一、补助标准\n"
    "根据《示范省人民政府办公厅关于加快小型堤防加固工程建设的通知》(示省政办发〔2030〕5号)中关于"
    "“省对一般小型堤防实行定额补助,每公里补助20万元,不足部分由地方自行解决”的有关精神,"
    "市级补助资金分两年下达。\n"
)

service = plans_fixture("qa57", PREFECTURE_PLAN, SUBSIDY_PLAN)


def test_another_places_quoted_number_is_not_the_plans_own(service: QueryService) -> None:
    reply = ask(service, "青川州推进紧密型医联体建设实施方案的文号是多少?")
    assert "青岭卫" not in reply, reply


def test_the_quoted_number_is_still_given_when_the_basis_is_asked(service: QueryService) -> None:
    reply = ask(service, "青川州医联体建设实施方案是根据省里哪个文件制定的?")
    assert "青岭省推进紧密型医联体建设实施方案" in reply, reply


def test_not_enough_is_read_as_the_documents_short_of(service: QueryService) -> None:
    reply = ask(service, "定额补助不够怎么办?")
    assert "不足部分由地方自行解决" in reply and "仅供参考" not in reply, reply
