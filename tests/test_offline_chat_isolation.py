"""``policybot chat`` on a production store changes nothing that belongs to real chats (#17).

The offline chat runs the real bot, dispatcher included, on the configured store. Its emulated
Telegram knows none of the real chats, so a dispatcher serving everyone would get "chat not
found" for each of them and deactivate them, and with ``--now`` in the future it would record
every real reminder up to then as skipped. Here a production-like store (a real bot has ticked,
real chats subscribe) gets an offline session with ``--now`` weeks ahead that subscribes and
receives its own reminder; then the real dispatcher ticks, and every real chat gets its
reminder.
"""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot import cli
from policybot.bot.chat import OFFLINE_USER_ID
from policybot.clock import FakeClock
from policybot.knowledge.access import grant, list_admins
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.handled_updates import LocalUpdateClaims
from policybot.knowledge.models import HandledUpdate
from policybot.knowledge.reminder_items import ReminderLedger
from policybot.scheduler.dispatcher import ReminderDispatcher
from policybot.scheduler.models import Chat, Subscription, Supervisor
from policybot.scheduler.scope import OFFLINE_ID_BASE, DispatchScope
from terminals import WaitingTerminal, WatchedOutput
from test_scheduler_support import (
    RecordingSender,
    follow,
    ingest,
    milestone,
    nine_am,
    plan,
    timing,
)

REAL_CHATS = (-100111, -100222, -100333)
SOON = milestone("完成年度质量工作考核", due=date(2019, 1, 22))
LATER = milestone("通过质量强市示范城市验收", due=date(2019, 3, 1))


@pytest.fixture
def production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    """A store a real bot has used: a plan, three subscribed chats, a tick on 2019-01-01."""
    url = f"sqlite:///{tmp_path / 'policybot.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    ingest(engine, plan(milestones=[SOON, LATER], period=(2018, 2019)))
    for chat_id in REAL_CHATS:
        follow(engine, chat_id, "样例市")
    monkeypatch.setenv("POLICYBOT_DB_URL", url)
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("config.toml").write_text(
        "[bot]\nload_seeds = false\n[reminders]\ntick_seconds = 1\n", encoding="utf-8"
    )
    return engine


async def real_tick(engine: Engine, day: date, sender: RecordingSender) -> None:
    dispatcher = ReminderDispatcher(engine, timing(), FakeClock(nine_am(day)), sender)
    dispatcher.config = dispatcher.config.__class__(per_chat_interval=0)
    await dispatcher.tick()


def run_offline_session(monkeypatch: pytest.MonkeyPatch, now: str) -> str:
    output = WatchedOutput(LATER.title)
    monkeypatch.setattr(
        "sys.stdin", WaitingTerminal(output.seen, ["/subscribe 样例市"], patience=90)
    )
    monkeypatch.setattr("sys.stdout", output)
    assert cli.main(["chat", "--now", now]) == cli.EXIT_OK
    return output.getvalue()


async def test_an_offline_session_in_the_future_leaves_every_real_chat_its_reminders(
    production: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    await real_tick(production, date(2019, 1, 1), RecordingSender())  # the bot has run before

    # Subscribed half a minute before 09:00 of the day before LATER is due (start-up takes up to
    # ~10 s on a loaded machine; the session then waits for 09:00): the 1-day reminder
    # that fires at 09:00 is after the subscription (nothing from before it is sent).
    transcript = await_in_thread(run_offline_session, monkeypatch, "2019-02-28T08:59:30")

    with Session(production) as session:
        chats = session.exec(select(Chat).where(Chat.id.in_(REAL_CHATS))).all()  # type: ignore[union-attr]
        assert all(chat.active for chat in chats), [c.deactivated_reason for c in chats]
        assert all(s.active for s in session.exec(select(Subscription)).all())
        real_rows = session.exec(
            select(ReminderLedger).where(ReminderLedger.chat_id.in_(REAL_CHATS))  # type: ignore[attr-defined]
        ).all()
        assert [row for row in real_rows if row.status != "sent"] == []
        assert session.exec(select(HandledUpdate)).all() == [], "offline update ids stay local"
    assert "已订阅:样例市" in transcript
    assert LATER.title in transcript, "the offline chat gets its own reminder"

    sender = RecordingSender()
    await real_tick(production, date(2019, 1, 15), sender)  # SOON is due in 7 days
    for chat_id in REAL_CHATS:
        assert any(SOON.title in text for text in sender.texts(chat_id)), chat_id
    await real_tick(production, date(2019, 3, 1), sender)  # LATER is due today
    for chat_id in REAL_CHATS:
        assert any(LATER.title in text for text in sender.texts(chat_id)), chat_id
    assert not any(abs(chat_id) >= OFFLINE_ID_BASE for chat_id, _ in sender.sent)


def await_in_thread(function, *args):  # type: ignore[no-untyped-def]
    """``cli.main`` runs its own event loop (``asyncio.run``): call it from a worker thread."""
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(function(*args)))
    worker.start()
    worker.join(60)
    assert result, "the offline session did not finish"
    return result[0]


def test_the_real_scope_excludes_offline_ids_and_a_session_scope_holds_only_its_own() -> None:
    everyone = DispatchScope()
    assert everyone.includes(-1001234567890) and everyone.includes(10001)
    assert not everyone.includes(OFFLINE_ID_BASE + 10001)
    assert not everyone.includes(-(OFFLINE_ID_BASE + 1))
    own = DispatchScope.of([OFFLINE_ID_BASE + 10001])
    assert own.includes(OFFLINE_ID_BASE + 10001) and not own.includes(10001)
    assert own.checkpoint_suffix and not everyone.checkpoint_suffix


def test_local_update_claims_drop_a_repeat_and_forget_after_a_day() -> None:
    from datetime import UTC, datetime, timedelta

    claims = LocalUpdateClaims()
    now = datetime(2019, 1, 1, tzinfo=UTC)
    assert claims.claim(7, now) and not claims.claim(7, now + timedelta(hours=1))
    assert claims.forget_old(now + timedelta(days=2)) == 1
    assert claims.claim(7, now + timedelta(days=2))


def test_chat_refuses_a_real_telegram_user_id(production: Engine, capsys) -> None:
    assert cli.main(["chat", "--user-id", "10001"]) == cli.EXIT_USAGE
    assert "2**52" in capsys.readouterr().err


REAL_ADMIN = 555001


def test_the_offline_chat_refuses_to_act_for_real_chats_and_users(
    production: Engine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Attacker round: in ``policybot chat --admin`` on the store's DB, ``@<chat id>`` and
    /grant, /revoke changed real chats' subscriptions and the real bot's admins, while README
    and ``chat --help`` say the session touches nothing of real chats."""
    grant(production, 1, REAL_ADMIN)
    own, other_offline = OFFLINE_USER_ID, OFFLINE_ID_BASE + 77
    lines = [
        "/unsubscribe @-100111 样例市",
        "/subscribe @-1001234567890 样例市",
        "/leadtimes @-100222 5",
        "/mysubs @-100333",
        "/supervise @-100333 样例市",
        "/grant 123456789",
        f"/revoke {REAL_ADMIN}",
        f"/subscribe @{other_offline} 样例市",  # another session's chat is not this one's
        f"/leadtimes @{own} 5",  # the session's own chat, named: allowed
        f"/grant {other_offline}",  # an offline id: nobody real
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert cli.main(["chat", "--admin", "--now", "2019-01-02T10:00"]) == cli.EXIT_OK
    output = capsys.readouterr().out

    for chat_id in (-100111, -1001234567890, -100222, -100333, other_offline):
        assert f"离线对话不能操作其他聊天:@{chat_id} 不是本次离线对话的聊天" in output
    for user_id in (123456789, REAL_ADMIN):
        assert f"离线对话不能授权或撤销真实 Telegram 用户 {user_id} 的权限" in output
    assert "已设置提前提醒:5天" in output and f"已授权用户 {other_offline} 为管理员" in output
    with Session(production) as session:
        subscribed = session.exec(select(Subscription)).all()
        assert sorted(s.chat_id for s in subscribed if s.active) == sorted(REAL_CHATS)
        chats = {chat.id: chat for chat in session.exec(select(Chat))}
        assert set(chats) == {*REAL_CHATS, own}
        assert all(chats[chat_id].lead_days is None for chat_id in REAL_CHATS)
        assert session.exec(select(Supervisor)).all() == []
    assert {admin.user_id for admin in list_admins(production)} == {REAL_ADMIN, other_offline}


def test_a_group_session_leaves_the_users_private_chat_its_reminders(
    production: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Second trial: a private session subscribed; a later ``chat --group`` session at digest
    time sent for the user's private chat too, which its emulator does not hold, got "chat not
    found" and deactivated the private chat, so its digest never came."""
    follow(production, OFFLINE_USER_ID, "样例市")  # an earlier private session's subscription
    output = WatchedOutput(LATER.title)
    monkeypatch.setattr(
        "sys.stdin", WaitingTerminal(output.seen, ["/subscribe 样例市"], patience=90)
    )
    monkeypatch.setattr("sys.stdout", output)
    arguments = ["chat", "--group", "--admin", "--now", "2019-02-28T08:59:30"]
    transcript = await_in_thread(lambda: (cli.main(arguments), output.getvalue())[1])

    assert LATER.title in transcript, "the group session gets the group's own reminder"
    with Session(production) as session:
        private = session.get(Chat, OFFLINE_USER_ID)
        assert private is not None and private.active, private and private.deactivated_reason
        rows = session.exec(
            select(ReminderLedger).where(ReminderLedger.chat_id == OFFLINE_USER_ID)
        ).all()
        assert all(row.status not in ("sent", "failed") for row in rows), rows
