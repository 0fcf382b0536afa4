"""Uploading plans through the real Application and the emulator: preview, confirm, cancel,
same content again, a new version, failing files, refusals and forged buttons."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator.records import SentMessage
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.models import AuditEntry, Document, DocumentStatus, PendingUpload
from policybot.knowledge.uploads import PENDING_LIFETIME
from test_admin_samples import (
    ADMIN,
    DOC_NUMBER,
    GROUP,
    NOW,
    OWNER,
    PLAN_V1,
    PLAN_V2,
    STRANGER,
    admin_bot,
    plan_docx,
    text_pdf,
    zip_bomb_docx,
)


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine, upload_max_bytes=200_000) as harness:
        yield harness


def documents(engine: Engine) -> list[Document]:
    with Session(engine) as session:
        return list(session.exec(select(Document).order_by(Document.id)))  # type: ignore[arg-type]


def pending(engine: Engine) -> list[PendingUpload]:
    with Session(engine) as session:
        return list(session.exec(select(PendingUpload)))


async def test_a_gbk_plan_is_previewed_then_stored_on_confirmation(
    bot: OfflineHarness, engine: Engine
) -> None:
    (preview,) = await bot.upload(PLAN_V1.encode("gbk"), filename="品牌计划.txt")
    assert preview.labels == ["确认入库", "取消", "全部条目"]
    for expected in (DOC_NUMBER, "示范市人民政府", "2024—2026年", "目标 2 项", "时间节点 1 项"):
        assert expected in preview.text
    assert "常规工作 1 项" in preview.text and "奖励 1 项" in preview.text
    # 市财政局 is named only by the reward rule, which /units does not list: 2, not 3 (role39)
    assert "责任单位 2 个" in preview.text and "全市新增省级品牌企业 20家" in preview.text
    assert documents(engine) == [] and len(pending(engine)) == 1
    (done,) = await bot.press("确认入库")
    assert done.edited and "已入库:文档 #1" in done.text and "目标 2 项" in done.text
    assert bot.callback_answer() is not None and bot.callback_answer().answered  # type: ignore[union-attr]
    assert [d.doc_number for d in documents(engine)] == [DOC_NUMBER]
    assert pending(engine) == []
    (again,) = await bot.upload(PLAN_V1.encode("utf-8"), filename="再次.txt")
    assert "该文件已存在" in again.text and "文档 #1" in again.text and again.labels == []
    assert len(documents(engine)) == 1


async def test_a_plan_without_title_is_named_by_its_caption_from_preview_to_retirement(
    bot: OfflineHarness, engine: Engine
) -> None:
    """User trial: the confirmation said 《(无标题)》 of a plan the answers cite by a caption,
    and the caption of a text copied from a web page began with its markup."""
    excerpt = (
        '<div class="content">\n<p>&nbsp;&nbsp;对新认定的示范中心,给予30万元奖励。</p>\n'
        "======\n对获得示范质量奖的企业,给予50万元奖励。\n"
    )
    caption = "文件「对新认定的示范中心,给予30万元奖励」"
    (preview,) = await bot.upload(excerpt.encode(), filename="excerpt.txt")
    assert f"标题:未识别,将称作 {caption}" in preview.text
    (stored,) = await bot.press("确认入库")
    assert f"已入库:文档 #1《{caption}》" in stored.text
    assert "无标题" not in stored.text and "div" not in stored.text
    assert [d.short_title for d in documents(engine)] == [caption]
    (answer,) = await bot.say("示范质量奖奖励多少?")
    assert "50万元" in answer.text and f"《{caption}》" in answer.text
    (retired,) = await bot.say("/retire 1")
    assert f"《{caption}》" in retired.text and "无标题" not in retired.text
    (again,) = await bot.upload(excerpt.encode(), filename="again.txt")
    assert f"该文件已存在:文档 #1《{caption}》" in again.text


async def test_a_preview_older_than_three_days_can_no_longer_be_confirmed(engine: Engine) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(engine, clock=clock) as bot:

        async def confirm(preview: SentMessage) -> SentMessage:
            button = preview.button("确认入库")
            assert button is not None and button.data is not None
            mark = len(bot.emulator.world.outbox)
            pressed = bot.emulator.push_callback(ADMIN, ADMIN, preview.message_id, button.data)
            await bot.wait_processed(pressed)
            (reply,) = [m for m in bot.emulator.world.outbox[mark:] if m.chat_id == ADMIN]
            return reply

        (older,) = await bot.upload(PLAN_V1.encode(), filename="p.txt")
        clock.advance(PENDING_LIFETIME - timedelta(minutes=1))
        (newer,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
        clock.advance(timedelta(minutes=2))  # the first preview is now past its three days
        expired = await confirm(older)
        assert expired.edited and "已超过 3 天,已作废,未入库" in expired.text
        assert "重新发送文件" in expired.text
        assert documents(engine) == [] and len(pending(engine)) == 1  # only the newer one
        stored = await confirm(newer)  # 2 minutes short of three days: still good
        assert "已入库" in stored.text and len(documents(engine)) == 1


async def test_a_pending_upload_survives_a_restart(engine: Engine) -> None:
    async with admin_bot(engine) as first:
        (preview,) = await first.upload(PLAN_V1.encode(), filename="plan.txt")
        button = preview.button("确认入库")
    assert button is not None and button.data is not None
    async with admin_bot(engine) as second:
        # The old preview message lives on in the client; its button carries the same data.
        (anchor,) = await second.say("/help")
        pressed = second.emulator.push_callback(ADMIN, ADMIN, anchor.message_id, button.data)
        await second.wait_processed(pressed)
        assert "已入库" in _latest(second, ADMIN)
    assert [d.doc_number for d in documents(engine)] == [DOC_NUMBER]


async def test_docx_and_pdf_uploads_are_read(bot: OfflineHarness, engine: Engine) -> None:
    (preview,) = await bot.upload(plan_docx(), filename="计划.docx")
    assert "目标 2 项" in preview.text and preview.labels == ["确认入库", "取消", "全部条目"]
    (cancelled,) = await bot.press("取消")
    assert "已取消" in cancelled.text and pending(engine) == []
    (pdf_preview,) = await bot.upload(text_pdf(PLAN_V1), filename="计划.pdf")
    assert "目标 2 项" in pdf_preview.text
    await bot.press("确认入库")
    assert len(documents(engine)) == 1


async def test_a_new_version_says_it_replaces_the_old_one(
    bot: OfflineHarness, engine: Engine
) -> None:
    await bot.upload(PLAN_V1.encode(), filename="v1.txt")
    await bot.press("确认入库")
    (preview,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
    assert "将被新版本替换" in preview.text and "文档 #1" in preview.text
    (done,) = await bot.press("确认入库")
    assert "旧版本文档 #1 已标记为“已被替代”" in done.text
    # Said once, and as done: not again in a list of what "将被" (will be) replaced.
    assert done.text.count("文档 #1") == 1 and "将被" not in done.text
    old, new = documents(engine)
    assert old.status == DocumentStatus.SUPERSEDED and new.status == DocumentStatus.ACTIVE


async def test_a_new_version_says_what_it_changes(bot: OfflineHarness, engine: Engine) -> None:
    # trial37: the preview said it would replace #1 but not what differs (a sum 50→60万元)
    await bot.upload(PLAN_V1.encode(), filename="v1.txt")
    await bot.press("确认入库")
    v3 = PLAN_V2.replace("奖励50万元", "奖励60万元").replace(
        "(一)2024年6月底前,完成品牌企业培育名单的遴选工作。(牵头单位:市市场监管局)\n", ""
    )
    (preview,) = await bot.upload(v3.encode(), filename="v3.txt")
    changes = preview.text.split("将被新版本替换)")[1].split("请核对")[0]
    assert "20家→25家" in changes and "50万元→60万元" in changes, preview.text
    assert "−1 删除" in changes and " 新增" not in changes, preview.text
    assert len(changes.strip().splitlines()) <= 3, changes


async def test_a_new_version_warns_that_hand_edits_stay_behind(
    bot: OfflineHarness, engine: Engine
) -> None:
    # trial36: an admin's /edit of v1 vanished from the answers once v2 replaced it, and the
    # preview had only said 将被新版本替换
    await bot.upload(PLAN_V1.encode(), filename="v1.txt")
    await bot.press("确认入库")
    (preview,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
    assert "管理员的修改" not in preview.text  # nothing edited yet
    await bot.press("取消")
    await bot.say("/edit target 1")
    await bot.press("目标值")
    (edited,) = await bot.say("25")
    assert "已修改" in edited.text
    (preview,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
    assert "将被新版本替换" in preview.text
    assert "其中1项管理员的修改不会带入新版本" in preview.text
    await bot.say("/undo")  # the edit taken back: nothing is left behind
    (preview,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
    assert "管理员的修改" not in preview.text


async def test_a_new_version_names_the_hand_changes_it_leaves_behind(
    bot: OfflineHarness, engine: Engine
) -> None:
    # trial36: the warning counted edits but not deletions, and named none of the items
    await bot.upload(PLAN_V1.encode(), filename="v1.txt")
    await bot.press("确认入库")
    await bot.say("/edit target 1")
    await bot.press("目标值")
    await bot.say("25")
    await bot.say("/delete target 2")
    (deleted,) = await bot.press("确认删除")
    assert "已删除" in deleted.text, deleted.text
    (preview,) = await bot.upload(PLAN_V2.encode(), filename="v2.txt")
    assert "其中2项管理员的修改不会带入新版本" in preview.text, preview.text
    assert "修改 目标 #1 " in preview.text and "删除 目标 #2 " in preview.text, preview.text
    assert "等" not in preview.text.split("不会带入新版本")[1].split("\n\n")[0], preview.text


def test_many_hand_changes_are_named_up_to_a_few() -> None:
    from policybot.handlers.admin_format import HAND_SHOWN, retirement_line
    from policybot.knowledge.retirement import HandChange, Retirement

    changes = tuple(
        HandChange("update", "target", number, f"新增示范牌产品{number}") for number in range(7)
    )
    line = retirement_line(Retirement(3, "示范计划", None, "示范市", "number", True, changes))
    assert line.count("\n   – 修改 目标 #") == HAND_SHOWN, line
    assert line.endswith("等7项") and "其中7项" in line, line
    assert "已由新版本替换" in retirement_line(
        Retirement(3, "示范计划", None, "示范市", "number", True, changes), done=True
    ) and "其中" not in retirement_line(
        Retirement(3, "示范计划", None, "示范市", "number", True, changes), done=True
    )


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"", "empty.txt", "文件为空"),
        (b"x" * 200_001, "big.txt", "文件过大"),
        (b"hello", "plan.xls", "不支持该文件类型"),
        (bytes(range(256)) * 8, "binary.txt", "不是文本文件"),
        (b"PK\x03\x04 broken", "broken.docx", "不是有效的 Word"),
        (zip_bomb_docx(), "bomb.docx", "压缩炸弹"),
        ("今天开会。".encode(), "note.txt", "未找到规划内容"),
    ],
)
async def test_a_failing_upload_leaves_nothing_behind(
    bot: OfflineHarness, engine: Engine, data: bytes, filename: str, reason: str
) -> None:
    (reply,) = await bot.upload(data, filename=filename)
    assert reason in reply.text and reply.labels == []
    assert documents(engine) == [] and pending(engine) == []


async def test_the_size_limit_is_checked_before_downloading(bot: OfflineHarness) -> None:
    await bot.upload(b"x" * 200_001, filename="big.txt")
    assert bot.emulator.calls_to("getFile") == []


async def test_non_admins_cannot_upload_or_confirm(bot: OfflineHarness, engine: Engine) -> None:
    (refusal,) = await bot.upload(
        PLAN_V1.encode(), filename="p.txt", chat_id=STRANGER, user_id=STRANGER
    )
    assert "只有管理员" in refusal.text
    assert pending(engine) == [] and bot.emulator.calls_to("getFile") == []
    # The admin uploads in the group; a member who is not an admin presses the button.
    await bot.upload(PLAN_V1.encode(), filename="p.txt", chat_id=GROUP)
    replies = await bot.press("确认入库", chat_id=GROUP, user_id=STRANGER)
    assert replies == []
    answer = bot.callback_answer()
    assert answer is not None and "只有管理员" in (answer.answer_text or "")
    assert documents(engine) == []
    # The owner may confirm it.
    (done,) = await bot.press("确认入库", chat_id=GROUP, user_id=OWNER)
    assert "已入库" in done.text


async def test_a_button_forged_for_another_chat_finds_nothing(
    bot: OfflineHarness, engine: Engine
) -> None:
    await bot.upload(PLAN_V1.encode(), filename="p.txt", chat_id=GROUP)
    (upload_id,) = [p.id for p in pending(engine)]
    (help_message,) = await bot.say("/help", chat_id=OWNER, user_id=OWNER)
    forged = bot.emulator.push_callback(OWNER, OWNER, help_message.message_id, f"up:ok:{upload_id}")
    await bot.wait_processed(forged)
    assert documents(engine) == [] and len(pending(engine)) == 1
    assert "已处理或已过期" in _latest(bot, OWNER)
    # A member who is no admin cannot cancel it with a forged button either.
    stranger_forged = bot.emulator.push_callback(
        GROUP, STRANGER, _bot_message_id(bot, GROUP), f"up:no:{upload_id}"
    )
    await bot.wait_processed(stranger_forged)
    assert len(pending(engine)) == 1


def _latest(bot: OfflineHarness, chat_id: int) -> str:
    latest = bot.emulator.latest_message(chat_id)
    return latest.text if latest else ""


def _bot_message_id(bot: OfflineHarness, chat_id: int) -> int:
    return bot.emulator.world.bot_messages(chat_id)[0].message_id


async def test_an_anonymous_group_admin_is_not_trusted(bot: OfflineHarness, engine: Engine) -> None:
    from policybot.bot.emulator import ANONYMOUS_ADMIN_ID

    bot.emulator.add_group(GROUP, admins=(ANONYMOUS_ADMIN_ID,))
    replies = await bot.upload(
        PLAN_V1.encode(),
        filename="p.txt",
        caption=f"@{bot.emulator.bot.username} 新计划",
        chat_id=GROUP,
        user_id=ANONYMOUS_ADMIN_ID,
    )
    assert replies and "匿名" in replies[0].text
    assert pending(engine) == []
    with Session(engine) as session:
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "ingest")).first() is None


async def test_files_shared_among_group_members_are_left_alone(
    bot: OfflineHarness, engine: Engine
) -> None:
    assert await bot.upload(b"minutes", filename="a.txt", chat_id=GROUP, user_id=STRANGER) == []
    (refusal,) = await bot.upload(
        PLAN_V1.encode(),
        filename="p.txt",
        caption=f"@{bot.emulator.bot.username} 请入库",
        chat_id=GROUP,
        user_id=STRANGER,
    )
    assert "只有管理员" in refusal.text and pending(engine) == []


def test_a_preview_with_many_warnings_stays_within_telegram_limits() -> None:
    import re

    from policybot.handlers.admin_format import preview_html
    from policybot.knowledge.clipping import visible_length
    from policybot.knowledge.uploads import UploadPreview

    preview = UploadPreview(
        filename="<长>&.txt",
        title="标题<b>",
        doc_number=None,
        issuer=None,
        region=None,
        issued=None,
        period=None,
        counts={"target": 500},
        first_items={"target": ["目" * 500] * 3},
        warnings=["无法识别的表格 <td>" * 20] * 200,
        pending_id=1,
    )
    text = preview_html(preview)
    # Telegram's limit applies to the text after HTML parsing, in UTF-16 units.
    assert visible_length(text) <= 4096 and "&lt;b&gt;" in text
    assert re.search(r"…另有 (\d+) 条", text) and text.endswith("请核对后点击“确认入库”或“取消”。")


async def test_uploads_work_behind_a_self_hosted_bot_api_server(engine: Engine) -> None:
    """``production_builder`` with only ``base_url`` configured (the emulator plays the
    self-hosted server): the file must come from the same server, not api.telegram.org."""
    from policybot.bot.app import build_application, production_builder
    from policybot.bot.emulator import BotApiEmulator
    from policybot.bot.harness import TrackingUpdateProcessor
    from policybot.clock import FakeClock
    from policybot.config import BotSettings, Settings, TelegramSettings
    from policybot.knowledge.access import grant
    from policybot.services import Services
    from test_admin_samples import NOW

    async with BotApiEmulator() as emulator:
        settings = Settings(
            telegram=TelegramSettings(token=emulator.token, base_url=emulator.base_url),
            bot=BotSettings(load_seeds=False, owners=(OWNER,)),
        )
        assert settings.telegram.file_url == emulator.base_file_url
        grant(engine, OWNER, ADMIN)
        services = Services(settings, engine, FakeClock(NOW))

        def factory(_emulator_builder: object) -> object:
            builder = production_builder(settings).concurrent_updates(TrackingUpdateProcessor())
            return build_application(settings, services, builder=builder)

        async with OfflineHarness(factory, emulator=emulator, user_id=ADMIN) as harness:  # type: ignore[arg-type]
            (preview,) = await harness.upload(PLAN_V1.encode(), filename="plan.txt")
    assert "文件下载失败" not in preview.text and "目标 2 项" in preview.text


def _many_targets_plan(count: int) -> str:
    """PLAN_V1 with ``count`` more targets, one sentence each: more than a preview shows."""
    extra = "".join(
        f"到2026年,全市新增示范项目第{n}类{n + 10}个。(牵头单位:市市场监管局)\n"
        for n in range(1, count + 1)
    )
    return PLAN_V1.replace("二、工作安排\n", extra + "二、工作安排\n")


async def test_the_preview_pages_every_item_read_on_request(engine: Engine) -> None:
    """The preview shows the first two items of a kind; 全部条目 sends every item read (tasks
    too), paged with 上一页/下一页 like long answers, while the preview keeps its 确认入库.
    The button is read from the pending upload, so it works after a restart; once confirmed,
    or pressed in another chat, it says 已过期 and sends nothing."""
    text = _many_targets_plan(30)
    async with admin_bot(engine) as first:
        (preview,) = await first.upload(text.encode(), filename="多目标.txt")
        assert "等 32 项" in preview.text and preview.labels[-1] == "全部条目"
        button = preview.button("全部条目")
        assert button is not None and button.data is not None
    async with admin_bot(engine) as second:  # a restart: the button still lists
        (anchor,) = await second.say("/help")
        pressed = second.emulator.push_callback(ADMIN, ADMIN, anchor.message_id, button.data)
        await second.wait_processed(pressed)
        pages = [second.emulator.latest_message(ADMIN)]
        assert pages[0] is not None and "第 1/" in pages[0].text
        while pages[-1] is not None and "下一页" in pages[-1].labels:
            pages.extend(await second.press("下一页"))
        listed = "\n".join(page.text for page in pages if page is not None)
        for n in range(1, 31):
            assert f"示范项目第{n}类 {n + 10}个" in listed
        assert "<b>任务</b>" in listed or "任务(共" in listed
        total = len(pages)
        assert total > 2 and f"第 {total}/{total} 页" in listed
        assert all(len(page.text) <= 4096 for page in pages if page is not None)
        # The last page, a scroll below the preview, says where its buttons are.
        assert pages[-1] is not None and "确认入库" in pages[-1].text
        assert all("确认入库" not in page.text for page in pages[:-1] if page is not None)

        # Another chat cannot list it; once confirmed it is gone.
        (elsewhere,) = await second.say("/help", chat_id=OWNER, user_id=OWNER)
        forged = second.emulator.push_callback(OWNER, OWNER, elsewhere.message_id, button.data)
        await second.wait_processed(forged)
        answer = second.emulator.callback_answer(forged)
        assert answer is not None and "已过期" in (answer.answer_text or "")
        (stored,) = pending(engine)
        assert stored.id is not None
        pressed = second.emulator.push_callback(
            ADMIN, ADMIN, anchor.message_id, f"up:ok:{stored.id}:{button.data.split(':')[3]}"
        )
        await second.wait_processed(pressed)
        assert [d.doc_number for d in documents(engine)] == [DOC_NUMBER] and pending(engine) == []
        again = second.emulator.push_callback(ADMIN, ADMIN, anchor.message_id, button.data)
        await second.wait_processed(again)
        answer = second.emulator.callback_answer(again)
        assert answer is not None and "已过期" in (answer.answer_text or "")
