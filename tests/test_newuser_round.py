"""What a new user found talking to the offline chat as quality-office staff (README walk-through):
a month named by its number (2019年6月, 6月底前) is a window of dates, as 本月 and 下个月 are."""

from __future__ import annotations

import io
import logging
import re
from datetime import date

import pytest

from policybot.bot import cli
from policybot.bot.harness import OfflineHarness
from policybot.bot.logs import configure_logging
from policybot.config import Settings
from policybot.knowledge.timewords import find_time_window

SPEAKER = "机器人："


def chat_replies(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, now: str, *lines: str
) -> list[str]:
    """The bot's messages to ``lines`` in the offline chat (the emulator), one per reply."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    assert cli.main(["chat", "--now", now]) == cli.EXIT_OK
    output = capsys.readouterr().out
    return [part.rstrip("\n") for part in output.split(SPEAKER) if part.strip()]


def _due_dates(reply: str) -> set[str]:
    """The due dates on a reply's item lines."""
    return set(re.findall(r"· (20\d\d-\d\d-\d\d)", reply))


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("佛山2019年6月底前要完成什么", date(2019, 1, 3), date(2019, 6, 30)),
        ("2019年6月有什么到期", date(2019, 6, 1), date(2019, 6, 30)),
        ("2018年12月底到期的有哪些", date(2018, 12, 1), date(2018, 12, 31)),
        ("6月份要交什么", date(2019, 6, 1), date(2019, 6, 30)),
        ("3月底前要报啥", date(2019, 1, 3), date(2019, 3, 31)),
    ],
)
def test_a_month_named_by_its_number_is_a_window_of_dates(
    question: str, start: date, end: date
) -> None:
    window, rest = find_time_window(question, date(2019, 1, 3))
    assert window is not None and (window.start, window.end) == (start, end)
    assert "月" not in rest  # never a search word


@pytest.mark.parametrize("question", ["6月30日前要完成什么", "培训为期6个月", "16月"])
def test_a_day_or_a_length_of_months_is_no_month_window(question: str) -> None:
    window, _ = find_time_window(question, date(2019, 1, 3))
    assert window is None


def test_deadlines_of_a_named_month_list_that_month_only(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``/deadlines 佛山 2019年6月`` was refused (看不懂时间) and ``/deadlines 佛山 6月`` listed
    every deadline of 佛山 from today on (19 pages), the month dropped."""
    named, short = chat_replies(
        capsys, monkeypatch, "2019-01-03T10:00", "/deadlines 佛山 2019年6月", "/deadlines 佛山 6月"
    )
    for reply in (named, short):
        assert "看不懂" not in reply and "未找到" not in reply
        assert _due_dates(reply) == {"2019-06-30"}


def test_a_question_with_a_month_asks_what_falls_due_in_it(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """2018年12月底到期的有哪些 lost its year and answered with a 2015 milestone (部分相符)."""
    (reply,) = chat_replies(capsys, monkeypatch, "2019-01-03T10:00", "2018年12月底到期的有哪些")
    assert "仅供参考" not in reply and "未找到" not in reply
    assert _due_dates(reply) == {"2018-12-31"}


def test_a_citation_line_carries_no_bare_paragraph_or_row_number(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """出处 read 《…》 完善“三强一制造”奖励政策 / 16 and 《…》 任务分解表 / 27: the numbered
    paragraph and the table's row number, which a phone reader takes for a page or an id."""
    reward, quota = chat_replies(
        capsys, monkeypatch, "2018-06-01T09:00", "驰明商标奖多少钱", "南海区今年省名牌产品要多少个"
    )
    sources = [
        line for reply in (reward, quota) for line in reply.splitlines() if line.startswith("出处")
    ]
    assert len(sources) == 2
    assert sources[0].endswith("奖励政策") and sources[1].endswith("任务分解表")
    assert "100万元" in reward and "239个" in quota


async def test_an_edited_number_may_carry_the_facts_own_unit(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    """An admin correcting 20家 typed 80家 and was told 应为数字 until they dropped the 家; a
    progress report of 8家 likewise. Another unit is still refused, naming the fact's own."""
    await sqlite_plan_bot.say("/edit target 1")
    await sqlite_plan_bot.press("目标值")
    (other,) = await sqlite_plan_bot.say("22个")
    assert "单位是「家」" in other.text and "已修改" not in other.text
    (saved,) = await sqlite_plan_bot.say("22家")
    assert "已修改" in saved.text and "目标值:22" in saved.text
    (reported,) = await sqlite_plan_bot.say("/report 1 8家")
    assert "进展已记录" in reported.text and "报送值:8家(目标 22家)" in reported.text


async def test_a_verb_inside_a_name_is_not_given_to_the_next_item(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    """A real plan's 高端品牌培育企业60家以上,“泰山品质”产品认证证书3张以上 previewed and stored
    the certificates as 山东省高端品牌培育“泰山品质”产品认证证书: the 培育 of a name was shared
    like the 新增 leading 新增A 7个、B 28个."""
    plan = (
        "样例市品牌工作要点\n到2030年,样例市品牌培育企业60家以上,“样例品质”产品认证证书3张以上。\n"
    )
    (preview,) = await sqlite_plan_bot.upload(plan.encode(), filename="plan.txt")
    assert "; “样例品质”产品认证证书 3张以上(截止 2030-12-31)" in preview.text
    assert "样例市品牌培育企业 60家" in preview.text and "培育“样例品质”" not in preview.text


def test_how_many_prizes_to_add_is_a_target_not_a_sum(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """佛山2019年要新增多少政府质量奖 was read as asking a sum of money (多少…奖) and answered
    未找到 …没有2019年的分年内容, while the plan sets the number of prizes to add; with 个 it
    was answered. A sum asked of a prize is still a sum."""
    count, money = chat_replies(
        capsys, monkeypatch, "2018-03-01T09:00", "佛山2019年要新增多少政府质量奖", "驰名商标奖多少"
    )
    assert "未找到" not in count and "15个以上" in count.splitlines()[1]
    assert money.splitlines()[1] == "答: 衢州市 100万元"  # the one region whose rules say it, named


def test_matplotlibs_font_cache_news_stays_out_of_the_answers() -> None:
    """``echo "/deadlines 佛山" | make run`` on a fresh clone printed matplotlib's INFO line
    "generated new fontManager" among the bot's answers; its warnings still pass."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(Settings(), stream=stream)
    try:
        logging.getLogger("matplotlib.font_manager").info("generated new fontManager")
        logging.getLogger("matplotlib.font_manager").warning("findfont: font not found")
        logging.getLogger("policybot.knowledge.ingest").info("loaded 5 bundled plans")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        logging.getLogger("matplotlib").setLevel(logging.NOTSET)
    written = stream.getvalue()
    assert "fontManager" not in written
    assert "findfont" in written and "loaded 5 bundled plans" in written
