"""A definition ("本办法所称X是指由Y统一组织评定…的产品") says what a term means: the body it names
awards a title elsewhere and has no duty in this document (invented text)."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.records import Extraction


def _extract(body: str) -> Extraction:
    reward = "第三条对获得省名牌产品的企业,给予8万元奖励。"
    return extract_text(f"青川区品牌奖励办法\n{body}\n{reward}\n", "x.txt")


def test_a_body_named_in_a_definition_has_no_task() -> None:
    extraction = _extract(
        "第二条本办法所称省名牌产品是指由省名牌评价委员会统一组织评定,并颁发证书的产品。"
    )
    assert extraction.tasks == []
    assert "省名牌评价委员会" not in extraction.units


def test_the_same_body_given_a_duty_outside_a_definition_keeps_it() -> None:
    extraction = _extract("第五条奖励申报工作由区市场监管局统一组织。")
    assert [task.lead_units for task in extraction.tasks] == [["区市场监管局"]]
