"""Every module of the package imports on its own, first, in a fresh interpreter.

A test session imports modules in whatever order its files ask, so a circular import stays
hidden until one file happens to import the wrong module first (answer_layout → question_scope
→ document_answers → answer_layout failed only when tests/test_answers_round4.py ran alone).
One interpreter imports each module in turn after clearing from ``sys.modules`` what the one
before loaded.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import policybot.knowledge

_IMPORT_EACH = """
import importlib, sys
# The foundation every answering module stands on (the tables, the extractor) stays loaded:
# it imports nothing above it, and importing it again per module is most of the cost.
for base in ("models", "reminder_items", "extract.pipeline"):
    importlib.import_module(f"policybot.knowledge.{base}")
importlib.import_module("policybot.scheduler.models")
foundation = {m for m in sys.modules if m.startswith("policybot")}
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m.startswith("policybot") and m not in foundation]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def test_each_answering_module_imports_first() -> None:
    """The modules of ``policybot.knowledge`` itself (answering, search, store), which import
    one another; the extractor's and the bot's import downward only and are left out, as each
    import here costs the whole closure again."""
    names = [
        module.name
        for module in pkgutil.iter_modules(policybot.knowledge.__path__, "policybot.knowledge.")
        if not module.ispkg
    ]
    assert len(names) > 100, names
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *names],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert result.stdout.strip() == "", result.stdout
