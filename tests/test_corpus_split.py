"""The unseen corpus's split is drawn by one script, and every document sits where its draw put it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "corpus" / "unseen" / "split_draw.py"


def _split_draw() -> ModuleType:
    spec = importlib.util.spec_from_file_location("split_draw", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["split_draw"] = module
    spec.loader.exec_module(module)
    return module


def test_every_batch_sits_where_its_draw_put_it() -> None:
    assert _split_draw().check() == []


def test_a_draw_is_repeatable_and_covers_every_document_of_the_batch() -> None:
    split_draw = _split_draw()
    for number, batch in split_draw.BATCHES.items():
        drawn = split_draw.draw(number)
        assert drawn == split_draw.draw(number)
        assert set(drawn) == {x for ids in batch.genres.values() for x in ids}
        assert set(drawn.values()) <= set(batch.sides)
