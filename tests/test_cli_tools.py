"""``policybot calc``, ``compare`` and ``progress``: the same tools as the chat, in a terminal,
on a store that seeds itself with the bundled plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.bot.cli import main


@pytest.fixture
def cli_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYBOT_CONFIG", raising=False)
    monkeypatch.setenv("POLICYBOT_DB_URL", f"sqlite:///{tmp_path / 'store.db'}")
    return tmp_path


def test_calc_prints_the_calculation(cli_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "衢州 国际标准 主导 1; 驰名商标 1"]) == 0
    out = capsys.readouterr().out
    assert "合计: 200万元" in out and "#reward#" not in out and "<b>" not in out
    assert main(["calc", "佛山 驰名商标 1"]) == 1
    assert "用法" in capsys.readouterr().out


def test_compare_prints_rows_and_draws_the_table(
    cli_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["compare", "南海和顺德2018年的指标对比", "-o", "table.png"]) == 0
    out = capsys.readouterr().out
    assert "南海区 不少于239个 | 顺德区 不少于161个" in out and "[图片] table.png" in out
    assert (cli_store / "table.png").read_bytes().startswith(b"\x89PNG")
    assert main(["compare", "湖州"]) == 2


def test_progress_prints_the_summary_and_writes_the_chart(
    cli_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["progress", "南海区", "--now", "2018-06-01T09:00"]) == 0
    assert "24 项目标都还没有报送进展" in capsys.readouterr().out
    assert main(["progress", "火星"]) == 1
