"""A place's short name people shorten further (内蒙 for 内蒙古, a glossary entry) names the place.

The documents write 内蒙 only inside 内蒙古, so the sentence index knows the word and the glossary
(which reads a term as its meaning only where the documents do not use it themselves) never
rewrote it: 内蒙十四五单位GDP能耗下降多少 was read with no place, every region's facts searched,
and another region's figure came first (q1632)."""

from __future__ import annotations

from invented_plans import ask, plans_fixture
from policybot.knowledge.service import QueryService

# Invented: an autonomous region's plan, and a city's plan with a like figure.
AUTONOMOUS = """内蒙古自治区人民政府办公厅关于印发示例节能工作方案的通知
内政办发〔2031〕5号
内蒙古自治区人民政府办公厅
2031年3月2日
一、主要目标
到2033年,全区单位地区生产总值能源消耗比2030年下降14%。
"""
CITY = """样板市人民政府办公室关于印发样板市节能工作方案的通知
样政办发〔2031〕6号
样板市人民政府办公室
2031年3月5日
一、主要目标
到2033年,全市单位地区生产总值能源消耗比2030年下降19%。
"""

service = plans_fixture("short_place_names", AUTONOMOUS, CITY)


def test_the_shortened_name_is_read_as_the_place(service: QueryService) -> None:
    parsed = service.parse("内蒙单位GDP能耗下降多少?")
    assert parsed.region_text is not None and parsed.region_ids, parsed
    reply = ask(service, "内蒙单位GDP能耗下降多少?")
    assert "14%" in reply, reply
    assert "19%" not in reply, reply


def test_a_place_typed_in_full_is_echoed_in_full(service: QueryService) -> None:
    # attack58 H10's refusal said 收录的文件没有石鼓的内容 for 我们公司在石鼓县…: the 县 typed was
    # dropped (echoed words never lose characters).
    reply = ask(service, "石鼓县单位GDP能耗下降多少?")
    assert "没有石鼓县的内容" in reply, reply
