"""fix88: a document question naming a title the store does not hold, of a place whose one
plan has another title, is not found — not answered with that plan's number or date, even
where the plan's text speaks of the subject asked or cites the title as its basis (invented
plans only)."""

from __future__ import annotations

import pytest

from tests.invented_plans import ask, city_plan, plans_fixture

_BODY = """一、总体要求
为加快推进质量强市建设,根据《示范市质量发展规划(2030—2035年)》精神,制定本计划。
二、主要目标
到2032年,全市新增中国驰名商标6件。
三、组织领导
成立示范市品牌提升工作领导小组,统筹推进各项工作。
"""

_OTHER_CITY = """样例市人民政府办公室关于印发样例市标准化发展工作方案的通知
样政办发〔2030〕7号
样例市人民政府办公室
2030年5月6日
一、工作目标
到2031年,全市主导制定国家标准10项,推动标准化事业发展。
"""

service = plans_fixture("fix88", city_plan(_BODY), _OTHER_CITY)

_NUMBER = "示政办发〔2031〕41号"


@pytest.mark.parametrize(
    "question",
    [
        "示范市质量强市三年行动计划的文号",  # a subject only the plan's text speaks of
        "示范市质量强市工作方案是哪天发的",
        "示范市标准化发展规划什么时候印发",  # another city's subject
    ],
)
def test_a_title_the_plan_does_not_bear_is_not_found(service, question: str) -> None:
    reply = ask(service, question)
    assert "未找到" in reply, reply
    assert _NUMBER not in reply and "2031-03-02" not in reply, reply
    assert "示范市品牌提升行动计划" in reply  # what the store holds of the place


def test_the_title_the_plan_cites_as_its_basis_is_another_document(service) -> None:
    reply = ask(service, "示范市质量发展规划的文号")
    assert "未找到" in reply, reply
    assert _NUMBER not in reply
    assert "《示范市质量发展规划(2030—2035年)》是它引用的文件" in reply


@pytest.mark.parametrize(
    "question",
    [
        "示范市那个文件的文号",
        "示范市品牌提升行动计划的文号",
        "示范市品牌提升计划的文号",  # a short form
        "示范市品牌行动计划的文号",
        "示范市品牌提生计划的文号",  # a slip no document writes
        "示範市品牌提升計劃的文號",  # traditional characters
        "示范市品牌提升计划是根据哪个文件制定的",  # asks what it was made under
    ],
)
def test_the_place_alone_and_forms_of_the_held_title_still_answer(service, question: str) -> None:
    reply = ask(service, question)
    assert "未找到" not in reply, reply
