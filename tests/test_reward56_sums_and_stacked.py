"""reward56 (attack55 H3, H6, M5): a total of two named rewards, a district's reward on top of
its city's, and the ratio of two rewards — with the variants a user may ask: a sum where one
reward is not in the store, a district rule that does not say it pays again, the levels asked
together, the city asked of a store holding its district's rule too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.answers import Citation, FactLine
from policybot.knowledge.models import FactKind
from policybot.knowledge.reward_claims import asks_levels_together, read_claims
from policybot.knowledge.service import QueryService
from policybot.knowledge.stacked_rewards import encloses, pays_on_top
from test_attack55 import ASKED, DONGHU, QINGSHI, YUNXI

# Invented: 东湖区's plan giving its own reward with no word that it comes on top of the city's.
DONGHU_OWN = DONGHU.replace("区财政再给予10万元奖励", "给予10万元奖励")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("reward56"), QINGSHI, YUNXI, now=ASKED
    ) as service:
        yield service


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("reward56_district"), QINGSHI, DONGHU, YUNXI, now=ASKED
    ) as service:
        yield service


@pytest.fixture(scope="module")
def own_district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("reward56_own"), QINGSHI, DONGHU_OWN, now=ASKED
    ) as service:
        yield service


def test_the_asking_verb_after_a_total_is_no_part_of_the_title() -> None:
    for question in ("中国质量奖和提名奖一共奖多少", "中国质量奖和提名奖总共能拿多少钱"):
        words = [claim.words for claim in read_claims(question).claims]
        assert words == ["中国质量奖", "提名奖"], (question, words)
    # the 奖 of a title before 多少 stays the title's
    assert [c.words for c in read_claims("拿了中国质量奖提名奖,一共多少").claims] == [
        "中国质量奖提名奖"
    ]


def test_a_total_of_two_rewards_cites_each_sentence(service: QueryService) -> None:
    reply = answer_text(service, "青石中国质量奖和提名奖一共能拿多少")[0]
    assert "合计: 260万元" in reply, reply
    assert "对新获得中国质量奖的企业,给予200万元奖励" in reply, reply
    assert "获得中国质量奖提名奖的,给予60万元奖励" in reply, reply


def test_a_total_with_a_reward_the_store_lacks_is_not_made_up(service: QueryService) -> None:
    reply = answer_text(service, "中国质量奖和鲁班奖一共奖多少")[0]
    # 鲁班奖 is rewarded by no rule: 未找到 for it, and the 200万元 found said to leave it out.
    assert "鲁班奖: 未找到对应的奖励条款" in reply, reply
    assert "只含找到条款的 1 项;“鲁班奖”未计入" in reply, reply
    assert "260万元" not in reply and "鲁班奖一共" not in reply, reply


def test_a_districts_reward_on_top_is_added_to_its_citys(district: QueryService) -> None:
    for question in ("东湖区品字标认证奖多少", "东湖区企业通过品字标认证能拿多少"):
        reply = ask(district, question)
        assert "共30万元:青石市东湖区 10万元 + 青石市 20万元" in reply, reply
        # each part cited, and why they add up
        assert "《东湖区品牌建设实施方案》" in reply and "《青石市质量品牌提升行动计划" in reply
        assert "写明“再给予”" in reply, reply
        assert "云溪" not in reply, reply


def test_the_city_asked_is_not_given_its_districts_reward(district: QueryService) -> None:
    reply = ask(district, "青石市品字标认证奖多少")
    assert "答: 20万元" in reply and "10万元" not in reply, reply


def test_a_districts_own_reward_alone_answers_for_it(own_district: QueryService) -> None:
    # No 再/另: the district's rule may be all a firm there gets; its own answers.
    reply = ask(own_district, "东湖区品字标认证奖多少")
    assert "答: 10万元" in reply and "20万元" not in reply, reply


def test_the_levels_asked_together_show_each_never_summed(own_district: QueryService) -> None:
    for question in ("东湖区品字标认证市区两级各奖多少", "东湖区品字标认证市里和区里一共奖多少"):
        reply = ask(own_district, question)
        assert "青石市东湖区 10万元" in reply and "青石市 20万元" in reply, reply
        assert "30万元" not in reply and "未找到" not in reply, reply


def test_which_rules_pay_on_top() -> None:
    def line(quote: str) -> FactLine:
        return FactLine(FactKind.REWARD, 1, quote, Citation(1, "某方案", quote))

    assert pays_on_top(line("对首次通过认证的企业,区财政再给予10万元奖励"))
    assert pays_on_top(line("获得省级名牌的企业,区里另行奖励5万元"))
    # the same document's further tier is no sum on top of another level's
    assert not pays_on_top(line("给予10万元奖励;连续两年保持的,再奖励2万元"))
    assert not pays_on_top(line("对首次通过认证的企业,给予10万元奖励"))
    assert encloses("青石市", "青石市东湖区") and not encloses("云溪市", "青石市东湖区")
    assert asks_levels_together("市区两级一共奖多少") and not asks_levels_together("区里奖多少")


def test_a_ratio_of_two_rewards_names_both(service: QueryService) -> None:
    reply = ask(service, "青石国际标准奖励是国家标准的几倍")
    assert "答: 是2倍" in reply and "80万元" in reply and "40万元" in reply, reply
    reply = ask(service, "青石中国质量奖奖励是提名奖的几倍")
    assert "约是3.33倍" in reply and "200万元" in reply and "60万元" in reply, reply
    # the difference is still the difference
    assert "多40万元" in ask(service, "青石国际标准奖励比国家标准多多少")
