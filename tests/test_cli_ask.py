"""``policybot ask``, ``ask --jsonl``, ``chat`` and ``run`` through ``cli.main``."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from emulator_fixtures import emulator_in_thread
from lookup_samples import load_samples
from policybot.bot import cli
from policybot.knowledge.database import make_engine, upgrade_database


@pytest.fixture
def store_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A tmp SQLite store holding the sample plans, configured through the environment."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    load_samples(engine)
    engine.dispose()
    monkeypatch.setenv("POLICYBOT_DB_URL", url)
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray ./config.toml
    return url


def test_ask_prints_the_answer_with_its_citation(store_url: str, capsys) -> None:
    assert cli.main(["ask", "南海区2018年省名牌产品要多少个?"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "答: 6个" in out
    assert "出处: 《佛山市工业产品质量提升三年行动计划(2017—2019年)》" in out
    assert "<b>" not in out


def test_ask_without_a_question_is_a_usage_error(store_url: str, capsys) -> None:
    assert cli.main(["ask"]) == cli.EXIT_USAGE
    assert cli.main(["ask", "  "]) == cli.EXIT_USAGE
    assert "usage" in capsys.readouterr().err


def test_ask_tells_an_unknown_command_from_a_chat_command(store_url: str, capsys) -> None:
    assert cli.main(["ask", "/foo"]) == cli.EXIT_USAGE
    assert capsys.readouterr().out.startswith("没有 /foo 这个命令")
    assert cli.main(["ask", "/subscribe 湖州"]) == cli.EXIT_USAGE
    assert "policybot chat" in capsys.readouterr().out


def test_a_bad_time_is_a_usage_line_not_a_python_error(store_url: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["reminders", "--at", "garbage"])
    assert exit_.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "不是日期时间" in err and "Traceback" not in err and "ValueError" not in err


def test_output_to_a_reader_that_stops_early_ends_quietly(store_url: str) -> None:
    """``policybot ask … | head -1`` printed "policybot stopped: BrokenPipeError"."""
    import subprocess
    import sys

    pipeline = subprocess.run(
        f"{sys.executable} -m policybot.bot.cli ask '/deadlines 佛山 全部' | head -c 10",
        shell=True,
        capture_output=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert pipeline.stderr.decode() == ""


def test_ask_jsonl_answers_one_question_a_line(
    store_url: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = "驰名商标奖励多少钱\n\n湖州市質監局負責哪些目標\n火星探测奖励\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(questions))
    assert cli.main(["ask", "--jsonl"]) == cli.EXIT_OK
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["q"] for line in lines] == [
        "驰名商标奖励多少钱",
        "湖州市質監局負責哪些目標",
        "火星探测奖励",
    ]
    assert "万元" in lines[0]["answer"]
    assert "市质量技监局" in lines[1]["answer"]
    assert "未找到" in lines[2]["answer"]


def test_ask_now_marks_deadlines_relative_to_that_day(store_url: str, capsys) -> None:
    cli.main(["ask", "--now", "2016-01-01T09:00", "佛山通过省预验收什么时候"])
    assert "已过期" not in capsys.readouterr().out
    cli.main(["ask", "--now", "2018-01-01T09:00", "佛山通过省预验收什么时候"])
    assert "已过期" in capsys.readouterr().out


def test_chat_runs_the_real_bot_offline(
    store_url: str, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/targets 南海 2018\n/quit\n"))
    assert cli.main(["chat", "--now", "2018-06-01T09:00"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "6个" in out


@pytest.mark.parametrize(("mode", "method"), [("polling", "run_polling")])  # webhook: test_webhook
def test_run_with_a_token_starts_the_real_bot(
    store_url: str, monkeypatch: pytest.MonkeyPatch, mode: str, method: str
) -> None:
    calls: list[dict[str, object]] = []
    monkeypatch.setenv("POLICYBOT_MODE", mode)
    monkeypatch.setattr(
        f"telegram.ext.Application.{method}", lambda self, **kwargs: calls.append(kwargs)
    )
    with emulator_in_thread() as emulator:
        Path("config.toml").write_text(  # the fixture made a tmp dir the working directory
            f'[telegram]\ntoken = "{emulator.token}"\nbase_url = "{emulator.base_url}"\n'
            'webhook_url = "https://bot.example.org/hook"\n',
            encoding="utf-8",
        )
        assert cli.main(["run"]) == cli.EXIT_OK
        assert emulator.calls_to("getMe"), "run checks that Telegram answers before starting"
    assert len(calls) == 1 and "allowed_updates" in calls[0]


def test_webhook_mode_needs_a_url(store_url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("POLICYBOT_TOKEN", "123456:TEST")
    monkeypatch.setenv("POLICYBOT_MODE", "webhook")
    assert cli.main(["run"]) == cli.EXIT_USAGE
    assert "webhook_url" in capsys.readouterr().err


def _due_dates(out: str) -> list[str]:
    """The years of the due dates in a listing (``2018`` of ``2018-12-31`` …); a 未找到's
    pointer to the nearest deadlines outside the window (最近的到期日是…) is not a listing."""
    out = re.sub(r"最近的到期日是[\d、-]+", "", out)
    return re.findall(r"(?<!\d)(20\d{2})-\d{2}-\d{2}", out)


def test_next_year_filters_milestones_to_next_year(store_url: str, capsys) -> None:
    """明年 is the year after the injected now; 节点 are milestones, not targets; 快到期 beside a
    year does not pull in what falls due this year."""
    cli.main(["ask", "--now", "2017-03-01", "明年有哪些节点快到期"])
    out = capsys.readouterr().out
    years = _due_dates(out)
    assert years and set(years) == {"2018"}


def test_time_words_filter_by_date_relative_to_now(store_url: str, capsys) -> None:
    cli.main(["ask", "--now", "2017-03-01", "今年有哪些节点"])
    assert set(_due_dates(capsys.readouterr().out)) == {"2017"}
    cli.main(["ask", "--now", "2017-03-01", "年底前要完成哪些节点"])
    out = capsys.readouterr().out
    assert _due_dates(out) and set(_due_dates(out)) == {"2017"}
    # Nothing falls due next month: 未找到 for that window, not every deadline of the store.
    cli.main(["ask", "--now", "2017-03-01", "下个月有哪些节点到期"])
    out = capsys.readouterr().out
    assert "未找到" in out and "2017-04-01至2017-04-30" in out


def test_a_keyword_with_nothing_searchable_finds_nothing(store_url: str, capsys) -> None:
    """``/search %`` used to list the first 50 facts of the store as if they matched."""
    for command in ("/search %", "/search _", "/targets 佛山 %%%"):
        assert cli.main(["ask", command]) == cli.EXIT_OK
        assert "未找到" in capsys.readouterr().out.splitlines()[1], command


def test_python_dash_m_policybot_is_the_console_script() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "policybot", "--help"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: policybot")


def test_ask_prints_a_long_list_a_page_at_a_time_like_the_chat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    # a phone reader gets the chat's first page and how many items are left, not the whole
    # list (the bundled plans, which an empty store is given: 佛山 has over a hundred
    # targets); --all prints every page
    monkeypatch.setenv("POLICYBOT_DB_URL", f"sqlite:///{tmp_path / 'seeded.db'}")
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["ask", "/targets 佛山"]) == cli.EXIT_OK
    page = capsys.readouterr().out
    items = re.findall(r"^\d+\) ", page, flags=re.MULTILINE)
    left = re.search(r"还有(\d+)条", page)
    assert 0 < len(items) <= 8 and left is not None, page
    assert cli.main(["ask", "--all", "/targets 佛山"]) == cli.EXIT_OK
    everything = capsys.readouterr().out
    assert len(re.findall(r"^\d+\) ", everything, flags=re.MULTILINE)) == len(items) + int(
        left.group(1)
    )
    assert "还有" not in everything
