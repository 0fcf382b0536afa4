"""Answers round 9 (issue 12): phrasings of the fourth question batch (spoken2) — a sum the
asker states is no year (投了2000万), the levels people run together (县区 for 县、区), 人代会 and
法人 as people say them, a share asked as 几成, 各 never a slip. The store holds invented
documents (样板县, made-up units and sums)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller

RULES = """样板县人民政府关于印发《样板县工业发展奖励办法》的通知
样政发〔2042〕3号
各乡镇人民政府,县政府各部门:
现将《样板县工业发展奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2042年3月9日
样板县工业发展奖励办法
一、对当年工业技改投入3000万元以上的企业奖补12万元,技改投入1000万元至3000万元的企业奖补6万元。
二、产值增量奖。以上奖金60%奖给企业法定代表人,另40%奖给企业。
三、每净增1家规上工业企业拨给所在县、区工作经费3万元。
"""

REPORT = """样板县人民政府办公室关于印发2042年政府工作报告任务分解的通知
样政办〔2042〕1号
各乡镇人民政府,县政府各部门:
2042年《政府工作报告》已经县九届人大三次会议审议通过,现将主要目标任务分解下发。
一、各责任单位要在每季度末报送进展情况。(牵头单位:县发展改革局)
样板县人民政府办公室
2042年1月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    path: Path = tmp_path_factory.mktemp("round9") / "round9.db"
    engine: Engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    for name, text in {"rules.txt": RULES, "report.txt": REPORT}.items():
        outcome = ingest_bytes(engine, text.encode("utf-8"), name)
        assert outcome.result is not None
    yield QueryService(engine, clock=FakeClock(datetime(2044, 5, 1, 1, tzinfo=UTC)))
    engine.dispose()


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def answered(reply: str) -> bool:
    return "部分相符" not in reply and "未找到" not in reply


def test_a_sum_the_asker_states_is_no_year(service: QueryService) -> None:
    """技改投了2000万: 2000 is a sum; 今年 dates what the asker did, not the rule asked about."""
    assert service.parse("样板县技改投了2000万奖多少").year is None
    assert service.parse("样板县2042年技改奖多少").year == 2042
    reply = ask(service, "我们公司在样板县,今年技改投了2000万,能奖补多少?")
    assert "6万元" in reply and "未找到" not in reply
    # Without the asker's own amount, 今年 still dates the question (2044: nothing then).
    assert service.parse("样板县今年技改奖多少").year == 2044


def test_levels_run_together_are_the_documents_list(service: QueryService) -> None:
    """县区: the documents write 县、区."""
    reply = ask(service, "样板县每净增1家规上企业给县区多少工作经费?")
    assert "3万元" in reply and answered(reply)


def test_a_share_asked_as_jicheng(service: QueryService) -> None:
    """奖的钱,企业法人能分几成: a share (a percentage), to the 法定代表人 the rule names."""
    parsed = service.parse("样板县产值增量奖的钱,企业法人能分几成?")
    assert parsed.asks == "number" and "几成" not in parsed.words
    reply = ask(service, "样板县产值增量奖的钱,企业法人能分几成?")
    assert "60%" in reply and answered(reply)


def test_the_meeting_people_call_rendaihui(service: QueryService) -> None:
    reply = ask(service, "样板县2042年政府工作报告是哪次人代会审议通过的?")
    assert "九届人大三次会议" in reply and answered(reply)


def test_each_is_never_a_slip() -> None:
    """各多少: 各 (each) is the asking, not 隔 of 隔多久 that sounds the same."""
    speller = Speller({"停车位": 3, "隔多": 1}, ["新增停车位"], ["隔多"])
    assert speller.correct("停车位各多少个") == "停车位各多少个"
