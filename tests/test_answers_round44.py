"""Answers round 44 (issue 12): a term a plan writes at one level with its head in quotation
marks (省级“小巨人”企业) is written at that level, so a question naming that level is answered
rather than told only the other level is written; 是啥时候下的 asks the day a notice was
handed down, though the question names it by its content only; 年终考评 is said by a sentence
opening with 年终 and ending with 考评; 一年授几个 is answered by 每年授奖数量不限, a count left
open; a traditional copy's 産 (the Japanese form of 產) reads 产. Every text is invented (made-up figures and
titles)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.chinese import to_simplified
from policybot.knowledge.confidence import _credit
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 9, 15, 1, tzinfo=UTC)

# A county plan writing the term bare at the national level and quoted at the provincial one.
QUOTED = """云岭县制造业提质行动方案
一、主要目标
到2033年,国家级小巨人企业达到6家,省级“小巨人”企业达到370家。
"""

# A notice handing down a year's targets, named in questions by its content.
HANDED = """样板省人民政府办公厅关于下达2031年茶叶生产目标责任制指标任务的通知
样政办〔2031〕9号
各市人民政府:
现将2031年茶叶生产目标责任制主要指标任务分解下达给你们,请认真贯彻执行。
2031年全省茶叶产量达到12万吨,茶园面积稳定在300万亩。
各市要于2031年12月底前将目标责任制完成情况报省农业厅。
年终依据省茶叶检测中心、省农情站核定的数据,组织有关部门逐级进行考评,对完成任务好的予以表彰。
样板省人民政府办公厅
2031年2月17日
"""

# A reward rule capping some awards' counts and leaving one's open.
COUNTS = """青萝市科学技术奖励办法
第三条 青萝市自然科学奖和青萝市技术发明奖每年授奖项目总数不超过80项。
第四条 青萝市国际科技交流奖每年授奖数量不限。
第五条 青萝市国际科技交流奖授予对本市科技事业作出重要贡献的外国人或者外国组织。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round44")
    with invented_plans_service(Path(folder), QUOTED, HANDED, COUNTS, now=ASKED) as service:
        yield service


def test_a_level_written_with_the_term_quoted_is_written(service: QueryService) -> None:
    reply = _ask(service, "云岭县33年省级小巨人企业要到多少家")
    assert "370家" in reply, reply
    assert "只写了" not in reply, reply


def test_a_level_written_nowhere_is_still_told(service: QueryService) -> None:
    reply = _ask(service, "云岭县33年市级小巨人企业要到多少家")
    assert "只写了" in reply, reply


def test_when_targets_were_handed_down_is_the_notices_day(service: QueryService) -> None:
    reply = _ask(service, "样板省31年那个茶叶生产目标责任制指标任务是啥时候下的?")
    assert "2031-02-17" in reply, reply


def test_a_time_of_year_and_its_act_are_said_apart(service: QueryService) -> None:
    reply = _ask(service, "样板省2031年茶叶生产目标责任制年终考评用谁核定的数据?")
    assert "省茶叶检测中心" in reply, reply
    assert "仅供参考" not in reply, reply


def test_a_time_of_year_alone_is_not_its_act() -> None:
    assert _credit("年终考评", "年终依据核定的数据,组织有关部门逐级进行考评。") == 1.0
    assert _credit("年终考评", "年终依据核定的数据。组织有关部门逐级进行考评。") < 1.0


def test_a_count_left_open_answers_how_many_a_year(service: QueryService) -> None:
    reply = _ask(service, "青萝市国际科技交流奖一年授几个")
    assert "数量不限" in reply, reply
    assert "仅供参考" not in reply, reply


def test_the_japanese_form_of_chan_reads_as_simplified() -> None:
    # A traditional copy with pinyin glosses writes 數字經濟核心産(chǎn)業: its words must match
    # the 产业 of a question.
    assert to_simplified("核心産業增加值") == "核心产业增加值"
