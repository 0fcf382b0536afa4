"""Answers round 28 (issue 12): a question whose only subject words are ones jieba calls verbs
(就业, 增长, 新增) still has a subject — a list of the year's other items is no answer when no plan
in scope writes it. Invented text, real place names (so that the places are recognised)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

ASKED = datetime(2033, 6, 1, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A province's quota notice: its cities' shares of one kind of item, nothing about jobs.
QUOTAS = """江西省人民政府办公厅关于下达2033年农产品冷链仓储设施建设任务的通知
赣府办字〔2033〕7号
各设区市人民政府:
2033年全省新建冷链仓储设施30座,其中南昌市8座、赣州市9座、九江市7座、上饶市6座。
江西省人民政府办公厅
2033年2月8日
"""

# Another province's plan that does speak of jobs: the store knows the word.
JOBS = """湖南省人民政府关于印发2033年全省民生实事工作方案的通知
湘政发〔2033〕3号
各市州人民政府,省政府各厅委、各直属机构:
一、2033年全省城镇新增就业70万人以上。
二、2033年全省新改建农村公路5000公里。
湖南省人民政府
2033年1月20日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round28")
    with invented_plans_service(Path(folder), QUOTAS, JOBS, now=ASKED) as service:
        yield service


def test_a_subject_jieba_calls_a_verb_is_not_answered_by_the_years_other_items(
    service: QueryService,
) -> None:
    # 就业, 增长: words of the subject no plan of 赣州's year writes; the cold-storage quotas
    # were listed as 赣州's 2033 targets
    for question in (
        "赣州市2033年就业目标是多少?",
        "赣州2033年增长目标是多少?",
        "赣州市2033年有哪些就业目标?",
    ):
        reply = _ask(service, question)
        assert REFUSAL in reply and "冷链" not in reply, reply


def test_the_years_items_are_still_listed_when_asked_for(service: QueryService) -> None:
    # nothing but the year's targets asked: listed, the city's own row of the province's table
    # only (not 南昌's 8座)
    reply = _ask(service, "赣州市2033年有哪些目标?")
    assert "9座" in reply and "8座" not in reply and REFUSAL not in reply, reply
    # a verb of doing says nothing of the subject
    reply = _ask(service, "赣州市2033年要完成哪些目标?")
    assert "9座" in reply and REFUSAL not in reply, reply
    # the subject the plan does write is answered
    reply = _ask(service, "湖南2033年就业目标是多少?")
    assert "70万人" in reply and REFUSAL not in reply, reply


# A city plan whose figures a question may ask with a pinyin slip that is itself a word.
PLAN = city_plan(
    """一、主要目标
到2033年,全市商标有效注册量达到2600件以上,地理标志产品达到12个。
二、监督检查
各县每年检查获证企业数不少于:青山县30家、白水县25家。(牵头单位:市市场监管局)
"""
)


@pytest.fixture(scope="module")
def plan_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round28_slips")
    with invented_plans_service(Path(folder), PLAN, now=ASKED) as service:
        yield service


def test_a_slip_typing_another_word_of_the_same_sound_is_answered(
    plan_service: QueryService,
) -> None:
    # 注测量 (测量 is a word) for 注册量, 检察 (a word) for 检查: the sentence says the word
    # with one character of the same sound; the answer is no partial match
    for question, value in (
        ("示范市商标有效注测量到2033年要达到多少件?", "2600件"),
        ("示范市白水县每年检察获证企业不少于几家?", "25家"),
    ):
        reply = _ask(plan_service, question)
        assert value in reply and "仅供参考" not in reply and REFUSAL not in reply, reply
