"""Reading uploads: text in any common Chinese encoding, .docx (guarded), PDF text layers."""

from __future__ import annotations

import io
import zipfile

import pytest

from policybot.knowledge.readers import ReadError, check_zip, is_supported, read_upload
from test_admin_samples import PLAN_V1, empty_pdf, plan_docx, text_pdf, zip_bomb_docx


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16"])
def test_text_is_read_in_every_common_chinese_encoding(encoding: str) -> None:
    text = PLAN_V1 if encoding != "big5" else "示範市品牌建設行動計劃\n到2026年,新增品牌企業20家。"
    result = read_upload(text.encode(encoding), "plan.TXT")
    assert result.kind == "text"
    assert text.splitlines()[0] in result.text


def test_docx_keeps_paragraphs_and_table_cells_in_order() -> None:
    result = read_upload(plan_docx(), "plan.docx")
    lines = result.text.splitlines()
    assert lines[0].startswith("示范市人民政府关于印发")
    # a table whose cells are one line each: a row a line, its cells parted by tabs
    assert lines[-2:] == ["附表\t说明", "品牌培育\t按季度报送"]


def test_a_pdf_text_layer_is_read() -> None:
    result = read_upload(text_pdf(PLAN_V1), "plan.pdf")
    assert result.kind == "pdf"
    assert "全市新增省级品牌企业20家" in result.text


@pytest.mark.parametrize(
    ("raw", "filename", "message"),
    [
        (b"", "plan.txt", "文件为空"),
        (b"   \n", "plan.docx", "文件为空"),
        (b"hello", "plan.xlsx", "不支持该文件类型"),
        (b"hello", "plan", "不支持该文件类型"),
        (bytes(range(256)) * 4, "plan.txt", "不是文本文件"),
        (b"PK\x03\x04 not really a zip", "plan.docx", "不是有效的 Word"),
        (b"%PDF-1.4\n garbage", "plan.pdf", "PDF 文件已损坏"),
    ],
)
def test_unreadable_files_get_a_reason(raw: bytes, filename: str, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_upload(raw, filename)


def test_a_scanned_pdf_without_text_layer_is_explained() -> None:
    with pytest.raises(ReadError, match="没有可读取的文字层"):
        read_upload(empty_pdf(), "scan.pdf")


def test_a_zip_bomb_is_refused_before_unpacking() -> None:
    with pytest.raises(ReadError, match="压缩炸弹"):
        read_upload(zip_bomb_docx(), "bomb.docx")


def test_a_zip_without_a_word_body_is_not_a_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "你好")
    with pytest.raises(ReadError, match="缺少正文"):
        check_zip(buffer.getvalue())


def test_a_docx_with_a_broken_body_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    with pytest.raises(ReadError, match="Word"):
        read_upload(buffer.getvalue(), "broken.docx")


def _stored_docx(body: bytes) -> bytes:
    """A .docx whose body is stored, not deflated: no compression ratio to refuse it by."""
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph = "<w:p><w:r><w:t>到2026年,全市新增品牌企业20家。</w:t></w:r></w:p>".encode()
    document = (
        b"<w:document " + namespace + b"><w:body>" + paragraph + body + b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "body",
    [
        b"<w:p>" + b"<w:r>" * 300 + b"</w:r>" * 300 + b"</w:p>",  # 300 levels of nesting
        b"<w:p><w:r><w:t>" + "中".encode() * 4_000_000 + b"</w:t></w:r></w:p>",  # 12 MB of text
        b'<w:p w:x="' + b"a" * 11_000_000 + b'"/>',  # an 11 MB attribute
    ],
    ids=["deep", "text-node", "attribute"],
)
def test_a_docx_nested_too_deep_or_with_an_oversized_element_is_refused_plainly(
    body: bytes,
) -> None:
    with pytest.raises(ReadError, match="嵌套过深或单个元素过大"):
        read_upload(_stored_docx(body), "odd.docx")


def test_supported_suffixes_ignore_case() -> None:
    assert is_supported("方案.DOCX") and is_supported("a.Pdf") and not is_supported("a.doc")
