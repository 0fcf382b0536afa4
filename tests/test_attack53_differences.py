"""attack53: wrong answers presented as right by the two-year and two-place differences, the
yes/no on a reward's sum and the reward-cap note, on invented plans only. Each test fails on
main at 7a87aae4 (the defect); none is a fix."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture

# 2033's figure is another item's (驰名商标), in the one sentence that writes 2032's too.
_OTHER_ITEM = """一、主要目标
2032年全市新增省级名牌产品5个,2033年全市新增中国驰名商标8个。
"""
# 2033's figure is a district's, not the city's.
_DISTRICT_YEAR = """一、主要目标
2032年全市新增省级名牌产品5个。2033年东澜区新增省级名牌产品8个。
"""
_TWO_YEARS = """一、主要目标
2032年全市新增省级名牌产品5个,2033年全市新增省级名牌产品8个。
"""
_ONE_YEAR = """一、主要目标
2033年全市新增省级名牌产品8个。
"""
_OTHER_CITY = """样例市人民政府办公室关于印发样例市品牌提升行动计划(2031—2033年)的通知
样政办发〔2031〕5号
各县(区)人民政府,市政府各部门:
现将《样例市品牌提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
样例市人民政府办公室
2031年4月2日
样例市品牌提升行动计划(2031—2033年)
一、主要目标
2032年全市新增省级名牌产品5个。
"""
# Two districts named only in the city's sentences (no plan of theirs, no list row).
_DISTRICTS = """一、主要目标
到2033年,东澜区新增省级名牌产品30个,西岭区新增省级名牌产品12个。2032年,西岭区新增省级名牌产品20个。
"""
_REWARDS = """一、主要目标
到2032年,全市新增中国驰名商标6件。
二、奖励政策
(一)对新获得国家级质量奖的企业,一次性奖励100万元;对新获得省级质量奖的企业,一次性奖励30万元。
(二)对新获得中国驰名商标的企业,最高奖励50万元。
(三)对主导制定国家标准的单位,每项奖励20万元,同一单位每年累计不超过100万元。
(四)对新获得浙江名牌产品的企业,奖励1000万元。
"""

other_item = plans_fixture("attack53_other_item", city_plan(_OTHER_ITEM))
district_year = plans_fixture("attack53_district_year", city_plan(_DISTRICT_YEAR))
two_years = plans_fixture("attack53_two_years", city_plan(_TWO_YEARS))
two_cities = plans_fixture("attack53_two_cities", city_plan(_ONE_YEAR), _OTHER_CITY)
districts = plans_fixture("attack53_districts", city_plan(_DISTRICTS))
rewards = plans_fixture("attack53_rewards", city_plan(_REWARDS))


def _headline(reply: str) -> str:
    return reply.splitlines()[1]


def test_one_sentences_figure_is_not_both_years(other_item: QueryService) -> None:
    """H: 一样多(2033年 8个,2032年 8个): 2033's 驰名商标 taken as 2032's too, because the
    sentence writing it also writes 2032年 (of another item)."""
    reply = ask(other_item, "示范市2033年比2032年多几个驰名商标")
    assert "一样多" not in _headline(reply), reply


def test_a_districts_figure_is_not_the_citys_year(district_year: QueryService) -> None:
    """H: 多3个(2033年 8个,2032年 5个), 8个 being 东澜区's, asked of 示范市."""
    reply = ask(district_year, "示范市省级名牌产品2033年比2032年多几个")
    assert "多3个" not in _headline(reply), reply


def test_two_cities_years_are_not_subtracted(two_cities: QueryService) -> None:
    """H: 多3个 from 示范市's 2033 figure and 样例市's 2032 figure."""
    reply = ask(two_cities, "省级名牌产品2033年比2032年多几个")
    assert "多3个" not in _headline(reply), reply


def test_increase_phrasings_are_differences_not_one_years_figure(two_years: QueryService) -> None:
    """H: 增加几个 / 增长多少 / 较…多几个 answered 答: 8个, 2033's own figure (attack52 H4's
    defect through another wording); 多3个 is the answer."""
    for question in (
        "示范市省级名牌产品2033年比2032年增加几个",
        "示范市2033年新增省级名牌产品比2032年增长多少",
        "示范市省级名牌产品2033年较2032年多几个",
    ):
        reply = ask(two_years, question)
        assert "答: 8个" not in reply, reply


def test_places_named_in_sentences_get_no_one_sides_figure(districts: QueryService) -> None:
    """H: 东澜区…比西岭区多几个 answered 答: 12个 (西岭区's own figure) as the difference."""
    reply = ask(districts, "东澜区省级名牌产品比西岭区多几个")
    assert _headline(reply) not in ("答: 12个", "答: 30个", "答: 20个"), reply
    reply = ask(districts, "2033年东澜区省级名牌产品比西岭区多几个")
    assert _headline(reply) not in ("答: 12个", "答: 30个"), reply


def test_districts_not_held_get_no_citys_figure_as_their_difference(
    two_years: QueryService,
) -> None:
    """H: 示范市北湖区比东澜区多几个 (no word of either district) answered 答: 5个, the city's
    2032 figure, as the difference."""
    reply = ask(two_years, "示范市北湖区比东澜区多几个省级名牌产品")
    assert "答: 5个" not in reply and "答: 8个" not in reply, reply


def test_a_ceiling_is_not_said_to_exceed(rewards: QueryService) -> None:
    """H10: 最高奖励50万元 answered 是 to 是否超过30万 (an award up to 50万 may be 10万)."""
    reply = ask(rewards, "示范市驰名商标奖励是否超过30万")
    assert "答: 不一定," in reply, reply
    assert "答: 不是," in ask(rewards, "示范市驰名商标奖励是否超过60万")
    assert "答: 不一定," in ask(rewards, "示范市驰名商标奖励是不是50万")


def test_qian_wan_is_read_as_ten_million(rewards: QueryService) -> None:
    """M: 是不是1千万 of 奖励1000万元 answered 不是,1000万元 (千 scaled alone, 万 dropped)."""
    reply = ask(rewards, "示范市浙江名牌产品奖励是不是1千万")
    assert "答: 不是" not in reply, reply


def test_another_items_cap_is_no_note_on_this_reward(rewards: QueryService) -> None:
    """M: 省级质量奖's 30万元 noted 注(奖励上限): the 国家标准 rule's 不超过100万元 cap."""
    reply = ask(rewards, "示范市省级质量奖奖励多少")
    assert "国家标准" not in reply, reply


# The plan's only 申报 is the quality award's; the 标杆园区 has a 验收 only.
_STEPS = """一、重点任务
(一)开展质量奖评选。2032年6月底前组织企业申报省级质量奖。
(二)创建省级质量标杆园区。2033年底前完成标杆园区创建验收。
"""

steps = plans_fixture("attack53_steps", city_plan(_STEPS))


def test_a_step_no_item_names_gets_no_other_steps_date(steps: QueryService) -> None:
    """H: 标杆园区什么时候申报 answered 答: 2033-12-31 (the park's 验收) as its 申报 date, unhedged
    (fix91 meant a date question naming a step to answer that step's milestone)."""
    reply = ask(steps, "示范市标杆园区什么时候申报")
    assert "答: 2033-12-31" not in reply, reply


_SPLIT = """一、主要目标
到2032年底,全市新增省名牌产品25个以上。
二、目标分解
2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。
2032年,各区新增省名牌产品不少于:棠梨区14个、溪口区33个、枫林区9个。
"""
_SAMPLE_REWARD = _OTHER_CITY.replace(
    "一、主要目标\n2032年全市新增省级名牌产品5个。\n",
    "二、奖励政策\n对新获得中国驰名商标的企业,一次性奖励80万元。\n",
)
_CITY_REWARD = """二、奖励政策
对新获得中国驰名商标的企业,一次性奖励50万元。
"""

split = plans_fixture("attack53_split", city_plan(_SPLIT))
two_rewards = plans_fixture("attack53_two_rewards", city_plan(_CITY_REWARD), _SAMPLE_REWARD)


def test_each_place_is_weighed_in_its_own_year(split: QueryService) -> None:
    """H: 溪口区2031年…比枫林区2032年多几个 answered 多24个(溪口区 不少于33个, …2032年): 溪口区's
    2032 figure, not the 2031 one asked (30 - 9 = 21)."""
    reply = ask(split, "溪口区2031年省名牌产品比枫林区2032年多几个")
    assert "多24个" not in _headline(reply) and "33个" not in _headline(reply), reply


def test_a_yes_no_on_a_sum_two_cities_write_differently_is_not_one_citys(
    two_rewards: QueryService,
) -> None:
    """H: 驰名商标是不是奖励80万元 (no place) answered 不是,50万元 while 样例市's plan gives
    80万元 (示范市's 50万元 decides for both)."""
    reply = ask(two_rewards, "驰名商标是不是奖励80万元")
    assert "答: 不是" not in reply, reply
