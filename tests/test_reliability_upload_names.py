"""A file's name is the sender's to choose (attack round): Telegram passes any string, NUL and
other control characters included. A plan sent as ``计划\x00.txt`` was previewed into a pending
row PostgreSQL refused (NUL in a text column): the handler failed and the admin got an error
instead of a preview. The name is now kept without what no store can keep (``readers.storable``:
also lone surrogates, which the emulator cannot send), and the plan is stored."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Document
from test_admin_samples import PLAN_V1, admin_bot


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        yield harness


@pytest.mark.parametrize(
    "filename", ["计划\x00\x07.txt", "\u202e计划\u200f\x1b[31m.txt", "\x00规划.txt"]
)
async def test_a_plan_whose_file_name_holds_control_characters_is_stored(
    bot: OfflineHarness, engine: Engine, filename: str
) -> None:
    (preview,) = await bot.upload(PLAN_V1.encode(), filename=filename)
    assert "确认入库" in preview.labels
    (done,) = await bot.press("确认入库")
    assert "已入库" in done.text
    with Session(engine) as session:
        (document,) = session.exec(select(Document)).all()
    assert document.source and not {"\x00", "\x07", "\x1b", "\ud800"} & set(document.source)
