"""A plan retires only what it has the authority to: documents of its own region or below.

The probe's case: a new plan saying "《佛山市…行动计划》同时停止执行" retired Foshan's plan on
confirmation, with no warning, and ``/targets 佛山`` then answered 未找到; a plan from another
issuer carrying Huzhou's doc number replaced the Huzhou plan. Now the preview and the
confirmation name every document retired, and one outside the plan's jurisdiction needs its own
button (``policybot ingest`` never retires it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator import SentMessage
from policybot.bot.harness import OfflineHarness
from policybot.handlers.admin_format import RETIRE_ALL_LABEL
from policybot.knowledge.extract import extract_text
from policybot.knowledge.ingest import ingest_file
from policybot.knowledge.models import Document, DocumentStatus
from policybot.knowledge.store import ingest_extraction
from test_admin_samples import PLAN_V1, admin_bot

PLAN_NAME = "品牌建设三年行动计划(2024—2026年)"


def plan(place: str, number: str, retires: str | None = None, issuer: str | None = None) -> str:
    """The sample plan for ``place``; ``retires`` names a plan that 同时停止执行."""
    text = (
        PLAN_V1.replace("示范市人民政府", issuer or f"{place}人民政府")
        .replace("示范市", place)
        .replace("示府发〔2024〕7号", number)
    )
    if retires:
        text += f"本计划自2024年4月1日起施行,《{retires}{PLAN_NAME}》同时停止执行。\n"
    return text


def store_plan(engine: Engine, text: str, source: str) -> int:
    return ingest_extraction(engine, extract_text(text, source)).document_id


def status_of(engine: Engine, document_id: int) -> str:
    with Session(engine) as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.status


async def upload_retiring(
    bot: OfflineHarness, engine: Engine, place: str, number: str
) -> tuple[int, SentMessage]:
    """``place``'s plan ``number`` stored, then 示范市's new plan that retires it uploaded:
    (the stored plan's id, the upload's preview)."""
    stored = store_plan(engine, plan(place, number), "old.txt")
    (preview,) = await bot.upload(
        plan("示范市", "示府发〔2024〕9号", retires=place).encode(), filename="new.txt"
    )
    return stored, preview


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        yield harness


async def test_another_citys_plan_is_named_and_kept_unless_confirmed_separately(
    bot: OfflineHarness, engine: Engine
) -> None:
    foshan, preview = await upload_retiring(bot, engine, "佛山市", "佛府发〔2017〕3号")
    assert "不属于本文件的地区" in preview.text and f"文档 #{foshan}" in preview.text
    assert "佛山市" in preview.text and "保持有效" in preview.text
    assert preview.labels == ["确认入库", "取消", RETIRE_ALL_LABEL, "全部条目"]
    (done,) = await bot.press("确认入库")
    assert "已入库" in done.text and "仍然有效" in done.text and f"文档 #{foshan}" in done.text
    assert status_of(engine, foshan) == DocumentStatus.ACTIVE
    (answer,) = await bot.say("/targets 佛山")
    assert "未找到" not in answer.text and "省级品牌企业" in answer.text


async def test_the_second_button_retires_it_and_the_confirmation_says_so(
    bot: OfflineHarness, engine: Engine
) -> None:
    foshan, _ = await upload_retiring(bot, engine, "佛山市", "佛府发〔2017〕3号")
    (done,) = await bot.press(RETIRE_ALL_LABEL)
    assert "已停止执行" in done.text and f"文档 #{foshan}" in done.text
    assert status_of(engine, foshan) == DocumentStatus.SUPERSEDED


async def test_a_plan_of_the_same_region_is_retired_by_the_ordinary_confirmation(
    bot: OfflineHarness, engine: Engine
) -> None:
    old, preview = await upload_retiring(bot, engine, "示范市", "示府发〔2021〕2号")
    assert "确认入库后将停止执行" in preview.text and f"文档 #{old}" in preview.text
    assert preview.labels == ["确认入库", "取消", "全部条目"]
    (done,) = await bot.press("确认入库")
    assert "已停止执行" in done.text and f"文档 #{old}" in done.text
    assert status_of(engine, old) == DocumentStatus.SUPERSEDED


async def test_a_city_may_retire_a_districts_plan_but_not_the_reverse(
    bot: OfflineHarness, engine: Engine
) -> None:
    # An earlier plan of the city (another date: one of the same name and date would be the
    # new city plan's own earlier text, which it replaces -- tests/test_repeated_plan.py).
    city_plan = plan("佛山市", "佛府发〔2017〕3号").replace("2024年3月15日", "2023年12月1日")
    city = store_plan(engine, city_plan, "city.txt")
    district = store_plan(engine, plan("佛山市南海区", "南府发〔2017〕1号"), "district.txt")
    (preview,) = await bot.upload(
        plan("佛山市南海区", "南府发〔2024〕5号", retires="佛山市").encode(), filename="d.txt"
    )
    assert RETIRE_ALL_LABEL in preview.labels  # a district cannot retire its city's plan
    await bot.press("取消")
    (preview,) = await bot.upload(
        plan("佛山市", "佛府发〔2024〕8号", retires="佛山市南海区").encode(), filename="c.txt"
    )
    assert (
        preview.labels == ["确认入库", "取消", "全部条目"] and f"文档 #{district}" in preview.text
    )
    await bot.press("确认入库")
    assert status_of(engine, district) == DocumentStatus.SUPERSEDED
    assert status_of(engine, city) == DocumentStatus.ACTIVE


async def test_another_issuers_plan_with_the_same_doc_number_does_not_replace_it(
    bot: OfflineHarness, engine: Engine
) -> None:
    huzhou = store_plan(engine, plan("湖州市", "湖政发〔2017〕3号"), "huzhou.txt")
    (preview,) = await bot.upload(
        plan("示范市", "湖政发〔2017〕3号").encode(), filename="same-number.txt"
    )
    # attack37: a 文号 shared with another region's plan is a clash said, never a retirement
    # offered (it was both 仍然有效 and 同文号,将被新版本替换, with a button to retire it).
    assert "不会替换" in preview.text and f"文档 #{huzhou}" in preview.text
    assert "将被新版本替换" not in preview.text and RETIRE_ALL_LABEL not in preview.labels
    (done,) = await bot.press("确认入库")
    assert "已标记为“已被替代”" not in done.text.split("⚠️")[0]
    assert status_of(engine, huzhou) == DocumentStatus.ACTIVE


def test_the_same_issuers_new_version_by_doc_number_still_replaces_it(
    engine: Engine,
) -> None:
    """The ordinary case stays one step: the same issuer's new text of its own plan."""
    old = store_plan(engine, plan("湖州市", "湖政发〔2017〕3号"), "v1.txt")
    revised = plan("湖州市", "湖政发〔2017〕3号").replace("20家", "25家")
    result = ingest_extraction(engine, extract_text(revised, "v2.txt"))
    assert result.action == "replaced" and result.replaced_document_id == old
    assert status_of(engine, old) == DocumentStatus.SUPERSEDED


def test_policybot_ingest_never_retires_another_citys_plan(engine: Engine, tmp_path: Path) -> None:
    foshan = store_plan(engine, plan("佛山市", "佛府发〔2017〕3号"), "foshan.txt")
    path = tmp_path / "new.txt"
    path.write_text(plan("示范市", "示府发〔2024〕9号", retires="佛山市"), encoding="utf-8")
    outcome = ingest_file(engine, path)
    assert outcome.result is not None and outcome.result.action == "created"
    assert status_of(engine, foshan) == DocumentStatus.ACTIVE
    assert f"warning: not retired #{foshan}" in outcome.summary()
    with Session(engine) as session:
        assert len(session.exec(select(Document)).all()) == 2
