"""``knowledge.figures``: the figure or the bodies a sentence gives for a question's topic, which
lead the reply (invented sentences)."""

from __future__ import annotations

from policybot.knowledge.figures import asked_doers, asked_figure

SALES = "——全区通过“浙江制造”认证的企业年营业收入总额超过5亿元,自主品牌产品出口比重大幅提升"
DUTIES = (
    "由市领导小组统筹协调、指导推进品牌建设(包括制造业、农业和服务业),其中,市经信局、"
    "市市场监管局负责制造业品牌建设,市农业农村局负责农业品牌建设"
)


def test_the_figure_of_the_clause_naming_the_topic_leads_with_how_it_compares() -> None:
    assert asked_figure(SALES, ["浙江制造", "营业", "收入"]) == "超过5亿元"
    assert asked_figure("力争到2033年,规上企业研发投入占比达到3%左右。", ["研发"]) == "达到3%左右"


def test_no_figure_leads_when_the_clause_holds_two_or_none() -> None:
    assert asked_figure("新增省名牌10个、省著名商标20件", ["名牌"]) is None
    assert asked_figure(SALES, ["出口"]) is None
    assert asked_figure(SALES, ["专利"]) is None


def test_the_bodies_before_the_verb_of_the_clause_naming_the_topic_lead() -> None:
    assert asked_doers(DUTIES, ["制造业", "品牌建设"]) == "市经信局、市市场监管局"
    assert asked_doers(DUTIES, ["农业", "品牌建设"]) == "市农业农村局"


def test_no_bodies_lead_when_the_subject_is_no_body() -> None:
    assert asked_doers("各地负责本地区品牌建设", ["品牌建设"]) is None
    assert asked_doers("企业负责产品质量", ["产品质量"]) is None


def test_nothing_leads_from_a_clause_that_misses_a_word_of_the_topic() -> None:
    # found by 新增 and 企业, the clause may be about another thing than 家省品 (a word the bot
    # does not know): the sentence is shown, not its figure
    assert asked_figure("到2026年,全市新增省级品牌企业20家", ["新增", "家省品", "企业"]) is None
