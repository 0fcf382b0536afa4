"""Failure classes found on the unseen corpus (corpus/unseen/FAILURES.md), one synthetic text each.

Every text here is written for the test (invented places and numbers), never copied from a
corpus document: a rule must hold on the pattern, not on the document it was found in.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import ExtractionError, extract_text
from policybot.knowledge.extract.normalise import normalise_text
from policybot.knowledge.extract.units import split_unit_list

# --- C1: short-line layout survives normalisation -----------------------------------------------


def test_table_rows_and_the_signature_are_not_joined_as_hard_wrapped_prose() -> None:
    raw = (
        "某省农业厅关于下达2016年植树任务的通知\n"
        "各有关市、县(市、区)农业局,省直有关单位,各国有林场管理局:\n"
        "现下达2016年植树任务,请各地认真组织,按时完成,并于年底前上报完成情况。\n"
        "附件:2016年植树任务分配表\n"
        "某省农业厅\n"
        "2016年3月2日\n"
        "单 位 | 植树 | 备注 |\n"
        "甲市 | 2.0 | |\n"
        "乙县 | 1.5 | |\n"
    )
    lines = normalise_text(raw).splitlines()
    assert "某省农业厅" in lines and "2016年3月2日" in lines
    assert "单位 | 植树 | 备注 |" in lines  # a header row of cells is not a site menu
    assert "甲市 | 2.0 | |" in lines


def test_a_space_between_two_full_unit_names_is_kept_and_splits_them() -> None:
    assert normalise_text("市公安局 市交通运输局 |\n") == "市公安局 市交通运输局 |\n"
    assert split_unit_list("市公安局 市交通运输局") == ["市公安局", "市交通运输局"]


# --- G2: a refused document still tells what it is -----------------------------------------------


def test_a_notice_without_facts_is_refused_with_its_metadata() -> None:
    text = (
        "某市人民政府办公室关于印发工作方案的通知\n"
        "某府办函〔2021〕7号\n"
        "各县(市、区)人民政府,市级各部门:\n"
        "《工作方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某市人民政府办公室\n"
        "2021年3月9日\n"
    )
    with pytest.raises(ExtractionError) as refused:
        extract_text(text, "notice.txt")
    document = refused.value.document
    assert document is not None
    assert (document.doc_number, document.issued) == ("某府办函〔2021〕7号", date(2021, 3, 9))
