"""What the third new-user trial found: 库里收录了哪些文件 searched for 库里, /report could not be
narrowed by place, a long list's hint showed placeholders, /deadlines 佛山 质监局 was titled as
佛山's whole list, and a task line of /units 洞头 began and ended inside a word."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.clock import FakeClock
from policybot.knowledge import vocabulary
from policybot.knowledge.database import make_engine
from policybot.knowledge.lookup_answers import clip_at_boundary, task_sentence
from policybot.knowledge.service import QueryService
from test_newuser_fresh_clone import chat_output
from test_newuser_round import chat_replies

NOW = "2018-03-01T09:00"


def _pages(reply: str) -> int:
    found = re.search(r"第 1/(\d+) 页", reply)
    return int(found.group(1)) if found else 1


def _total(reply: str) -> int:
    found = re.search(r"共 (\d+) 项", reply)
    assert found, reply
    return int(found.group(1))


@pytest.fixture(scope="module")
def service(seeded_sqlite_path: Path) -> QueryService:
    engine = make_engine(f"sqlite:///{seeded_sqlite_path}")
    return QueryService(engine, clock=FakeClock(datetime(2018, 3, 1, 1, 0, tzinfo=UTC)))


# -- 1. the store named where a question asks what it holds ---------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "库里收录了哪些文件",
        "数据库里收录了哪些文件",
        "知识库中收录了哪些文件",
        "系统里都有什么文件",
        "机器人收录了哪些文件",
        "里面都收录了什么",
    ],
)
def test_the_store_named_as_where_to_look_is_no_word_of_the_topic(
    question: str, service: QueryService
) -> None:
    """库里收录了哪些文件 said 未找到…(查找: 库里、收录) while 你们收录了哪些文件 listed them."""
    answer = service.ask(question)
    assert answer.found and "份文件" in answer.headline, (question, answer.headline)


def test_a_question_that_only_starts_like_one_keeps_its_topic(service: QueryService) -> None:
    answer = service.ask("中小企业有哪些奖励")
    assert "份文件" not in answer.headline


# -- 2. /report narrowed by a place --------------------------------------------------------------


def test_report_is_narrowed_by_a_place_and_says_nothing_for_a_place_it_does_not_hold(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """/report 湖州 said 未找到与“湖州”有关的可报送的目标: the word was looked for in subjects."""
    everything = chat_output(capsys, monkeypatch, "/report", admin=True)
    huzhou = chat_output(capsys, monkeypatch, "/report 湖州", admin=True)
    narrowed = chat_output(capsys, monkeypatch, "/report 湖州 标准", admin=True)
    unknown = chat_output(capsys, monkeypatch, "/report 杭州", admin=True)
    targets = chat_output(capsys, monkeypatch, "/targets 湖州")
    assert "湖州市" in huzhou and "未找到" not in huzhou
    assert _total(huzhou) == _total(targets) < _total(everything)
    assert "湖州市" in narrowed and "“标准”" in narrowed and _total(narrowed) < _total(huzhou)
    assert "未找到" in unknown and "杭州" in unknown and "#" not in unknown


def test_a_long_report_list_suggests_a_place_it_holds(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = chat_output(capsys, monkeypatch, "/report", admin=True)
    suggested = re.search(r"例如 (/report \S+)", listed)
    assert suggested, listed
    narrowed = chat_output(capsys, monkeypatch, suggested.group(1), admin=True)
    assert "未找到" not in narrowed and _total(narrowed) < _total(listed)


# -- 3. a long list's hint made of its own words --------------------------------------------------


@pytest.mark.parametrize("command", ["/deadlines 佛山 全部", "/targets 佛山"])
def test_a_long_list_suggests_narrowing_words_it_holds(
    command: str,
    seeded_cli: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hint read “例如 /deadlines 地区 年份 关键词”: placeholders, not words of the list."""
    (reply,) = chat_replies(capsys, monkeypatch, NOW, command)
    assert _pages(reply) >= 10
    (hint,) = [line for line in reply.splitlines() if "缩小" in line]
    assert "地区 年份 关键词" not in hint
    examples = re.findall(r"(/\w+ [^或]+?)(?: 或 |$)", hint.split("例如 ", 1)[1])
    assert len(examples) == 2, hint
    year = re.search(r" (20\d\d)(?: |$)", examples[0])
    assert year, hint
    for example in examples:
        (narrowed,) = chat_replies(capsys, monkeypatch, NOW, example.strip())
        assert "未找到" not in narrowed and _pages(narrowed) < _pages(reply), example
        if example is examples[0]:  # a year the list's items fall due in
            assert f"{year.group(1)}-" in narrowed


# -- 4. /deadlines with a unit names the unit -----------------------------------------------------


def test_deadlines_of_a_place_s_unit_are_titled_with_the_unit(service: QueryService) -> None:
    whole = service.deadlines("佛山")
    answer = service.deadlines("佛山 质监局")
    assert answer.found and answer.total < whole.total
    assert answer.title.startswith("佛山市 · ") and "质监局" in answer.title
    assert answer.title.endswith("期限") and "质监局" not in whole.title
    assert answer.narrowing  # each way it suggests to narrow the unit's list keeps the unit
    for example in answer.narrowing:
        command, words = example.split(" ", 1)
        narrowed = service.deadlines(words)
        assert command == "/deadlines" and "质监局" in words, example
        assert narrowed.found and narrowed.total < answer.total, example


# -- 5. a task line cut where a word ends ---------------------------------------------------------


def test_a_task_sentence_never_opens_with_the_tail_of_a_quotation() -> None:
    said = task_sentence("(六)示范活动 范”评比活动,将“示范”要求传导到企业。", "(六)示范活动")
    assert said == "评比活动,将“示范”要求传导到企业。"
    opened = task_sentence("(一)示范 “示范城市”建设立足于高标准", "(一)示范")
    assert opened == "“示范城市”建设立足于高标准"


def test_a_clipped_line_ends_after_a_phrase_or_a_whole_word() -> None:
    units = "建立由甲市发改局、甲市经信局、甲市财政局、甲市科技局、甲市人社局共同参与的协调机制"
    assert clip_at_boundary(units, 40) == "建立由甲市发改局、甲市经信局、甲市财政局、甲市科技局…"
    words = "将示范要求有效传导到企业的生产经营实践中并指导企业通过对标找差距促提升逐步接近标准水平"
    edges = vocabulary.word_edges(words)
    assert 22 not in edges  # where a plain cut at 23 characters (22 and …) would fall: 指|导
    clipped = clip_at_boundary(words, 23)
    assert clipped.endswith("…") and len(clipped) <= 23 and words.startswith(clipped[:-1])
    assert len(clipped) - 1 in edges
    assert clip_at_boundary("短句", 40) == "短句"
