"""Attack 59 (an attacker of the features merged at 59: a district's 再给予 weighed against its
city's by a 就高/不重复 clause, each year's figure of a goal asked with no year, a window list's
lead counting its routine duties, 几个点 read as a percentage, and ext59's extraction rules):
replies over invented plans that state a wrong sum, lose a fact, or mislead. Each defect is an
xfail(strict=True) report for the lead (H: wrong number or money or a fact lost, M: refused or
confusing, L: cosmetic); the defences that held stay as plain tests. No product code is fixed
here. Every plan and place is invented."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, QINGSHI
from test_attack58 import COUNTY, PROVINCE, PROVINCE_CITY
from test_extract_ext59_classes import _extract

SPAN_OFF = pytest.mark.xfail(
    strict=True,
    reason="stop 60: a span of years (2027到2029年) is read as its first year again; read as a "
    "window it turned two blind questions wrong, one of them out of store answered",
)


def _district(*rules: str) -> str:
    """An invented plan of 青石市西岭区 whose reward chapter is ``rules``."""
    body = "\n".join(rules)
    return f"""青石市西岭区人民政府办公室关于印发西岭区质量强区实施方案的通知
西政办发〔2027〕4号
青石市西岭区人民政府办公室
2027年3月5日
西岭区质量强区实施方案
一、奖励政策
{body}
"""


# Invented: the no-stacking clause in a sentence of its own after the rule.
APART = _district(
    "对主导制定国家标准的企业,区财政每项再给予10万元奖励。",
    "上述奖励与市级奖励不重复享受,按就高原则执行。",
)
# Invented: the clause after a semicolon, in the words 已享受市级同类奖励的,区级不再重复奖励.
ALREADY = _district(
    "对主导制定国家标准的企业,区财政每项再给予10万元奖励;已享受市级同类奖励的,区级不再重复奖励。"
)
# Invented: other words for the same clause (不累加; 从高).
NOT_ADDED = _district("对主导制定国家标准的企业,区财政每项再给予10万元奖励,与市级奖励不累加。")
FROM_HIGH = _district(
    "对主导制定国家标准的企业,区财政每项再给予10万元奖励,与市级奖励按从高原则执行。"
)
# Invented: the district's sum above the city's (60 > 40).
HIGHER = _district(
    "对主导制定国家标准的企业,区财政每项再给予60万元奖励,与市级奖励不重复享受,按就高原则执行。"
)
# Invented: a sum per firm (每家) with the clause.
PER_FIRM = _district(
    "对主导制定国家标准的企业,区财政每家再给予30万元奖励,与市级奖励不重复享受,按就高原则执行。"
)
# Invented: a district of 江岚省青石市 whose 品字标 rule is 就高 with the city's; the city's own
# rule pays on top of the province's.
THIRD_LEVEL = """江岚省青石市西岭区人民政府办公室关于印发西岭区品牌建设方案的通知
西政办发〔2027〕4号
江岚省青石市西岭区人民政府办公室
2027年3月5日
西岭区品牌建设方案
一、奖励政策
对首次通过“品字标”认证的企业,区财政再给予10万元奖励,与市级奖励不重复享受,按就高原则执行。
"""


def _service(factory: pytest.TempPathFactory, name: str, *plans: str) -> Iterator[QueryService]:
    with invented_plans_service(factory.mktemp(name), *plans, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def apart(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_apart", QINGSHI, APART)


@pytest.fixture(scope="module")
def already(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_already", QINGSHI, ALREADY)


@pytest.fixture(scope="module")
def not_added(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_not_added", QINGSHI, NOT_ADDED)


@pytest.fixture(scope="module")
def from_high(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_from_high", QINGSHI, FROM_HIGH)


@pytest.fixture(scope="module")
def higher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_higher", QINGSHI, HIGHER)


@pytest.fixture(scope="module")
def per_firm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_per_firm", QINGSHI, PER_FIRM)


@pytest.fixture(scope="module")
def three_highest(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_three", PROVINCE, PROVINCE_CITY, THIRD_LEVEL)


@pytest.fixture(scope="module")
def three_on_top(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_three_top", PROVINCE, PROVINCE_CITY, COUNTY)


CALC_ONE = "我们公司在西岭区,主导制定了1项国家标准,一共能拿多少"
LOOKUP = "西岭区主导制定国家标准奖励多少"


def _lead(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答: "))


# --- 就高 / 不重复 against the level above ---------------------------------------------------------


def test_a_clause_in_a_sentence_of_its_own_is_applied_by_the_calculator(
    apart: QueryService,
) -> None:
    reply = answer_text(apart, CALC_ONE)[0]
    assert "合计: 40万元" in reply, reply


def test_a_lookup_heeds_a_clause_in_a_sentence_of_its_own(apart: QueryService) -> None:
    reply = answer_text(apart, LOOKUP)[0]
    assert "共50万元" not in reply, reply
    assert "按较高的一项计" in _lead(reply), reply


def test_a_lookup_heeds_already_paid_by_the_city(already: QueryService) -> None:
    assert "合计: 40万元" in answer_text(already, CALC_ONE)[0]
    reply = answer_text(already, LOOKUP)[0]
    assert "共50万元" not in reply, reply


def test_not_added_to_the_citys_reward_pays_the_higher_only(not_added: QueryService) -> None:
    reply = answer_text(not_added, CALC_ONE)[0]
    assert "合计: 40万元" in reply, reply


def test_from_high_pays_the_higher_only(from_high: QueryService) -> None:
    reply = answer_text(from_high, CALC_ONE)[0]
    assert "合计: 40万元" in reply, reply
    assert "共50万元" not in answer_text(from_high, LOOKUP)[0]


def test_a_districts_higher_rule_is_the_one_counted(higher: QueryService) -> None:
    reply = answer_text(higher, "我们公司在西岭区,主导制定了2项国家标准,一共能拿多少")[0]
    assert "合计: 120万元" in reply, reply
    lead = _lead(answer_text(higher, LOOKUP)[0])
    assert lead.startswith("答: 按较高的一项计:青石市西岭区 每项再60万元"), lead


def test_a_districts_higher_rule_is_not_said_to_be_added(higher: QueryService) -> None:
    reply = answer_text(higher, CALC_ONE)[0]
    assert "合计: 60万元" in reply, reply
    assert "已合并计算" not in reply and "奖励之外另给" not in reply, reply


def test_a_per_firm_rule_with_the_clause_keeps_the_citys_per_item_sum(
    per_firm: QueryService,
) -> None:
    reply = answer_text(per_firm, "我们公司在西岭区,主导制定了2项国家标准,一共能拿多少")[0]
    assert "合计: 80万元" in reply, reply


def test_a_per_firm_rule_is_shown_per_firm(per_firm: QueryService) -> None:
    reply = answer_text(per_firm, CALC_ONE)[0]
    assert "每项30万元" not in reply, reply


def test_three_levels_with_highest_are_priced_by_the_calculator(
    three_highest: QueryService,
) -> None:
    reply = answer_text(three_highest, "我们公司在西岭区,首次通过品字标认证,一共能拿多少")[0]
    assert "合计: 50万元" in reply, reply  # 省 30 + 市 20 (区 10 不叠加)


def test_a_lookup_over_three_levels_keeps_the_provinces_reward(
    three_highest: QueryService,
) -> None:
    reply = answer_text(three_highest, "西岭区品字标认证奖励多少")[0]
    assert "30万元" in reply and "江岚省 " in reply, reply


def test_a_lookup_over_three_levels_paying_on_top_sums_all_three(
    three_on_top: QueryService,
) -> None:
    reply = answer_text(three_on_top, "白沙县品字标认证奖励多少")[0]
    assert "共30万元" not in reply, reply
    assert "60万元" in _lead(reply), reply


# --- a goal written for several years ----------------------------------------------------------

SERIES = """松禾市人民政府办公室关于印发松禾市质量强市行动计划(2027—2029年)的通知
松政办发〔2027〕7号
各县(区)人民政府,市政府各部门:
现将《松禾市质量强市行动计划(2027—2029年)》印发给你们,请认真贯彻执行。
松禾市人民政府办公室
2027年2月10日

松禾市质量强市行动计划(2027—2029年)

一、主要目标
到2027年,全市累计培育省级名牌产品30个;到2028年,累计达到40个;到2029年,累计达到50个。
到2027年,全市新增绿色工厂5家;到2029年,全市新增绿色工厂9家。
全市每年新增市级服务型制造示范企业10家,到2029年累计达到30家。
到2027年,河东区新增发明专利100件;到2028年,河东区新增发明专利120件。到2027年,河西区新增发明专利80件;到2028年,河西区新增发明专利90件。
到2027年,全市建成智能工厂6家;到2028年,全市建成智能工厂6家;到2029年,全市建成智能工厂6家。
到2027年,全市培育专精特新企业20家;到2028年,全市培育专精特新企业30家;到2029年,全市培育专精特新企业40家,累计达到90家。
到2028年,全市规模以上工业增加值增长8%,比2027年提高1.5个百分点。
到2028年,全市设立质量服务站点12个。
二、主要指标表
序号 指标 单位 2027年 2028年 2029年 牵头单位 配合单位
1 新产品产值率 % 20 25 30 市经信局 市统计局
2 新产品产值率 % 10 12 14 市农业农村局 市统计局
"""


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_series", SERIES)


def _reply(service: QueryService, question: str) -> str:
    return answer_text(service, question)[0]


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("松禾省级名牌产品多少个", "答: 2027年 30个;2028年 40个;2029年 50个"),
        ("松禾今年省级名牌产品多少个", "答: 30个"),
        ("松禾明年省级名牌产品多少个", "答: 40个"),
        ("松禾绿色工厂新增多少家", "答: 2027年 5家;2029年 9家"),
        ("松禾智能工厂建成多少家", "答: 6家"),
        ("河西区新增发明专利多少件", "答: 2027年 80件;2028年 90件"),
        ("松禾2028年质量服务站点要设几个点", "答: 12个"),
        ("松禾设立几个点", "答: 12个"),
    ],
)
def test_series_defences_that_held(series: QueryService, question: str, lead: str) -> None:
    assert _lead(_reply(series, question)) == lead


def test_two_rows_of_one_label_are_both_given(series: QueryService) -> None:
    reply = _reply(series, "松禾新产品产值率要达到多少")
    assert "14%" in reply, reply
    assert _lead(reply) != "答: 2027年 20%;2028年 25%;2029年 30%", reply


def test_a_series_with_a_running_total_keeps_the_total(series: QueryService) -> None:
    reply = _reply(series, "松禾专精特新企业培育多少家")
    assert "90家" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack59 M2: two districts' series asked 各区: 未找到完全相符 and 河西区 2028年 90件 "
    "left out of the list",
)
def test_two_places_series_asked_together(series: QueryService) -> None:
    reply = _reply(series, "松禾各区新增发明专利多少件")
    assert "未找到" not in reply, reply
    assert "90件" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack59 M3: asked with no place, a year's window list leads 共 10 项 and the yearly "
    "duty (每年新增服务型制造示范企业10家) is neither listed nor counted; with 松禾 the lead says "
    "另有常规工作 1 项",
)
def test_a_window_list_with_no_place_counts_its_routine_duties(series: QueryService) -> None:
    reply = _reply(series, "2028年要完成哪些工作")
    assert "常规工作" in reply or "服务型制造" in reply, reply


def test_a_window_list_of_a_place_counts_its_routine_duties(series: QueryService) -> None:
    assert _lead(_reply(series, "松禾今年要做哪些事")) == "答: 共 8 项,另有常规工作 1 项"


# --- 几个点 ------------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="attack59 M4: 松禾2028年要设几个点 (sites): no longer read as a percentage, but with "
    "the year the reply is the year's whole list (共 10 项) instead of 12个 (without it: 答: 12个)",
)
def test_how_many_sites_with_a_year_is_no_percentage(series: QueryService) -> None:
    assert _lead(_reply(series, "松禾2028年要设几个点")) == "答: 12个"


@pytest.mark.xfail(
    strict=True,
    reason="attack59 L2: 提高多少个百分点: the lead is the whole sentence (答: 到2028年,…增长8%,"
    "比2027年提高1.5个百分点) rather than 1.5个百分点",
)
def test_how_many_percentage_points_leads_with_the_points(series: QueryService) -> None:
    assert _lead(_reply(series, "松禾规上工业增加值提高多少个百分点")) == "答: 1.5个百分点"


def test_how_many_points_of_growth_gives_the_rate(series: QueryService) -> None:
    reply = _reply(series, "松禾规模以上工业增加值增长几个点")
    assert "8%" in _lead(reply), reply


# --- extraction (ext59) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "二、农民专业合作社为林下经济示范项目的实施主体。\n",
        "二、王刚、李强按照职责分工做好项目督导工作。\n",
        "二、县人民政府为项目实施主体。\n",
        "二、云岫县人民政府组织开展示范基地评选。\n",
        "二、申报主体组织材料报乡镇人民政府初审。\n",
    ],
)
def test_no_unit_is_read_from_a_recipient_a_person_or_the_issuer(body: str) -> None:
    assert _extract(body).units == []


def test_the_bureau_paying_the_money_out_is_a_unit() -> None:
    body = "二、奖补资金由县财政局按照项目验收结果拨付,乡镇人民政府负责资金发放到户。\n"
    assert "县财政局" in _extract(body).units


def test_a_city_and_a_county_bureau_by_their_remits_are_units() -> None:
    body = "二、市林业局、县林业局按照职责分工做好指导工作。\n"
    assert "县林业局" in _extract(body).units


def test_a_bureau_named_with_its_head_is_a_unit() -> None:
    assert "县林业局" in _extract("二、县林业局局长张伟组织专家评审。\n").units


# attack59 L3 asked that "县林下经济发展领导小组为本办法的主管部门" read no unit; the golds say
# otherwise: every dev gold lists its plan's 领导小组 among the units (市质量强市工作领导小组,
# 区质量强区工作领导小组…), so a leading group named in charge of the rules is one.
def test_a_leading_group_in_charge_is_a_unit_as_the_golds_have_it() -> None:
    units = _extract("二、县林下经济发展领导小组为本办法的主管部门。\n").units
    assert units == ["县林下经济发展领导小组"], units


def test_a_ceiling_per_household_in_the_word_buzhu_is_a_cap() -> None:
    kinds = [c.kind for c in _extract("二、每户农户补助不超过5000元。\n").conditions]
    assert kinds == ["overall_cap"], kinds


def test_a_payment_in_parts_after_the_check_is_a_condition() -> None:
    conditions = _extract("二、示范项目验收合格后拨付50%,剩余50%次年拨付。\n").conditions
    assert [c.kind for c in conditions] == ["other"]


def test_a_date_before_which_projects_are_excluded_is_no_deadline() -> None:
    extraction = _extract("二、对2030年12月31日以前已建成投产的项目,不予奖补。\n")
    assert extraction.milestones == []
    assert [c.kind for c in extraction.conditions] == ["scope"]


@pytest.mark.parametrize(
    ("body", "dues"),
    [
        (
            "二、县林业局于2031年6月底前召开全县动员大会。\n",
            [("召开全县动员大会", date(2031, 6, 30))],
        ),
        ("二、2031年第三季度前完成示范基地验收。\n", [("完成示范基地验收", date(2031, 9, 30))]),
        (
            "二、各乡镇于2031年9月30日以前完成林下种植面积核查。\n",
            [("完成林下种植面积核查", date(2031, 9, 30))],
        ),
        (
            "二、在2031年第2次县长办公会议上研究确定示范基地名单,2031年11月底前完成名单公示。\n",
            [("完成名单公示", date(2031, 11, 30))],
        ),
    ],
)
def test_milestone_defences_that_held(body: str, dues: list[tuple[str, date]]) -> None:
    assert [(m.title, m.due) for m in _extract(body).milestones] == dues


@pytest.mark.parametrize(
    "body",
    [
        "二、各乡镇要于2031年5月底之前完成项目申报。\n",
        "二、各乡镇要在2031年5月底以前完成项目申报。\n",
    ],
)
def test_a_year_and_month_end_before_zhiqian_is_a_deadline(body: str) -> None:
    assert [(m.title, m.due) for m in _extract(body).milestones] == [
        ("完成项目申报", date(2031, 5, 31))
    ]


def test_two_departments_steps_in_one_sentence_stay_apart() -> None:
    tasks = _extract("二、县林业局应及时受理申报,县财政局将及时拨付资金。\n").tasks
    assert not any("县财政局" in task.title for task in tasks), [t.title for t in tasks]


# --- a range, a share, a period ----------------------------------------------------------------

# Invented: the city's rule a ceiling (最高50万元); the district's rules 就高 with the city's, one
# a share of the city's sum.
RANGED_CITY = """青石市人民政府办公室关于印发青石市标准化奖励办法的通知
青政办发〔2027〕12号
青石市人民政府办公室
2027年2月15日
青石市标准化奖励办法
一、奖励政策
对主导制定国家标准的企业,给予最高50万元奖励。
对通过知识产权贯标认证的企业,给予8万元奖励。
"""
RANGED_DISTRICT = _district(
    "对主导制定国家标准的企业,区财政每项再给予20万元奖励,与市级奖励不重复享受,按就高原则执行。",
    "对通过能源管理体系认证的企业,区财政再给予6万元奖励,与市级奖励不重复享受,按就高原则执行。",
    "对通过知识产权贯标认证的企业,区财政按市级奖励金额的50%再给予配套奖励,与市级奖励不重复享受。",
)


@pytest.fixture(scope="module")
def ranged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_ranged", RANGED_CITY, RANGED_DISTRICT)


def test_a_ceiling_above_a_districts_sum_is_the_total(ranged: QueryService) -> None:
    assert "合计: 最高50万元" in answer_text(ranged, CALC_ONE)[0]


def test_the_kept_ceiling_is_not_said_to_be_nothing(ranged: QueryService) -> None:
    reply = answer_text(ranged, CALC_ONE)[0]
    assert "0元)计" not in reply, reply


def test_a_share_rules_clause_is_not_the_documents_rule(ranged: QueryService) -> None:
    reply = answer_text(ranged, CALC_ONE)[0]
    assert "知识产权贯标" not in reply, reply


def test_a_lookup_notes_only_its_own_rules_clause(ranged: QueryService) -> None:
    reply = answer_text(ranged, "西岭区能源管理体系认证奖励多少")[0]
    assert "6万元" in _lead(reply), reply
    assert "国家标准" not in reply and "贯标" not in reply, reply


@SPAN_OFF
def test_a_span_of_years_asked_gives_each_year(series: QueryService) -> None:
    lead = _lead(_reply(series, "松禾2027到2029年省级名牌产品多少个"))
    assert lead != "答: 30个" and "50个" in lead, lead


# Invented: a district 就高 rule for an achievement its city does not reward.
OWN_ONLY = _district(
    "对通过能源管理体系认证的企业,区财政再给予6万元奖励,与市级奖励不重复享受,按就高原则执行。"
)


@pytest.fixture(scope="module")
def own_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    yield from _service(tmp_path_factory, "attack59_own_only", QINGSHI, OWN_ONLY)


def test_a_districts_rule_the_city_lacks_is_paid(own_only: QueryService) -> None:
    reply = answer_text(own_only, "我们公司在西岭区,通过了能源管理体系认证,一共能拿多少")[0]
    assert "合计: 6万元" in reply, reply


def test_two_achievements_of_two_levels_are_not_weighed_as_one(own_only: QueryService) -> None:
    reply = answer_text(
        own_only, "我们公司在西岭区,通过了能源管理体系认证,主导制定了1项国家标准,一共能拿多少"
    )[0]
    assert "合计: 46万元" in reply, reply
    assert "不叠加" not in reply, reply
