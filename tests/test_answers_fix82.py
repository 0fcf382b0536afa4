"""fix82: a document asked by a subject its place's documents never speak of is not found, not
the place's only plan (invented plans only)."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import render_plain
from tests.invented_plans import ask, city_plan, invented_plans_service, plans_fixture

_BODY = """一、主要目标
到2032年,全市新增中国驰名商标6件。
二、组织领导
成立示范市品牌提升工作领导小组,统筹推进各项工作。
"""

_OTHER_CITY = """样例市人民政府办公室关于印发样例市全面推行河长制工作方案的通知
样政办发〔2030〕7号
样例市人民政府办公室
2030年5月6日
一、工作目标
到2031年,全面建立河长制,各级河长全部到位。
"""

service = plans_fixture("fix82", city_plan(_BODY), _OTHER_CITY)


def test_document_of_a_subject_the_place_never_speaks_of_is_not_found(service) -> None:
    reply = ask(service, "示范市全面推行河长制工作方案是哪天发布的")
    assert "未找到" in reply
    assert "2031-03-02" not in reply and "品牌提升" not in reply


def test_place_only_or_its_title_in_short_still_answers(service) -> None:
    for question in (
        "示范市那个文件是哪天印发的",
        "示范市品牌提升计划哪天印发的",
        "示范市品牌提生计划哪天印发的",  # a slip no document writes
    ):
        assert "2031-03-02" in ask(service, question), question


_NOTE_ONLY = """一、主要目标
到2032年,全市新增中国驰名商标6件。
二、重点任务
1.完成示范城市创建验收。2032年底前完成全部创建工作任务。(牵头单位:市品牌办,配合单位:示范市品牌提升领导小组各成员单位)
"""


def test_body_named_only_in_a_note_is_not_found_never_dates(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_NOTE_ONLY)) as noted:
        reply = ask(noted, "示范市的领导小组叫什么")
    assert "未找到" in reply
    assert "2032-12-31" not in reply and "答:" not in reply
    assert "原文提到" in reply and "领导小组各成员单位" in reply


def test_body_name_with_an_aside_then_its_short_name(tmp_path: Path) -> None:
    body = (
        "一、组织领导\n由市品牌提升(质量强市)工作领导小组(以下简称市领导小组)统筹推进各项工作。\n"
        "二、部门协同\n在区质量强区工作领导小组领导下,建立工作协调机制。\n"
    )
    with invented_plans_service(tmp_path, city_plan(body)) as named:
        reply = ask(named, "示范市的领导小组叫什么")
    assert "答: 市品牌提升(质量强市)工作领导小组" in reply


def test_district_body_under_which_it_works_is_its_own(tmp_path: Path) -> None:
    plan = """样例市东澜区人民政府办公室关于印发东澜区品牌建设实施意见的通知
东政办发〔2031〕5号
样例市东澜区人民政府办公室
2031年4月2日
一、加强组织领导
在区品牌建设工作领导小组领导下,建立工作协调机制。
二、主要目标
到2032年,全区新增中国驰名商标2件。
"""
    with invented_plans_service(tmp_path, plan) as district:
        reply = ask(district, "东澜区的领导小组叫什么")
    assert "答: 区品牌建设工作领导小组" in reply


_LEVEL_RULES = """一、主要目标
到2032年,全市主导制修订标准20项。
二、奖励政策
对主导制修订国家标准、省地方标准的单位,分别给予60万元、20万元的奖励。
"""
_TWO_ITEMS = _LEVEL_RULES + "对参与制修订国家标准、省地方标准的单位,分别给予16万元、4万元的奖励。\n"


def test_one_item_rewarded_at_both_levels_gives_the_difference(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_LEVEL_RULES)) as levels:
        reply = ask(levels, "示范市国家级比省级多奖多少")
    headline = reply.splitlines()[1]
    assert headline.startswith("答: 多40万元("), reply
    assert "60万元" in headline and "20万元" in headline


def test_several_items_at_both_levels_are_hedged_with_both_sums(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_TWO_ITEMS)) as levels:
        reply = ask(levels, "示范市国家级比省级多奖多少")
        one = ask(levels, "示范市参与制修订国家级标准比省级多奖多少")
    assert "请说明" in reply and "未找到" not in reply
    for sum_ in ("60万元", "20万元", "16万元", "4万元", "多40万元", "多12万元"):
        assert sum_ in reply, (sum_, reply)
    assert one.splitlines()[1].startswith("答: 多12万元("), one


_OTHER_CITY_RULES = """样例市人民政府关于实施商标战略的意见
样政发〔2031〕8号
样例市人民政府
2031年5月6日
一、奖励措施
对我市获得中国驰名商标的企业,一次性奖励30万元。
"""
_OWN_RULES = """一、主要目标
到2032年,全市新增中国驰名商标6件。
二、奖励政策
对通过行政途径新获得中国驰名商标的企业,给予100万元的奖励。
"""


def test_two_cities_rewards_written_each_its_own_way_are_subtracted(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_OWN_RULES), _OTHER_CITY_RULES) as both:
        more = ask(both, "示范市驰名商标奖励比样例市多多少")
        less = ask(both, "样例市驰名商标奖励比示范市少多少")
    assert more.splitlines()[1].startswith("答: 多70万元("), more
    assert less.splitlines()[1].startswith("答: 少70万元("), less
    assert "100万元" in more and "30万元" in more


def test_two_cities_rewards_compared_with_a_cue_are_each_looked_up(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_OWN_RULES), _OTHER_CITY_RULES) as both:
        which = render_plain(both.ask("样例市和示范市驰名商标奖励相比哪个多"))
        routed = both.route("样例市和示范市驰名商标奖励相比哪个多")
    assert routed.comparison is None  # (/compare pairs targets only)
    assert "答: 示范市更多: 100万元;样例市 30万元" in which, which
