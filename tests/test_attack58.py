"""Attack 58 (an attacker of the features merged at 58: the calculator's stacking of a district's
rule that pays on top of its city's, sums and differences over places and years, GDP read as
生产总值): replies over invented plans that state a wrong sum, leave out money a firm gets, or
mislead a staff member reading on a phone. Each defect is an xfail(strict=True) report for the
lead (H: wrong number or money left out, M: refused or confusing, L: cosmetic); the defences
that held stay as plain tests. No product code is fixed here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from invented_plans import ASKED_AT, ask, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from test_admin_samples import admin_bot
from test_attack55 import ASKED, DONGHU, QINGSHI
from test_attack56 import CHENGGUAN, HEDONG, HUAIYANG, JIANGBEI, LINPU, SONGHE
from test_trialfix34 import _with_plans

# Invented: a second district of 青石 paying on top (另行奖励, 再给予 for the 提名奖), and a
# 就高 rule for national standards (not paid on top).
XILING = """青石市西岭区人民政府办公室关于印发西岭区质量强区实施方案的通知
西政办发〔2027〕4号
青石市西岭区人民政府办公室
2027年3月5日
西岭区质量强区实施方案
一、工作目标
到2028年,全区新增“品字标”认证企业8家。
二、奖励政策
对首次通过“品字标”认证的企业,区财政另行奖励5万元。
对新获得中国质量奖提名奖的企业,区财政再给予20万元奖励。
对主导制定国家标准的企业,区财政每项再给予10万元奖励,与市级奖励不重复享受,按就高原则执行。
"""

# Invented: a district whose plan rewards its own 区长质量奖 and pays on top of the city per firm.
XILING_OWN = """青石市西岭区人民政府办公室关于印发西岭区质量强区实施方案的通知
西政办发〔2027〕4号
青石市西岭区人民政府办公室
2027年3月5日
西岭区质量强区实施方案
一、奖励政策
对首次通过“品字标”认证的企业,区财政再给予5万元奖励。
对获得西岭区区长质量奖的企业,给予30万元奖励。
对主导制定国家标准的企业,区财政每家再给予10万元奖励。
"""

# Invented: a district paying on top for the 中国质量奖 only, and 就高 for the 品字标.
XILING_HIGHEST = """青石市西岭区人民政府办公室关于印发西岭区质量强区实施方案的通知
西政办发〔2027〕4号
青石市西岭区人民政府办公室
2027年3月5日
西岭区质量强区实施方案
一、奖励政策
对新获得中国质量奖的企业,区财政再给予50万元奖励。
对首次通过“品字标”认证的企业,区财政再给予5万元奖励,与市级奖励就高不重复。
"""

# Invented: three levels, each paying for the 品字标 (the city and the county on top).
PROVINCE = """江岚省人民政府办公厅关于印发江岚省品牌强省建设方案的通知
江政办发〔2027〕2号
江岚省人民政府办公厅
2027年1月5日
江岚省品牌强省建设方案
一、奖励政策
对首次通过“品字标”认证的企业,给予30万元奖励。
对新获得中国质量奖的企业,给予300万元奖励。
"""
PROVINCE_CITY = """江岚省青石市人民政府办公室关于印发青石市品牌建设方案的通知
青政办发〔2027〕12号
江岚省青石市人民政府办公室
2027年2月15日
青石市品牌建设方案
一、奖励政策
对首次通过“品字标”认证的企业,市财政再给予20万元奖励。
"""
COUNTY = """江岚省青石市白沙县人民政府办公室关于印发白沙县品牌建设方案的通知
白政办发〔2027〕3号
江岚省青石市白沙县人民政府办公室
2027年3月1日
白沙县品牌建设方案
一、奖励政策
对首次通过“品字标”认证的企业,县财政再给予10万元奖励。
"""

# Invented: a city plan (GDP, its ratios, a city quota with district shares and a ceiling, a
# cumulative goal with a yearly floor) and a district's own plan writing its own figure.
GOALS = city_plan("""一、主要目标
到2033年,全市生产总值达到1200亿元,年均增长6.5%。人均生产总值达到12万元。单位生产总值能耗下降13.5%。
全市新增“品字标”认证企业30家,其中北江区12家、南江区不超过8家。
到2033年,全市累计培育省级名牌产品60个,每年新增省级名牌产品不少于15个。
""")
BEIJIANG = """示范市北江区人民政府办公室关于印发北江区品牌建设方案的通知
北政办发〔2031〕2号
示范市北江区人民政府办公室
2031年3月8日
北江区品牌建设方案
一、工作目标
到2033年,全区新增“品字标”认证企业15家。全区生产总值达到300亿元。
"""


def _service(factory: pytest.TempPathFactory, name: str, *plans: str) -> Iterator[QueryService]:
    with invented_plans_service(factory.mktemp(name), *plans, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def two_districts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack58_two", QINGSHI, DONGHU, XILING)


@pytest.fixture(scope="module")
def own_prize(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack58_own", QINGSHI, XILING_OWN)


@pytest.fixture(scope="module")
def highest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack58_highest", QINGSHI, DONGHU, XILING_HIGHEST)


@pytest.fixture(scope="module")
def three_levels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack58_three", PROVINCE, PROVINCE_CITY, COUNTY)


@pytest.fixture(scope="module")
def cities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack58_cities", SONGHE, LINPU, HUAIYANG, HEDONG, JIANGBEI, CHENGGUAN
    )


@pytest.fixture(scope="module")
def goals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack58_goals"), GOALS, BEIJIANG, now=ASKED_AT
    ) as service:
        yield service


# --- calculator stacking -------------------------------------------------------------------


def test_a_citys_total_is_not_priced_by_one_of_its_districts(two_districts: QueryService) -> None:
    reply = answer_text(two_districts, "青石品字标认证和中国质量奖提名奖一共奖多少")[0]
    # was 奖励测算 · 青石市, 按《西岭区质量强区实施方案》计算, 合计: 25万元 (西岭区's 5 + 20 on
    # top), the city's 20万元 + 60万元 named beside as 未合并计算
    assert "合计: 80万元" in reply, reply
    assert "按《西岭区" not in reply, reply


def test_a_claim_only_the_city_rewards_is_priced_beside_the_stacked_ones(
    own_prize: QueryService,
) -> None:
    reply = answer_text(
        own_prize, "我们公司在西岭区,拿了品字标认证和区长质量奖,还拿了中国质量奖,一共能拿多少"
    )[0]
    # was 合计: 55万元 (5 + 30 + 20), “拿了中国质量奖: 未找到对应的奖励条款” though 青石市's plan
    # pays 200万元 for it and is already cited for the 品字标
    assert "合计: 255万元" in reply, reply
    assert "未找到对应的奖励条款" not in reply, reply


def test_a_per_firm_sum_on_top_is_paid_once(own_prize: QueryService) -> None:
    reply = answer_text(own_prize, "我们公司在西岭区,主导制定了3项国家标准,一共能拿多少")[0]
    # was 主导制定国家标准 ×3 — 30万元 (每家再10万元) + 120万元 = 150万元: 每家 is once a firm
    assert "合计: 130万元" in reply, reply


def test_three_levels_paying_on_top_are_all_summed(three_levels: QueryService) -> None:
    reply = answer_text(three_levels, "我们公司在白沙县,拿了品字标认证,一共能拿多少")[0]
    # was 合计: 30万元 (县 10 + 市 20); the city's own rule says 市财政再给予: on top of the
    # province's 30万元, which holds in 白沙县 too
    assert "合计: 60万元" in reply, reply


def test_a_provinces_reward_is_found_for_a_county_firm(three_levels: QueryService) -> None:
    reply = answer_text(three_levels, "我们公司在白沙县,拿了品字标认证和中国质量奖,一共能拿多少")[0]
    # was 合计: 30万元, “中国质量奖: 未找到对应的奖励条款” though 江岚省 pays 300万元
    assert "300万元" in reply, reply
    assert "未找到对应的奖励条款" not in reply, reply


def test_a_city_firm_is_not_priced_by_its_countys_plan(three_levels: QueryService) -> None:
    reply = answer_text(three_levels, "我们公司在青石市,拿了品字标认证,一共能拿多少")[0]
    # was 按《白沙县品牌建设方案》计算, 合计: 10万元 (县财政再给予), the city's own 20万元 named
    # beside it as 未合并计算
    assert "按《白沙县" not in reply, reply
    assert "合计: 10万元" not in reply, reply


def test_a_capped_city_part_says_what_the_cap_covers(two_districts: QueryService) -> None:
    reply = answer_text(
        two_districts,
        "我们公司在西岭区,拿了中国质量奖和品字标认证,主导制定了3项国家标准,一共能拿多少",
    )[0]
    # 合计: 305万元 (青石市's 340 capped at 300, + 西岭区's 5) under a condition saying
    # “合计超过最高300万元,按300万元计”: on a phone the two contradict; the cap is 青石市's part
    assert "合计: 305万元" in reply, reply
    assert "合计超过最高300万元,按300万元计" not in reply, reply


def test_a_no_stacking_clause_of_another_rule_is_not_the_stacked_ones(
    two_districts: QueryService,
) -> None:
    reply = answer_text(two_districts, "我们公司在西岭区,拿了品字标认证,一共能拿多少")[0]
    # 合计: 25万元 (5 + 20 for one 品字标) beside “不重复奖励: 同一成果符合多项条件的按最高一项
    # 计”, quoting 西岭区's 国家标准 sentence (与市级奖励不重复享受,按就高原则执行)
    assert "合计: 25万元" in reply, reply
    assert "按最高一项计" not in reply, reply


def test_the_payer_line_names_places_only(two_districts: QueryService) -> None:
    reply = answer_text(
        two_districts,
        "我们公司在西岭区,拿了中国质量奖和品字标认证,主导制定了3项国家标准,一共能拿多少",
    )[0]
    assert "青石市、主导" not in reply, reply


def test_a_districts_on_top_for_the_prize_is_not_paid_for_its_nomination(
    highest: QueryService,
) -> None:
    reply = answer_text(highest, "我们公司在西岭区,拿了中国质量奖提名奖,一共能拿多少")[0]
    assert "合计: 60万元" in reply, reply


def test_a_districts_highest_only_rule_is_not_added(highest: QueryService) -> None:
    reply = answer_text(highest, "我们公司在西岭区,拿了品字标认证,一共能拿多少")[0]
    assert "合计: 20万元" in reply and "25万元" not in reply, reply


def test_a_district_with_no_plan_gets_no_other_districts_pay(two_districts: QueryService) -> None:
    reply = answer_text(two_districts, "我们公司在南塘区,拿了品字标认证,一共能拿多少")[0]
    assert "合计: 20万元" in reply, reply


def test_the_follow_up_to_the_other_district_prices_its_own_on_top(
    two_districts: QueryService,
) -> None:
    chat = Conversation({})
    answer_text(two_districts, "我们公司在东湖区,拿了品字标认证,一共能拿多少", conversation=chat)
    reply = answer_text(two_districts, "那西岭区呢", conversation=chat)[0]
    assert "合计: 25万元" in reply and "30万元" not in reply, reply


async def test_a_follow_up_keeps_the_count_the_user_set(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, QINGSHI, DONGHU)
        (first,) = await harness.say("青石品字标认证和中国质量奖提名奖一共奖多少")
        assert "80万元" in first.text, first.text
        await harness.press("➕ 品字标认证")
        pressed = harness.emulator.latest_message(harness.chat_id)
        assert pressed is not None and "合计: 100万元" in (pressed.text or ""), pressed
        (follow,) = await harness.say("东湖区呢")
        # the chat's reply had 品字标认证 ×2 (100万元); 东湖区呢 priced ×1 again: 90万元
        assert "120万元" in follow.text, follow.text


def test_a_share_of_the_citys_reward_on_top_is_priced(tmp_path: Path) -> None:
    matched = DONGHU.replace("区财政再给予10万元奖励", "区财政按市级奖励金额的50%再给予配套奖励")
    with invented_plans_service(tmp_path, QINGSHI, matched, now=ASKED) as service:
        reply = answer_text(service, "我们公司在东湖区,拿了品字标认证,一共能拿多少")[0]
    # was 合计: 至少20万元(另有奖励无固定金额): half of the city's 20万元 is 10万元
    assert "合计: 30万元" in reply, reply


# Invented: 东湖区 paying on top, yet saying a firm the city rewarded gets nothing again.
DONGHU_NO_TWICE = DONGHU.replace(
    "区财政再给予10万元奖励。",
    "区财政再给予10万元奖励。已享受市级同类奖励的,区级不再重复奖励。",
)


def test_a_district_that_pays_no_second_time_is_not_stacked(tmp_path: Path) -> None:
    assert DONGHU_NO_TWICE != DONGHU
    with invented_plans_service(tmp_path, QINGSHI, DONGHU_NO_TWICE, now=ASKED) as service:
        reply = answer_text(service, "我们公司在东湖区,拿了品字标认证,一共能拿多少")[0]
    # was 合计: 30万元 (10 + 20) beside the quote “已享受市级同类奖励的,区级不再重复奖励”
    assert "合计: 30万元" not in reply, reply


def test_a_firm_of_a_place_with_no_plan_is_not_priced_as_a_district(
    two_districts: QueryService,
) -> None:
    reply = answer_text(two_districts, "我们公司在石鼓县,拿了品字标认证,一共能拿多少")[0]
    # was 奖励测算 · 青石市东湖区 (or another district), 合计 of that district's rule, and
    # “我们公司在石鼓县: 未找到对应的奖励条款” as if the place were an achievement
    assert "未找到对应的奖励条款" not in reply, reply
    assert "奖励测算 · 青石市东湖区" not in reply and "奖励测算 · 青石市西岭区" not in reply, reply


def test_the_levels_asked_together_are_no_claims(two_districts: QueryService) -> None:
    reply = answer_text(two_districts, "东湖区的企业拿了品字标认证,市里和区里一共给多少")[0]
    assert "合计: 30万元" in reply, reply
    # said “只含找到条款的 1 项;“市里”、“区里”未计入”
    assert "未计入" not in reply, reply


# --- sums, differences, GDP ----------------------------------------------------------------


def test_gdp_per_head_and_energy_per_gdp_are_not_the_gdp(goals: QueryService) -> None:
    assert "答: 12万元" in ask(goals, "示范市人均GDP多少")
    assert "13.5%" in ask(goals, "示范市单位GDP能耗下降多少")
    assert "答: 1200亿元" in ask(goals, "示范市GDP要达到多少")


def test_a_city_and_its_district_are_not_added(goals: QueryService) -> None:
    reply = ask(goals, "示范市和北江区品字标认证企业加起来多少家")
    assert "42家" not in reply and "45家" not in reply, reply


def test_a_difference_does_not_deny_the_districts_own_figure(goals: QueryService) -> None:
    reply = ask(goals, "北江区比南江区品字标多几家")
    # said “示范市北江区自己的文件没有写这一项”: 《北江区品牌建设方案》 writes 15家
    assert "自己的文件没有写这一项" not in reply, reply


def test_adding_a_district_after_a_districts_figure(goals: QueryService) -> None:
    chat = Conversation({})
    answer_text(goals, "北江区新增品字标认证企业多少家", conversation=chat)
    reply = answer_text(goals, "加上南江区呢", conversation=chat)[0]
    # was 未找到“加上”的相关内容: 加上 read as the thing asked
    assert "未找到“加上”" not in reply, reply
    assert "不超过8家" in reply, reply


def test_a_yearly_floor_is_no_one_years_figure(goals: QueryService) -> None:
    reply = ask(goals, "示范市三年省级名牌一共多少个")
    # said “只找到2032年、2033年的数字,不是三年的,不能相加”: the plan writes 每年…不少于15个
    # (no year of its own) and 到2033年累计60个
    assert "只找到2032年" not in reply, reply


def test_two_cities_totals_are_each_of_the_thing_asked(cities: QueryService) -> None:
    reply = ask(cities, "松禾和林浦新增国家标准一共多少项")
    # 林浦市's part was “2027年新增省级质检中心2个,2028年新增国家级质检中心1个”: its plan writes
    # 主导制定国家标准 3/4/5项 by year and 累计20项
    headline = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "质检中心" not in headline, reply


def test_each_year_asked_is_not_the_first_years_figure(cities: QueryService) -> None:
    reply = ask(cities, "松禾每年新增国家标准多少项")
    # was 答: 3项 (2027's); 2028 is 4项, 2029 is 5项
    assert "答: 3项" not in reply, reply


def test_a_sum_finds_a_districts_share_beside_anothers_own_plan(cities: QueryService) -> None:
    reply = ask(cities, "河东区和河西区品字标一共多少家")
    # said “没有找到河西区的数字”: 松禾市's plan writes 其中:河东区12家、河西区10家
    assert "没有找到河西区的数字" not in reply, reply
    assert "10家" in reply, reply


def test_two_cities_same_year_figures_are_summed(cities: QueryService) -> None:
    reply = ask(cities, "松禾和林浦2027年国家标准加起来多少项")
    # both 3项 (2027) shown under “未找到完全相符的内容…仅供参考”, no sum
    assert "6项" in reply, reply


def test_a_three_year_sum_of_a_cumulative_goal_names_the_first_year(cities: QueryService) -> None:
    reply = ask(cities, "松禾省级名牌产品三年一共多少个")
    # said “只找到2028年、2029年的数字”: 到2027年累计30个 is written (and the goals are
    # cumulative: 到2029年累计50个 is the answer)
    assert "只找到2028年、2029年" not in reply, reply


# Invented: a city plan writing its GDP (全市生产总值), its growth, and ratios of it.
GDP_PLAN = city_plan("""一、主要目标
到2033年,全市生产总值达到1200亿元,年均增长6.5%。人均生产总值达到12万元。单位生产总值能耗下降13.5%。
二、重点工作
1. 全市生产总值增长7%左右。责任单位:市发改委、市统计局
2. 单位生产总值能耗下降3%。责任单位:市发改委
""")


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack58_gdp"), GDP_PLAN, now=ASKED_AT
    ) as service:
        yield service


def test_gdp_growth_that_line_finds_its_lead(gdp: QueryService) -> None:
    reply = answer_text(gdp, "示范市GDP增长那一条是哪个部门负责")[0]
    assert "市发改委、市统计局" in reply, reply
    energy = answer_text(gdp, "示范市单位GDP能耗下降那一条谁负责")[0]
    assert "市统计局" not in energy, energy


def test_the_gdp_total_is_found(gdp: QueryService) -> None:
    reply = ask(gdp, "示范市GDP总量目标是多少")
    # was 未找到“生产总值”“总量”的相关内容
    assert "1200亿元" in reply, reply


def test_regional_gdp_is_the_citys_gross_product(gdp: QueryService) -> None:
    reply = ask(gdp, "示范市地区生产总值达到多少")
    # was 未找到:示范市的文件没有写“地区生产总值”
    assert "1200亿元" in reply, reply


def test_gdp_speed_is_its_growth(gdp: QueryService) -> None:
    reply = ask(gdp, "示范市GDP增速目标")
    # was 未找到完全相符的内容…仅供参考, a row “6.5% 全市生产总值达到1200亿元年 · 2032-12-31”
    # and 人均生产总值's 12万元; 7%左右 (2031) and 年均6.5% are what is asked
    assert "仅供参考" not in reply, reply
    assert "1200亿元年" not in reply, reply
