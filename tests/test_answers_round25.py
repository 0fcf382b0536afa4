"""Answers round 25 (issue 12): a question word the documents never use, a verb then a noun
they do use (遇到困难 where a plan writes 存在的困难), is read as its two pieces: the verb is
how the asker puts it, the noun the topic. A noun the documents never use keeps the word whole
(a question about it stays out of the store). Every text is invented (made-up places, figures
and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A district's task notice: what a unit does with a hard item is in its organisation section.
NOTICE = """样板区2031年区《政府工作报告》确定的主要目标任务责任分解方案
样区办发〔2031〕3号
各街道办事处,区政府各部门:
一、认真制订办理方案。各责任单位要对责任事项逐项研究,于2031年3月10日前将办理方案报送区政府督查室。
二、加强组织领导。对于一些办理难度大、涉及面广的责任事项,各责任单位要及时报告推进落实过程中存在的困难和问题,提请区人民政府统筹协调解决。
三、强化督查考评。区政府督查室每季度对责任事项办理情况进行督查。
样板区人民政府办公室
2031年2月20日
"""

# Another district's notice: the same words of handling (办理, 责任事项) elsewhere in the store.
OTHER = """示例县2031年县政府工作报告重点工作任务分解方案
示县办发〔2031〕9号
各乡镇人民政府,县政府各部门:
一、各责任单位要按照办理要求,对于办理难度大的责任事项,明确专人负责。
二、全县新建农村公路300公里。(牵头单位:县交通局)
三、责任事项办理情况每半年报送一次。
示例县人民政府办公室
2031年3月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round25")
    with invented_plans_service(Path(folder), NOTICE, OTHER, now=ASKED) as service:
        yield service


def test_a_verb_and_a_noun_unused_together_are_read_apart(service: QueryService) -> None:
    # 遇到困难 is in no document; 困难 is, in the sentence that answers
    reply = _ask(service, "样板区责任事项办理难度大、涉及面广的,责任单位遇到困难要怎么办?")
    assert "提请区人民政府统筹协调解决" in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply


def test_a_noun_no_document_uses_keeps_the_word_whole(service: QueryService) -> None:
    # (a control) 台风 is in no document: 遇到台风 stays one word the store does not know
    reply = _ask(service, "样板区遇到台风要怎么办?")
    assert REFUSAL in reply, reply
    assert "统筹协调解决" not in reply, reply
