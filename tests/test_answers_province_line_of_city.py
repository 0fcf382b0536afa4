"""A city asked of what only its province's notice says (白银市在考核里是什么等级): the notice's
line naming the city answers, not its first lines, which are other cities' — and the reply still
says the lines are the province's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.provinces import gazetteer_parents
from policybot.knowledge.service import QueryService

# Invented (real places, invented text): a province's commendation of its cities by grade, and one city's own plan (so the
# city is a region of the store, whose own documents do not speak of the grades).
PROVINCE_NOTICE = """甘肃省人民政府办公厅关于表彰实施祖厉河流域治理三年行动方案先进单位的通报
甘政办发〔2031〕12号
各市人民政府,省政府各部门:
按照祖厉河流域治理三年行动方案考核办法,经省政府同意,对考核等级为优秀的兰州市、天水市各奖励200万元;对考核等级为良好的武威市、张掖市各奖励130万元;对考核等级为达标的白银市、金昌市各奖励70万元。
甘肃省人民政府办公厅
2031年3月2日
"""

CITY_PLAN = """白银市人民政府办公室关于印发白银市品牌提升行动计划的通知
白政办发〔2031〕5号
白银市人民政府办公室
2031年4月1日
一、主要目标
到2033年,新增省级品牌企业20家。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("province_line")
    with invented_plans_service(folder, PROVINCE_NOTICE, CITY_PLAN) as service:
        yield service


def test_the_province_line_naming_the_city_answers(service: QueryService) -> None:
    reply = ask(service, "白银市在祖厉河流域治理三年行动方案考核里是什么等级?")
    assert "达标的白银市" in reply, reply
    assert "兰州市" not in reply and "武威市" not in reply, reply
    assert "甘肃省的文件所写" in reply, reply


def test_the_citys_own_plan_still_answers_its_own_targets(service: QueryService) -> None:
    reply = ask(service, "白银市2033年新增多少家省级品牌企业?")
    assert "20家" in reply and "未找到" not in reply, reply


def test_a_zone_outside_the_table_of_divisions_lies_in_its_province() -> None:
    # A national zone governed apart from the county it contains: its province's documents
    # may name it among the cities, so a question of the zone looks in them too.
    assert gazetteer_parents("杨凌示范区") == frozenset({"陕西省"})
    assert "新疆维吾尔自治区" not in gazetteer_parents("新疆生产建设兵团")
