"""Who may change a chat's reminders (attacker round): a group's subscriptions are the group's,
and an ``@chat`` prefix names a chat Telegram could have issued.

Anyone may add a subscription, but in a group only its Telegram admins (an anonymous admin
included) and the bot's admins may take one away or change the lead times: an ordinary member,
or a stranger who joined, switched the work group's reminders off with one /unsubscribe.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.scheduler.models import Chat, Subscription
from test_admin_samples import ADMIN

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

WORK_GROUP = -1009876543210
GROUP_ADMIN = 4010  # an admin of the work group in Telegram, not an admin of the bot
MEMBER = 4011


def subscriptions_of(engine: Engine, chat_id: int) -> list[tuple[int, bool]]:
    with Session(engine) as session:
        rows = session.exec(select(Subscription).where(Subscription.chat_id == chat_id)).all()
        return sorted((row.id or 0, row.active) for row in rows)


def lead_days_of(engine: Engine, chat_id: int) -> str | None:
    with Session(engine) as session:
        chat = session.get(Chat, chat_id)
        return None if chat is None else chat.lead_days


@pytest.mark.parametrize(
    "command",
    [
        "/mysubs @99999999999999999999999",
        "/subscribe @-99999999999999999999999 全部",
        "/leadtimes @99999999999999999999 1",
        "/unsubscribe @-99999999999999999999 全部",
        "/supervise @-99999999999999999999 全部",
        "/designate @-99999999999999999999 示范市质监局",
        "/subscribe @0 全部",
    ],
)
async def test_an_impossible_chat_id_is_no_chat(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine, command: str
) -> None:
    """An admin's @-prefix with a 23-digit id reached the database driver (OverflowError, a
    traceback to the error chat); @0 subscribed a chat that cannot exist."""
    replies = await sqlite_plan_bot.say(command, chat_id=ADMIN, user_id=ADMIN)
    assert replies
    with Session(sqlite_engine) as session:
        chats = [chat.id for chat in session.exec(select(Chat))]
    assert all(0 < abs(chat_id) < 10**16 for chat_id in chats), chats
