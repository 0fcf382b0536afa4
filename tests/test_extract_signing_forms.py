"""Signing dates and issuers in forms a 落款 or an attachment line takes (invented texts)."""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.normalise import chinese_dates_to_digits
from policybot.knowledge.extract.records import DocumentMeta

_BODY = "为鼓励企业创新,对获得省著名商标的企业,给予5万元奖励。"


def _document(text: str) -> DocumentMeta:
    return extract_text(text + "\n", "x.txt").document


def test_first_month_written_yuanyue() -> None:
    assert chinese_dates_to_digits("二〇一五年元月十日") == "2015年1月10日"


def test_a_spaced_chinese_signing_date() -> None:
    assert chinese_dates_to_digits("二〇一五年 十二月 三十一日") == "2015年12月31日"
    meta = _document(
        f"青川县人民政府关于表彰的通报\n{_BODY}\n青川县人民政府\n二〇一五年 十二月 三十一日"
    )
    assert meta.issued == date(2015, 12, 31)


def test_a_year_alone_keeps_what_follows() -> None:
    assert chinese_dates_to_digits("二〇一五年 工作要点") == "2015年 工作要点"


def test_an_issuer_glued_to_the_doc_number_before_it() -> None:
    meta = _document(
        f"青川县品牌奖励办法\n{_BODY}\n"
        "附件:1.青府规〔2030〕2号青川县人民政府关于印发《青川县品牌奖励办法》的通知.doc。"
    )
    assert meta.issuer == "青川县人民政府"
    assert meta.region == "青川县"


def test_a_signature_with_its_seal_noted() -> None:
    meta = _document(f"关于表彰的通报\n{_BODY}\n青川县人民政府(印章)\n2030年3月4日")
    assert (meta.issuer, meta.region, meta.issued) == ("青川县人民政府", "青川县", date(2030, 3, 4))
