"""城镇 is no place: a question about a city's 城镇新增就业 is not scoped to every plan saying 城镇.

Stop 29: 厦门市2018年城镇新增就业目标是多少 (out of store) was answered once a new document made 厦门
a place the store mentions. jieba tags 城镇 a place, so the question was scoped to the plans that
mention 厦门 or 城镇 (another province's indicators among them), and 城镇 counted as a weak word,
leaving no topic: a list of the year's items answered it. Invented text, real place names.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A news page reprinting a province's yearly indicators: no 文号, no 落款.
NEWS = """青海省政府分解下達2032年全省經(jīng)濟社會發(fā)展主要指標和重點工作任務(wù)
編輯:王明 信息來源: 示例網(wǎng)發(fā)布時間:2032-2-26
省政府日前下發(fā)通知,將2032年全省經(jīng)濟社會發(fā)展主要指標和重點工作任務(wù)分解下達到各市州、省政府各部門。
通知指出,今年全省經(jīng)濟社會發(fā)展主要指標分別為:生產(chǎn)總值增長6%左右;城鎮(zhèn)新增就業(yè)6.5萬人;城鎮(zhèn)登記失業(yè)率控制在4%以內(nèi)。
"""

# A notice that never names its city (addressed to 各县(市、区), no 文号 or 落款 naming it).
UNPLACED = """各县(市、区)人民政府,市人民政府各部门:
市长在市人大会议上所作的《政府工作报告》中,提出了2032年市政府要做好的6项重点工作,现将重点工作任务分解如下:
一、加快产业转型
1.对纺织、建材等传统优势产业加大帮扶力度,新材料板块主营业务收入超300亿元。
牵头单位:市工业和信息化局
"""

# A province's quota notice that makes 厦门 a place the store mentions.
QUOTAS = """福建省人民政府办公厅关于下达2032年示范园区建设任务的通知
闽政办〔2032〕4号
各设区市人民政府:
2032年全省新建示范园区20个,其中福州市5个、厦门市4个、泉州市6个、漳州市5个。
福建省人民政府办公厅
2032年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("town_words")
    with invented_plans_service(Path(folder), NEWS, UNPLACED, QUOTAS, now=ASKED) as service:
        yield service


def test_town_words_are_no_place_and_no_answer_for_another_city(service: QueryService) -> None:
    # 城镇 (tagged a place by jieba) scoped the question to every plan saying 城镇: another
    # province's 城镇新增就业 answered for 厦门, or a list of 厦门's province's other targets did
    for question in ("厦门2032年城镇新增就业多少?", "厦门市2032年城镇新增就业目标是多少?"):
        reply = _ask(service, question)
        assert REFUSAL in reply and "6.5万人" not in reply and "示范园区" not in reply, reply
    reply = _ask(service, "青海2032年城镇新增就业目标是多少?")
    assert "6.5万人" in reply and REFUSAL not in reply, reply


def test_a_notice_naming_no_place_still_answers_for_a_city(service: QueryService) -> None:
    reply = _ask(service, "平顶山新材料板块主营业务收入要超过多少?")
    assert "300亿元" in reply and "没有写明地区" in reply, reply
