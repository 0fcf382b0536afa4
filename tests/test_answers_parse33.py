"""Questions round 33 (issue 12): answers in the words people use. A question says 买地 where the
rules write 购地, 租厂房 for 租赁厂房, 奖金啥时候给 for the stage it is 兑现 at, 钱谁出 for the purse
that pays, 这个…办法 for the document itself, 国品 for 中国名牌产品, 拨给 for 拨付, 省级名牌 for a
province's own title. The store holds invented documents (样板县, made-up units and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.confidence import coverage
from policybot.knowledge.glossary import Glossary
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

RECRUITING_REWARDS = """样板县人民政府关于印发样板县招商引资奖励办法的通知
样府发〔2042〕20号
各乡镇人民政府,县政府各部门:
现将《样板县招商引资奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2042年12月20日
样板县招商引资奖励办法
第一条 信息奖。每引进固定资产投入1000万元以上的工业项目,奖励项目引荐人3000元。如购地建厂项目,奖金在项目开工后兑现一半,在投产后全部兑现;如租赁厂房的,奖金在项目投产后一次性兑现。
第二条 代理奖。社会力量引进的工业项目建成投产后,由县财政按下列标准给予奖励个人:进资1000万元以上的奖励5万元;进资3000万元以上的奖励8万元。
第三条 本办法自2043年1月1日起施行。
样板县商务局供稿
"""

BRAND_OPINION = """样板县人民政府关于推进品牌建设的实施意见
样政发〔2042〕30号
各乡镇人民政府,县政府各部门:
为推进品牌建设,现提出如下意见。
一、强化金融支持。对通过“样板精品”认证的企业,在融资上给予倾斜。
二、加大政策支持。对获得“样板精品”品牌认证的企业,给予“国家级品牌”同等政策奖励。
样板县人民政府
2042年11月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("parse33")
    with invented_plans_service(folder, RECRUITING_REWARDS, BRAND_OPINION, now=ASKED) as service:
        yield service


def _idf(word: str) -> float:
    return 1.0


def test_buying_land_is_the_rules_purchase(service: QueryService) -> None:
    """买地 is how people say the rules' 购地."""
    assert "购地" in service.parse("样板县买地建厂的项目有什么奖励?").reading


def test_when_a_sum_is_given_asks_the_stage_it_is_paid_at(service: QueryService) -> None:
    """奖金啥时候给: the rule pays at a stage (开工后兑现一半), written without a date."""
    parsed = service.parse("样板县信息奖,买地建厂的项目奖金啥时候给?")
    assert parsed.asks == "what" and "兑现" in parsed.words
    reply = ask(service, "样板县信息奖,买地建厂的项目奖金啥时候给?")
    assert "兑现一半" in reply and "仅供参考" not in reply


def test_a_shortened_verb_is_said_by_its_whole_form(service: QueryService) -> None:
    """租厂房 asked, 租赁厂房 written: the same words, answered without a hedge."""
    reply = ask(service, "样板县租厂房的项目,信息奖咋兑现?")
    assert "一次性兑现" in reply and "仅供参考" not in reply


def test_one_character_inside_a_word_is_no_other_form() -> None:
    """市财政 is said by 市级财政; 省名牌 is not by 省外名牌 (another thing)."""
    assert coverage(["市财政"], "由市级财政给予奖励", _idf).share == 1.0
    assert coverage(["租厂房"], "如租赁厂房的,一次性兑现", _idf).share == 1.0
    assert coverage(["省名牌"], "对省外名牌企业不予奖励", _idf).share < 1.0


def test_who_pays_is_the_purse_the_rule_names(service: QueryService) -> None:
    """钱谁出 asks the purse paying (由县财政…给予奖励), not the sums of the tiers."""
    reply = ask(service, "样板县代理奖的钱谁出?")
    assert "由县财政" in reply.split("\n")[1] and "仅供参考" not in reply
    assert service.parse("样板县的文件是谁出台的?").asks == "who"


def test_the_kind_of_document_pointed_at_weighs_little(service: QueryService) -> None:
    """这个…办法 names the document asked about, which its sentences do not call 办法."""
    assert "办法" in service.parse("样板县这个招商奖励办法是哪个单位供稿的?").categories


def test_national_brand_words() -> None:
    """国品 and 国家级名牌 are the documents' 中国名牌 (产品); 拨给 their 拨付."""
    glossary = Glossary()
    assert glossary.rewrite("获得国品奖多少", lambda word: False) == "获得中国名牌产品奖多少"
    assert "中国名牌" in glossary.alternatives("国家级名牌")
    assert "拨付" in glossary.alternatives("拨给")


def test_a_provinces_title_is_its_provincial_level_one() -> None:
    """省级名牌 asked, 浙江名牌产品 or 广东省名牌产品 written: the province's own title."""
    assert coverage(["省级名牌"], "对新获得浙江名牌产品的企业奖励10万元", _idf).share == 1.0
    assert coverage(["省名牌产品"], "新增广东省名牌产品8个", _idf).share == 1.0
    assert coverage(["省级名牌"], "对新获得中国名牌产品的企业奖励", _idf).share < 1.0


def test_by_what_a_reward_is_given_asks_its_terms(service: QueryService) -> None:
    """按什么给奖励: the terms of the reward (国家级品牌同等政策), not only the nearest treatment."""
    assert "什么政策" in service.parse("样板县按什么给奖励?").reading
    reply = ask(service, "我们公司通过了样板精品认证,样板县按什么给奖励?")
    assert "国家级品牌" in reply, reply
