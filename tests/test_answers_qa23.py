"""Questions round 23 (issue 12): out-of-store near misses and phone words. A document asked
about by its region and year that the store holds only for another year is not answered by a
document of the province above; of a region's documents, the one whose text says what the
question names is the one asked about; 颁布日期, 还在执行吗; and phone words read as meant
(开支, 科创, 比重要, 一半, 我们团队). The store holds invented documents (made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import common_word
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

HEDGE = "部分相符"

PROVINCE = """江西省人民政府关于2032年推进供给侧结构性改革补短板的实施意见
赣府发〔2032〕3号
各设区市人民政府,省政府各部门:
2032年全省新增高标准农田120万亩。(牵头单位:省农业农村厅)
江西省人民政府
2032年2月6日
"""

COUNTY = """进贤县2031年度农业产业化扶持奖励办法
进政办发〔2031〕7号
各乡镇人民政府,县政府各部门:
一、对新认定的市级农业龙头企业奖励5万元。
二、对新建农产品加工集中区的乡镇奖励8万元。
进贤县人民政府办公室
2031年9月7日
"""

RULES = """示范市名牌产品奖励办法
示政发〔2030〕2号
颁布日期:2030-04-16
各县(区)人民政府,市政府各部门:
一、对新获得省名牌产品的企业奖励10万元。
二、到2033年,全市区域科技创新指数达到150以上,研究与试验发展经费支出占地区生产总值比重2.8%以上。
三、本办法自2030年5月1日起施行,《示范市品牌建设奖励办法》(示政发〔2021〕9号)同时停止执行。
示范市人民政府
"""

NOTICE = """各县(区)工业和信息化局、示范市高新区经济发展和统计局、示范市经济开发区经济发展和统计局、示范市临港新区经济发展局:根据《示范市促进制造业高质量发展若干措施(修订版)》(示府〔2031〕9号)《示范市工业经济稳增长若干措施》(示府办〔2031〕17号)精神,我局组织开展了2031年度示范市工业企业扩产增效奖励资金、2031年度示范市制造业企业晋档升级奖励资金申报工作,安排示范市甲乙科技有限公司等2家企业晋档升级奖励资金各60万元,市财政安排50万元,县区财政安排70万元(详见附件1),安排示范市丙丁工业科技有限公司等21家企业第二批市级扩产增效奖励资金96.5万元(详见附件3),现将市级奖励资金安排计划和绩效目标表下达给你们,请按要求尽快联系同级财政部门将专项资金拨付至项目承担单位,企业要对财政奖励资金实行专账核算,不得用于工资、水电费、房租费等日常运转支出,不得用于房屋、基金、股票等投资性经营支出,同时县(区)工业和信息化主管部门和获奖励企业应自觉接受工信、财政、审计等部门的监督检查,附件:1.2031年度示范市制造业企业晋档升级奖励资金安排计划表2.2031年度示范市工业企业扩产增效奖励资金(第二批)拟安排计划表。
示范市工业和信息化局
2032年6月9日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa23")
    with invented_plans_service(Path(folder), PROVINCE, COUNTY, RULES, NOTICE) as service:
        yield service


def test_another_years_county_document_is_not_the_provinces(service: QueryService) -> None:
    # The county's 2031年度 办法 is stored; asked of 2032年度, the province's 2032 notice above
    # it (the only document of the scope for that year) is another document.
    reply = _ask(service, "进贤县2032年度农业产业化扶持奖励办法的文号?")
    assert "赣府发" not in reply and "未找到" in reply, reply
    reply = _ask(service, "进贤县2031年度农业产业化扶持奖励办法的文号?")
    assert "进政办发〔2031〕7号" in reply, reply


def test_the_document_whose_text_says_it_is_the_one_asked(service: QueryService) -> None:
    # Neither the 奖励办法's title nor the untitled notice's opening says 晋档升级: its text does.
    reply = _ask(service, "示范市晋档升级奖励资金的通知是哪天发的?")
    assert "2032-06-09" in reply and "2030-04-16" not in reply, reply


def test_a_header_states_the_day_under_banbu_riqi(service: QueryService) -> None:
    reply = _ask(service, "示政发〔2030〕2号哪天颁布的?")
    assert "2030-04-16" in reply and "未找到" not in reply, reply


def test_still_in_force_asks_whether_a_document_stopped(service: QueryService) -> None:
    reply = _ask(service, "示政发〔2021〕9号还在执行吗?")
    assert "停止执行" in reply and "未找到" not in reply, reply


def test_kechuang_is_keji_chuangxin_and_bizhong_yao_is_no_zhongyao(service: QueryService) -> None:
    reply = _ask(service, "示范市科创指数2033年要达到多少")
    assert "150" in reply and HEDGE not in reply, reply
    question = "示范市到2033年研究与试验发展经费占地区生产总值比重要到多少?"
    words = service.parse(question).words
    assert "比重" in words and "重要" not in words, words
    reply = _ask(service, question)
    assert "2.8%" in reply and HEDGE not in reply, reply


def test_yiban_is_the_documents_half_and_women_tuandui_the_asker(service: QueryService) -> None:
    # 奖补资金有一半要等到什么时候兑现: the documents write 50% (奖补资金50%待…兑现).
    words = service.parse("示范市新引进项目的奖补资金有一半要等到什么时候兑现?").words
    assert "50%" in words and "一半" not in words, words
    # 我们团队 is who asks, as 我们公司 is: no word of what is asked.
    words = service.parse("我们团队拿了示范市科技进步奖二等奖,奖金有多少?").words
    assert "团队" not in words and "团对" not in words, words


def test_kaizhi_is_read_as_typed_and_as_the_documents_zhichu(service: QueryService) -> None:
    # (The speller made it 开启, a word of another sentence.)
    words = service.parse("示范市晋档升级奖励资金哪些开支不能用?").words
    assert "支出" in words and "开启" not in words, words


def test_a_common_word_is_never_a_slip() -> None:
    # 开支 is a word people type as they mean it; 开启 (a word of the store) is not what it meant.
    speller = Speller({"开启": 2, "支出": 5}, ["开启新征程", "日常运转支出"], common=common_word)
    assert speller.correct("哪些开支不能用") == "哪些开支不能用"
    assert Speller({"开启": 2}, ["开启新征程"]).correct("开支不能") != "开支不能"


def test_an_asking_phrase_is_no_look_alike_of_a_typed_stretch() -> None:
    # 外资按多少: one character off 资助多少 (a way of asking), which it does not mean.
    speller = Speller({"外资": 4}, ["农业外资"], asking=["资助多少"])
    assert speller.correct("外资按多少比例") == "外资按多少比例"
    assert Speller({"外资": 4}, ["农业外资"], ["资助多少"]).correct("外资按多少比例") != (
        "外资按多少比例"
    )


def test_of_tied_clauses_the_one_saying_the_rarer_words_is_shown(service: QueryService) -> None:
    # 资金 runs through the whole notice; 不得用于…支出 (不能 asked) sets its clause apart.
    reply = _ask(service, "示范市工业奖励资金哪些开支不能用?")
    assert "工资" in reply and "房租费" in reply, reply
