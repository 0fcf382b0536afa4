"""What a newcomer tripped on in the offline chat (the last trial's leftovers): a task named
``(一)``, a list headed by its first item's value, 未找到 repeating search words, 分年内容, a
missing id answered with the usage text or 暂无修改记录, and 入库 lines written two ways."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.answers import not_found_about
from test_admin_samples import admin_bot
from test_newuser_round import chat_replies

# An invented plan whose duties stand under headings that are numbers only: (一) is followed by
# the duty's own sentence, as many county plans write them.
NUMBERED_PLAN = (
    "示范县质量工作要点(2019-2020年)\n"
    "示政办〔2019〕3号\n\n"
    "一、工作目标\n"
    "(一)到2020年,全县规上企业导入卓越绩效管理1家以上,新增省名牌产品3个。"
    "(责任单位:县市场监管局)\n"
    "(二)2019年9月底前,完成质量强县创建自评,形成自评报告,报市政府。"
    "(责任单位:县市场监管局、县发改局)\n"
    "二、工作措施\n"
    "(一)\n"
    "加强组织领导,每季度召开一次工作推进会。(责任单位:县市场监管局)\n"
)


@pytest.fixture
async def numbered_plan_bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(sqlite_engine) as harness:
        await harness.upload(NUMBERED_PLAN.encode(), filename="plan.txt")
        await harness.press("确认入库")
        yield harness


async def test_a_task_under_a_bare_number_is_named_by_the_heading_above(
    numbered_plan_bot: OfflineHarness,
) -> None:
    """/units listed 1) (一)(牵头: …) 2) (二)(牵头: 2019-09-30(2019年9月底前) 完…): a number
    names no task, and the deadline's own words left no room for what is due."""
    (reply,) = await numbered_plan_bot.say("/units 县市场监管局")
    items = [line for line in reply.text.splitlines() if line[:1].isdigit() and ") " in line]
    assert len(items) == 3
    assert not any(line.split(") ", 1)[1].startswith("(") for line in items)
    assert items[0].startswith("1) 工作目标(") and items[2].startswith("3) 工作措施(")
    assert "2019-09-30 完成质量强县创建自评" in items[1] and "月底前" not in items[1]


async def test_a_missing_fact_is_said_missing_not_explained_how_to_type(
    numbered_plan_bot: OfflineHarness,
) -> None:
    """/delete reward 99999 answered with the usage (/delete milestone 3); /history target
    99999 said 暂无修改记录, as if the target existed and had never changed."""
    (deleted,) = await numbered_plan_bot.say("/delete reward 99999")
    assert deleted.text == "没有找到奖励 #99999。"
    (history,) = await numbered_plan_bot.say("/history target 99999")
    assert history.text == "没有找到目标 #99999。"
    (real,) = await numbered_plan_bot.say("/history target 1")
    assert "暂无修改记录" in real.text  # a stored target never edited


async def test_an_upload_is_named_alike_in_its_reply_and_in_the_history(
    sqlite_engine: Engine,
) -> None:
    """已入库:文档 #1《…》 after the upload, but 入库 文档 #1:《…》 in /history: the colon sat
    between a document's id and its title in one place only."""
    async with admin_bot(sqlite_engine) as harness:
        await harness.upload(NUMBERED_PLAN.encode(), filename="plan.txt")
        (stored,) = await harness.press("确认入库")
        (history,) = await harness.say("/history")
    assert "已入库:文档 #1《示范县质量工作要点" in stored.text
    assert "入库 文档 #1《示范县质量工作要点" in history.text and "#1:《" not in history.text


def test_a_keyword_list_is_counted_not_answered_by_its_first_value(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """/targets 湖州 标准 began 答: 25项 over six targets: the first item's value read as the
    answer to the whole list. A keyword naming one rule still answers with its value."""
    listing, single = chat_replies(
        capsys, monkeypatch, "2018-06-01T09:00", "/targets 湖州 标准", "/rewards 驰名商标"
    )
    lines = listing.splitlines()
    items = [line for line in lines if line[:1].isdigit() and ") " in line]
    assert len(items) > 1 and lines[1] == f"答: 共 {len(items)} 项"
    assert single.splitlines()[1] == "答: 100万元"


def test_not_found_says_why_without_echoing_search_words(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """未找到“完成”:佛山市没有2016年的内容 read “完成” as the name of something (the reason
    now comes first, the words searched after it); 没有2019年的分年内容 used a planner's word;
    “南海 区经促局” quoted two words with a space."""
    year, by_year, words = chat_replies(
        capsys,
        monkeypatch,
        "2018-06-01T09:00",
        "佛山2016年要完成什么",
        "武汉2019年有哪些节点",
        "/units 南海 区经促局",
    )
    assert year.splitlines()[1] == "未找到:佛山市没有2016年的内容(查找: 完成)"
    assert by_year.splitlines()[1] == "未找到:武汉市的文件没有单独写2019年的内容"
    assert words.splitlines()[1] == "未找到“南海”“区经促局”的相关内容"


async def test_a_deadline_is_quoted_whole_not_cut_at_its_first_comma(
    numbered_plan_bot: OfflineHarness,
) -> None:
    """A deadline read as (二)2019年9月底前,完成质量强县创建自评 was quoted so in 原文 and behind
    出处: 形成自评报告,报市政府, due by the same date, was nowhere to read."""
    (answer,) = await numbered_plan_bot.say("示范县质量强县创建自评什么时候完成")
    assert "答: 2019-09-30" in answer.text
    assert "原文: 2019年9月底前,完成质量强县创建自评,形成自评报告,报市政府" in answer.text
    (sources,) = await numbered_plan_bot.press("出处")
    assert "完成质量强县创建自评,形成自评报告,报市政府”" in sources.text
    (listing,) = await numbered_plan_bot.say("/search 质量强县")
    assert "完成质量强县创建自评" in listing.text
    (listed,) = await numbered_plan_bot.press("出处")
    assert "形成自评报告,报市政府" in listed.text


def test_targets_of_one_word_that_is_no_place_looks_for_it_everywhere(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """/targets 名牌 read 名牌 as a region and answered 未找到“名牌”, where /rewards 驰名商标
    looks for the word in every region's rules. A place the store lacks is still no topic."""
    word, place = chat_replies(
        capsys, monkeypatch, "2018-06-01T09:00", "/targets 名牌", "/targets 杭州"
    )
    assert word.startswith("全部地区 · “名牌” · 目标") and "未找到" not in word
    # The bound goes with its number and a district's own row drops 各区 (trial 34).
    assert "不少于239个 有效期内省名牌产品数量(佛山市南海区)" in word
    assert "未找到“杭州”" in place


async def test_a_progress_report_on_a_missing_target_says_so_alone(
    numbered_plan_bot: OfflineHarness,
) -> None:
    """/report 99999 5家 answered 没有找到目标 #99999。 and the usage under it, as if typed wrong;
    a report typed wrong still gets the usage."""
    (missing,) = await numbered_plan_bot.say("/report 99999 5家")
    assert missing.text == "没有找到目标 #99999。"
    (wrong,) = await numbered_plan_bot.say("/report abc 5家")
    assert "用法:/report" in wrong.text


def test_a_question_in_another_language_is_asked_for_in_chinese() -> None:
    """what are the targets of huzhou answered 未找到“what”“are”“the”“targets”“of”“huzhou”…; a
    code or name in Latin letters is still quoted back, and a long topic is cut."""
    assert not_found_about("what are the targets of huzhou") == "未找到相关内容,请用中文提问"
    assert not_found_about("ISO9001") == "未找到“ISO9001”的相关内容"
    assert not_found_about("甲 乙 丙 丁 戊") == "未找到“甲”“乙”“丙”“丁”等的相关内容"


async def test_an_uploads_preview_shows_each_target_as_the_document_writes_it(
    sqlite_engine: Engine,
) -> None:
    """The preview listed 全县规上企业导入卓越绩效管理 1家 for the plan's 1家以上, which every
    answer after 确认入库 shows: the admin checked a figure the staff never see."""
    async with admin_bot(sqlite_engine) as harness:
        (preview,) = await harness.upload(NUMBERED_PLAN.encode(), filename="plan.txt")
    assert "全县规上企业导入卓越绩效管理 1家以上(截止 2020-12-31)" in preview.text
    assert "新增省名牌产品 3个(截止 2020-12-31)" in preview.text


def test_which_documents_lists_them_under_a_title_naming_the_place(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """有哪些文件 answered 请说明是哪份文件的文件 (…) over the list it asked for; 湖州有哪些文件
    was titled 文件 alone, where /doc 湖州 is titled 湖州市 · 文件 (the store's name of the place,
    as every header writes it since fix48). A topic still names one."""
    every, place = chat_replies(
        capsys, monkeypatch, "2018-06-01T09:00", "有哪些文件", "湖州有哪些文件"
    )
    assert every.splitlines()[1] == "答: 共 5 份文件" and "请说明" not in every
    assert place.splitlines()[0] == "湖州市 · 文件"


def test_a_lookups_reason_is_not_followed_by_the_place_it_names(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (reply,) = chat_replies(capsys, monkeypatch, "2018-06-01T09:00", "/deadlines 佛山 2030")
    assert reply.splitlines()[1] == "未找到:佛山市在2030年没有到期的事项"
