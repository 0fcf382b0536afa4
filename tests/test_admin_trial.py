"""New-user trial of the admin side: document ids are never handed out twice (an undone
upload's id is not reused, so /history keeps two documents apart) and a history line names a
document by the title it had when the change was made, also after the document is gone."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.models import Document, Target
from policybot.knowledge.readers import ReadError, read_upload
from policybot.knowledge.store import ingest_extraction
from policybot.knowledge.undo import undo_last
from test_admin_samples import ADMIN, PLAN_V1, STRANGER, admin_bot, text_pdf
from test_scheduler_support import plan, target

OTHER_PLAN = (
    "示范县关于推进数字乡村建设的实施方案\n"
    "一、工作目标\n到2025年,全县建成数字乡村示范村10个。\n"
    "二、保障措施\n对新认定的数字乡村示范村,给予20万元奖励。\n"
)


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        yield harness


async def test_an_undone_uploads_id_is_not_given_to_the_next_upload(bot: OfflineHarness) -> None:
    await bot.upload(PLAN_V1.encode(), filename="p.txt")
    (first,) = await bot.press("确认入库")
    assert "已入库:文档 #1" in first.text
    await bot.say("/undo")  # an upload: asked first (fix42a)
    (undone,) = await bot.press("确认撤销入库")
    assert "已撤销" in undone.text
    await bot.upload(OTHER_PLAN.encode(), filename="q.txt")
    (second,) = await bot.press("确认入库")
    assert "已入库:文档 #2" in second.text and "数字乡村" in second.text
    (history,) = await bot.say("/history 2")
    assert "文档 #2 的修改记录" in history.text and "数字乡村" in history.text
    assert "品牌" not in history.text  # the undone plan's lines belong to #1
    (older,) = await bot.say("/history")
    lines = older.text.splitlines()
    assert any("文档 #1" in line and "品牌" in line for line in lines)
    assert not any("文档 #1" in line and "数字乡村" in line for line in lines)


def test_the_migration_keeps_an_old_sqlite_store_and_never_reuses_an_id(tmp_path: Path) -> None:
    """An existing SQLite store (at 0011) is rebuilt with AUTOINCREMENT: documents, their facts
    and indexes stay; an id the audit log names (an upload undone before the upgrade) and the
    highest stored id are not given out again."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    # Written by today's models (fact tables have gained columns since 0011, 0018), then taken
    # back to 0011: the rows, ids and audit log an old store had.
    upgrade_database(engine)
    first = ingest_extraction(engine, plan(targets=[target("X", value=1)], doc_number="样1号"))
    second = ingest_extraction(engine, plan(targets=[target("Y", value=2)], doc_number="样2号"))
    third = ingest_extraction(
        engine, plan(targets=[target("Z", value=3)], doc_number="样3号"), actor_id=ADMIN
    )
    undo_last(engine, ADMIN)  # the row is gone, its audit entries stay
    downgrade_database(engine, "0011_audit_actor_names")
    with engine.connect() as connection:
        (old_ddl,) = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'document'"
        ).one()
    assert "AUTOINCREMENT" not in old_ddl  # as 0011 left it
    upgrade_database(engine)
    with engine.connect() as connection:
        (ddl,) = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'document'"
        ).one()
        indexes = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                " AND tbl_name = 'document'"
            )
        }
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert "AUTOINCREMENT" in ddl
    assert {"ix_document_content_hash", "ix_document_doc_number", "ix_document_status"} <= indexes
    assert "document_delete_bumps_revision" in indexes  # answers' caches still see a change
    with Session(engine) as session:
        assert [d.id for d in session.exec(select(Document).order_by(Document.id))] == [  # type: ignore[arg-type]
            first.document_id,
            second.document_id,
        ]
        assert len(session.exec(select(Target)).all()) == 2
    fourth = ingest_extraction(engine, plan(targets=[target("W", value=4)], doc_number="样4号"))
    assert fourth.document_id == (third.document_id or 0) + 1
    engine.dispose()


async def test_history_names_a_removed_document_by_the_title_it_had(bot: OfflineHarness) -> None:
    """The retirement's lines lost the title once the upload was undone (the document row is
    gone); they show the title the upload recorded."""
    await bot.upload(PLAN_V1.encode(), filename="p.txt")
    await bot.press("确认入库")
    await bot.say("/retire 1")
    await bot.say("/undo")  # the retirement
    await bot.say("/undo")  # the upload, asked first (fix42a)
    await bot.press("确认撤销入库")  # document #1 is gone
    (history,) = await bot.say("/history")
    lines = [line for line in history.text.splitlines() if "文档 #1" in line]
    assert len(lines) == 4  # upload, retirement, and the two undos
    assert all("《示范市品牌建设三年行动计划" in line for line in lines), lines


async def test_a_non_admin_asking_for_history_is_told_it_is_for_admins(
    bot: OfflineHarness,
) -> None:
    (history,) = await bot.say("/history", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员可以查看修改记录" in history.text and "修改知识库" not in history.text
    (admins,) = await bot.say("/admins", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员可以查看管理员名单" in admins.text
    (change,) = await bot.say("/retire 1", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员可以修改知识库" in change.text  # a change is still refused as one
    (own,) = await bot.say("/history")
    assert "最近的修改" in own.text


async def test_a_broken_pdf_gets_one_sentence_and_pypdf_stays_quiet(
    bot: OfflineHarness, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """pypdf's "EOF marker not found" reached the console beside the reply (the upload is read
    in a worker process, whose stderr is the console's); it is kept at debug level now, and
    the uploader is told what to do."""
    whole = text_pdf("示范市关于推进质量品牌建设的实施方案")
    cut = whole[: len(whole) - 30]
    (reply,) = await bot.upload(cut, filename="cut.pdf")
    assert "PDF 文件已损坏或不完整" in reply.text and "Word" in reply.text
    assert "EOF" not in reply.text
    assert "EOF" not in capfd.readouterr().err
    caplog.set_level(logging.DEBUG, logger="policybot.knowledge.readers")
    with pytest.raises(ReadError):
        read_upload(cut, "cut.pdf")  # in this process, to see where the complaint went
    assert "EOF" not in capfd.readouterr().err
    kept = [r for r in caplog.records if r.name == "policybot.knowledge.readers"]
    assert any("EOF marker" in r.getMessage() for r in kept)
    assert all(r.levelno == logging.DEBUG for r in kept)


async def test_history_lists_changes_in_the_order_made_and_says_when_clocks_differ(
    engine: Engine,
) -> None:
    """/history ordered by each entry's time: on a store used at real time (2026) and then by
    ``chat --now 2018``, the change just made sank below the older ones stamped 2026, and
    /undo (撤销我最近一次修改) reverted a line that was not at the top. Every history view now
    lists changes in the order they were made, with the time of the clock each was made under,
    and a note when those times do not read downwards."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from policybot.handlers.admin_format import MIXED_CLOCKS_NOTE, history_html
    from policybot.knowledge.audit import dates_read_downwards, recent

    later = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    earlier = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)
    ingest_extraction(engine, plan(doc_number="样政发〔2018〕1号"), now=earlier)
    ingest_extraction(
        engine, plan(doc_number="样政发〔2018〕2号", extra_text="另一份。"), now=earlier
    )
    assert dates_read_downwards(recent(engine))
    assert MIXED_CLOCKS_NOTE not in history_html(
        recent(engine), ZoneInfo("UTC"), title="最近的修改"
    )
    ingest_extraction(
        engine, plan(doc_number="样政发〔2018〕3号", extra_text="第三份。"), now=later
    )
    ingest_extraction(
        engine, plan(doc_number="样政发〔2018〕4号", extra_text="第四份。"), now=earlier
    )
    lines = recent(engine)
    assert [line.entity_id for line in lines] == [4, 3, 2, 1]  # the change just made first
    assert not dates_read_downwards(lines)
    shown = history_html(lines, ZoneInfo("UTC"), title="最近的修改").splitlines()
    assert shown[1].startswith("#4 2018-06-01") and shown[-1] == MIXED_CLOCKS_NOTE


async def test_undo_reverts_the_top_line_of_history_under_an_earlier_clock(
    engine: Engine,
) -> None:
    """In the bot: a change made at a later clock, then one after the clock is set back (a
    ``chat --now`` session on the same store): /history shows the newer change first with the
    note, and /undo reverts that very line."""
    from datetime import UTC, datetime

    from policybot.clock import FakeClock
    from policybot.handlers.admin_format import MIXED_CLOCKS_NOTE

    clock = FakeClock(datetime(2026, 12, 1, 6, 0, tzinfo=UTC))
    async with admin_bot(engine, clock=clock) as bot:
        await bot.upload(PLAN_V1.encode(), filename="p.txt")
        await bot.press("确认入库")
        clock.set(datetime(2018, 6, 1, 1, 0, tzinfo=UTC))
        await bot.say("/retire 1")
        (history,) = await bot.say("/history")
        top = next(line for line in history.text.splitlines() if line.startswith("#"))
        assert "停用 文档 #1" in top and "2018-06-01" in top
        assert history.text.splitlines()[-1] == MIXED_CLOCKS_NOTE
        (undone,) = await bot.say("/undo")
        assert "已撤销" in undone.text
        with Session(engine) as session:
            document = session.get(Document, 1)
            assert document is not None and document.status == "active"


def test_bundled_plans_are_stamped_by_the_callers_clock(sqlite_engine: Engine) -> None:
    from datetime import UTC, datetime

    from policybot.knowledge.audit import recent
    from policybot.knowledge.ingest import load_seeds_if_empty

    stamp = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)
    assert load_seeds_if_empty(sqlite_engine, now=stamp)
    assert {line.created_at for line in recent(sqlite_engine)} == {stamp}


def test_history_writes_a_sum_of_money_as_answers_do() -> None:
    """trial35: an edited reward read "金额(元) 700000 → 600000" in /history while every answer
    and preview writes 70万元. History now writes sums the same way."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from policybot.handlers.admin_format import history_html
    from policybot.knowledge.audit import HistoryLine

    edit = HistoryLine(
        entry_id=7,
        actor_id=42,
        action="edit",
        entity_kind="reward",
        entity_id=29,
        created_at=datetime(2026, 4, 10, 1, 0, tzinfo=UTC),
        undone=False,
        changes=[("amount_yuan", 600000.0, 700000.0)],
    )
    shown = history_html([edit], ZoneInfo("UTC"), title="最近的修改")
    assert "金额 60万元 → 70万元" in shown, shown
    assert "700000" not in shown


def test_history_says_which_plan_an_upload_replaced() -> None:
    """trial42: the upload's reply said 旧版本文档 #6 已标记为“已被替代”, but /history showed the
    upload like any other, so the trail did not say why #6 stopped counting."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from policybot.handlers.admin_format import history_html
    from policybot.knowledge.audit import HistoryLine

    def upload(entry_id: int, document_id: int, retired: list[int] | None) -> HistoryLine:
        after: list[tuple[str, object, object]] = [("title", None, "示范市质量提升行动计划")]
        if retired is not None:
            after.append(("retired", None, retired))
        stamp = datetime(2026, 4, 10, 1, 0, tzinfo=UTC)
        return HistoryLine(entry_id, 42, "ingest", "document", document_id, stamp, False, after)

    shown = history_html([upload(9, 8, [6]), upload(6, 6, None)], ZoneInfo("UTC"), title="修改")
    first, second = shown.splitlines()[1:3]
    assert first.endswith("《示范市质量提升行动计划》(替代 #6)"), shown
    assert "替代" not in second, shown
