"""Attack 56 (an attacker of the sums just merged: place_sums, year_sums, stacked_rewards, reward
sums and ratios): replies over invented cities' plans that a staff member's question, typed as on
a phone, gets wrong or confusing. Each test is an xfail(strict=True) defect report for the lead;
none fixes product code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, DONGHU, QINGSHI

# Invented: a city plan with cumulative goals, a city quota split by district, district shares,
# an indicator table of levels (规模以上工业企业数) and of yearly additions, and rewards.
SONGHE = """松禾市人民政府办公室关于印发松禾市质量强市行动计划(2027—2029年)的通知
松政办发〔2027〕7号
各县(区)人民政府,市政府各部门:
现将《松禾市质量强市行动计划(2027—2029年)》印发给你们,请认真贯彻执行。
松禾市人民政府办公室
2027年2月10日

松禾市质量强市行动计划(2027—2029年)

一、主要目标
到2027年,全市累计培育省级名牌产品30个;到2028年,累计达到40个;到2029年,累计达到50个。
全市新增“品字标”认证企业30家,其中:河东区12家、河西区10家、湖滨区8家。
各区规模以上工业企业研发投入占比分别达到:河东区3%、河西区2.5%、湖滨区2%。
各区新增发明专利不少于:河东区100件、河西区80件;湖滨区新增注册商标200件。

二、主要指标表
序号 指标 单位 2027年 2028年 2029年 牵头单位 配合单位
1 省级名牌产品数 个 30 40 50 市市场监管局 各区人民政府
2 新产品产值率 % 20 25 30 市经信局 市统计局
3 新增国家标准 项 3 4 5 市市场监管局 市经信局
4 规模以上工业企业数 家 500 550 600 市经信局 市统计局

三、奖励政策
对首次通过“品字标”认证的企业,给予20万元奖励。对通过“品字标”认证复审的企业,给予5万元奖励。
对获得省政府质量奖的企业,给予100万元奖励;获得省政府质量奖提名奖的,给予30万元奖励。
对主导制定国家标准的企业,给予每项30万元奖励;主导制定行业标准的,给予每项10万元奖励。
"""

# Invented: a district of 松禾市 paying again (再给予) on top of its city's rules.
HEDONG = """松禾市河东区人民政府办公室关于印发河东区质量提升实施方案的通知
河政办发〔2027〕4号
松禾市河东区人民政府办公室
2027年3月2日
河东区质量提升实施方案
一、工作目标
到2028年,全区新增“品字标”认证企业15家。
二、奖励政策
对首次通过“品字标”认证的企业,区财政再给予10万元奖励。
对获得市长质量奖的企业,区财政再给予20万元奖励。
"""

# Invented: a neighbouring city with a 复审 reward of its own.
BAISHA = """白沙市人民政府办公室关于印发白沙市质量奖励办法的通知
白政办发〔2027〕2号
白沙市人民政府办公室
2027年1月5日
白沙市质量奖励办法
一、奖励政策
对获得市长质量奖的企业,给予50万元奖励。
对通过“品字标”认证复审的企业,给予8万元奖励。
"""

# Invented: a city with a cumulative goal beside its yearly table, and 市长质量奖 rewards.
LINPU = """林浦市人民政府办公室关于印发林浦市标准化提升行动计划(2027—2029年)的通知
林政办发〔2027〕9号
林浦市人民政府办公室
2027年2月18日
林浦市标准化提升行动计划(2027—2029年)
一、主要目标
到2029年,全市累计主导制定国家标准20项。2027年新增省级质检中心2个,2028年新增国家级质检中心1个。
各区新增省级名牌产品:江北区8个;江南区新增省级质检中心5个。
到2028年,全市新增“浙江制造”认证企业50家,其中江北区20家。
二、任务分解表
序号 任务 单位 2027年 2028年 2029年 牵头单位 配合单位
1 主导制定国家标准 项 3 4 5 市市场监管局 市经信局
2 培育省级名牌产品 个 6 8 10 市市场监管局 各区人民政府
三、奖励政策
对获得市长质量奖的企业,给予50万元奖励;获得市长质量奖提名奖的,给予10万元奖励。
对首次通过“浙江制造”认证的企业,给予30万元奖励。
"""

# Invented: a district of 林浦市 paying again for the 提名奖 only, and per standard.
JIANGBEI = """林浦市江北区人民政府办公室关于印发江北区品牌建设实施方案的通知
北政办发〔2027〕5号
林浦市江北区人民政府办公室
2027年3月3日
江北区品牌建设实施方案
一、工作目标
到2028年,全区新增省级名牌产品6个。
二、奖励政策
对获得市长质量奖提名奖的企业,区财政再给予5万元奖励。
对主导制定国家标准的企业,区财政再给予每项10万元奖励。
"""

# Invented: a city with district quotas (区 and 县), yearly goals, and rewards, one a ceiling.
HUAIYANG = """槐阳市人民政府办公室关于印发槐阳市品牌强市三年行动计划(2027—2029年)的通知
槐政办发〔2027〕3号
槐阳市人民政府办公室
2027年2月8日
槐阳市品牌强市三年行动计划(2027—2029年)
一、主要目标
各县区新增省级名牌产品数量:城关区6个、开发区4个、青山县5个。
各区新增市级标准化试点:城关区3项,开发区不超过2项。
2027年全市新增省级质量标杆企业5家,2028年全市新增省级质量标杆企业6家,2029年全市新增省级质量标杆企业不少于7家。
到2027年底,全市品牌价值超亿元企业达到20家;2028年新增品牌价值超亿元企业5家。
二、奖励政策
对获得省政府质量奖的企业,给予最高100万元奖励;获得省政府质量奖提名奖的,给予30万元奖励。
对获得省级质量标杆企业称号的,每家奖励10万元。
"""

# Invented: a district of 槐阳市 paying on top (再给予, 另行奖励) of its city's rules.
CHENGGUAN = """槐阳市城关区人民政府办公室关于印发城关区质量奖励办法的通知
城政办发〔2027〕6号
槐阳市城关区人民政府办公室
2027年3月6日
城关区质量奖励办法
对获得省政府质量奖的企业,在市级奖励基础上,区财政再给予最高50万元奖励。
对获得省级质量标杆企业称号的,区财政另行奖励5万元;连续两年保持的,再奖励2万元。
"""

# Invented: a city with yearly goals, two districts' quotas and a floor for its other districts.
MEISHAN = """梅山市人民政府办公室关于印发梅山市质量提升行动方案(2027—2029年)的通知
梅政办发〔2027〕11号
梅山市人民政府办公室
2027年2月12日
梅山市质量提升行动方案(2027—2029年)
一、主要目标
2027年新增“品字标”认证企业10家、2028年新增15家、2029年新增20家。
2027年新增省级名牌产品5个,2028年新增省级名牌产品3项标准。
到2029年,全市新增国家标准15项,其中2027年5项。
各区新增“品字标”认证企业:东城区8家、西城区6家,其他区各不少于2家。
二、奖励政策
对首次通过“品字标”认证的企业,给予15万元奖励;对获得省级名牌产品的,给予每个5万元奖励。
"""

# Invented: a second city with yearly 品字标 goals and a reward of its own.
ZHUXI = """竹溪市人民政府办公室关于印发竹溪市品牌建设方案的通知
竹政办发〔2027〕4号
竹溪市人民政府办公室
2027年1月20日
竹溪市品牌建设方案
一、主要目标
2027年新增“品字标”认证企业12家,2028年新增18家。
二、奖励政策
对首次通过“品字标”认证的企业,给予25万元奖励。
"""

# Invented: a task table with a base-year column and a 合计 column after the plan's years.
TAOYUAN = """桃源市人民政府办公室关于印发桃源市标准化行动计划(2027—2029年)的通知
桃政办发〔2027〕2号
桃源市人民政府办公室
2027年2月1日
桃源市标准化行动计划(2027—2029年)
一、任务分解表
序号 任务 单位 2026年(基数) 2027年 2028年 2029年 合计 牵头单位
1 新增省级名牌产品 个 8 10 12 15 37 市市场监管局
2 主导制定国家标准 项 2 3 4 5 12 市市场监管局
"""

# Invented: district figures in percentage points, money, and figures of each year (每年).
YANPING = """延平市人民政府办公室关于印发延平市质量提升行动计划(2027—2029年)的通知
延政办发〔2027〕6号
延平市人民政府办公室
2027年2月6日
延平市质量提升行动计划(2027—2029年)
一、主要目标
到2029年,各区产品质量合格率分别提高:北关区2个百分点、南关区1.5个百分点。
各区安排质量提升专项资金:北关区500万元、南关区1亿元。
各区新增“品字标”认证企业:北关区8家(其中首次认证2家)、南关区6家。
各区每年新增省级名牌产品:北关区3个、南关区2个。
"""


@pytest.fixture(scope="module")
def songhe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_songhe"), SONGHE, HEDONG, BAISHA, now=ASKED
    ) as service:
        yield service


@pytest.fixture(scope="module")
def linpu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_linpu"), LINPU, JIANGBEI, SONGHE, now=ASKED
    ) as service:
        yield service


def test_a_districts_reward_for_another_thing_is_not_stacked(linpu: QueryService) -> None:
    reply = ask(linpu, "江北区市长质量奖奖多少")
    # 江北区 pays again (5万元) for the 市长质量奖提名奖 only; the reply was 答: 共55万元:林浦市江北区
    # 5万元 + 林浦市 50万元. A 江北区 firm winning the 奖 itself gets the city's 50万元.
    assert "55万元" not in reply, reply
    assert "50万元" in reply, reply


def test_a_citys_two_rewards_are_its_own_rules(linpu: QueryService) -> None:
    reply = answer_text(linpu, "林浦市长质量奖和提名奖一共奖多少")[0]
    # 林浦市's plan: 市长质量奖 50万元, 提名奖 10万元 (60万元). The reply was 合计: 10万元 by
    # 《江北区品牌建设实施方案》, its 提名奖 再给予 5万元 counted for both names.
    assert "合计: 10万元" not in reply, reply
    assert "合计: 60万元" in reply, reply


def test_two_rewards_summed_are_two_rules(songhe: QueryService) -> None:
    reply = answer_text(songhe, "品字标认证和复审一共奖多少")[0]
    # 白沙市 writes only a 复审 rule (8万元): 品字标认证 matched it too, 合计: 16万元. 松禾市 has
    # both (20万元 + 5万元); 白沙市 has no 认证 rule to add.
    assert "合计: 16万元" not in reply, reply


def test_a_level_of_each_year_is_not_summed(songhe: QueryService) -> None:
    reply = ask(songhe, "松禾三年规模以上工业企业一共多少家")
    # The table's row is the number of firms each year ends with, not each year's new ones;
    # the reply was 答: 1650家(2027年 500家 + 2028年 550家 + 2029年 600家).
    assert "1650家" not in reply, reply
    reply = ask(songhe, "松禾2028至2029年规模以上工业企业数加起来多少家")
    assert "1150家" not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M1: 三年主导制定国家标准一共 refused (没有写“三年”) though the table has 3/4/5",
)
def test_the_plans_years_of_a_table_row_beside_a_cumulative_goal(linpu: QueryService) -> None:
    reply = ask(linpu, "林浦三年主导制定国家标准一共多少项")
    # The task table: 3项, 4项, 5项 (12项); beside it 到2029年累计…20项. The reply was 未找到:
    # 林浦的文件没有写“三年”.
    assert "没有写“三年”" not in reply, reply
    assert "12项" in reply or "20项" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M2: 2027至2029年 takes the 累计20项 goal as 2029's figure, hiding the table's 5项",
)
def test_a_range_keeps_the_tables_row_for_its_last_year(linpu: QueryService) -> None:
    reply = ask(linpu, "林浦2027至2029年国家标准一共多少项")
    # Shown: 3项 (2027), 4项 (2028) and 20项 全市累计 (2029) with 不能按年相加; the table's
    # 2029 figure 5项 (sum 12项) is not shown at all.
    assert "5项" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M3: 松禾市和河东区…一共 answered 答: 12家, the district's alone, no word of 30家",
)
def test_a_city_and_its_district_together_is_not_the_districts(songhe: QueryService) -> None:
    reply = ask(songhe, "松禾市和河东区品字标认证企业一共多少家")
    # 全市新增…30家,其中:河东区12家: the city's 30家 holds 河东区's 12家 (not 42家 either).
    assert "答: 12家" not in reply, reply
    assert "30家" in reply and "42家" not in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M4: 江北区和江南区…一共 says 没有江北区单列的数字, though 江北区 writes 6个",
)
def test_a_sum_with_one_place_unfound_keeps_the_others(linpu: QueryService) -> None:
    reply = ask(linpu, "江北区和江南区省级名牌一共多少个")
    # 江北区's own plan: 到2028年,全区新增省级名牌产品6个 (江北区省级名牌多少个 answers 6个);
    # 江南区 writes no 名牌 figure: 江南区 not found, 江北区's shown, no sum.
    assert "没有江北区单列的数字" not in reply, reply
    assert "6个" in reply, reply


def test_a_districts_total_of_two_rewards_keeps_its_pay_on_top(songhe: QueryService) -> None:
    reply = answer_text(songhe, "河东区品字标认证和复审一共奖多少")[0]
    # 河东区品字标认证奖多少 answers 共30万元 (区 10万元 + 市 20万元); with 复审 5万元 a 河东区 firm
    # gets 35万元. The reply headed 奖励测算 · 松禾市河东区 said 合计: 25万元, the city's alone
    # (attack56 M5, fixed by calc58).
    assert "合计: 25万元" not in reply, reply
    assert "合计: 35万元" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M6: 其中江北区20家 not read: 江北区浙江制造认证企业 refused (只有全市的50家)",
)
def test_a_districts_share_written_after_qizhong_is_its_figure(linpu: QueryService) -> None:
    reply = ask(linpu, "江北区浙江制造认证企业多少家")
    # 到2028年,全市新增“浙江制造”认证企业50家,其中江北区20家.
    assert "20家" in reply, reply


@pytest.fixture(scope="module")
def huaiyang(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_huaiyang"), HUAIYANG, CHENGGUAN, now=ASKED
    ) as service:
        yield service


@pytest.fixture(scope="module")
def qingshi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_qingshi"), QINGSHI, DONGHU, now=ASKED
    ) as service:
        yield service


def test_a_districts_other_pay_on_top_is_kept(huaiyang: QueryService) -> None:
    for question in ("城关区省级质量标杆企业奖多少", "城关区质量标杆企业市区两级一共奖多少"):
        reply = ask(huaiyang, question)
        # 城关区: 对获得省级质量标杆企业称号的,区财政另行奖励5万元 on top of the city's 每家10万元;
        # the reply was 答: 每家10万元, the city's alone, 城关区's rule not shown.
        assert "5万元" in reply, (question, reply)


def test_a_follow_up_of_a_sum_over_the_years_keeps_the_sum(qingshi: QueryService) -> None:
    chat = Conversation({})
    answer_text(qingshi, "青石三年一共要建成几个国家级质检中心", conversation=chat)
    reply = answer_text(qingshi, "省级名牌呢", conversation=chat)[0]
    # The table: 新增省级名牌产品 10/12/15 (37个 over the three years); the reply was 答: 10个.
    assert "答: 10个" not in reply, reply
    assert "37个" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M7: 城关区3项,开发区不超过2项 not read: 城关区和开发区…一共 refused (没有单列的数字)",
)
def test_district_figures_after_a_comma_are_each_districts(huaiyang: QueryService) -> None:
    reply = ask(huaiyang, "城关区和开发区市级标准化试点一共多少项")
    # 各区新增市级标准化试点:城关区3项,开发区不超过2项 (no sum of a ceiling: each shown).
    assert "没有城关区、开发区单列的数字" not in reply, reply
    assert "3项" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M8: 加上南塘区呢 after a sum of two districts refused (未找到“加上”)",
)
def test_a_follow_up_adding_a_district_to_the_sum(qingshi: QueryService) -> None:
    chat = Conversation({})
    answer_text(qingshi, "东湖区和西岭区省名牌一共多少个", conversation=chat)
    reply = answer_text(qingshi, "加上南塘区呢", conversation=chat)[0]
    # 东湖区 不少于8个 + 西岭区 不少于5个 + 南塘区 不少于3个: 至少16个.
    assert "未找到" not in reply, reply
    assert "16个" in reply, reply


def test_a_follow_up_place_of_a_reward_total_keeps_the_total(qingshi: QueryService) -> None:
    chat = Conversation({})
    answer_text(qingshi, "青石中国质量奖和提名奖一共奖多少", conversation=chat)
    reply = answer_text(qingshi, "东湖区呢", conversation=chat)[0]
    # 东湖区 writes no 质量奖 rule of its own: the city's 200万元 + 60万元 hold there.
    assert "收录了青石市东湖区的以下内容" not in reply, reply
    assert "260万元" in reply, reply


@pytest.fixture(scope="module")
def meishan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_meishan"), MEISHAN, ZHUXI, now=ASKED
    ) as service:
        yield service


def test_every_district_keeps_the_ones_the_plan_writes_of_together(meishan: QueryService) -> None:
    reply = ask(meishan, "梅山各区品字标认证企业一共多少家")
    # 东城区8家、西城区6家,其他区各不少于2家: the other districts' floor is part of 各区; the
    # reply was 答: 14家(东城区 8家 + 西城区 6家), no word of the others.
    assert "答: 14家" not in reply, reply


def test_a_reward_named_with_its_jiang_is_found_in_a_total(meishan: QueryService) -> None:
    reply = answer_text(meishan, "梅山品字标认证奖和省级名牌一共奖多少")[0]
    # 对首次通过“品字标”认证的企业,给予15万元奖励 + 每个5万元 (省级名牌): 合计 20万元; the
    # reply was 合计: 5万元 with 品字标认证奖: 未找到对应的奖励条款.
    assert "未找到对应的奖励条款" not in reply, reply
    assert "20万元" in reply, reply


@pytest.mark.xfail(
    strict=True,
    reason="attack56 L2: 梅山和竹溪2027年…一共 lists each city's figure with no total (22家)",
)
def test_a_sum_of_two_cities_is_made(meishan: QueryService) -> None:
    reply = ask(meishan, "梅山和竹溪2027年品字标一共新增多少家")
    # 梅山市 10家 + 竹溪市 12家; the reply was 答: 梅山市 10家;竹溪市 12家, the 一共 unanswered.
    assert "22家" in reply, reply


def test_a_total_with_no_years_typed_is_not_the_first_years(
    tmp_path_factory: pytest.TempPathFactory, qingshi: QueryService
) -> None:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_taoyuan"), TAOYUAN, now=ASKED
    ) as service:
        reply = ask(service, "桃源省级名牌一共多少个")
    # The table: 10/12/15 over 2027—2029, 合计 37; the reply was 答: 10个 (2027's) with the
    # three years listed under it. 青石's table alike: 答: 10个 and 答: 1个.
    assert "答: 10个" not in reply, reply
    assert "答: 10个" not in ask(qingshi, "青石省级名牌一共要新增多少个")


@pytest.fixture(scope="module")
def yanping(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("attack56_yanping"), YANPING, now=ASKED
    ) as service:
        yield service


def test_rises_of_two_districts_rates_are_not_summed(yanping: QueryService) -> None:
    for question in (
        "延平两个区产品质量合格率一共提高多少",
        "北关区和南关区合格率加起来提高几个百分点",
    ):
        reply = ask(yanping, question)
        # Each district's own rate rises (北关区 2个百分点, 南关区 1.5个百分点): no figure of
        # anything is their sum; the reply was 答: 3.5个百分(…), its unit cut short too.
        assert "3.5个百分" not in reply, (question, reply)


@pytest.mark.xfail(
    strict=True,
    reason="attack56 M10: 各区…一共 of 每年 figures answered 答: 5个 with no word that it is each year's",
)
def test_a_sum_of_each_years_figures_says_each_year(yanping: QueryService) -> None:
    reply = ask(yanping, "延平各区省级名牌一共多少个")
    # 各区每年新增省级名牌产品:北关区3个、南关区2个: 5个 a year (15个 over 2027—2029).
    headline = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "每年" in headline or "15个" in headline, reply
