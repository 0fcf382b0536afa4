"""A query service over plans a test invents: each text through the real ingest into its own
SQLite store, asked at a fixed moment. Tests of answering build on it instead of repeating the
engine, migration and ingest steps."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge import vocabulary
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.service import QueryService

ASKED_AT = datetime(2032, 3, 1, 1, tzinfo=UTC)

CITY_NOTICE = """示范市人民政府办公室关于印发示范市品牌提升行动计划(2031—2033年)的通知
示政办发〔2031〕41号
各县(区)人民政府,市政府各部门:
现将《示范市品牌提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2031年3月2日
示范市品牌提升行动计划(2031—2033年)
"""


def task_table_plan(city: str = "样例市", prefix: str = "样") -> str:
    """An invented 2018 plan of ``city`` whose goal sentence and task-table row state one
    milestone, the row naming its lead and supporting units (doc number ``prefix``政办发)."""
    return f"""{city}人民政府办公室关于印发{city}品质提升行动计划(2018—2020年)的通知
{prefix}政办发〔2018〕3号
{city}人民政府办公室
2018年3月5日

一、主要目标
2019年6月底前完成全市示范区创建验收。

二、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 开展示范区创建 市市场监管局 市经信委 2019年6月30日
2 建立培育企业库 市市场监管局 市商务局 2018年12月31日
"""


def duties_table_plan(city: str, prefix: str, rows: Iterable[str]) -> str:
    """An invented 2018 品牌建设 plan of ``city`` that is one task table (序号 任务 牵头单位
    配合单位 完成时限) of ``rows`` (doc number ``prefix``政办发)."""
    table = "\n".join(rows)
    return f"""{city}人民政府办公室关于印发{city}品牌建设行动计划(2018—2020年)的通知
{prefix}政办发〔2018〕9号
{city}人民政府办公室
2018年4月2日

一、任务分解表
序号 任务 牵头单位 配合单位 完成时限
{table}
"""


def table_signed_plan(county: str, table: str, signature: str) -> str:
    """An invented 2031 county plan (no notice, no doc number) whose annexed target table,
    ``table`` as the page prints it, stands just before its 落款 ``signature`` (the lines
    above the date 2031年4月8日)."""
    return f"""{county}质量品牌提升三年行动方案(2031—2033年)
一、总体目标
到2033年,全县质量品牌建设取得明显成效。
二、保障措施
各乡镇、各部门要加强组织领导,确保各项任务落到实处。
附件
主要指标任务分解表
{table}
{signature}
2031年4月8日
"""


def city_plan(body: str) -> str:
    """An invented plan of 示范市 (2031—2033): the notice and title the answering tests' plans
    share (示政办发〔2031〕41号, issued 2031-03-02), then ``body``, its chapters."""
    return CITY_NOTICE + body


@contextmanager
def invented_plans_service(
    folder: Path, *plans: str, now: datetime = ASKED_AT
) -> Iterator[QueryService]:
    """The service over ``plans`` (each must be stored), disposed of on exit. jieba knows only
    the names these plans teach while it lives, none an earlier store of the test run taught
    (a unit another test's store names, 市质量强市办, cut as one word what these plans write in
    full): each test's answers are those of its own store, whatever ran before."""
    engine = make_engine(f"sqlite:///{folder / 'plans.db'}")
    upgrade_database(engine)
    try:
        with vocabulary.store_words_set_aside():
            for number, text in enumerate(plans):
                outcome = ingest_bytes(engine, text.encode("utf-8"), f"plan{number}.txt")
                assert outcome.result is not None, outcome
            yield QueryService(engine, clock=FakeClock(now))
    finally:
        engine.dispose()


def ask(service: QueryService, question: str) -> str:
    """The reply to ``question`` as the chat shows it, in plain text (what answering tests read)."""
    return render_plain(service.ask(question))


def plans_fixture(name: str, *plans: str) -> Callable[..., Iterator[QueryService]]:
    """A module fixture: the service over ``plans``, stored once in a folder named ``name``."""

    @pytest.fixture(scope="module")
    def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
        with invented_plans_service(tmp_path_factory.mktemp(name), *plans) as service:
            yield service

    return service
