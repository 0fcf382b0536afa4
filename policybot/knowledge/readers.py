"""From the bytes of an uploaded file to the text of a plan: .txt, .docx and .pdf.

Uploads come from strangers' computers, so every reader assumes the file may be broken or
hostile: a .docx is a zip archive and is checked for size and compression ratio *before* it is
unpacked (a zip bomb would otherwise fill memory), and every failure becomes ``ReadError`` with a
sentence the user can act on. Plain text goes through the extractor's own ``decode_bytes`` so
that GBK, GB18030, Big5 and UTF-16 files are read the same way everywhere.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from policybot.knowledge.extract import ExtractionError, decode_bytes

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable

TEXT_SUFFIXES = (".txt", ".text")
DOCX_SUFFIX = ".docx"
PDF_SUFFIX = ".pdf"
SUPPORTED_SUFFIXES = (*TEXT_SUFFIXES, DOCX_SUFFIX, PDF_SUFFIX)

# A real plan's .docx unpacks to a few megabytes at most; these limits leave a wide margin.
MAX_ZIP_MEMBERS = 2000
MAX_UNPACKED_BYTES = 50_000_000
MAX_COMPRESSION_RATIO = 200
MAX_PDF_PAGES = 500


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
    return readers.get(suffix, read_text)(raw)


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
    """Paragraphs and tables in document order; a table cell per line, as the extractor expects."""
    check_zip(raw)
    import docx  # python-docx; imported here so text uploads never pay for it

    try:
        document = docx.Document(io.BytesIO(raw))
        lines = list(_docx_lines(document))
    except ReadError:
        raise
    except Exception as error:  # python-docx raises many types for a broken package
        raise ReadError("Word 文件已损坏,无法读取正文。") from error
    text = "\n".join(lines).strip()
    if not text:
        raise ReadError("Word 文件中没有文字。")
    return ReadResult(text, "docx")


def _docx_lines(document: DocxDocument) -> Iterator[str]:
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            text = block.text.strip()
            if text:
                yield text


def _table_lines(table: DocxTable) -> Iterator[str]:
    """One line per cell; merged cells, which python-docx repeats, are written once."""
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = cell.text.strip()
            if text:
                yield text


# -- .pdf -------------------------------------------------------------------------------------


def read_pdf(raw: bytes) -> ReadResult:
    """The text layer of a PDF; a scan without one gets a message asking for another format."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

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
        raise ReadError("PDF 文件已损坏,无法读取。") from error
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
