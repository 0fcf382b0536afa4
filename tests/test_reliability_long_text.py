"""A plan with absurdly long metadata goes everywhere a document string is shown, and every
message stays within Telegram's 4,096 UTF-16 units (the emulator refuses longer ones, counting
as Telegram does).

The probe's case: a 4,568-character title made the preview fail ("message is too long"), left
an orphaned pending upload, failed every reminder of the plan and made /retire reply with the
apology after committing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator import SentMessage
from policybot.bot.harness import OfflineHarness
from policybot.bot.reminder_jobs import TICK_JOB, dispatcher_of
from policybot.handlers.errors import USER_APOLOGY
from policybot.knowledge.clipping import TELEGRAM_LIMIT, telegram_length
from policybot.knowledge.models import Document, DocumentStatus, PendingUpload
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.services import services_of
from test_admin_samples import ADMIN, PLAN_V1, admin_bot

PLAN_NAME = "示范市品牌建设三年行动计划(2024—2026年)"
# 4,568 characters, with characters outside the BMP (two UTF-16 units each) and HTML.
LONG_NAME = "示范市品牌建设" + ("𠀀质量<提升>&" * 600)[:4543] + "三年行动计划(2024—2026年)"
LONG_PLAN = PLAN_V1.replace(PLAN_NAME, LONG_NAME)


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        # The test is the clock: a JobQueue tick at the start time, three seconds in (a slow
        # machine gets there), would move the planning checkpoint, and the jump to 2025 would
        # then record the reminders in between as skipped.
        for job in harness.application.job_queue.get_jobs_by_name(TICK_JOB):  # type: ignore[union-attr]
            job.schedule_removal()
        yield harness


def assert_deliverable(replies: list[SentMessage]) -> None:
    assert replies, "the bot did not answer"
    for reply in replies:
        assert 0 < telegram_length(reply.text) <= TELEGRAM_LIMIT
        assert USER_APOLOGY not in reply.text


async def test_a_4568_character_title_never_breaks_a_message(
    bot: OfflineHarness, engine: Engine
) -> None:
    assert len(LONG_NAME) == 4568
    (preview,) = await bot.upload(LONG_PLAN.encode(), filename="长标题.txt")
    assert_deliverable([preview])
    assert preview.labels == ["确认入库", "取消", "全部条目"]
    assert "标题长达" in preview.text and "可能识别有误" in preview.text
    (done,) = await bot.press("确认入库")
    assert_deliverable([done])
    assert "已入库" in done.text
    with Session(engine) as session:
        (document,) = session.exec(select(Document)).all()
        assert document.title is not None and len(document.title) > 4000  # stored as written
        assert session.exec(select(PendingUpload)).all() == []

    for question in (
        "/doc 示范",
        "/targets 示范市",
        "/deadlines 示范 全部",
        "/rewards 示范",
        "/search 品牌",
        "/units 市市场监管局",
        "示范市要新增多少家省级品牌企业?",
        "/edit target 1",
        "/cancel",
        "/history 1",
        "/report 1 5",
        "/subscribe 全部",
        "/mysubs",
        "/calc 示范市 省级品牌企业 1",
        "/compare 示范市 湖州 品牌",
        "/export 示范市",
        "/progress 示范市",
        "/overdue",
    ):
        assert_deliverable(await bot.say(question))

    # Every reminder of the plan reaches the chat (the quarterly report falls due 2025-03-31).
    services_of(bot.application).clock.set(datetime(2025, 3, 31, 1, 0, tzinfo=UTC))  # type: ignore[attr-defined]
    mark = len(bot.emulator.world.outbox)
    await dispatcher_of(bot.application).tick()
    reminders = [m for m in bot.emulator.world.outbox[mark:] if m.chat_id == ADMIN]
    assert_deliverable(reminders)
    with Session(engine) as session:
        statuses = set(session.exec(select(ReminderLedger.status)).all())
    assert statuses == {ReminderStatus.SENT}

    (retired,) = await bot.say("/retire 1")
    assert_deliverable([retired])
    assert "文档已停用" in retired.text
    assert_deliverable(await bot.say("/history"))
    assert_deliverable(await bot.say("/undo"))
    with Session(engine) as session:
        assert session.exec(select(Document.status)).one() == DocumentStatus.ACTIVE


# -- every builder, fed the worst a document can hold ---------------------------------------------

HUGE = "𠀀<&>" * 5000  # 20,000 characters, 25,000 UTF-16 units, all of them escaped in HTML


def _plain_length(html_text: str) -> int:
    from policybot.bot.emulator import html_to_plain, parse_html

    parse_html(html_text)  # raises as Telegram's "can't parse entities" would
    return telegram_length(html_to_plain(html_text))


def test_answer_pages_of_facts_with_huge_fields_fit() -> None:
    from datetime import date

    from policybot.handlers.formatting import page_chunks, render_pages, source_text
    from policybot.knowledge.answers import Answer, Citation, FactLine, Progress

    fact = FactLine(
        "target", 1, HUGE, Citation(1, HUGE, HUGE, HUGE, HUGE), value=HUGE, region=HUGE,
        due=date(2026, 1, 1), due_text=HUGE, lead_units=(HUGE,) * 100,
        support_units=(HUGE,) * 100, progress=Progress(HUGE, date(2025, 1, 1), 50), note=HUGE,
    )  # fmt: skip
    hostile = Answer(True, "targets", HUGE, HUGE, (fact,) * 20, (HUGE,) * 5, 20, HUGE, (HUGE,))
    assert all(_plain_length(page) <= TELEGRAM_LIMIT for page in render_pages(hostile))
    # With an ordinary question, clipping leaves room for every fact's citation.
    ordinary = Answer(True, "targets", "示范市的目标", "20 项", (fact,) * 20, (), 20, "示范市")
    pages = render_pages(ordinary)
    assert all(_plain_length(page) <= TELEGRAM_LIMIT for page in pages)
    # Every fact is on a page, and every page names its source (once per document, #12); the
    # full quotes open from 出处, a page of them within the limit too.
    assert all(page.count("出处: 《") == 1 for page in pages)
    assert sum(page.count(") ") for page in pages) >= 20 and "20) " in pages[-1]
    for start, facts in page_chunks(ordinary):
        assert _plain_length(source_text(ordinary, facts, first=start + 1)) <= TELEGRAM_LIMIT


def test_admin_messages_with_huge_fields_fit() -> None:
    from zoneinfo import ZoneInfo

    from policybot.handlers.admin_format import (
        document_html,
        fact_html,
        history_html,
        preview_html,
        progress_html,
    )
    from policybot.handlers.upload import result_html
    from policybot.knowledge.audit import HistoryLine
    from policybot.knowledge.editing import DocumentView, FactView
    from policybot.knowledge.progress import ProgressView
    from policybot.knowledge.retirement import Retirement
    from policybot.knowledge.store import IngestResult
    from policybot.knowledge.uploads import UploadPreview

    zone = ZoneInfo("Asia/Shanghai")
    now = datetime(2025, 1, 1, tzinfo=UTC)
    retirements = [Retirement(n, HUGE, HUGE, HUGE, "named", n % 2 == 0) for n in range(50)]
    preview = UploadPreview(
        HUGE, HUGE, HUGE, HUGE, HUGE, None, None, {"target": 10**9},
        {key: [HUGE] * 3 for key in ("target", "milestone", "recurring", "reward")},
        [HUGE] * 50, pending_id=1, retirements=retirements,
    )  # fmt: skip
    result = IngestResult(1, "replaced", HUGE, {}, 2, retirements, retirements)
    history = [
        HistoryLine(n, 1, "ingest", "document", n, now, False, [("title", None, HUGE)])
        for n in range(10)
    ]
    texts = [
        preview_html(preview),
        result_html(result),
        document_html(DocumentView(1, HUGE, HUGE, "active"), headline="文档已停用"),
        fact_html(FactView("target", 1, 1, HUGE, "expired", [(HUGE, HUGE)] * 10, HUGE, True)),
        history_html(history, zone, title="最近的修改"),
        progress_html(ProgressView(1, 1, HUGE, 1e300, 1.0, HUGE, now), zone),
    ]
    assert all(_plain_length(text) <= TELEGRAM_LIMIT for text in texts)


def test_fit_lines_keeps_what_fits_and_counts_the_rest() -> None:
    from policybot.knowledge.clipping import fit_lines

    lines = [f"• 单位{n:03d}" for n in range(1000)]
    kept = fit_lines(lines, budget=500)
    assert kept[-1].startswith("…另有 ") and int(kept[-1].split()[1]) == 1000 - len(kept) + 1
    assert sum(telegram_length(line) + 1 for line in kept) <= 500
    assert fit_lines(lines[:3], budget=500) == lines[:3]


def test_ingest_warns_about_absurd_metadata(engine: Engine, tmp_path: object) -> None:
    from pathlib import Path

    from policybot.knowledge.ingest import ingest_file

    path = Path(str(tmp_path)) / "long.txt"
    path.write_text(LONG_PLAN, encoding="utf-8")
    outcome = ingest_file(engine, path)
    assert outcome.result is not None and outcome.result.action == "created"
    assert any("标题长达 4568 字" in warning for warning in outcome.warnings)
    summary = outcome.summary()
    assert "warning: 标题长达" in summary and len(summary.splitlines()[0]) < 300
