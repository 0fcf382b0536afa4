"""Document fields a text states outside the extracted metadata (``document_answers``)."""

from __future__ import annotations

from policybot.knowledge.document_answers import _VALIDITY, _issuer_in_text
from policybot.knowledge.question import Field, _field


def test_validity_is_read_from_the_header_of_a_legal_database() -> None:
    text = "某某意见文章属性•【制定机关】某市人民政府•【时效性】失效•【主题分类】教育"
    marked = _VALIDITY.search(text)
    assert marked and marked.group(1) == "失效"
    assert _issuer_in_text(text) == "某市人民政府"


def test_the_issuers_a_text_opens_with() -> None:
    text = "中共某某省委 某某省人民政府\n关于促进某业发展的意见\n某发〔2014〕20号\n正文……"
    assert _issuer_in_text(text) == "中共某某省委 某某省人民政府"
    assert _issuer_in_text("关于促进某业发展的意见\n正文开始,各市人民政府:") is None


def test_is_it_still_valid_asks_for_validity() -> None:
    assert _field("某市关于某事的若干意见现在还有效吗?", None) == Field.VALIDITY
    assert _field("这个文件停止执行了哪些文件?", None) == Field.SUPERSEDES
