"""Messages that are no question: a greeting gets a one-line welcome pointing at /help, a
region's name alone what the store holds for it (counts and the commands that list them). Both
used to get 未找到相关内容,请换个说法. The store holds an invented plan (示范市; made-up numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from policybot.knowledge.small_talk import (
    ACK_REPLY,
    BYE_REPLY,
    THANKS_REPLY,
    WELCOME,
    is_greeting,
    without_greeting,
)
from policybot.knowledge.small_talk import reply as small_talk_reply

PLAN = city_plan(
    """一、主要目标
到2033年,新增示范标准40项,培育示范品牌企业25家。(牵头单位:市示范标准局)
2031年底前,完成示范品牌评价办法制定。
二、奖励政策
对新获得中国驰名商标的企业,给予一次性奖励80万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("small_talk"), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    "text", ["你好", "您好!", "hi", "Hello~", "在吗?", "你好你好", "早上好,助手"]
)
def test_a_greeting_gets_a_welcome_pointing_at_help(service: QueryService, text: str) -> None:
    answer = service.ask(text)
    assert answer.headline == WELCOME and "/help" in WELCOME
    out = render_plain(answer)
    assert "未找到" not in out and "换个说法" not in out


@pytest.mark.parametrize("text", ["你好,驰名商标奖励多少", "好", "你好评", "hi-tech企业奖励"])
def test_a_question_is_no_greeting(text: str) -> None:
    assert not is_greeting(text)


def test_a_greeting_before_a_question_is_no_word_of_it(service: QueryService) -> None:
    assert without_greeting("你好,驰名商标奖励多少") == "驰名商标奖励多少"
    assert without_greeting("你好") == "你好"
    plain = render_plain(service.ask("驰名商标奖励多少"))
    greeted = render_plain(service.ask("您好!驰名商标奖励多少"))
    assert "答: 示范市 80万元" in plain and greeted == plain


@pytest.mark.parametrize("text", ["示范市", "示范", "示范市?"])
def test_a_region_alone_gets_what_the_store_holds_for_it(service: QueryService, text: str) -> None:
    answer = service.ask(text)
    out = render_plain(answer)
    assert "未找到" not in out and "换个说法" not in out
    assert answer.title == "示范市"
    # Counted as the commands it names count them.
    targets = service.targets("示范市").total
    rewards = service.rewards("示范市").total
    assert targets >= 2 and rewards == 1
    assert f"目标 {targets} 项: /targets 示范市" in answer.suggestions
    assert f"奖励 {rewards} 项: /rewards 示范市" in answer.suggestions
    assert "文件 1 份: /doc 示范市" in answer.suggestions
    assert any(line.startswith("已过期的期限") for line in answer.suggestions)
    assert len(out.splitlines()) <= 10  # a phone screen


def test_a_region_with_a_topic_is_a_question(service: QueryService) -> None:
    assert "答: 80万元" in render_plain(service.ask("示范市驰名商标奖励多少"))


def test_a_place_the_store_does_not_hold_is_still_not_found(service: QueryService) -> None:
    assert "未找到" in render_plain(service.ask("上海"))


# -- new-user trial: thanks, goodbye, 好的 and 怎么用 fell through to the search ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("谢谢", THANKS_REPLY),
        ("谢谢你!", THANKS_REPLY),
        ("好的,谢谢", THANKS_REPLY),
        ("再见", BYE_REPLY),
        ("拜拜~", BYE_REPLY),
        ("好的", ACK_REPLY),
        ("收到", ACK_REPLY),
        ("你好", WELCOME),
    ],
)
def test_small_talk_gets_a_short_reply(service: QueryService, text: str, expected: str) -> None:
    answer = service.ask(text)
    assert answer.found and answer.headline == expected
    out = render_plain(answer)
    assert "未找到" not in out and "《" not in out
    # Its word once: 你好!直接发问题… alone, not under a line 你好 (newcomer trial).
    assert out == expected


@pytest.mark.parametrize("text", ["怎么用", "怎么用这个机器人?", "你能做什么", "使用说明"])
def test_how_to_use_gets_a_short_help(service: QueryService, text: str) -> None:
    out = render_plain(service.ask(text))
    assert "/help" in out and "/targets" in out and len(out.splitlines()) <= 8
    assert "未找到" not in out and "《" not in out  # no search hit


@pytest.mark.parametrize(
    "text", ["怎么用示范标准", "谢谢示范市的奖励是多少", "好的驰名商标奖励多少"]
)
def test_a_question_with_small_talk_words_is_still_answered(
    service: QueryService, text: str
) -> None:
    assert small_talk_reply(text) is None
