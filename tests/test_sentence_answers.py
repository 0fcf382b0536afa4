"""Questions answered by one sentence of a plan, said with the figure or date as the asker
needs it (issue 12: every question the documents answer is answered, with its sentence)."""

from __future__ import annotations

from pathlib import Path

from policybot.knowledge.passages import PassageIndex
from tests.invented_plans import ask, city_plan, invented_plans_service

CONSULTATION = city_plan(
    """一、征求意见
为广泛听取社会各界意见,现将方案全文公布。
《示范市品牌提升行动计划》公开征求意见时间截至2031年11月5日,公众可通过本页面或以下途径提出有关建议和意见。
"""
)

INSTITUTES = city_plan(
    """一、主要目标
到2032年,全市国家级质量检测机构力争达到15个以上,省级质量检测机构达到17个以上。
"""
)


def test_a_deadline_sentence_is_said_with_its_date(tmp_path: Path) -> None:
    # The sentence answers; the milestone read from it says the day as a date too.
    with invented_plans_service(tmp_path, CONSULTATION) as service:
        reply = ask(service, "示范市品牌提升行动计划征求意见截止到哪天?")
    assert "2031-11-05" in reply
    assert "2031年11月5日" in reply
    assert "未找到" not in reply


def test_a_signing_date_is_said_as_the_text_writes_it(tmp_path: Path) -> None:
    # Issued 2031-03-02 by its 落款 (示范市人民政府办公室 2031年3月2日): both forms.
    with invented_plans_service(tmp_path, INSTITUTES) as service:
        reply = ask(service, "示范市品牌提升行动计划是哪天印发的?")
    assert "2031-03-02" in reply
    assert "2031年3月2日" in reply


def test_a_level_asked_with_the_askers_verb_is_the_levels_figure(tmp_path: Path) -> None:
    # 省级…力争达到: the plan writes 力争达到 of the 国家级 count only; 省级 is written too.
    with invented_plans_service(tmp_path, INSTITUTES) as service:
        reply = ask(service, "示范市到2032年省级质量检测机构力争达到多少个?")
    assert "17个" in reply
    assert "未找到" not in reply


# A page without a heading: the extractor reads its opening clause as its title.
OPENING_ONLY = """推进县品牌设立的通告

时间:2032-06-20 05:11:00

推进县品牌设立的通告

根据省政府提出建设“标准大省”、市政府提出建设“标准大市”的战略指导意见,结合南汀县的实际,对我县的品牌建设工作提出如下意见。

一、指导思想
以市场为导向,以企业为主体,实现从“制造立县”到“标准强县”的跨越,以带动全县企业管理水平的全面提高。
县市场监管局每年组织品牌培训两次,推动企业争创品牌。
"""


def test_an_opening_read_as_title_still_names_the_documents_subject(tmp_path: Path) -> None:
    # 品牌建设 is what the opening says the page is about (对我县的品牌建设工作提出如下意见),
    # though the title read from it stops before: each sentence speaks of it.
    with invented_plans_service(tmp_path, OPENING_ONLY) as service:
        reply = ask(service, "南汀县品牌建设要实现从制造立县到什么的跨越?")
    assert "标准强县" in reply
    assert "未找到" not in reply


# A park's rules naming it in full once, then by its short name only.
PARK_RULES = """管委会招商引资奖励办法
为了加快智能装备制造产业园(以下简称“产业园”)的发展,调动各方面人员招商引资的积极性,特制定本办法。
一、奖励对象。为产业园引进资金、项目的介绍人。
二、奖励标准。引荐的投资项目,投资额1亿元以上部分按6‰比例进行奖励。单个项目奖励金最高不超过80万元人民币。
三、对引进国家级研发机构的介绍人,一次性奖励20万元。
"""


def test_a_name_a_document_shortens_is_said_by_each_of_its_sentences(tmp_path: Path) -> None:
    # 智能装备制造产业园 written out once, where 产业园 is defined: the rule under it is its
    # (in a store where the name's words are common, they weigh on every other sentence).
    with invented_plans_service(tmp_path, PARK_RULES) as service:
        reply = ask(service, "智能装备制造产业园单个项目的招商奖励金最高多少?")
    assert "80万元" in reply
    assert "未找到" not in reply


def test_the_name_a_short_name_stands_for_is_the_documents_alias() -> None:
    # What each sentence using 产业园 speaks of, as its title is (measured in part).
    index = PassageIndex([(1, PARK_RULES)])
    assert "产业园" in index.document_aliases[1]
    assert any(name.endswith("智能装备制造产业园") for name in index.document_aliases[1])


TALENT = city_plan(
    """一、人才政策
(一)高层次人才引进支持
1.市场化引才支持。支持社会机构为示范市引进人才,每引进1个省市创新创业团队或其它相当水平人才团队,给予最高12万元支持;引进1名高层次人才,给予最高4万元支持;推荐并协助引进的,给予最高1万元支持。
"""
)


def test_one_person_asked_by_ge_is_the_rule_per_person_not_per_team(tmp_path: Path) -> None:
    # 引进1个高层次人才: said by 个, written by 名; 1个 is the team's rule beside it.
    with invented_plans_service(tmp_path, TALENT) as service:
        reply = ask(service, "示范市社会机构帮忙引进1个高层次人才能给多少钱?")
    assert "4万元" in reply
    assert not reply.startswith("答: 12万元")


REGISTERED = city_plan(
    """规范性文件登记号: SFSC01-2031-0007  有效性: 有效
一、主要目标
到2032年,全市新增品牌示范企业20家。
"""
)


def test_a_register_code_on_the_page_answers_its_registration_number(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, REGISTERED) as service:
        reply = ask(service, "示范市品牌提升行动计划的规范性文件登记号是多少?")
    assert "SFSC01-2031-0007" in reply
    assert "未找到" not in reply


QUOTING_RULES = city_plan(
    """第一条 为规范示范市质量奖评审工作,根据《中华人民共和国产品质量法》《北岭省人民政府质量奖管理办法》(北政办发〔2030〕32号)《样板市人民政府质量奖管理办法(2029年修订)》(样市政办发〔2029〕33号)等有关规定,制定本办法。
第二条 质量奖每两年评选一次,每次获奖组织不超过3个,每个奖励50万元。
"""
)


def test_the_number_of_a_document_a_rule_goes_by_asked_with_canzhao(tmp_path: Path) -> None:
    # 参照的样板市办法文号: the number quoted beside that title, not the rule's own.
    with invented_plans_service(tmp_path, QUOTING_RULES) as service:
        reply = ask(service, "示范市品牌提升行动计划参照的样板市办法文号是多少?")
    assert "样市政办发〔2029〕33号" in reply.split("\n")[1], reply
