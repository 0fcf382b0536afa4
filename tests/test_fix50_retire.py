"""fix50 (trial43): /retire <title words> said 没有找到文档 (only an id or a 文号 worked): a
title holding every word typed names its document, several are asked about by buttons. A plan
replaced by a known one is said to be replaced by it (已被同名新版本替代, 已被《…》替代), and a
/retire … superseded with no known successor says that none is recorded. Invented plans."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Document, DocumentStatus
from test_admin_samples import PLAN_V1

OTHER_PLAN = PLAN_V1.replace("示府发〔2024〕7号", "示府发〔2024〕9号").replace(
    "品牌建设三年行动计划", "标准化提升行动计划"
)
RENAMED_V2 = PLAN_V1.replace("品牌建设三年行动计划", "品牌建设行动方案").replace(
    "2024年3月15日", "2024年9月1日"
)


def _statuses(engine: Engine) -> dict[int, str]:
    with Session(engine) as session:
        return {d.id or 0: d.status for d in session.exec(select(Document))}


async def test_a_unique_title_match_is_retired(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    (done,) = await sqlite_plan_bot.say("/retire 品牌建设三年行动计划")
    assert "文档已停用" in done.text and "#1" in done.text, done.text
    assert _statuses(sqlite_engine) == {1: DocumentStatus.EXPIRED}
    (undone,) = await sqlite_plan_bot.say("/undo")
    assert _statuses(sqlite_engine) == {1: DocumentStatus.ACTIVE}, undone.text
    (unknown,) = await sqlite_plan_bot.say("/retire 没有这样的标题")
    assert "没有找到文档" in unknown.text and "标题" in unknown.text


async def test_several_title_matches_are_asked_about(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.upload(OTHER_PLAN.encode(), filename="other.txt")
    await sqlite_plan_bot.press("确认入库")
    (question,) = await sqlite_plan_bot.say("/retire 示范市 行动计划")
    labels = [button.label for row in question.buttons for button in row]
    assert "对应多份文件" in question.text and len(labels) == 3, (question.text, labels)
    assert set(_statuses(sqlite_engine).values()) == {DocumentStatus.ACTIVE}
    (one,) = await sqlite_plan_bot.say("/retire 标准化提升 superseded")
    assert "文档已停用" in one.text and "未记录由哪份文件替代" in one.text, one.text
    assert _statuses(sqlite_engine)[2] == DocumentStatus.SUPERSEDED


async def test_a_replaced_plan_names_the_plan_that_replaced_it(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.upload(RENAMED_V2.encode(), filename="v2.txt")
    await sqlite_plan_bot.press("确认入库")
    assert _statuses(sqlite_engine) == {1: DocumentStatus.SUPERSEDED, 2: DocumentStatus.ACTIVE}
    (retired,) = await sqlite_plan_bot.say("/retire 2")
    assert "文档已停用" in retired.text
    (answer,) = await sqlite_plan_bot.say("/targets 示范市")
    assert "已被《示范市品牌建设行动方案(2024—2026年)》替代" in answer.text, answer.text


async def test_a_version_replaced_by_one_of_its_name_says_so_in_the_list(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    from test_admin_samples import PLAN_V2

    await sqlite_plan_bot.upload(PLAN_V2.encode(), filename="v2.txt")
    await sqlite_plan_bot.press("确认入库")
    (listing,) = await sqlite_plan_bot.say("/doc 示范市")
    assert "(已被同名新版本替代)" in listing.text, listing.text


async def test_a_place_name_alone_names_the_one_plan_it_titles(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    """trial45 L1: /retire 澄川 of the only plan titled 澄川市… said 没有找到文档 (four characters
    were needed). Two name it; one character still names nothing."""
    (done,) = await sqlite_plan_bot.say("/retire 示范 expired")
    assert "文档已停用" in done.text, done.text
    assert _statuses(sqlite_engine) == {1: DocumentStatus.EXPIRED}
    (single,) = await sqlite_plan_bot.say("/retire 示 expired")
    assert "没有找到文档" in single.text, single.text


async def test_single_characters_apart_name_no_plan(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    """attack45: "/retire 示 计" (two one-character words, each in almost every title) retired
    the one plan holding both, silently; a word of two characters is needed."""
    (single,) = await sqlite_plan_bot.say("/retire 示 计 expired")
    assert "没有找到文档" in single.text, single.text
    assert _statuses(sqlite_engine) == {1: DocumentStatus.ACTIVE}
    (done,) = await sqlite_plan_bot.say("/retire 示范 计 expired")
    assert "文档已停用" in done.text, done.text


async def test_a_word_every_plan_title_writes_names_no_plan(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    """review45: /retire 计划 retired the one plan whose title held it; a kind of document is
    no name of one."""
    (reply,) = await sqlite_plan_bot.say("/retire 计划 expired")
    assert "没有找到文档" in reply.text, reply.text
    assert _statuses(sqlite_engine) == {1: DocumentStatus.ACTIVE}
