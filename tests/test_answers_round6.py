"""Answers round 6: what a new user found asking ``policybot ask`` about the five seed plans."""

from __future__ import annotations

import re

import pytest

from policybot.bot import cli
from policybot.knowledge.database import make_engine
from policybot.knowledge.document_answers import _DISTRIBUTES
from policybot.knowledge.reward_claims import looks_like_calculation
from policybot.knowledge.search import place_names_starting
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import head_phrase, headed_by

NOW = "2018-03-01T09:00"


def ask(capsys: pytest.CaptureFixture[str], text: str, now: str = NOW) -> str:
    cli.main(["ask", "--now", now, text])
    return capsys.readouterr().out


@pytest.mark.parametrize("question", ["上海驰名商标奖励多少钱", "上海2018年要新增多少项标准?"])
def test_a_city_only_a_page_menu_names_is_not_a_place_the_store_covers(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    """The Wuhan page's menu links 上海自贸区政策汇编; that does not make 上海 a place of the
    store, so no other city's reward or target answers for it."""
    out = ask(capsys, question)
    assert out.count("未找到") == 1 and "部分相符" not in out
    assert "上海" in out and "万元" not in out and "项 " not in out


@pytest.mark.parametrize(
    "question",
    ["湖州2018年卓越绩效企业要多少家", "湖洲2018年卓越绩效企业要多少家", "/targets 湖州 卓越 2018"],
)
def test_the_item_whose_counted_noun_was_asked_leads(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    """…导入卓越绩效管理企业 300家 counts the firms asked about; …培育企业实现导入卓越绩效管理
    全覆盖 50家 counts 培育企业, and 卓越绩效 is only what they must adopt."""
    out = ask(capsys, question)
    if question.startswith("/"):
        # A list of different targets is counted (答: 共 N 项, newcomer trial); the item asked
        # about is its first line.
        assert out.splitlines()[1].startswith("答: 共 ")
        assert out.splitlines()[3].startswith("1) 300家 ")
    else:
        assert "答: 300家" in out
    assert out.index("300家") < out.index("50家")


def test_head_phrase_is_what_follows_the_last_verb() -> None:
    assert headed_by("新增导入卓越绩效管理企业", ["卓越绩效", "企业"])
    assert not headed_by("培育企业实现导入卓越绩效管理全覆盖", ["卓越绩效", "企业"])
    assert head_phrase("卓越绩效管理模式培训") == "卓越绩效管理模式培训"


def test_a_place_the_gazetteer_knows_is_never_spell_corrected() -> None:
    """A store whose documents write a word that sounds like a county (龙由县, made up here)
    must not turn the county typed in a question into it: 龙游县 is a place, not a slip."""
    frequency = {"龙由县": 3, "龙由": 5, "卓越绩效": 9}
    texts = ["龙由县的企业", "卓越绩效"]
    guarded = Speller(frequency, texts, names_starting=place_names_starting)
    assert Speller(frequency, texts).correct("龙游县的企业能拿吗") == "龙由县的企业能拿吗"
    assert guarded.correct("龙游县的企业能拿吗") == "龙游县的企业能拿吗"
    assert guarded.correct("龙游的企业能拿吗") == "龙游的企业能拿吗"
    assert guarded.correct("卓越积效企业") == "卓越绩效企业"  # slips elsewhere are still fixed


def test_the_store_speller_keeps_place_names(seeded_url: str) -> None:
    engine = make_engine(seeded_url)
    try:
        index = QueryService(engine).index.current()
        assert (
            index.speller.correct("龙游县的企业能拿衢州这些奖励吗")
            == "龙游县的企业能拿衢州这些奖励吗"
        )
        assert index.speller.correct("湖洲的目标") == "湖州的目标"
    finally:
        engine.dispose()


def test_a_total_asked_of_several_achievements_is_calculated(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No counts written, a total asked for: one of each, added up, as the chat does it."""
    out = ask(capsys, "我们公司新获得浙江名牌产品和驰名商标,衢州一共能拿多少?")
    assert "合计: 130万元" in out
    assert "著名商标 ×" not in out and "功能" not in out


def test_policybot_ask_and_the_chat_route_a_sum_the_same_way(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    question = "我们主导制定了1项国际标准、新获中国驰名商标1件,衢州能拿多少?"
    out = ask(capsys, question)
    assert "合计: 200万元" in out and "未找到" not in out
    assert looks_like_calculation(question)
    # A lookup stays a lookup: one achievement, no sum asked for.
    assert not looks_like_calculation("驰名商标奖励多少钱")
    assert not looks_like_calculation("浙江名牌产品和驰名商标奖励多少钱")


def test_asking_for_a_total_is_never_spell_corrected(seeded_url: str) -> None:
    engine = make_engine(seeded_url)
    try:
        speller = QueryService(engine).index.current().speller
        for question in ("衢州一共能拿多少", "总共能拿多少钱", "合计能拿多少"):
            assert speller.correct(question) == question
    finally:
        engine.dispose()


@pytest.mark.parametrize("question", ["衢州奖励能重复拿吗", "衢州的奖励可以叠加吗"])
def test_whether_rewards_add_up_is_answered_by_the_conditions(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], question: str
) -> None:
    """Not the twenty rewards: the document writes no 就高不重复, so that is 未找到 rather than
    invented, and what it does write leads — the cap on the total, then the scope."""
    out = ask(capsys, question)
    assert out.splitlines()[1].startswith("未找到:原文没有写明奖励能否重复享受")
    assert "100万元" not in out and "共 20 项" not in out
    cap = out.index("总额不超过企业当期纳税总额地方留存部分")
    assert cap < out.index("适用于")


def test_a_stopped_document_is_named_with_the_day_it_stopped(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ask(capsys, "衢政发〔2007〕47号还有效吗?")
    headline = out.splitlines()[1]
    assert headline.startswith("答: 已停止执行")
    # The stopped document by its own title, and the day the new one took over.
    assert "若干意见》(衢政发〔2007〕47号)" in headline and "2017-12-27" in headline
    assert "同时停止执行" in out  # cited by the sentence that stops it
    assert "成文: 2017-11-27" not in out


@pytest.mark.parametrize(
    ("now", "expected"),
    [("2018-03-01T09:00", "现仍在规划期内(至2019年底)"), ("2020-03-01T09:00", "已于2019年底期满")],
)
def test_validity_without_a_validity_clause_is_read_from_the_plan_period(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], now: str, expected: str
) -> None:
    out = ask(capsys, "佛府办函〔2017〕388号还有效吗?", now=now)
    assert "未找到" not in out
    assert "规划期2017—2019年" in out and expected in out


def test_deadlines_read_time_words_as_questions_do(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = ask(capsys, "/deadlines 佛山")
    soon = ask(capsys, "/deadlines 佛山 快到期")
    assert "快到期" in soon.splitlines()[0] and len(soon) < len(everything)
    dates = re.findall(r"(?<!至)20\d\d-\d\d-\d\d", soon.split("\n", 2)[2])
    assert dates and all("2018-03-01" <= day <= "2018-06-01" for day in dates)
    this_month = ask(capsys, "/deadlines 南海 本月")
    assert "未找到" in this_month and "2018-03-01至2018-03-31" in this_month


def test_a_year_glued_to_the_name_is_read(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert ask(capsys, "/deadlines 佛山2019") == ask(capsys, "/deadlines 佛山 2019")
    assert "2019年到期" in ask(capsys, "/deadlines 佛山2019")
    assert ask(capsys, "/targets 湖州2018").startswith("湖州市 · 2018年 · 目标")


@pytest.mark.parametrize(
    "command",
    ["/deadlines 佛山 2018年年", "/deadlines 佛山 1e309", "/deadlines 佛山 2018 2019",
     "/targets 湖州 2018年年"],
)  # fmt: skip
def test_an_unreadable_or_second_year_is_refused_with_usage(
    seeded_cli: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    out = ask(capsys, command)
    assert "未找到" in out and "年份写 4 位数字" in out
    assert "答:" not in out


def test_targets_of_every_region_and_of_a_mistyped_one(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    every = ask(capsys, "/targets 全部")
    assert every.startswith("全部地区 · 目标") and "未找到" not in every
    assert ask(capsys, "/targets 全部 2018").startswith("全部地区 · 2018年 · 目标")
    # 湖洲 is corrected for a command as it is in a question, and the title says so (trial 39).
    slipped, typed_right = ask(capsys, "/targets 湖洲"), ask(capsys, "/targets 湖州")
    assert slipped.startswith("湖州市(按湖州查) · 目标"), slipped
    assert slipped.split("\n", 1)[1] == typed_right.split("\n", 1)[1]
    assert "\n1) 300家 " in ask(capsys, "/targets 湖洲 卓越 2018")
    assert "未找到" in ask(capsys, "/targets 火星")


def test_a_units_duties_are_one_answer_asked_or_commanded(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """/units 市质监局 and 市质监局负责哪些任务 are one need: one answer, one task a line,
    each task naming its items (not a bare heading with a count). Where offices of that name
    in two cities lead tasks, both ask which city (round 36: a phone does not read two cities'
    tasks merged); a city named, its tasks are listed."""
    asked = ask(capsys, "市质监局负责哪些任务")
    assert asked == ask(capsys, "/units 市质监局")
    assert "请说明是哪个地区" in asked.splitlines()[1]
    listed = ask(capsys, "/units 佛山 市质监局")
    assert "目标/事项: 牵头" in listed.splitlines()[1]
    assert "按任务分列" in listed.splitlines()[1]
    assert "60个以上 新增广东省名牌产品" in listed  # an item, in its words, with its task


def test_a_basis_answer_names_the_documents_not_the_covering_notice(
    seeded_cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ask(capsys, "湖州的计划依据哪些文件?")
    assert "浙政办发〔2014〕110号" in out.splitlines()[1]
    assert "印发给你们" not in out
    # The notice that hands a plan out is never read as its basis, whatever title it cites.
    assert _DISTRIBUTES.search("《某某计划》已经市政府同意,现印发给你们,请认真贯彻实施")
    assert not _DISTRIBUTES.search("为深入贯彻落实《某某意见》(某政发〔2014〕1号)的工作部署")
