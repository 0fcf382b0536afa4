"""What makes a command start fast must not change what it answers: jieba's dictionary read from
SQLite segments as the whole dictionary does, a saved answer index is used only for the store
revision and code it was built for, and the schema check agrees with Alembic."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import jieba
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from lookup_samples import foshan, huzhou, load_samples, quzhou
from policybot.bot.bootstrap import data_dir
from policybot.clock import FakeClock
from policybot.config import BotSettings, DatabaseSettings, Settings
from policybot.handlers.formatting import render_plain
from policybot.knowledge import index_cache, search, store, vocabulary
from policybot.knowledge.database import (
    alembic_config,
    make_engine,
    schema_revisions,
    script_heads,
    upgrade_database,
)
from policybot.knowledge.index_cache import IndexCache
from policybot.knowledge.ingest import bundled_seed_paths
from policybot.knowledge.queries import read_store_version
from policybot.knowledge.service import QueryService
from policybot.knowledge.word_frequencies import open_frequencies, write_frequencies

NOW = datetime(2017, 6, 1, 1, 0, tzinfo=UTC)
QUESTIONS = ("驰名商标奖励多少钱", "湖州市质监局负责哪些目标", "南海区2018年省名牌产品要多少个?")


# -- jieba's dictionary ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_tokenizer(tmp_path_factory: pytest.TempPathFactory) -> jieba.Tokenizer:
    """jieba as jieba loads itself: the whole dictionary in a dict."""
    tokenizer = jieba.Tokenizer()
    tokenizer.cache_file = str(tmp_path_factory.mktemp("jieba") / "jieba.cache")
    tokenizer.initialize()
    return tokenizer


@pytest.fixture
def stored_tokenizer(full_tokenizer: jieba.Tokenizer, tmp_path: Path) -> jieba.Tokenizer:
    path = tmp_path / "jieba.sqlite"
    write_frequencies(path, full_tokenizer.FREQ, full_tokenizer.total)
    stored = open_frequencies(path)
    assert stored is not None
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = stored, stored.total, True
    return tokenizer


def seed_sentences(limit: int = 400) -> list[str]:
    sentences: list[str] = []
    for path in bundled_seed_paths():
        text = path.read_text(encoding="utf-8")
        sentences += [part for part in text.replace("\n", "。").split("。") if part.strip()]
    return sentences[:: max(1, len(sentences) // limit)]


def segmentations(tokenizer: jieba.Tokenizer, sentences: list[str]) -> list[list[str]]:
    return [
        [*tokenizer.lcut(sentence), "|", *tokenizer.lcut_for_search(sentence)]
        for sentence in sentences
    ]


def test_the_stored_dictionary_segments_as_the_whole_one(
    full_tokenizer: jieba.Tokenizer, stored_tokenizer: jieba.Tokenizer
) -> None:
    sentences = seed_sentences()
    assert segmentations(stored_tokenizer, sentences) == segmentations(full_tokenizer, sentences)


def test_added_words_and_a_full_load_keep_it_the_same(
    full_tokenizer: jieba.Tokenizer, stored_tokenizer: jieba.Tokenizer
) -> None:
    reference = jieba.Tokenizer()
    reference.FREQ, reference.total = dict(full_tokenizer.FREQ), full_tokenizer.total
    reference.initialized = True
    for tokenizer in (reference, stored_tokenizer):
        tokenizer.add_word("市质量技监局", freq=50_000)
        tokenizer.add_word("洞头区", freq=50_000)
        tokenizer.del_word("质量")
    sentences = [*seed_sentences(150), "洞头区市质量技监局负责质量提升"]
    assert segmentations(stored_tokenizer, sentences) == segmentations(reference, sentences)
    stored_tokenizer.FREQ.load_all()
    assert stored_tokenizer.FREQ.complete
    assert segmentations(stored_tokenizer, sentences) == segmentations(reference, sentences)
    assert stored_tokenizer.total == reference.total


def test_the_first_load_writes_both_caches_and_the_next_reads_word_by_word(
    full_tokenizer: jieba.Tokenizer, tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "jieba.cache"
    cache.parent.mkdir()
    cache.write_bytes(Path(full_tokenizer.cache_file).read_bytes())
    first = jieba.Tokenizer()
    vocabulary._load_dictionary(first, cache)
    assert isinstance(first.FREQ, dict) and first.total == full_tokenizer.total
    assert cache.with_suffix(".sqlite").is_file()
    second = jieba.Tokenizer()
    vocabulary._load_dictionary(second, cache)
    assert not isinstance(second.FREQ, dict) and second.total == full_tokenizer.total


def test_a_damaged_stored_dictionary_is_replaced(
    full_tokenizer: jieba.Tokenizer, tmp_path: Path
) -> None:
    cache = tmp_path / "jieba.cache"
    cache.write_bytes(Path(full_tokenizer.cache_file).read_bytes())
    cache.with_suffix(".sqlite").write_bytes(b"not a database")
    tokenizer = jieba.Tokenizer()
    vocabulary._load_dictionary(tokenizer, cache)
    assert tokenizer.FREQ == full_tokenizer.FREQ
    assert open_frequencies(cache.with_suffix(".sqlite")) is not None


def ask_in_a_new_process(cwd: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """``policybot ask 驰名商标奖励多少钱`` in a fresh interpreter in ``cwd``, configured by
    ``settings`` (POLICYBOT_… variables) alone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_")}
    env.update(settings)
    return subprocess.run(
        [sys.executable, "-m", "policybot.bot.cli", "ask", "驰名商标奖励多少钱"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_new_process_keeps_jiebas_caches_in_the_data_directory(tmp_path: Path) -> None:
    result = ask_in_a_new_process(
        tmp_path, POLICYBOT_DB_URL=f"sqlite:///{tmp_path / 'data' / 'bot.db'}"
    )
    assert result.returncode == 0, result.stderr
    cached = sorted(path.name for path in (tmp_path / "data" / "cache").iterdir())
    assert cached[1:] == ["jieba.cache", "jieba.sqlite"] and cached[0].startswith("index-")


# -- the saved answer index --------------------------------------------------------------------


@pytest.fixture
def samples(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{tmp_path / 'samples.db'}")
    upgrade_database(engine)
    load_samples(engine)
    yield engine
    engine.dispose()


def service(engine: Engine, folder: Path) -> QueryService:
    saved = IndexCache(folder, str(engine.url))
    return QueryService(engine, clock=FakeClock(NOW), saved_indexes=saved)


def answers(queries: QueryService) -> list[str]:
    return [render_plain(queries.ask(question)) for question in QUESTIONS]


def no_store_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(engine: Engine) -> None:
        raise AssertionError("the index was built, not loaded")

    monkeypatch.setattr(search, "read_snapshot_rows", refuse)


def test_a_saved_index_answers_the_next_process_without_a_build(
    samples: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = answers(service(samples, tmp_path))
    no_store_reads(monkeypatch)
    assert answers(service(samples, tmp_path)) == built


def test_a_changed_store_is_indexed_again_and_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'growing.db'}")
    upgrade_database(engine)
    for extraction in (huzhou(), foshan()):
        store.ingest_extraction(engine, extraction)
    before = answers(service(engine, tmp_path))
    store.ingest_extraction(engine, quzhou())
    with monkeypatch.context() as patched:
        no_store_reads(patched)
        with pytest.raises(AssertionError, match="built, not loaded"):
            service(engine, tmp_path).index.current()
    after = answers(service(engine, tmp_path))  # built, and saved for the next one
    assert after != before
    no_store_reads(monkeypatch)
    assert answers(service(engine, tmp_path)) == after
    engine.dispose()


def test_a_store_made_again_is_not_mistaken_for_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same documents in the same order give the same row ids; the ingestion time differs."""
    path = tmp_path / "again.db"
    versions = []
    for made in ("first", "again"):
        path.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{path}")
        upgrade_database(engine)
        load_samples(engine)
        versions.append(read_store_version(engine))
        if made == "again":
            no_store_reads(monkeypatch)
            with pytest.raises(AssertionError, match="built, not loaded"):
                service(engine, tmp_path).index.current()
        else:
            service(engine, tmp_path).index.current()
        engine.dispose()
    assert versions[0] == versions[1]  # so the version alone would have matched


def test_an_index_saved_by_other_code_is_not_loaded(
    samples: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service(samples, tmp_path).index.current()
    monkeypatch.setattr(index_cache, "code_fingerprint", lambda: "another policybot")
    no_store_reads(monkeypatch)
    with pytest.raises(AssertionError, match="built, not loaded"):
        service(samples, tmp_path).index.current()


def test_a_damaged_saved_index_is_built_again(samples: Engine, tmp_path: Path) -> None:
    built = answers(service(samples, tmp_path))
    saved = IndexCache(tmp_path, str(samples.url)).path
    saved.write_bytes(saved.read_bytes()[:1000])
    assert answers(service(samples, tmp_path)) == built


def test_an_unwritable_data_directory_only_costs_a_build(
    samples: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert answers(service(samples, blocked / "cache"))  # answers all the same
    assert "could not save the answer index" in caplog.text


# -- the schema check and the data directory ---------------------------------------------------


def test_the_heads_read_from_the_scripts_are_alembics(sqlite_engine: Engine) -> None:
    alembic_heads = ScriptDirectory.from_config(alembic_config(sqlite_engine)).get_heads()
    assert script_heads() == frozenset(alembic_heads)
    assert schema_revisions(sqlite_engine) == frozenset(alembic_heads)


def test_alembic_runs_only_when_the_schema_is_behind(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []
    real_upgrade = command.upgrade
    monkeypatch.setattr(
        command, "upgrade", lambda config, rev: ran.append(rev) or real_upgrade(config, rev)
    )
    upgrade_database(sqlite_engine)  # already at head
    assert ran == []
    empty = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    assert schema_revisions(empty) is None
    upgrade_database(empty)
    assert ran == ["head"] and schema_revisions(empty) == script_heads()
    upgrade_database(empty, "0001")  # an explicit revision always goes to Alembic
    assert ran == ["head", "0001"]
    empty.dispose()


@pytest.mark.parametrize(
    ("url", "configured", "expected"),
    [
        ("sqlite:///./var/policybot.db", "", Path("var")),
        ("sqlite:////srv/bot/store.db", "", Path("/srv/bot")),
        ("postgresql://u@h/db", "", Path("var")),
        ("postgresql://u@h/db", "/var/lib/policybot", Path("/var/lib/policybot")),
    ],
)
def test_the_data_directory(url: str, configured: str, expected: Path) -> None:
    settings = Settings(database=DatabaseSettings(url=url), bot=BotSettings(data_dir=configured))
    assert data_dir(settings) == expected


def test_an_unwritable_data_directory_still_answers_without_a_traceback(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    result = ask_in_a_new_process(
        tmp_path,
        POLICYBOT_DB_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        POLICYBOT_DATA_DIR=str(blocked),
    )
    assert result.returncode == 0 and "答:" in result.stdout
    assert "Traceback" not in result.stderr
    assert "could not save the answer index" in result.stderr
