"""The reminder message: escaped HTML that Telegram accepts, short callback data, bounded size."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from policybot.bot.emulator import html_to_plain, parse_html
from policybot.scheduler.items import ItemDetails, ItemKind
from policybot.scheduler.messages import (
    MAX_CALLBACK_BYTES,
    countdown,
    parse_callback,
    render_reminder,
)

TELEGRAM_LIMIT = 4096

any_text = st.text(min_size=1, max_size=2000)


@given(
    title=any_text,
    quote=any_text,
    due_text=st.none() | any_text,
    units=st.lists(st.text(min_size=1, max_size=40), max_size=60),
    document=st.none() | any_text,
    ledger_id=st.integers(0, 2**63 - 1),
    lead=st.integers(-400, 400),
    late=st.booleans(),
)
def test_any_fact_renders_as_valid_bounded_html(
    title: str,
    quote: str,
    due_text: str | None,
    units: list[str],
    document: str | None,
    ledger_id: int,
    lead: int,
    late: bool,
) -> None:
    details = ItemDetails(
        ItemKind.TARGET, 1, title, due_text, quote, document, units, units, numbers="3家"
    )
    message = render_reminder(
        details, ledger_id=ledger_id, due=date(2018, 12, 31), lead_days=lead, late=late
    )
    parse_html(message.text)  # raises as Telegram's "can't parse entities" would
    assert len(html_to_plain(message.text).encode("utf-16-le")) // 2 <= TELEGRAM_LIMIT
    for _, data in message.buttons:
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        assert parse_callback(data) is not None and parse_callback(data).ledger_id == ledger_id  # type: ignore[union-attr]


def test_quotes_with_markup_characters_survive() -> None:
    details = ItemDetails(
        ItemKind.MILESTONE, 1, "验收<复核>", "年底前", "得分<60 & 整改>", "计划&方案"
    )
    message = render_reminder(details, ledger_id=5, due=date(2018, 12, 31), lead_days=0, late=True)
    plain = html_to_plain(message.text)
    assert "得分<60 & 整改>" in plain and "《计划&方案》" in plain and "（补发）" in plain
    assert "今天到期" in plain


def test_countdown_words() -> None:
    assert countdown(7) == "还有 7 天到期"
    assert countdown(0) == "今天到期"
    assert countdown(-3) == "已逾期 3 天"


def test_forged_or_foreign_callback_data_is_not_ours() -> None:
    for data in (None, "", "pg:2", "rm:x:1", "rm:d:", "rm:d:1:2", "rm:d:-1"):
        assert parse_callback(data) is None


def test_target_numbers_read_naturally() -> None:
    from policybot.knowledge.models import Target
    from policybot.scheduler.items import target_numbers

    def numbers(**fields: object) -> str:
        return target_numbers(Target(document_id=1, subject="x", quote="x", **fields))  # type: ignore[arg-type]

    assert numbers(value=12, unit="项", qualifier="新增") == "新增12项"
    assert numbers(value=100, unit="项", qualifier="每年", per_year=True) == "每年100项"
    assert numbers(value=100, unit="项", per_year=True) == "每年100项"
    assert numbers(value=3, value_max=5, unit="家") == "3–5家"
    assert numbers(value=88.5, unit="%", qualifier="达到") == "达到88.5%"
