"""What the last new-user trial found the bot guessing or leaving unread: /calc 火星 … priced
for another region, /deadlines 佛山 标准 ignored 标准, 收录了哪些文件 read 收录 as a search word."""

from __future__ import annotations

import re

import pytest

from policybot.bot.chat import ADMIN_HINT
from policybot.bot.harness import OfflineHarness
from test_admin_samples import GROUP, STRANGER
from test_newuser_fresh_clone import chat_output
from test_newuser_round import chat_replies
from test_reliability_progress import UNIT

NOW = "2018-03-01T09:00"


def _pages(reply: str) -> int:
    found = re.search(r"第 1/(\d+) 页", reply)
    return int(found.group(1)) if found else 1


def test_an_unknown_place_in_calc_is_named_not_replaced_by_another_region(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """/calc 火星 驰名商标 1 priced the claim under 衢州's rules and listed 火星 as an unknown
    achievement."""
    unknown, known = chat_replies(
        capsys, monkeypatch, NOW, "/calc 火星 驰名商标 1", "/calc 驰名商标 1"
    )
    assert "未找到地区“火星”" in unknown and "有奖励政策的地区" in unknown
    assert "合计" not in unknown and "衢州市" in unknown  # named as a place there is, not used
    assert "合计" in known  # no place typed: the rules that match are still used


def test_a_deadline_keyword_filters_the_list_or_says_nothing_matches(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    whole, narrowed, nothing = chat_replies(
        capsys, monkeypatch, NOW, "/deadlines 佛山", "/deadlines 佛山 标准", "/deadlines 佛山 火星"
    )
    assert "“标准”" in narrowed and _pages(narrowed) < _pages(whole)
    items = [line for line in narrowed.splitlines() if re.match(r"\d+\) ", line)]
    assert items and not any("孵化器" in line for line in items)
    assert "未找到" in nothing and "火星" in nothing and "1) " not in nothing


@pytest.mark.parametrize(
    "question",
    [
        "你们收录了哪些文件",
        "都收录了哪些文件",
        "有哪些文件",
        "收录了什么文件",
        "都收录了什么",
        "你们都收录了哪些规划",
    ],
)
def test_asking_what_is_collected_lists_the_documents(
    question: str,
    seeded_cli: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (reply,) = chat_replies(capsys, monkeypatch, NOW, question)
    assert "份文件" in reply and "未找到" not in reply


def test_a_long_list_says_on_its_first_page_only_how_to_narrow_it(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """/deadlines 佛山 全部 (25 pages) and /targets 佛山 (23) gave no hint of 年份/区/关键词."""
    deadlines, targets, short = chat_replies(
        capsys, monkeypatch, NOW, "/deadlines 佛山 全部", "/targets 佛山", "/deadlines 佛山 标准"
    )
    for reply, command in ((deadlines, "/deadlines"), (targets, "/targets")):
        assert _pages(reply) >= 10
        hint = [line for line in reply.splitlines() if "缩小" in line]
        assert len(hint) == 1 and command in hint[0] and "年份" in hint[0], reply
    assert _pages(short) < 10 and "缩小" not in short


async def test_report_without_a_number_lists_what_this_chat_may_report_numbered(
    plan_bot: OfflineHarness,
) -> None:
    """/report asked for a target number that no list shows to a non-admin: the numbers are
    given where the command needs them, to whom may report."""
    (refused,) = await plan_bot.say("/report", chat_id=STRANGER, user_id=STRANGER)
    assert "管理员指定" in refused.text and "#" not in refused.text
    await plan_bot.say(f"/designate {UNIT}", chat_id=GROUP)
    (guide,) = await plan_bot.say("/report", chat_id=GROUP, user_id=STRANGER)
    assert "本群可报送的目标" in guide.text and "#1 " in guide.text and "/report 12 8" in guide.text
    (narrowed,) = await plan_bot.say("/report 火星", chat_id=GROUP, user_id=STRANGER)
    assert narrowed.text.startswith("未找到与“火星”有关的可报送的目标")
    (stored,) = await plan_bot.say("/report 1 8", chat_id=GROUP, user_id=STRANGER)
    assert "进展已记录" in stored.text


def test_report_in_the_offline_chat_gives_numbers_to_an_admin_and_says_how_to_be_one(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = chat_output(capsys, monkeypatch, "/report")
    assert "管理员指定" in refused and ADMIN_HINT in refused
    listed = chat_output(capsys, monkeypatch, "/report 卓越绩效", admin=True)
    numbered = re.findall(r"^#(\d+) .*卓越绩效.*目标 ", listed, flags=re.MULTILINE)
    assert numbered, listed
    (stored,) = chat_replies(capsys, monkeypatch, NOW, f"/report {numbered[0]} 1")
    assert "管理员指定" in stored  # the number is real; this chat may not use it
