"""Answers after the fresh batch qa42 (issue 12): the words people use. A portal's header that
writes the validity with its 已 (有效性已失效公开日期:…) says whether the document still holds; a
homophone slip before the particle 的 (部门印法的) is corrected, a scrap of segmentation (法的) no
word that keeps it; 分几个步骤 is answered by the sentence counting the steps (分四个步骤); and
除了奖钱还发啥 asks what is granted beside the money (a plaque, a title), not the sum; of two
figures of one sentence (确保新增12家…实现新增30家的倍增目标) the goal asked by name leads; an
aim asked for a year (到2035年要达到多少) is neither the plan's title line (its years date it) nor
its account of where things stand (概况 / 治理现状). Every
text is invented (made-up places, figures and offices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import common_word

# A town's plan as a portal shows it: the header block ran its fields together on each line.
TOWN_PLAN = """文件名称中共南溪镇委员会南溪镇人民政府关于创建省级绿色生态示范镇实施方案
索引号 ZJZF-nxz-2031-0101公开目录:信息公开
文号南发〔2031〕7号成文日期:2031年03月02日
有效性已失效公开日期:2031-03-05 10:00

中共南溪镇委员会南溪镇人民政府关于创建省级绿色生态示范镇实施方案

各村党支部、村委会、驻镇各单位:

一、工作目标

本方案的实施范围为南溪镇行政辖区,总面积为86平方公里。

二、实施步骤

方案分三个步骤进行实施:

第一步:2031年3月1日--3月20日,申报省级绿色生态示范镇。
"""

# A county's rule granting a plaque with its money, then money alone per step above it.
TAX_RULE = """北岭县骨干企业纳税奖励办法
为了培植壮大骨干企业,特制定本办法。
一、本办法适用于全县纳税的各类企业。
二、凡当年上缴税金总额达到200万元及以上的企业,由县人民政府颁发“纳税大户”奖牌,并一次性奖励人民币2万元;上缴税金每超200万元,奖励人民币8000元,每户企业奖金总额不超过8万元。
三、凡当年上缴税金达到80万元的企业,一次性奖励人民币6000元。
四、上述奖金由县财政支出。
北岭县人民政府
2031年2月1日
"""


# A city's plan setting a floor and a goal of the same count in one sentence.
LISTING_PLAN = """南屏市人民政府办公厅关于印发南屏市上市企业三年倍增行动计划(2031-2033年)的通知
南政办发〔2031〕9号
各区人民政府,市政府各部门:
现将《南屏市上市企业三年倍增行动计划(2031-2033年)》印发给你们,请认真贯彻执行。
南屏市人民政府办公厅
2031年4月2日
南屏市上市企业三年倍增行动计划(2031-2033年)
一、工作目标
2031-2033年,全市境内外上市公司在确保新增12家的基础上,全力以赴实现新增30家的倍增目标,总数突破90家。
"""


# A city's plan whose excerpt ends in its account of where things stand: no aim for its last year.
SEWAGE_PLAN = """南屏市人民政府关于印发南屏市农村生活污水治理实施方案(2031—2035年)的通知
南政字〔2031〕12号
各县(市、区)人民政府,市政府有关部门:
现将《南屏市农村生活污水治理实施方案(2031—2035年)》印发给你们,请认真贯彻执行。
南屏市人民政府
2031年5月6日
南屏市农村生活污水治理实施方案(2031—2035年)
一、概况
(一)治理现状。全市共有900个行政村,已完成生活污水治理的行政村有120个,占13.3%,北岭区治理率达到30%以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa48")
    with invented_plans_service(folder, TOWN_PLAN, TAX_RULE, LISTING_PLAN, SEWAGE_PLAN) as service:
        yield service


def test_a_header_writing_the_validity_with_its_yi_says_it_lapsed(service: QueryService) -> None:
    reply = ask(service, "南溪镇那个绿色生态示范镇方案现在还有效吗?")
    assert "已失效" in reply and "没有写明" not in reply


def test_a_count_of_steps_is_answered_by_the_sentence_counting_them(
    service: QueryService,
) -> None:
    reply = ask(service, "南溪镇创建省级绿色生态示范镇分几个步骤?")
    assert "三个步骤" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_what_is_granted_beside_the_money_is_the_plaque(service: QueryService) -> None:
    reply = ask(service, "我们企业在北岭县,当年交税超过200万,县里除了奖钱还发啥?")
    assert "纳税大户" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_the_goal_named_is_the_later_figure_of_its_sentence(service: QueryService) -> None:
    reply = ask(service, "南屏上市公司倍增目标到底是新增几家啊?")
    assert "30家" in reply and "未找到" not in reply
    assert "12家" in ask(service, "南屏2031-2033年境内外上市公司要确保新增多少家?")


def test_an_aim_for_a_year_is_not_the_title_or_where_things_stand(service: QueryService) -> None:
    reply = ask(service, "南屏农村生活污水治理到2035年治理率要达到多少?")
    assert "答:" not in reply and ("未找到" in reply or "仅供参考" in reply)
    # Where things stand is still the answer when that is what is asked.
    reply = ask(service, "南屏已经完成生活污水治理的行政村有多少个?")
    assert "120个" in reply and "未找到" not in reply


def test_a_slip_before_the_particle_is_corrected_past_a_scrap_of_segmentation() -> None:
    # The store's segmentation left a scrap 法的 (two sentences in a hundred); 印发 is a word.
    speller = Speller(
        {"印发": 120, "法的": 2, "部门": 80, "办法": 40, "发展": 60},
        ["本办法由市政府办公室印发", "各部门印发的通知", "推动发展", "依照办法的规定"],
        common=common_word,
    )
    assert speller.correct("这个意见是哪个部门印法的") == "这个意见是哪个部门印发的"
    # A word of the language with the particle (目的) is still a word: nothing is touched.
    assert speller.correct("这个办法的目的是什么") == "这个办法的目的是什么"
