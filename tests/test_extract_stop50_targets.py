"""Stop 50's target rules (corpus/unseen/FAILURES.md "Stop 50", T50-n), on invented text: results
written as past counts are no goals (attack51 M3: "今年以来新增…", "近三年来累计培育…", "已累计…"
governing a list), and a goal about things already there ("力争…已有…达到", attack51 M4) is a goal.

Every text is a short synthetic text written for the rule; places, years and figures are invented.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text

_PLAN_HEAD = "青禾县质量提升三年行动方案(2031—2033年)\n全县新建农村公路100公里。\n"


def _values(line: str) -> set[float]:
    text = _PLAN_HEAD + line + "\n"
    return {record.value for record in extract_text(text, "x.txt").targets} - {100}


@pytest.mark.parametrize(
    "line",
    [
        "全县今年以来新增驰名商标2件。",
        "全县近三年来累计培育规上企业40家。",
        "我县高度重视品牌建设,今年以来新增驰名商标2件,省著名商标6件。",
        "全县已累计培育国家级品牌5个、省级品牌20个。",
        "我县已累计建成示范基地12个,其中省级3个。",
    ],
)
def test_a_result_looked_back_on_is_no_goal(line: str) -> None:
    """T50-1 / T50-3 (attack51 M3): a span looked back on inside the sentence, or a 已-word of a
    result before a list, makes every figure after it a result."""
    assert _values(line) == set()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("今年以来新增驰名商标2件,全县力争新增省级名牌5个。", {5}),
        ("全县今年以来新增驰名商标2件,力争全年新增5件。", {5}),
        ("力争到2033年新增省级品牌30家,目前已有20家。", {30}),
        ("全县累计培育规上企业达到60家。", {60}),
    ],
)
def test_a_goal_after_a_result_stays(line: str, kept: set[float]) -> None:
    """T50-1 / T50-3 guards: a future marker after the look back makes the rest a goal again;
    a 累计 total with no past marker is a goal."""
    assert _values(line) == kept


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("力争到2033年,全县已有规上工业企业中80%以上达到质量管理体系认证。", {80}),
        ("力争全县已有的省级名牌产品企业30家达到卓越绩效标准。", {30}),
        ("确保已认定的示范企业达到50家。", {50}),
        ("到2033年,力争已有的规上企业全部通过认证,已认证企业达到200家。", {200}),
    ],
)
def test_a_goal_about_things_already_there_is_a_goal(line: str, kept: set[float]) -> None:
    """T50-2 (attack51 M4): 力争/确保 before the 已-word and a verb of reaching after it."""
    assert _values(line) == kept


@pytest.mark.parametrize(
    "line",
    ["全县已有80%以上的企业达到标准。", "全县已建成示范基地12个。"],
)
def test_a_status_with_a_done_word_stays_no_goal(line: str) -> None:
    """T50-2 guard: without a future marker a 已-word states where things stand."""
    assert _values(line) == set()


def test_an_attributive_done_word_governs_nothing_after_it() -> None:
    """T50-3 guard: "对已达标的村进行提档升级,…比例达到50%以上": the 已-phrase names things."""
    line = "对2031年已达标的村进行提档升级,全面完成整治,提档升级村比例达到50%以上。"
    assert _values(line) == {50}


def test_a_count_of_what_there_is_governs_its_list() -> None:
    """T50-3 (a dev notice's form): "截至目前…中,共有A9件,B45件": both are counts of what there is."""
    line = "截至目前全县的2万件注册商标中,共有驰名商标9件,省著名商标45件。"
    assert _values(line) == set()


def test_a_goal_about_what_there_is_now_is_a_goal() -> None:
    """T50-2 with 现有: "力争现有规上企业中80%以上达到…认证"."""
    assert _values("力争现有规上企业中80%以上达到质量管理体系认证。") == {80}


def test_a_days_event_is_no_goal() -> None:
    """T50-4: a sentence opened on a day reports that day's event; a later clause with 要求…
    and a day with 前 still date a goal."""
    assert _values("2031年11月1日,青禾县统筹整合涉农资金300万元。") == set()
    assert _values("2031年11月1日,县政府召开会议,要求全县新增规上企业20家。") == {20}
    assert _values("2031年11月1日前,全县新增规上企业20家。") == {20}
