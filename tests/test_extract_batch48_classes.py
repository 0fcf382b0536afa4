"""General rules for the failure classes first seen on batch 48's dev part (corpus/unseen/SOURCES.md,
"Batch 48"; FAILURES.md "Batch 48"): a consultation's dated span not read as a phase (B48-1); the
count of bodies a draft was sent to read as a goal (B48-2); a chapter title run on before an
article glued to the article's unit, and a 累计 cap after a scope clause lost inside it (B48-3);
"公示不少于5个工作日" read as a goal (B48-4); the number of a document repealed read as the
notice's own (B48-5); "本办法适用于…等各项活动" read as a scope (B48-6); the items under "同时符合以下
条件的企业,可…获得奖励:" not read as scope conditions, nor any condition of a reward rule cut before
its sums (B48-7); a news item's headline sum, its "2家通过了复审" and "共获得…的奖励" read as goals
(B48-8); a total shared by a list of recipients split at 、 into sumless rewards, and the report of
it received read as another reward (B48-9); "<topic>由A、B共同管理使用" read as no task (B48-10).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are used only where the gazetteer must place them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata


def _schema(text: str) -> dict[str, Any]:
    return extract_text(text, "x.txt").to_schema_dict()


_REPEAL = (
    "安远县商务局关于拟废止部分规范性文件的公告\n"
    "为清理妨碍统一市场和公平竞争的政策措施,我局拟对两件县政府文件进行废止。我局向县财政局、县司法局、"
    "县科工局等5个单位征求了意见,经讨论研究,决定废止(安府发〔2030〕12号)和(安府办发〔2030〕3号)"
    "文件。现向社会公开征求意见,此次公开征求意见的时间为2031年3月1日—2031年3月31日。邮箱:x@example.com。\n"
    "安远县商务局\n"
    "2031年2月27日\n"
)


def test_a_consultation_with_its_first_and_last_day_is_a_phase() -> None:
    """B48-1: "公开征求意见的时间为A—B" runs from A to B, as a dated 公示 does."""
    milestones = _schema(_REPEAL)["milestones"]
    assert [(m["start"], m["due"]) for m in milestones] == [("2031-03-01", "2031-03-31")]
    assert "征求意见" in milestones[0]["title"]


def test_a_publicity_span_is_still_a_phase() -> None:
    """B48-1 guard: the 公示 phase reads as before."""
    text = (
        "某县市场监管局关于标准化试点项目名单的公示\n"
        "现将拟列入2031年度县级标准化试点的项目名单予以公示,公示时间为2031年5月6日—2031年5月12日。"
        "邮箱:x@example.com。\n"
        "某县市场监管局\n"
        "2031年5月5日\n"
    )
    milestones = _schema(text)["milestones"]
    assert [(m["title"], m["start"], m["due"]) for m in milestones] == [
        ("公示", "2031-05-06", "2031-05-12")
    ]


def test_the_count_of_bodies_consulted_is_no_goal() -> None:
    """B48-2: "向A、B等5个单位征求了意见" counts who was asked."""
    assert _schema(_REPEAL)["targets"] == []


def test_a_count_of_units_to_reach_is_still_a_goal() -> None:
    """B48-2 guard: a count of units the plan commits to is a goal."""
    text = (
        "某县标准化工作方案\n"
        "到2031年,全县新增标准化示范单位5个,培育品牌企业10家。\n"
        "某县人民政府\n"
        "2030年3月1日\n"
    )
    assert sorted(t["value"] for t in _schema(text)["targets"]) == [5, 10]


_RUN_ON_RULE = (
    "某县人民政府2031年4月2日(此件公开发布)某县县长质量奖管理办法第一章总则第一条为引导各类组织加强质量管理,"
    "追求卓越绩效,制定本办法。,第二条本办法适用于县长质量奖申报、评定、推广和监督管理等各项活动,,第二章组织"
    "管理第七条某县质量发展委员会负责县长质量奖评审工作,,第八条县质量发展委员会办公室(县市场监管局)负责县长质量"
    "奖评审日常工作,,第三章实施奖励第十二条县政府对获得县长质量奖的组织给予奖励50万元,在本组织内部就申报县长"
    "质量奖事项进行公示不少于5个工作日。\n"
)


def test_a_chapter_title_run_on_before_an_article_is_no_part_of_its_unit() -> None:
    """B48-3: "…,,第二章组织管理第七条某委员会负责…": the unit is the committee alone."""
    data = _schema(_RUN_ON_RULE)
    assert "某县质量发展委员会" in data["units"]
    assert not [unit for unit in data["units"] if "第二章" in unit or "组织管理" in unit]


def test_a_summed_cap_after_a_scope_clause_is_a_condition_of_its_own() -> None:
    """B48-3: "…应符合本区重点产业发展方向,单个项目…累计申领奖励不超过300万元": scope and cap."""
    text = (
        "某区招商引资引荐人奖励办法\n"
        "第一条 为鼓励社会各界参与招商引资,制定本办法。\n"
        "第二条 引荐人申请领取奖励的投资项目应符合本区重点产业发展方向,单个项目在办法有效期内累计申领奖励"
        "不超过300万元。\n"
        "第三条 引荐项目实缴注册资本达到1亿元以上的,给予引荐人20万元奖励。\n"
    )
    kinds = sorted(c["kind"] for c in _schema(text)["conditions"])
    assert kinds == ["overall_cap", "scope"]


def test_how_long_a_publicity_lasts_at_least_is_no_goal() -> None:
    """B48-4: "进行公示不少于5个工作日" is a procedure's length."""
    assert _schema(_RUN_ON_RULE)["targets"] == []


def test_the_number_of_a_document_repealed_is_not_the_notices_own() -> None:
    """B48-5: "决定废止(安府发〔2030〕12号)和(…)" names what is repealed."""
    assert extract_metadata("x.txt", _REPEAL).doc_number is None


def test_a_repealing_decisions_own_number_is_still_read() -> None:
    """B48-5 guard: a decision's number right after its own title is its own."""
    text = (
        "某县人民政府关于废止部分规范性文件的决定(安府发〔2031〕5号)\n"
        "各乡镇人民政府,县政府各部门:\n"
        "经研究,决定废止《某县外贸扶持资金管理办法》。\n"
        "2031年6月1日\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.doc_number == "安府发〔2031〕5号"
    assert meta.issued == date(2031, 6, 1)


def test_rules_applying_to_the_steps_of_a_work_set_no_scope() -> None:
    """B48-6: "本办法适用于…申报、评定、推广和监督管理等各项活动" governs steps, not recipients."""
    assert not [c for c in _schema(_RUN_ON_RULE)["conditions"] if c["kind"] == "scope"]


def test_rules_applying_to_firms_still_set_a_scope() -> None:
    """B48-6 guard: "本办法适用于在本区注册…的企业" is whom the rules reach."""
    text = (
        "某区品牌奖励办法\n"
        "第一条 本办法适用于在本区注册并依法纳税的企业。\n"
        "第二条 对获得中国驰名商标的企业,给予50万元奖励。\n"
    )
    assert [c["kind"] for c in _schema(text)["conditions"]] == ["scope"]


_CRITERIA = (
    "某区企业品牌奖励暂行办法\n"
    "第一条 为推进品牌战略,结合本区实际,制定本办法。\n"
    "第二条 同时符合以下条件的企业,可依据本办法获得奖励:\n"
    "(一)获得省级以上名牌产品称号并拥有相关产品所有权的独立企业法人;\n"
    "(二)在本区税务部门登记纳税;\n"
)


def test_items_listed_under_a_criteria_lead_are_scope_conditions() -> None:
    """B48-7: each item under "同时符合以下条件的企业,可依据本办法获得奖励:" is a scope."""
    data = _schema(_CRITERIA + "第三条 对获得中国名牌产品的企业,给予30万元奖励。\n")
    texts = [c["text"] for c in data["conditions"] if c["kind"] == "scope"]
    assert texts == [
        "获得省级以上名牌产品称号并拥有相关产品所有权的独立企业法人",
        "在本区税务部门登记纳税",
    ]


def test_a_reward_rule_cut_before_its_sums_still_says_who_qualifies() -> None:
    """B48-7: a document titled "…奖励暂行办法" whose copy stops before any sum keeps its criteria."""
    text = "某区人民政府\n" + _CRITERIA
    assert len([c for c in _schema(text)["conditions"] if c["kind"] == "scope"]) == 2


def test_items_under_a_plain_list_are_no_conditions() -> None:
    """B48-7 guard: items under a lead that names no criteria are not scope conditions."""
    text = (
        "某区企业品牌奖励暂行办法\n"
        "第一条 主要工作包括以下内容:\n"
        "(一)开展品牌培育;\n"
        "(二)加强宣传推广;\n"
        "第二条 对获得中国名牌产品的企业,给予30万元奖励。\n"
    )
    assert _schema(text)["conditions"] == []


_NEWS = (
    "某区80万奖驰名著名商标\n"
    "  本报讯 昨日,某区政府在颁奖大会上宣布,对“甲乙”、“丙丁”等4家驰名商标和著名商标予以总共80万元的奖励。\n"
    "  据介绍,另有“戊己”、“庚辛”2家通过了著名商标复审,昨日这4家企业共获得区政府80万元的奖励。\n"
)


def test_a_news_items_headline_sum_and_reported_counts_are_no_goals() -> None:
    """B48-8: "80万奖…", "2家通过了…复审", "共获得…80万元的奖励" report a reward, not goals."""
    assert _schema(_NEWS)["targets"] == []


def test_a_count_that_is_still_to_be_reached_is_a_goal() -> None:
    """B48-8 guard: "力争…通过…认证20家" has no 了 and is a goal."""
    text = (
        "某县质量提升方案\n"
        "到2031年,力争全县通过质量管理体系认证的企业达到20家。\n"
        "某县人民政府\n"
        "2030年5月1日\n"
    )
    assert [t["value"] for t in _schema(text)["targets"]] == [20]


def test_a_total_shared_by_listed_recipients_is_one_reward() -> None:
    """B48-9: "对“甲乙”、“丙丁”等4家…予以总共80万元的奖励" is one reward with the total as its
    treatment; "4家企业共获得…80万元的奖励" reports it and is no second one."""
    rewards = _schema(_NEWS)["rewards"]
    assert [(r["achievement"], r["amount_yuan"], r["treatment"]) for r in rewards] == [
        ("“甲乙”、“丙丁”等4家驰名商标和著名商标", None, "总共80万元")
    ]


def test_a_sum_each_recipient_gets_is_still_its_amount() -> None:
    """B48-9 guard: "各奖励20万元" names the sum each is paid."""
    text = (
        "某县人民政府关于表彰2031年度县长质量奖获奖企业的决定\n"
        "经评审,县政府决定授予甲公司、乙公司等2家企业县长质量奖,各奖励20万元。\n"
        "某县人民政府\n"
        "2032年1月5日\n"
    )
    assert [r["amount_yuan"] for r in _schema(text)["rewards"]] == [200000]


def test_bodies_managing_a_named_thing_together_each_lead_its_task() -> None:
    """B48-10: "扶持资金由县商务局、县财政局共同管理使用" is a task led by both bodies."""
    text = (
        "某县外贸扶持资金管理办法\n"
        "第一条 为促进外贸发展,制定本办法。\n"
        "第二条 扶持资金由县商务局、县财政局共同管理使用。\n"
        "第三条 对年出口额500万美元以上的企业,给予5万元奖励。\n"
    )
    data = _schema(text)
    assert [(k["title"], k["lead_units"]) for k in data["tasks"]] == [
        ("管理使用扶持资金", ["县商务局", "县财政局"])
    ]
    assert data["units"] == ["县商务局", "县财政局"]


def test_a_thing_shared_by_two_bodies_is_no_task() -> None:
    """B48-10 guard: "由A、B共同承担" (a cost split) names no duty the rule reads."""
    text = (
        "某县外贸扶持资金管理办法\n"
        "第一条 为促进外贸发展,制定本办法。\n"
        "第二条 奖励资金由县财政、乡镇财政共同承担。\n"
        "第三条 对年出口额500万美元以上的企业,给予5万元奖励。\n"
    )
    assert _schema(text)["tasks"] == []
