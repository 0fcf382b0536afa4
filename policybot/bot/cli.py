"""The ``policybot`` command line.

Every command opens the store the same way (``bootstrap.open_store``) and, where it answers
questions, goes through the same query service as the Telegram handlers (``ask`` reads a
command's arguments with the handlers' own ``knowledge.commands``).

Start-up time is part of the interface (``policybot ask`` answers within a second, see
``benchmarks/startup.py``), so modules are imported inside the command that needs them: a
question never imports python-telegram-bot, Alembic or the extractor. A failure prints one
line (``bot.failures``); ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from policybot.bot.offline_help import chat_epilog
from policybot.clock import Clock, OffsetClock, SystemClock
from policybot.config import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from policybot.knowledge.answers import Answer
    from policybot.knowledge.follow_ups import Conversation
    from policybot.knowledge.service import QueryService

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, Settings], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policybot", description="地方质量品牌规划助手 / policy plan assistant"
    )
    parser.add_argument(
        "--config", help="TOML config file (default: $POLICYBOT_CONFIG or ./config.toml)"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show Python tracebacks of failures and in log lines (for bug reports)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply pending schema migrations").set_defaults(
        handler=cmd_db_upgrade
    )

    ingest = commands.add_parser("ingest", help="extract plan files or folders into the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.set_defaults(handler=cmd_ingest)

    extract = commands.add_parser(
        "extract", help="print what a plan file contains (writes nothing)"
    )
    extract.add_argument("file", metavar="FILE")
    extract.add_argument("--format", choices=("json", "text"), default="json")
    extract.set_defaults(handler=cmd_extract)

    export = commands.add_parser("export", help="dump the store (xlsx: the ledger spreadsheet)")
    export.add_argument("--format", choices=("json", "csv", "xlsx"), default="json")
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.add_argument("--region", help="xlsx only: the ledger of this region, e.g. 南海区")
    export.set_defaults(handler=cmd_export)

    calc = commands.add_parser("calc", help="reward calculator: what achievements earn")
    calc.add_argument("request", nargs="+", help="e.g. 衢州 国际标准 主导 1; 驰名商标 1")
    calc.set_defaults(handler=cmd_calc)

    compare = commands.add_parser("compare", help="two regions' targets side by side")
    compare.add_argument("words", nargs="+", help="地区1 地区2 [关键词] [年份], or a question")
    compare.add_argument("--output", "-o", help="also draw the table as a PNG picture here")
    compare.set_defaults(handler=cmd_compare)

    progress = commands.add_parser("progress", help="progress chart of a region or unit (PNG)")
    progress.add_argument("name", help="地区或单位, e.g. 南海区")
    progress.add_argument("--output", "-o", help="write the chart here (default: no picture)")
    _add_now_option(progress)
    progress.set_defaults(handler=cmd_progress)

    ask = commands.add_parser(
        "ask",
        help="answer a question or a lookup command from the store, as the bot would",
        description="Answers as the bot answers in a private chat: a question, or one of the"
        " lookup commands /targets /rewards /deadlines /units /doc /search (and /help).",
    )
    ask.add_argument(
        "question", nargs="*", help='问题或命令, e.g. 驰名商标奖励多少钱, "/deadlines 佛山"'
    )
    ask.add_argument(
        "--jsonl", action="store_true", help='questions one a line on stdin; {"q", "answer"} out'
    )
    ask.add_argument(
        "--quotes",
        action="store_true",
        help="also print what the 出处 button shows: each item's section and sentence, with ids",
    )
    ask.add_argument(
        "--all",
        action="store_true",
        dest="every_page",
        help="print every page of a long list (default: the chat's first page and 还有N条)",
    )
    _add_now_option(ask)
    ask.set_defaults(handler=cmd_ask)

    chat = commands.add_parser(
        "chat",
        help="talk to the real bot offline, in this terminal or through a pipe",
        description="The real bot on the configured store, through the bundled Bot API"
        " emulator: no token, no network.",
        epilog=chat_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    chat.add_argument(
        "--user-id",
        type=int,
        default=None,
        help=f"the emulated user's id (at least 2**52 = {2**52}: smaller ids are"
        " real Telegram users)",
    )
    chat.add_argument("--admin", action="store_true", help="the user is an owner/group admin")
    chat.add_argument("--group", action="store_true", help="talk in a group instead of privately")
    _add_now_option(chat)
    chat.set_defaults(handler=cmd_chat)

    reminders = commands.add_parser(
        "reminders", help="show which reminders are due at an instant, and to whom (sends nothing)"
    )
    reminders.add_argument(
        "--at",
        type=instant_argument,
        metavar="DATETIME",
        help="e.g. 2018-12-01T09:00 (in bot.timezone; default now)",
    )
    reminders.add_argument(
        "--dry-run", action="store_true", help="one line per item, without the digests' text"
    )
    reminders.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="json: one object per message (chat_id, kind, items)",
    )
    reminders.set_defaults(handler=cmd_reminders)

    run = commands.add_parser(
        "run",
        help="run the bot on Telegram (without POLICYBOT_TOKEN: prepare the store, explain,"
        " and open the offline chat)",
    )
    run.set_defaults(handler=cmd_run)
    return parser


def instant_argument(text: str) -> str:
    """An ISO date or time as ``--now``/``--at`` take it; argparse turns a bad one into a usage
    line (exit 2) instead of a Python error."""
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"不是日期时间: {text!r};写成 2018-06-01 或 2018-06-01T09:00"
        ) from None
    return text


def _add_now_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now",
        type=instant_argument,
        metavar="DATETIME",
        help="pretend it is this time, e.g. 2018-06-01T09:00 (in bot.timezone)",
    )


def open_store(
    settings: Settings, *, seed: bool | None = None, now: datetime | None = None
) -> Engine:
    """``bootstrap.open_store``, imported when a command needs the store."""
    from policybot.bot.bootstrap import open_store as open_configured_store

    return open_configured_store(settings, seed=seed, now=now)


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    """Says what it did: created a database (a missing SQLite file is made), upgraded one
    from an older revision, or found it current."""
    from sqlalchemy.engine import make_url

    from policybot.knowledge.database import make_engine, schema_revisions

    url = make_url(settings.database.url).render_as_string(hide_password=True)
    probe = make_engine(settings.database.url)
    before = schema_revisions(probe)
    probe.dispose()
    engine = open_store(settings, seed=False)
    after = schema_revisions(engine)
    engine.dispose()
    revision = ", ".join(sorted(after or ()))
    if before is None:
        print(f"created the database schema (revision {revision}): {url}")
    elif before != after:
        print(f"upgraded the database from {', '.join(sorted(before))} to {revision}: {url}")
    else:
        print(f"database is already at the current schema (revision {revision}): {url}")
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from policybot.knowledge.ingest import ingest_file, iter_plan_files

    engine = open_store(settings, seed=False)
    failures = 0
    files = list(iter_plan_files(args.paths))
    if not files:
        print("no plan files found in: " + " ".join(args.paths), file=sys.stderr)
        return EXIT_FAILED
    for path in files:
        outcome = ingest_file(engine, path, budget=settings.bot.read_budget)
        failures += outcome.error is not None
        print(outcome.summary(), file=sys.stderr if outcome.error else sys.stdout)
    return EXIT_FAILED if failures else EXIT_OK


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    """Read a file as an upload is read: the same size and fact limits and refusals, in a
    worker within the same budget (a 200,000-line text ran the extractor for over a minute)."""
    from policybot.knowledge.extract.summary import describe_extraction
    from policybot.knowledge.readers import ReadError
    from policybot.knowledge.reading import read_plan_within

    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        extraction = read_plan_within(raw, path.name, settings.bot.read_budget).extraction
    except ReadError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        print(json.dumps(extraction.to_schema_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe_extraction(extraction))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from policybot.knowledge.export import export_csv, export_json

    if args.format == "xlsx":
        return _export_xlsx(args, settings)
    if args.region:
        print("--region applies to --format xlsx only", file=sys.stderr)
        return EXIT_USAGE
    engine = open_store(settings)
    payload = export_json(engine) if args.format == "json" else export_csv(engine)
    if args.output:
        Path(args.output).write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload if payload.endswith("\n") else payload + "\n")
    return EXIT_OK


def _export_xlsx(args: argparse.Namespace, settings: Settings) -> int:
    """The ledger spreadsheet, as ``/export`` sends it; binary, so only to a file."""
    from policybot.knowledge.ledger import UnknownRegion, build_ledger
    from policybot.knowledge.queries import read_live_tasks
    from policybot.reports.spreadsheet import ledger_workbook

    if not args.output:
        print("--format xlsx needs --output FILE.xlsx", file=sys.stderr)
        return EXIT_USAGE
    service = _query_service(args, settings)
    tasks = read_live_tasks(open_store(settings, seed=False))
    try:
        ledger = build_ledger(service.index.current(), args.region, settings.tz, tasks)
    except UnknownRegion:
        print(f"未找到地区: {args.region}", file=sys.stderr)
        return EXIT_FAILED
    Path(args.output).write_bytes(ledger_workbook(ledger))
    print(
        f"{args.output}: {ledger.scope} 目标 {len(ledger.targets)} 项, 节点与任务 "
        f"{len(ledger.tasks)} 项, 奖励 {len(ledger.rewards)} 条"
    )
    return EXIT_OK


def _query_service(args: argparse.Namespace, settings: Settings) -> QueryService:
    from policybot.knowledge.service import QueryService

    return QueryService(
        open_store(settings), clock=_clock_for(args, settings), timezone=settings.bot.timezone
    )


def cmd_calc(args: argparse.Namespace, settings: Settings) -> int:
    """The reward calculator of ``/calc``, printed as plain text."""
    from policybot.handlers.calc_format import render_calculation_plain
    from policybot.knowledge.calculator import RewardCalculator

    service = _query_service(args, settings)
    calculator = RewardCalculator(service.index.current, open_store(settings, seed=False))
    _, calculation = calculator.from_text(" ".join(args.request), command=True)
    print(render_calculation_plain(calculation))
    return EXIT_OK if calculation.found else EXIT_FAILED


def cmd_compare(args: argparse.Namespace, settings: Settings) -> int:
    """``/compare`` in the terminal: words (地区1 地区2 …) or a question naming two regions."""
    from policybot.handlers.compare_format import (
        USAGE,
        render_compare_plain,
        summary,
        table_headers,
        table_rows,
    )
    from policybot.knowledge.comparison import compare, request_from_question, request_from_words
    from policybot.reports.table_image import render_table

    index = _query_service(args, settings).index.current()
    request = request_from_question(" ".join(args.words), index) or request_from_words(args.words)
    if request is None:
        print(USAGE, file=sys.stderr)
        return EXIT_USAGE
    comparison = compare(index, request)
    print(render_compare_plain(comparison))
    if args.output and comparison.found:
        picture = render_table(
            comparison.message, table_headers(comparison), table_rows(comparison),
            summary(comparison),
        )  # fmt: skip
        Path(args.output).write_bytes(picture)
        print(f"[图片] {args.output}")
    return EXIT_OK if comparison.found else EXIT_FAILED


def cmd_progress(args: argparse.Namespace, settings: Settings) -> int:
    """``/progress`` in the terminal: the summary line, and the chart when ``-o`` is given."""
    from policybot.knowledge.progress_status import progress_overview, summary_line
    from policybot.reports.progress_chart import render_progress_chart

    service = _query_service(args, settings)
    overview = progress_overview(service.index.current(), args.name, service.today(), settings.tz)
    print(summary_line(overview))
    if args.output and overview.items:
        Path(args.output).write_bytes(render_progress_chart(overview))
        print(f"[图片] {args.output}")
    elif args.output:
        print(f"(没有已报送的进展可画,未写入 {args.output})", file=sys.stderr)
    return EXIT_OK if overview.found else EXIT_FAILED


def offline_files_dir(settings: Settings) -> Path:
    """Where the offline chat saves what the bot sends: beside the SQLite file, else ./var."""
    url = settings.database.url
    if url.startswith("sqlite:///") and not url.endswith(":memory:"):
        return Path(url.removeprefix("sqlite:///")).parent / "offline"
    return Path("var") / "offline"


def _clock_for(args: argparse.Namespace, settings: Settings, *, held: bool = False) -> Clock:
    """``--now`` starts an OffsetClock at that instant (naive times are in bot.timezone);
    ``held``: it stands there until released (:class:`OffsetClock`)."""
    if not getattr(args, "now", None):
        return SystemClock()
    instant = datetime.fromisoformat(args.now)
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=settings.tz)
    return OffsetClock(instant, held=held)


# -- ask ----------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from policybot.bot.bootstrap import saved_indexes
    from policybot.knowledge.service import QueryService

    if not args.jsonl and not " ".join(args.question).strip():
        print('usage: policybot ask "问题"  (or --jsonl with questions on stdin)', file=sys.stderr)
        return EXIT_USAGE
    service = QueryService(
        open_store(settings),
        clock=_clock_for(args, settings),
        timezone=settings.bot.timezone,
        saved_indexes=saved_indexes(settings),
    )
    quotes = bool(getattr(args, "quotes", False))
    shown = Shown(
        every_page=bool(getattr(args, "every_page", False)), page_size=settings.bot.page_size
    )
    if not args.jsonl:
        reply, code = answer_text(service, " ".join(args.question), quotes=quotes, shown=shown)
        print(reply)
        return code
    from policybot.knowledge.follow_ups import Conversation

    conversation = Conversation({})  # the lines are one chat: 那顺德呢 follows the line before
    for line in sys.stdin:
        question = line.strip()
        if question:
            reply, _ = answer_text(
                service, question, quotes=quotes, shown=shown, conversation=conversation
            )
            print(json.dumps({"q": question, "answer": reply}, ensure_ascii=False), flush=True)
    return EXIT_OK


@dataclass(frozen=True)
class Shown:
    """How much of a long list ``ask`` prints: the chat's first page of ``page_size`` items
    and 还有N条, as a phone shows it, or (``every_page``, ``--all``) every page."""

    every_page: bool = True
    page_size: int = 8


def _answer_question(
    service: QueryService,
    text: str,
    *,
    quotes: bool,
    shown: Shown,
    chat: Conversation | None = None,
) -> tuple[str, int]:
    """A question routed as the chat routes it (``QueryService.route``), already read in
    ``chat`` (a follow-up filled in, ``answer_text``) and remembered there."""
    from policybot.handlers.calc_format import render_calculation_plain
    from policybot.handlers.compare_format import render_compare_plain
    from policybot.knowledge.comparison import compare

    routed = service.route(text)
    if routed.calculation is not None:
        _, calculation = routed.calculation
        if chat is not None:
            chat.remember_calculation(text, calculation)
        return render_calculation_plain(calculation), EXIT_OK
    if routed.comparison is not None:
        comparison = compare(service.index.current(), routed.comparison)
        return render_compare_plain(comparison), EXIT_OK
    answer = service.ask(text)
    if chat is not None:
        chat.remember(text, answer)
    return _plain(answer, quotes=quotes, shown=shown), EXIT_OK


def _plain(answer: Answer, *, quotes: bool, shown: Shown) -> str:
    from policybot.handlers.formatting import render_plain

    return render_plain(
        answer,
        quotes=quotes,
        show_ids=quotes,
        page_size=shown.page_size,
        every_page=shown.every_page,
    )


def answer_text(
    service: QueryService,
    text: str,
    *,
    quotes: bool = False,
    shown: Shown | None = None,
    conversation: Conversation | None = None,
) -> tuple[str, int]:
    """What the bot replies to ``text`` in a private chat, as plain text, and the exit code;
    ``quotes`` adds what the 出处 button shows (the sentences, sections and ids).

    A lookup command goes through ``knowledge.commands`` like its handler; anything else is a
    question. Commands that need a chat (subscriptions, uploads, admin) are pointed to
    ``policybot chat``. A ``conversation`` (the lines of ``--jsonl``) reads a follow-up (那顺德
    呢, 这个文件) as the chat does.
    """
    from policybot.knowledge import commands

    shown = shown or Shown()
    split = commands.split_command(text)
    if split is None and conversation is not None:
        # 那佛山呢 after /targets 湖州 reads as /targets 佛山: a command again.
        text = conversation.read(text, service.parse)
        split = commands.split_command(text)
    if split is None:
        return _answer_question(service, text, quotes=quotes, shown=shown, chat=conversation)
    name, words = split
    if name in commands.LOOKUPS:
        planned = commands.plan(name, words)
        if isinstance(planned, commands.Usage):
            return planned.text, EXIT_USAGE
        answer = planned(service)
        if conversation is not None:  # as the chat's handler does after a command's reply
            conversation.remember(text, answer)
        return _plain(answer, quotes=quotes, shown=shown), EXIT_OK
    if name in {"help", "start"}:
        return _plain_help(words), EXIT_OK
    from policybot.bot.app import menu_command_names
    from policybot.handlers.unknown import unknown_reply

    if name not in menu_command_names():
        return unknown_reply(name, menu_command_names()), EXIT_USAGE
    known = " ".join(f"/{command}" for command in commands.LOOKUPS if command != "docs")
    return (
        f"/{name}: policybot ask 只回答问题和查询命令({known} /help);"
        "订阅、上传和管理命令请在对话里用: policybot chat",
        EXIT_USAGE,
    )


def _plain_help(words: list[str]) -> str:
    """The bot's /help text (``/help 全部``: every command) as a Telegram client shows it (tags
    gone, entities decoded)."""
    from policybot.bot.emulator.telegram_html import parse_html
    from policybot.handlers.lookups import ALL_HELP_WORDS, full_help_text, help_text

    everything = bool(words) and words[0].lower() in ALL_HELP_WORDS
    return parse_html(full_help_text() if everything else help_text()).text


# -- chat and run -------------------------------------------------------------------------


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """The real bot on the configured store, through the emulator. It changes nothing that
    belongs to real chats: reminders only for its own chats, update claims in memory."""
    from policybot.scheduler.scope import OFFLINE_ID_BASE, is_offline_chat

    user_id = args.user_id
    if user_id is not None and not is_offline_chat(user_id):
        print(
            f"--user-id {user_id}: offline users need an id of at least {OFFLINE_ID_BASE} (2**52);"
            " smaller ids belong to real Telegram users, whose chats the offline chat must not"
            " touch",
            file=sys.stderr,
        )
        return EXIT_USAGE
    # The chat's clock stands at --now until the chat is ready to read the first line: opening
    # the store and starting the bot (tens of seconds on a busy machine) must not eat the time
    # before a --now 08:59:30 digest (trial 39: a /subscribe handled at 09:00:00.2 missed it).
    clock = _clock_for(args, settings, held=True)
    engine = open_store(settings, now=clock.now())  # bundled plans stamped as the chat's clock says
    return offline_chat(
        settings, engine, user_id=user_id, admin=args.admin, group=args.group, clock=clock
    )


# How often the offline chat looks for due reminders, at most: a person waits at the terminal for
# the digest of the moment they set with --now, and the local store answers in milliseconds.
OFFLINE_TICK_SECONDS = 5


def offline_settings(settings: Settings, user_id: int, *, admin: bool) -> Settings:
    """The settings of an offline session: its user an owner with ``--admin``, and a reminder
    tick of at most :data:`OFFLINE_TICK_SECONDS` (a service's 60 s tick let a digest due at
    09:00 come a minute late, after README's ``sleep 70`` pipe had closed)."""
    if admin and user_id not in settings.bot.owners:
        settings = replace(
            settings, bot=replace(settings.bot, owners=(*settings.bot.owners, user_id))
        )
    tick = min(settings.reminders.tick_seconds, OFFLINE_TICK_SECONDS)
    return replace(settings, reminders=replace(settings.reminders, tick_seconds=tick))


def offline_chat(
    settings: Settings,
    engine: Engine,
    *,
    user_id: int | None = None,
    admin: bool = False,
    group: bool = False,
    clock: Clock | None = None,
) -> int:
    """Runs the offline conversation on ``engine``'s store until EOF or /quit."""
    import asyncio

    from policybot.bot.app import build_application
    from policybot.bot.bootstrap import saved_indexes
    from policybot.bot.chat import OFFLINE_USER_ID, offline_chat_id, run_chat
    from policybot.services import Services

    user_id = OFFLINE_USER_ID if user_id is None else user_id
    # The conversation is the output: below warnings, log lines would only interrupt it.
    root = logging.getLogger()
    root.setLevel(max(root.level, logging.WARNING))
    settings = offline_settings(settings, user_id, admin=admin)
    chat_id = offline_chat_id(user_id, group=group)
    # Only the chat the session shows: a group session must neither send nor fail (and so
    # deactivate) the reminders of the user's private chat, which another session runs.
    own_chats = frozenset({chat_id})
    services = Services.offline(
        settings, engine, clock or SystemClock(), own_chats, saved_indexes=saved_indexes(settings)
    )
    return asyncio.run(
        run_chat(
            lambda builder: build_application(settings, services, builder=builder),
            user_id=user_id,
            chat_id=chat_id,
            group=group,
            admin=admin,
            files_dir=offline_files_dir(settings),
            on_ready=clock.release if isinstance(clock, OffsetClock) else None,
        )
    )


def stdin_kind(stream: TextIO | None) -> str:
    """``terminal``, ``pipe`` (lines to read: a pipe, a file, a socket) or ``none`` (no
    standard input at all, or a device such as /dev/null — what service managers and CI give)."""
    if stream is None or stream.closed:
        return "none"
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError):  # an in-memory stream: it has lines to give
        return "pipe"
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError:  # descriptor 0 closed
        return "none"
    if stream.isatty():
        return "terminal"
    return "none" if stat.S_ISCHR(mode) else "pipe"


def documents_in_force(engine: Engine) -> str:
    """ "6 份规划有效" — the documents in force; a superseded version or a retired plan is
    counted apart ("另有 1 份已被替代"), never as one of them (trial40: 7 said for 6)."""
    from sqlalchemy import func, select
    from sqlmodel import col

    from policybot.knowledge.editing import STATUS_LABELS
    from policybot.knowledge.models import Document, DocumentStatus

    with engine.connect() as connection:
        rows = connection.execute(
            select(col(Document.status), func.count()).group_by(col(Document.status))
        ).all()
    counts = {str(status): int(number) for status, number in rows}
    said = f"{counts.pop(DocumentStatus.ACTIVE, 0)} 份规划有效"
    others = [
        f"{number} 份{STATUS_LABELS.get(status, status)}"
        for status, number in sorted(counts.items())
    ]
    return f"{said}(另有 {'、'.join(others)})" if others else said


def no_token_text(settings: Settings, engine: Engine) -> str:
    """The paragraph ``policybot run`` prints without a token: what is ready, how to connect,
    how to talk to the bot meanwhile."""
    store = engine.url.render_as_string(hide_password=True)
    return (
        f"没有配置机器人令牌 (no bot token),先离线运行。知识库已就绪: {store},"
        f"{documents_in_force(engine)}。\n"
        "接入 Telegram: 在 Telegram 里给 @BotFather 发 /newbot 取得令牌,再运行"
        " POLICYBOT_TOKEN=<令牌> make run(或写进 config.toml 的 [telegram] token;"
        "中国大陆要经代理: POLICYBOT_PROXY=socks5h://127.0.0.1:1080,见 README 的 Network access)。\n"
        "离线使用同一个机器人: .venv/bin/policybot chat(对话里 /help 看命令),"
        '或 .venv/bin/policybot ask "驰名商标奖励多少钱";'
        "加 --now 2018-03-01T09:00 可设定“今天”,查看期限已过的旧规划时有用。"
    )


def run_without_token(settings: Settings) -> int:
    """``make run`` before there is a token: the store is made ready and the way forward said;
    then the offline chat in a terminal, answers to piped lines, or nothing (exit 0) when there
    is no standard input (a service manager, CI)."""
    engine = open_store(settings)
    print(no_token_text(settings, engine), file=sys.stderr)
    kind = stdin_kind(sys.stdin)
    if kind == "none":
        return EXIT_OK
    if kind == "terminal":
        print("现在打开离线对话 (policybot chat),/quit 或 Ctrl-D 结束…", file=sys.stderr)
    return offline_chat(settings, engine)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.telegram.token:
        return run_without_token(settings)
    telegram = settings.telegram
    if telegram.mode == "webhook" and not telegram.webhook_url:
        print("telegram.mode is webhook but telegram.webhook_url is empty", file=sys.stderr)
        return EXIT_USAGE
    if telegram.mode == "webhook" and not telegram.webhook_secret:
        print(
            "webhook mode needs telegram.webhook_secret (POLICYBOT_WEBHOOK_SECRET)", file=sys.stderr
        )
        return EXIT_USAGE
    from telegram import Update

    from policybot.bot.app import build_application
    from policybot.bot.bootstrap import saved_indexes
    from policybot.bot.connect import reach_telegram_now
    from policybot.bot.ops import operations_of, serve_ops_while_polling
    from policybot.bot.startup import startup_lock
    from policybot.bot.webhook import serve_webhook
    from policybot.services import Services

    with startup_lock(settings.database.url):  # workers started together take turns
        engine = open_store(settings)
    username = reach_telegram_now(settings)  # retries a lost network; raises what it cannot
    logging.getLogger(__name__).info("Telegram answers: this is @%s", username)
    services = Services(settings, engine, saved_indexes=saved_indexes(settings))
    application = build_application(settings, services)
    operations = operations_of(application.bot_data)
    if telegram.mode == "webhook":
        serve_webhook(application, operations)  # our aiohttp server: webhook, /healthz, /metrics
    else:
        if settings.ops.port and operations is not None:
            serve_ops_while_polling(application, operations)
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return EXIT_OK


def cmd_reminders(args: argparse.Namespace, settings: Settings) -> int:
    """Lists what a tick at ``--at`` would send, digest by digest, given the ledger. It never
    sends or records anything: only the running bot (``policybot run``) sends, and its ledger
    makes sure each digest goes once."""
    from policybot.scheduler.preview import format_preview, preview_json, preview_reminders
    from policybot.scheduler.timing import ReminderTiming

    args.now = args.at
    at = _clock_for(args, settings).now()
    timing = ReminderTiming.from_settings(settings)
    preview = preview_reminders(open_store(settings), timing, at)
    if args.format == "json":
        output = json.dumps(preview_json(preview), ensure_ascii=False, indent=2)
    else:
        output = format_preview(preview, timing, with_text=not args.dry_run)
    return _print_to_reader(output)


def _print_to_reader(output: str) -> int:
    """Print, and end quietly when the reader has gone (``| head``): Python's own advice for a
    closed pipe is to point stdout at devnull so the interpreter's final flush cannot fail."""
    try:
        sys.stdout.write(output + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return EXIT_OK


def report_failure(failure: BaseException, settings: Settings, *, debug: bool) -> int:
    """One line on standard error (the token redacted); the traceback too with ``--debug``."""
    import traceback

    from policybot.bot.failures import explain
    from policybot.bot.logs import TokenRedactor

    redactor = TokenRedactor(settings.telegram.token)
    if debug:
        text = "".join(traceback.format_exception(failure))
        print(redactor.redact(text), file=sys.stderr, end="")
    print(redactor.redact(explain(failure, settings)), file=sys.stderr)
    return EXIT_FAILED


def _reader_went_away() -> int:
    """``policybot ask … | head``: the reader has what it wanted; stop quietly, as Unix tools do.
    Standard output goes to /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from policybot.bot.logs import configure_logging

    configure_logging(settings, debug=args.debug)
    handler: Command = args.handler
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return EXIT_FAILED
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as failure:
        return report_failure(failure, settings, debug=args.debug)


if __name__ == "__main__":
    sys.exit(main())
