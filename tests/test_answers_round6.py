"""Answers round 6: what a new user found asking ``policybot ask`` about the five seed plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.bot import cli

NOW = "2018-03-01T09:00"


@pytest.fixture(scope="module")
def seeded_url(seeded_sqlite_path: Path) -> str:
    return f"sqlite:///{seeded_sqlite_path}"


@pytest.fixture
def store(seeded_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("POLICYBOT_DB_URL", seeded_url)
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    return seeded_url


def ask(capsys: pytest.CaptureFixture[str], text: str, now: str = NOW) -> str:
    cli.main(["ask", "--now", now, text])
    return capsys.readouterr().out


@pytest.mark.parametrize("question", ["上海驰名商标奖励多少钱", "上海2018年要新增多少项标准?"])
def test_a_city_only_a_page_menu_names_is_not_a_place_the_store_covers(
    store: str, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    """The Wuhan page's menu links 上海自贸区政策汇编; that does not make 上海 a place of the
    store, so no other city's reward or target answers for it."""
    out = ask(capsys, question)
    assert out.count("未找到") == 1 and "部分相符" not in out
    assert "上海" in out and "万元" not in out and "项 " not in out
