"""Questions round 10 (issue 12): phrasings of the fifth question batch (corpus2) — a prize
grade the plans do not have (特等奖 beside 一等奖), a class of target named by a letter (A类),
a share asked as 占比, who a thing 归 (belongs to). The store holds invented documents (样板县,
made-up units and sums)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from policybot.knowledge import confidence
from policybot.knowledge.question import _organ_of_place, parse_question
from policybot.knowledge.regions import region_aliases
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

PRIZES = """样板县人民政府关于调整样板县科学技术奖奖励标准的通知
样政发〔2042〕5号
各乡镇人民政府,县政府各部门:
样板县科学技术进步奖奖金标准为:一等奖8万元/项,二等奖4万元/项,三等奖2万元/项。
对获得样板市市长质量奖(含金奖、银奖)的企业,按市奖励金额的50%给予配套奖励。
对获得样板县县长质量奖大奖、提名奖的,分别给予40万元、20万元奖励。
样板县人民政府
2042年1月6日
"""

TASKS = """样板县人民政府办公室关于印发2042年政府工作报告目标任务分解表的通知
各乡镇人民政府,县政府各部门:
现将2042年政府工作报告目标任务分解表印发给你们,请认真抓好落实。
县统计局负责对各部门完成的经济类数据进行真实性审核。
县委办公室负责将目标任务的完成情况纳入综合考评。
为深入贯彻落实市委、市政府《质量强市建设实施方案》(样委发〔2041〕11号)文件精神,制定本分解表。
到2045年,数字经济核心产业增加值占GDP比重达到9%,纳税过1亿元的企业达7家。
样板县人民政府办公室
2042年2月3日
(注:A类指责任目标;B类指激励目标;C类指争先创优目标)
一、地区生产总值增长6%。
"""

OPINION = """样板县人民政府关于印发《关于深入实施标准化战略的意见(2041-2045年)》的通知
样政发〔2041〕12号
各乡镇人民政府,县政府各部门:
现将《关于深入实施标准化战略的意见(2041-2045年)》印发给你们,请认真组织实施。
样板县人民政府
2041年12月30日
一、到2045年,主导制定国家标准5项以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("round10"), PRIZES, TASKS, OPINION
    ) as service:
        yield service


def test_a_grade_the_plan_does_not_have_is_not_one_it_has(service: QueryService) -> None:
    """特等奖 shares only 等奖 with 一等奖: two of its three characters, another word."""
    assert "8万元" in ask(service, "样板县科学技术进步奖一等奖奖多少?")
    assert "未找到" in ask(service, "样板县科学技术进步奖特等奖奖多少?")
    assert confidence.coverage(["特等奖"], "一等奖8万元/项", lambda word: 1.0).share == 0.0
    # An amount still counts in part by its unit (2亿元 beside 1亿元以上).
    assert confidence.coverage(["2亿元"], "上缴税收1亿元以上", lambda word: 1.0).share > 0


def test_an_awards_grade_after_its_name_is_not_the_word_for_prize_money(
    service: QueryService,
) -> None:
    """县长质量奖金奖: 质量奖 + 金奖 (a grade the 县长 award does not have), not 质量 + 奖金."""
    assert "40万元" in ask(service, "样板县县长质量奖大奖奖多少?")
    assert "未找到" in ask(service, "我们公司拿了样板县县长质量奖金奖,奖多少?")


def test_a_class_named_by_a_letter_is_a_word_of_the_question(service: QueryService) -> None:
    """A类, C类: the note that says what each class of target is."""
    assert "责任目标" in ask(service, "样板县目标任务分解表里A类指什么目标?")
    assert "争先创优目标" in ask(service, "样板县分解表c类目标是啥")


def test_spoken_shares_sums_and_whose_business(service: QueryService) -> None:
    """占比 is also the documents' 占…比重, 过亿 their 过1亿元, and 归谁管 asks who (the word
    the documents never write is not left to be missed)."""
    index = service._answers().index
    today = date(2042, 3, 1)
    # 占比 is searched as 比重 too (a synonym, not a rewrite: other plans write 占比 itself).
    assert "比重" in index.glossary.alternatives("占比")
    sums = parse_question("样板县纳税过亿的企业要几家?", index, today)
    assert "1亿元" in sums.words and "过亿" not in sums.words
    whose = parse_question("样板县目标任务完成情况纳入综合考评归谁管?", index, today)
    assert whose.asks == parse_question("样板县综合考评由谁负责?", index, today).asks
    assert not {"归谁", "归谁管"} & set(whose.words)
    assert "9%" in ask(service, "样板县数字经济核心产业增加值占比要多少")
    reply = ask(service, "样板县纳税过亿的企业要几家?")
    assert "7家" in reply and "部分相符" not in reply
    reply = ask(service, "样板县目标任务完成情况纳入综合考评归谁管?")
    assert "县委办公室" in reply and "部分相符" not in reply


UNTITLED = """各相关企业:
根据《示范县促进实体经济高质量发展的实施办法》文件规定,我局将对示范县2042年度获得中国、省质量奖的企业实施配套奖励,现将有关事项公告如下:
一、申报条件
(一)注册地和统计关系均在示范县;
二、奖励标准
对获得中国质量奖的,给予400万元奖励;获得省政府质量奖的,给予200万元奖励。
示范县市场监督管理局
"""


def test_an_untitled_notice_is_about_what_its_opening_sentence_says(tmp_path: Path) -> None:
    """A notice stored without a title: its opening (…实施配套奖励,现将有关事项公告如下) says
    what each of its sentences is about, as a title would — 配套 is not a word left unsaid."""
    with invented_plans_service(tmp_path, UNTITLED, PRIZES) as service:
        document = next(d for d in service._answers().index.documents() if not d.title)
        assert "配套奖励" in service._answers().index.passages.document_purposes[document.id]
        reply = ask(service, "示范县拿了中国质量奖,县里配套奖多少钱?")
        assert "400万元" in reply and "部分相符" not in reply


def test_the_corps_is_typed_bingtuan_and_keji_is_kexue_jishu(service: QueryService) -> None:
    """新疆生产建设兵团 is asked as 兵团 (a rule of names, applied to a store ingested before it
    too); 科技进步奖 is the documents' 科学技术进步奖."""
    assert {"兵团", "新疆兵团"} <= region_aliases("新疆生产建设兵团")
    assert region_aliases("样板市") == {"样板市", "样板"}
    reply = ask(service, "样板县科技进步奖二等奖一项奖多少?")
    assert "4万元" in reply and "部分相符" not in reply


def test_an_organ_named_with_its_place_is_the_organ(service: QueryService) -> None:
    """杭州市委 (the documents write 市委、市政府《…》): the place is scope, 市委 the word."""
    index = service._answers().index
    parsed = parse_question("样板县分解表是贯彻杭州市委哪个文件?", index, date(2042, 3, 1))
    assert "市委" in parsed.words and "杭州市委" not in parsed.words
    reply = ask(service, "样板县分解表是贯彻杭州市委哪个文件?")
    assert "样委发〔2041〕11号" in reply and "部分相符" not in reply
    # A word that only ends like an organ is left alone.
    assert _organ_of_place("样板市委") == "样板市委"


def test_how_long_a_document_governs_is_its_period(service: QueryService) -> None:
    """管到哪年 asks the document's period (2041-2045年), not a dated item of it."""
    reply = ask(service, "样板县标准化战略那个意见管到哪年")
    assert "2041-2045年" in reply and "未找到" not in reply
