"""``policybot ask "/command …"`` answers as the chat does, and the offline chat explains itself
(``chat --help``, ``/help`` inside the chat)."""

from __future__ import annotations

import io
import re
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from policybot.bot import cli
from policybot.bot.chat import OFFLINE_USER_ID
from policybot.bot.offline_help import offline_commands_text
from policybot.clock import Clock
from policybot.config import Settings
from policybot.knowledge.commands import split_command

SPEAKER = "机器人："


def ask(capsys: pytest.CaptureFixture[str], text: str, *options: str) -> tuple[int, str]:
    code = cli.main(["ask", "--now", "2017-01-01T09:00", *options, text])
    return code, capsys.readouterr().out.rstrip("\n")


def chat_replies(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *lines: str
) -> list[str]:
    """The bot's messages to ``lines`` in the offline chat, as it prints them (one per reply)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert cli.main(["chat", "--now", "2017-01-01T09:00"]) == cli.EXIT_OK
    output = capsys.readouterr().out
    return [part.rstrip("\n") for part in output.split(SPEAKER) if part.strip()]


@pytest.mark.parametrize(
    "command", ["/search 技能大师", "/rewards 驰名商标", "/units 市质量技监局", "/doc 湖州"]
)
def test_ask_answers_a_command_exactly_as_the_chat_does(
    seeded_cli: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    code, asked = ask(capsys, command)
    (chatted,) = chat_replies(capsys, monkeypatch, command)
    assert code == cli.EXIT_OK
    assert "未找到" not in asked
    chatted = chatted.split("\n[ ")[0]  # a long answer's chat page ends with its buttons
    if "\n第 1/" in chatted:  # paged in the chat: the first page is where ask's answer starts
        chatted = chatted.split("\n\n第 1/")[0]
        # ask prints the whole list unpaged and its sources once at the end (#12 round 4), the
        # chat each page's sources under its items.
        page_sources = [line for line in chatted.splitlines() if line.startswith("出处: ")]
        chatted = "\n".join(line for line in chatted.splitlines() if not line.startswith("出处: "))
        assert all(line in asked.splitlines() for line in page_sources)
    assert asked.startswith(chatted)


def test_ask_deadlines_reads_its_arguments_like_the_handler(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, upcoming = ask(capsys, "/deadlines 佛山")
    assert code == cli.EXIT_OK and upcoming.startswith("佛山市 · 期限\n答: 最近:")
    _, everything = ask(capsys, "/deadlines 佛山 全部")
    assert everything.startswith("佛山市 · 期限(含已过期)")


def _listed_due_years(reply: str) -> set[str]:
    """The years of the due dates on a listing's numbered lines."""
    return set(re.findall(r"^\d+\) .*?(20\d\d)-\d\d-\d\d", reply, flags=re.M))


def test_a_year_in_deadlines_lists_what_falls_due_that_year(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``/deadlines 佛山 2019`` used to drop the year and list 2017's deadlines."""
    _, foshan = ask(capsys, "/deadlines 佛山 2019")
    assert foshan.startswith("佛山市 · 2019年 · 期限\n答: 2019年到期: 共")
    assert _listed_due_years(foshan) == {"2019"}
    _, everywhere = ask(capsys, "/deadlines 2018")  # the year alone: every region
    assert everywhere.startswith("全部 · 2018年 · 期限") and "未找到" not in everywhere
    assert _listed_due_years(everywhere) == {"2018"}
    assert "湖州市" in everywhere and "佛山市" in everywhere


def test_a_year_alone_in_targets_means_every_regions_targets_that_year(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _, reply = ask(capsys, "/targets 2018", "--all")  # (every page: the first is 湖州's)
    assert reply.startswith("全部地区 · 2018年 · 目标") and "未找到" not in reply
    items = [line for line in reply.splitlines() if re.match(r"\d+\) ", line)]
    assert any("湖州市" in line for line in items) and any("佛山市" in line for line in items)
    # Each item is due in 2018, or is a yearly target (每年…) that holds in 2018 as well.
    assert all(" · 2018-" in line or "每年" in line for line in items)


def test_a_command_without_its_arguments_gets_the_chats_usage_reply(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, asked = ask(capsys, "/targets")
    assert code == cli.EXIT_USAGE
    assert chat_replies(capsys, monkeypatch, "/targets") == [asked]
    assert asked.startswith("用法:/targets <地区>")


def test_chat_only_commands_are_pointed_to_the_chat(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, asked = ask(capsys, "/subscribe 佛山")
    assert code == cli.EXIT_USAGE
    assert asked.startswith("/subscribe: policybot ask 只回答问题和查询命令")
    assert "policybot chat" in asked


def test_ask_help_is_the_bots_help_without_markup(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, asked = ask(capsys, "/help")
    assert code == cli.EXIT_OK
    assert asked.startswith("使用说明\n直接提问") and "/targets 湖州 2018" in asked
    assert "<b>" not in asked and "<code>" not in asked
    code, everything = ask(capsys, "/help 全部")
    assert code == cli.EXIT_OK and everything.startswith("可用命令\n/targets — 查目标任务")


def test_a_question_is_still_a_question(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, asked = ask(capsys, "驰名商标奖励多少钱")
    assert code == cli.EXIT_OK and asked.split("\n")[1].startswith("答: ")  # answered, not a usage


def test_jsonl_lines_may_be_commands(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/search 技能大师\n"))
    assert cli.main(["ask", "--jsonl"]) == cli.EXIT_OK
    assert '"answer": "搜索: 技能大师' in capsys.readouterr().out


def test_commands_are_split_as_telegram_does() -> None:
    assert split_command("/Deadlines@policy_test_bot  佛山 全部") == ("deadlines", ["佛山", "全部"])
    assert split_command("/search") == ("search", [])
    assert split_command("驰名商标 /search") is None
    assert split_command("/") is None


# -- the offline chat documents itself -----------------------------------------------------------


def test_chat_help_lists_the_in_chat_commands_and_the_modes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["chat", "--help"])
    text = capsys.readouterr().out
    for command in ("/press <按钮文字>", "/file <路径>", "/quit", "/help"):
        assert f"\n  {command}" in text
    for mode in ("终端 (terminal)", "管道 (pipe)", "--group", "--admin", "--now"):
        assert f"\n  {mode}" in text
    assert "printf '/deadlines 佛山\\n/press 下一页\\n' | policybot chat" in text


def test_help_inside_the_chat_adds_the_offline_commands(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/help\n"))
    assert cli.main(["chat"]) == cli.EXIT_OK
    output = capsys.readouterr().out
    bot_help = output.index("机器人：使用说明")
    offline = output.index("离线对话自己的命令 (offline chat only):")
    assert bot_help < offline
    assert "/press <按钮文字>" in output[offline:] and "/file <路径>" in output[offline:]


def test_the_chat_clock_starts_once_the_store_is_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """README: ``(echo /subscribe 佛山; sleep 70) | policybot chat --now …08:59:30`` prints the
    09:00 digest. Loading the bundled plans into a fresh store took half a minute on a busy
    machine, and the --now clock ran meanwhile, so 09:00 passed before the subscription and no
    digest came. The store is stamped at --now; the chat's clock starts after it is open."""
    start = datetime(2018, 11, 30, 8, 59, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    stamped: list[datetime] = []
    clocks: list[Clock] = []

    def slow_open_store(settings: object, *, now: datetime, **_: object) -> object:
        stamped.append(now)
        time.sleep(1.5)  # as loading the bundled plans into a fresh store
        return object()

    def capture(settings: object, engine: object, **options: object) -> int:
        clocks.append(options["clock"])  # type: ignore[arg-type]
        return cli.EXIT_OK

    monkeypatch.setattr(cli, "open_store", slow_open_store)
    monkeypatch.setattr(cli, "offline_chat", capture)
    assert cli.main(["chat", "--now", "2018-11-30T08:59:30"]) == cli.EXIT_OK
    assert abs(stamped[0] - start) < timedelta(seconds=1)
    assert clocks[0].now() - start < timedelta(seconds=1)


def test_the_offline_chat_looks_for_due_reminders_every_few_seconds() -> None:
    """A service ticks every 60 s; at that pace a digest due at the --now 09:00 came up to a
    minute late, after README's ``(echo /subscribe 佛山; sleep 70)`` pipe had closed."""
    settings = Settings()
    assert settings.reminders.tick_seconds == 60
    offline = cli.offline_settings(settings, OFFLINE_USER_ID, admin=False)
    assert offline.reminders.tick_seconds <= 5
    assert OFFLINE_USER_ID not in offline.bot.owners
    assert OFFLINE_USER_ID in cli.offline_settings(settings, OFFLINE_USER_ID, admin=True).bot.owners


def test_the_offline_commands_follow_the_first_help_only(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # trial37: /help then /help 全部 printed the offline commands twice
    monkeypatch.setattr("sys.stdin", io.StringIO("/help\n/help 全部\n"))
    assert cli.main(["chat"]) == cli.EXIT_OK
    output = capsys.readouterr().out
    assert output.count("离线对话自己的命令 (offline chat only):") == 1, output


def test_the_offline_commands_come_before_a_paged_help(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # trial40: /help 全部 printed them after page 1, in the middle of the help's pages
    monkeypatch.setattr("sys.stdin", io.StringIO("/help 全部\n/press 下一页\n"))
    assert cli.main(["chat", "--admin"]) == cli.EXIT_OK
    output = capsys.readouterr().out
    assert output.count("离线对话自己的命令 (offline chat only):") == 1, output
    offline = output.index("离线对话自己的命令 (offline chat only):")
    assert offline < output.index("第 1/") < output.index("第 2/"), output


def test_the_offline_commands_close_a_help_of_one_page(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/help admin\n"))
    assert cli.main(["chat", "--admin"]) == cli.EXIT_OK
    output = capsys.readouterr().out
    offline = output.index("离线对话自己的命令 (offline chat only):")
    assert output.index("机器人：管理员功能") < offline, output
    assert output.rstrip().endswith(offline_commands_text().rstrip()), output
