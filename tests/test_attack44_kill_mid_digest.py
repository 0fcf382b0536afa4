"""Attack 44: the reminder leader SIGKILLed in the middle of a fan-out whose digests hold a city
step naming 南汀区 and a city duty 南汀区人民政府 supports, to chats following the district, its
government and the city at once: the next leader sends what was left, each chat one digest,
each item once in it. Invented plan, dated for the worker's clock (2018-12-01)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator import BotApiEmulator
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from test_attack47_district_reach import PLAN, REACHES
from test_leader import CHATS, HELD, count, until
from test_leader_sqlite import start_worker
from test_scheduler_support import follow

DUTY = "报送质量提升示范区建设年度总结"
PLAN_2018 = (
    PLAN.replace("2031—2033年", "2017—2019年")
    .replace("〔2031〕", "〔2017〕")
    .replace("2032年6月底前", "2018年12月8日前")
    .replace("2031年5月1日", "2017年5月1日")
    .replace("2031年4月20日", "2017年4月20日")
    .replace(
        "3.共建服务平台。",
        f"4.年度总结。每年12月8日前{DUTY}。(牵头单位:市市场监管局;配合单位:南汀区人民政府)\n"
        "3.共建服务平台。",
    )
)


def _settled(engine: Engine) -> bool:
    with Session(engine) as session:
        rows = session.exec(select(ReminderLedger)).all()
    if not rows:
        return False
    held = {-chat for chat in HELD}
    return all(
        row.status == (ReminderStatus.CLAIMED if row.chat_id in held else ReminderStatus.SENT)
        for row in rows
    ) and {row.chat_id for row in rows} == {-chat for chat in range(1, CHATS + 1)}


async def test_a_leader_killed_mid_fan_out_of_reached_items_sends_each_once(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'policybot.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    assert ingest_bytes(engine, PLAN_2018.encode("utf-8"), "bichuan.txt").result
    for chat in range(1, CHATS + 1):
        follow(engine, -chat, "南汀区", "南汀区人民政府", "碧川市")
    async with BotApiEmulator() as emulator:
        for chat in range(1, CHATS + 1):
            emulator.add_group(-chat, members=(1,))
            if chat in HELD:
                emulator.inject_fault("sendMessage", "timeout", chat_id=-chat, hold_seconds=60)
        first = await start_worker(url, emulator, "bot-a")
        second = None
        try:
            assert await first.role(timeout=120) == "leader"
            # killed once the chats not held have all their rows sent and the held ones are
            # claimed (a kill between a send and its row's commit would send that one again)
            await until(lambda: _settled(engine), timeout=120)
            first.kill()
            await first.process.wait()
            emulator.clear_faults()
            second = await start_worker(url, emulator, "bot-b")
            assert await second.role(timeout=120) == "leader"
            await until(
                lambda: (
                    count(engine, ReminderStatus.CLAIMED) == 0
                    and count(engine, ReminderStatus.PENDING) == 0
                ),
                timeout=120,
            )
        finally:
            for worker in (first, second):
                if worker is not None:
                    worker.kill()
                    await worker.process.wait()
        for chat in range(1, CHATS + 1):
            sent = emulator.sent_messages(-chat)
            assert len(sent) == 1, (chat, [m.text for m in sent])
            text = sent[0].text
            assert text.count(REACHES) == 1 and text.count(DUTY) == 1, text
    engine.dispose()
