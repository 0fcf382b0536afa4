"""Answers after the fresh batch qa34 (issue 12). A yearly notice is asked by the year its
title names (2031年度…考核结果的通报), not by the year another year's notice was issued in:
the 2030年度 notice, issued in 2031, is not the 2031年度 one. Words the plans list with a mark
between them (新建、续建项目), typed run together (新建续建项目), are no place, though the first
is a district's short name too (新建). 削减 is written 消减 too, and 基数 (the figure a cut is
measured from) 基值. A plan for one year (2031年度工作方案), on a page dated the next year, says
nothing of 2032年度. Every text is invented (made-up figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService


def _notice(year: int, number: str, issued: str) -> str:
    return f"""{number}《青海省人民政府办公厅关于{year}年度粮食生产目标考核结果的通报》
青海省人民政府办公厅
关于{year}年度粮食生产目标考核结果的通报
{number}
各市(州)、县(市、区)人民政府:
{year}年,各地各有关部门认真落实强农惠农政策,全省粮食总产达到{year - 1900}万吨,比上年增加3.2万吨。
按照《青海省粮食生产“丰收杯”奖励评选办法》,经严格考核评比,省政府决定授予海东市等8个县(市、区)人民政府{year}年度粮食生产“丰收杯”。
获得“丰收杯”的县(市、区)要珍惜荣誉,再接再厉,对获奖县每个奖励资金30万元,对新建市级粮食生产功能区的另给予10万元补助。
各地要于{year + 1}年6月底前将粮食生产功能区划定情况报省农业农村厅。
青海省人民政府办公厅
{issued}
"""


EARLIER = _notice(2030, "青办函〔2031〕9号", "2031年3月1日")
LATER = _notice(2031, "青办函〔2032〕4号", "2032年2月20日")
# A district's policies, which list new and continued projects with a mark between them (新建 is
# a district's short name; the notices above write 新建市级…, so 新建市 is a string of the store).
PROJECTS = """杭州市萧山区人民政府关于印发推动经济高质量发展若干政策的通知
萧政发〔2031〕6号
杭州市萧山区人民政府
2031年4月2日
一、扩大有效投资
1.强化财政资金保障。2031年,计划推进全区150个新建、续建项目,统筹谋划90个储备项目。
2.支持园区建设。对新认定的省级特色产业园,给予50万元一次性补助。
"""


# A province's plan for one year, published early the next (the page's date).
GREEN = """日期:2032-02-27 来源:青海省住房和城乡建设厅
为贯彻落实《青海省城市建设绿色发展三年行动方案》(青政发〔2030〕8号),制定2031年度工作方案如下:
一、工作目标
建立全省城市建设绿色发展指标体系,强化考核督办,推动城市建设转型升级。
二、重点任务
(一)统筹推进城市水环境治理。一是治污水。城市生活污水处理率达87%以上,排放符合国家标准要求。以2030年黑臭水体面积为基值,消减40%以上或基本消除黑臭水体。二是保供水。城市公共供水普及率稳定在97%以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("qa34"), EARLIER, LATER, PROJECTS, GREEN
    ) as service:
        yield service


def _ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_yearly_notice_is_asked_by_the_year_its_title_names(service: QueryService) -> None:
    reply = _ask(service, "青海2031年度粮食生产目标考核结果通报的文号是多少?")
    assert "青办函〔2032〕4号" in reply and "未找到" not in reply, reply


def test_a_yearly_notice_is_dated_by_the_year_its_title_names(service: QueryService) -> None:
    reply = _ask(service, "青海31年度粮食丰收杯的通报啥时候印发的?")
    assert "2032-02-20" in reply and "未找到" not in reply, reply


def test_words_listed_with_a_mark_typed_together_name_no_place(service: QueryService) -> None:
    reply = _ask(service, "萧山31年要推进几个新建续建项目?")
    assert "150个" in reply and "未找到" not in reply, reply


def test_a_cut_and_its_base_are_asked_in_other_words(service: QueryService) -> None:
    reply = _ask(service, "青海城市建设绿色发展那个方案,黑臭水体要削减多少,拿哪年当基数?")
    assert "40%以上" in reply and "部分相符" not in reply, reply


def test_a_years_plan_says_nothing_of_the_next_years(service: QueryService) -> None:
    reply = _ask(service, "青海城市建设绿色发展2032年度的工作方案,城市生活污水处理率定的多少?")
    assert "未找到" in reply and "87%" not in reply, reply
    reply = _ask(service, "青海城市建设绿色发展2031年度的工作方案,城市生活污水处理率定的多少?")
    assert "87%以上" in reply and "未找到" not in reply, reply
