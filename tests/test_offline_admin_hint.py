"""The offline chat's hint on how to be an admin follows a refusal, not a help page.

Found by trial 30: ``/help 全部`` then 下一页 printed "用 policybot chat --admin 启动就是管理员"
under the second help page, whose /export line says 全部导出仅限管理员 -- nothing had been
refused. A real refusal (``/adminhelp``) still brings it once.
"""

from __future__ import annotations

import pytest

from policybot.bot.chat import ADMIN_HINT
from test_newuser_fresh_clone import chat_output


def test_a_help_page_naming_an_admin_only_option_is_no_refusal(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = chat_output(capsys, monkeypatch, "/help 全部", "/press 下一页", "/press 下一页")
    assert "全部导出仅限管理员" in pages and ADMIN_HINT not in pages
    refused = chat_output(capsys, monkeypatch, "/adminhelp")
    assert refused.count(ADMIN_HINT) == 1
