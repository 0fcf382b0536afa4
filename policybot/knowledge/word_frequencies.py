"""jieba's prefix dictionary in SQLite: a process that segments a few questions reads the words
it meets instead of loading all half a million.

jieba keeps word → frequency (0 for a mere prefix of a longer word) in a dict, ``FREQ``, which it
only reads with ``in``, ``[]`` and ``get`` and writes with ``[]=`` (``add_word``). Loading that
dict costs 0.17 s even from its marshal cache — a fifth of the second ``policybot ask`` may take
— while one question looks up a few hundred entries. :class:`StoredFrequencies` answers those
from an indexed table (about 10 µs each, then remembered), keeps added words in memory, and
loads everything at once on :meth:`~StoredFrequencies.load_all`, before an index build
segments every fact. Segmentation is the same either way (``tests/test_startup_caches.py``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path

_SCHEMA = (
    "CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
)


class StoredFrequencies(MutableMapping[str, int]):
    """jieba's ``FREQ`` backed by a read-only SQLite file; writes stay in memory."""

    def __init__(self, connection: sqlite3.Connection, total: int) -> None:
        self.total = total
        self._connection: sqlite3.Connection | None = connection
        self._known: dict[str, int] = {}
        self._absent: set[str] = set()
        self._lock = threading.Lock()  # the bot segments questions in worker threads

    @property
    def complete(self) -> bool:
        """Whether every word is in memory (after :meth:`load_all`)."""
        return self._connection is None

    def __getitem__(self, word: str) -> int:
        value = self._find(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) is not None

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]  # jieba calls get(word) and get(word, 0) only, never dict.get's other forms
        value = self._find(word)
        return default if value is None else value

    def __setitem__(self, word: str, value: int) -> None:
        self._known[word] = value
        self._absent.discard(word)

    def __delitem__(self, word: str) -> None:
        if word not in self:
            raise KeyError(word)
        self._known.pop(word, None)
        self._absent.add(word)

    def __iter__(self) -> Iterator[str]:
        self.load_all()
        return iter(self._known)

    def __len__(self) -> int:
        self.load_all()
        return len(self._known)

    def _find(self, word: str) -> int | None:
        value = self._known.get(word)
        if value is not None or word in self._absent:
            return value
        with self._lock:
            if self._connection is None:
                return None
            row = self._connection.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
        if row is None:
            self._absent.add(word)
            return None
        count: int = row[0]
        self._known[word] = count
        return count

    def load_all(self, everything: Mapping[str, int] | None = None) -> None:
        """Every word in memory from now on; ``everything`` is the same dictionary when the
        caller has it at hand faster (jieba's marshal cache), else it is read from the file."""
        with self._lock:
            if self._connection is None:
                return
            words = dict(everything or self._connection.execute("SELECT word, n FROM freq"))
            self._connection.close()
            self._connection = None
        for word in self._absent:  # words deleted here, and words known to be missing
            words.pop(word, None)
        words.update(self._known)  # words added here win over the file
        self._known, self._absent = words, set()


def open_frequencies(path: Path) -> StoredFrequencies | None:
    """The stored dictionary at ``path``; None when it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        row = connection.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
    except sqlite3.Error:
        return None
    if row is None:
        connection.close()
        return None
    return StoredFrequencies(connection, int(row[0]))


def write_frequencies(path: Path, frequencies: Mapping[str, int], total: int) -> None:
    """Store ``frequencies`` at ``path`` atomically (readers see the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(descriptor)
    try:
        connection = sqlite3.connect(temporary)
        try:
            for statement in _SCHEMA:
                connection.execute(statement)
            connection.executemany("INSERT INTO freq VALUES (?, ?)", frequencies.items())
            connection.execute("INSERT INTO meta VALUES ('total', ?)", (total,))
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
