"""What a new user's trial found (stop 43), fixed by fix51: 2019年底细分行业 read as 底细 (the
year taken away alone, 底细分 cut anew); 哪些已经过期了 listed what was still ahead; 年中 was no
time word; a glossary abbreviation (采标) reached the city's sentence but not the districts' rows;
a district's own government or office asked about got the whole city's items.
The plan is invented (示范市 and its districts, every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

ASKED = datetime(2032, 3, 10, 1, tzinfo=UTC)

PLAN = city_plan(
    """一、主要目标
到2033年,全市培育细分领域冠军企业120家以上。
二、重点任务
(一)标准提档工程。2032年1月31日前完成标准体系梳理。(牵头单位:市市场监管局)
(二)品牌培育工程。2032年年中完成首批“示范优品”认证。(牵头单位:市市场监管局)
(三)检测平台工程。2032年6月30日前建成检测公共服务平台。(牵头单位:市科技局)
(四)质量义诊工程。2032年11月30日前完成全年质量义诊。(牵头单位:市经信局)
(五)引导优势产业采用国际标准。2031—2033年,我市每年通过“采用国际标准”产品认可数超过40个,确保我市采标总数居全省地级市第一。(牵头单位:市市场监管局;配合单位:各区市场监管局)
三、各区目标任务分解
附表 各区任务分解表
地区 | 冠军企业(家) | 质量义诊(次) |
东澜区 | 30 | 12 |
西岭区 | 25 | 10 |
2031—2033年,各区每年通过“采用国际标准”产品认可数不少于:东澜12个、西岭8个。
2031—2033年,各区每年开展质量义诊企业数不少于:东澜15家、西岭11家。(牵头单位:各区人民政府)
四、区级任务
(一)示范区创建。2032年12月31日前完成东澜示范区创建验收。(牵头单位:东澜区人民政府)
(二)集聚区建设。2032年12月31日前建成西岭产业集聚区。(牵头单位:西岭区人民政府)
五、保障措施
各区品牌提升工作由各区市场监管局负责协调落实。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix51")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


def test_a_year_end_before_a_word_keeps_the_word(service: QueryService) -> None:
    """2033年底细分领域: 年底 + 细分, never 底细 (not written: 未找到)."""
    out = ask(service, "示范市2033年底细分领域冠军企业要达到多少家")
    assert "底细" not in out, out
    assert "120家以上" in out, out
    assert service.parse("2033年底线是什么").words == ("底线",)


def test_past_due_words_list_only_what_fell_due_before_today(service: QueryService) -> None:
    """哪些已经过期了 (and 逾期, 超期): what fell due before 2032-03-10, never the steps still
    ahead; 过期了吗 stays the question whether a document is over."""
    for question in ("哪些已经过期了", "示范市有哪些逾期的任务", "哪些任务超期了"):
        out = ask(service, question)
        assert "标准体系梳理" in out, (question, out)
        assert "检测公共服务平台" not in out, (question, out)
        assert "全年质量义诊" not in out, (question, out)
    assert service.parse("示范市的计划过期了吗").window is None


def test_mid_year_is_a_window_of_june_and_july(service: QueryService) -> None:
    """示范市年中要完成什么: what is due by mid-year (年中 written, or June/July), not every item;
    2032年中国… and 年中期 are no time words."""
    for question in ("示范市年中要完成什么", "2032年年中要完成什么", "今年年中有哪些任务"):
        out = ask(service, question)
        assert "示范优品" in out, (question, out)
        assert "检测公共服务平台" in out, (question, out)
        assert "全年质量义诊" not in out and "标准体系梳理" not in out, (question, out)
    for question in ("2032年中国名牌有多少", "年中期评估是什么时候"):
        assert service.parse(question).window is None, question
    half = service.parse("2033年上半年要完成什么").window
    assert half is not None and half.year == 2033 and str(half.end) == "2033-06-30"


def test_an_abbreviation_reaches_a_district_row_written_in_full(service: QueryService) -> None:
    """东澜区每年采标产品认可数: the district's row (采用国际标准, 12个), as the full form finds it,
    not the city's sentence (which writes 采标 itself) with 东澜区 said to have none."""
    for question in ("东澜区每年采标产品认可数", "东澜区每年采用国际标准产品认可数"):
        out = ask(service, question)
        assert "12个" in out, (question, out)
        assert "自己的文件没有写" not in out, (question, out)


def test_a_districts_government_gets_its_own_items_not_every_districts(
    service: QueryService,
) -> None:
    """东澜区政府牵头哪些任务: what 东澜区人民政府 leads and its rows of what 各区人民政府 lead,
    never 西岭区人民政府's step nor 西岭's figures (all districts' items were listed)."""
    out = ask(service, "东澜区政府牵头哪些任务")
    assert "示范区创建" in out and "15家" in out, out
    assert "集聚区" not in out and "11家" not in out, out


def test_a_districts_office_gets_the_districts_rows(service: QueryService) -> None:
    """我是东澜区市场监管局的,我们今年要做哪些: the office carries out the district's items
    (各区…由各区市场监管局负责协调落实): 东澜's rows, not one vague line nor 西岭's."""
    out = ask(service, "我是东澜区市场监管局的,我们今年要做哪些")
    assert "12个" in out and "15家" in out, out
    assert "8个" not in out and "11家" not in out, out
    assert "自己的文件没有写" not in out, out
