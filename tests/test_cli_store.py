"""The store commands of the CLI: db upgrade, ingest, extract, export — on both databases."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlmodel import Session, select

from policybot.bot.cli import main
from policybot.knowledge.database import make_engine, script_heads, upgrade_database
from policybot.knowledge.ingest import bundled_seed_paths
from policybot.knowledge.models import Document, Target

# The schema's sections plus its two optional ones (tasks, conditions).
SCHEMA_KEYS = {
    "document",
    "targets",
    "milestones",
    "recurring",
    "rewards",
    "units",
    "tasks",
    "conditions",
}


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the CLI in an empty folder against the test database, as a user would."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYBOT_CONFIG", raising=False)
    monkeypatch.setenv("POLICYBOT_DB_URL", db_url)
    return db_url


def seeds_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for seed in bundled_seed_paths():
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def test_db_upgrade_creates_the_schema(cli_env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    tables = set(inspect(make_engine(cli_env)).get_table_names())
    assert {
        "document",
        "target",
        "milestone",
        "reward_rule",
        "reminder_ledger",
        "alembic_version",
    } <= tables
    (head,) = script_heads()
    assert f"created the database schema (revision {head})" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "already at the current schema" in capsys.readouterr().out


def test_db_upgrade_says_what_it_upgraded_from(
    cli_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """New-user trial: on a missing database file it said "current" and nothing else."""
    upgrade_database(make_engine(cli_env), "0011_audit_actor_names")
    assert main(["db", "upgrade"]) == 0
    said = capsys.readouterr().out
    (head,) = script_heads()
    assert f"upgraded the database from 0011_audit_actor_names to {head}" in said


def test_ingest_seeds_twice_changes_nothing_the_second_time(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = seeds_folder(tmp_path)
    assert main(["ingest", str(folder)]) == 0
    first = capsys.readouterr().out.splitlines()
    assert len(first) == 5 and all(line.startswith("created") for line in first)
    engine = make_engine(cli_env)
    with Session(engine) as session:
        targets_before = len(session.exec(select(Target)).all())
        assert len(session.exec(select(Document)).all()) == 5
    assert targets_before > 0

    assert main(["ingest", str(folder)]) == 0
    second = capsys.readouterr().out.splitlines()
    assert len(second) == 5 and all(line.startswith("unchanged") for line in second)
    with Session(engine) as session:
        assert len(session.exec(select(Document)).all()) == 5
        assert len(session.exec(select(Target)).all()) == targets_before


def test_a_bad_file_is_reported_and_leaves_nothing_behind(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    assert main(["ingest", str(empty), str(binary)]) == 1
    errors = capsys.readouterr().err
    assert "empty.txt" in errors and "binary.txt" in errors
    with Session(make_engine(cli_env)) as session:
        assert session.exec(select(Document)).all() == []


def test_ingest_of_a_missing_path_fails_clearly(
    cli_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", "no-such-plan.txt"]) == 1
    assert "no-such-plan.txt" in capsys.readouterr().err


@pytest.mark.parametrize("seed", bundled_seed_paths(), ids=lambda path: path.stem)
def test_extract_prints_schema_json_for_every_seed(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYBOT_DB_URL", f"sqlite:///{tmp_path / 'untouched.db'}")
    assert main(["extract", str(seed), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == SCHEMA_KEYS
    assert payload["document"]["source"] == seed.name
    assert not (tmp_path / "untouched.db").exists(), "extract must not write to the database"


def test_extract_text_format_is_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = bundled_seed_paths()[0]
    assert main(["extract", str(seed), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("标题:") and "目标" in out


def test_extract_refuses_bad_input_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("今天天气很好,我们去公园散步。", encoding="utf-8")
    assert main(["extract", str(plain)]) == 1
    assert "notes.txt" in capsys.readouterr().err


def test_extract_refuses_what_an_upload_refuses_with_the_same_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The upload limits hold for ``policybot extract`` too: a text of 10,001 lines is refused
    before it is read (200,000 such lines kept the extractor busy for over a minute)."""
    lines = tmp_path / "lines.txt"
    lines.write_text("\n".join(["到2026年底前完成"] * 10_001), encoding="utf-8")
    assert main(["extract", str(lines)]) == 1
    assert capsys.readouterr().err == (
        f"{lines}: 文本行数过多(10001 行,上限 10000 行),不像一份规划,请只上传规划正文。\n"
    )


def test_export_json_and_csv(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", str(seeds_folder(tmp_path))]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert len(exported["documents"]) == 5
    document = exported["documents"][0]
    assert {"title", "doc_number", "target", "milestone", "reward", "units"} <= set(document)
    quoted = [fact for doc in exported["documents"] for fact in doc["target"]]
    assert quoted and all(fact["quote"] for fact in quoted)

    out_file = tmp_path / "store.csv"
    assert main(["export", "--format", "csv", "-o", str(out_file)]) == 0
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert {row["kind"] for row in rows} >= {"target", "reward"}
    assert len([row for row in rows if row["kind"] == "target"]) == len(quoted)


def test_invalid_config_exits_with_the_key_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[bot]\npage_size = 'many'\n", encoding="utf-8")
    assert main(["--config", str(config), "db", "upgrade"]) == 2
    assert "bot.page_size" in capsys.readouterr().err


def test_ingest_reads_word_files_through_the_upload_reader(
    cli_env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``policybot ingest`` takes the uploads' route from bytes to a document (knowledge.reading):
    a .docx is read, a zip bomb dressed as one is refused by the same check, the run goes on."""
    from test_admin_samples import plan_docx, zip_bomb_docx

    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(plan_docx())
    (folder / "bomb.docx").write_bytes(zip_bomb_docx())
    assert main(["ingest", str(folder)]) == 1
    printed = capsys.readouterr()
    assert printed.err.startswith("failed") and "bomb.docx" in printed.err
    assert printed.out.startswith("created") and "plan.docx" in printed.out
    with Session(make_engine(cli_env)) as session:
        assert len(session.exec(select(Document)).all()) == 1
        assert session.exec(select(Target)).all()


def test_the_schema_extract_follows_is_in_the_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README sends a reader of `extract --format json` to corpus/SCHEMA.md (the shared copy is
    absent in a clone); its sections and document fields are the ones extract prints."""
    root = Path(__file__).parent.parent
    assert "[`corpus/SCHEMA.md`](corpus/SCHEMA.md)" in (root / "README.md").read_text("utf-8")
    schema = (root / "corpus" / "SCHEMA.md").read_text(encoding="utf-8")
    sections = set(re.findall(r'^  "(\w+)":', schema, re.MULTILINE))
    document = schema[schema.index('  "document": {') : schema.index('  "targets":')]
    assert main(["extract", str(bundled_seed_paths()[0]), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert sections == set(payload) == SCHEMA_KEYS
    assert set(re.findall(r'^    "(\w+)":', document, re.MULTILINE)) == set(payload["document"])
