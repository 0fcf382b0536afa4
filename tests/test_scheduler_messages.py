"""The digest message: escaped HTML that Telegram accepts, short callback data, pages within
4096 UTF-16 units whatever the documents say, never an item split across pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from policybot.bot.emulator import html_to_plain, parse_html
from policybot.knowledge.reminder_items import ReminderPurpose
from policybot.scheduler.digest import (
    Digest,
    DigestItem,
    keep_only,
    page_message,
    page_text,
    units16,
)
from policybot.scheduler.grading import BLUE, RED, YELLOW, colour_of, countdown
from policybot.scheduler.items import ItemDetails, ItemKind
from policybot.scheduler.messages import (
    MAX_CALLBACK_BYTES,
    parse_callback,
    parse_digest_callback,
    row_id,
)

TELEGRAM_LIMIT = 4096
NOW = datetime(2018, 12, 1, 1, tzinfo=UTC)

any_text = st.text(min_size=1, max_size=2000)
an_item = st.builds(
    lambda title, quote, units, document, place, due, days, late: DigestItem(
        [due.toordinal()],
        ItemDetails(
            ItemKind.TARGET, 1, title, title, quote, document, units, units, "3家", place=place
        ),
        due,
        days,
        colour_of(days, 7),
        late,
    ),
    any_text,
    any_text,
    st.lists(st.text(min_size=1, max_size=40), max_size=60),
    st.none() | any_text,
    st.none() | st.text(max_size=60),
    st.dates(date(2018, 1, 1), date(2020, 12, 31)),
    st.integers(-400, 400),
    st.booleans(),
)


def digest_of(items: list[DigestItem], digest_id: int = 7) -> Digest:
    digest = Digest(-1, ReminderPurpose.REMIND, digest_id, NOW)
    digest.items = items
    keep_only(digest, lambda item: True)
    return digest


@settings(max_examples=60, deadline=None)
@given(items=st.lists(an_item, min_size=1, max_size=120), digest_id=st.integers(0, 2**62))
def test_any_digest_pages_are_valid_bounded_html_holding_every_item_once(
    items: list[DigestItem], digest_id: int
) -> None:
    digest = digest_of(items, digest_id)
    assert [item.number for page in digest.pages for item in page] == list(range(1, len(items) + 1))
    for page in range(len(digest.pages)):
        for itemised in (False, True):
            message = page_message(
                digest, page, itemised=itemised, status_line="✅ 某人 已标记完成"
            )
            parse_html(message.text)  # raises as Telegram's "can't parse entities" would
            assert units16(html_to_plain(message.text)) <= TELEGRAM_LIMIT
            assert sum(len(row) for row in message.buttons) <= 100
            for data in message.callbacks:
                assert len(data.encode()) <= MAX_CALLBACK_BYTES
                assert parse_digest_callback(data) is not None
                assert parse_digest_callback(data).digest_id == digest_id  # type: ignore[union-attr]


def test_quotes_with_markup_characters_survive() -> None:
    item = DigestItem(
        [5],
        ItemDetails(ItemKind.MILESTONE, 1, "验收<复核>", "年底前", "得分<60 & 整改>", "计划&方案"),
        date(2018, 12, 31),
        0,
        YELLOW,
        True,
    )
    plain = html_to_plain(page_text(digest_of([item]), 0))
    assert "得分<60 & 整改>" in plain and "《计划&方案》" in plain
    assert "共 1 项,补发" in plain and plain.count("补发") == 1  # said once, at the head
    assert "今天到期" in plain and "验收<复核>" in plain


def _late_items(lateness: list[bool]) -> list[DigestItem]:
    return [
        DigestItem(
            [number],
            ItemDetails(ItemKind.MILESTONE, number, f"第{number}项验收", "年底前", "验收", "计划"),
            date(2018, 12, 31),
            -2,
            RED,
            late,
        )
        for number, late in enumerate(lateness, start=1)
    ]


def test_a_digest_all_sent_late_says_so_once_at_its_head() -> None:
    """trial48 L14: a catch-up digest after downtime put 补发 on each of its lines; it is said
    once, in the heading, when every item is late (on every page)."""
    digest = digest_of(_late_items([True] * 3))
    plain = html_to_plain(page_text(digest, 0))
    assert "共 3 项,均为补发" in plain, plain
    assert plain.count("补发") == 1, plain


def test_a_digest_partly_sent_late_marks_its_late_lines() -> None:
    digest = digest_of(_late_items([True, False, True]))
    plain = html_to_plain(page_text(digest, 0))
    assert "共 3 项,其中补发 2 项" in plain, plain
    lines = [line for line in plain.splitlines() if "验收" in line]
    assert ["· 补发" in line for line in lines] == [True, False, True], plain


def test_colours_and_countdown_words() -> None:
    assert [colour_of(days, 7) for days in (30, 8, 7, 1, 0, -1)] == [
        BLUE,
        BLUE,
        YELLOW,
        YELLOW,
        YELLOW,
        RED,
    ]
    assert countdown(7) == "还有 7 天到期"
    assert countdown(0) == "今天到期"
    assert countdown(-3) == "已逾期 3 天"


def test_forged_or_foreign_callback_data_is_not_ours() -> None:
    for data in (None, "", "pg:2", "rm:x:1", "rm:d:", "rm:d:1:2", "rm:d:-1"):
        assert parse_callback(data) is None
    for data in ("rd:d:1:0", "rd:a:1:0:5", "rd:x:1:0", "rd:p:-1:0", "rd:p:1"):
        assert parse_digest_callback(data) is None, data


def test_target_numbers_read_as_lists_write_them() -> None:
    """The digest wrote 每年增长10% where /deadlines writes 10% … · 每年,增长: the value is the
    number with the words after it, 每年 and the words before it follow the item."""
    from policybot.knowledge.models import Target
    from policybot.scheduler.items import target_note, target_numbers

    def read(subject: str = "x", **fields: object) -> tuple[str, str | None]:
        target = Target(document_id=1, subject=subject, quote="x", **fields)  # type: ignore[arg-type]
        return target_numbers(target), target_note(target)

    assert read(value=12, unit="项", qualifier="新增") == ("12项", "新增")
    assert read(value=100, unit="项", qualifier="每年", per_year=True) == ("100项", "每年")
    assert read(value=100, unit="项", per_year=True) == ("100项", "每年")
    assert read(value=3, value_max=5, unit="家") == ("3-5家", None)  # as lists write a range
    assert read(value=88.5, unit="%", qualifier="达到") == ("88.5%", "达到")
    assert read(value=15, unit="个", qualifier="力争;达到;以上") == ("15个以上", "力争,达到")
    assert read(value=10, unit="%", qualifier="增长", per_year=True) == ("10%", "每年,增长")
    # a word the subject says already is not said again (力争 under 力争新增…)
    assert read("力争新增企业", value=5, unit="家", qualifier="力争") == ("5家", None)


def test_button_ids_are_those_a_bigint_can_hold() -> None:
    assert row_id("9223372036854775807") == 2**63 - 1
    assert row_id("9223372036854775808") is None  # beyond BIGINT: the driver would overflow
    assert row_id("١٢") is None and row_id("") is None and row_id(None) is None
    assert parse_digest_callback("rd:a:9999999999999999999:0") is None


def test_a_per_year_increase_reads_in_the_digest_as_in_the_lists() -> None:
    """The digest wrote 每年增长10% where /deadlines wrote 10% 全市孵化器数量 · … · 每年,增长."""
    from policybot.knowledge.models import Target
    from policybot.scheduler.items import _details

    target = Target(id=3, document_id=1, subject="全市孵化器数量", quote="原文", value=10, unit="%")
    target.qualifier, target.per_year = "增长", True
    details = _details(ItemKind.TARGET, target, "某市计划")
    item = DigestItem([3], details, date(2018, 12, 31), 30, BLUE, False)
    plain = html_to_plain(page_text(digest_of([item]), 0))
    assert "10% 全市孵化器数量 · 每年,增长" in plain and "每年增长10%" not in plain
