"""Sample files for the admin tests, built in code: a plan in GBK, as .docx, as a PDF.

(Named ``test_*`` only so that it may live beside the admin tests; it holds no tests.) The plan
texts are synthetic, written for these tests in the genre of the real plans.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from emulator_fixtures import Group, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.access import grant

FIXTURES = Path(__file__).parent / "fixtures" / "admin"
PLAN_V1 = (FIXTURES / "plan_v1.txt").read_text(encoding="utf-8")
PLAN_V2 = PLAN_V1.replace("新增省级品牌企业20家", "新增省级品牌企业25家").replace(
    "2024年3月15日", "2024年9月1日"
)
DOC_NUMBER = "示府发〔2024〕7号"


def plan_docx(text: str = PLAN_V1) -> bytes:
    """The plan as Word: its lines as paragraphs, the units of the goals in a table."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "附表"
    table.cell(0, 1).text = "说明"
    table.cell(1, 0).text = "品牌培育"
    table.cell(1, 1).text = "按季度报送"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    """A .docx whose document.xml unpacks to 20 MB of zeros: refused before unpacking."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 20_000_000)
    return buffer.getvalue()


def text_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (CJK included).

    No font program is embedded: a Type0 font with Identity-H encoding draws glyph ids, and its
    ToUnicode map tells readers (pypdf) which characters they are, as real CJK PDFs do.
    """
    chars = sorted(set(text.replace("\n", "")))
    code = {char: index + 1 for index, char in enumerate(chars)}
    lines = []
    for number, line in enumerate(text.splitlines()):
        glyphs = "".join(f"{code[char]:04X}" for char in line)
        lines.append(f"BT /F1 10 Tf 20 {800 - 14 * number} Td <{glyphs}> Tj ET")
    content = "\n".join(lines).encode("ascii")
    bfchars = "\n".join(f"<{code[c]:04X}> <{_utf16_hex(c)}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchars}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        _stream(content),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        _stream(cmap),
    ]
    return _pdf(objects)


def empty_pdf() -> bytes:
    """A PDF page with no text layer, as a scan would be."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        _stream(b"0 0 m 100 100 l S"),
    ]
    return _pdf(objects)


def _utf16_hex(char: str) -> str:
    return char.encode("utf-16-be").hex().upper()


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


# -- the bot, with an owner, an admin and a stranger --------------------------------------------

OWNER = 4001
ADMIN = 4002
STRANGER = 4003
GROUP = -1001234567890  # a real supergroup id: beyond 32 bits
NOW = datetime(2025, 1, 10, 2, 0, tzinfo=UTC)


@asynccontextmanager
async def admin_bot(
    engine: Engine, *, clock: FakeClock | None = None, **bot_options: object
) -> AsyncIterator[OfflineHarness]:
    """The real Application against the emulator; OWNER is configured, ADMIN granted by him.
    ``clock``: the tests' own, to move time (at ``NOW`` otherwise)."""
    clock = clock or FakeClock(NOW)
    grant(engine, OWNER, ADMIN, now=clock.now())  # one clock for every audit row
    async with real_bot(
        engine,
        bot_settings(owners=(OWNER,), **bot_options),
        clock=clock,
        private_chats=(OWNER, ADMIN, STRANGER),
        # The bot is an admin of the group (privacy mode off), so files and answers reach it.
        groups=(Group(GROUP, members=(OWNER, STRANGER), admins=(ADMIN,), bot_admin=True),),
        user_id=ADMIN,
    ) as harness:
        yield harness
