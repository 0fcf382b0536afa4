"""A plan that repeats an active plan -- the same title and region, under another doc number or
none -- is that plan's new text, not a second plan in force.

Found by trial 30: the Foshan plan uploaded again from another copy whose doc number differed
(a typo, another website) was previewed as new and stored beside the first; every answer then
listed each target twice (``南海区每年质量义诊`` → 25家, 25家) and each reminder came twice. The
preview now names the active document it would replace (同标题), and confirming replaces it, as
the same doc number always did. Texts are invented (the sample plan of ``test_admin_samples``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.bot.harness import OfflineHarness
from policybot.handlers.admin_format import RETIRE_ALL_LABEL
from policybot.knowledge.extract import extract_text
from policybot.knowledge.models import Document, DocumentStatus
from policybot.knowledge.store import ingest_extraction
from test_admin_samples import DOC_NUMBER, PLAN_V1, admin_bot


def status_of(engine: Engine, document_id: int) -> str:
    with Session(engine) as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.status


def stored(engine: Engine, text: str, source: str = "old.txt") -> int:
    return ingest_extraction(engine, extract_text(text, source)).document_id


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        yield harness


async def test_the_same_plan_under_another_doc_number_replaces_it(
    bot: OfflineHarness, engine: Engine
) -> None:
    old = stored(engine, PLAN_V1)
    copy = PLAN_V1.replace(DOC_NUMBER, "示府发〔2024〕17号") + "\n(网站转载)\n"
    (preview,) = await bot.upload(copy.encode(), filename="copy.txt")
    assert f"文档 #{old}" in preview.text and "同标题" in preview.text
    assert preview.labels == ["确认入库", "取消", "全部条目"]
    (done,) = await bot.press("确认入库")
    assert "已入库" in done.text and f"文档 #{old}" in done.text
    assert status_of(engine, old) == DocumentStatus.SUPERSEDED
    (answer,) = await bot.say("/targets 示范市")
    assert answer.text.count("省级品牌企业") == 1


async def test_a_copy_without_a_doc_number_replaces_it_on_ingest(engine: Engine) -> None:
    old = stored(engine, PLAN_V1.replace(DOC_NUMBER + "\n", ""))
    result = ingest_extraction(
        engine, extract_text("来源:某网站\n" + PLAN_V1.replace(DOC_NUMBER + "\n", ""), "b.txt")
    )
    assert result.action == "replaced" and result.replaced_document_id == old
    assert status_of(engine, old) == DocumentStatus.SUPERSEDED


async def test_the_same_title_of_another_region_or_issuer_is_not_replaced(
    bot: OfflineHarness, engine: Engine
) -> None:
    other_place = stored(
        engine, PLAN_V1.replace("示范市", "样板市").replace(DOC_NUMBER, "样府发〔2024〕7号")
    )
    (preview,) = await bot.upload(PLAN_V1.encode(), filename="plan.txt")
    assert f"文档 #{other_place}" not in preview.text
    await bot.press("取消")
    other_issuer = stored(
        engine,
        PLAN_V1.replace("示范市人民政府", "示范市市场监督管理局").replace(
            DOC_NUMBER, "示市监〔2024〕2号"
        ),
    )
    (preview,) = await bot.upload(PLAN_V1.encode(), filename="plan.txt")
    assert RETIRE_ALL_LABEL in preview.labels and f"文档 #{other_issuer}" in preview.text
    (done,) = await bot.press("确认入库")
    assert "已入库" in done.text
    assert status_of(engine, other_issuer) == DocumentStatus.ACTIVE


async def test_a_reissue_of_the_same_title_on_another_day_is_another_document(
    engine: Engine,
) -> None:
    old = stored(engine, PLAN_V1)
    reissue = PLAN_V1.replace(DOC_NUMBER, "示府发〔2025〕3号").replace(
        "2024年3月15日", "2025年2月1日"
    )
    result = ingest_extraction(engine, extract_text(reissue, "reissue.txt"))
    assert result.action == "created" and status_of(engine, old) == DocumentStatus.ACTIVE
