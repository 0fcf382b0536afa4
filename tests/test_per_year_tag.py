"""The 每年 tag, through the real Application: one rule in every list line — a per-year quota
reads `· <this year's end> · 每年` whether or not its label says 每年 (new-user trial:
/targets 南海区 2018 showed `各区每年…龙头企业数 · 2018-12-31 · 不少于` with no tag, and in
/deadlines 佛山 2018 one per-year item had `· 每年` and another, `每年帮扶企业`, had not).
Invented plan."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.extract.records import DocumentMeta, Extraction, TargetRecord

NOW = datetime(2031, 3, 1, 1, 0, tzinfo=UTC)  # the plan's second year
SAYS = "各区每年培育紫苑龙头企业不少于6家。"
UNSAID = "紫苑培训人员1000人次以上(每年)。"
ONCE = "到2032年紫苑示范园区达到4个。"


def _plan() -> Extraction:
    def target(subject: str, value: int, quote: str, *, per_year: bool) -> TargetRecord:
        return TargetRecord(
            region="紫苑市",
            subject=subject,
            value=value,
            unit="家",
            deadline=date(2032, 12, 31),
            per_year=per_year,
            quote=quote,
        )

    return Extraction(
        document=DocumentMeta(
            source="ziyuan.txt", region="紫苑市", title="紫苑市紫苑三年计划", period=(2030, 2032)
        ),
        text="紫苑市紫苑三年计划(2030—2032年)。" + SAYS + UNSAID + ONCE,
        targets=[
            target("各区每年培育紫苑龙头企业数", 6, SAYS, per_year=True),
            target("紫苑培训人员", 1000, UNSAID, per_year=True),
            target("紫苑示范园区", 4, ONCE, per_year=False),
        ],
    )


@pytest.fixture
async def harness(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    store.ingest_extraction(sqlite_engine, _plan())
    async with real_bot(
        sqlite_engine, bot_settings(page_size=10), clock=FakeClock(NOW), private_chats=(USER_ID,)
    ) as harness:
        yield harness


def _items(text: str) -> dict[str, str]:
    lines = [line for line in text.splitlines() if re.match(r"\d+\) ", line)]
    return {
        name: line
        for line in lines
        for name in ("龙头企业", "培训人员", "示范园区")
        if name in line
    }


@pytest.mark.parametrize(
    "command", ["/targets 紫苑", "/targets 紫苑 2031", "/deadlines 紫苑", "/deadlines 紫苑 2031"]
)
async def test_every_per_year_line_is_tagged_after_its_date(
    harness: OfflineHarness, command: str
) -> None:
    (reply,) = await harness.say(command)
    items = _items(reply.text)
    assert set(items) == {"龙头企业", "培训人员", "示范园区"} or (
        command.endswith("2031") and {"龙头企业", "培训人员"} <= set(items)
    ), reply.text
    for name in ("龙头企业", "培训人员"):  # the label says 每年, or does not: tagged alike
        assert re.search(r" · 2031-12-31 · 每年(,|$)", items[name]), items[name]
    if "示范园区" in items:  # a one-off target has no tag
        assert "每年" not in items["示范园区"] and "2032-12-31" in items["示范园区"]
