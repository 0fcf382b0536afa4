"""Attack 44 on migration 0028 (every plan read again once at start): a store at 0027 whose
city duty (supported by 南汀区人民政府) was reminded to the district's chat, whose other plan was
retired, and whose admin edited a step, is upgraded; the re-read is killed (SIGKILL) part way
and run again at the next start. The retired plan stays retired (its step is not reminded), the
edit stays, the ledger keeps its rows and nothing is sent twice. Invented plans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.editing import retire_document, update_fact
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Document, DocumentStatus, Milestone
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from test_district_reach_duties import DUTY_PLAN, SUPPORTED
from test_reminders_digest import GROUP, OWNER, local, rows, running, tick
from tests.invented_plans import city_plan

RETIRED_BODY = """一、工作安排
(一)2032年6月30日前,完成计量惠民示范街区验收工作。(牵头单位:市市场监管局)
"""
RETIRED_STEP = "计量惠民示范街区验收"
EDITED = "建成南汀区、北屿县两个质量提升示范区并报送总结"

# The re-read at start, held once the first plan is written back and the second is being read
# (its extraction waits on a marker file), so the kill lands there whatever the machine's load.
REREAD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "import policybot.knowledge.reading as reading\n"
    "from policybot.knowledge.database import make_engine\n"
    "from policybot.knowledge.rereading import reread_stale_documents\n"
    "read, calls = reading.extract_plan, []\n"
    "def held(text, source):\n"
    "    calls.append(source)\n"
    "    if len(calls) == 2:\n"
    "        Path(sys.argv[2]).write_text('reading the second')\n"
    "        time.sleep(120)\n"
    "    return read(text, source)\n"
    "reading.extract_plan = held\n"
    "reread_stale_documents(make_engine(sys.argv[1]))\n"
)


def _store(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    assert ingest_bytes(engine, DUTY_PLAN.encode("utf-8"), "bichuan.txt").result
    assert ingest_bytes(engine, city_plan(RETIRED_BODY).encode("utf-8"), "shifan.txt").result
    with Session(engine) as session:
        (step,) = [m for m in session.exec(select(Milestone)) if "两个质量提升示范区" in m.title]
        step_id = step.id or 0
    update_fact(engine, OWNER, "milestone", step_id, "title", EDITED)
    return engine


def _killed_reread(path: Path) -> None:
    """The re-read at start in a process of its own, killed by SIGKILL part way: after the
    first plan is written back, while the second is being read."""
    env = dict(os.environ, PYTHONPATH=str(Path.cwd()))
    engine = make_engine(f"sqlite:///{path}")
    marker = path.with_suffix(".reading")
    process = subprocess.Popen(
        [sys.executable, "-c", REREAD, f"sqlite:///{path}", str(marker)], env=env
    )
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the re-read reached the second plan"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert len(stale_documents(engine)) == 1, "killed between the two plans"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        engine.dispose()


async def _run(path: Path, *, upgrade: bool) -> tuple[list[tuple[int, str]], int]:
    engine = _store(path)
    later: list[tuple[int, str]] = []
    try:
        clock = FakeClock(local(2032, 6, 20, 10))
        async for bot in running(engine, clock):
            await bot.say("/subscribe 南汀区")
            await bot.say("/subscribe 示范市", chat_id=OWNER, user_id=OWNER)
            sent = await tick(bot, clock, local(2032, 6, 23))
            by_chat = {m.chat_id: m.text for m in sent}
            assert SUPPORTED in by_chat[GROUP] and EDITED in by_chat[GROUP], by_chat
            assert RETIRED_STEP in by_chat[OWNER], by_chat
        retire_document(engine, OWNER, "2", now=local(2032, 6, 23, 10))
        ledger = len(rows(engine))
        if upgrade:
            downgrade_database(engine, "0027_reread_all_stop43")
            upgrade_database(engine)
            assert len(stale_documents(engine)) == 2
            _killed_reread(path)
            reread_stale_documents(engine, now=local(2032, 6, 24, 9))
            assert not stale_documents(engine)
        with Session(engine) as session:
            statuses = {d.id: d.status for d in session.exec(select(Document))}
            titles = {m.title for m in session.exec(select(Milestone)) if m.deleted_at is None}
        assert statuses[2] != DocumentStatus.ACTIVE, statuses
        assert EDITED in titles, titles
        assert len(rows(engine)) == ledger
        clock = FakeClock(local(2032, 6, 24, 10))
        async for bot in running(engine, clock):
            for day in (24, 25, 29, 30):
                sent = await tick(bot, clock, local(2032, 6, day, 14))
                later += [(m.chat_id, m.text) for m in sent]
        assert not any(RETIRED_STEP in text for _, text in later), later
        return later, len(rows(engine))
    finally:
        engine.dispose()


async def test_a_killed_reread_after_the_upgrade_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    expected = await _run(tmp_path / "control.db", upgrade=False)
    got = await _run(tmp_path / "store.db", upgrade=True)
    assert got == expected
