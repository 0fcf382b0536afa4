"""The answer index on disk, so that a new process answers without building it again.

Building the index segments the text of every fact with jieba: a tenth of a second on the seed
plans, seconds at production scale — paid by every ``policybot ask`` and at every bot start.
``IndexCache`` keeps the last index built for a database in one file of the data directory,
keyed by the store's revision (``queries.read_store_revision``) and by the code that shapes an
index (the source of the modules below, jieba's version, Python's), so a changed store or an
upgraded policybot never loads a stale one.

The file is a pickle: like the database next to it, the data directory must be writable only by
the bot's own user. A missing, stale, damaged or unwritable file only costs a build.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from policybot.knowledge import (
    district_reach,
    glossary,
    models,
    names,
    passages,
    postings,
    queries,
    question,
    regions,
    reward_claims,
    search,
    spelling,
    timewords,
    vocabulary,
)
from policybot.knowledge.search import KnowledgeIndex, StoreRevision

log = logging.getLogger(__name__)

# The modules whose code decides what an index holds.
SHAPING_MODULES = (
    search,
    queries,
    postings,
    vocabulary,
    models,
    passages,  # the sentence index and its BM25
    glossary,  # what sentences are indexed under
    spelling,  # the words a question is corrected to
    question,  # the asking words the speller keeps
    timewords,  # and the time words
    regions,  # the short forms a region answers to (石柱县 for 石柱土家族自治县)
    names,  # and how a question's words find them
    district_reach,  # the districts a city's milestone names, filed under them too
    reward_claims,  # and the words that ask for a sum
)


class IndexCache:
    """One saved index per database URL, in ``directory``."""

    def __init__(self, directory: Path, database_url: str) -> None:
        digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
        self.path = directory / f"index-{digest}.pickle"

    def load(self, revision: StoreRevision) -> KnowledgeIndex | None:
        """The saved index when it was built for ``revision`` by this code; else None."""
        try:
            with self.path.open("rb") as handle:
                if pickle.load(handle) != _header(revision):
                    return None
                index = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # damaged or from an incompatible build: rebuild it
            log.debug("ignoring the saved answer index %s: %r", self.path, exc)
            return None
        return index if isinstance(index, KnowledgeIndex) else None

    def save(self, index: KnowledgeIndex, revision: StoreRevision) -> None:
        """Write atomically (a reader sees the old file or the new one, never half of one)."""
        temporary: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(descriptor, "wb") as handle:
                pickle.dump(_header(revision), handle, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
            temporary = None
        except OSError as exc:  # a read-only data directory: answers still work, only slower
            log.warning("could not save the answer index to %s: %s", self.path, exc)
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)


def _header(revision: StoreRevision) -> dict[str, Any]:
    return {"code": code_fingerprint(), "revision": revision}


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of the index-shaping modules' source, jieba's version and Python's."""
    digest = hashlib.sha256()
    for module in SHAPING_MODULES:
        digest.update(Path(module.__file__ or "").read_bytes())
    digest.update(vocabulary.jieba_version().encode())
    digest.update(str(sys.version_info[:2]).encode())
    return digest.hexdigest()
