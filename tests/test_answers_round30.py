"""Answers round 30 (issue 12): a month named without its year (项目10月底前要干嘛) asked of a
plan of another year is the date prefix of the clause asked about (…10月底前动工建设), not a
filter of this year's October; a bare 10月底前要干嘛 still asks what falls due then. Every text is
invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2034, 12, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"
HEDGE = "部分相符"

# A province's notice of 2031: its clauses dated by month, the year written once.
LAND = """示例省人民政府办公厅关于下达2031年补充耕地任务的通知
示政办〔2031〕21号
各设区市人民政府,省直有关部门:
一、各设区市人民政府要切实增强做好耕地占补平衡工作的紧迫感,按照省政府下达的补充耕地任务及时分解下达到所辖各县,落实到具体项目和责任单位。各地选定的耕地开发项目应于2031年6月底前完成立项,10月底前动工建设,并按时竣工验收。
二、对于工作不落实、未完成省里下达年度补充耕地任务的县,将暂停受理该县建设项目用地申请。
示例省人民政府办公厅
2031年3月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round30")
    with invented_plans_service(Path(folder), LAND, now=ASKED) as service:
        yield service


def test_a_month_without_its_year_dates_the_clause_asked(service: QueryService) -> None:
    reply = _ask(service, "示例省补充耕地那个通知,项目10月底前要干嘛")
    assert "动工建设" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_the_other_month_of_the_same_sentence_dates_its_own_clause(
    service: QueryService,
) -> None:
    reply = _ask(service, "示例省补充耕地通知,耕地开发项目6月底前要完成什么?")
    assert "完成立项" in reply


def test_a_bare_month_still_asks_what_falls_due_then(service: QueryService) -> None:
    reply = _ask(service, "10月底前要干嘛?")
    assert "动工建设" not in reply


# A plan whose opening speaks of strategy in general and whose principles name one strategy
# each; the list of strategies is in one run of its guiding thought, far into a long sentence.
STRATEGIES = """样板市贯彻落实《示例省支持科技创新若干措施》实施方案
为深入贯彻落实全省科技创新大会精神,加快实施创新驱动发展战略,激发全社会创新创业活力,结合我市实际,制定本实施方案。
一、总体要求
(一)指导思想
全面贯彻党的会议精神,坚持新发展理念,按照全省科技创新大会部署,大力推进创新驱动,深入实施开放外向、城乡融合、生态立市、工业强市、人才兴市战略,着力构建区域创新体系。
(二)基本原则
1.坚持开放合作。深入实施开放外向战略,建设创新共同体,大力推进区域科技交流、资源共享、创新协同、合作共赢。
样板市人民政府
2031年5月6日
"""

# A commendation whose title says what it commends; its opening lists the fields of work.
COMMENDATION = """中共样板县委样板县人民政府关于表彰奖励2031年度农业农村工作先进集体的决定
样党发〔2032〕9号
为了进一步调动全县做好“三农”工作的积极性,县委、县政府决定对在2031年度农民增收、农田水利基本建设、美丽乡村建设、增加村集体经济收入等方面工作突出的先进集体予以表彰奖励。
一、农民增收先进乡镇
一等奖甲乡,兑现以奖代补资金120万元。
中共样板县委样板县人民政府
2032年2月1日
"""


@pytest.fixture(scope="module")
def lists(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round30_lists")
    with invented_plans_service(Path(folder), STRATEGIES, COMMENDATION, now=ASKED) as service:
        yield service


def test_which_strategies_is_answered_by_the_run_listing_them(lists: QueryService) -> None:
    reply = _ask(lists, "样板市科技创新方案要实施哪几个战略")
    for strategy in ("开放外向", "城乡融合", "生态立市", "工业强市", "人才兴市"):
        assert strategy in reply


def test_which_fields_is_answered_by_the_run_not_the_title(lists: QueryService) -> None:
    reply = _ask(lists, "样板县2031年度农业农村先进集体表彰哪几个方面的工作?")
    assert "农民增收" in reply and "农田水利基本建设" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_a_district_asked_a_figure_only_its_city_gives_is_not_found(
    seeded_engine: Engine,
) -> None:
    """The seeds' 佛山 plan sets 新增中国驰名商标7个以上 for the city and no figure per district:
    asked of 禅城区, a hedge showing the city's 7个 would read as the district's number."""
    service = QueryService(seeded_engine, clock=FakeClock(datetime(2018, 6, 1, 1, tzinfo=UTC)))
    reply = render_plain(service.ask("禅城区每年新增驰名商标多少个"))
    assert REFUSAL in reply
    assert HEDGE not in reply
    assert "佛山市的数字" in reply  # said plainly whose figure it is


# A county's task list grouped by leading unit, each group's size in its heading; only some of
# the items are dated facts.
GROUPED = """样板县人民政府办公室关于印发2034年县政府工作报告任务清单的通知
各乡、镇人民政府,县直各有关单位:
经县政府同意,现将《2034年县政府工作报告任务清单》印发给你们,请认真贯彻落实。
样板县人民政府办公室
2034年3月18日
2034年县政府工作报告任务清单
一、县开发区管委会牵头工作(5项)
1.投资3000万元建设对虾循环水养殖基地。
2.打造食用菌生产基地。
3.年底前建设3个劳动密集型产业园。
4.加强开发区与主城区基础设施互联互通。
5.推动纸业环保包装项目落地。
二、县发展和改革局牵头工作(2项)
1.年底前争取中央预算内投资2亿元。
2.谋划储备重大项目30个。
"""


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round30_grouped")
    asked = datetime(2034, 6, 1, 1, tzinfo=UTC)
    with invented_plans_service(Path(folder), GROUPED, now=asked) as service:
        yield service


def test_how_many_items_a_unit_leads_is_the_count_its_heading_writes(
    grouped: QueryService,
) -> None:
    reply = _ask(grouped, "我们是样板县开发区管委会,今年牵头几项工作?")
    assert "5项" in reply
    assert REFUSAL not in reply and HEDGE not in reply
