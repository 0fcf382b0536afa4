"""Answers round 34 (issue 12): words a label line above a row says (一等奖: over the rows of
its tier) are said by the row; the measure word of 多少家 is no part of the noun after it. Every
text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policybot.knowledge.passages import split_document
from policybot.knowledge.question import parse_question
from policybot.knowledge.regions import region_aliases
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2034, 12, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"
HEDGE = "部分相符"

# A notice of rewards whose tiers stand each on a line of its own above its rows.
PRIZES = """样板市人民政府关于对2031年秋季植树造林工作目标责任奖惩的通报
(样政发〔2031〕8号)
各区、县人民政府,市人民政府各工作部门:
2031年秋季植树造林工作,在各级政府的共同努力下,取得了显著成效。现对有关单位奖惩如下:
一、奖励对甲子区等4个先进区县奖励如下:
(一)先进区县(4个)
一等奖:
甲子区人民政府 奖励30万元
乙丑区人民政府 奖励25万元
二等奖:
丙寅县人民政府 奖励20万元
三等奖:
丁卯县人民政府 奖励10万元
(二)组织奖
样板市林业局 奖励5万元
样板市人民政府
2031年11月2日
"""

# A plan stored without a title, whose tasks count firms.
TASKS = """一、主要目标
2031年,样板市环境空气质量继续保持全省领先位置。
二、主要工作任务
1.严控“两高”行业产能。加快淘汰高能耗、高污染产业,2031年淘汰20家企业落后产能,整治150家“低散乱”企业。
"""


# A plan whose title the question quotes; what it centres on is one clause of a long sentence.
CORE = """样板市贯彻落实《示例省支持科技创新若干措施》实施方案
为深入贯彻落实全省科技创新大会精神,加快实施创新驱动发展战略,结合我市实际,制定本实施方案。
一、总体要求
(一)指导思想
全面贯彻党的会议精神,坚持新发展理念,按照全省科技创新大会部署,大力推进创新驱动,以提高自主创新能力为核心,以激发全社会创造活力为重点,不断完善区域创新体系建设。
(二)基本原则
1.坚持深化改革。推动政府职能从研发管理向创新服务转变,构建普惠性的支持创新政策体系。
样板市人民政府
2031年5月6日
"""


# A province's division of this year's work: its sentences say 今年, a sum is spent on works.
WORK = """示例省人民政府关于落实《政府工作报告》重点工作部门分工的意见
示府发〔2031〕8号
为做好今年政府工作,现就《政府工作报告》明确的重点工作提出部门分工意见如下。
一、努力扩大内需
优化财政支出结构,集中财力办大事,省级财政拟安排超过60亿元资金用于新村建设、地质灾害防治等重大民生、发展项目。(财政厅牵头)
示例省人民政府
2031年3月17日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round34")
    with invented_plans_service(Path(folder), PRIZES, TASKS, CORE, WORK, now=ASKED) as service:
        yield service


def test_a_label_line_is_the_heading_of_the_rows_under_it() -> None:
    rows = {p.text: p.heading or "" for p in split_document(PRIZES)}
    assert "一等奖" in rows["乙丑区人民政府 奖励25万元"]
    assert "三等奖" in rows["丁卯县人民政府 奖励10万元"]
    # (a heading ends the label's rows: the 组织奖 line is of no tier)
    assert "等奖" not in rows["样板市林业局 奖励5万元"]


def test_the_tier_asked_is_said_by_its_label_line(service: QueryService) -> None:
    reply = _ask(service, "样板市秋季植树造林先进区县三等奖里丁卯县拿了多少?")
    assert "10万元" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_the_measure_of_how_many_is_no_part_of_the_noun(service: QueryService) -> None:
    index = service._answers().index
    parsed = parse_question("要整治多少家低散乱企业?", index, date(2031, 3, 1))
    assert "家低" not in parsed.words and "散乱" in parsed.words
    # (a word of its own after 多少 stays whole)
    assert "家庭" in parse_question("补贴多少家庭?", index, date(2031, 3, 1)).words


def test_words_naming_the_document_by_its_title_pick_no_sentence(service: QueryService) -> None:
    """落实示例省支持科技创新若干措施的方案 names the plan: its title line says those words, the
    clause asked about (以…为核心) says them only through the title, and answers."""
    reply = _ask(service, "样板市落实示例省支持科技创新若干措施的方案,以啥为核心?")
    assert "提高自主创新能力" in reply.split("\n出处")[0].splitlines()[1]


def test_what_a_purse_spends_on_works_is_no_reward(service: QueryService) -> None:
    """拿多少钱搞…: the sum the province's purse spends (拟安排…资金用于…项目), though the
    sentence ends on the works it is spent on and names no reward."""
    reply = _ask(service, "示例省2031年省级财政打算拿多少钱搞新村建设这些民生项目?")
    assert "60亿元" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_a_generic_part_of_a_city_is_no_alias_of_one() -> None:
    """市区 of 样板市市区 is typed of any city's urban area (2020年市区PM2.5…): no place."""
    aliases = region_aliases("样板市市区")
    assert "市区" not in aliases and "样板市市区" in aliases
    assert "城区" not in region_aliases("样板县城区")
