"""Attack 55 (a new user and an attacker in the offline chat): replies over an invented city's
plan that a staff member's question, typed as on a phone, gets wrong or confusing. Each test is
an xfail(strict=True) defect report for the lead; none fixes product code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import Shown, answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService

ASKED = datetime(2027, 4, 1, 1, tzinfo=UTC)

# Invented: a city plan with goals, district quotas, a task table by year, rewards and a cap.
QINGSHI = """青石市人民政府办公室关于印发青石市质量品牌提升行动计划(2027—2029年)的通知
青政办发〔2027〕12号
各县(区)人民政府,市政府各部门:
现将《青石市质量品牌提升行动计划(2027—2029年)》印发给你们,请认真贯彻执行。
青石市人民政府办公室
2027年2月15日

青石市质量品牌提升行动计划(2027—2029年)

一、主要目标
到2028年,全市新增“品字标”认证企业40家,主导制定国家标准12项。到2029年,规模以上工业企业新产品产值率达到30%。
各区新增省级名牌产品数量不少于:东湖区8个、西岭区5个、南塘区3个。
2027年5月底前完成全市质量基础设施普查。

二、重点任务
(一)实施标准引领工程。由市市场监管局牵头,市经信局配合,每年组织标准化培训不少于6期。
(二)实施品牌培育工程。2027年9月30日前建立青石市重点品牌培育库,由市商务局负责。
(三)各县区每季度报送品牌建设工作进展。

三、任务分解表
序号 任务 单位 2027年 2028年 2029年 牵头单位 配合单位
1 新增省级名牌产品 个 10 12 15 市市场监管局 各区人民政府
2 建成国家级质检中心 个 1 2 3 市科技局 市市场监管局

四、奖励政策
对主导制定国际标准的企业,给予每项80万元奖励;主导制定国家标准的,给予每项40万元奖励;主导制定行业标准的,给予每项15万元奖励。
对新获得中国质量奖的企业,给予200万元奖励;获得中国质量奖提名奖的,给予60万元奖励。
对首次通过“品字标”认证的企业,给予20万元奖励。
同一企业同一年度获得上述奖励累计最高不超过300万元。

五、保障措施
各单位要于每年12月10日前将年度工作总结报送市市场监管局。
"""

# Invented: a second city whose standard rewards differ from 青石's.
YUNXI = """云溪市人民政府办公室关于印发云溪市标准化工作方案的通知
云政办发〔2027〕5号
云溪市人民政府办公室
2027年1月10日
云溪市标准化工作方案
一、奖励政策
主导制定国家标准的,给予每项50万元奖励;主导制定行业标准的,给予每项20万元奖励。
"""

# Invented: a third city where 市科技局 supports more items than one list holds (65 table rows).
JINSHA = (
    """金沙市人民政府办公室关于印发金沙市科技项目工作方案的通知
金政办发〔2027〕6号
金沙市人民政府办公室
2027年1月12日
金沙市科技项目工作方案
一、任务分解表
序号 任务 单位 2028年 牵头单位 配合单位
"""
    + "\n".join(f"{i} 新增第{i}类科技项目 个 {i + 2} 市发改委 市科技局" for i in range(1, 66))
    + "\n"
)


# Invented: a district plan of 青石市东湖区 adding its own reward (再给予) on top of the city's.
DONGHU = """青石市东湖区人民政府办公室关于印发东湖区品牌建设实施方案的通知
东政办发〔2027〕3号
青石市东湖区人民政府办公室
2027年3月1日
东湖区品牌建设实施方案
一、工作目标
到2028年,全区新增省级名牌产品10个,新增“品字标”认证企业12家。
二、奖励政策
对首次通过“品字标”认证的企业,区财政再给予10万元奖励。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("attack55")
    with invented_plans_service(folder, QINGSHI, YUNXI, now=ASKED) as service:
        yield service


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("attack55_units")
    with invented_plans_service(folder, JINSHA, QINGSHI, now=ASKED) as service:
        yield service


def test_a_sum_over_the_districts_is_not_the_citys_first_year_figure(service: QueryService) -> None:
    reply = ask(service, "青石三个区省名牌加起来一共多少个")
    # The store holds 东湖区8个、西岭区5个、南塘区3个; the reply said 答: 10个 (the city's 2027
    # table figure) and that the store has no per-district figures.
    assert "答: 10个" not in reply, reply
    assert "没有三个区单列的数字" not in reply, reply


def test_a_total_over_the_plan_years_is_not_the_first_years_figure(service: QueryService) -> None:
    reply = ask(service, "青石三年一共要建成几个国家级质检中心")
    assert "答: 1个" not in reply, reply


def test_a_range_of_years_is_not_read_as_its_first_year(service: QueryService) -> None:
    reply = ask(service, "青石2027至2029年省级名牌一共要新增几个")
    assert "答: 10个" not in reply and "· 2027年 ·" not in reply, reply


def test_the_total_of_two_named_rewards_is_not_one_of_them(service: QueryService) -> None:
    # As the chat replies (a sum of rewards goes to the calculator, ``QueryService.route``).
    reply = answer_text(service, "中国质量奖和提名奖一共奖多少")[0]
    # 200万元 + 60万元 (or both amounts listed); the reply was 答: 青石市 60万元, and the chat's
    # 合计: 200万元 with 提名奖一共奖多少 未找到 (its 奖 of asking read as the title's).
    assert "200万元" in reply, reply
    assert "合计: 260万元" in reply and "60万元" in reply and "未找到" not in reply, reply


def test_the_difference_of_two_district_quotas_is_answered(service: QueryService) -> None:
    reply = ask(service, "青石东湖区比南塘区省名牌多几个")
    assert "没有找到两地可以相减的数字" not in reply, reply
    assert "5个" in reply, reply


@pytest.mark.xfail(
    strict=True, reason="attack55 M2: 几个地区的奖励不同 but one region's rules listed"
)
def test_asking_which_region_lists_every_regions_rules(service: QueryService) -> None:
    reply = ask(service, "国家标准奖励比行业标准多多少")
    if "几个地区的奖励不同" in reply:
        assert "50万元" in reply and "40万元" in reply, reply


def test_targets_of_a_district_keep_to_that_district(service: QueryService) -> None:
    reply = answer_text(service, "/targets 青石 东湖区")[0]
    assert "东湖区" in reply and "西岭区" not in reply and "南塘区" not in reply, reply


def test_a_units_list_keeps_every_region_it_counts(crowded: QueryService) -> None:
    reply = answer_text(crowded, "/units 市科技局", shown=Shown())[0]
    # Headed 2个地区 · 牵头 3 项, 配合 65 项, but the list ended at item 60, all 金沙市's. More
    # tasks than a page, of two cities: which city is asked, each on a line with its count.
    assert "青石市: 牵头 3 项" in reply and "金沙市: 配合 65 项" in reply, reply


def test_an_amount_no_rule_gives_is_not_matched_inside_another(service: QueryService) -> None:
    reply = ask(service, "奖励250万元的是什么")
    # No rule gives 250万元; the reply was 答: 主导制定国家标准的,给予每项50万元奖励.
    assert "答: 主导制定国家标准" not in reply, reply


def test_a_small_amount_is_not_matched_inside_a_larger_one(service: QueryService) -> None:
    reply = ask(service, "青石奖励5万元的是哪项")
    assert "答: 主导制定行业标准" not in reply, reply


def test_which_of_two_districts_has_more_is_answered(service: QueryService) -> None:
    reply = ask(service, "东湖区和西岭区哪个省名牌多")
    # The reply joined the goal sentence before (产值率达到30%) to the quota sentence with →
    # and said the two districts have no documents of their own.
    assert "产值率" not in reply, reply


def test_a_ratio_of_two_rewards_is_answered(service: QueryService) -> None:
    reply = ask(service, "青石国际标准奖励是国家标准的几倍")
    assert "80万元" in reply and "40万元" in reply, reply


def test_is_it_overdue_says_it_is_not_yet_due(service: QueryService) -> None:
    reply = ask(service, "青石市的普查是不是已经过期了")
    # Asked on 2027-04-01 of a step due 2027-05-31: headed 已经过期, no word that it is not.
    assert any(word in reply for word in ("未过期", "尚未", "还没", "还有", "未到期")), reply


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("attack55_district")
    with invented_plans_service(folder, QINGSHI, DONGHU, now=ASKED) as service:
        yield service


def test_a_districts_additional_reward_keeps_the_citys(district: QueryService) -> None:
    reply = ask(district, "我们区是东湖区,品字标认证奖多少")
    # The city's 20万元 holds in its districts and the district's 10万元 comes on top (再给予);
    # the reply was 答: 10万元, the district's alone.
    assert "20万元" in reply, reply


# Invented: a meeting notice (not a plan) an admin may upload by mistake.
MEETING = """红河市市场监管局关于召开2027年质量工作会议的通知
红市监〔2027〕3号
各有关单位:
定于2027年3月15日上午9:00在市行政中心三楼会议室召开2027年全市质量工作会议。请各单位于2027年3月10日前报送参会人员名单。
红河市市场监管局
2027年3月1日
"""


@pytest.mark.xfail(
    strict=True, reason="attack55 L1: the meeting's year read as a year-end deadline"
)
def test_a_meeting_named_by_its_year_is_not_due_at_the_years_end(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("attack55_meeting")
    with invented_plans_service(
        folder, MEETING, now=datetime(2027, 3, 2, 1, tzinfo=UTC)
    ) as service:
        reply = answer_text(service, "/deadlines 红河")[0]
    # The meeting is on 2027-03-15; 2027年全市质量工作会议 also became a step due 2027-12-31.
    assert "2027-12-31" not in reply, reply


def test_this_years_work_includes_its_dated_steps(service: QueryService) -> None:
    reply = ask(service, "青石今年要完成啥")
    # Asked 2027-04-01: 普查 is due 2027-05-31 and 培育库 2027-09-30; the reply was 共 3 项,
    # the three year-end targets (今年底前要完成哪些 lists all of them).
    assert "普查" in reply and "培育库" in reply, reply


def test_a_follow_up_with_its_own_time_word_keeps_it(service: QueryService) -> None:
    chat = Conversation({})
    answer_text(service, "青石今年要完成啥", conversation=chat)
    reply = answer_text(service, "青石快到期的", conversation=chat)[0]
    assert "快到期" in reply.splitlines()[0], reply


def test_before_mid_year_includes_the_steps_due_before_it(service: QueryService) -> None:
    reply = ask(service, "青石年中前要完成啥")
    # Asked 2027-04-01: 普查 due 2027-05-31 is before 年中; the reply named the 06-30 report only.
    assert "普查" in reply, reply
