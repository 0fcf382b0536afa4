"""Admin commands through the real Application: rights (owner, admin, stranger, anonymous
admin), retire with its effect on answers, history, undo, and progress reports."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from emulator_fixtures import help_pages
from policybot.bot.emulator import ANONYMOUS_ADMIN_ID
from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Admin, AuditEntry, Document, DocumentStatus
from test_admin_samples import ADMIN, DOC_NUMBER, GROUP, OWNER, PLAN_V1, STRANGER


def admins(engine: Engine) -> set[int]:
    with Session(engine) as session:
        return {admin.user_id for admin in session.exec(select(Admin))}


def audit_actions(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [entry.action for entry in session.exec(select(AuditEntry).order_by(AuditEntry.id))]  # type: ignore[arg-type]


async def owner_says(plan_bot: OfflineHarness, text: str) -> str:
    (reply,) = await plan_bot.say(text, chat_id=OWNER, user_id=OWNER)
    return reply.text


async def test_owners_grant_and_revoke_admins(plan_bot: OfflineHarness, engine: Engine) -> None:
    assert "已授权用户 4003" in await owner_says(plan_bot, f"/grant {STRANGER}")
    assert "已经是管理员" in await owner_says(plan_bot, f"/grant {STRANGER}")
    (listing,) = await plan_bot.say("/admins", chat_id=STRANGER, user_id=STRANGER)
    assert str(OWNER) in listing.text and str(STRANGER) in listing.text
    assert "已撤销用户 4003" in await owner_says(plan_bot, f"/revoke {STRANGER}")
    assert "不是管理员" in await owner_says(plan_bot, f"/revoke {STRANGER}")
    assert "所有者" in await owner_says(plan_bot, f"/revoke {OWNER}")
    assert "用法" in await owner_says(plan_bot, "/grant someone")
    (refusal,) = await plan_bot.say("/admins", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员" in refusal.text
    assert admins(engine) == {ADMIN}


@pytest.mark.parametrize("command", ["/grant", "/revoke"])
async def test_an_id_too_large_for_any_user_gets_the_usage_reply(
    plan_bot: OfflineHarness, engine: Engine, command: str
) -> None:
    """Found by hypothesis: a 20-digit id crashed the handler (SQLite: int too large)."""
    assert "用法" in await owner_says(plan_bot, f"{command} {'9' * 20}")
    assert admins(engine) == {ADMIN}


async def test_grant_by_replying_to_a_members_message(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("大家好", chat_id=GROUP, user_id=STRANGER)
    stranger_message = plan_bot.emulator.world.messages
    (message_id,) = [
        mid
        for (cid, mid), m in stranger_message.items()
        if cid == GROUP and m.sender_id == STRANGER
    ]
    (reply,) = await plan_bot.say("/grant", chat_id=GROUP, user_id=OWNER, reply_to=message_id)
    assert "已授权用户 4003" in reply.text and STRANGER in admins(engine)


async def test_admins_cannot_grant_and_strangers_cannot_do_anything(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (reply,) = await plan_bot.say(f"/grant {STRANGER}")
    assert "只有机器人所有者" in reply.text
    for command in ("/grant 1", "/revoke 4002", "/retire 1", "/history", "/undo"):
        (refusal,) = await plan_bot.say(command, chat_id=STRANGER, user_id=STRANGER)
        assert "抱歉" in refusal.text, command
    assert admins(engine) == {ADMIN} and audit_actions(engine) == ["grant", "ingest"]


async def test_a_revoked_admin_is_refused_at_once(plan_bot: OfflineHarness, engine: Engine) -> None:
    await owner_says(plan_bot, f"/revoke {ADMIN}")
    (refusal,) = await plan_bot.say("/retire 1")
    assert "只有管理员" in refusal.text
    assert "已撤销撤权" in await owner_says(plan_bot, "/undo")
    (retired,) = await plan_bot.say("/retire 1")
    assert "文档已停用" in retired.text


async def test_an_anonymous_group_admin_is_refused(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    plan_bot.emulator.add_group(GROUP, admins=(ANONYMOUS_ADMIN_ID,))
    (refusal,) = await plan_bot.say("/retire 1", chat_id=GROUP, user_id=ANONYMOUS_ADMIN_ID)
    assert "匿名" in refusal.text
    with Session(engine) as session:
        assert session.get(Document, 1).status == DocumentStatus.ACTIVE  # type: ignore[union-attr]


async def test_retire_removes_a_plan_from_answers_until_undone(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (before,) = await plan_bot.say("/targets 示范市")
    assert "省级品牌企业" in before.text
    (retired,) = await plan_bot.say(f"/retire {DOC_NUMBER} superseded")
    assert "文档已停用" in retired.text and "已被替代" in retired.text
    after = await plan_bot.say("/targets 示范市")
    assert "省级品牌企业" not in "".join(reply.text for reply in after)
    (wrong,) = await plan_bot.say("/retire 1 abolished")
    assert "状态应为" in wrong.text
    (spaced,) = await plan_bot.say("/retire 示府发 〔2024〕 7号")  # not "7号" read as a status
    assert "文档已停用" in spaced.text and "已失效" in spaced.text
    await plan_bot.say("/undo")
    (missing,) = await plan_bot.say("/retire 99")
    assert "没有找到文档" in missing.text
    (undone,) = await plan_bot.say("/undo")
    assert "恢复为「有效」" in undone.text
    (again,) = await plan_bot.say("/targets 示范市")
    assert "省级品牌企业" in again.text


async def test_history_shows_who_changed_what_and_undo(plan_bot: OfflineHarness) -> None:
    # Telegram tells the bot the admin's name with each update; each change keeps the name it
    # was made under (the upload, in the fixture, came before the admin took this name).
    plan_bot.emulator.add_user(ADMIN, "林小禾", username="lin_xiaohe")
    await plan_bot.say("/edit target 1")
    await plan_bot.press("目标值")
    await plan_bot.say("22")
    await plan_bot.say("/retire 1")
    (recent,) = await plan_bot.say("/history")
    lines = recent.text.splitlines()
    assert lines[0] == "最近的修改(北京时间)"  # the zone the times are in (fix45)
    # A document is named by title as well as id (an undone upload's id may be reused).
    assert "林小禾 (@lin_xiaohe) · 4002 停用 文档 #1《示范市品牌建设三年行动计划" in lines[1]
    assert lines[1].endswith(":状态 有效 → 已失效")
    assert "林小禾 (@lin_xiaohe) · 4002 修改 目标 #1:目标值 20 → 22" in lines[2]
    assert "用户4002 (@user4002) · 4002 入库 文档 #1《示范市品牌建设三年行动计划" in lines[3]
    # One clock for every audit row: the upload is stamped by the bot's clock like the edits
    # (2025-01-10 02:00 UTC, 10:00 in Shanghai), not by the real time.
    assert all(" 2025-01-10 10:00 " in line for line in lines[1:4])
    assert f"用户 {OWNER} 授权管理员" in lines[4]  # granted outside the chat: no name known
    (audited,) = await plan_bot.say("/audit")
    assert audited.text == recent.text
    (of_target,) = await plan_bot.say("/history target 1")
    assert of_target.text.splitlines()[1:] == [lines[2]]
    (of_document,) = await plan_bot.say(f"/history {DOC_NUMBER}")
    assert len(of_document.text.splitlines()) == 4  # title, retire, edit, ingest
    await plan_bot.say("/undo")
    (undone,) = await plan_bot.say("/undo")
    assert "已撤销修改" in undone.text and "目标值:20" in undone.text
    (marked,) = await plan_bot.say("/history target 1")
    assert "(已撤销)" in marked.text


async def test_history_names_each_author_as_they_were_called_at_the_time(
    plan_bot: OfflineHarness,
) -> None:
    """User trial: /history showed an author's current name on their earlier changes."""
    plan_bot.emulator.add_user(ADMIN, "林小禾", username="lin_xiaohe")
    await plan_bot.say("/edit target 1")
    await plan_bot.press("目标值")
    await plan_bot.say("22")
    plan_bot.emulator.add_user(ADMIN, "林大禾", username="lin_dahe")
    await plan_bot.say("/report 1 8")  # not an admin command: named from the update itself
    await plan_bot.say("/retire 1")
    (recent,) = await plan_bot.say("/history")
    lines = recent.text.splitlines()
    assert "林大禾 (@lin_dahe) · 4002 停用 文档 #1" in lines[1]
    assert "林大禾 (@lin_dahe) · 4002 报送进展" in lines[2]
    assert "林小禾 (@lin_xiaohe) · 4002 修改 目标 #1:目标值 20 → 22" in lines[3]
    assert "用户4002 (@user4002) · 4002 入库 文档 #1" in lines[4]


async def test_history_tells_two_documents_of_one_reused_id_apart(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/undo")  # an upload: asked first (fix42a)
    await plan_bot.press("确认撤销入库")  # document #1 removed: its id may be given again
    other = PLAN_V1.replace("品牌建设三年行动计划", "标准示范三年行动计划")
    await plan_bot.upload(other.encode(), filename="q.txt")
    await plan_bot.press("确认入库")
    with Session(engine) as session:
        (document,) = session.exec(select(Document)).all()
    await plan_bot.say(f"/retire {document.id}")
    (recent,) = await plan_bot.say("/history")
    lines = recent.text.splitlines()[1:5]
    # Newest first by the audit row's sequence; each line names its own document's title.
    assert [int(line.split(" ")[0][1:]) for line in lines] == sorted(
        (int(line.split(" ")[0][1:]) for line in lines), reverse=True
    )
    assert "停用" in lines[0] and "标准示范三年行动计划" in lines[0]
    assert "入库" in lines[1] and "标准示范三年行动计划" in lines[1]
    assert "撤销" in lines[2] and "品牌建设三年行动计划" in lines[2]
    assert "入库" in lines[3] and "品牌建设三年行动计划" in lines[3] and "(已撤销)" in lines[3]


async def test_undo_of_an_upload_removes_it(plan_bot: OfflineHarness, engine: Engine) -> None:
    (question,) = await plan_bot.say("/undo")  # an upload: asked first (fix42a)
    assert question.labels == ["确认撤销入库", "取消"] and "确定撤销吗" in question.text
    (undone,) = await plan_bot.press("确认撤销入库")
    assert "已撤销入库" in undone.text
    with Session(engine) as session:
        assert session.exec(select(Document)).first() is None
    (nothing,) = await plan_bot.say("/undo")
    assert "没有可以撤销的修改" in nothing.text


async def test_an_undone_upload_leaves_no_trace_of_its_region_or_units(
    plan_bot: OfflineHarness,
) -> None:
    (before,) = await plan_bot.say("/units 市市场监管局")
    assert "示范市" in before.text
    await plan_bot.say("/undo")
    await plan_bot.press("确认撤销入库")
    # The region and unit rows stay in the tables, but no stored document speaks of them, so
    # the place reads as one no plan ever named (fix68: it is no longer recognised as a place).
    (unit,) = await plan_bot.say("/units 市市场监管局")
    assert "示范市" not in unit.text and "未找到" in unit.text
    (targets,) = await plan_bot.say("/targets 示范市")
    (never,) = await plan_bot.say("/targets 南屿市")
    assert "未找到" in targets.text
    assert targets.text == never.text.replace("南屿市", "示范市")
    (directory,) = await plan_bot.say("/units")
    assert "市市场监管局" not in directory.text


async def test_progress_reports_from_admins_and_designated_unit_chats(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (refused,) = await plan_bot.say("/report 1 8", chat_id=STRANGER, user_id=STRANGER)
    assert "管理员指定" in refused.text
    (usage,) = await plan_bot.say("/report 1")
    assert "用法" in usage.text
    (bad,) = await plan_bot.say("/report 1 八家")
    assert "应为数字" in bad.text
    (designated,) = await plan_bot.say("/designate 市市场监管局", chat_id=GROUP)
    assert "已指定本聊天" in designated.text
    (stored,) = await plan_bot.say("/report 1 8 已认定8家", chat_id=GROUP, user_id=STRANGER)
    assert "进展已记录" in stored.text and "报送值:8家(目标 20家)" in stored.text
    assert "完成比例:40%" in stored.text and "报送日期:2025-01-10" in stored.text
    (answer,) = await plan_bot.say("/targets 示范市")
    assert "进展" in answer.text and "40%" in answer.text


async def test_the_admin_menu_is_set_for_owners(plan_bot: OfflineHarness) -> None:
    public = dict(plan_bot.emulator.commands())
    owner_menu = dict(plan_bot.emulator.commands({"type": "chat", "chat_id": OWNER}))
    assert "report" in public and "retire" not in public
    assert {"edit", "add", "delete", "retire", "history", "undo", "grant"} <= set(owner_menu)


async def test_restore_brings_back_a_document_retired_by_someone_else(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.say("/retire 1 expired")
    assert "文档已恢复" in await owner_says(plan_bot, f"/restore {DOC_NUMBER}")
    assert "已经是「有效」" in await owner_says(plan_bot, "/restore 1")
    (answer,) = await plan_bot.say("/targets 示范市")
    assert "省级品牌企业" in answer.text
    assert "已撤销恢复" in await owner_says(plan_bot, "/undo")
    with Session(engine) as session:
        assert session.get(Document, 1).status == DocumentStatus.EXPIRED  # type: ignore[union-attr]


async def test_admin_help_lists_every_admin_command_to_admins_only(
    plan_bot: OfflineHarness,
) -> None:
    for asking in ("/adminhelp", "/help admin"):
        (help_text,) = await plan_bot.say(asking)  # the harness's user is an admin
        for command in ("/edit", "/add", "/delete", "/retire", "/restore", "/history", "/undo"):
            assert command in help_text.text
        assert "/report" in help_text.text and "/grant" in help_text.text
        (stranger,) = await plan_bot.say(asking, chat_id=STRANGER, user_id=STRANGER)
        assert "仅限管理员" in stranger.text and "请联系管理员" in stranger.text
        assert "/edit" not in stranger.text and "/grant" not in stranger.text


async def test_help_points_admins_to_their_commands_and_only_them(plan_bot: OfflineHarness) -> None:
    (own,) = await plan_bot.say("/help")  # the harness's user is an admin
    assert "/adminhelp" in own.text and len(own.text.splitlines()) <= 15
    (stranger,) = await plan_bot.say("/help", chat_id=STRANGER, user_id=STRANGER)
    assert "/adminhelp" not in stranger.text and "/edit" not in stranger.text
    # /help 全部: an admin's pages end with the admin commands; a stranger's have none of them.
    admins = "\n".join(await help_pages(plan_bot))
    assert "/adminhelp" in admins and "/supervise" in admins and "@聊天ID" in admins
    strangers = "\n".join(await help_pages(plan_bot, chat_id=STRANGER, user_id=STRANGER))
    assert "/adminhelp" not in strangers and "/supervise" not in strangers
    # One name for the admin help everywhere an admin is pointed to it (new-user trial: /help
    # said /help admin, page 4 of /help 全部 said /adminhelp); /help admin still answers.
    assert "/help admin" not in own.text and "/help admin" not in admins
    assert own.text.count("/adminhelp") == 1 and admins.count("/adminhelp") == 1
    assert "/overdue" in strangers and "/progress" in strangers


@pytest.mark.parametrize("reference", ["9" * 20, "²"])
async def test_a_document_reference_that_is_no_id_is_refused_with_a_sentence(
    plan_bot: OfflineHarness, reference: str
) -> None:
    """Found by hypothesis: /restore with a 20-digit number crashed (int too large)."""
    reply = await owner_says(plan_bot, f"/restore {reference}")
    assert "没有找到文档" in reply


async def test_a_refusal_repeats_a_long_reference_cut_short(plan_bot: OfflineHarness) -> None:
    """Found by hypothesis: /restore with 4,000 characters answered "Message is too long"."""
    reply = await owner_says(plan_bot, f"/restore {'文号' * 2000}")
    assert "没有找到文档" in reply and len(reply) < 300


async def test_history_names_the_chat_of_a_progress_report_and_of_its_undo(
    plan_bot: OfflineHarness,
) -> None:
    """Trial: /history showed an undone report's chat as a bare id (聊天 -1001234567890 → —),
    where it names each author by name and id."""
    await plan_bot.say("/report 1 8", chat_id=GROUP)
    await plan_bot.say("/undo")
    (recent,) = await plan_bot.say("/history")
    lines = recent.text.splitlines()
    shown = f"测试群 · {GROUP}"  # the title the group has in the emulator
    assert "撤销 进展 #1" in lines[1] and f"聊天 {shown} → —" in lines[1], lines[1]
    assert "报送进展 进展 #1" in lines[2] and f"聊天 — → {shown}" in lines[2], lines[2]
    assert "chat_title" not in recent.text


async def test_history_shows_lists_as_names_and_people_by_name(plan_bot: OfflineHarness) -> None:
    """Trial: /history showed raw Python lists (配合单位 [] → ['…']) and a granted admin by
    number only; lists read as their names, an empty one as (空), people by name where known."""
    plan_bot.emulator.add_user(ADMIN, "林小禾", username="lin_xiaohe")
    plan_bot.emulator.add_user(OWNER, "周大川", username="zhou_dachuan")
    plan_bot.emulator.add_user(STRANGER, "吴小溪", username="wu_xiaoxi")
    await plan_bot.say("/edit milestone 1")
    await plan_bot.press("配合单位")
    await plan_bot.say("市示范研究院")
    await plan_bot.say("/edit target 1")
    await plan_bot.press("配合单位")
    await plan_bot.say("市发展改革委、市示范研究院")
    await plan_bot.say("大家好", chat_id=GROUP, user_id=STRANGER)
    (message_id,) = [
        mid
        for (cid, mid), m in plan_bot.emulator.world.messages.items()
        if cid == GROUP and m.sender_id == STRANGER
    ]
    await plan_bot.say("/grant", chat_id=GROUP, user_id=OWNER, reply_to=message_id)
    (recent,) = await plan_bot.say("/history")
    said = recent.text
    assert "[" not in said and "'" not in said, said
    assert "配合单位 (空) → 市示范研究院" in said, said
    assert "配合单位 市发展改革委 → 市发展改革委、市示范研究院(新增 市示范研究院)" in said, said
    granted = next((line for line in said.splitlines() if "→ 吴小溪" in line), said)
    assert "周大川 (@zhou_dachuan) · 4001 授权管理员" in granted, granted
    assert "吴小溪 (@wu_xiaoxi) · 4003" in granted.split(":", 1)[1], granted
