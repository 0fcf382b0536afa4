"""Answers after the fresh-clone trial of round 40: what was achieved is not answered by the
aim. Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from policybot.handlers.formatting import render_pages, render_plain
from policybot.knowledge.models import Target
from policybot.knowledge.progress import report_progress
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
REFUSAL = "未找到"

PLAN = city_plan(
    """一、上年回顾
2030年,全市“浙江精造”团体标准新增数达到18项。
二、主要目标
到2032年底,全市有效期内省级名优产品数量不少于120个。
到2033年,新增“浙江精造”团体标准25项。
"""
)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path, PLAN, now=ASKED) as service:
        yield service


def _target_id(service: QueryService, words: str) -> int:
    with Session(service.engine) as session:
        targets = session.exec(select(Target)).all()
    return next(t.id for t in targets if t.id is not None and words in (t.subject or ""))


def test_what_was_achieved_is_not_answered_by_the_aim(service: QueryService) -> None:
    # the plan aims at 不少于120个: how many were reached it does not say, nor did a unit report
    for question in (
        "示范市省级名优产品完成了多少个",
        "示范市省级名优产品已经完成多少个了",
        "示范市浙江精造团体标准已经完成多少项了",
    ):
        reply = ask(service, question)
        assert REFUSAL in reply and "答:" not in reply, (question, reply)
        assert "120个" not in reply and "25项" not in reply, (question, reply)
        assert "目标" in reply, (question, reply)
    # the aim asked as such is answered
    reply = ask(service, "示范市省级名优产品要多少个")
    assert "答: 不少于120个" in reply, reply
    # a year before the plan was issued: what it says of that year is what was done
    reply = ask(service, "示范市2030年浙江精造团体标准完成了多少项")
    assert "18项" in reply and REFUSAL not in reply, reply


# A county's report of a year's work: its figures are what was done.
REPORT = """样板县人民政府关于2031年度品质提升工作目标考核情况的通报
样政〔2032〕2号
各乡镇人民政府,县政府各部门:
为推进品质提升工作,县政府年初下达了各乡镇和县级部门的年度工作目标。经考核,现将有关情况通报如下。
一、总体情况
2031年,全县品质提升示范企业达到15家,品质提升培训达到600人次。
二、下一步工作
各乡镇、各部门要对照年度目标,查漏补缺,于2032年6月30日前报送整改情况。
样板县人民政府
2032年2月10日
"""


def test_a_report_states_what_was_achieved(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, REPORT, now=ASKED) as service:
        reply = ask(service, "样板县品质提升示范企业搞到多少了")
        assert "15家" in reply and REFUSAL not in reply, reply


def test_reported_progress_answers_what_was_achieved(service: QueryService) -> None:
    report_progress(
        service.engine,
        target_ref=str(_target_id(service, "名优产品")),
        value_text="90",
        user_id=1,
        chat_id=1,
        is_admin=True,
        now=datetime(2032, 5, 20, 2, tzinfo=UTC),
    )
    reply = ask(service, "示范市省级名优产品完成了多少个")
    assert REFUSAL not in reply and "答: 90" in reply and "2032-05-20" in reply, reply
    assert "答: 不少于120个" not in reply, reply


NOTED = city_plan(
    """一、主要目标
到2033年,新增“浙江精造”团体标准25项。
二、重点工作
(一)做好评选工作。
2031年和2033年,各县(区)每年组织推荐申报的企业数不少于4家。(注:市长质量奖每3年评选一次,2032年空缺)
"""
)


def test_a_bracketed_note_is_read_with_the_sentence_it_qualifies(tmp_path: Path) -> None:
    # the note names 质量奖, the sentence before it the figure: the figure answers, not the aside
    with invented_plans_service(tmp_path, NOTED, now=ASKED) as service:
        for question in ("示范市市长质量奖要推荐多少家", "市长质量奖要多少家"):
            reply = ask(service, question)
            assert "答: 不少于4家" in reply, (question, reply)
        # what the note says is still found, in the sentence it qualifies
        for question in ("示范市市长质量奖几年评选一次", "市长质量奖多久评一次"):
            reply = ask(service, question)
            assert "答: 每3年评选一次" in reply, (question, reply)


# A county's one document, titled as an 实施意见.
OPINIONS = """样板县人民政府办公室关于推进品质提升工作的实施意见
样政办发〔2031〕9号
各乡镇人民政府,县政府各部门:
一、到2033年,全县新增品质提升示范企业12家。
二、对新认定的品质提升示范企业给予5万元奖励。
样板县人民政府办公室
2031年5月6日
"""


def test_a_casual_name_of_a_regions_one_document_means_it(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, OPINIONS, PLAN, now=ASKED) as service:
        # 规划, 方案: what anyone calls the county's plan, an 实施意见 by its title
        for question in ("样板县的规划啥时候印发的", "样板县那个方案文号是多少"):
            reply = ask(service, question)
            assert REFUSAL not in reply, (question, reply)
        assert "样政办发〔2031〕9号" in ask(service, "样板县那个方案文号是多少")
        # a kind of its own (办法) is still no 实施意见
        reply = ask(service, "样板县的管理办法文号是多少")
        assert REFUSAL in reply and "样政办发" not in reply.split("\n")[1], reply


# A plan's quarterly duty, reported with 报送 (not the 报告 asked), beside a yearly one.
QUARTERLY = city_plan(
    """一、主要目标
到2033年,新增“浙江精造”团体标准25项。
二、保障措施
各县(区)每季度首月5日前向市品牌办报送上季度工作进展。
各县(区)每年12月20日前报送年度工作总结。
"""
)


def test_a_reports_period_asked_is_answered_by_its_duty(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, QUARTERLY, now=ASKED) as service:
        for question in ("示范市季度报告什么时候交", "季度报告啥时候报"):
            reply = ask(service, question)
            assert "答: 每季度首月5日前" in reply, (question, reply)
            assert REFUSAL not in reply and "部分相符" not in reply, (question, reply)
            assert "年度工作总结" not in reply, (question, reply)
        reply = ask(service, "示范市年度总结什么时候交")
        assert "答: 每年12月20日前" in reply, reply


def lean_plan(city: str, prefix: str, goals: str) -> str:
    """An invented 2031 plan of ``city`` (doc number ``prefix``政办发) with ``goals``."""
    return f"""{city}人民政府办公室关于印发{city}精益管理提升行动计划(2031—2033年)的通知
{prefix}政办发〔2031〕5号
{city}人民政府办公室
2031年4月8日
一、主要目标
{goals}
"""


LEAN_PLANS = (
    lean_plan(
        "样例市",
        "样",
        "到2033年,全市导入精益管理的企业达到120家。\n"
        "到2033年,精益管理培训达到3000人次。\n"
        "到2033年,精益管理示范车间达到40个。",
    ),
    lean_plan(
        "样板县",
        "板",
        "到2033年,全县导入精益管理的企业达到30家。\n"
        "到2033年,精益管理培训达到800人次。\n"
        "到2033年,精益管理示范车间达到9个。",
    ),
    lean_plan(
        "样本市",
        "本",
        "到2033年,全市导入精益管理的企业达到60家。\n到2033年,精益管理培训达到1500人次。",
    ),
)


def test_a_page_holding_fewer_than_the_count_says_so(tmp_path: Path) -> None:
    # 8 targets of three plans: with their three 出处 lines the first page holds 7
    with invented_plans_service(tmp_path, *LEAN_PLANS, now=ASKED) as service:
        answer = service.ask("精益管理有什么目标")
        first, second = render_pages(answer)
        assert "共 8 项,本页 7 项" in first and "7)" in first and "8)" not in first, first
        assert "8)" in second, second
        plain = render_plain(answer, every_page=False)
        assert "共 8 项,本页 7 项" in plain and "还有1条" in plain, plain
        # the whole list, printed at once, holds what it counts
        assert "本页" not in render_plain(answer), render_plain(answer)


YEARLY = city_plan(
    """一、主要目标
到2033年,全市新增省级名优产品50个以上。
二、年度目标
2031年,各县(区)有效期内省级名优产品数量不少于:东坡区10个、西林县12个、南湖区8个、北山县6个。
2032年,各县(区)有效期内省级名优产品数量不少于:东坡区12个、西林县14个、南湖区9个、北山县7个。
2033年,各县(区)有效期内省级名优产品数量不少于:东坡区14个、西林县16个、南湖区10个、北山县8个。
"""
)


def test_no_year_asked_of_a_past_plan_answers_its_last_years_figures_together(
    tmp_path: Path,
) -> None:
    # every year of the plan is past: the districts' 2033 quotas stand under the 2033 total,
    # not their 2031 ones
    with invented_plans_service(
        tmp_path, YEARLY, now=datetime(2035, 6, 1, 1, tzinfo=UTC)
    ) as service:
        reply = ask(service, "省级名优产品要多少个")
        assert "不少于14个" in reply and "不少于16个" in reply, reply
        assert "不少于10个 有效期内省级名优产品数量(示范市东坡区)" not in reply, reply
        assert "2031-12-31" not in reply, reply
    # asked while the plan runs, the figures of this year stand under the plan's total: the
    # headline says which year each is of
    with invented_plans_service(tmp_path / "now", YEARLY, now=ASKED) as service:
        reply = ask(service, "省级名优产品要多少个")
        assert "答: 示范市 50个以上(2033年)" in reply, reply
