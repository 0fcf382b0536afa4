"""The edit conversation through the real Application: /edit, /add, /delete, validation
errors, /cancel at any step, edited messages, refusals and stale buttons."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import AuditEntry, Milestone, RewardRule, Target
from test_admin_samples import GROUP, OWNER, STRANGER


def target(engine: Engine, target_id: int = 1) -> Target:
    with Session(engine) as session:
        found = session.get(Target, target_id)
        assert found is not None
        return found


def changes(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [entry.action for entry in session.exec(select(AuditEntry).order_by(AuditEntry.id))]  # type: ignore[arg-type]


async def test_edit_a_target_by_button_and_value(plan_bot: OfflineHarness, engine: Engine) -> None:
    (shown,) = await plan_bot.say("/edit target 1")
    assert "目标 #1" in shown.text and "目标值:20" in shown.text and "原文" in shown.text
    assert {"事项", "目标值", "单位", "截止日期"} <= set(shown.labels)
    replies = await plan_bot.press("目标值")
    assert any("请输入新的「目标值」" in reply.text for reply in replies)
    (error,) = await plan_bot.say("二十五")
    assert "应为数字" in error.text and "请重新输入" in error.text
    (done,) = await plan_bot.say("25")
    assert "已修改" in done.text and "目标值:25" in done.text and "单位:家" in done.text
    assert target(engine).value == 25
    # The conversation has ended: the next text is a question again, not a value.
    assert "已修改" not in "".join(r.text for r in await plan_bot.say("26"))
    assert target(engine).value == 25


async def test_a_field_can_be_typed_and_dates_are_checked(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/edit 目标 1")
    (unknown,) = await plan_bot.say("预算")
    assert "没有这个字段" in unknown.text
    (question,) = await plan_bot.say("截止日期")
    assert "2026-12-31 或 2026年6月底" in question.text
    (error,) = await plan_bot.say("明年")
    assert "日期格式应为 YYYY-MM-DD" in error.text and "2026年6月底" in error.text
    # A deadline as the plans write it is read as the date it names.
    (done,) = await plan_bot.say("2025年底")
    assert "截止日期:2025-12-31" in done.text
    assert str(target(engine).deadline) == "2025-12-31"


async def test_cancel_leaves_at_every_step(plan_bot: OfflineHarness, engine: Engine) -> None:
    await plan_bot.say("/edit target 1")
    (left,) = await plan_bot.say("/cancel")
    assert "已取消" in left.text
    await plan_bot.say("/edit target 1")
    await plan_bot.press("单位")
    (left,) = await plan_bot.say("/cancel")
    assert "已取消" in left.text
    await plan_bot.say("/add milestone")
    (left,) = await plan_bot.say("/cancel")
    assert "已取消" in left.text
    (nothing,) = await plan_bot.say("/cancel")
    assert "没有进行中的操作" in nothing.text
    assert target(engine).unit == "家" and changes(engine) == ["grant", "ingest"]


async def test_add_a_milestone_step_by_step(plan_bot: OfflineHarness, engine: Engine) -> None:
    (ask_document,) = await plan_bot.say("/add 时间节点")
    assert "所属文档" in ask_document.text
    (unknown,) = await plan_bot.say("99")
    assert "没有找到文档" in unknown.text
    replies = await plan_bot.say("示府发〔2024〕7号")
    assert "请输入「事项」(必填)" in replies[-1].text
    (ask_due,) = await plan_bot.say("完成品牌企业评审")
    assert "截止日期" in ask_due.text
    (error,) = await plan_bot.say("2025-13-01")
    assert "不是有效日期" in error.text
    (done,) = await plan_bot.say("2025-09-30")
    assert "已新增" in done.text and "时间节点 #2" in done.text and "2025-09-30" in done.text
    with Session(engine) as session:
        added = session.get(Milestone, 2)
        assert added is not None and added.title == "完成品牌企业评审"


async def test_delete_asks_first_and_undo_brings_it_back(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (ask,) = await plan_bot.say("/delete reward 1")
    assert "确定删除吗" in ask.text and ask.labels == ["确认删除", "取消"]
    (deleted,) = await plan_bot.press("确认删除")
    assert deleted.edited and "已删除" in deleted.text and "获奖事项" in deleted.text
    with Session(engine) as session:
        assert session.get(RewardRule, 1).deleted_at is not None  # type: ignore[union-attr]
    (undone,) = await plan_bot.say("/undo")
    assert "已撤销删除" in undone.text and "奖励 #1" in undone.text
    with Session(engine) as session:
        assert session.get(RewardRule, 1).deleted_at is None  # type: ignore[union-attr]
    await plan_bot.say("/delete reward 1")
    replies = await plan_bot.press("取消")
    assert any("已取消" in reply.text for reply in replies)


async def test_a_deleted_fact_can_be_neither_edited_nor_deleted_again(
    plan_bot: OfflineHarness,
) -> None:
    await plan_bot.say("/delete reward 1")
    await plan_bot.press("确认删除")
    (edit,) = await plan_bot.say("/edit reward 1")
    assert "已删除的事实不能修改" in edit.text and not edit.labels
    (again,) = await plan_bot.say("/delete reward 1")
    assert "该事实已经删除" in again.text and not again.labels


async def test_wrong_commands_explain_their_use(plan_bot: OfflineHarness) -> None:
    (reply,) = await plan_bot.say("/edit")
    assert "类型" in reply.text and "/edit target 12" in reply.text
    (reply,) = await plan_bot.say("/edit plan 1")
    assert "类型应为" in reply.text
    # A well-formed command naming no fact says so alone: the usage under it (/delete
    # milestone 3, for a target) read as if the command had been typed wrong.
    (reply,) = await plan_bot.say("/delete target 99")
    assert reply.text == "没有找到目标 #99。"
    (reply,) = await plan_bot.say("/edit reward 99999")
    assert reply.text == "没有找到奖励 #99999。"
    (reply,) = await plan_bot.say("/edit target abc")
    assert "正整数" in reply.text


async def test_strangers_are_refused_and_change_nothing(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    for command in ("/edit target 1", "/add target", "/delete target 1", "/undo", "/retire 1"):
        (refusal,) = await plan_bot.say(command, chat_id=STRANGER, user_id=STRANGER)
        assert "只有管理员" in refusal.text, command
    assert changes(engine) == ["grant", "ingest"]


async def test_a_stranger_cannot_press_an_admins_field_button(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/edit target 1", chat_id=GROUP)
    assert await plan_bot.press("目标值", chat_id=GROUP, user_id=STRANGER) == []
    answer = plan_bot.callback_answer()
    assert answer is not None and "只有管理员" in (answer.answer_text or "")
    # The admin's own conversation is untouched.
    await plan_bot.press("目标值", chat_id=GROUP)
    (done,) = await plan_bot.say("30", chat_id=GROUP)
    assert "目标值:30" in done.text


async def test_an_edited_message_never_runs_a_change(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/delete target 2")
    (notice,) = await plan_bot.say("/delete target 1", edited=True)
    assert "编辑过的消息" in notice.text
    (refusal,) = await plan_bot.say("/undo", chat_id=STRANGER, user_id=STRANGER)
    (edited_refusal,) = await plan_bot.say(
        "/retire 1", chat_id=STRANGER, user_id=STRANGER, edited=True
    )
    assert "只有管理员" in refusal.text and "只有管理员" in edited_refusal.text
    assert changes(engine) == ["grant", "ingest"]


async def test_an_old_button_after_the_conversation_says_so(plan_bot: OfflineHarness) -> None:
    await plan_bot.say("/edit target 1")
    await plan_bot.say("/cancel")
    assert await plan_bot.press("目标值") == []
    answer = plan_bot.callback_answer()
    assert answer is not None and "已结束" in (answer.answer_text or "")


async def test_an_idle_conversation_lets_a_later_question_through(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/edit target 1")
    await plan_bot.press("目标值")
    clock = plan_bot.application.bot_data["services"].clock
    clock.advance(timedelta(minutes=16))
    replies = await plan_bot.say("30")
    assert not any("已修改" in reply.text for reply in replies)
    assert target(engine).value == 20


async def test_a_button_of_an_older_edit_cannot_change_the_newer_fact(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (older,) = await plan_bot.say("/edit target 1")
    await plan_bot.say("/edit target 2")
    data = older.button("目标值").data  # type: ignore[union-attr]
    pressed = plan_bot.emulator.push_callback(
        older.chat_id, older.chat_id, older.message_id, data or ""
    )
    await plan_bot.wait_processed(pressed)
    assert "已超时或已结束" in (plan_bot.emulator.latest_message(older.chat_id).text)  # type: ignore[union-attr]
    assert len((data or "").encode()) <= 64


async def test_answers_say_an_edited_value_is_the_admins_beside_the_original(
    plan_bot: OfflineHarness,
) -> None:
    """After /edit the answers show the new value and say an admin changed it, with the
    document's sentence as the original; /undo takes the marker away again."""
    await plan_bot.say("/edit target 1")
    await plan_bot.press("目标值")
    await plan_bot.say("25")
    (listing,) = await plan_bot.say("/targets 示范市")
    (line,) = [text for text in listing.text.splitlines() if "品牌企业" in text]
    assert "25家" in line and "已由管理员修改" in line
    assert all("已由管理员修改" not in text for text in listing.text.splitlines() if text != line)
    (sources,) = await plan_bot.press("出处")
    assert "新增省级品牌企业20家" in sources.text and "已由管理员修改,以上为原文" in sources.text
    (single,) = await plan_bot.say("示范市新增省级品牌企业多少家")
    assert "25家" in single.text and "已由管理员修改,原文:" in single.text
    assert "20家" in single.text.split("已由管理员修改,原文:")[1]
    await plan_bot.say("/undo")
    (listing,) = await plan_bot.say("/targets 示范市")
    assert "已由管理员修改" not in listing.text and "20家" in listing.text


async def test_a_value_saved_by_another_admin_meanwhile_is_shown_not_overwritten(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    """Attacker round: A opened /edit target 1 and saw 20; B saved 22; A typed 21 and B's change
    was lost without a word. Now A is shown 22 and who set it, and asked again."""
    (shown,) = await plan_bot.say("/edit target 1")
    assert "目标值:20" in shown.text
    await plan_bot.press("目标值")
    await plan_bot.say("/edit target 1", chat_id=OWNER, user_id=OWNER)
    await plan_bot.press("目标值", chat_id=OWNER, user_id=OWNER)
    (saved,) = await plan_bot.say("22", chat_id=OWNER, user_id=OWNER)
    assert "已修改" in saved.text and target(engine).value == 22

    (conflict,) = await plan_bot.say("21")
    assert conflict.text.startswith("未保存:你打开修改界面后,「目标值」已被用户4001")
    assert "改为 22。请确认后重新输入新的「目标值」" in conflict.text
    assert target(engine).value == 22 and changes(engine).count("update") == 1
    (done,) = await plan_bot.say("21")  # now knowing 22, A still means 21
    assert "已修改" in done.text and target(engine).value == 21

    # Another field changed meanwhile is no conflict: only what A is changing must hold.
    await plan_bot.say("/edit target 1")
    await plan_bot.press("目标值")
    await plan_bot.say("/edit target 1", chat_id=OWNER, user_id=OWNER)
    await plan_bot.press("截止日期", chat_id=OWNER, user_id=OWNER)
    await plan_bot.say("2025-12-31", chat_id=OWNER, user_id=OWNER)
    (done,) = await plan_bot.say("23")
    assert "已修改" in done.text and "截止日期:2025-12-31" in done.text
    assert target(engine).value == 23


async def test_an_edited_due_date_drops_the_documents_words_for_the_old_one(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    """The document's words for a date ("2024年6月底前") stand beside it in answers; after an
    admin moves the date they named another day ("2024-09-30(2024年6月底前)"), so they go with
    the edit, and /undo brings both back."""
    (before,) = await plan_bot.say("/deadlines 示范市 全部")
    assert "2024-06-30(2024年6月底前)" in before.text
    await plan_bot.say("/edit milestone 1")
    await plan_bot.press("截止日期")
    (done,) = await plan_bot.say("2024年9月底")
    assert "截止日期:2024-09-30" in done.text
    (after,) = await plan_bot.say("/deadlines 示范市 全部")
    (line,) = [text for text in after.text.splitlines() if "遴选" in text and ")" in text[:4]]
    assert "2024-09-30" in line and "6月底" not in line and "已由管理员修改" in line
    with Session(engine) as session:
        milestone = session.get(Milestone, 1)
        assert milestone is not None and milestone.due_text is None
    (history,) = await plan_bot.say("/history")
    assert "2024-06-30 → 2024-09-30" in history.text and "due_text" not in history.text
    await plan_bot.say("/undo")
    (undone,) = await plan_bot.say("/deadlines 示范市 全部")
    assert "2024-06-30(2024年6月底前)" in undone.text


async def test_a_question_during_an_edit_is_neither_a_field_nor_a_value(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    """Trial: a question typed while /edit waited for a field was read as a field name (没有
    这个字段), and one typed while it waited for a value could be saved as that value."""
    await plan_bot.say("/edit target 1")
    (asked,) = await plan_bot.say("示范市今年要新增多少家品牌企业?")
    assert "没有这个字段" not in asked.text, asked.text
    assert "还在修改目标 #1" in asked.text and "/cancel" in asked.text, asked.text
    assert "目标值" in asked.text and "截止日期" in asked.text, asked.text  # the fields to pick
    await plan_bot.press("事项")
    (again,) = await plan_bot.say("品牌企业要报哪些材料吗")
    assert "请输入新的「事项」" in again.text and "/cancel" in again.text, again.text
    assert "已修改" not in again.text and "报哪些材料" not in target(engine).subject
    (done,) = await plan_bot.say("新增省级品牌企业")
    assert "已修改" in done.text
    assert changes(engine)[-1] == "update"
