"""ans58: three of batch qa58's first misses, each a word of how people ask that the parser did
not know: 那一条 (jieba's 那 + 一条) pointing at a line, searched as a word and made the answer a
partial match; GDP read as 地区生产总值 though most plans write 全县/全市生产总值; and 是不是这个月
转发的, of a plan a government forwards (现转发给你们), not read as the document's date."""

from __future__ import annotations

from invented_plans import ask, city_plan, plans_fixture
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

DUTIES = city_plan(
    "一、2031年重点工作\n"
    "1. 全市生产总值增长7%左右。责任单位:市发改委(首位单位为牵头单位)、市统计局\n"
    "2. 一般公共预算收入增长6%。责任单位:市财政局\n"
)
FORWARDED = """范例区人民政府办公室关于转发《范例区海塘城市建设实施方案》的通知
范府办发〔2031〕8号
各街道办事处、镇人民政府,区政府各委、办、局:
区建设委拟定的《范例区海塘城市建设实施方案》已经区政府同意,现转发给你们,请认真按照执行。
范例区人民政府办公室
2031年2月10日
范例区海塘城市建设实施方案
一、工作目标
到2033年,全区建成海塘示范片区5个。
"""

service = plans_fixture("ans58", DUTIES, FORWARDED)


def test_that_line_pointed_at_is_no_search_word(service: QueryService) -> None:
    reply = ask(service, "示范市生产总值增长那一条是哪个部门牵头?")
    assert "市发改委" in reply, reply
    assert "仅供参考" not in reply, reply


def test_gdp_finds_the_plans_own_gross_product(service: QueryService) -> None:
    reply = ask(service, "示范市GDP和一般公共预算收入各要增长多少")
    assert "7%左右" in reply and "6%" in reply, reply


def test_whether_a_forwarded_plan_came_out_this_month_is_its_date(service: QueryService) -> None:
    # answered by the day it came out, whatever the month asked
    reply = answer_text(service, "范例区海塘城市那个方案是不是这个月转发的?")[0]
    assert "2031-02-10" in reply, reply


def test_the_first_article_asked_keeps_its_number(service: QueryService) -> None:
    # 那一条 is taken out as asking; 第一条 (the article asked for) never lost its 一条: the
    # words read were 基本 原则 第, and the reply listed every principle but the first.
    parsed = service.parse("示范市行动计划基本原则第一条是什么?")
    assert "第一条" in parsed.words, parsed.words
