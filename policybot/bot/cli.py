"""The ``policybot`` command line.

Every command opens the store the same way (``bootstrap.open_store``) and, where it answers
questions, goes through the same query service as the Telegram handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from policybot.bot.bootstrap import configure_logging, open_store
from policybot.bot.config import ConfigError, Settings, load_settings

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

    export = commands.add_parser("export", help="dump the whole store")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("--output", "-o", help="write to this file instead of standard output")
    export.set_defaults(handler=cmd_export)
    return parser


def cmd_db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    open_store(settings, seed=False)
    print(f"database is at the current schema: {settings.database.url}")
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
        outcome = ingest_file(engine, path)
        failures += outcome.error is not None
        print(outcome.summary(), file=sys.stderr if outcome.error else sys.stdout)
    return EXIT_FAILED if failures else EXIT_OK


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from policybot.knowledge.extract import ExtractionError, extract_document
    from policybot.knowledge.extract.summary import describe_extraction

    path = Path(args.file)
    try:
        extraction = extract_document(path.read_bytes(), path.name)
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    except ExtractionError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        print(json.dumps(extraction.to_schema_dict(), ensure_ascii=False, indent=2))
    else:
        print(describe_extraction(extraction))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from policybot.knowledge.export import export_csv, export_json

    engine = open_store(settings)
    payload = export_json(engine) if args.format == "json" else export_csv(engine)
    if args.output:
        Path(args.output).write_text(payload, encoding="utf-8")
    else:
        sys.stdout.write(payload if payload.endswith("\n") else payload + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings)
    handler: Command = args.handler
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
