"""Retiring a plan and undoing it gives every chat its reminders back (trial 39 suspected the
retire → undo of 04-11 for a 7-day reminder that never reached a private chat on 05-08; the
cause was elsewhere, ``test_offline_chat_slow_start``, but the round trip is kept honest here):
a private chat and groups subscribed to the plan's region or unit, by the admin who retired it
or by others, each get the moment's digest once."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.editing import retire_document
from policybot.knowledge.undo import undo_last
from policybot.scheduler.subscriptions import ChatInfo, subscribe
from test_scheduler_dispatcher import dispatcher
from test_scheduler_support import RecordingSender, milestone, nine_am, plan

ADMIN = 1001  # the admin retires and undoes, and subscribes their own private chat
DUE = date(2026, 5, 15)
CHATS = {ADMIN: ("private", "样例市"), -1: ("group", "样例市"), -2: ("group", "市质监局")}


async def test_retire_then_undo_gives_every_chat_its_reminder(engine: Engine) -> None:
    extraction = plan(milestones=[milestone("制定年度考核办法", due=DUE)], period=(2026, 2027))
    stored = nine_am(date(2026, 4, 10))
    document_id = store.ingest_extraction(
        engine, extraction, actor_id=ADMIN, now=stored
    ).document_id
    for chat_id, (kind, name) in CHATS.items():
        info = ChatInfo(chat_id, None, kind)
        assert subscribe(engine, info, name, actor_id=ADMIN, now=stored).topic is not None
    retire_document(engine, ADMIN, str(document_id), now=nine_am(date(2026, 4, 11)))
    undo_last(engine, ADMIN, now=nine_am(date(2026, 4, 11)) + timedelta(minutes=5))

    clock, sender = FakeClock(nine_am(DUE - timedelta(days=7))), RecordingSender()
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    for chat_id in CHATS:
        texts = sender.texts(chat_id)
        assert len(texts) == 1 and "还有 7 天到期" in texts[0], (chat_id, texts)
    clock.advance(timedelta(minutes=10))
    await worker.tick()
    assert len(sender.sent) == len(CHATS)
