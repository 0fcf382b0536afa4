"""Attack 60 (an attacker of lvl60: a goal's years as one near tie, 2027到2029年 as a window over
its years with each year's figure, name-prefix regions above a district and a reward summed over
three levels): replies over invented plans that state a wrong sum, lose a fact, or mislead. Each
defect is an xfail(strict=True) report for the lead (H: wrong number or money or a fact lost, M:
refused or confusing, L: cosmetic); the defences that held stay as plain tests. No product code
is fixed here. Every plan and place is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, QINGSHI
from test_attack59 import SERIES

SPAN_OFF = pytest.mark.xfail(
    strict=True,
    reason="stop 60: a span of years (2027到2029年) is read as its first year again; read as a "
    "window it turned two blind questions wrong, one of them out of store answered",
)


def _plan(issuer: str, title: str, body: str, num: str, day: str) -> str:
    """An invented plan of ``issuer`` named ``title`` whose body is ``body``."""
    return f"""{issuer}人民政府办公室关于印发{title}的通知
{num}
{issuer}人民政府办公室
{day}
{title}
{body}
"""


# Invented: several goals each with three years, one restated in a later section, and a table of
# district rows by year columns.
MULTI = _plan(
    "松禾市",
    "松禾市品牌强市行动计划(2027—2029年)",
    """一、主要目标
到2027年,全市累计培育省级名牌产品30个;到2028年,累计达到40个;到2029年,累计达到50个。
到2027年,全市新增绿色工厂5家;到2028年,全市新增绿色工厂7家;到2029年,全市新增绿色工厂9家。
到2027年,全市建成智能工厂6家;到2028年,全市建成智能工厂8家;到2029年,全市建成智能工厂10家。
到2027年,全市新增高新技术企业50家;到2028年,全市新增高新技术企业60家;到2029年,全市新增高新技术企业70家。
二、重点任务
(一)实施品牌培育工程。到2027年,全市累计培育省级名牌产品30个;到2029年,累计达到50个。由市市场监管局负责。
三、分区目标表
序号 区 指标 单位 2027年 2028年 2029年
1 河东区 新增高新技术企业 家 10 12 14
2 河西区 新增高新技术企业 家 8 9 11
3 河南区 新增高新技术企业 家 6 7 9
4 河北区 新增高新技术企业 家 5 6 8""",
    "松政办发〔2027〕8号",
    "2027年2月20日",
)

# Invented: four districts' year series and the city's own.
DISTRICTS = _plan(
    "松禾市",
    "松禾市专利提升行动计划(2027—2029年)",
    """一、主要目标
到2027年,河东区新增发明专利100件;到2028年,河东区新增发明专利120件;到2029年,河东区新增发明专利140件。
到2027年,河西区新增发明专利80件;到2028年,河西区新增发明专利90件;到2029年,河西区新增发明专利95件。
到2027年,河南区新增发明专利60件;到2028年,河南区新增发明专利70件;到2029年,河南区新增发明专利75件。
到2027年,河北区新增发明专利40件;到2028年,河北区新增发明专利45件;到2029年,河北区新增发明专利50件。
到2027年,全市新增发明专利280件;到2028年,全市新增发明专利325件;到2029年,全市新增发明专利360件。""",
    "松政办发〔2027〕9号",
    "2027年2月20日",
)


def _province(rule: str) -> str:
    return _plan(
        "江岚省",
        "江岚省品牌强省建设方案",
        "一、奖励政策\n" + rule,
        "江政办发〔2027〕2号",
        "2027年1月5日",
    ).replace("人民政府办公室", "人民政府办公厅")


def _city(rule: str) -> str:
    return _plan(
        "江岚省青石市",
        "青石市品牌建设方案",
        "一、奖励政策\n" + rule,
        "青政办发〔2027〕12号",
        "2027年2月15日",
    )


def _district(rule: str) -> str:
    return _plan(
        "江岚省青石市西岭区",
        "西岭区品牌建设方案",
        "一、奖励政策\n" + rule,
        "西政办发〔2027〕4号",
        "2027年3月5日",
    )


MARK = "对首次通过“品字标”认证的企业,"
PROVINCE = _province(f"{MARK}给予30万元奖励。")
CITY_ON_TOP = _city(f"{MARK}市财政再给予20万元奖励。")
CITY_PLAIN = _city(f"{MARK}给予20万元奖励。")
DISTRICT_ON_TOP = _district(f"{MARK}区财政再给予10万元奖励。")
# the district's clause names the province, not the city
DISTRICT_NOT_WITH_PROVINCE = _district(
    f"{MARK}区财政再给予25万元奖励,与省级奖励不重复享受,按就高原则执行。"
)
PROVINCE_PER_ITEM = _province("对主导制定国家标准的企业,每项给予30万元奖励。")
CITY_PER_FIRM = _city("对主导制定国家标准的企业,市财政每家再给予20万元奖励。")
DISTRICT_PER_ITEM = _district("对主导制定国家标准的企业,区财政每项再给予10万元奖励。")
PROVINCE_CEILING = _province(f"{MARK}给予最高30万元奖励。")
CITY_CEILING = _city(f"{MARK}市财政再给予最高20万元奖励。")
# the province's rule does not reach 青石市's firms
PROVINCE_EXCLUDING = _province(
    f"{MARK}给予30万元奖励。青石市、云溪市企业不适用本条,由所在市自行奖励。"
)
SIBLING = _plan(
    "江岚省青石市白沙县",
    "白沙县品牌建设方案",
    f"一、奖励政策\n{MARK}县财政再给予10万元奖励。",
    "白政办发〔2027〕3号",
    "2027年3月1日",
)
# a plan of a place named 江岚 (a name beginning 江岚省's)
JIANGLAN = _plan(
    "江岚",
    "江岚品牌方案",
    f"一、奖励政策\n{MARK}给予70万元奖励。",
    "江品发〔2027〕1号",
    "2027年1月2日",
)

# Invented: an earlier plan of 松禾 with its own years of the same goal, and a later one whose
# middle year is written 累计 and whose goal names a district's share (其中河东区…).
EARLIER = _plan(
    "松禾市",
    "松禾市品牌发展行动计划(2024—2026年)",
    """一、主要目标
到2024年,全市新增绿色工厂2家;到2025年,全市新增绿色工厂3家;到2026年,全市新增绿色工厂4家。""",
    "松政办发〔2024〕3号",
    "2024年2月1日",
)
LATER = _plan(
    "松禾市",
    "松禾市绿色制造行动计划(2027—2029年)",
    """一、主要目标
到2027年,全市新增绿色工厂5家;到2028年,全市累计新增绿色工厂12家;到2029年,全市新增绿色工厂8家。
到2027年,全市建成数字化车间20个,其中河东区8个;到2028年,全市建成数字化车间30个,其中河东区12个。""",
    "松政办发〔2027〕5号",
    "2027年2月1日",
)

CALC = "我们公司在西岭区,首次通过品字标认证,一共能拿多少"
LOOKUP = "西岭区品字标认证奖励多少"


def _service(factory: pytest.TempPathFactory, name: str, *plans: str) -> Iterator[QueryService]:
    with invented_plans_service(factory.mktemp(name), *plans, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def span(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack60_span", SERIES, QINGSHI)


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack60_multi", MULTI)


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack60_districts", DISTRICTS)


@pytest.fixture(scope="module")
def city_plain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack60_plain", PROVINCE, CITY_PLAIN, DISTRICT_ON_TOP)


@pytest.fixture(scope="module")
def names_province(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_prov", PROVINCE, CITY_ON_TOP, DISTRICT_NOT_WITH_PROVINCE
    )


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_mixed", PROVINCE_PER_ITEM, CITY_PER_FIRM, DISTRICT_PER_ITEM
    )


@pytest.fixture(scope="module")
def ceilings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_max", PROVINCE_CEILING, CITY_CEILING, DISTRICT_ON_TOP
    )


@pytest.fixture(scope="module")
def excluding(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_excl", PROVINCE_EXCLUDING, CITY_ON_TOP, DISTRICT_ON_TOP
    )


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_levels", PROVINCE, CITY_ON_TOP, DISTRICT_ON_TOP, SIBLING
    )


@pytest.fixture(scope="module")
def prefixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(
        tmp_path_factory, "attack60_prefix", JIANGLAN, PROVINCE, CITY_ON_TOP, DISTRICT_ON_TOP
    )


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack60_two_plans", EARLIER, LATER)


def _reply(service: QueryService, question: str) -> str:
    return answer_text(service, question)[0]


def _lead(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答: "))


# --- 2027到2029年: a window over its years -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        pytest.param(
            "松禾2027到2029年省级名牌产品多少个",
            "答: 2027年 30个;2028年 40个;2029年 50个",
            marks=SPAN_OFF,
        ),
        pytest.param(
            "松禾2029到2027年省级名牌产品多少个",
            "答: 2027年 30个;2028年 40个;2029年 50个",
            marks=SPAN_OFF,
        ),
        pytest.param(
            "2027—2029年松禾要培育多少个省级名牌产品",
            "答: 2027年 30个;2028年 40个;2029年 50个",
            marks=SPAN_OFF,
        ),
        pytest.param(
            "松禾2027到2030年省级名牌产品多少个",
            "答: 2027年 30个;2028年 40个;2029年 50个",
            marks=SPAN_OFF,
        ),
        pytest.param(
            "松禾2028-2029年省级名牌产品多少个", "答: 2028年 40个;2029年 50个", marks=SPAN_OFF
        ),
        pytest.param("松禾2026到2027年省级名牌产品多少个", "答: 30个", marks=SPAN_OFF),
        ("松禾2027年至2028年新增绿色工厂多少家", "答: 5家"),
        pytest.param(
            "松禾2027~2029年专精特新企业培育多少家",
            "答: 2027年 20家;2028年 30家;2029年 40家;累计 90家",
            marks=SPAN_OFF,
        ),
        # (as without the span: 青石中国质量奖奖励多少 names the prize and its 提名奖)
        (
            "青石2027到2029年中国质量奖奖励多少",
            "答: 新获得中国质量奖 200万元;获得中国质量奖提名奖 60万元",
        ),
        ("青石2027到2029年每年组织标准化培训多少期", "答: 不少于6期"),
        ("2027到2029年青石市质量品牌提升行动计划的发文字号是什么", "答: 青政办发〔2027〕12号"),
        ("2027-2029年青石市质量品牌提升行动计划是哪个单位印发的", "答: 青石市人民政府办公室"),
        ("青石2027—2029年行动计划主导制定国家标准奖励多少", "答: 每项40万元"),
    ],
)
def test_span_defences_that_held(span: QueryService, question: str, lead: str) -> None:
    assert _lead(_reply(span, question)) == lead


def test_a_sum_over_a_span_missing_a_year_is_not_added(span: QueryService) -> None:
    reply = _reply(span, "松禾2027到2029年一共新增多少家绿色工厂")
    assert "不能相加" in _lead(reply), reply


@SPAN_OFF
def test_two_units_rows_over_a_span_are_both_given(span: QueryService) -> None:
    lead = _lead(_reply(span, "松禾2027到2029年新产品产值率多少"))
    assert "30%" in lead and "14%" in lead, lead


def test_a_span_past_the_plans_years_gives_no_first_years_figure(span: QueryService) -> None:
    reply = _reply(span, "松禾2030到2032年省级名牌产品多少个")
    assert "未找到" in reply and "30个" not in reply, reply


@pytest.mark.parametrize(
    ("question", "said"),
    [("青石2027到2029年有哪些奖励", "每项40万元"), ("2027到2029年青石奖励上限是多少", "300万元")],
)
def test_rewards_asked_over_a_span_are_the_rewards(
    span: QueryService, question: str, said: str
) -> None:
    reply = _reply(span, question)
    assert said in reply, reply


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("青石2027到2029年主导制定国家标准奖励多少", "答: 每项40万元"),
        ("青石2027到2029年品字标认证奖励多少", "答: 20万元"),
    ],
)
def test_a_reward_asked_over_a_span_is_money(span: QueryService, question: str, lead: str) -> None:
    assert _lead(_reply(span, question)) == lead


def test_a_span_of_months_over_two_years_finds_its_deadlines(span: QueryService) -> None:
    reply = _reply(span, "青石2027年1月到2028年6月有哪些截止时间")
    assert "未找到" not in reply and "质量基础设施普查" in reply, reply


def test_a_span_from_a_month_covers_its_years(span: QueryService) -> None:
    reply = _reply(span, "松禾2027年3月到2029年省级名牌产品多少个")
    assert "40个" in reply, reply


@SPAN_OFF
def test_a_citys_yearly_row_over_a_span_leads_with_each_year(span: QueryService) -> None:
    lead = _lead(_reply(span, "青石2027到2029年新增省级名牌产品多少个"))
    assert lead == "答: 2027年 10个;2028年 12个;2029年 15个", lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 L1: 青石2027—2029年行动计划… is answered right (每项40万元) but the header reads "
    "the plan's first year as the year asked, 2027年 (its last year no longer a topic word)",
)
def test_a_plans_period_is_no_window_in_the_header(span: QueryService) -> None:
    header = _reply(span, "青石2027—2029年行动计划主导制定国家标准奖励多少").splitlines()[0]
    assert "2027年" not in header and "2029" not in header, header


# --- a goal's years as one near tie ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("松禾新增绿色工厂多少家", "答: 2027年 5家;2028年 7家;2029年 9家"),
        ("松禾智能工厂建成多少家", "答: 2027年 6家;2028年 8家;2029年 10家"),
    ],
)
def test_several_goals_each_with_years_held(multi: QueryService, question: str, lead: str) -> None:
    reply = _reply(multi, question)
    assert _lead(reply) == lead
    assert "省级名牌" not in reply and "高新技术" not in reply, reply


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("河西区新增发明专利多少件", "答: 2027年 80件;2028年 90件;2029年 95件"),
        pytest.param(
            "河北区2028到2029年新增发明专利多少件", "答: 2028年 45件;2029年 50件", marks=SPAN_OFF
        ),
    ],
)
def test_one_districts_series_held(districts: QueryService, question: str, lead: str) -> None:
    assert _lead(_reply(districts, question)) == lead


def test_a_goal_restated_in_two_sections_keeps_each_years_lead(multi: QueryService) -> None:
    lead = _lead(_reply(multi, "松禾省级名牌产品多少个"))
    assert lead == "答: 2027年 30个;2028年 40个;2029年 50个", lead


def test_a_citys_series_beside_district_rows_leads_with_each_year(multi: QueryService) -> None:
    lead = _lead(_reply(multi, "松禾新增高新技术企业多少家"))
    assert lead == "答: 2027年 50家;2028年 60家;2029年 70家", lead


def test_a_district_row_of_a_year_table_is_the_districts(multi: QueryService) -> None:
    reply = _reply(multi, "河东区新增高新技术企业多少家")
    assert "50家" not in _lead(reply) and "10家" in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60 M4: 松禾主要目标有哪些 leads 到2028年,累计达到40个, lists “主要目标” as an item "
    "and leaves out 到2027年,全市累计培育省级名牌产品30个",
)
def test_main_goals_keep_the_first_years_goal(multi: QueryService) -> None:
    reply = _reply(multi, "松禾主要目标有哪些")
    assert "30个" in reply, reply


def test_many_districts_series_keep_the_citys_own(districts: QueryService) -> None:
    reply = _reply(districts, "松禾新增发明专利多少件")
    assert "280件" in reply and "100件" not in _lead(reply), reply


def test_a_years_figure_of_the_city_beside_its_districts(districts: QueryService) -> None:
    reply = _reply(districts, "松禾2028年新增发明专利多少件")
    assert "325件" in reply, reply


def test_a_span_over_many_districts_series_leads_with_the_citys(districts: QueryService) -> None:
    lead = _lead(_reply(districts, "松禾2027到2029年新增发明专利多少件"))
    assert "280件" in lead, lead


# --- a reward over three levels --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (CALC, "合计: 60万元"),
        (LOOKUP, "答: 共60万元:江岚省 30万元 + 江岚省青石市 20万元 + 江岚省青石市西岭区 10万元"),
        ("白沙县品字标认证奖励多少", "答: 共60万元:"),
        ("我们公司在白沙县,首次通过品字标认证,一共能拿多少", "合计: 60万元"),
        ("青石市品字标认证奖励多少", "答: 共50万元:江岚省青石市 20万元 + 江岚省 30万元"),
        ("江岚省品字标认证奖励多少", "答: 30万元"),
    ],
)
def test_three_levels_held(levels: QueryService, question: str, said: str) -> None:
    reply = _reply(levels, question)
    assert said in reply, reply
    assert "白沙县" not in reply or "白沙县" in question, reply


def test_a_place_named_like_the_province_is_not_a_level(prefixed: QueryService) -> None:
    assert "合计: 60万元" in _reply(prefixed, CALC)
    reply = _reply(prefixed, LOOKUP)
    assert "共60万元" in _lead(reply) and "70万元" not in _lead(reply), reply


def test_mixed_per_firm_and_per_item_are_priced_by_the_calculator(mixed: QueryService) -> None:
    reply = _reply(mixed, "我们公司在西岭区,主导制定了2项国家标准,一共能拿多少")
    assert "合计: 100万元" in reply, reply  # 省 2×30 + 市 20 (每家) + 区 2×10


def test_ceilings_over_three_levels_are_not_a_fixed_sum(ceilings: QueryService) -> None:
    reply = _reply(ceilings, CALC)
    assert "合计: 最高60万元" in reply, reply


def test_a_lookup_agrees_with_the_calculator_when_the_city_pays_plainly(
    city_plain: QueryService,
) -> None:
    assert "合计: 30万元" in _reply(city_plain, CALC)
    lead = _lead(_reply(city_plain, LOOKUP))
    assert "共40万元" not in lead, lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 H9: 与省级奖励不重复享受 in the district's rule is weighed against the city's: "
    "合计 55万元 (江岚省青石市 30万元 named for the province's sum, the city's 20万元 不计) where "
    "max(省 30, 区 25) + 市 20 = 50万元",
)
def test_a_clause_naming_the_province_is_weighed_by_the_calculator(
    names_province: QueryService,
) -> None:
    reply = _reply(names_province, CALC)
    assert "合计: 50万元" in reply, reply


def test_a_clause_naming_the_province_is_weighed_by_the_lookup(
    names_province: QueryService,
) -> None:
    lead = _lead(_reply(names_province, LOOKUP))
    assert "共50万元" in lead, lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 H11: 西岭区和白沙县品字标认证奖励分别多少 leads 共40万元:西岭区 10万元 + 江岚省 "
    "30万元: the city's 20万元 left out, 白沙县 not answered (each is 60万元)",
)
def test_two_districts_over_three_levels_each_get_their_sum(levels: QueryService) -> None:
    lead = _lead(_reply(levels, "西岭区和白沙县品字标认证奖励分别多少"))
    assert "共40万元" not in lead and "60万元" in lead, lead


def test_a_province_rule_excluding_the_city_is_not_summed(excluding: QueryService) -> None:
    lead = _lead(_reply(excluding, LOOKUP))
    assert "共60万元" not in lead, lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 M6: the calculator too says 合计: 60万元 with the excluded province's 30万元, "
    "asking only 请确认企业在范围内 of a clause that names 青石市",
)
def test_the_calculator_leaves_out_a_province_rule_excluding_the_city(
    excluding: QueryService,
) -> None:
    assert "合计: 30万元" in _reply(excluding, CALC)


def test_a_per_firm_level_is_named_in_the_lookups_lead(mixed: QueryService) -> None:
    lead = _lead(_reply(mixed, "西岭区主导制定国家标准奖励多少"))
    assert "每家" in lead, lead


def test_a_ceiling_level_is_named_in_the_lookups_lead(ceilings: QueryService) -> None:
    lead = _lead(_reply(ceilings, LOOKUP))
    assert "20万元" in lead, lead


def test_a_span_keeps_the_districts_own_level(levels: QueryService) -> None:
    lead = _lead(_reply(levels, "2027到2029年西岭区品字标认证奖励多少"))
    assert "共60万元" in lead, lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 M9: 西岭区品字标认证省里奖励多少 asks the province's share and is answered "
    "共60万元 over the three levels (expected the province's 30万元 first)",
)
def test_one_levels_share_asked_is_that_levels(levels: QueryService) -> None:
    lead = _lead(_reply(levels, "西岭区品字标认证省里奖励多少"))
    assert lead.startswith("答: 30万元") or lead.startswith("答: 江岚省 30万元"), lead


# --- two plans of one goal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("松禾建成数字化车间多少个", "答: 2027年 20个;2028年 30个"),
        pytest.param(
            "松禾2027到2028年建成数字化车间多少个", "答: 2027年 20个;2028年 30个", marks=SPAN_OFF
        ),
    ],
)
def test_a_citys_series_with_a_districts_share_held(
    two_plans: QueryService, question: str, lead: str
) -> None:
    assert _lead(_reply(two_plans, question)) == lead


@SPAN_OFF
def test_a_past_span_leads_its_years_in_order(two_plans: QueryService) -> None:
    lead = _lead(_reply(two_plans, "松禾2024到2026年新增绿色工厂多少家"))
    assert lead == "答: 2024年 2家;2025年 3家;2026年 4家", lead


@SPAN_OFF
def test_a_span_over_a_series_with_a_running_year_says_each_year(two_plans: QueryService) -> None:
    lead = _lead(_reply(two_plans, "松禾2027到2029年新增绿色工厂多少家"))
    assert "5家" in lead and "8家" in lead, lead


@pytest.mark.xfail(
    strict=True,
    reason="attack60 M11: 松禾每年新增绿色工厂多少家 over two plans says 未找到完全相符 and lists "
    "both plans' six years (the expired ones too)",
)
def test_each_year_asked_over_two_plans_is_found(two_plans: QueryService) -> None:
    reply = _reply(two_plans, "松禾每年新增绿色工厂多少家")
    assert "未找到" not in reply, reply
