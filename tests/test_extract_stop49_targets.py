"""General rules for the target classes that cost the validation split most at stop 49
(benchmarks.extraction_misses; corpus/unseen/FAILURES.md "Stop 49: target generality"): figures
left without any deadline in a text whose plan period was not read ("value found,
deadline_year(predicted empty) differs", T49-1), and figures of a reward rule read as goals
("predicted: gold section empty / no gold counterpart", T49-2).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; places, years and figures are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract.pipeline import extract_text

_ONE_YEAR_EXCERPT = (
    "青禾县农业农村局重点工作\n"
    "做好2031年度农业农村工作。全县新增高标准农田5000亩,新建农村公路40公里。\n"
)


def _deadlines(text: str) -> dict[float, date | None]:
    return {record.value: record.deadline for record in extract_text(text, "x.txt").targets}


def test_a_text_writing_one_year_dates_its_undated_figures() -> None:
    """T49-1: no period, no horizon, no 落款: the one year the text writes is the plan's."""
    assert _deadlines(_ONE_YEAR_EXCERPT) == {5000: date(2031, 12, 31), 40: date(2031, 12, 31)}


def test_a_year_looked_back_on_or_a_second_year_dates_nothing() -> None:
    """T49-1 guards: a year already reached ("2030年已达标") is no plan year; two years written
    leave the plan's year unknown."""
    past = "青禾县重点工作\n对2030年已达标的村进行提档升级。全县新增高标准农田5000亩。\n"
    two = "青禾县重点工作\n在2030年工作的基础上,做好2031年度工作。全县新增高标准农田5000亩。\n"
    assert _deadlines(past) == {5000: None}
    assert _deadlines(two) == {5000: None}


def test_a_cited_events_year_or_one_before_the_signing_dates_nothing() -> None:
    """T49-1 guards (attack51 H1): the year of an event the plan carries out ("为贯彻落实2029年
    全省质量大会精神") is the event's, and a plan signed in 2031 is never due in 2029: with no
    year of its own the figure stays undated; signed in 2031 it is that year's (D50-3, FAILURES
    "Stop 50 — dating convention")."""
    cited = "青禾县质量提升方案\n为贯彻落实2029年全省质量大会精神,制定本方案。全县新增省级名牌产品5个。\n"
    signed = (
        "青禾县质量提升方案\n青县政办发〔2031〕12号\n青禾县人民政府办公室\n2031年6月8日\n"
        "为推进2029年全省质量大会部署的工作,制定本方案。全县新增省级名牌产品5个。\n"
    )
    assert _deadlines(cited) == {5: None}
    assert _deadlines(signed) == {5: date(2031, 12, 31)}


def test_a_signing_date_is_not_the_year_written() -> None:
    """T49-1 guard: a full date ("2031年3月5日", a 落款) says when, not by when: it is no year
    the text writes (an undated figure in a 2031 text writing 2032 is 2032's); with no other year
    the signing year dates the figure as the document's own (D50-3)."""
    text = "青禾县重点工作\n全县新增高标准农田5000亩。\n青禾县农业农村局\n2031年3月5日\n"
    assert _deadlines(text) == {5000: date(2031, 12, 31)}
    later = text.replace("全县新增", "做好2032年度工作,全县新增")
    assert _deadlines(later) == {5000: date(2032, 12, 31)}


_REWARD_RULE = (
    "青禾县工业企业奖励办法\n"
    "第一条 为鼓励企业做大做强,结合本县实际,制定本办法。\n"
    "第二条 对新获得中国驰名商标的企业,一次性奖励50万元。\n"
    "第三条 对新获得省著名商标的企业,一次性奖励10万元。\n"
    "第四条 对新认定为国家高新技术企业的,一次性奖励20万元。\n"
)


def test_a_reward_rules_undated_counts_are_no_goals() -> None:
    """T49-2: in a text paying three rewards, how many a prize goes to is no goal."""
    text = _REWARD_RULE + "第五条 评选“青禾工匠”奖10名。\n第六条 县长质量奖每年评选5名。\n"
    extraction = extract_text(text, "x.txt")
    assert len(extraction.rewards) == 3
    assert extraction.targets == []


def test_a_reward_rules_money_and_dated_goals_stay() -> None:
    """T49-2 guards: money the rule sets aside, a goal under a goals heading and a goal with its
    own year are the document's commitments."""
    undated = (
        "一、工作目标\n全县培育规模以上工业企业20家。\n二、奖励标准\n"
        + _REWARD_RULE.split("\n", 2)[2]
        + "县财政每年安排300万元专项资金用于兑现奖励。\n"
    )
    dated = _REWARD_RULE + "第五条 到2033年,全县培育规模以上工业企业20家。\n"
    assert {record.value for record in extract_text(undated, "x.txt").targets} == {20, 300}
    assert {record.value for record in extract_text(dated, "x.txt").targets} == {20}


def test_a_plan_with_fewer_rewards_keeps_its_undated_goals() -> None:
    """T49-2 guard: two rewards in a plan do not make it a reward rule."""
    text = (
        "青禾县工业发展意见\n"
        "全县培育规模以上工业企业20家。\n"
        "对新获得中国驰名商标的企业,一次性奖励50万元。\n"
        "对新获得省著名商标的企业,一次性奖励10万元。\n"
    )
    assert 20 in {record.value for record in extract_text(text, "x.txt").targets}


_PLAN_HEAD = "青禾县现代农业发展三年行动方案(2031—2033年)\n全县新建农村公路100公里。\n"


@pytest.mark.parametrize(
    "line",
    [
        "2030年,全县完成造林面积5万亩。",  # a year before the plan's first (unsigned)
        "全县已完成农村改厕1.5万户。",
        "全县完成了农村改厕1.5万户。",
        "今年以来,全县新建农村公路30公里。",
        "过去三年,全县新建农村公路300公里。",
        "目前,全县农村生活污水治理率为60%。",
    ],
)
def test_a_figure_of_the_past_is_no_goal(line: str) -> None:
    """T49-3: results and where things stand (a year before the plan, 已/了 on the verb, a sentence
    opened on a span looked back on or on 目前) commit to nothing."""
    values = {record.value for record in extract_text(_PLAN_HEAD + line + "\n", "x.txt").targets}
    assert values == {100}


def test_a_level_changed_from_a_years_value_is_due_at_the_plan_end() -> None:
    """T49-3: "由2030年的60%提高到80%": 60% and its year are where the change starts."""
    line = "全县农村生活污水治理率由2030年的60%提高到80%。\n"
    assert _deadlines(_PLAN_HEAD + line) == {100: date(2033, 12, 31), 80: date(2033, 12, 31)}


def test_goals_after_a_look_back_or_with_a_future_word_stay() -> None:
    """T49-3 guards: a goal whose sentence opens on 目前 but says 力争, and a goal in the plan's
    own first year, are goals."""
    text = _PLAN_HEAD + "目前,全县力争农村生活污水治理率达到80%。\n2031年,全县完成造林5万亩。\n"
    assert _deadlines(text) == {
        100: date(2033, 12, 31),
        80: date(2033, 12, 31),
        5: date(2031, 12, 31),
    }


def test_the_size_of_the_place_is_no_goal() -> None:
    """T49-4: "总面积…, 总人口…" describes the place; "常住人口控制在…以内" is a goal."""
    text = _PLAN_HEAD + "全县总面积1200平方公里,总人口50万人。\n全县常住人口控制在60万人以内。\n"
    assert {record.value for record in extract_text(text, "x.txt").targets} == {100, 60}
