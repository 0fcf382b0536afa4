"""Answers after the fresh batch qa37 (issue 12). 比上年 / 较去年 is the base a figure is compared
with, never when the question is about; 一栋楼, 一家企业 is the asker's article, never a word the
plan must write; 十一五 names the 第十一个五年规划 of a title; a document's own region named with
its province (南林省北原市, as a page's 发布部门 writes it) answers to the place's own name; a
term a rule defines (本办法所称X指…, …(以下简称“X”)) asked with 指哪些 is answered by that sentence;
the asker's spoken verb (评个, 评出来) is no word a sentence must write; 县区 is a title's 县(区);
a plan made under 县政府关于…的通知, named without 《》, was made under that notice; 从哪个月到哪个月
asks a date (a stage's months).
Every text is invented (made-up places, figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService

TOWERS = """青禾区进一步加强楼宇经济若干措施
北原市青禾区人民政府办公室
2030年5月6日
一、培育楼宇税源。对单栋楼宇年度经济贡献2000万元(含)以上,且比上年度增幅达15%(含)以上的,给予楼宇业主一次性奖励30万元。
二、支持入驻企业。对入驻楼宇的服务业企业年度经济贡献超500万元的,按其增幅部分的30%给予奖励。
"""

ELEVENTH = """北原市政府关于分解落实《北原市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知
发布部门: 南林省北原市人民政府
发布文号: 北政发[2006]88号
各区县人民政府,市府各委办局:
为切实做好《纲要》实施工作,市政府决定将《纲要》提出的主要目标和任务分解落实到各区县政府、各部门。
一、分工原则
(一)明确政府职责。对主要依靠市场主体自主行为实现的目标和任务不作分解。
(二)落实责任主体。将耕地保有量、单位地区生产总值能源消耗两个约束性指标直接分解落实到区县。
二、主要目标
到2010年,全市单位地区生产总值能源消耗比2005年降低20%。
到2010年,每个街道建成一栋社区服务综合楼。
"""

TWELFTH = """北原市政府关于分解落实《北原市国民经济和社会发展第十二个五年规划纲要》主要目标和任务的通知
北原市人民政府
北政发〔2011〕45号
各区县人民政府,市府各委办局:
为切实做好《纲要》实施工作,市政府决定将《纲要》提出的主要目标和任务分解落实到各区县政府、各部门。
一、分工原则
将万元地区生产总值用水量指标直接分解落实到各区县水务部门。
二、主要目标
到2015年,全市万元地区生产总值用水量比2010年下降25%。
北原市人民政府
2011年6月2日
"""

SPORTS = """北原市运动员参加重大比赛奖励暂行办法
第一条为激励运动员、教练员在重大体育赛事及南林省重要赛会上取得优异成绩,结合本市实际,制定本办法。
第二条本办法所称重大体育赛事指洲际运动会、全国运动会;南林省重要赛会指省运动会。
第三条本办法适用于在北原市注册的运动员、教练员(以下简称“参赛人员”)。
第四条运动员在洲际运动会上获得金牌给予20万元奖励,在省运动会上获得金牌给予3万元奖励。
北原市人民政府
2031年6月1日
"""

SPORTS_TASKS = """北原市体育局关于印发2031年度对县(区)体育局工作目标任务的通知
一、群众体育
全民健身活动参与人数增长8%以上。
二、竞技体育
在全国运动会上获得金牌的运动员、教练员授予市劳动模范荣誉称号。
三、考核评价。根据《北原市体育工作考核办法》(北体发〔2030〕7号),评定年度先进单位。
北原市体育局
2031年2月3日
"""

# A plan made under a notice its page names without 《》, its number mangled (政20314号).
PARK = """青松公园改造工程实施方案
为加快城市基础设施建设,根据县政府关于2031年实施20项民生工程的通知(政20314号)精神,按照有关规定和要求,制定本实施办法。
一、目标任务
4月底完成附属工程建设,11月底前整个工程完工。
二、计划管理
3月底前完成附属工程规划设计;6月份主体工程动工兴建。
"""

STAGES = """北原市品质提升行动计划(2031—2033年)
北原市人民政府
2031年3月2日
一、工作步骤
(一)启动阶段(2031年3月—2031年6月)
明确目标任务,全面部署提升行动。
(二)推进阶段(2031年7月—2033年9月)
各责任单位全面推进落实行动计划。
(三)总结阶段(2033年10月—2033年12月)
总结评估各项工作目标的完成情况。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("qa40"),
        TOWERS,
        ELEVENTH,
        TWELFTH,
        SPORTS,
        SPORTS_TASKS,
        PARK,
        STAGES,
    ) as service:
        yield service


def test_the_base_of_a_comparison_is_no_year_asked(service: QueryService) -> None:
    reply = ask(service, "青禾区单栋楼宇经济贡献过了2000万,比上年增幅超过15%,业主奖励多少?")
    assert "30万元" in reply and "未找到" not in reply, reply


def test_one_building_is_the_askers_article(service: QueryService) -> None:
    reply = ask(service, "北原市青禾区一栋楼经济贡献2000万,业主能拿多少奖励?")
    assert "30万元" in reply and "未找到" not in reply, reply


@pytest.mark.parametrize(
    ("question", "number", "other"),
    [
        ("北原十一五纲要分解落实通知的文号是多少?", "北政发[2006]88号", "北政发〔2011〕45号"),
        ("北原十二五纲要分解落实通知的文号是多少?", "北政发〔2011〕45号", "北政发[2006]88号"),
    ],
)
def test_a_five_year_plan_is_named_by_its_period(
    service: QueryService, question: str, number: str, other: str
) -> None:
    reply = ask(service, question)
    assert number in reply and other not in reply, reply


def test_a_city_named_with_its_province_answers_to_its_own_name(service: QueryService) -> None:
    reply = ask(service, "北原市哪两个约束性指标直接分解落实到区县?")
    assert "耕地保有量" in reply and "部分相符" not in reply and "未找到" not in reply, reply


@pytest.mark.parametrize(
    ("question", "definition"),
    [
        ("北原那个比赛奖励办法说的重大体育赛事指哪些?", "洲际运动会、全国运动会"),
        ("北原奖励办法里省重要赛会指的是什么比赛?", "指省运动会"),
        ("北原比赛奖励办法说的参赛人员是指哪些人?", "注册的运动员、教练员"),
    ],
)
def test_a_term_the_rule_defines_is_answered_by_its_definition(
    service: QueryService, question: str, definition: str
) -> None:
    reply = ask(service, question)
    assert definition in reply and "部分相符" not in reply and "未找到" not in reply, reply


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("北原的教练员在全国运动会上拿了金牌,能评个啥荣誉称号?", "市劳动模范"),
        ("北原体育先进单位是按哪个考核办法评出来的?", "北体发〔2030〕7号"),
    ],
)
def test_the_askers_spoken_verb_is_not_held_against_the_answer(
    service: QueryService, question: str, answer: str
) -> None:
    reply = ask(service, question)
    assert answer in reply and "部分相符" not in reply, reply


def test_levels_run_together_are_the_titles_bracketed_levels(service: QueryService) -> None:
    reply = ask(service, "北原给县区定的全民健身活动参与人数要增长多少?")
    assert "8%" in reply and "部分相符" not in reply, reply


def test_a_notice_named_without_book_marks_is_the_basis(service: QueryService) -> None:
    reply = ask(service, "青松公园改造工程实施方案是依据哪个通知定的?")
    assert "20项民生工程" in reply and "未找到" not in reply, reply


def test_which_month_asks_a_stages_dates(service: QueryService) -> None:
    reply = ask(service, "北原品质提升行动的推进阶段从哪个月到哪个月?")
    answer = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "2031年7月" in answer and "2033年9月" in answer, reply
