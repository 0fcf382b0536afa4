"""trial47's answering defects (helper fix71), on invented plans only.

- H1: 溪口区驰名商标比棠梨区多几件 answered one place's figure (the other's quota) as the
  difference; it answers the difference with both figures and the year (per year when the plan
  gives several and none is asked), and says so when the two figures do not subtract
  (``place_differences``).
- M: 示范市是不是要新增25个省名牌 of a sentence writing 新增…25个以上 led with the sentence, not
  with 是 (``figure_checks``).
"""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service, plans_fixture
from policybot.knowledge.service import QueryService

SPLIT_PLAN = city_plan(
    "一、主要目标\n"
    "到2032年底,全市新增省名牌产品25个以上,确保数量持续位居全省前列。\n"
    "二、目标分解\n"
    "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    "2032年,各区新增省名牌产品不少于:棠梨区14个、溪口区33个、枫林区9个。\n"
    "2031年,各区新增示范企业:棠梨区5家、溪口区不少于8家、枫林区2家。\n"
    "2031年,各区新增培训人次:棠梨区900人、溪口区4个、枫林区2个。\n"
)

split_service = plans_fixture("fix71_split", SPLIT_PLAN)


def _headline(service: QueryService, question: str) -> str:
    reply = ask(service, question)
    return reply.splitlines()[1]


def test_how_many_more_answers_the_difference_with_both_figures_and_the_year(
    split_service: QueryService,
) -> None:
    headline = _headline(split_service, "溪口区2031年新增省名牌产品比棠梨区多几个")
    assert headline.startswith("答: 多18个("), headline
    assert "不少于30个" in headline and "不少于12个" in headline, headline
    assert "2031年" in headline, headline
    # the topic typed after the second place reads the same
    after = _headline(split_service, "溪口区比棠梨区2031年新增省名牌产品多多少个")
    assert after.startswith("答: 多18个("), after


def test_the_difference_is_given_per_year_when_no_year_is_asked(
    split_service: QueryService,
) -> None:
    headline = _headline(split_service, "溪口区新增省名牌产品比棠梨区多几个")
    assert "2031年多18个" in headline and "2032年多19个" in headline, headline


def test_the_smaller_place_asked_as_more_is_told_it_has_less(
    split_service: QueryService,
) -> None:
    fewer = _headline(split_service, "棠梨区2031年新增省名牌产品比溪口区少多少个")
    assert fewer.startswith("答: 少18个("), fewer
    wrong_way = _headline(split_service, "棠梨区2031年新增省名牌产品比溪口区多多少个")
    assert wrong_way.startswith("答: 不是多,少18个("), wrong_way
    gap = _headline(split_service, "溪口区和棠梨区2031年新增省名牌产品差多少")
    assert gap.startswith("答: 相差18个("), gap


def test_figures_that_do_not_subtract_are_given_side_by_side(
    split_service: QueryService,
) -> None:
    # a bound above an exact figure: the difference is at least theirs
    bound = _headline(split_service, "溪口区2031年新增示范企业比棠梨区多几家")
    assert bound.startswith("答: 至少多3家("), bound
    # an exact figure against a bound: the difference is open
    open_gap = _headline(split_service, "棠梨区2031年新增示范企业比溪口区少几家")
    assert "说不准" in open_gap and "5家" in open_gap and "不少于8家" in open_gap, open_gap
    units = _headline(split_service, "棠梨区2031年新增培训人次比溪口区多多少")
    assert "单位不同" in units, units


def test_a_figure_a_sentence_writes_as_at_least_is_answered_yes(
    split_service: QueryService,
) -> None:
    headline = _headline(split_service, "示范市是不是要新增25个省名牌产品")
    assert headline.startswith("答: 是,"), headline
    no = _headline(split_service, "示范市是不是要新增40个省名牌产品")
    assert no.startswith("答: 不是,"), no


def _other_city(plan: str) -> str:
    """``plan`` as 样例市's (its notice, number and places renamed)."""
    return plan.replace("示范市", "样例市").replace("示政办发", "样政办发")


cities_service = plans_fixture(
    "fix71_cities",
    city_plan("一、主要目标\n到2032年底,全市新增省名牌产品25个以上。\n"),
    _other_city(city_plan("一、主要目标\n到2032年底,全市新增省名牌产品40个以上。\n")),
)


def test_which_of_two_cities_has_more_is_said(cities_service: QueryService) -> None:
    headline = _headline(cities_service, "示范市和样例市新增省名牌产品哪个多")
    assert headline.startswith("答: 样例市更多: 40个以上;示范市 25个以上"), headline
    fewer = _headline(cities_service, "示范市和样例市新增省名牌产品哪个少")
    assert fewer.startswith("答: 示范市更少"), fewer


def test_the_body_after_you_is_who_does_the_work(tmp_path: Path) -> None:
    # the work named before 由 is no body: the body after it answers (trial47 M, 由…负责)
    plan = city_plan(
        "三、保障措施\n"
        "(一)推进落实。各牵头单位要强力推进,各区品牌培育工作由各区商务局负责协调落实。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        headline = _headline(service, "示范市哪个单位负责协调各区品牌培育工作")
    assert headline == "答: 各区商务局", headline


# attack47b: questions the difference route did not resolve answered one place's figure.
SHARES_PLAN = city_plan(
    "一、目标分解\n"
    "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    "2031年,各区研发经费投入占地区生产总值比重:棠梨区2.5%、溪口区3.1%。\n"
    "2031年,各区完成工业有效投资:棠梨区5000万元、溪口区1.2亿元。\n"
    "2031年,各区新增高新技术企业:棠梨区40家、高新区55家。\n"
)

shares_service = plans_fixture("fix71_shares", SHARES_PLAN)


def test_a_share_a_tied_name_and_a_leading_year_still_give_the_difference(
    shares_service: QueryService,
) -> None:
    share = _headline(shares_service, "溪口区研发经费投入占地区生产总值比重比棠梨区高多少")
    assert share.startswith("答: 高0.6个百分点("), share  # (the 比 of 比重 is no comparison)
    tied = _headline(shares_service, "棠梨区新增高新技术企业比高新区少几家")
    assert tied.startswith("答: 少15家("), tied  # (高新 in 高新技术 names no place)
    year_first = _headline(shares_service, "2031年溪口区新增省名牌产品比棠梨区多几个")
    assert year_first.startswith("答: 多18个("), year_first
    money = _headline(shares_service, "溪口区完成工业有效投资比棠梨区多多少万元")
    assert money.startswith("答: 多7000万元("), money


def test_a_difference_not_found_is_never_one_places_figure(shares_service: QueryService) -> None:
    for question in (
        "溪口区2031年新增省名牌产品比溪口区多几个",
        "溪口区2031年新增省名牌产品比棠梨区多几倍",
        "溪口区2031年新增省名牌产品比棠梨区多百分之多少",
    ):
        headline = _headline(shares_service, question)
        assert headline.startswith("答: 没有找到两地可以相减的数字"), (question, headline)
        assert "30个" not in headline and "12个" not in headline, (question, headline)


def test_the_measure_named_after_the_places_is_still_a_difference(
    split_service: QueryService,
) -> None:
    headline = _headline(split_service, "溪口区2031年比棠梨区多几个新增省名牌产品")
    assert headline.startswith("答: 多18个("), headline
    gap = _headline(split_service, "溪口区和棠梨区2031年相差几个新增省名牌产品")
    assert gap.startswith("答: 相差18个("), gap


def test_a_year_typed_last_is_the_year_asked(split_service: QueryService) -> None:
    headline = _headline(split_service, "溪口区比棠梨区多几个新增省名牌产品 2032")
    assert headline.startswith("答: 多19个("), headline
    assert "2032年" in headline, headline
