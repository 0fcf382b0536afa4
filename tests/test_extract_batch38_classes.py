"""General rules for the failure classes first seen on batch 38's dev part and the open classes of
batch 37 (corpus/unseen/SOURCES.md, "Batch 38"; FAILURES.md "Batch 38"): a policy reading's field
table without colons ("解读单位 某市科学技术局 … 发布日期 2031-07-17") not read as its issuer, region and
date (B38-1).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

READING = (
    "解读单位 绍兴市科学技术局 解读类型 部门解读\n"
    "解读方式 图文方式 发布日期 2031-05-12\n"
    "《关于支持科技企业融资的若干措施》政策解读\n"
    "一、政策要点\n"
    "对符合条件的科技企业贷款,财政部门给予贷款利息1%的贴息支持。\n"
)


def test_a_policy_reading_is_issued_by_its_reading_unit_on_its_publication_day() -> None:
    """B38-1: the reading unit of a 解读 page's table is its issuer, the publication day its date."""
    document = extract_text(READING, "x.txt").document
    assert document.issuer == "绍兴市科学技术局"
    assert document.region == "绍兴市"
    assert document.issued == date(2031, 5, 12)


def test_a_publication_day_without_a_reading_unit_is_no_signing_date() -> None:
    """B38-1 guard: a page's "发布日期" alone stays chrome."""
    text = READING.replace("解读单位 绍兴市科学技术局 解读类型 部门解读\n", "")
    assert extract_text(text, "x.txt").document.issued is None
