"""Layers point down: a package imports only from the packages below it.

    bot/ (wiring, CLI, emulator)
      └─ handlers/ (Telegram handlers)        ─ policybot.services (what handlers share)
           └─ reports/ · scheduler/ · policybot.config
                └─ knowledge/ · policybot.clock

``knowledge/`` can be used from a notebook: no Telegram, no scheduler. ``scheduler/`` decides
what is due and speaks its own send outcomes: no Telegram. ``handlers/`` never reach into
``bot/``. Every import statement counts, also those inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "policybot"

# What each part of the tree must never import (prefixes of module names).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "knowledge": (
        "telegram",
        "policybot.bot",
        "policybot.handlers",
        "policybot.scheduler",
        "policybot.services",
        "policybot.reports",
        "policybot.config",
    ),
    "scheduler": (
        "telegram",
        "policybot.bot",
        "policybot.handlers",
        "policybot.services",
        "policybot.reports",
    ),
    "reports": ("telegram", "policybot.bot", "policybot.handlers", "policybot.scheduler"),
    "handlers": ("policybot.bot",),
    "services.py": ("telegram", "policybot.bot", "policybot.handlers"),
    "config.py": ("telegram", "policybot.bot", "policybot.handlers", "policybot.scheduler"),
    "clock.py": ("telegram", "policybot."),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def files_of(part: str) -> list[Path]:
    target = PACKAGE / part
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


def crossings(part: str) -> list[str]:
    forbidden = FORBIDDEN[part]
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in files_of(part)
        for name in sorted(imported_modules(path))
        if any(name == prefix.rstrip(".") or name.startswith(prefix.rstrip(".") + ".")
               for prefix in forbidden)
    ]  # fmt: skip


@pytest.mark.parametrize("part", FORBIDDEN)
def test_imports_point_down(part: str) -> None:
    assert files_of(part), f"nothing found for {part}"
    assert crossings(part) == []


def test_the_rule_sees_an_upward_import_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("def f():\n    from policybot.bot import ops\n", encoding="utf-8")
    assert "policybot.bot.ops" in imported_modules(module)
