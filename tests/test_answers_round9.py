"""Answers round 9 (issue 12): phrasings of the fourth question batch (spoken2) — a sum the
asker states is no year (投了2000万), the levels people run together (县区 for 县、区), 人代会 and
法人 as people say them, a share asked as 几成, 各 never a slip, a unit asked by the role its note
gives it, exclusions (不包括), conditions (没注明…的话), who counts as what, who receives a sum;
a document's number typed without its year, its 发布日期, 备案号, who sent a 请示 up; the rule's
上年度, 上规, the clause that holds the value asked, the asker's own office and where they are;
two things asked together (A和B分别多少), a firm named with the title it got; what a unit of a
decomposition is, the units a duty is laid on, a verb that names the task asked about. The store holds invented
documents (样板县, made-up units and sums)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.passages import split_document
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from tests.invented_plans import ask, invented_plans_service

RULES = """样板县人民政府关于印发《样板县工业发展奖励办法》的通知
样政发〔2042〕3号
各乡镇人民政府,县政府各部门:
现将《样板县工业发展奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2042年3月9日
样板县工业发展奖励办法
一、对当年工业技改投入3000万元以上的企业奖补12万元,技改投入1000万元至3000万元的企业奖补6万元。(牵头考核单位:县科工信局)
二、产值增量奖。以上奖金60%奖给企业法定代表人,另40%奖给企业。
三、每净增1家规上工业企业拨给所在县、区工作经费3万元。
四、税收贡献奖。本年度净入库税收同比净增10万元以上的奖励1万元。(数据采集单位:县统计局)
五、标准研制奖。如未注明“负责起草单位”,前三名视为主导研制单位。
六、纳税大户奖的奖金,企业领导班子成员获得奖金总额的80%,其余奖金奖励财务相关人员。
七、本办法适用于县内工业企业,不包括房地产企业和金融企业。
八、对上年度纳税100万元至300万元的企业,本年度上缴税收同比增幅达到25%以上的给予奖励。
九、对新上规入库企业每家奖励4万元。
"""

CITY_RULES = """样板市人民政府关于印发样板市标准创新奖励办法的通知
样府发〔2042〕8号
一、对主导制定国际标准的单位给予80万元的奖励。
二、本办法适用于样板市级、顺德区(不含驻样部属企业)。
样板市人民政府
2042年4月2日
"""

MEASURES = """样板县人民政府办公室关于印发应对疫情若干政策措施的通知
样政办秘〔2042〕2号
各乡镇人民政府,县政府各部门:
为深入贯彻落实上级关于疫情防控的重要指示精神,全面落实省委、省政府关于疫情防控的各项决策部署,进一步做好我县疫情防控工作,经县政府第23次常务会议研究同意,现将《关于应对疫情保障企业复工复产的若干措施》《关于应对疫情保障主副食品生产流通供应的若干措施》《关于应对疫情保障能源供应的若干措施》《关于应对疫情加强市场监督管理的若干措施》《关于应对疫情保障道路物资运输有序通行的若干措施》《关于应对疫情加强医疗废物收集转运处置工作的若干措施》《关于对参与疫情防控医疗卫生人员给予保障和激励的若干措施》印发给你们,请结合实际认真贯彻执行。
一、对参加防治工作的医务人员给予临时性工作补助,每人每天补助200元。
样板县人民政府办公室
2042年2月14日
"""

REPORT = """样板县人民政府办公室关于印发2042年政府工作报告任务分解的通知
样政办〔2042〕1号
各乡镇人民政府,县政府各部门:
2042年《政府工作报告》已经县九届人大三次会议审议通过,现将主要目标任务分解下发。
一、各责任单位要在每季度末报送进展情况。(牵头单位:县发展改革局)
二、在任务分解的责任单位中,排名第一的责任单位为牵头单位,其他列入单位为参与单位。
三、各牵头单位要及时向县政府报告重点工作完成情况,包括进展情况、存在的问题和下一步措施。
四、创建国家卫生乡镇示范点。
牵头责任单位:县卫健委
主要协作单位:各乡镇人民政府
五、全县新建村级养老服务站20个。
样板县人民政府办公室
2042年1月6日
"""

NOTICE = """文件编号:样文备〔2043〕12号
发布日期 | 2042-07-20
发布机构 | 样板县市场监管局
样板县人民政府关于表彰2041年度样板县县长质量奖获奖单位的通报
样政发〔2042〕37号
各乡镇人民政府,县政府各部门:
经评审,决定授予样板县甲乙电子有限公司2041年度“样板县县长质量奖”荣誉称号,并给予15万元奖金。
样板县人民政府
2042年6月10日
"""

REQUEST = """样板县质量技术监督局关于申请品牌奖励经费的请示
样板县人民政府:
近年来,我县名牌战略取得了显著成绩。根据《样板县推进品牌创建工作意见》,特申请获省名牌产品每家企业奖励1万元,获市名牌产品企业每家奖励0.5万元。
当否,请批示。
样板县质量技术监督局
2042年5月18日
"""

HONOURS = """样板县人民政府关于表彰2041年度获著名商标单位的决定
样政发〔2042〕40号
各乡镇人民政府,县政府各部门:
2041年,我县“丙丁”等2件商标被认定为辽宁省著名商标。县政府决定:对获得辽宁省著名商标的2家单位一次性各奖励6万元。
附件:获奖单位名单
1样板县丙丁电力设备厂丙丁电力变压器
2样板县戊己食品有限公司戊己豆制品
样板县人民政府
2042年5月21日
"""

JOBS = """样板县人民政府办公室关于下达2042年促进就业工作目标责任制的通知
样政办〔2042〕9号
各乡镇人民政府,县政府各部门:
一、2042年全县促进就业目标责任制主要指标
1、全县城镇新增就业人数3.2万人以上。
2、全县新增农业富余劳动力转移就业4.1万人以上。
二、各乡镇要将县下达的各项指标分解到所属村(社区),确保各项任务按时完成。
样板县人民政府办公室
2042年4月20日
"""

HEALTH = """样板县卫健委2042年政府工作报告任务分解
1.创建国家卫生乡镇示范点。
牵头责任单位:县卫健委
主要协作单位:各乡镇人民政府
2.实施12个村卫生室改扩建项目。
牵头责任单位:县卫健委
主要协作单位:县医保局
"""

# A city's targets split among its districts (real district names: the table reader places
# its columns by the gazetteer; the figures are made up).
TABLE = """宿迁市人民政府关于下达2042年政府工作任务的通知
各区人民政府,市各委办局:
根据市人代会确定的2042年国民经济和社会发展主要预期目标,对各区发展目标进行分解汇总。
附件:2042年宿迁市国民经济和社会发展主要预期指标分解汇总表
宿迁市人民政府
2042年2月10日
附件1
2042年宿迁市国民经济和社会发展主要预期指标分解汇总表
序号
指标名称
单位
宿迁市
宿城区
宿豫区
1
地区生产总值
增幅(%)
7左右
7.5左右
6左右
2
一般公共预算收入
增幅(%)
8以上
8.5
9
"""

# A plan with a task table: a row's cells (task, measure, units, a goal per year) are read
# together (the figures are made up).
TASKS_TABLE = """宿迁市人民政府办公室关于印发宿迁市工业质量提升三年行动计划(2042—2044年)的通知
各区人民政府,市政府各部门:
《宿迁市工业质量提升三年行动计划(2042—2044年)》已经市政府同意,现印发给你们,请遵照执行。
宿迁市人民政府办公室
2042年3月1日
宿迁市工业质量提升三年行动计划(2042—2044年)
一、重点工作
(一)提升制造业发展水平。2042年,全市推动500家规模以上企业实施技术改造。(牵头单位:市经济和信息化局)
附件:宿迁市工业质量提升三年行动计划(2042—2044年)任务分解表
序号
任务名称
工作内容
工作措施
牵头单位
配合单位
工作目标
2042
2043
2044
1
提升制造业发展水平
推动企业实施技术改造。
市经济和信息化局
各区人民政府
推动500家规模以上企业实施技术改造。
2043年、2044年目标待省明确相关指标数后再定。
2
强化科技创新引领
推进科技创新载体建设。
市科技局
各区人民政府
全市孵化器数量增长12%。
全市孵化器数量增长12%。
全市孵化器数量增长12%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    plans = (RULES, REPORT, NOTICE, CITY_RULES, MEASURES, HONOURS, JOBS, TABLE, TASKS_TABLE)
    asked = datetime(2044, 5, 1, 1, tzinfo=UTC)
    with invented_plans_service(
        tmp_path_factory.mktemp("round9"), *plans, REQUEST, now=asked
    ) as service:
        yield service


def answered(reply: str) -> bool:
    return "部分相符" not in reply and "未找到" not in reply


def test_a_sum_the_asker_states_is_no_year(service: QueryService) -> None:
    """技改投了2000万: 2000 is a sum; 今年 dates what the asker did, not the rule asked about."""
    assert service.parse("样板县技改投了2000万奖多少").year is None
    assert service.parse("样板县2042年技改奖多少").year == 2042
    reply = ask(service, "我们公司在样板县,今年技改投了2000万,能奖补多少?")
    assert "6万元" in reply and "未找到" not in reply
    # Without the asker's own amount, 今年 still dates the question (2044: nothing then).
    assert service.parse("样板县今年技改奖多少").year == 2044


def test_levels_run_together_are_the_documents_list(service: QueryService) -> None:
    """县区: the documents write 县、区."""
    reply = ask(service, "样板县每净增1家规上企业给县区多少工作经费?")
    assert "3万元" in reply and answered(reply)


def test_a_share_asked_as_jicheng(service: QueryService) -> None:
    """奖的钱,企业法人能分几成: a share (a percentage), to the 法定代表人 the rule names."""
    parsed = service.parse("样板县产值增量奖的钱,企业法人能分几成?")
    assert parsed.asks == "number" and "几成" not in parsed.words
    reply = ask(service, "样板县产值增量奖的钱,企业法人能分几成?")
    assert "60%" in reply and answered(reply)


def test_the_meeting_people_call_rendaihui(service: QueryService) -> None:
    reply = ask(service, "样板县2042年政府工作报告是哪次人代会审议通过的?")
    assert "九届人大三次会议" in reply and answered(reply)


def test_each_is_never_a_slip() -> None:
    """各多少: 各 (each) is the asking, not 隔 of 隔多久 that sounds the same."""
    speller = Speller({"停车位": 3, "隔多": 1}, ["新增停车位"], ["隔多"])
    assert speller.correct("停车位各多少个") == "停车位各多少个"


def test_a_unit_asked_by_the_role_its_note_gives_it(service: QueryService) -> None:
    """(数据采集单位:县统计局), (牵头考核单位:…): the role is what the question asks by."""
    reply = ask(service, "样板县税收贡献奖的数据是哪个单位采集的?")
    assert "县统计局" in reply and answered(reply)
    assert service.parse("样板县技改奖补的牵头考核单位是?").asks == "who"
    reply = ask(service, "样板县技改奖补的牵头考核单位是?")
    assert "县科工信局" in reply and answered(reply)


def test_an_exclusion_is_no_asking_word(service: QueryService) -> None:
    """不包括哪些: 包括 alone is the asking, 不包括 is what the rule says."""
    assert "不包括" in service.parse("样板县这个办法不包括哪些企业?").words
    reply = ask(service, "样板县这个办法不包括哪些企业?")
    assert "房地产企业" in reply and answered(reply)


def test_a_condition_asked_with_mei_and_dehua(service: QueryService) -> None:
    """没注明…的话, 谁算…: the rule's 未注明, and who counts as what is a description."""
    parsed = service.parse("样板县标准研制奖没注明负责起草单位的话,谁算主导研制单位?")
    assert parsed.asks == "what" and "未注明" in parsed.words and "的话" not in parsed.words
    reply = ask(service, "样板县标准研制奖没注明负责起草单位的话,谁算主导研制单位?")
    assert "前三名" in reply and answered(reply)


def test_who_receives_a_sum_is_no_unit(service: QueryService) -> None:
    """奖金…其余的给谁: the people the rule names (财务相关人员); 谁牵头 stays a unit."""
    assert service.parse("样板县纳税大户奖的奖金除了领导班子,其余的给谁?").asks == "what"
    assert service.parse("样板县技改奖补交给谁负责?").asks == "who"
    reply = ask(service, "样板县纳税大户奖的奖金除了领导班子,其余的给谁?")
    assert "财务相关人员" in reply and answered(reply)


def test_a_document_number_typed_without_its_year(service: QueryService) -> None:
    """样政发37号: the code and serial find the document; 问号 is 文号 mistyped."""
    assert service.parse("样政发37号落款是哪天?").doc_number == "样政发37号"
    reply = ask(service, "样政发37号落款是哪天?")
    assert "2042-06-10" in reply and answered(reply)
    reply = ask(service, "样板县县长质量奖通报的问号是多少?")
    assert "样政发〔2042〕37号" in reply and answered(reply)


def test_published_is_the_date_the_page_states(service: QueryService) -> None:
    """哪天发布的: the 发布日期 a page states; 成文 is still the signing."""
    reply = ask(service, "样政发〔2042〕37号是哪天发布的?")
    assert "2042-07-20" in reply and answered(reply)
    reply = ask(service, "样政发〔2042〕37号成文日期是哪天?")
    assert "2042-06-10" in reply and "2042-07-20" not in reply


def test_a_filing_number_and_who_sent_a_request(service: QueryService) -> None:
    reply = ask(service, "样板县县长质量奖通报的备案号是多少?")
    assert "样文备〔2043〕12号" in reply and answered(reply)
    reply = ask(service, "申请品牌奖励经费的那个请示是哪个单位报的?")
    assert "样板县质量技术监督局" in reply and answered(reply)


def test_the_rules_own_year_words_are_no_time_word(service: QueryService) -> None:
    """上年度纳税100万的企业: the rule's condition, not a year the question is about."""
    question = "样板县上年度纳税100万到300万的企业,税收增幅要达到多少才有奖?"
    assert service.parse(question).year is None
    reply = ask(service, question)
    assert "25%" in reply and answered(reply)
    assert service.parse("样板县上年度奖励多少").year == 2043


def test_shangui_is_one_word(service: QueryService) -> None:
    """新上规: 上规 (reaching 规模以上), not 新规 once 上 is dropped as an asking word."""
    assert "上规" in service.parse("样板县新上规企业每家奖多少?").words
    reply = ask(service, "样板县新上规企业每家奖多少?")
    assert "4万元" in reply and answered(reply)


def test_a_long_sentence_shows_the_clause_with_the_value_asked(service: QueryService) -> None:
    """第几次常务会议: the clause with 第23次, not the one naming the measures most often."""
    reply = ask(service, "样板县应对疫情若干措施是县政府第几次常务会议同意的?")
    assert "第23次" in reply and answered(reply)


def test_the_askers_own_office_is_who_asks(service: QueryService) -> None:
    """我们是样板县林业局: where the asker is (样板县) stays, their office is no topic word;
    a unit the plans name (县发展改革局) is what a question about its duties asks about."""
    parsed = service.parse("我们是样板县林业局,技改奖补多少?")
    assert parsed.region_ids and "林业局" not in parsed.words
    assert service.parse("我们是样板县发展改革局,我们负责哪些工作?").unit_ids


def test_where_the_asker_is_scopes_a_rule(service: QueryService) -> None:
    """我们公司在顺德: a district typed short (the gazetteer's 顺德区), named by the rule of
    where it applies, scopes the question to that rule and is said by it."""
    parsed = service.parse("我们公司在顺德,主导制定了一项国际标准,能奖多少?")
    assert parsed.places == ("顺德区",) and parsed.located == ("顺德区",)
    reply = ask(service, "我们公司在顺德,主导制定了一项国际标准,能奖多少?")
    assert "80万元" in reply and answered(reply)


def test_two_things_asked_together_are_each_answered(service: QueryService) -> None:
    """城镇新增就业和农业富余劳动力转移就业分别是多少: one item each, not the closer only."""
    question = "样板县2042年城镇新增就业和农业富余劳动力转移就业目标分别是多少?"
    assert len(service.parse(question).parts) == 2
    reply = ask(service, question)
    assert "3.2万人" in reply and "4.1万人" in reply and answered(reply)


def test_a_firm_named_with_the_title_it_got(service: QueryService) -> None:
    """丙丁电力设备厂评上辽宁省著名商标: the reward for the title answers; the notice names
    the firm only in its annex."""
    question = "样板县丙丁电力设备厂评上辽宁省著名商标,奖金多少?"
    assert "设备厂" in service.parse(question).achiever
    reply = ask(service, question)
    assert "6万元" in reply and answered(reply)


def test_what_a_unit_of_a_decomposition_is(service: QueryService) -> None:
    """排名第一的责任单位是什么: its role (牵头单位), not a unit's name."""
    assert service.parse("样板县任务分解里排名第一的责任单位是什么?").asks == "what"
    reply = ask(service, "样板县任务分解里排名第一的责任单位是什么?")
    assert "牵头单位" in reply and answered(reply)


def test_the_units_a_duty_is_laid_on_are_its_subject(service: QueryService) -> None:
    """牵头单位要向县政府报告哪些内容: what they report, not which unit."""
    parsed = service.parse("样板县牵头单位要向县政府报告哪些内容?")
    assert parsed.asks != "who" and "牵头单位" in parsed.words
    reply = ask(service, "样板县牵头单位要向县政府报告哪些内容?")
    assert "下一步措施" in reply and answered(reply)


def test_what_is_done_with_targets_is_no_list_of_them(service: QueryService) -> None:
    """就业指标要分解到哪一级: the sentence that says so, not every 就业 target."""
    reply = ask(service, "样板县的就业指标乡镇要再分解到哪一级?")
    assert "所属村" in reply and answered(reply)


def test_a_verb_that_names_the_task(service: QueryService) -> None:
    """2042年要创建什么: 创建 names the task asked about, unlike 要完成什么 (the year's items)."""
    reply = ask(service, "样板县2042年要创建什么?")
    assert "国家卫生乡镇示范点" in reply and answered(reply)
    assert "20个" in ask(service, "样板县2042年要完成什么?")


def test_note_lines_of_a_task_list() -> None:
    """牵头责任单位:…, then 主要协作单位:… on lines of their own: the task's units."""
    passages = split_document(HEALTH)
    task = next(p for p in passages if "示范点" in p.text)
    assert task.lead_units == ("县卫健委",) and task.support_units == ("各乡镇人民政府",)
    assert not any(p.text.startswith(("牵头责任单位", "主要协作单位")) for p in passages)


def test_a_slip_typed_by_another_reading_of_a_character() -> None:
    """净曾 for 净增: 曾 is read ceng in context, but zeng too; typed by that sound."""
    speller = Speller({"净增": 3, "企业": 9}, ["各净增规上工业企业"], ["几家"])
    assert speller.correct("净曾了几家企业") == "净增了几家企业"


def test_a_district_gets_its_own_figure_not_its_citys_beside(service: QueryService) -> None:
    """我们是宿城区: the district's column of the table; the city's total is another figure."""
    reply = ask(service, "我们是宿城区,2042年地区生产总值增幅目标是多少?")
    assert "答: 7.5%" in reply and "7.5左右" in reply and "宿迁市 7%" not in reply


def test_a_cell_goes_on_from_its_rows_task(service: QueryService) -> None:
    """2043年、2044年目标待省明确: the row's task (推动企业实施技术改造) is its subject; so is
    推进科技创新载体建设 for the 孵化器 goal of its row."""
    reply = ask(service, "宿迁2043年和2044年的技术改造目标定了没?")
    assert "待省明确" in reply and answered(reply)
    reply = ask(service, "宿迁孵化器建设是哪个部门牵头?")
    assert "市科技局" in reply and answered(reply)


def test_the_publisher_a_page_states(service: QueryService) -> None:
    """哪个部门发布的: the 发布机构 the page states; 谁发的 is still who signed it."""
    reply = ask(service, "样政发〔2042〕37号是哪个部门发布的?")
    assert "样板县市场监管局" in reply and answered(reply)
    reply = ask(service, "样政发〔2042〕37号是谁发的?")
    assert "样板县人民政府" in reply and "市场监管局" not in reply
