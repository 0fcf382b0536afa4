"""What a newcomer stumbled on in a trial from a fresh clone (README set-up, then the offline
chat): a capped list said 共 N 项 over 第 1/8 页 and told only on its last page that just the
first items are listed; an admin-only command refused in the offline chat said 请联系机器人所有者,
with nobody to ask there, instead of how to be an admin (--admin)."""

from __future__ import annotations

import io
import re

import pytest

from policybot.bot import cli
from policybot.bot.chat import ADMIN_HINT
from policybot.handlers.formatting import render_pages
from policybot.knowledge.answers import Answer, AnswerKind, Citation, FactLine
from policybot.knowledge.lookup_answers import truncation_note

SPEAKER = "机器人："


def chat_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *lines: str,
    admin: bool = False,
) -> str:
    """Everything the offline chat prints for ``lines`` (replies and its own notes)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    args = ["chat", "--now", "2018-03-01T09:00"] + (["--admin"] if admin else [])
    assert cli.main(args) == cli.EXIT_OK
    return capsys.readouterr().out


def _listing(total: int, shown: int) -> Answer:
    citation = Citation(document_id=1, document="某市质量提升计划", quote="……")
    facts = tuple(
        FactLine(kind="target", fact_id=n, label=f"事项{n}", citation=citation, value=f"{n}项")
        for n in range(1, shown + 1)
    )
    return Answer(
        found=True,
        kind=AnswerKind.TARGETS,
        title="某市",
        headline=f"共 {total} 项",
        facts=facts,
        total=total,
        listing=True,
        notes=truncation_note(total, shown),
    )


def test_every_page_of_a_capped_list_says_only_the_first_items_are_listed() -> None:
    pages = render_pages(_listing(100, 20), page_size=8)
    assert len(pages) == 3
    for page in pages[:-1]:
        assert "第 " in page and "页(只列出前 20 项)" in page
    assert "只列出前 20 项;" in pages[-1]  # the last page has the note itself, once
    assert pages[-1].count("只列出前") == 1
    # The items past the 20th are on no page: the first says how to ask for fewer.
    assert "可加年份、区县或关键词缩小" in pages[0], pages[0]
    assert not any("可加年份" in page for page in pages[1:])


def test_a_list_shown_whole_has_no_cap_note_on_its_pages() -> None:
    pages = render_pages(_listing(20, 20), page_size=8)
    assert len(pages) == 3 and not any("只列出前" in page for page in pages)


def test_a_broad_question_says_on_its_first_page_that_its_list_is_cut(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """佛山的目標是什麼 answered 共 N 项 … 第 1/8 页 with 8 of N items a page to read: that only
    the first items are listed was said on page 8."""
    (reply,) = chat_output(capsys, monkeypatch, "佛山的目標是什麼").split(SPEAKER)[1:]
    total = int(re.search(r"答: 共 (\d+) 项", reply).group(1))  # type: ignore[union-attr]
    page = re.search(r"第 1/(\d+) 页\(只列出前 (\d+) 项\)", reply)
    assert page is not None, reply
    pages, shown = int(page.group(1)), int(page.group(2))
    assert shown < total and pages > 1


def test_an_admin_refusal_in_the_offline_chat_says_once_how_to_be_an_admin(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    output = chat_output(capsys, monkeypatch, "/history", "/undo", "/adminhelp")
    assert output.count("只有管理员可以") == 2 and "仅限管理员" in output
    assert output.count(ADMIN_HINT) == 1
    first, rest = output.split(ADMIN_HINT)
    assert "查看修改记录" in first and "修改知识库" in rest


def test_an_admin_session_and_an_ordinary_lookup_get_no_admin_hint(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ADMIN_HINT not in chat_output(capsys, monkeypatch, "/history", admin=True)
    assert ADMIN_HINT not in chat_output(capsys, monkeypatch, "/help", "/rewards 驰名商标")
