"""The lookup commands and plain questions: parse the arguments, ask the service, reply.

Handlers stay thin: no SQL and no rules here. The service is synchronous (one small query plus
in-memory work, or a rebuild of the index after the store changed), so it runs in a worker
thread and never stalls the event loop that is polling Telegram.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Message, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

from policybot.handlers import admin, calc, compare, subscriptions, unknown
from policybot.handlers.formatting import clip_echo, render_pages
from policybot.handlers.paging import reply_pages
from policybot.handlers.rights import caller_is_admin
from policybot.knowledge import commands
from policybot.knowledge.answers import Answer
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import Route
from policybot.services import services_of

# (command, menu description, usage example, explanation) — /help and the menu read this.
COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    ("targets", "查目标任务", "/targets 湖州 2018", "某地区的目标,可加关键词或年份"),
    ("rewards", "查奖励政策", "/rewards 衢州 驰名商标", "奖励金额和条件,地区和关键词都可省略"),
    (
        "deadlines",
        "查截止期限",
        "/deadlines 佛山 全部",
        "按时间先后列出期限;加年份看当年,加“全部”含已过期",
    ),
    ("units", "查责任单位", "/units 市质量技监局", "单位牵头或配合的事项;不带参数列出所有单位"),
    ("doc", "查文件", "/doc 湖州", "收录的文件,可按地区或文号查"),
    ("search", "全文搜索", "/search 卓越绩效", "在所有目标、节点、奖励中搜索"),
    (
        "calc",
        "奖励测算",
        "/calc 衢州 国际标准 主导 1; 驰名商标 1",
        "按文件条款算成果能拿多少奖励,可用按钮改数量",
    ),
    (
        "compare",
        "两地对比",
        "/compare 南海 顺德 2018",
        "两个地区的目标并排对比,列出一方有而另一方没有的",
    ),
    (
        "export",
        "导出台账",
        "/export 南海区",
        "某地区的目标、节点、奖励导出为Excel(全部导出仅限管理员)",
    ),
    ("progress", "进展图", "/progress 南海区", "各目标已报送进展与期限对照的图"),
    ("help", "使用说明", "/help 全部", "常用命令;加“全部”看所有命令"),
)


# The commands most people use, each with one example: /help fits a phone screen.
EVERYDAY = ("targets", "rewards", "deadlines", "units", "search", "calc")
ALL_HELP_WORDS = frozenset({"全部", "all", "更多"})
ADMIN_HELP_WORDS = frozenset({"admin", "管理员", "管理"})  # /help admin = /adminhelp
ADMIN_HELP_COMMAND = "adminhelp"


def help_text(bot_username: str | None = None, *, admin: bool = False) -> str:
    """/help: about a dozen lines — the everyday commands with an example each, how to ask,
    and where the rest is (``/help 全部``; ``/adminhelp`` shown to admins only)."""
    mention = f"@{bot_username}" if bot_username else "@机器人"
    by_name = {command: (title, example) for command, title, example, _ in COMMANDS}
    lines = [
        "<b>使用说明</b>",
        "直接提问,例如 <code>南海区2018年省名牌产品要多少个?</code>",
    ]
    for command in EVERYDAY:
        title, example = by_name[command]
        lines.append(f"{title}: <code>{example}</code>")
    lines += [
        "到期提醒: <code>/subscribe 南海区</code>;逾期未完成: /overdue",
        f"群里请 {mention} 提问。回答都注明出处,查不到就说“未找到”。",
        "全部命令: <code>/help 全部</code>",
    ]
    if admin:
        # One name everywhere (/help, /help 全部, the command menu, README): /adminhelp, a
        # command Telegram makes tappable; /help admin answers the same.
        lines.append(f"管理员功能: /{ADMIN_HELP_COMMAND}")
    return "\n".join(lines)


# /help 全部 a page at a time: about as many lines as a phone shows without scrolling.
HELP_PAGE_LINES = 15


def _full_help_blocks(bot_username: str | None, *, admin: bool) -> list[list[str]]:
    """The parts of ``/help 全部`` a page keeps together, each a list of lines; a part that opens
    a section starts with its bold title. Admin commands are for admins only."""
    blocks = [
        [f"/{command} — {title}:{explanation}", f"   例如 <code>{example}</code>"]
        for command, title, example, explanation in COMMANDS
    ]
    blocks[0].insert(0, "<b>可用命令</b>")
    mention = f"@{bot_username} " if bot_username else "@机器人 "
    blocks.append(
        [
            "<b>直接提问</b>",
            "私聊时直接输入问题,例如:",
            "   <code>南海区2018年省名牌产品要多少个?</code>",
            "   <code>驰名商标奖励多少钱</code>",
            "   <code>湖州市质监局负责哪些目标</code>",
            "   <code>南海和顺德2018年的指标对比</code>",
            "   <code>我们主导制定了1项国际标准,衢州能拿多少?</code>",
            "   <code>佛山本月有啥要到期的任务?</code>",
            "   <code>衢政发〔2007〕47号还有效吗?</code>",
            f"群聊中请 @ 我提问,例如 <code>{mention}驰名商标奖励多少钱</code>。",
        ]
    )
    blocks.append(
        [
            "<b>回答</b>",
            "每条回答都注明出处文件,点“出处”可看原文和章节;没把握时标明“部分相符,仅供参考”,"
            "查不到时回答“未找到”,不会猜测。简称(规上、国标、浙制…)见 /glossary。",
        ]
    )
    reminders = subscriptions.HELP_TEXT.splitlines()
    if admin:
        reminders += subscriptions.ADMIN_HELP_TEXT.splitlines()
    blocks.append(reminders)
    if admin:
        blocks.append(
            ["<b>维护知识库</b>", f"上传文件、修改、撤销等管理员功能见 /{ADMIN_HELP_COMMAND}"]
        )
    return blocks


def full_help_pages(bot_username: str | None = None, *, admin: bool = False) -> list[str]:
    """``/help 全部`` in pages of about ``HELP_PAGE_LINES`` lines (every command with its
    explanation, questions, reminders; admins also see theirs), each page numbered."""
    pages: list[list[str]] = []
    for block in _full_help_blocks(bot_username, admin=admin):
        page = pages[-1] if pages else None
        opens_section = block[0].startswith("<b>")
        # the page's number below it takes two lines
        if page is None or len(page) + opens_section + len(block) > HELP_PAGE_LINES - 2:
            pages.append(list(block))
        else:
            page += [""] * opens_section + block
    if len(pages) == 1:
        return ["\n".join(pages[0])]
    return [
        "\n".join(page) + f"\n\n第 {number}/{len(pages)} 页" for number, page in enumerate(pages, 1)
    ]


def full_help_text(bot_username: str | None = None, *, admin: bool = False) -> str:
    """``/help 全部`` whole (``policybot ask``, which prints an answer unpaged)."""
    blocks = _full_help_blocks(bot_username, admin=admin)
    return "\n".join(
        ("\n" if block[0].startswith("<b>") and number else "") + "\n".join(block)
        for number, block in enumerate(blocks)
    )


async def _help_for(update: Update, context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The pages of the help asked for (one page but for ``/help 全部``)."""
    words = [word.lower() for word in context.args or []]
    if words and words[0] in ADMIN_HELP_WORDS:
        return [await admin.admin_help_text(update, context)]
    is_admin = await caller_is_admin(update, context)
    if words and words[0] in ALL_HELP_WORDS:
        return full_help_pages(context.bot.username, admin=is_admin)
    return [help_text(context.bot.username, admin=is_admin)]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    name = f",{user.first_name}" if user and user.first_name else ""
    admin_user = await caller_is_admin(update, context)
    await message.reply_text(
        f"您好{name}!我是质量品牌规划助手,可以查询规划文件中的目标、奖励、期限和责任单位。\n\n"
        + help_text(context.bot.username, admin=admin_user),
        parse_mode=ParseMode.HTML,
    )


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    pages = await _help_for(update, context)
    chat_data = context.chat_data if context.chat_data is not None else {}
    await reply_pages(message, chat_data, pages)  # 上一页/下一页 when there are more


async def _answer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    lookup: Callable[[], Answer],
    command: str | None = None,
) -> None:
    message = update.effective_message
    if message is None:
        return
    services = services_of(context)
    answer = await asyncio.to_thread(lookup)
    size = services.settings.bot.page_size
    pages = render_pages(answer, page_size=size)
    chat_data = context.chat_data if context.chat_data is not None else {}
    # A command's text (/targets 湖州) is what a follow-up (那佛山呢) re-runs.
    Conversation(chat_data).remember(command or answer.question or "", answer)
    cited = await asyncio.to_thread(services.queries.cited_states, answer)
    await reply_pages(message, chat_data, pages, answer, size, cited=cited)


async def _usage(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def _lookup(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    command: str,
    args: list[str] | None = None,
) -> None:
    """A lookup command: its arguments (``context.args`` unless given) read by
    ``knowledge.commands`` (as ``policybot ask`` reads them), answered by the query service."""
    planned = commands.plan(command, (context.args or []) if args is None else args)
    if isinstance(planned, commands.Usage):
        await _usage(update, planned.text)
        return
    queries = services_of(context).queries
    words = (context.args or []) if args is None else args
    await _answer(update, context, lambda: planned(queries), " ".join([f"/{command}", *words]))


def _lookup_handler(
    command: str,
) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
    """The handler of ``/command``, one of ``knowledge.commands.LOOKUPS``."""

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await _lookup(update, context, command)

    return handle


async def ask_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text in a private chat: a command Telegram did not see as one (／ or no space) is read
    as that command; anything else is a question."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if message.text.startswith(FULL_WIDTH_SLASH):
        await _full_width_command(update, context, commands.half_width_slash(message.text))
        return
    if commands.glued_command(message.text):
        await _glued_command(update, context, message.text)
        return
    await _answer_question(update, context, message.text)


FULL_WIDTH_SLASH = commands.FULL_WIDTH_SLASH


async def _full_width_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, text: str
) -> None:
    await _typed_command(update, context, text, _half_width_hint)


async def _glued_command(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """``/targets湖州``: Telegram sees no command when a letter follows the name, so it comes
    as text. A lookup is answered as if the space were there; another command is shown with it."""
    await _typed_command(update, context, text, _spaced_hint)


def _half_width_hint(text: str, name: str, args: list[str]) -> str:
    return f"命令要用半角斜杠“/”开头,请发: {clip_echo(text, 60)}"


def _spaced_hint(text: str, name: str, args: list[str]) -> str:
    return f"命令和内容之间要空一格,请发: {clip_echo(f'/{name} ' + ' '.join(args), 60)}"


async def _typed_command(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    hint: Callable[[str, str, list[str]], str],
) -> None:
    """A command Telegram did not see as one (typed ``／`` or no space): a lookup is answered
    as the command it looks like; another known command gets ``hint``, how to send it so
    that its handler sees it; an unknown one the usual nearest-command reply."""
    parsed = commands.split_command(text)
    message = update.effective_message
    if parsed is None or message is None:
        return
    name, args = parsed
    if name in commands.LOOKUPS:
        await _lookup(update, context, name, args)
    elif unknown.is_known(context, name):
        await message.reply_text(hint(text, name, args))
    else:
        await message.reply_text(unknown.unknown_reply(name, unknown.known_commands(context)))


async def _answer_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str
) -> None:
    """A sum to calculate or two regions to compare go to those tools; the rest is a lookup."""
    message = update.effective_message
    queries = services_of(context).queries
    chat_data = context.chat_data if context.chat_data is not None else {}
    asked = question
    question = Conversation(chat_data).read(question, queries.parse)
    split = commands.split_command(question)
    if split is not None and split[0] in commands.LOOKUPS:
        # 那佛山呢 after /targets 湖州: the command again, for the place now named.
        await _lookup(update, context, split[0], split[1])
        return
    routed = await asyncio.to_thread(queries.route, question)
    if message is not None and routed.route == Route.CALCULATION:
        computed = routed.calculation
        conversation = Conversation(chat_data)
        if computed is not None and question != asked:
            # 东湖区呢 after ➕: the counts the buttons set, not the question's own again
            recounted = conversation.counted_again(computed[1].sheet)
            if recounted is not None:
                calculator = queries.calculator()
                result = await asyncio.to_thread(calculator.from_sheet, computed[0], recounted)
                computed = (computed[0], result)
        elif computed is not None:
            conversation.forget_counts()
        await calc.reply_calculation(message, context, question, computed=computed)
        if computed is not None:  # 东湖区呢 prices the same achievements there
            conversation.remember_calculation(question, computed[1])
        return
    if message is not None and routed.comparison is not None:
        await compare.reply_comparison(message, context, routed.comparison)
        return
    # (the chat's subscriptions may say which region its 我们区 is: the service reads them)
    chat_id = update.effective_chat.id if update.effective_chat is not None else None
    await _answer(update, context, lambda: queries.ask(question, chat_id=chat_id))


async def ask_in_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups only messages that mention the bot (or reply to it) are questions."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = question_for_bot(message, context.bot.username, context.bot.id)
    if question is None:
        return
    if not question:
        await message.reply_text(help_text(context.bot.username), parse_mode=ParseMode.HTML)
        return
    if question.startswith(("/", FULL_WIDTH_SLASH)):
        # /targets@bot湖州 or @bot /targets 湖州: Telegram saw no command, the mention makes it
        # ours; it is read as the command (it was answered as a question about "targets").
        await _typed_command(update, context, "/" + question[1:], _as_command_hint)
        return
    await _answer_question(update, context, question)


def _as_command_hint(text: str, name: str, args: list[str]) -> str:
    return f"请这样发命令: {clip_echo(' '.join([f'/{name}', *args]), 60)}"


def question_for_bot(message: Message, username: str | None, bot_id: int) -> str | None:
    """The text addressed to the bot without the @mention; None when it is not addressed to us."""
    text = message.text or ""
    mention = f"@{username}" if username else None
    mentioned = any(
        (
            entity.type == MessageEntity.MENTION
            and bool(mention)
            and message.parse_entity(entity).lower() == (mention or "").lower()
        )
        or (
            entity.type == MessageEntity.TEXT_MENTION
            and entity.user is not None
            and entity.user.id == bot_id
        )
        for entity in message.entities
    )
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and message.reply_to_message.from_user.id == bot_id
    )
    if not (mentioned or replied):
        return None
    if mention:
        text = re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE)
    return text.strip()


def register(application: Application, group: int = 0, text_group: int = 1) -> None:
    """Commands in ``group``; free-text questions in ``text_group``, after every command."""
    application.add_handler(CommandHandler("start", start), group)
    application.add_handler(CommandHandler("help", show_help), group)
    for command in commands.LOOKUPS:
        application.add_handler(CommandHandler(command, _lookup_handler(command)), group)
    plain_text = filters.TEXT & ~filters.COMMAND & ~filters.UpdateType.EDITED
    application.add_handler(
        MessageHandler(plain_text & filters.ChatType.PRIVATE, ask_private), text_group
    )
    application.add_handler(
        MessageHandler(plain_text & filters.ChatType.GROUPS, ask_in_group), text_group
    )
