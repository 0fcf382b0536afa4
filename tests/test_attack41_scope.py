"""attack41: the unknown-district exclusion (fix41 ``reward_conditions.excluded_places_named``)
matches the excluded name anywhere in the question. A district whose name ends with the
excluded one (新东岭区, which the plan names with its own quota, vs the excluded 东岭区) and a
question asking about everyone BUT the excluded district (除东岭区外的企业, 东岭区以外的企业)
are both refused as 不含东岭区 instead of answered with the city's sum. ``_COUNTY_NAMED`` reads
two characters before 区, so 新东岭区 is seen as 东岭区 and no other place is found to keep the
answer. Invented plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业30家,其中新东岭区8家。
二、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对新获得省级质量奖的企业,给予30万元奖励。
(三)本办法不适用于东岭区。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("attack41_scope"), PLAN) as service:
        yield service


def _answer(reply: str) -> str:
    return reply.split("\n", 1)[1][:60] if "\n" in reply else reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # 新东岭区 is not 东岭区: the plan names it (its quota), the exclusion does not
        ("新东岭区主导制定国家标准奖励多少?", "50万元"),
        ("新东岭区企业获得省级质量奖奖励多少?", "30万元"),
        # the asker is outside the excluded district
        ("除东岭区外的企业主导制定国家标准奖励多少?", "50万元"),
        ("东岭区以外的企业获得省级质量奖奖励多少?", "30万元"),
    ],
)
def test_a_place_the_exclusion_does_not_name_is_not_refused(
    service: QueryService, question: str, said: str
) -> None:
    reply = ask(service, question)
    assert "不含东岭区" not in reply, reply
    assert said in reply, reply


def test_the_excluded_district_itself_is_still_refused(service: QueryService) -> None:
    reply = ask(service, "东岭区主导制定国家标准奖励多少?")
    assert "未找到" in reply and "50万元" not in _answer(reply), reply


RULE_EXCLUDES = city_plan(
    """一、主要目标
到2033年,全市(东岭区除外)新增品牌企业30家。
二、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对新获得省级质量奖的企业,给予30万元奖励,东岭区企业除外。
"""
)


def test_a_rule_excluding_the_district_in_its_own_sentence_is_not_its_sum(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The exclusion closes the rule itself (…给予30万元奖励,东岭区企业除外), not a scope
    paragraph: ``excluded_places_named`` reads only stored ``scope`` conditions, so the reply
    is "答: 30万元" for the district the rule leaves out."""
    folder = tmp_path_factory.mktemp("attack41_rule_excludes")
    with invented_plans_service(folder, RULE_EXCLUDES) as service:
        reply = ask(service, "东岭区企业获得省级质量奖奖励多少?")
        guard = ask(service, "东岭区主导制定国家标准奖励多少?")
    assert "答: 30万元" not in reply, reply
    # guard: "全市(东岭区除外)" in a goal excludes no reward
    assert "50万元" in guard, guard


OTHER_MEASURES = """示范市人民政府关于印发示范市质量奖励办法的通知
示政发〔2032〕7号
示范市人民政府
2032年1月5日
示范市质量奖励办法
第一条 本办法适用于全市企业,包括东岭区企业。
第二条 对新获得省级质量奖的企业,给予30万元奖励。
"""
EXCLUDING = city_plan(
    """一、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)本办法不适用于东岭区。
"""
)


def test_one_documents_exclusion_does_not_refuse_another_documents_rule(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """本办法不适用于东岭区 is said of the 行动计划 only; the 质量奖励办法 says it reaches 东岭区
    and pays 30万元 for 省级质量奖. Both the question and /calc refuse with the other
    document's exclusion (``scope_leaving_out`` applies a found exclusion to every rule)."""
    folder = tmp_path_factory.mktemp("attack41_two_documents")
    with invented_plans_service(folder, EXCLUDING, OTHER_MEASURES) as service:
        reply = ask(service, "东岭区企业获得省级质量奖奖励多少?")
        calculation = service.calculator().from_text("东岭区 省级质量奖 1", command=True)[1]
    assert "30万元" in reply and "不含东岭区" not in reply, reply
    assert calculation.found and calculation.certain_total == 300_000, calculation.message
