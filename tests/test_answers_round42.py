"""Answers round 42 (issue 12): a plan whose text never says its place answers a time question
about a place only a province's notice names (the notice matched in part), and a 多少钱
question is not answered by a sentence whose only sums are bars to clear or the question's own.
Every text is invented (made-up figures, numbers and titles)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.fits import passage_fits
from policybot.knowledge.passages import PassageText
from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 9, 15, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A province's notice that names a city of it, but says nothing of its lists.
PROVINCE = """陕西省人民政府关于表彰2030年环境治理先进单位的通报
陕政发〔2031〕5号
各市人民政府,省政府各部门:
经省政府同意,对考核等级为优秀的宝鸡市奖励200万元。
对考核等级为良好的宝鸡市环保局奖励50万元,奖金用于宝鸡市环境治理。
宝鸡市要巩固治理成果,宝鸡市各县区要加强监管。
陕西省人民政府
2031年3月2日
"""

# Another place's notice that publishes lists, dated in no month asked.
ELSEWHERE = """样板市人民政府办公厅关于公布2035年目标任务分解清单的通知
近日,样板市人民政府办公厅印发通知,公布《2035年目标任务分解清单》。
一、全市新增规模以上工业企业40家,2035年12月底前完成。(牵头单位:市工信局)
样板市人民政府办公厅
2035年1月8日
"""

# A plan that never names its place: its lists fall due next month.
UNPLACED = """坚持系统集成,推动审批全链条最佳化
一、全面实施审批事项清单管理
依据国家和省审批事项清单,2031年10月底前编制并公布市、县两级审批事项清单,将审批事项全部纳入清单管理。(牵头单位:市政府办公室)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round42")
    with invented_plans_service(Path(folder), PROVINCE, ELSEWHERE, UNPLACED, now=ASKED) as service:
        yield service


def test_unplaced_plan_answers_where_a_province_notice_only_names_the_city(
    service: QueryService,
) -> None:
    reply = _ask(service, "宝鸡下个月底前要公布什么清单?")
    assert "审批事项清单" in reply, reply
    assert "不一定是" in reply, reply


def _money(text: str) -> ParsedQuestion:
    return ParsedQuestion(
        text=text, reading=text, asks=Asks.MONEY, topic_kind=None, topic="引荐", words=("引荐",)
    )


def _sentence(text: str) -> PassageText:
    return PassageText(
        text=text,
        section=None,
        heading=None,
        lead_units=(),
        support_units=(),
        start=0,
        paragraph_start=0,
        years=frozenset(),
    )


def test_bars_to_clear_and_the_questions_own_sums_are_no_sum_paid() -> None:
    parsed = _money("引进一个800万以上的项目,引荐人给多少奖?")
    bars = _sentence("引进固定资产投入800万元以上的工业项目,给予项目引荐人信息奖")
    assert not passage_fits(bars, parsed)
    paid = _sentence("每引进固定资产投入800万元以上工业项目,奖励3000元")
    assert passage_fits(paid, parsed)
    # Asked for the bar itself, a bar is the answer.
    assert passage_fits(bars, _money("引进项目投资多少以上才有引荐奖?"))


# A pasted page: its title bar and its heading write the same line twice at the top.
DOUBLED = """样板县第五章:知识产权贯标奖励8万元
样板县第五章:知识产权贯标奖励8万元
第五章 商标专利创造奖励
第十二条 当年通过国家标准《企业知识产权管理规范》认证并获得《知识产权管理体系认证证书》的县属企业奖励8万元。
第十三条 当年授权的发明专利每件奖励2万元。
"""


# A portal page of a covering notice: its title line, its addressees, then what they are to do.
COVERING = """当前位置:首页
样政发〔2031〕3号关于印发2031年样板县政府重要工作事项责任分工的通知
各镇政府,各街道办事处,各管委会,县政府各部门:
为全面完成县人大确定的各项任务,县政府研究确定了《2031年样板县政府重要工作事项责任分工》,现印发给你们,请根据承办要求,制定实施方案,层层落实责任,确保各项任务落到实处。
样板县人民政府
2031年2月10日
2031年样板县政府重要工作事项责任分工
一、新建村级光伏电站8座,2031年底前完成。(牵头单位:县农业局)
二、新增规模以上工业企业12家,2031年底前完成。(牵头单位:县工信局)
"""


@pytest.fixture(scope="module")
def doubled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round42_doubled")
    with invented_plans_service(Path(folder), DOUBLED, PROVINCE, now=ASKED) as service:
        yield service


def test_title_written_twice_at_the_top_is_no_sentence(doubled: QueryService) -> None:
    reply = _ask(doubled, "样板县知识产权贯标奖励8万元是给什么企业的?")
    assert "县属企业" in reply, reply


@pytest.fixture(scope="module")
def covering(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round42_covering")
    with invented_plans_service(Path(folder), COVERING, ELSEWHERE, now=ASKED) as service:
        yield service


def test_what_to_do_on_a_notice_is_its_covering_request_not_its_addressees(
    covering: QueryService,
) -> None:
    reply = _ask(covering, "我们是样板县的一个街道办,收到责任分工通知后要做啥?")
    assert "制定实施方案" in reply, reply
    assert "部分相符" not in reply, reply
