"""Answers round 8 (issue 12): the remaining dev failures, by class — a question asked per piece
(一件…, 多久…一次), 最高奖多少, 各 left over from 各部门, 获得 implied by a reward, …. The store
holds invented documents (样板县, made-up units and sums)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

RULES = """样板县人民政府关于印发《样板县知识产权创造奖励办法》的通知
样政发〔2041〕4号
各乡镇人民政府,县政府各部门:
现将《样板县知识产权创造奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2041年3月9日
样板县知识产权创造奖励办法
第一条为鼓励知识产权创造,制定本办法。
第二条之一知识产权创造奖励对象为登记在本县的企业和社会团体。
第二条当年授权的发明专利每件奖励7万元,实用新型专利每件奖励0.3万元。
第三条对获得省级科创先锋奖、国家级科创先锋奖的单位,分别给予最高13万元、36万元的奖励。
第四条样板市知名商标奖励0.7万元。
第五条示范标准研制单位。
扶持标准:经认定的示范标准研制单位给予最高9万元扶持。
审核方式:专家会审制。
"""

TASKS = """样板县人民政府办公室关于印发2041年重点任务分解的通知
样政办〔2041〕6号
各乡镇人民政府,县政府各部门:
现将2041年重点任务分解印发给你们,并就有关事项通知如下:
一、各部门各单位要在每季度末,将本部门完成任务的进展情况书面报县督查室。
二、各乡镇要建成示范菜园12个。(牵头单位:县农业农村局)
样板县人民政府办公室
2041年2月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    asked = datetime(2041, 5, 1, 1, tzinfo=UTC)
    with invented_plans_service(
        tmp_path_factory.mktemp("round8"), RULES, TASKS, now=asked
    ) as service:
        yield service


def test_one_piece_asked_is_the_documents_each(service: QueryService) -> None:
    """一件发明专利奖多少: the rule says 每件; 一件 only carries the asking."""
    parsed = service.parse("样板县一件发明专利能奖多少钱啊")
    assert "一件" not in parsed.words
    reply = ask(service, "样板县一件发明专利能奖多少钱啊")
    assert "7万元" in reply and "部分相符" not in reply and "未找到" not in reply


def test_one_off_and_first_time_stay_words(service: QueryService) -> None:
    assert "一次性" in "".join(service.parse("样板县一次性奖励多少").words)


def test_how_often_once_and_each_left_alone(service: QueryService) -> None:
    """多久报一次: 一次 is the asking; 各 of 各部门 (部门 taken as a kind word) is no word."""
    parsed = service.parse("样板县各部门多久报一次任务进展?")
    assert "一次" not in parsed.words and not any("各" in w for w in parsed.words)
    reply = ask(service, "样板县各部门多久报一次任务进展?")
    assert "每季度" in reply and "部分相符" not in reply and "未找到" not in reply


def test_each_stays_with_a_place(service: QueryService) -> None:
    assert "各乡镇" in service.parse("样板县各乡镇要建成多少示范菜园").words
    # 各发 (each given): the distributive 各 of a sum tells 各发 from one town's 发给.
    assert any("各" in word for word in service.parse("样板县先进乡镇各发多少奖金").words)


def test_highest_reward_asked_as_zuigaojiang(service: QueryService) -> None:
    """最高奖多少: 最高 is the cap the rule writes beside the sum, 奖 the asking."""
    reply = ask(service, "我们公司在样板县获得了省级科创先锋奖,最高奖多少?")
    assert "13万元" in reply and "部分相符" not in reply and "未找到" not in reply


def test_got_a_title_is_implied_by_its_reward(service: QueryService) -> None:
    """拿了样板市知名商标的奖多少: a rule for the title, 获得 written or not, answers."""
    reply = ask(service, "样板县拿了样板市知名商标的奖多少")
    assert "0.7万元" in reply or "7000元" in reply
    assert "部分相符" not in reply and "未找到" not in reply


def test_an_abbreviation_before_de_is_read_whole() -> None:
    """行标的: jieba cuts 行 / 标的; the abbreviation ends before the particle all the same."""
    from policybot.knowledge.glossary import _replace_outside
    from policybot.knowledge.vocabulary import word_edges

    text = "主导制定行标的示范企业奖多少"
    assert "行业标准的" in _replace_outside(text, "行标", "行业标准", word_edges(text))
    inside = "浙江省标的奖励"  # 省标 starts inside 浙江省: no abbreviation
    assert _replace_outside(inside, "省标", "省级标准", word_edges(inside)) == inside


def test_a_county_typed_as_a_homophone_is_the_store_one() -> None:
    """样斑县 (a homophone slip of the store's 样板县) is read as it; a three-character word
    that is no place keeps needing both neighbours strange."""
    from policybot.knowledge.spelling import Speller

    speller = Speller({"样板县": 3, "奖励": 9, "示范": 5}, ["样板县奖励办法", "斑县奖励"])
    assert speller.correct("样斑县奖励多少") == "样板县奖励多少"


def test_who_qualifies_is_a_description_not_a_unit(service: QueryService) -> None:
    """奖励对象有哪些单位: the rule says who qualifies by a description, not by a unit's name."""
    parsed = service.parse("样板县知识产权奖励对象有哪些单位?")
    assert parsed.asks == "what"
    reply = ask(service, "样板县知识产权奖励对象有哪些单位?")
    assert "登记在本县的企业" in reply and "未找到" not in reply and "部分相符" not in reply
    assert service.parse("样板县示范菜园由哪些单位负责?").asks == "who"


def test_the_line_after_a_reward_rule_answers_how_it_is_run(service: QueryService) -> None:
    """示范标准扶持的审核方式: the line after the reward says it, without saying 奖 itself (it
    is a candidate; how sure the answer is depends on where the rest of the words stand)."""
    reply = ask(service, "样板县示范标准扶持的审核方式是什么?")
    assert "专家会审制" in reply
