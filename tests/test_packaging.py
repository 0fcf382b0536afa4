"""`make run` on a fresh clone installs quietly (README): the editable install of this flat
layout must take setuptools' plain .pth route. Without `package-dir = {"" = "."}` setuptools
picked its import-hook finder, whose warning block ("Please be careful with folders in your
working directory…") pip prints even under --quiet (new-user trial). This asks the installed
setuptools which strategy it would choose for the real pyproject.toml, and which packages go in.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from setuptools.command import editable_wheel  # type: ignore[import-untyped]
from setuptools.config.pyprojecttoml import apply_configuration  # type: ignore[import-untyped]
from setuptools.dist import Distribution  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
# setuptools < 69 calls [tool.setuptools] beta; make run installs a newer one.
pytestmark = pytest.mark.filterwarnings("ignore:Support for .*tool.setuptools:UserWarning")


def test_the_editable_install_takes_the_quiet_pth_route(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    dist = apply_configuration(Distribution(), ROOT / "pyproject.toml")
    dist.script_name = "setup.py"
    command = editable_wheel.editable_wheel(dist)
    command.ensure_finalized()
    strategy = command._select_strategy("policybot", "0.editable-py3-none-any", "build/lib")
    assert type(strategy).__name__ == "_StaticPth", type(strategy).__name__
    assert [Path(entry).resolve() for entry in strategy.path_entries] == [ROOT]
    packages = set(dist.packages or [])
    assert "policybot" in packages and "policybot.knowledge.extract" in packages
    assert all(name.split(".")[0] == "policybot" for name in packages), sorted(packages)
