"""A document number no stored document carries names a document the store lacks: 示府发〔2032〕
9号是哪个办法 is 未找到, not another stored 办法 whose title shares the word asked. The number a
stored document does carry still names it."""

from __future__ import annotations

from pathlib import Path

from invented_plans import invented_plans_service
from policybot.knowledge.answers import NOT_FOUND

RULE = """示范市人民政府关于印发示范市市长质量奖管理办法的通知
示府发〔2031〕19号
各县(区)人民政府,市政府各部门:
现将《示范市市长质量奖管理办法》印发给你们,请认真贯彻实施。
第一条 市长质量奖每两年评选一次,每次不超过3个组织。
第二条 对获得市长质量奖的组织,给予一次性奖励30万元。
第三条 市长质量奖的评审工作由市质量强市工作领导小组办公室负责,每年6月底前发布申报通知。
示范市人民政府
2031年5月23日
"""
OTHER = """青岭县人民政府办公室关于印发青岭县名牌产品奖励办法的通知
青政办发〔2030〕7号
各乡镇人民政府,县政府各部门:
对新获得省名牌产品的企业,奖励5万元。
青岭县人民政府办公室
2030年3月2日
"""


def test_an_unknown_number_is_not_found(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, RULE, OTHER) as service:
        answer = service.ask("示府发〔2032〕9号是哪个办法?")
    assert not answer.found, answer.headline
    assert NOT_FOUND in answer.headline or not answer.facts


def test_a_stored_number_names_its_document(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, RULE, OTHER) as service:
        answer = service.ask("示府发〔2031〕19号是哪个办法?")
    assert answer.found, answer.headline
    assert any("市长质量奖" in fact.label for fact in answer.facts) or "市长质量奖" in (
        answer.headline
    )
