"""Sums over several places or over a plan's years (attack55 H1, H2): each place's or year's
figure added and shown; a place or year whose figure is not found, or a figure that is all there
is by its year, makes no sum (invented plans only)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service, plans_fixture
from tests.test_attack54 import DISTRICT_TABLE_PLAN
from tests.test_attack55 import ASKED, QINGSHI

# Invented: a district of 青石市 the plan's quota sentence leaves out, with a plan of its own.
BEISHAN = """青石市北山区人民政府办公室关于印发北山区标准化工作方案的通知
北政办发〔2027〕2号
青石市北山区人民政府办公室
2027年3月5日
北山区标准化工作方案
一、工作目标
到2028年,全区主导制定地方标准5项。
"""

# Invented: a city with a task table by year, and a goal written of two of its three years.
LIUCHUAN = """柳川市人民政府办公室关于印发柳川市质量提升行动计划(2027—2029年)的通知
柳政办发〔2027〕8号
柳川市人民政府办公室
2027年2月20日
柳川市质量提升行动计划(2027—2029年)
一、主要目标
2027年新增市级工业设计中心3个,2029年新增市级工业设计中心5个。
二、任务分解表
序号 任务 单位 2027年 2028年 2029年 牵头单位 配合单位
1 新增省级质检中心 个 2 4 6 市市场监管局 市科技局
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("sums56")
    with invented_plans_service(folder, QINGSHI, BEISHAN, LIUCHUAN, now=ASKED) as service:
        yield service


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(("答", "未找到")))


# -- several places -------------------------------------------------------------------------


def test_the_districts_counted_are_summed_each_shown(service: QueryService) -> None:
    reply = ask(service, "青石三个区省名牌加起来一共多少个")
    headline = _headline(reply)
    # (北山区 writes no such figure: the three the plan writes are the three asked)
    assert headline == "答: 至少16个(东湖区 不少于8个 + 西岭区 不少于5个 + 南塘区 不少于3个)", reply
    assert "各区新增省级名牌产品数量不少于" in reply or "出处" in reply, reply


def test_two_named_districts_are_summed(service: QueryService) -> None:
    headline = _headline(ask(service, "东湖区和西岭区省名牌一共多少个"))
    assert headline == "答: 至少13个(东湖区 不少于8个 + 西岭区 不少于5个)", headline
    headline = _headline(ask(service, "青石西岭区和南塘区省级名牌加起来多少"))
    assert headline == "答: 至少8个(西岭区 不少于5个 + 南塘区 不少于3个)", headline


def test_every_district_with_one_missing_makes_no_sum(service: QueryService) -> None:
    # 各区: 北山区 is one of them, and no figure of it is written.
    reply = ask(service, "青石各区省名牌一共多少个")
    headline = _headline(reply)
    assert "北山区" in headline and "不能相加" in headline, reply
    assert "16个" not in headline and "答: 10个" not in headline, reply


def test_more_districts_counted_than_found_make_no_sum(service: QueryService) -> None:
    headline = _headline(ask(service, "青石四个区省名牌一共多少个"))
    assert "不能相加" in headline and "16个" not in headline, headline


def test_a_named_district_not_held_makes_no_sum(service: QueryService) -> None:
    reply = ask(service, "东湖区和北山区省名牌一共多少个")
    headline = _headline(reply)
    assert "13个" not in headline and "至少8个" not in headline, reply
    assert not headline.startswith("答: 不少于8个"), reply


# -- the plan's years -----------------------------------------------------------------------


def test_the_plans_years_said_by_their_number_are_its_columns(service: QueryService) -> None:
    for question in (
        "青石三年一共要建成几个国家级质检中心",
        "青石这几年国家级质检中心加起来多少个",
    ):
        headline = _headline(ask(service, question))
        assert headline == "答: 6个(2027年 1个 + 2028年 2个 + 2029年 3个)", (question, headline)


def test_a_range_of_years_is_each_year_of_it(service: QueryService) -> None:
    for question in (
        "青石2027至2029年省级名牌一共要新增几个",
        "青石2027-2029年省级名牌加起来多少个",
        "青石2027年到2029年新增省级名牌产品一共多少个",
    ):
        headline = _headline(ask(service, question))
        assert headline == "答: 37个(2027年 10个 + 2028年 12个 + 2029年 15个)", (
            question,
            headline,
        )
    headline = _headline(ask(service, "青石2028至2029年国家级质检中心一共多少个"))
    assert headline == "答: 5个(2028年 2个 + 2029年 3个)", headline


def test_a_year_of_the_range_with_no_figure_makes_no_sum(service: QueryService) -> None:
    reply = ask(service, "青石2027至2030年省级名牌一共要新增几个")
    headline = _headline(reply)
    assert "2030年" in headline and "不能相加" in headline, reply
    assert "37个" not in headline and "答: 10个" not in headline, reply
    # A goal written of 2027 and 2029 only: no sum of its two years as the three's.
    reply = ask(service, "柳川2027至2029年市级工业设计中心一共新增几个")
    headline = _headline(reply)
    assert "2028年" in headline and "不能相加" in headline, reply
    assert "8个" not in headline and not headline.startswith("答: 3个"), reply
    # (its two years asked: their sum)
    headline = _headline(ask(service, "柳川2027年和2029年市级工业设计中心一共新增几个"))
    assert headline == "答: 8个(2027年 3个 + 2029年 5个)", headline
    headline = _headline(ask(service, "柳川三年市级工业设计中心一共新增几个"))
    assert "不能相加" in headline and "8个" not in headline, headline


def test_more_years_counted_than_written_make_no_sum(service: QueryService) -> None:
    headline = _headline(ask(service, "青石四年一共要建成几个国家级质检中心"))
    assert "不能相加" in headline and "6个" not in headline, headline


def test_a_figure_by_its_year_is_not_summed(service: QueryService) -> None:
    # 到2028年…40家 is all there is by 2028: no year of it adds to another's.
    for question in (
        "青石2027至2028年品字标认证企业一共新增多少家",
        "青石2027年和2028年品字标认证企业一共新增多少家",
    ):
        headline = _headline(ask(service, question))
        assert "80家" not in headline and not headline.startswith("答: 40家"), (question, headline)


def test_another_citys_table_sums_its_own_columns(service: QueryService) -> None:
    headline = _headline(ask(service, "柳川三年一共新增几个省级质检中心"))
    assert headline == "答: 12个(2027年 2个 + 2028年 4个 + 2029年 6个)", headline


# -- districts only a task table's rows name -----------------------------------------------

rows = plans_fixture("sums56_rows", DISTRICT_TABLE_PLAN)


def test_districts_of_table_rows_are_summed_for_the_year_asked(rows: QueryService) -> None:
    headline = _headline(ask(rows, "黛山枫溪区和柳岸区2029年省级名牌一共多少个"))
    assert headline == "答: 27个(枫溪区 16个 + 柳岸区 11个)", headline
    headline = _headline(ask(rows, "黛山三个区2028年新增省级名牌产品加起来多少"))
    assert headline == "答: 29个(枫溪区 14个 + 柳岸区 9个 + 石湾区 6个)", headline


def test_a_table_district_with_no_row_makes_no_sum(rows: QueryService) -> None:
    # 桃源区 no row names: not 枫溪区's 16个 as the sum
    headline = _headline(ask(rows, "黛山枫溪区和桃源区2029年省级名牌一共多少个"))
    assert "桃源区" in headline and "不能相加" in headline, headline
    headline = _headline(ask(rows, "黛山四个区2029年省级名牌一共多少个"))
    assert "不能相加" in headline and "34个" not in headline, headline


def test_districts_of_several_years_with_none_asked_make_no_sum(rows: QueryService) -> None:
    headline = _headline(ask(rows, "黛山枫溪区和柳岸区省级名牌一共多少个"))
    assert "哪一年" in headline, headline
