"""Attack 60b (an attacker of lvl60: ans60's answers — 索引号, 那个通知, a place opening the
question, 呢 follow-ups, 谁来定 and who is rewarded — and ext60's extraction rules — a one-year
plan's time-only headings, a notice's 报名/申报时间为A至B window, a title's year as the plan's
period): replies and extractions over invented plans that state a wrong date, lose a fact, or
mislead. Each defect is an xfail(strict=True) report for the lead (H: wrong number or money or
date or a fact lost, M: refused or confusing, L: cosmetic); the defences that held stay as plain
tests. No product code is fixed here. Every plan and place is invented.

The lead reverted the time-only headings rule (X60-1) after this attack: the defences that held
for it are gone with it, and the xfails of quarter headings (H22, L23, H26, H27, M28, M10) now
describe what a future rule must do, not a wrong reply of today's."""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.records import Extraction
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture

REFUSAL = "未找到"
HEDGE = "部分相符"

# Invented: a district's page whose header gives its catalogue code, a county's page whose header
# line 索引号 is empty (its 文号 on the next line), two places' notices of one name, a township's
# plan stored without a region that names a partner township in passing, a district's reward
# rules naming who checks, who pays and who judges, and a city's call with a window across the
# new year and a day span whose last day leaves its month to the first.
PAGE = """索引号: | 000000009/203104-00021 | 信息分类: | 规范性文件 |
发布机构: | 柳岸区政府(办公室) | 主题分类: | 综合政务 / 通知 |
标 题: | 柳岸区人民政府办公室关于印发柳岸区2031年质量提升工作计划的通知 | ||
各镇人民政府、街道办事处,区政府各部门:
现将《柳岸区2031年质量提升工作计划》印发给你们,请认真抓好落实。
一、工作目标
2031年,全区新增省级名牌产品5个,新增绿色工厂3家。
二、重点任务
1.2031年6月底前完成全区质量基础设施调查。
柳岸区人民政府办公室
2031年4月9日
"""

EMPTY_CODE = """索引号:
文号:桃政办〔2031〕7号
桃源县人民政府办公室关于印发桃源县品牌建设工作方案的通知
各乡镇人民政府,县政府各部门:
现将《桃源县品牌建设工作方案》印发给你们,请认真贯彻执行。
一、工作目标
2031年底前,全县新增省级名牌产品4个。
二、保障措施
各乡镇要建立工作台账,按季度报送工作进展情况。
桃源县人民政府办公室
2031年5月2日
"""

NOTICE_A = """青禾区人民政府办公室关于开展2031年质量月活动的通知
各镇人民政府、街道办事处:
一、活动主题:建设质量强国。
二、各镇要于2031年9月30日前报送活动总结。
青禾区人民政府办公室
2031年8月20日
"""

NOTICE_B = """石岭县人民政府办公室关于开展2031年质量月活动的通知
各乡镇人民政府:
一、活动主题:质量引领发展。
二、各乡镇要于2031年10月15日前报送活动总结。
石岭县人民政府办公室
2031年8月25日
"""

PARTNER_TOWN = """二、2031年工作计划
建议今年全乡经济社会发展的主要预期目标是:地区生产总值增长6%;财政一般预算收入增长8%。
1.深化与白溪乡的结对合作,开展3000亩高标准农田建设,实施石门小流域治理工程。
"""

RULES = """柳岸区2031年农业产业化发展奖励扶持办法
第一条 对新认定的省级农业产业化龙头企业,一次性奖励10万元。
第二条 对新认定的市级农业产业化龙头企业,一次性奖励5万元。
第三条 奖励资金经区农业农村局初审、区财政局复核后,由区财政局直接拨付到企业。
第四条 对获得“柳岸好品”认定的企业,由区市场监管局组织评审,区政府给予奖励2万元。
柳岸区人民政府
2031年8月2日
"""

CALL = """松禾市市场监督管理局关于开展2032年度松禾市质量标杆企业评选工作的通知
各县(市、区)市场监管局:
一、对评为质量标杆的企业,市政府给予每家20万元奖励。
二、报名时间为2031年12月1日至1月15日。
三、评审时间为2032年3月1日至31日。
四、质量标杆企业由市质量强市工作领导小组审定。
松禾市市场监督管理局
2031年11月20日
"""

# A county's page whose header is a row of field names over a row of their values.
COLUMNS = """索引号 | 信息分类 | 发布机构
000000011/2031-00003 | 规范性文件 | 柳溪县政府办
柳溪县人民政府关于印发柳溪县质量强县建设实施方案的通知
各乡镇人民政府,县政府各部门:
一、主要目标
到2031年,全县农产品抽检合格率稳定在98%以上,新增省级名牌产品6个;到2032年,新增省级名牌产品8个。
二、重点任务
1.提高农产品抽检合格率,强化质量安全监管。
2.附件所列项目的索引号另行公布。
柳溪县人民政府
2031年3月1日
"""

service = plans_fixture(
    "attack60b", PAGE, EMPTY_CODE, NOTICE_A, NOTICE_B, PARTNER_TOWN, RULES, CALL, COLUMNS
)


def _lead(reply: str) -> str:
    """The reply's answer line (the one after its header)."""
    return reply.splitlines()[1]


# --- answers: what held ------------------------------------------------------------------------


def test_a_catalogue_code_is_read_from_its_own_page(service: QueryService) -> None:
    """Held: the page's code, and an empty 索引号 line is 未找到, not the 文号 below it."""
    reply = ask(service, "柳岸区2031年质量提升工作计划的索引号是多少?")
    assert "000000009/203104-00021" in _lead(reply), reply
    reply = ask(service, "桃源县品牌建设工作方案的索引号是多少?")
    assert REFUSAL in reply and "桃政办" not in reply, reply
    assert "桃政办〔2031〕7号" in ask(service, "桃源县品牌建设工作方案的文号是多少?")


def test_that_notice_of_a_place_is_its_own(service: QueryService) -> None:
    """Held: 那个通知 of 青禾区 / 石岭县 answers each place's own date."""
    reply = ask(service, "青禾区那个质量月活动的通知要求什么时候前报送活动总结?")
    assert "2031-09-30" in reply and "10月15日" not in reply, reply
    reply = ask(service, "石岭县那个通知要求什么时候前报送总结?")
    assert "2031-10-15" in reply and "9月30日" not in reply, reply


def test_a_notice_out_of_store_is_not_found(service: QueryService) -> None:
    """Held: 江岚省…通知的索引号 (no such notice stored) is 未找到."""
    reply = ask(service, "江岚省2031年质量月活动通知的索引号是多少?")
    assert reply.startswith(REFUSAL), reply


def test_an_unnamed_place_opening_the_question_is_hedged(service: QueryService) -> None:
    """Held: 红岭镇2031年… over the unplaced plan answers with its note that the plan names no
    place."""
    reply = ask(service, "红岭镇2031年财政一般预算收入打算增长多少?")
    assert "8%" in reply and "没有写明地区" in reply, reply


# --- answers: defects --------------------------------------------------------------------------


def test_ne_after_a_reward_keeps_the_first_figure(service: QueryService) -> None:
    reply = ask(service, "柳岸区新认定的省级龙头企业奖励多少?市级呢?")
    assert "10万元" in reply and "5万元" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M2: 新增省级名牌产品多少个?绿色工厂呢? leads with 5个 alone (3家 only in the quote)",
)
def test_ne_after_a_goal_leads_with_both_figures(service: QueryService) -> None:
    reply = ask(service, "柳岸区2031年新增省级名牌产品多少个?绿色工厂呢?")
    assert "5个" in _lead(reply) and "3家" in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M3: 白溪乡2031年…增长多少 over a plan naming 白溪乡 only as a partner "
    "leads with the 结对合作 sentence (no figure, no note that the plan is not 白溪's)",
)
def test_a_partner_place_named_in_passing_is_no_scope_for_a_figure(service: QueryService) -> None:
    reply = ask(service, "白溪乡2031年财政一般预算收入打算增长多少?")
    assert "结对合作" not in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M4: 白溪2031年要实施哪个小流域治理工程 answers 石门 from a plan naming "
    "白溪乡 only as its partner, sure, with no note that the plan is not 白溪's",
)
def test_a_partner_place_named_in_passing_is_no_scope_for_a_project(service: QueryService) -> None:
    reply = ask(service, "白溪2031年要实施哪个小流域治理工程?")
    assert REFUSAL in reply or "不一定是" in reply or HEDGE in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H5: 质量标杆企业谁来定 leads with the 市政府…20万元 reward sentence, "
    "not 由市质量强市工作领导小组审定",
)
def test_who_decides_is_the_body_that_approves(service: QueryService) -> None:
    reply = ask(service, "松禾市质量标杆企业谁来定?")
    assert "领导小组" in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M6: 柳岸好品是谁来评定的 is hedged (部分相符) though 由区市场监管局组织评审 answers",
)
def test_who_judges_a_title_is_answered_sure(service: QueryService) -> None:
    reply = ask(service, "柳岸好品是谁来评定的?")
    assert "区市场监管局" in reply and HEDGE not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H7: 对哪些企业给奖励 lists the 2万元 as rewarding '由区市场监管局组织评审' "
    "(the judge), the 柳岸好品 firms lost",
)
def test_who_is_rewarded_is_not_the_judge(service: QueryService) -> None:
    reply = ask(service, "柳岸区对哪些企业给奖励?")
    line = next(x for x in reply.splitlines() if "2万元" in x)
    assert "柳岸好品" in line and "组织评审" not in line, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M8: 报名截止到什么时候, of 报名时间为2031年12月1日至1月15日, quotes the "
    "sentence and never says 2032-01-15",
)
def test_a_window_across_the_new_year_closes_in_the_next(service: QueryService) -> None:
    reply = ask(service, "松禾市质量标杆企业评选报名截止到什么时候?")
    assert "2032-01-15" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M9: 评审什么时候, of 评审时间为2032年3月1日至31日, hedges 未找到 and shows "
    "'2032-03-01 至31日' (the 31st read as a title)",
)
def test_a_day_span_leaving_its_month_is_answered(service: QueryService) -> None:
    reply = ask(service, "松禾市质量标杆评审什么时候?")
    assert "2032-03-31" in reply and HEDGE not in reply, reply


def test_an_issuer_under_a_row_of_field_names(service: QueryService) -> None:
    """Fixed (attack60b H14): a header of field names over a row of values answers each name
    with the value in its column, not the next line's first cell (the 索引号)."""
    reply = ask(service, "柳溪县质量强县建设实施方案是哪个机构发布的?")
    assert "柳溪县" in _lead(reply) and "000000011" not in reply, reply


def test_a_catalogue_code_under_a_row_of_field_names(service: QueryService) -> None:
    """Fixed (attack60b M15): the same header's 索引号, read in its column."""
    reply = ask(service, "柳溪县质量强县建设实施方案的索引号是多少?")
    assert "000000011/2031-00003" in reply and REFUSAL not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H16: 2031年新增…多少个?2032年呢? leads with 6个 alone; 2032's 8个 lost",
)
def test_ne_after_a_year_asks_the_next_years_figure(service: QueryService) -> None:
    reply = ask(service, "柳溪县2031年新增省级名牌产品多少个?2032年呢?")
    assert "6个" in reply and "8个" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M17: 柳岸区农业产业化发展奖励扶持办法是哪个机构发布的 (the stored 2031 "
    "办法 named without its year) says 没有找到所问的文件 (599f9c55 found the document)",
)
def test_an_issuer_of_a_document_named_without_its_year(service: QueryService) -> None:
    reply = ask(service, "柳岸区农业产业化发展奖励扶持办法是哪个机构发布的?")
    assert "没有找到所问的文件" not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M18: 柳岸区关于开展质量月活动的通知 (none stored for 柳岸区) is hedged "
    "with another notice's 标题 header line, not 未找到",
)
def test_a_notice_of_a_place_out_of_store_is_not_found(service: QueryService) -> None:
    reply = ask(service, "柳岸区关于开展质量月活动的通知要求什么时候报送总结?")
    assert "标题" not in reply and REFUSAL in reply, reply


def test_that_notice_asked_for_its_requirements_is_no_addressee_line(
    service: QueryService,
) -> None:
    """Fixed (attack60b M19): what a notice requires is never its 主送 line nor its title."""
    reply = ask(service, "柳溪县那个通知对乡镇有啥要求?")
    assert "各乡镇人民政府,县政府各部门" not in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M20: 省级龙头企业才能再拿多少, of rules with no second sum, answers the "
    "one 10万元 sure, as if paid again (599f9c55 hedged it)",
)
def test_then_again_with_no_second_sum_is_not_the_first(service: QueryService) -> None:
    reply = ask(service, "柳岸区省级龙头企业才能再拿多少?")
    assert not _lead(reply).startswith("答: 10万元"), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M21: 拿啥当抓手, of a plan saying no 抓手, leads with the notice's title",
)
def test_what_a_plan_takes_as_its_handle_when_it_says_none(service: QueryService) -> None:
    reply = ask(service, "柳溪县质量强县拿啥当抓手?")
    assert "关于印发" not in _lead(reply), reply


# Invented: a one-year plan dated by quarter headings (a whole-year item under the first, a
# section of measures after them), and a three-year plan with a quarter heading of no year.
QUARTERS = """岚山区2032年质量提升工作计划
2032年,全区新增省级名牌产品4个。
一、第一季度
1.制定全区质量提升工作方案。(区市场监管局)
2.全年完成质量检测中心建设。(区发改局)
二、第二季度
3.组织开展质量管理体系认证培训。(区工信局)
三、保障措施
4.完成年度质量工作考核。(区政府督查室)
岚山区人民政府办公室
2032年1月5日
"""

THREE_YEARS = """岚山区品牌建设三年行动计划(2031—2033年)
到2033年,全区累计培育省级名牌产品20个。
一、第一季度
1.制定全区品牌建设工作方案。
岚山区人民政府办公室
2031年1月5日
"""

quarters = plans_fixture("attack60b_quarters", QUARTERS, THREE_YEARS)


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H26: 岚山区第一季度要完成哪些工作 leads with 全年完成质量检测中心建设 "
    "alone; 制定全区质量提升工作方案 lost",
)
def test_a_quarters_work_lists_its_steps(quarters: QueryService) -> None:
    reply = ask(quarters, "岚山区第一季度要完成哪些工作?")
    assert "制定全区质量提升工作方案" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M28: 岚山区2033年第一季度要完成什么, of a three-year plan whose quarter "
    "heading names no year, answers '答: 第一季度'",
)
def test_a_quarter_of_no_year_in_a_three_year_plan_is_no_answer(quarters: QueryService) -> None:
    reply = ask(quarters, "岚山区2033年第一季度要完成什么?")
    assert _lead(reply) != "答: 第一季度", reply


# Invented: a town's plan stored without a region whose step names a park after the town.
PARK_TOWN = """三、2031年工作安排
全镇地区生产总值增长7%,固定资产投资增长10%。
1.推进胡桥工业园区扩区,完成土地收储500亩。
"""

park_town = plans_fixture("attack60b_park", PARK_TOWN, PARTNER_TOWN, RULES, PAGE)


def test_a_place_opening_the_question_answers_a_step_of_its_plan(park_town: QueryService) -> None:
    """Held: 胡桥2031年要完成土地收储多少亩: 500亩."""
    assert "500亩" in _lead(ask(park_town, "胡桥2031年要完成土地收储多少亩?"))


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H29: 胡桥镇2031年地区生产总值增长多少, a second unplaced plan stored, leads "
    "with the step naming 胡桥 "
    "(推进胡桥工业园区扩区…500亩), sure; the plan's 7% lost",
)
def test_a_place_opening_the_question_keeps_the_plans_figure(park_town: QueryService) -> None:
    reply = ask(park_town, "胡桥镇2031年地区生产总值增长多少?")
    assert "7%" in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b L30: 柳岸镇2031年… is scoped and refused as 柳岸区 (header and 未找到 name "
    "the district, not the town asked)",
)
def test_a_town_named_like_a_district_is_not_the_district(park_town: QueryService) -> None:
    reply = ask(park_town, "柳岸镇2031年地区生产总值增长多少?")
    assert "柳岸区" not in reply, reply


# Invented: one district's three documents that each ask for progress reports: a page handing
# out its government report's task table (索引号 in the header), a 质量月 notice, and a plan.
SPLIT = """索引号: | 000000001/203104-00011 | 信息分类: | 规范性文件 |
发布机构: | 柳岸区政府(办公室) | 主题分类: | 综合政务 / 通知 |
标 题: | 柳岸区人民政府办公室关于印发2031年政府工作报告重点工作任务分解表的通知 | ||
各镇人民政府、街道办事处,区政府各部门:
现将《柳岸区2031年政府工作报告重点工作任务分解表》印发给你们,请认真抓好落实。
一、各责任单位要于每月5日前报送上月工作进展。
二、区政府督查室要按季度对重点工作任务落实情况进行督查,2031年12月底前完成年度考核。
柳岸区人民政府办公室
2031年4月9日
"""

MONTH = """柳岸区人民政府办公室关于开展2031年质量月活动的通知
各镇人民政府、街道办事处:
一、各镇要于2031年9月30日前报送活动总结。
二、各镇要于每季度末报送工作进展。
柳岸区人民政府办公室
2031年8月20日
"""

QUALITY_PLAN = """柳岸区2031年质量提升工作计划
一、工作目标
2031年,全区新增省级名牌产品5个。
二、工作要求
各镇要于每月10日前报送上月工作进展。
柳岸区人民政府
2031年3月1日
"""

notices = plans_fixture("attack60b_notices", SPLIT, MONTH, QUALITY_PLAN)


def test_codes_and_issuers_of_a_places_notices(notices: QueryService) -> None:
    """Held: the task table page's code; the 质量月 notice (no code) is 未找到, not the other
    page's; its issuer is its signature's office."""
    reply = ask(notices, "柳岸区重点工作任务分解表的通知的索引号是多少?")
    assert "000000001/203104-00011" in _lead(reply), reply
    reply = ask(notices, "柳岸区质量月活动通知的索引号是多少?")
    assert REFUSAL in reply and "000000001" not in reply, reply
    reply = ask(notices, "柳岸区质量月活动通知是哪个机构发布的?")
    assert "柳岸区人民政府办公室" in _lead(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M31: 任务分解那个通知要求什么时候报送工作进展 answers 各文件不同, the 质量月 "
    "notice's 每季度末 beside the task table's 每月5日前",
)
def test_that_notice_named_by_its_task_table_is_that_one(notices: QueryService) -> None:
    reply = ask(notices, "柳岸区任务分解那个通知要求什么时候报送工作进展?")
    assert "每月5日前" in reply and "每季度末" not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M32: 质量月那个通知要求什么时候报送工作进展 answers 各文件不同, the "
    "质量提升工作计划's 每月10日前 (no notice) beside the 质量月 notice's 每季度末",
)
def test_that_notice_named_by_its_month_is_that_one(notices: QueryService) -> None:
    reply = ask(notices, "柳岸区质量月那个通知要求什么时候报送工作进展?")
    assert "每季度末" in reply and "每月10日前" not in reply, reply


# --- extraction --------------------------------------------------------------------------------

_HEAD = "岚山区2032年质量提升工作计划\n"
_TAIL = "岚山区人民政府办公室\n2032年1月5日\n"
_CALL_HEAD = (
    "松禾市市场监督管理局关于开展2032年度松禾市质量标杆企业评选工作的通知\n"
    "各县(市、区)市场监管局:\n对评为质量标杆的企业,市政府给予每家20万元奖励。\n"
)
_CALL_TAIL = "松禾市市场监督管理局\n2031年12月1日\n"


def _extract(text: str) -> Extraction:
    return extract_text(text, "x.txt")


def _steps(body: str) -> list[tuple[str, date | None, date | None]]:
    return [(m.title, m.start, m.due) for m in _extract(_HEAD + body + _TAIL).milestones]


def _windows(body: str) -> list[tuple[str, date | None, date | None]]:
    found = _extract(_CALL_HEAD + body + _CALL_TAIL).milestones
    return [(m.title, m.start, m.due) for m in found]


def test_a_three_year_plan_named_without_its_span_dates_no_quarter() -> None:
    """Held: 质量提升三年行动计划 (到2034年) with "一、第一季度" dates nothing."""
    text = (
        "岚山区质量提升三年行动计划\n到2034年,全区新增名牌产品10个。\n"
        "一、第一季度\n1.制定全区质量提升工作方案。\n" + _TAIL
    )
    assert _extract(text).milestones == []


def test_a_window_without_a_year_and_a_reversed_one() -> None:
    """Held: 报名时间为3月1日至3月31日 in a 2032 call signed 2031 is 2032's; a window whose
    end comes before its start dates nothing."""
    assert _windows("请于规定时间内报名,报名时间为3月1日至3月31日。\n") == [
        ("报名", date(2032, 3, 1), date(2032, 3, 31))
    ]
    assert _windows("二、申报时间为2032年3月1日至2032年2月28日。\n") == []


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M10: a one-year plan's heading 二、11月至次年1月 drops its step "
    "(expected due 2033-01-31)",
)
def test_a_heading_across_the_new_year_dates_its_step() -> None:
    found = _steps(
        "一、1—3月\n1.制定全区质量提升工作方案。\n二、11月至次年1月\n2.完成年度质量考核。\n"
    )
    assert ("完成年度质量考核", None, date(2033, 1, 31)) in found


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H11: 报名时间为2031年12月1日至1月15日 (a window across the new year) is "
    "no window: its close 2032-01-15 lost",
)
def test_an_application_window_across_the_new_year() -> None:
    assert _windows("请于规定时间内报名,报名时间为2031年12月1日至1月15日。\n") == [
        ("报名", date(2031, 12, 1), date(2032, 1, 15))
    ]


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H12: 报名时间为2032年3月1日至31日 is a step '至31日' due 2032-03-01 "
    "(expected 报名 from 3-01 to 3-31)",
)
def test_a_window_whose_last_day_leaves_its_month() -> None:
    assert _windows("二、报名时间为2032年3月1日至31日。\n") == [
        ("报名时间", date(2032, 3, 1), date(2032, 3, 31))
    ]


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M13: 云岫县2031年度…先进单位评选奖励方案 (a look back on 2031, signed "
    "2032) takes 2031 as its period, as 表彰奖励办法 does not",
)
def test_a_selection_of_a_years_best_takes_no_period_from_its_title() -> None:
    text = (
        "云岫县2031年度质量工作先进单位评选奖励方案\n"
        "一、对获评质量工作先进单位的企业,每家奖励2万元。\n"
        "云岫县人民政府\n2032年2月7日\n"
    )
    assert _extract(text).document.period != (2031, 2031)


def test_a_chain_of_checks_and_a_payer_name_units() -> None:
    """Held: 经A初审、B复核、县政府审定后,由B直接拨付: A and B are units; a payer clause then
    已享受…不再重复奖励 are two conditions."""
    head = "青石县人民政府办公室关于印发青石县农产品品牌建设奖励办法的通知\n"
    head += "一、对新获得中国驰名商标的企业,一次性奖励20万元。\n"
    tail = "青石县人民政府办公室\n2031年7月1日\n"
    units = _extract(
        head + "二、经县市场监管局初审、县财政局复核、县政府审定后,由县财政局直接拨付。\n" + tail
    ).units
    assert {"县市场监管局", "县财政局"} <= set(units)
    found = _extract(
        head + "二、奖励资金由县财政统筹安排,已享受上级同类奖励的企业,不再重复奖励。\n" + tail
    ).conditions
    assert [c.kind for c in found] == ["other", "no_stacking"]


@pytest.mark.xfail(
    strict=True,
    reason="attack60b H22: under 一、第一季度 an item 全年完成质量检测中心建设 is due 2032-03-31 "
    "(expected the year's end, 2032-12-31)",
)
def test_a_whole_year_item_under_a_quarter_is_due_at_the_years_end() -> None:
    found = _steps("一、第一季度\n1.制定全区质量提升工作方案。\n2.全年完成质量检测中心建设。\n")
    assert ("全年完成质量检测中心建设", None, date(2032, 12, 31)) in found


@pytest.mark.xfail(
    strict=True,
    reason="attack60b L23: 一、第一季度(1—3月) makes one phase named "
    "'第一季度(1.制定全区质量提升工作方案)', the step's number inside its name",
)
def test_a_quarter_heading_with_its_months_names_its_step() -> None:
    found = _steps("一、第一季度(1—3月)\n1.制定全区质量提升工作方案。\n")
    assert all("1." not in title for title, _, _ in found), found


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M24: 申报时间为2032年4月30日前 dates nothing (expected 申报截止 2032-04-30)",
)
def test_an_application_time_before_a_day_is_its_close() -> None:
    assert _windows("二、申报时间为2032年4月30日前。\n") == [("申报截止", None, date(2032, 4, 30))]


@pytest.mark.xfail(
    strict=True,
    reason="attack60b M25: 报名时间为…,复审时间为2032年5月1日至5月20日: the 复审 window is lost",
)
def test_a_second_window_in_the_sentence_is_read() -> None:
    found = _windows("二、报名时间为2032年3月1日至3月31日,复审时间为2032年5月1日至5月20日。\n")
    assert any(due == date(2032, 5, 20) for _, _, due in found), found
