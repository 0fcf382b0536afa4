"""calc58: a district's request the calculator prices by its city's document (the city's ranks
first: it rewards more of the claims) keeps the district's own rules that pay on top of the
city's (区财政再给予10万元): both lines, each naming whose rule it is, and their sum. Before, a
东湖区 firm with 品字标认证 and 中国质量奖 got 合计 220万元, the city's alone, the district's 再给予
named beside it as 未合并计算."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.handlers.calc import count_keyboard
from policybot.knowledge.service import QueryService
from test_admin_samples import admin_bot
from test_attack55 import ASKED, DONGHU, QINGSHI
from test_calc57_stacked_rewards import DONGHU_OWN
from test_trialfix34 import _with_plans

TWO_CLAIMS = "我们公司在东湖区,拿了品字标认证和中国质量奖,一共能拿多少"


@pytest.fixture(scope="module")
def stacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("calc58_stacked")
    with invented_plans_service(folder, QINGSHI, DONGHU, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("calc58_own")
    with invented_plans_service(folder, QINGSHI, DONGHU_OWN, now=ASKED) as service:
        yield service


def test_the_districts_pay_on_top_is_added_to_its_citys_rules(stacked: QueryService) -> None:
    reply = answer_text(stacked, TWO_CLAIMS)[0]
    # 200万元 (中国质量奖) + 20万元 (品字标, city) + 10万元 (品字标, 区财政再给予)
    assert "合计: 230万元" in reply, reply
    assert "未合并计算" not in reply, reply
    assert "写明“再给予”" in reply, reply
    # the two 品字标 lines say whose rule each is
    assert "每项10万元; 青石市东湖区" in reply and "每项20万元; 青石市" in reply, reply
    sources = answer_text(stacked, TWO_CLAIMS, quotes=True)[0]
    assert "区财政再给予10万元奖励" in sources, sources
    assert "给予200万元奖励" in sources, sources


def test_the_question_form_is_priced_the_same(stacked: QueryService) -> None:
    reply = answer_text(stacked, "东湖区中国质量奖和品字标认证一共奖多少")[0]
    assert "合计: 230万元" in reply, reply


def test_a_districts_rule_with_no_pay_on_top_stays_beside(own: QueryService) -> None:
    reply = answer_text(own, TWO_CLAIMS)[0]
    # 东湖区's 给予10万元 may replace the city's 20万元 or not: never added, named beside
    assert "合计: 220万元" in reply, reply
    assert "230万元" not in reply, reply
    assert "未合并计算" in reply, reply


def test_the_city_asked_gets_no_districts_pay(stacked: QueryService) -> None:
    reply = answer_text(stacked, "我们公司在青石市,拿了品字标认证和中国质量奖,一共能拿多少")[0]
    assert "合计: 220万元" in reply, reply
    assert "230万元" not in reply, reply


async def test_the_chat_follows_a_reward_total_to_another_place(sqlite_engine: Engine) -> None:
    # attack56 L1 in the chat: 东湖区呢 after a total of two rewards prices them there (東湖区
    # writes no 质量奖 rule: the city's hold), not 东湖区's overview.
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, QINGSHI, DONGHU)
        (first,) = await harness.say("青石中国质量奖和提名奖一共奖多少")
        assert "260万元" in first.text, first.text
        (follow,) = await harness.say("东湖区呢")
        assert "260万元" in follow.text, follow.text
        assert "收录了" not in follow.text, follow.text


# Invented: both levels pay per firm (每家), the district on top of the city.
EACH_CITY = QINGSHI.replace(
    "对首次通过“品字标”认证的企业,给予20万元奖励。", "对首次通过“品字标”认证的企业,每家奖励10万元。"
)
EACH_DISTRICT = DONGHU.replace(
    "对首次通过“品字标”认证的企业,区财政再给予10万元奖励。",
    "对首次通过“品字标”认证的企业,区财政每家再给予5万元奖励。",
)


@pytest.fixture(scope="module")
def each(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    assert EACH_CITY != QINGSHI and EACH_DISTRICT != DONGHU
    folder = tmp_path_factory.mktemp("calc58_each")
    with invented_plans_service(folder, EACH_CITY, EACH_DISTRICT, now=ASKED) as service:
        yield service


def test_two_levels_paying_each_firm_are_summed_per_firm(each: QueryService) -> None:
    reply = answer_text(each, "东湖区品字标认证奖多少")[0]
    # was 答: 青石市东湖区 每家再5万元;另有青石市 每家10万元 (a per-firm sum never added)
    assert "答: 每家共15万元" in reply, reply
    calculated = answer_text(each, "我们公司在东湖区,拿了品字标认证,一共能拿多少")[0]
    assert "合计: 15万元" in calculated, calculated


def test_a_claim_not_found_is_still_said_beside_the_stacked_lines(stacked: QueryService) -> None:
    reply = answer_text(stacked, "我们公司在东湖区,拿了品字标认证,还有xyz认证,一共能拿多少")[0]
    assert "合计: 30万元" in reply, reply
    # one achievement priced (by two rules), one not found
    assert "只含找到条款的 1 项" in reply and "xyz认证" in reply, reply


def test_the_whole_request_keeps_its_count_buttons(stacked: QueryService) -> None:
    # The stacked reply was built from the district's calculation of its own claims alone: the
    # chat's ➖/➕ buttons (one per priced claim of the sheet) lost the 中国质量奖 row.
    routed = stacked.route(TWO_CLAIMS)
    assert routed.calculation is not None
    calculation = routed.calculation[1]
    assert len(calculation.sheet.claims) == 2, calculation.sheet
    keyboard = count_keyboard("k", calculation)
    assert keyboard is not None
    labels = [button.text for row in keyboard.inline_keyboard for button in row]
    assert any("中国质量奖" in label for label in labels), labels
    assert any("品字标" in label for label in labels), labels
