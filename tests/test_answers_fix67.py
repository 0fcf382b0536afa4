"""trial46's three Medium answering defects (helper fix67), on invented plans only.

- M6: 甲区和乙区…哪个多 (two places named) listed the sentences naming both; it answers each
  place's figure, which is more, the source once, as 哪个区最多 does (``place_extremes``).
- M7: 溪口区…是不是31个 was hedged (no sentence writes 31个); it answers 不是 with the plan's
  figure in its words (不少于30个), and 是 when the figure asked is the plan's
  (``figure_checks``), a lower bound typed with it weighed as one.
- M8: 样例市市场监管局负责哪些任务 kept the first of the offices the glossary reads it as (市质监局)
  and lost the other (市工商局); the bare 市场监管局负责哪些任务 asked which city with a count
  that was not the one the city's own reply is headed by.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, duties_table_plan, invented_plans_service
from policybot.knowledge.service import QueryService

SPLIT_PLAN = city_plan(
    "一、目标分解\n"
    "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    "2032年,各区新增省名牌产品不少于:棠梨区14个、溪口区33个、枫林区9个。\n"
    "2031年,各区新增品牌示范企业不少于:棠梨区1.2万家、溪口区9000家、枫林区2万家。\n"
)


@pytest.fixture(scope="module")
def split_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix67_split")
    with invented_plans_service(folder, SPLIT_PLAN) as service:
        yield service


def test_which_of_two_named_places_has_more_gives_both_figures(
    split_service: QueryService,
) -> None:
    reply = ask(split_service, "溪口区和棠梨区2031年新增省名牌产品哪个多?")
    headline = reply.splitlines()[1]
    assert "溪口区更多" in headline and "不少于30个" in headline, reply
    assert "棠梨区 不少于12个" in headline, reply
    assert "枫林" not in reply and reply.count("出处") == 1, reply
    fewer = ask(split_service, "溪口区和棠梨区2031年新增省名牌产品哪个少?").splitlines()[1]
    assert "棠梨区更少" in fewer, fewer


def test_two_named_places_are_weighed_with_the_scale_and_the_year_said(
    split_service: QueryService,
) -> None:
    # 1.2万家 is 12000, more than 9000家
    scaled = ask(split_service, "溪口区和棠梨区2031年新增品牌示范企业哪个多").splitlines()[1]
    assert "棠梨区更多" in scaled, scaled
    # no year asked, the plan gives two: the year weighed is named
    yearless = ask(split_service, "溪口区和棠梨区新增省名牌产品哪个多").splitlines()[1]
    assert "年" in yearless and "溪口区更多" in yearless, yearless


def test_a_wrong_figure_asked_is_answered_no_with_the_plans_figure(
    split_service: QueryService,
) -> None:
    reply = ask(split_service, "溪口区2031年新增省名牌产品是不是31个")
    assert reply.splitlines()[1] == "答: 不是,不少于30个", reply
    assert "部分相符" not in reply


@pytest.mark.parametrize(
    "question",
    [
        "溪口区2031年新增省名牌产品是不是30个",
        "溪口区2031年新增省名牌产品是30个吗",
        "溪口区2031年新增省名牌产品是不是不少于30个",
        "溪口区2031年新增省名牌产品是不是不少于25个",
    ],
)
def test_the_plans_figure_asked_is_answered_yes(split_service: QueryService, question: str) -> None:
    reply = ask(split_service, question)
    assert reply.splitlines()[1] == "答: 是,不少于30个", reply


def _duties_plan(city: str, prefix: str, offices: tuple[str, ...], rows: int) -> str:
    """An invented task table of ``city``: ``rows`` rows, the lead of each the next office of
    ``offices`` in turn."""
    return duties_table_plan(
        city,
        prefix,
        (
            f"{n} 开展第{n}项品牌{task}工作 {offices[n % len(offices)]} 市商务局 2019年{n % 12 + 1}月30日"
            for n, task in enumerate(("培育", "推广", "维护", "评价", "宣传", "认证") * 3, start=1)
            if n <= rows
        ),
    )


@pytest.fixture(scope="module")
def offices_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix67_offices")
    plans = (
        _duties_plan("样例市", "样", ("市质监局", "市工商局"), 12),
        _duties_plan("示例市", "示", ("市质监局",), 10),
    )
    with invented_plans_service(folder, *plans) as service:
        yield service


def test_a_citys_office_asked_by_its_new_name_keeps_every_former_office(
    offices_service: QueryService,
) -> None:
    reply = ask(offices_service, "样例市场监管局负责哪些任务")
    assert "市工商局" in reply and "市质监局" in reply, reply
    assert "按文件里的“市工商局”、“市质监局”查找" in reply, reply
    answer = offices_service.ask("样例市场监管局负责哪些任务")
    assert answer.total == 12, answer


def test_the_bare_office_asks_which_city_with_the_count_the_citys_reply_gives(
    offices_service: QueryService,
) -> None:
    bare = offices_service.ask("市场监管局负责哪些任务")
    assert "请说明是哪个地区" in bare.headline, bare
    counts = dict(line.split(": ", 1) for line in bare.suggestions)
    for city, asked in (
        ("样例市", "样例市场监管局负责哪些任务"),
        ("示例市", "示例市场监管局负责哪些任务"),
    ):
        headline = offices_service.ask(asked).headline
        assert headline.startswith(f"目标/事项: {counts[city]};"), (counts, headline)
