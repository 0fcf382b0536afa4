"""fix45 items 1-2: a reward rule that leaves the district asked about out is not listed beside
the rules that reach it. One document's scope (本办法不适用于东岭区) is said of that document's
rules only, and a rule's own sentence (…给予30万元奖励,东岭区企业除外) of that rule only: the
answer lists what reaches the district and says in one line what it left out and why. When
every rule found leaves it out, the answer is 未找到 with the sentence (as before). Invented
plans."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

COVERING = """示范市人民政府关于印发示范市质量奖励办法的通知
示政发〔2032〕7号
示范市人民政府
2032年1月5日
示范市质量奖励办法
第一条 本办法适用于全市企业,包括东岭区企业。
第二条 对新获得省级质量奖的企业,给予30万元奖励。
第三条 对主导制定国家标准的企业,给予每项40万元奖励。
"""
EXCLUDING = city_plan(
    """一、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对新获得省级质量奖的企业,给予20万元奖励。
(三)本办法不适用于东岭区。
"""
)


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("fix45_two_documents")
    with invented_plans_service(folder, EXCLUDING, COVERING) as service:
        yield service


def _lines(reply: str) -> list[str]:
    return [line for line in reply.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("question", "reaching", "left_out"),
    [
        ("东岭区企业获得省级质量奖奖励多少?", "30万元", "20万元"),
        ("东岭区主导制定国家标准奖励多少?", "40万元", "50万元"),
    ],
)
def test_a_document_excluding_the_district_is_not_listed_beside_one_covering_it(
    two_documents: QueryService, question: str, reaching: str, left_out: str
) -> None:
    reply = ask(two_documents, question)
    assert reaching in reply, reply
    assert left_out not in reply, reply
    assert "各文件不同" not in reply, reply
    # one line says which document was left out and why
    why = [line for line in _lines(reply) if "不适用于东岭区" in line]
    assert len(why) == 1 and "示范市品牌提升行动计划" in why[0], reply
    assert len(why[0]) <= 45, why  # one short line on a phone


def test_a_district_neither_document_excludes_still_gets_both(
    two_documents: QueryService,
) -> None:
    reply = ask(two_documents, "示范市企业获得省级质量奖奖励多少?")
    assert "20万元" in reply and "30万元" in reply, reply


MIXED = city_plan(
    """一、奖励措施
(一)对新获得省级质量奖的企业,给予30万元奖励,东岭区企业除外。
(二)对东岭区新获得市级质量奖的企业,给予10万元奖励。
(三)对主导制定国家标准的企业,给予每项50万元奖励,东岭区企业除外。
(四)对东岭区主导制定行业标准的企业,给予每项20万元奖励。
"""
)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix45_mixed"), MIXED) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "reaching", "left_out"),
    [
        ("东岭区企业获得质量奖奖励多少?", "10万元", "30万元"),
        ("东岭区企业制定标准奖励多少?", "20万元", "50万元"),
    ],
)
def test_rules_excluding_the_district_in_their_own_sentence_are_left_out_of_a_list(
    mixed: QueryService, question: str, reaching: str, left_out: str
) -> None:
    reply = ask(mixed, question)
    assert "未找到" not in reply and reaching in reply, reply
    assert left_out not in reply, reply
    why = [line for line in _lines(reply) if "不含东岭区" in line]
    assert len(why) == 1 and len(why[0]) <= 40, reply


def test_every_rule_excluding_the_district_is_still_a_refusal(mixed: QueryService) -> None:
    reply = ask(mixed, "东岭区企业获得省级质量奖奖励多少?")
    assert "未找到" in reply and "不含东岭区" in reply, reply
    assert "30万元奖励,东岭区企业除外" in reply  # the rule's own sentence says why


def test_elsewhere_every_rule_is_listed(mixed: QueryService) -> None:
    reply = ask(mixed, "示范市企业获得省级质量奖奖励多少?")
    assert "30万元" in reply, reply


UNNAMED = city_plan(
    """一、奖励措施
(一)对新获得省级质量奖的企业,给予30万元奖励,东岭区企业除外。
(二)对新获得市级质量奖的企业,给予10万元奖励。
(三)对主导制定国家标准的企业,给予每项50万元奖励,东岭区企业除外。
"""
)


def test_rules_not_naming_the_district_answer_when_those_naming_it_exclude_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """东岭 searched as a word finds only the rules naming 东岭区, which exclude it: the rule
    that does not name it (市级质量奖) reaches the district and answers, the others noted."""
    with invented_plans_service(tmp_path_factory.mktemp("fix45_unnamed"), UNNAMED) as service:
        reply = ask(service, "东岭区企业质量奖奖励多少?")
        refused = ask(service, "东岭区主导制定国家标准奖励多少?")
    assert "10万元" in reply and "30万元" not in reply and "未找到" not in reply, reply
    assert any(line.startswith("未列出1条") for line in _lines(reply)), reply
    assert "未找到" in refused and "不含东岭区" in refused, refused


# Invented rules of a real city, so the gazetteer knows the county asked about (华容县 of 岳阳).
COUNTY_LEFT_OUT = """岳阳市人民政府关于品牌奖励的若干意见
岳政发〔2043〕9号
一、对新获得湖南名牌产品的企业,给予25万元的奖励。
二、奖励政策适用于岳阳市级、岳阳楼区(不含省属企业)。
岳阳市人民政府
2043年2月1日
"""


def test_asked_whether_a_county_may_claim_the_scope_sentence_answers(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Whether a county's firms may claim the city's rewards is answered by the scope sentence
    itself. Found by scoring the question set (q0198): the filter took that sentence for a rule
    of a document leaving the county out, and answered 未找到."""
    folder = tmp_path_factory.mktemp("fix45_scope_answers")
    with invented_plans_service(folder, COUNTY_LEFT_OUT) as service:
        reply = ask(service, "华容县的企业能拿岳阳这些奖励吗?")
    assert "适用于岳阳市级、岳阳楼区" in reply and "未找到" not in reply, reply
