"""Answer defects fixed at stop 43 (fix49). A topic that is a column of a district table
(质量义诊有哪些) was answered by the table's header row; a table row's 原文 showed its bare cells
(东澜区 | 30); a 职责分工 paragraph opening with its units (市经信局、市商务局:负责……) gave
them no duties; a reward 同等政策奖励 of another tier asked as a sum was 未找到; 要多少家 of a
sentence counting several things led with the whole sentence. The plans are invented (示范市,
every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import test_answers_fix48 as fix48
from invented_plans import ask, city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.service import QueryService
from test_answers_fix48 import command


@pytest.fixture(scope="module")
def district_table(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    """fix48's plan: a 各区质量义诊活动任务分解表 of five districts, two figure columns."""
    folder: Path = tmp_path_factory.mktemp("fix49_table")
    with invented_plans_service(folder, fix48.PLAN, now=fix48.ASKED) as service:
        yield service


def test_a_column_of_a_district_table_asked_lists_its_rows_not_the_header(
    district_table: QueryService,
) -> None:
    """质量义诊有哪些 read 答: 地区 | 质量义诊(次) | 示范优品企业(家) |, then the caption."""
    reply = ask(district_table, "质量义诊有哪些")
    assert "地区\t" not in reply and "|" not in reply, reply
    assert "分解表" not in reply.split("\n")[1], reply
    for district, figure in (("东澜区", "30次"), ("西岭区", "25次"), ("中川区", "20次")):
        assert any(district in row and figure in row for row in reply.split("\n")), reply


def test_a_table_rows_quote_names_its_figure_by_its_column(district_table: QueryService) -> None:
    """原文: 东澜区 | 30 (and 东澜区 | 30 | 12 for the second column: the first's figure shown
    as if it were the answer's) — now the figure with what it counts, in 原文 and 出处 alike."""
    said = render_plain(district_table.ask("东澜区质量义诊多少次"), quotes=True)
    assert "原文: 东澜区:质量义诊30次" in said, said
    assert "“东澜区:质量义诊30次”" in said, said
    assert "东澜区 | 30" not in said, said
    second = render_plain(district_table.ask("东澜区示范优品企业多少家"), quotes=True)
    assert "原文: 东澜区:示范优品企业12家" in second, second
    assert "30" not in second.split("原文:")[1].split("\n")[0], second
    listed = render_plain(district_table.ask("质量义诊有哪些"), quotes=True)
    assert "“西岭区:质量义诊25次”" in listed, listed


DUTIES = city_plan(
    """一、重点任务
(一)示范工厂培育行动。到2032年,认定市级示范工厂20家。
二、职责分工
1.市经信局、市商务局:牵头推进示范工厂培育,组织项目申报,会同有关部门开展数字车间改造评估。
2.市财政局、市税务局:落实奖励资金和税收优惠政策,每季度通报资金拨付情况。
市人社局:人才引进政策的制定和落实。
三、保障措施
(一)明确职责分工
市科技局、市教育局:负责产学研平台的政策制定。2032年6月底前出台产学研平台认定办法。
"""
)


@pytest.fixture(scope="module")
def duty_paragraphs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix49_duties")
    with invented_plans_service(folder, DUTIES, now=fix48.ASKED) as service:
        yield service


def test_units_opening_a_paragraph_with_a_colon_are_given_what_it_says() -> None:
    """The extractor read no task of 市经信局、市商务局:牵头推进… (no 负责), and the deadline of
    市科技局、市教育局:负责…。2032年6月底前出台… had no unit (only the first clause's task had)."""
    extraction = extract_text(DUTIES, "duties.txt")
    tasks = {task.title: task.lead_units for task in extraction.tasks}
    assert tasks.get("牵头推进示范工厂培育,组织项目申报,会同有关部门开展数字车间改造评估") == [
        "市经信局",
        "市商务局",
    ], tasks
    assert tasks.get("人才引进政策的制定和落实") == ["市人社局"], tasks
    deadline = next(m for m in extraction.milestones if "认定办法" in m.title)
    assert deadline.lead_units == ["市科技局", "市教育局"], deadline
    duty = next(r for r in extraction.recurring if "拨付" in r.title)
    assert duty.lead_units == ["市财政局", "市税务局"], duty


def test_units_of_a_duties_paragraph_list_its_duty(duty_paragraphs: QueryService) -> None:
    """/units 市经信局 and 市经信局负责哪些工作 read 未找到“市经信局”; /units 市财政局 named
    its item (每季度通报…) under a heading of unit names, not its duty (落实奖励资金…)."""
    for typed in ("/units 市经信局", "市经信局负责哪些工作", "/units 市商务局"):
        said = (
            command(duty_paragraphs, typed)
            if typed.startswith("/")
            else ask(duty_paragraphs, typed)
        )
        assert "未找到" not in said and "牵头 · 推进示范工厂培育" in said, said
    finance = command(duty_paragraphs, "/units 市财政局")
    assert "落实奖励资金和税收优惠政策" in finance and "通报资金拨付情况" in finance, finance
    people = command(duty_paragraphs, "/units 市人社局")
    assert "人才引进政策的制定和落实" in people and "市财政局" not in people, people
    science = command(duty_paragraphs, "/units 市科技局")
    assert "产学研平台的政策制定" in science and "出台产学研平台认定办法" in science, science


REWARDS = city_plan(
    """一、奖励政策
1.对新认定的国家级示范工厂,给予一次性奖励100万元。
2.对新认定的省级示范工厂,给予一次性奖励50万元。
3.对新认定的省级数字车间,给予与省级示范工厂同等政策奖励。
4.对获得“卓越品牌”称号的企业,奖励30万元。
5.对通过“优品认证”的企业,给予“卓越品牌”同等政策奖励。
"""
)


@pytest.fixture(scope="module")
def equal_rewards(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix49_rewards")
    with invented_plans_service(folder, REWARDS, now=fix48.ASKED) as service:
        yield service


def test_a_reward_equal_to_another_tiers_answers_with_that_tiers_sum(
    equal_rewards: QueryService,
) -> None:
    """省级数字车间能拿多少钱 read 未找到:…但没有写明奖励金额; the rule grants the treatment of
    省级示范工厂, whose sum (50万元) the plan states: the answer, said to be that tier's, both
    sentences quoted."""
    for question, amount, tier in (
        ("省级数字车间能拿多少钱", "50万元", "省级示范工厂"),
        ("新认定的省级数字车间奖励多少", "50万元", "省级示范工厂"),
        ("通过优品认证能拿多少钱", "30万元", "卓越品牌"),
    ):
        reply = render_plain(equal_rewards.ask(question), quotes=True)
        assert "未找到" not in reply, reply
        assert reply.split("\n")[1] == f"答: {amount}(与{tier}同等政策奖励)", reply
        assert "同等政策奖励”" in reply and f"{amount}”" in reply, reply
    own = ask(equal_rewards, "省级示范工厂能拿多少钱")
    assert "50万元" in own.split("\n")[1] and "同等" not in own, own


COUNTS = city_plan(
    """一、工作措施
(一)组织开展质量月活动,每年组织企业200家、质量专家50名、检测机构10家参加质量义诊,向社会公布一批质量诚信企业。
(二)做好质量奖推荐。每年推荐企业申报省政府质量奖、市长质量奖、全国质量奖分别不少于10家、20家、5家,推荐首席质量官人选30名。
"""
)


def test_a_count_asked_of_a_sentence_of_several_counts_leads_with_that_count(
    tmp_path: Path,
) -> None:
    """要多少家 of a sentence listing several things' counts (A、B、C分别…10家、20家、5家; 企业
    200家、质量专家50名、检测机构10家) led with the whole sentence: the count of the thing
    named leads, the sentence below it; a question naming none of them alone keeps the sentence."""
    with invented_plans_service(tmp_path, COUNTS, now=fix48.ASKED) as service:
        for question, lead in (
            ("市长质量奖要推荐多少家", "答: 不少于20家"),
            ("全国质量奖要推荐多少家", "答: 不少于5家"),
            ("质量义诊要多少家企业", "答: 200家"),
        ):
            reply = ask(service, question)
            assert reply.split("\n")[1] == lead, (question, reply)
            assert "分别不少于10家、20家、5家" in reply or "检测机构10家" in reply, reply
        either = ask(service, "质量奖要推荐多少家")
        assert "分别不少于10家、20家、5家" in either.split("\n")[1], either


def test_a_table_rows_quote_keeps_the_figure_as_the_cell_writes_it(tmp_path: Path) -> None:
    """A cell writing 4.10 (万亩 in its column's heading) is quoted 4.10, not the value's 4.1: the
    quote is the document's own number (dev q0818 and q0819 lost it to the readable row)."""
    table = city_plan(
        "附件:2032年各区小麦生产任务分解表\n区 | 小麦任务面积(万亩)\n东澜区 | 4.10\n西岭区 | 3.0\n"
    )
    with invented_plans_service(tmp_path, table) as service:
        said = render_plain(service.ask("东澜区小麦任务面积多少万亩"), quotes=True)
    assert "东澜区:小麦任务面积4.10万亩" in said, said
