"""End to end: the bundled seeds extract to schema-valid JSON; bad uploads raise ExtractionError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policybot.knowledge.extract import ExtractionError, extract_document, extract_text

SEEDS = sorted((Path(__file__).resolve().parents[1] / "policybot" / "seeds").glob("*.txt"))

DOCUMENT_KEYS = {
    "source",
    "region",
    "title",
    "doc_number",
    "issuer",
    "issued",
    "effective",
    "period",
}
SECTION_KEYS = {
    "targets": {
        "id",
        "region",
        "district",
        "subject",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "deadline",
        "per_year",
        "lead_units",
        "support_units",
        "quote",
    },
    "milestones": {"id", "region", "title", "start", "due", "lead_units", "quote"},
    "recurring": {"id", "region", "title", "every", "lead_units", "quote"},
    "rewards": {
        "id",
        "region",
        "achievement",
        "role",
        "level",
        "amount_yuan",
        "is_cap",
        "treatment",
        "quote",
    },
}


def _is_iso_date(value: Any) -> bool:
    return value is None or (isinstance(value, str) and len(value) == 10 and value[4] == "-")


def _check_record(section: str, record: dict[str, Any]) -> None:
    assert set(record) == SECTION_KEYS[section]
    assert isinstance(record["id"], str) and isinstance(record["quote"], str) and record["quote"]
    for key in ("deadline", "start", "due"):
        if key in record:
            assert _is_iso_date(record[key]), record
    if section == "targets":
        assert isinstance(record["value"], int | float)
        assert isinstance(record["per_year"], bool)
        assert all(isinstance(unit, str) for unit in record["lead_units"] + record["support_units"])
    if section == "recurring":
        assert record["every"] in {"year", "half-year", "quarter", "month"}
    if section == "rewards":
        assert record["amount_yuan"] is None or isinstance(record["amount_yuan"], int | float)
        assert isinstance(record["is_cap"], bool)


def test_the_five_seeds_are_bundled() -> None:
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_seed_extracts_to_schema_valid_json(seed: Path) -> None:
    extraction = extract_document(seed.read_bytes(), seed.name)
    data = json.loads(json.dumps(extraction.to_schema_dict(), ensure_ascii=False))
    sections = {"document", "targets", "milestones", "recurring", "rewards", "units"}
    assert set(data) == sections | {"tasks", "conditions"}  # SCHEMA.md's optional sections
    assert set(data["document"]) == DOCUMENT_KEYS
    assert data["document"]["source"] == seed.name
    assert data["document"]["region"] and data["document"]["title"]
    assert _is_iso_date(data["document"]["issued"])
    for section in SECTION_KEYS:
        for record in data[section]:
            _check_record(section, record)
    assert all(isinstance(unit, str) and unit for unit in data["units"])
    assert data["targets"] or data["milestones"] or data["rewards"]


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_every_span_points_into_the_normalised_text(seed: Path) -> None:
    extraction = extract_document(seed.read_bytes(), seed.name)
    records = extraction.targets + extraction.milestones + extraction.recurring + extraction.rewards
    for record in records:
        span = record.span
        assert 0 <= span.start < span.end <= len(extraction.text)
        quoted = extraction.text[span.start : span.end]
        assert quoted.strip()
        assert record.quote in quoted or quoted in record.quote, (record.quote, quoted)


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_seed_text_is_simplified_and_free_of_page_furniture(seed: Path) -> None:
    text = extract_document(seed.read_bytes(), seed.name).text
    for debris in ("(fā)", "浏览量", "点击数", "扫描二维码", "文本框", "Loading..."):
        assert debris not in text


def test_empty_upload_raises() -> None:
    with pytest.raises(ExtractionError, match="文件为空"):
        extract_document(b"", "empty.txt")


def test_binary_upload_raises() -> None:
    with pytest.raises(ExtractionError, match="不是文本文件"):
        extract_document(b"%PDF-1.4\x00\x01\x02\xff\xfe" * 50, "file.pdf")


def test_text_without_a_plan_raises() -> None:
    with pytest.raises(ExtractionError, match="未找到规划内容"):
        extract_text("今天天气很好,我们去公园散步。\n", "diary.txt")


def test_gbk_upload_extracts_like_utf8() -> None:
    text = "某县人民政府办公室关于推进品牌建设的意见\n到2021年,新增省级品牌企业6家。\n"
    from_gbk = extract_document(text.encode("gbk"), "a.txt").to_schema_dict()
    from_utf8 = extract_document(text.encode("utf-8"), "a.txt").to_schema_dict()
    assert from_gbk == from_utf8
    assert from_gbk["targets"][0]["value"] == 6


RUN_ON = (
    "青川市人民政府办公室关于印发青川市品牌建设行动计划(2019—2021年)的通知"
    "各县(市、区)人民政府:现印发给你们,请认真组织实施。青川市人民政府办公室2019年4月2日"
    "青川市品牌建设行动计划(2019—2021年)一、主要目标到2021年,新增省级品牌示范区5个。"
    "二、主要任务(一)品牌培育。每年培育品牌企业20家。(牵头单位:市市场监管局)"
    "(二)质量提升。每半年开展一次质量督查。(牵头单位:市工信局)浏览量:125"
)


def test_page_copied_without_line_breaks_is_still_read() -> None:
    extraction = extract_text(RUN_ON, "run_on.txt")
    assert extraction.document.issued is not None
    assert extraction.document.period == (2019, 2021)
    assert [(t.value, t.per_year) for t in extraction.targets] == [(5, False), (20, True)]
    assert extraction.targets[1].lead_units == ["市市场监管局"]
    assert [r.every for r in extraction.recurring] == ["half-year"]
    assert "浏览量" not in extraction.text


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_every_record_cites_a_section(seed: Path) -> None:
    extraction = extract_document(seed.read_bytes(), seed.name)
    records = extraction.targets + extraction.milestones + extraction.recurring + extraction.rewards
    assert all(record.span.section for record in records)


PLAN_ALPHABET = "到年月底前每新增家个项%以上,。;:()、“”《》一二三四五市区县局委办牵头单位配合给予奖励万元0123456789—\n "


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=PLAN_ALPHABET, max_size=400))
def test_any_text_either_extracts_or_raises_a_user_error(text: str) -> None:
    try:
        extraction = extract_text(text, "random.txt")
    except ExtractionError:
        return
    for record in extraction.targets + extraction.milestones:
        assert 0 <= record.span.start <= record.span.end <= len(extraction.text)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_either_extract_or_raise_a_user_error(raw: bytes) -> None:
    try:
        extract_document(raw, "random.bin")
    except ExtractionError as error:
        assert str(error)


def test_a_group_named_inside_a_clause_is_not_a_unit() -> None:
    text = (
        "某县人民政府办公室关于印发某县质量方案的通知\n某县人民政府办公室\n2019年4月8日\n"
        "一、组织\n成立由县长任组长的质量强县工作领导小组。到2020年,新增名牌产品8个。\n"
        "在县质量工作领导小组领导下开展工作。\n"
    )
    assert extract_text(text, "x.txt").units == ["县质量工作领导小组"]
