"""From the bytes of an uploaded file to the text of a plan: .txt, .docx and .pdf.

Uploads come from strangers' computers, so every reader assumes the file may be broken or
hostile: a .docx is a zip archive and is checked for size and compression ratio *before* it is
unpacked (a zip bomb would otherwise fill memory), and every failure becomes ``ReadError`` with a
sentence the user can act on. Plain text goes through the extractor's own ``decode_bytes`` so
that GBK, GB18030, Big5 and UTF-16 files are read the same way everywhere.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, Any

from policybot.knowledge.extract import ExtractionError, decode_bytes

TEXT_SUFFIXES = (".txt", ".text")
DOCX_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, DOCX_SUFFIX, PDF_SUFFIX)

# A real plan's .docx unpacks to a few megabytes at most; these limits leave a wide margin.
MAX_ZIP_MEMBERS = 2000
MAX_UNPACKED_BYTES = 50_000_000
MAX_COMPRESSION_RATIO = 200
MAX_PDF_PAGES = 500
# Far beyond real plans (tens of thousands of characters in a few hundred to a few thousand
# lines: the bundled plans hold at most 15,000 in 350 lines, at about 60 characters a line) and
# still read within seconds: the extractor takes about 0.4 ms a line and 10 µs a character, so
# a text at either limit is read or refused in about 5 s (at 3,000,000 characters and 60,000
# lines, 30 s and more). See ``check_plausible``.
MAX_TEXT_CHARS = 500_000
MAX_TEXT_LINES = 10_000  # lines with text: blank lines cost nothing
# The longest paragraph of the 178 collected plans has under 1,000 characters; a line of a
# megabyte made the sentence index's tokenizer run for minutes after the upload was confirmed.
MAX_LINE_CHARS = 20_000
HAN_SAMPLE = 200_000  # at least 1 % of these characters must be Chinese
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]")
MAX_DOCX_BLOCKS = 60_000  # paragraphs and table cells; a 200-page plan has a few thousand
# What a PDF's text layer can hold and no store can keep: NUL and the other C0 controls but
# tab, newline and form feeds (a broken ToUnicode map), and lone UTF-16 surrogates (a map to
# D800). PostgreSQL refused the NUL (the upload's handler failed), and a surrogate stopped the
# extractor (UnicodeEncodeError in OpenCC), a whole ``policybot ingest`` with it.
_UNSTORABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")

LOG = logging.getLogger(__name__)


UNNAMED = "未命名文件"


def storable(text: str) -> str:
    """``text`` without what no store can keep (``_UNSTORABLE``): a file's name is the sender's
    to choose, and Telegram passes NUL and lone surrogates in it as in anything else."""
    return _UNSTORABLE.sub("", text)


class ReadError(ValueError):
    """A file that cannot be read as a plan's text; ``str()`` is a Chinese sentence for the user."""


@dataclass
class ReadResult:
    """The text of an upload, and what the reader noticed on the way (shown in the preview)."""

    text: str
    kind: str
    warnings: list[str] = field(default_factory=list)


def suffix_of(filename: str) -> str:
    return PurePath(filename).suffix.lower()


def is_supported(filename: str) -> bool:
    return suffix_of(filename) in SUPPORTED_SUFFIXES


def unsupported_message() -> str:
    return "不支持该文件类型,请上传 .txt、.docx 或带文字层的 .pdf 文件。"


def read_upload(raw: bytes, filename: str) -> ReadResult:
    """The plan text of an uploaded file; ``ReadError`` when it cannot be read."""
    readers: dict[str, Callable[[bytes], ReadResult]] = {
        DOCX_SUFFIX: read_docx,
        PDF_SUFFIX: read_pdf,
    }
    suffix = suffix_of(filename)
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(unsupported_message())
    if not raw or not raw.strip():
        raise ReadError("文件为空,请上传规划文件。")
    result = readers.get(suffix, read_text)(raw)
    result.text = storable(result.text)
    check_plausible(result.text)
    return result


def check_plausible(text: str) -> None:
    """Refuse at once, in one pass, what cannot be a plan whatever the rules would find.

    A 1.4 MB file of number lines took the extractor 8-16 s to refuse (200,000 one-line
    paragraphs, each tried by every rule), 2 MB of counted lines or one deadline repeated over
    1.2 MB ran it into its 60 s budget. A plan is Chinese prose of at most some hundred thousand
    characters in a few thousand lines.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise ReadError(
            f"文字过多({len(text)} 字,上限 {MAX_TEXT_CHARS} 字),不像一份规划,请只上传规划正文。"
        )
    lines = sum(1 for line in text.splitlines() if line.strip())
    if lines > MAX_TEXT_LINES:
        raise ReadError(
            f"文本行数过多({lines} 行,上限 {MAX_TEXT_LINES} 行),不像一份规划,请只上传规划正文。"
        )
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise ReadError(
            f"有一段文字过长({longest} 字,上限 {MAX_LINE_CHARS} 字),不像规划正文,请分段后再上传。"
        )
    sample = text[:HAN_SAMPLE]
    if len(_HAN.findall(sample)) < max(1, len(sample) // 100):
        raise ReadError("文件中几乎没有中文文字,不像规划文件。")


def read_text(raw: bytes) -> ReadResult:
    try:
        return ReadResult(decode_bytes(raw), "text")
    except ExtractionError as error:
        raise ReadError(str(error)) from error


# -- .docx ------------------------------------------------------------------------------------


def check_zip(raw: bytes) -> None:
    """Refuse archives that are not zips, or that would unpack to far more than a plan needs."""
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise ReadError("不是有效的 Word(.docx)文件,文件可能已损坏。")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ReadError("不是有效的 Word(.docx)文件,文件可能已损坏。") from error
    if len(members) > MAX_ZIP_MEMBERS:
        raise ReadError("Word 文件结构异常(内部文件过多),已拒绝读取。")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReadError("Word 文件解压后过大,已拒绝读取。")
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > MAX_COMPRESSION_RATIO:
            raise ReadError("Word 文件压缩比异常(疑似压缩炸弹),已拒绝读取。")
    if "word/document.xml" not in {member.filename for member in members}:
        raise ReadError("不是有效的 Word(.docx)文件:缺少正文。")


def read_docx(raw: bytes) -> ReadResult:
    """Paragraphs and table cells in document order, one per line, as the extractor expects.

    The XML is streamed with lxml and walked by hand: python-docx finds a body's blocks with an
    XPath (``./w:p | ./w:tbl``) that grows worse than quadratically, so 160,000 empty
    paragraphs (38 KB zipped) took it 300 s. Here each top-level block is read and freed as it
    ends, and more than ``MAX_DOCX_BLOCKS`` refuse the file at once. Entities and DTDs are
    never resolved (no XXE, no billion laughs).
    """
    check_zip(raw)
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive, archive.open(_DOCX_BODY) as xml:
            lines = list(_docx_lines(xml))
    except ReadError:
        raise
    except etree.LxmlError as error:
        if _out_of_memory(error):  # libxml2 reports a failed allocation as a parse error
            raise MemoryError("the Word body does not fit the memory budget") from error
        if _has_error(error, etree.ErrorTypes.ERR_RESOURCE_LIMIT):
            raise ReadError(
                "Word 文件结构异常(正文 XML 嵌套过深或单个元素过大),不像一份规划,已拒绝读取。"
            ) from error
        raise ReadError("Word 文件已损坏,无法读取正文。") from error
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as error:
        raise ReadError("Word 文件已损坏,无法读取正文。") from error
    text = "\n".join(lines).strip()
    if not text:
        raise ReadError("Word 文件中没有文字。")
    return ReadResult(text, "docx")


def _out_of_memory(error: Exception) -> bool:
    from lxml import etree

    return _has_error(error, etree.ErrorTypes.ERR_NO_MEMORY)


def _has_error(error: Exception, code: int) -> bool:
    """Whether libxml2 reported ``code`` for this parse: as the error's own code or in its log.
    Its limits without ``huge_tree`` (256 levels of nesting, 10 MB in one text node or
    attribute, 50,000 characters in a name) are reported as ``ERR_RESOURCE_LIMIT``."""
    entries = getattr(error, "error_log", None) or []
    return getattr(error, "code", None) == code or any(e.type == code for e in entries)


_DOCX_BODY = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY_DEPTH = 2  # w:document > w:body > the blocks


def _docx_lines(xml: IO[bytes]) -> Iterator[str]:
    from lxml import etree

    events = etree.iterparse(
        xml,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )
    depth = 0
    blocks = 0
    for event, element in events:
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth != _BODY_DEPTH:
            continue
        block_lines = _table_lines(element) if element.tag == f"{_W}tbl" else _paragraphs(element)
        for line in block_lines:
            blocks += 1
            if blocks > MAX_DOCX_BLOCKS:
                raise ReadError(
                    f"Word 文件段落过多(超过 {MAX_DOCX_BLOCKS} 段),不像一份规划,已拒绝读取。"
                )
            if line:
                yield line
        element.clear()  # free what was read: memory stays flat however long the body
        while element.getprevious() is not None:
            del element.getparent()[0]


def _paragraphs(block: Any) -> Iterator[str]:
    """The text of each paragraph in a block (a paragraph, or content control holding some)."""
    paragraphs = [block] if block.tag == f"{_W}p" else block.iter(f"{_W}p")
    for paragraph in paragraphs:
        yield _paragraph_text(paragraph).strip()


def _paragraph_text(paragraph: Any) -> str:
    """As python-docx reads a run: text, tabs, line breaks, non-breaking hyphens."""
    parts = []
    for node in paragraph.iter():
        tag = node.tag
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append("\t")
        elif tag == f"{_W}cr" or (
            tag == f"{_W}br" and node.get(f"{_W}type") in (None, "textWrapping")
        ):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _table_lines(table: Any) -> Iterator[str]:
    """A row a line, its cells parted by tabs, when no cell of the table spans lines (the
    table readers then read each cell under its column, an empty one kept in its place:
    trial59's 任务|单位|2027年|2028年 was lost one cell a line); else one line per cell. A
    horizontally merged cell is one element, so written once; a vertically merged one repeats
    its top cell's text in every row, as python-docx did (table rules read a row's unit from
    it)."""
    tops: dict[int, str] = {}  # grid column → the text of the cell a vertical merge started
    rows: list[list[str]] = []
    for row in table.iterchildren(f"{_W}tr"):
        column = 0
        cells: list[str] = []
        for cell in row.iterchildren(f"{_W}tc"):
            properties = cell.find(f"{_W}tcPr")
            span = _grid_span(properties)
            merge = properties.find(f"{_W}vMerge") if properties is not None else None
            if merge is not None and merge.get(f"{_W}val") != "restart":
                text = tops.get(column, "")
            else:
                text = "\n".join(_paragraph_text(p) for p in cell.iter(f"{_W}p")).strip()
                tops[column] = text
            column += span
            cells.append(text)
        rows.append(cells)
    if _rows_fit_lines(rows):
        for cells in rows:
            yield "\t".join(cell.replace("\t", " ") for cell in cells).strip("\t")
        return
    for cells in rows:
        yield from cells


def _rows_fit_lines(rows: list[list[str]]) -> bool:
    """Whether a table's rows can each be one line: two columns or more, no cell of more than
    one line."""
    return max((len(cells) for cells in rows), default=0) >= 2 and not any(
        "\n" in cell for cells in rows for cell in cells
    )


def _grid_span(properties: Any) -> int:
    span = properties.find(f"{_W}gridSpan") if properties is not None else None
    try:
        return max(1, int(span.get(f"{_W}val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


# -- .pdf -------------------------------------------------------------------------------------


class _QuietPypdf(logging.Handler):
    """pypdf's complaints about a broken file (``EOF marker not found``, ``incorrect startxref
    pointer``) are for a developer, not the uploader or the operator's console: they are kept at
    debug level under this module, and the uploader gets one sentence (``ReadError``)."""

    def emit(self, record: logging.LogRecord) -> None:
        LOG.debug("pypdf %s: %s", record.levelname.lower(), record.getMessage())


def _quieten_pypdf() -> None:
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, _QuietPypdf) for handler in logger.handlers):
        logger.addHandler(_QuietPypdf())
        logger.propagate = False


def read_pdf(raw: bytes) -> ReadResult:
    """The text layer of a PDF; a scan without one gets a message asking for another format."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    _quieten_pypdf()

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("PDF 文件已加密,无法读取,请上传未加密的版本。")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise ReadError(f"PDF 超过 {MAX_PDF_PAGES} 页,请只上传规划正文。")
        texts = [page.extract_text() or "" for page in pages]
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        LOG.debug("unreadable PDF (%s: %s)", type(error).__name__, error)
        raise ReadError(
            "PDF 文件已损坏或不完整(可能没有传完),无法读取。请重新导出 PDF,"
            "或上传 Word(.docx)或文本(.txt)版本。"
        ) from error
    text = "\n".join(texts).strip()
    if not _has_words(text):
        raise ReadError("PDF 中没有可读取的文字层(可能是扫描件),请上传文本或 Word 版本。")
    warnings = []
    empty_pages = sum(1 for page_text in texts if not page_text.strip())
    if empty_pages:
        warnings.append(f"PDF 有 {empty_pages} 页没有文字层,这些页的内容未读取。")
    return ReadResult(text, "pdf", warnings)


def _has_words(text: str) -> bool:
    return any(char.isalpha() for char in text)
