"""/search's sentence fallback reads only the documents that can hold every word asked: the
passage index answers which from each document's sentences joined once (shared by copies)."""

from __future__ import annotations

from policybot.knowledge.passages import PassageIndex

FIRST = "一、工作目标\n建立企业质量信用档案,实施失信黑名单制度。\n二、保障措施\n加强宣传培训。"
SECOND = "一、主要任务\n开展质量提升行动。\n二、组织保障\n加强宣传。"


def test_only_documents_whose_sentences_hold_every_word_are_named() -> None:
    index = PassageIndex([(3, FIRST), (1, SECOND), (2, FIRST)])
    assert index.documents_holding(["宣传"]) == [1, 2, 3]
    assert index.documents_holding(["黑名单"]) == [2, 3]
    assert index.documents_holding(["黑名单", "宣传"]) == [2, 3]
    assert index.documents_holding(["质量提升", "黑名单"]) == []
    assert index.documents_holding(["火星"]) == []


def test_every_sentence_the_scan_finds_lies_in_a_document_it_names() -> None:
    index = PassageIndex([(1, FIRST), (2, SECOND)])
    for word in ("宣传", "质量", "黑名单", "培训"):
        holding = set(index.documents_holding([word]))
        scanned = {
            document_id
            for document_id, passages in index.by_document.items()
            if any(word in passage.text for passage in passages)
        }
        assert scanned and scanned <= holding, word
