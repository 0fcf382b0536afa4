"""Answers ans59 (issue 12, a new user's trial): two things each asked its own 多少 in two
clauses (驰名商标要多少件,著名商标要多少件) are answered as 驰名商标和著名商标各要多少件 is;
the head of a place's government (市长) is a word asked, not the place's level; a title asked
by its level alone (市质量奖) is the one the documents write with the government between
(市政府质量奖); a share asked (比例) is said by a percentage; a lookup's asking words are no
words its items must say; 我们区 in a chat following one region's unit is that region. Every
text is invented (made-up places, figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from policybot.scheduler.subscriptions import ChatInfo, subscribe
from tests.invented_plans import ask, city_plan, invented_plans_service, plans_fixture

REFUSAL = "未找到"
HEDGE = "部分相符"

# A city's brand targets per district and year, each kind in a sentence of its own, with a
# district filed as a region of its own by its own short plan.
BRANDS = city_plan(
    """一、主要目标
1.到2031年底,各区有效期内中国驰名商标不少于:东澜区12件、西岭区20件。
2.到2031年底,各区有效省著名商标不少于:东澜区41件、西岭区66件。
3.到2032年底,各区有效期内中国驰名商标不少于:东澜区13件、西岭区23件。
4.到2032年底,各区有效省著名商标不少于:东澜区45件、西岭区71件。
二、工作措施
1.组织开展市政府质量奖评选活动,每两年评选一次。(牵头单位:市市场监管局)
"""
)

DISTRICT = """示范市东澜区推进品质品牌建设的实施意见
一、工作目标
到2033年,全区品牌建设取得明显成效:
——全区新增品字标企业20家;
——全区通过“品字标”认证的产品100%采用国际标准、国外先进标准或关键指标达到国际先进水平。
示范市东澜区人民政府
2031年4月2日
"""

# A county's reward rules (the sums of a lookup's list).
REWARDS = """样板县质量品牌奖励办法
第一条 对新获得中国驰名商标的企业,一次性奖励60万元。
第二条 对新获得省著名商标的企业,一次性奖励10万元。
样板县人民政府
2031年5月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("ans59")
    with invented_plans_service(Path(folder), BRANDS, DISTRICT, REWARDS) as service:
        yield service


def test_two_clauses_each_asking_its_figure_are_answered_as_each(service: QueryService) -> None:
    """驰名商标要多少件,著名商标要多少件: the district's figure of the year asked for each,
    led by the values, as the 各 form answers — never the city's two sentences pasted."""
    each = ask(service, "东澜区2032年驰名商标和著名商标各要多少件")
    assert "13件" in each and "45件" in each, each
    for question in (
        "东澜区2032年驰名商标要多少件,著名商标要多少件",
        "东澜区2032年驰名商标要几件,著名商标要几件?",
    ):
        reply = ask(service, question)
        lead = reply.splitlines()[1]
        assert "13件" in lead and "45件" in lead, reply
        assert "→" not in reply and "12件" not in lead and "41件" not in lead, reply
        assert reply.startswith("示范市东澜区"), reply


def test_the_head_of_a_places_government_is_asked_not_its_level(service: QueryService) -> None:
    """示范市长是谁: 市长 is what is asked, which no plan says: 未找到, not a menu of what the
    store holds on the city. 示范市长期… keeps 长期 a word of its own."""
    for question in ("示范市长是谁", "示范市长是谁?", "东澜区长叫什么"):
        reply = ask(service, question)
        assert reply.splitlines()[1].startswith(REFUSAL), reply
        assert "长”" in reply, reply
    assert "“长期”" in ask(service, "示范市长期目标是什么")


def test_a_title_asked_by_its_level_alone_is_the_one_written_in_full(
    service: QueryService,
) -> None:
    """市质量奖 is the plan's 市政府质量奖, which pays no sum: the reply says the plan speaks of
    it without a sum, as for any reward so, never that the store knows nothing of it."""
    reply = ask(service, "示范市质量奖奖多少钱")
    assert reply.splitlines()[1].startswith(REFUSAL), reply
    assert "提到“市政府质量奖”" in reply and "没有写明奖励金额" in reply, reply


# (A store no sentence of which writes 比例: the word weighs most, and was missed most.)
shares = plans_fixture("ans59_shares", BRANDS, DISTRICT)


def test_a_share_asked_is_said_by_a_percentage(shares: QueryService) -> None:
    """比例要多少, of a sentence writing 100%: the figure, not hedged for want of 比例."""
    reply = ask(shares, "东澜区认证产品采用国际标准比例要多少")
    assert "答: 100%" in reply and HEDGE not in reply and REFUSAL not in reply, reply


def test_a_lookups_asking_words_are_no_words_its_items_must_say(service: QueryService) -> None:
    """/rewards 样板县 驰名商标 奖励 多少 钱 呢: the rule for 驰名商标, sure, as for
    /rewards 样板县 驰名商标; the title names only what was looked for."""
    for keyword in ("驰名商标 奖励 多少 钱 呢", "驰名商标奖励多少钱"):
        reply = render_plain(service.rewards("样板县", keyword))
        assert "60万元" in reply and HEDGE not in reply and REFUSAL not in reply, reply
        assert "多少" not in reply.splitlines()[0], reply
    reply = render_plain(service.targets("东澜区", "驰名商标 多少 件"))
    assert "13件" in reply and REFUSAL not in reply, reply


def test_our_district_in_a_chat_following_one_districts_unit(service: QueryService) -> None:
    """我们区 in a chat subscribed to 东澜区's items is 东澜区; a chat following nothing, or two
    regions, is still asked which region it means."""
    now = datetime(2032, 3, 1, tzinfo=UTC)
    one, two, none = -1001, -1002, -1003
    assert subscribe(service.engine, ChatInfo(one), "东澜区", actor_id=None, now=now).topic
    for name in ("东澜区", "样板县"):
        subscribe(service.engine, ChatInfo(two), name, actor_id=None, now=now)
    question = "我们区到2033年要新增多少家品字标企业"
    reply = ask_in_chat(service, question, one)
    assert reply.startswith("示范市东澜区") and "20家" in reply, reply
    for chat_id in (two, none):
        assert "请说明是哪个地区" in ask_in_chat(service, question, chat_id)
    # 我们市 of the same chat: the city above the district.
    assert ask_in_chat(service, "我们市2032年驰名商标要多少件", one).startswith("示范市")


def ask_in_chat(service: QueryService, question: str, chat_id: int) -> str:
    return render_plain(service.ask(question, chat_id=chat_id))
