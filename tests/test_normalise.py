"""Decoding and normalisation: encodings, traditional script, glosses, web-copy damage."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import (
    ExtractionError,
    decode_bytes,
    extract_text,
    normalise_text,
)
from policybot.knowledge.extract.normalise import (
    MAX_JOINED_CHARS,
    plain_label,
    repair_year_ranges,
    strip_pinyin_glosses,
)

SNIPPET = "到2020年,全县新增省级品牌企业12家。(牵头单位:县市场监管局)\n"
TRADITIONAL = "到2020年,全縣新增省級品牌企業12家。(牽頭單位:縣市場監管局)\n"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (SNIPPET.encode("utf-8"), SNIPPET),
        (b"\xef\xbb\xbf" + SNIPPET.encode("utf-8"), SNIPPET),
        (SNIPPET.encode("gbk"), SNIPPET),
        (SNIPPET.encode("gb18030"), SNIPPET),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
        (SNIPPET.encode("utf-16"), SNIPPET),
        (SNIPPET.encode("utf-16-le"), SNIPPET),
        (SNIPPET.encode("utf-16-be"), SNIPPET),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "big5", "utf16-bom", "utf16le", "utf16be"],
)
def test_decode_bytes_reads_every_common_chinese_encoding(raw: bytes, expected: str) -> None:
    assert decode_bytes(raw) == expected


@pytest.mark.parametrize("kept_bytes", [1, 2])
def test_utf8_cut_inside_its_last_character_keeps_the_text_before_it(kept_bytes: int) -> None:
    """A download that stopped a byte or two short is still the plan, not a binary file."""
    raw = SNIPPET.encode("utf-8") + "最后".encode()[: 3 + kept_bytes]
    assert decode_bytes(raw) == SNIPPET + "最"


def test_utf8_broken_before_its_end_is_refused_not_cut_short() -> None:
    """Only a cut at the very end is forgiven: damage inside the text would lose what follows."""
    raw = SNIPPET.encode("utf-8")[:10] + b"\xe6\x9c" + SNIPPET.encode("utf-8")[10:]
    with pytest.raises(ExtractionError, match="不是文本文件"):
        decode_bytes(raw)


def test_big5_plan_ends_up_simplified() -> None:
    text = normalise_text(decode_bytes(TRADITIONAL.encode("big5")))
    assert "全县新增省级品牌企业12家" in text
    assert "牵头单位:县市场监管局" in text


@pytest.mark.parametrize("raw", [b"", b"   \n\t  "])
def test_empty_file_is_refused(raw: bytes) -> None:
    with pytest.raises(ExtractionError, match="文件为空"):
        decode_bytes(raw)


def test_binary_file_is_refused() -> None:
    raw = bytes(range(256)) * 8
    with pytest.raises(ExtractionError, match="不是文本文件"):
        decode_bytes(raw)


def test_png_header_is_refused() -> None:
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200)
    with pytest.raises(ExtractionError):
        decode_bytes(raw)


def test_pinyin_glosses_are_stripped_even_with_a_space_inside() -> None:
    assert strip_pinyin_glosses("加快發(fā)展,創(chuàng )新能力") == "加快發展,創新能力"
    assert strip_pinyin_glosses("內(nèi)容") == "內容"


def test_pinyin_stripping_keeps_real_brackets() -> None:
    kept = "企业资源计划(ERP)和(含团体标准)"
    assert strip_pinyin_glosses(kept) == kept


def test_traditional_characters_become_simplified() -> None:
    assert normalise_text("質量發展規劃") == "质量发展规划\n"


def test_full_width_punctuation_and_digits_become_half_width() -> None:
    text = normalise_text("目标：达到９５％，（含试点）；")
    assert text == "目标:达到95%,(含试点);\n"


def test_chinese_only_marks_are_kept() -> None:
    text = normalise_text("《质量纲要》“品牌”、标准。")
    assert text == "《质量纲要》“品牌”、标准。\n"


def test_year_range_that_lost_its_dash_is_repaired() -> None:
    assert repair_year_ranges("(20182020年)") == "(2018—2020年)"
    assert "2018—2020年,每年" in normalise_text("20182020年,每年")


def test_eight_digits_that_are_not_a_year_range_are_left_alone() -> None:
    assert repair_year_ranges("编号20201999年") == "编号20201999年"


def test_thousands_separators_are_removed() -> None:
    assert "培训8000人次" in normalise_text("培训8,000人次")
    assert "培训12000人次" in normalise_text("培训12，000人次")


@pytest.mark.parametrize(
    "line",
    [
        "浏览量: 时间:2021-01-01 10:00:00",
        "日期:2019-03-01 09:41   点击数:120",
        "加入收藏",
        "扫描二维码 关注我们",
        "分享到",
        "首页 > 政务公开 > 文件",
        "Loading...",
    ],
)
def test_navigation_lines_are_dropped(line: str) -> None:
    text = normalise_text(f"一、总体目标\n{line}\n到2020年,建成示范点5个。\n")
    assert text == "一、总体目标\n到2020年,建成示范点5个。\n"


def test_a_counter_line_keeps_only_who_published_the_page() -> None:
    """The counters go; "来源:" names who published the page (the issuer when nothing else does)."""
    line = "日期:2019-03-01 09:41   点击数:120   来源:某县农业农村局"
    text = normalise_text(f"一、总体目标\n{line}\n")
    assert text == "一、总体目标\n来源:某县农业农村局\n"


def test_related_documents_block_at_the_end_is_dropped() -> None:
    raw = "到2020年,建成示范点5个。\n相关法规\n某省关于质量工作的通知 2016/1/1\n某市品牌意见 2015/5/5\n"
    assert normalise_text(raw) == "到2020年,建成示范点5个。\n"


def test_text_box_page_numbers_are_dropped_but_row_numbers_kept() -> None:
    raw = "序号\n\n11\n\n文本框: — 11 —4\n\n开展质量提升\n"
    text = normalise_text(raw)
    assert "文本框" not in text
    assert text.split("\n")[:3] == ["序号", "", "4"]


def test_dashed_page_number_line_is_dropped() -> None:
    assert normalise_text("第一段。\n— 7 —\n第二段。\n") == "第一段。\n第二段。\n"


def test_sentence_broken_by_a_page_break_is_rejoined() -> None:
    raw = "各部门要加强协作,形成合力,切实推动全县制造业从中低端迈向中高端的一项重\n\n要举措。\n"
    assert "一项重要举措。" in normalise_text(raw)


def test_spaces_between_chinese_characters_are_removed() -> None:
    assert normalise_text("某县人民政府办公室 关于推进品牌建设的意见") == (
        "某县人民政府办公室关于推进品牌建设的意见\n"
    )


def test_hard_wrapped_pdf_text_is_rejoined_into_paragraphs() -> None:
    raw = (
        "一、奖励标准\n"
        "1.对获得省级质量管理奖(含提名奖)的企业或组织给予一次性\n"
        "奖励30 万元,对获得市级质量管理奖的企业给予一次性奖\n"
        "励10 万元,对获得县级质量管理奖的企业给予一次性奖励\n"
        "5 万元,所需资金由县财政在年度预算中统筹安排解决。\n"
        "2.对主导制定国家标准的企业,按照每项标准给予一次性\n"
        "奖励20 万元,对主导制定行业标准的企业给予一次性奖\n"
        "励10 万元,对参与制定的企业按照标准给予适当奖励。\n"
        "----------------------- Page 2-----------------------\n"
    )
    lines = normalise_text(raw).splitlines()
    assert lines[0] == "一、奖励标准"
    assert lines[1].startswith("1.对获得省级") and lines[1].endswith("统筹安排解决。")
    assert "一次性奖励30万元" in lines[1]
    assert lines[2].startswith("2.对主导制定") and len(lines) == 3


def test_a_saved_web_page_becomes_lines_of_text() -> None:
    page = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>一、目标</p><div>到2020年,新增名牌产品8个&nbsp;。</div>"
        "<table><tr><td>序号</td><td>牵头单位</td></tr></table><p>各街道&lt;乡镇&gt;</p></body></html>"
    )
    assert [line for line in normalise_text(page).splitlines() if line] == [
        "一、目标",
        "到2020年,新增名牌产品8个。",
        "序号",
        "牵头单位",
        "各街道<乡镇>",
    ]


def test_angle_brackets_in_chinese_text_are_not_taken_for_html() -> None:
    assert (
        normalise_text("责任单位:各街道<乡镇>、县经信局\n") == "责任单位:各街道<乡镇>、县经信局\n"
    )


BIDI_CONTROLS = [
    "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
]  # fmt: skip


@pytest.mark.parametrize("control", BIDI_CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_bidirectional_controls_are_stripped_like_zero_width_characters(control: str) -> None:
    text = (
        f"关于印发{control}湖州市质量强市{control}行动计划的通知\n到2020年新增{control}品牌12家。\n"
    )
    cleaned = normalise_text(text)
    assert control not in cleaned
    assert "湖州市质量强市行动计划" in cleaned and "新增品牌12家" in cleaned


def test_a_name_pasted_with_a_zero_width_space_is_the_name() -> None:
    """A probe's ``湖\u200b州目标`` answered for 全部地区: the region was lost."""
    from policybot.knowledge.chinese import normalise

    assert normalise("湖\u200b州\u2060市\ufeff") == "湖州市"


MARKDOWN_PLAN = """**示范市品牌建设三年行动计划(2024-2026年)**
一、主要目标
到2026年,全市新增**省级品牌企业**20家,培育`区域品牌`5个。
二、工作安排
(一)2024年6月底前,完成__品牌企业培育名单__的遴选工作。(牵头单位:**市市场监管局**)
(二)每季度报送`品牌建设`工作进展情况。(牵头单位:市市场监管局)
(三)对新获得**省级品牌称号**的企业,给予一次性奖励50万元。(牵头单位:市财政局)
示范市人民政府
2024年1月5日
"""


@pytest.mark.parametrize(
    ("label", "plain"),
    [
        ("全市新增**省级品牌企业**", "全市新增省级品牌企业"),
        ("完成__名单__的遴选", "完成名单的遴选"),
        ("培育`区域品牌`", "培育区域品牌"),
        ("若干*策", "若干*策"),  # a lone "*" masks a character
        ("申报单位:______", "申报单位:______"),  # a blank to fill in
        ("** 空格 **", "** 空格 **"),
    ],
)
def test_plain_label_drops_markdown_emphasis_only(label: str, plain: str) -> None:
    assert plain_label(label) == plain


def test_labels_and_titles_are_read_without_markdown_emphasis() -> None:
    """Labels lose the marks (the bold title is found; a unit once in bold is one unit);
    quotes and the stored text keep what the file says."""
    extraction = extract_text(MARKDOWN_PLAN, "markdown.txt")
    assert extraction.document.title == "示范市品牌建设三年行动计划(2024-2026年)"
    assert [t.subject for t in extraction.targets] == ["全市新增省级品牌企业", "培育区域品牌"]
    assert "**省级品牌企业**" in extraction.targets[0].quote
    assert [m.title for m in extraction.milestones] == ["完成品牌企业培育名单的遴选工作"]
    assert [r.title for r in extraction.recurring] == ["报送品牌建设工作进展情况"]
    assert [r.achievement for r in extraction.rewards] == ["新获得省级品牌称号"]
    labels = [t.title for t in extraction.tasks] + extraction.units
    assert not any(mark in label for label in labels for mark in ("**", "__", "`"))
    assert extraction.units == ["市市场监管局", "市财政局"]
    assert extraction.text == normalise_text(MARKDOWN_PLAN)
    assert "`区域品牌`" in extraction.text


def test_joined_lines_never_make_a_paragraph_longer_than_a_line_may_be() -> None:
    """Lines that look broken mid-sentence are joined, up to ``MAX_JOINED_CHARS``: 25 lines of
    20,000 characters without a sentence end were one paragraph of 500,000, read as one."""
    line = "新增企业20家," * 125  # 1,000 characters, broken off mid-sentence
    text = "\n".join([line] * 50)
    normalised = normalise_text(text).strip().split("\n")
    assert max(map(len, normalised)) <= MAX_JOINED_CHARS
    assert len(normalised) > 1
    assert "".join(normalised) == text.replace("\n", "")
    assert len(normalise_text("\n".join([line] * 10)).strip().split("\n")) == 1  # below it: one
