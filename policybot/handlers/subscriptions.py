"""/subscribe, /unsubscribe, /mysubs and /leadtimes: parse, call ``scheduler.subscriptions``, reply.

An admin (``Admin`` table or ``bot.owners``) may act for another chat by putting its id first:
``/subscribe @-1001234567890 南海区``. In a group, only the group's own admins (as Telegram says)
and the bot's admins may add or take away a subscription or change the lead times (and press
已完成/推迟 on its reminders, ``handlers/reminders``): any member (or a stranger who joined) could
otherwise switch the work group's reminders off, or flood it, without anyone noticing.
"""

from __future__ import annotations

import asyncio
from html import escape

from telegram import Chat, ChatMember, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
)

from policybot.handlers.formatting import clip_echo
from policybot.handlers.rights import caller_is_admin, foreign_chat_refusal, trusted_user_id
from policybot.knowledge.clipping import LABEL_LIMIT, NAME_LIMIT, clip, fit_lines
from policybot.knowledge.labels import ALL_WORDS
from policybot.scheduler import subscriptions as subs
from policybot.scheduler.horizon import nothing_ahead_note
from policybot.scheduler.preview import upcoming_for_chat
from policybot.scheduler.subscriptions import ChatInfo, Request
from policybot.scheduler.timing import ReminderTiming
from policybot.scheduler.topics import Resolution
from policybot.services import Services, services_of

# (command, menu description) for the command menu; HELP_TEXT (and ADMIN_HELP_TEXT, to admins)
# for /help 全部.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("subscribe", "订阅到期提醒"),
    ("unsubscribe", "取消订阅"),
    ("mysubs", "查看本聊天的订阅"),
    ("leadtimes", "设置提前提醒天数"),
)

HELP_TEXT = (
    "<b>到期提醒</b>\n"
    "/subscribe 单位或地区 — 订阅提醒,例如 <code>/subscribe 南海区</code>、"
    "<code>/subscribe 市质监局</code>、<code>/subscribe 全部</code>\n"
    "/unsubscribe 单位或地区 — 取消订阅;<code>/unsubscribe 全部</code> 取消本聊天的全部订阅\n"
    "/mysubs — 查看本聊天订阅了什么、提前几天提醒\n"
    "/leadtimes 30 7 1 0 — 设置提前提醒的天数;<code>/leadtimes 默认</code> 恢复默认\n"
    "同一时刻到期的事项合成一条汇总,按到期日和地区排列,🔵临近 🟡7天内 🔴逾期;"
    "下方可点「已完成」(本期不再提醒)或「推迟7天」,多项时可「逐项处理」、翻页。\n"
    "群里增删订阅、改提前天数、点「已完成」「推迟」限本群管理员和机器人管理员。\n"
    "/overdue — 查看逾期未完成的事项"
)
# What only admins may do with reminders: shown to admins only.
ADMIN_HELP_TEXT = (
    "/supervise 地区 — (管理员)指定本群为督办群,逾期未完成的事项升级提醒到这里\n"
    "管理员可为其他聊天操作:在命令后先写 <code>@聊天ID</code>,"
    "例如 <code>/subscribe @-1001234567890 南海区</code>。"
)

USAGE = {
    "subscribe": "用法:/subscribe 单位或地区,例如 /subscribe 南海区 或 /subscribe 全部",
    "unsubscribe": "用法:/unsubscribe 单位或地区,例如 /unsubscribe 南海区",
}
NOT_ADMIN = "只有管理员可以为其他聊天(@聊天ID)操作。"
NOT_GROUP_ADMIN = "只有本群管理员或机器人管理员可以增加、取消本群的订阅或修改提前提醒天数。"
GROUP_ADMIN_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}
PRESENT_STATUSES = {"member", "administrator", "creator", "restricted"}
# Lists whose length the store decides (candidates, subscriptions, upcoming reminders) share
# this many UTF-16 units of a message; the fixed lines around them take far less than the rest.
LIST_BUDGET = 3000
# Topics named under an /unsubscribe reply before "等 N 项": a reminder of what stays, not a list.
MAX_STILL_SHOWN = 5


def topic_html(label: str) -> str:
    """A topic (unit with its region, a region, 全部) as shown: clipped, escaped."""
    return escape(clip(label, 2 * NAME_LIMIT))


def chat_info(chat: Chat) -> ChatInfo:
    title = chat.title or chat.full_name or chat.username
    return ChatInfo(chat.id, title, chat.type)


async def target_chat(
    update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[Request, ChatInfo] | None:
    """The parsed request and the chat it is about, or None once the refusal is sent (only an
    admin may act for another chat)."""
    request = subs.parse_request(list(context.args or []))
    chat = update.effective_chat
    assert chat is not None
    if request.target_chat_id is None or request.target_chat_id == chat.id:
        return request, chat_info(chat)
    if not await caller_is_admin(update, context):
        await _reply(update, NOT_ADMIN)
        return None
    target = request.target_chat_id
    refusal = foreign_chat_refusal(context, target)
    if refusal is not None:
        await _reply(update, escape(refusal))
        return None
    return request, ChatInfo(target, None, "private" if target > 0 else "group")


async def may_change_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the caller may change the group's reminders: any chat's own user in a private
    chat; in a group its admins (an anonymous admin writes as the group itself) and the bot's.
    A button press always names the real person who pressed (the message is the bot's)."""
    chat, message = update.effective_chat, update.message or update.edited_message
    if chat is None or chat.type == Chat.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    user_id = trusted_user_id(update)
    if user_id is None:
        return False
    if await caller_is_admin(update, context):
        return True
    try:
        member = await context.bot.get_chat_member(chat.id, user_id)
    except TelegramError:
        return False
    return member.status in GROUP_ADMIN_STATUSES


async def _refused_in_group(
    update: Update, context: ContextTypes.DEFAULT_TYPE, chat: ChatInfo
) -> bool:
    """True (once the caller is told) when ``chat`` is this group and the caller may not change it."""
    here = update.effective_chat
    if here is None or here.id != chat.id or await may_change_group(update, context):
        return False
    await _reply(update, NOT_GROUP_ADMIN)
    return True


def unresolved_reply(name: str, resolution: Resolution) -> str:
    """Why a name resolved to no single unit or region (HTML): candidates or suggestions."""
    if resolution.candidates:
        lines = [f"• {topic_html(topic.label)}" for topic in resolution.candidates]
        options = "\n".join(fit_lines(lines, budget=LIST_BUDGET))
        return f"“{escape(clip_echo(name))}”对应多个,请写得更具体(可加上地区名):\n{options}"
    if resolution.uncovered_place:
        place = escape(clip_echo(resolution.uncovered_place))
        return f"收录的计划没有覆盖{place}的。发 /doc 看收录了哪些地区的计划,或订阅“全部”。"
    if resolution.suggestions:
        options = "、".join(topic_html(s) for s in resolution.suggestions[:10])
        return f"没有找到“{escape(clip_echo(name))}”。您是不是要找:{options}"
    return f"没有找到“{escape(clip_echo(name))}”。可用 /units 查看单位名称,或订阅“全部”。"


def _where(chat: ChatInfo, update: Update) -> str:
    here = update.effective_chat
    return "" if here is not None and here.id == chat.id else f"(聊天 {chat.id})"


def _leads_text(leads: tuple[int, ...]) -> str:
    return "、".join("当天" if day == 0 else f"{day}天" for day in leads)


async def _reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            text, parse_mode=ParseMode.HTML, reply_markup=markup
        )


# A button under "对应多个" subscribes the chat it was pressed in to that candidate.
PICK = "subpick:"
# Candidates offered as buttons (one a line); the rest are in the text only.
MAX_PICK_BUTTONS = 8


def _pick_buttons(resolution: Resolution) -> InlineKeyboardMarkup | None:
    """One button per candidate of an ambiguous name (live plans' first), so the chat picks the
    unit it meant instead of retyping it with its region."""
    rows = [
        [InlineKeyboardButton(clip(topic.label, NAME_LIMIT), callback_data=PICK + topic.key)]
        for topic in resolution.candidates[:MAX_PICK_BUTTONS]
    ]
    return InlineKeyboardMarkup(rows) if rows else None


async def _change_asked(
    update: Update, context: ContextTypes.DEFAULT_TYPE, command: str
) -> tuple[Request, ChatInfo] | None:
    """The request of a /subscribe or /unsubscribe and the chat it changes, or None once the
    user has been told why not: no name given (the usage, and what the chat has), or a group
    member who may not change the group."""
    target = await target_chat(update, context)
    if target is None:
        return None
    request, chat = target
    if not request.words:
        await _reply(update, USAGE[command] + await _subscribed_now(context, chat, update))
        return None
    if await _refused_in_group(update, context, chat):
        return None
    return target


async def _subscriptions_of(services: Services, chat_id: int) -> subs.ChatSubscriptions:
    """What the chat subscribes to, its lead times and next reminders (read in a thread)."""
    return await asyncio.to_thread(
        subs.list_subscriptions, services.engine, chat_id, _defaults(services)
    )


async def _subscribed_now(
    context: ContextTypes.DEFAULT_TYPE, chat: ChatInfo, update: Update
) -> str:
    """Under a bare /subscribe or /unsubscribe, what the chat subscribes to already: the
    names to unsubscribe are the ones it has (empty when it has none)."""
    view = await _subscriptions_of(services_of(context), chat.id)
    labels = [topic_html(s.label) for s in view.subscriptions if s.active]
    if not labels:
        return ""
    shown = "、".join(fit_lines(labels, budget=LIST_BUDGET // 2))
    return f"\n本聊天{_where(chat, update)}已订阅:{shown}(/mysubs 查看提醒安排)"


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    asked = await _change_asked(update, context, "subscribe")
    if asked is None:
        return
    request, chat = asked
    services = services_of(context)
    user = update.effective_user
    outcome = await asyncio.to_thread(
        subs.subscribe,
        services.engine,
        chat,
        request.text,
        actor_id=user.id if user else None,
        now=services.clock.now(),
    )
    if outcome.topic is None:
        on_behalf = request.target_chat_id not in (None, chat.id)
        markup = None if on_behalf else _pick_buttons(outcome.resolution)
        await _reply(update, unresolved_reply(request.text, outcome.resolution), markup)
        return
    await _reply(update, await _subscribed_reply(update, services, chat, outcome))


async def subscribe_pick(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A candidate's button under an ambiguous /subscribe: subscribe this chat to it."""
    query = update.callback_query
    here = update.effective_chat
    if query is None or here is None or not (query.data or "").startswith(PICK):
        return
    await query.answer()
    chat = chat_info(here)
    if await _refused_in_group(update, context, chat):
        return
    services = services_of(context)
    user = update.effective_user
    outcome = await asyncio.to_thread(
        subs.subscribe,
        services.engine,
        chat,
        "",
        actor_id=user.id if user else None,
        now=services.clock.now(),
        topic_key=(query.data or "")[len(PICK) :],
    )
    if outcome.topic is None:
        await _reply(update, "这个选项已失效,请重新发送 /subscribe。")
        return
    await _reply(update, await _subscribed_reply(update, services, chat, outcome))


async def _subscribed_reply(
    update: Update, services: Services, chat: ChatInfo, outcome: subs.SubscribeOutcome
) -> str:
    """What a chat is told once a topic is subscribed (new, restored, or already there)."""
    assert outcome.topic is not None
    label = topic_html(outcome.topic.label)
    today = services.clock.now().astimezone(services.settings.tz).date()
    note = await asyncio.to_thread(nothing_ahead_note, services.engine, outcome.topic, today)
    if outcome.created or outcome.reactivated:
        view = await _subscriptions_of(services, chat.id)
        if outcome.reactivated:
            # The chat had been deactivated (blocked, not found): everything it followed is back.
            others = [
                topic_html(s.label)
                for s in view.subscriptions
                if s.active and s.label != outcome.topic.label
            ]
            head = f"提醒已恢复{_where(chat, update)}:{label}。" + (
                f"其余订阅也已恢复:{'、'.join(others)}。" if others else ""
            )
        else:
            head = f"已订阅{_where(chat, update)}:{label}。"
        when = f"到期前 {_leads_text(view.lead_days)} 的 {services.settings.reminders.send_at}"
        text = f"{head}\n" + (
            f"{note}以后收录新的规划,会在{when} 提醒。" if note else f"将在{when} 提醒。"
        )
    else:
        text = f"已经订阅过{_where(chat, update)}:{label}。" + (f"\n{note}" if note else "")
    return text


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    asked = await _change_asked(update, context, "unsubscribe")
    if asked is None:
        return
    request, chat = asked
    services = services_of(context)
    if request.text.strip() in ALL_WORDS:  # 全部/所有: every subscription of this chat
        await _reply(update, await _unsubscribe_all(services, chat, update))
        return
    resolution, removed = await asyncio.to_thread(
        subs.unsubscribe, services.engine, chat.id, request.text
    )
    if resolution.topic is None:
        await _reply(update, unresolved_reply(request.text, resolution))
        return
    label = topic_html(resolution.topic.label)
    verb = "已取消订阅" if removed else "本来就没有订阅"
    left = await asyncio.to_thread(
        subs.list_subscriptions, services.engine, chat.id, _defaults(services)
    )
    still = still_followed([view.label for view in left.subscriptions])
    await _reply(update, f"{verb}{_where(chat, update)}:{label}。{still}")


async def _unsubscribe_all(services: Services, chat: ChatInfo, update: Update) -> str:
    """``/unsubscribe 全部`` removes every subscription of the chat, and says which went: it
    used to remove only the subscription named 全部, answering 本来就没有订阅:全部 to a chat
    that followed a district."""
    removed = await asyncio.to_thread(subs.unsubscribe_all, services.engine, chat.id)
    where = _where(chat, update)
    if not removed:
        return f"本聊天{where}没有订阅,不会收到提醒。{USAGE['subscribe']}"
    labels = [topic_html(label) for label in removed]
    shown = "、".join(fit_lines(labels, budget=LIST_BUDGET // 2))
    return (
        f"已取消订阅{where}:本聊天的全部 {len(removed)} 项订阅({shown})。\n"
        "这些订阅的到期提醒不再发送;需要时用 /subscribe 重新订阅。"
    )


def still_followed(labels: list[str]) -> str:
    """What the chat keeps receiving, said under an /unsubscribe.

    '/unsubscribe 全部' removes the 全部 subscription only: answered 已取消订阅:全部 alone, it
    read as 'no more reminders' while a district's kept coming, and 本来就没有订阅:全部 as
    'nothing followed at all'.
    """
    if not labels:
        return ""
    shown = "、".join(topic_html(label) for label in labels[:MAX_STILL_SHOWN])
    more = f" 等 {len(labels)} 项" if len(labels) > MAX_STILL_SHOWN else ""
    return f"\n仍订阅:{shown}{more}(提醒照常发送;/mysubs 查看)"


async def my_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    target = await target_chat(update, context)
    if target is None:
        return
    _, chat = target
    services = services_of(context)
    view = await _subscriptions_of(services, chat.id)
    if not view.subscriptions:
        await _reply(update, f"本聊天{_where(chat, update)}还没有订阅。{USAGE['subscribe']}")
        return
    lines = [f"<b>订阅{_where(chat, update)}</b>"]
    subscribed = [
        f"• {topic_html(s.label)}" + ("" if s.active else "(已停用)") for s in view.subscriptions
    ]
    lines += fit_lines(subscribed, budget=LIST_BUDGET // 2)
    source = "本聊天设置" if view.custom_leads else "默认"
    lines.append(f"提前提醒:{_leads_text(view.lead_days)}({source})")
    timing = ReminderTiming.from_settings(services.settings)
    upcoming, more = await asyncio.to_thread(
        upcoming_for_chat, services.engine, timing, chat.id, services.clock.now()
    )
    if upcoming:
        lines.append("\n<b>接下来 30 天的提醒</b>")
        due_lines = [
            f"• {'、'.join(f'{timing.local(t):%m-%d %H:%M}' for t in u.fire_times)} "
            f"{escape(clip(u.title, LABEL_LIMIT))}"
            f"({u.when})"
            for u in upcoming
        ]
        lines += fit_lines(due_lines, budget=LIST_BUDGET // 2)
        if more:
            lines.append(f"……另有 {more} 项到期提醒,/deadlines 可查看全部")
    if not view.chat_active:
        reason = escape(clip(view.deactivated_reason, LABEL_LIMIT))
        lines.append(f"⚠️ 提醒已停用:{reason}。重新 /subscribe 即可恢复。")
    await _reply(update, "\n".join(lines))


async def lead_times(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    target = await target_chat(update, context)
    if target is None:
        return
    request, chat = target
    services = services_of(context)
    if not request.words:
        view = await _subscriptions_of(services, chat.id)
        await _reply(
            update,
            f"当前提前提醒:{_leads_text(view.lead_days)}。"
            "修改:/leadtimes 30 7 1 0;恢复默认:/leadtimes 默认",
        )
        return
    if await _refused_in_group(update, context, chat):
        return
    try:
        days = subs.parse_lead_days(request.words)
    except subs.LeadTimesError as exc:
        await _reply(update, escape(str(exc)))
        return
    await asyncio.to_thread(subs.set_lead_days, services.engine, chat, days, services.clock.now())
    shown = _leads_text(days if days is not None else _defaults(services))
    await _reply(update, f"已设置{_where(chat, update)}提前提醒:{shown}。")


def _defaults(services: Services) -> tuple[int, ...]:
    return tuple(sorted(set(services.settings.reminders.lead_days), reverse=True))


async def my_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was added to or removed from a chat: follow it at once instead of at the next 403."""
    change = update.my_chat_member
    if change is None:
        return
    present = change.new_chat_member.status in PRESENT_STATUSES
    services = services_of(context)
    await asyncio.to_thread(
        subs.membership_changed,
        services.engine,
        chat_info(change.chat),
        present=present,
        now=services.clock.now(),
    )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("subscribe", subscribe), group)
    application.add_handler(CallbackQueryHandler(subscribe_pick, pattern=rf"^{PICK}"), group)
    application.add_handler(CommandHandler("unsubscribe", unsubscribe), group)
    application.add_handler(CommandHandler("mysubs", my_subscriptions), group)
    application.add_handler(CommandHandler("leadtimes", lead_times), group)
    application.add_handler(
        ChatMemberHandler(my_membership, ChatMemberHandler.MY_CHAT_MEMBER), group
    )
