"""fix82: a document asked by a subject its place's documents never speak of is not found, not
the place's only plan (invented plans only)."""

from __future__ import annotations

from tests.invented_plans import ask, city_plan, plans_fixture

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
