"""trial45's answer defects (fix61), on invented plans: a city's step addressed to 各区 reaches
each district (M1)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.district_reach import child_names, districts_named
from test_fix46_district_answers import command

DISTRICT_PLAN = city_plan(
    """一、工作目标
(一)到2033年底,全市新增认证企业100家。
(二)各区每年新增认证企业数不少于:东岭区15家、西溪区12家。
二、时间安排
(三)2032年6月底前,各区制定本区实施方案并报市市场监管局备案。
(四)2032年9月底前,完成中期评估。
"""
)


def test_a_step_addressed_to_each_district_reaches_every_district_of_its_kind() -> None:
    regions = [
        (1, "碧川市", None),
        (2, "碧川市南汀区", 1),
        (3, "碧川市北屿县", 1),
        (4, "碧川市乐溪市", 1),
    ]
    children = child_names(regions)

    def reached(text: str) -> set[int]:
        return set(districts_named(1, [text], children))

    assert reached("各区制定本区实施方案") == {2}
    assert reached("各县(市、区)建成标准化服务站") == {2, 3, 4}
    assert reached("各区县(南汀区除外)完成整合") == {3}
    assert reached("推进各区域协调发展") == set()
    assert reached("参照各区经验") == set()
    assert reached("学习云州市各区做法") == set()
    # led by 各区人民政府: theirs; supported by them (under most steps of a plan): the city's
    assert set(districts_named(1, ["出台办法", "各区人民政府"], children)) == {2}
    assert set(districts_named(1, ["开展分析研判"], children, ["各区人民政府"])) == set()
    assert set(districts_named(1, ["开展分析研判"], children, ["南汀区人民政府"])) == {2}


def test_a_district_lists_the_citys_step_addressed_to_each_district(tmp_path: Path) -> None:
    """trial45 M1: /subscribe 澄川市临江区 heard nothing of the city's "各区制定本区实施方案"."""
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        listed = command(service, "/deadlines 东岭区")
        asked = ask(service, "东岭区快到期的有啥")
    for reply in (listed, asked):
        assert "各区制定本区实施方案" in reply, reply
        assert "完成中期评估" not in reply, reply


def test_districts_written_one_after_another_are_each_answered(tmp_path: Path) -> None:
    """trial45 M2: 禅城区高明区三水区…分别是多少 (no mark between the names) answered the first
    district only; each district asked gets its line."""
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        reply = ask(service, "东岭区西溪区每年新增认证企业数分别是多少")
    place = reply.splitlines()[0]
    assert "东岭区" in place and "西溪区" in place, reply
    assert "东岭区 不少于15家" in reply and "西溪区 不少于12家" in reply, reply


HOW_MANY_PLAN = city_plan(
    """一、工作目标
到2032年底,全市列入“浙江制造”品牌培育企业50家实现导入卓越绩效管理全覆盖;培育“质量强、品牌强”的“双强”企业80家;培育“浙江制造”品牌企业10家;培育省名牌企业30家;推动“浙江制造”品牌企业在电商平台开设官方旗舰店100家。
"""
)


def test_a_how_many_question_in_a_window_lists_the_figure_asked(tmp_path: Path) -> None:
    """trial45 M6 (fixed by fix62, tests/test_answers_fix62.py: the item asked now leads):
    今年底前湖州要培育多少家浙江制造品牌企业 lists the items due then, the one asked among them. Sending it on as a figure question (fix61) led with another item's figure
    for a question of the same shape (dev q1836: 答: 100家 for 培育多少浙江名牌企业, the 30家
    gone), so the list stays until the figure route ranks the item asked first; both items
    asked of here are in it."""
    with invented_plans_service(tmp_path, HOW_MANY_PLAN) as service:
        brand = ask(service, "今年底前示范市要培育多少家浙江制造品牌企业")
        named = ask(service, "今年底前示范市要培育多少省名牌企业")
    assert "10家" in brand and "培育“浙江制造”品牌企业" in brand, brand
    assert "30家" in named, named


TITLED_PLAN = city_plan(
    """一、工作目标
到2033年,全市主导或参与制定国家标准30项;新增省级名牌产品40个;规模以上工业企业采用国际标准比率达到70%;支持200家中小企业开展品牌提升行动。
"""
)


def test_words_of_the_plans_title_ask_for_all_its_targets(tmp_path: Path) -> None:
    """trial45 M3: 武汉市质量品牌提升有哪些目标 listed the one target writing 质量 and 提升,
    where /targets 武汉 has 18: the words name the plan (…质量品牌提升行动计划)."""
    with invented_plans_service(tmp_path, TITLED_PLAN) as service:
        reply = ask(service, "示范市品牌提升有哪些目标")
    for figure in ("30项", "40个", "70%", "200家"):
        assert figure in reply, reply


REWARD_PLAN = city_plan(
    """二、奖励政策
(五)对新获得中国质量奖的企业给予300万元奖励;新获得省政府质量奖的给予80万元奖励。
(六)对新获得中国驰名商标的企业给予60万元奖励,新获得省名牌产品的给予20万元奖励。
(七)同一企业同一年度同一项目符合多项奖励条件的,按就高原则给予奖励,不重复奖励。
"""
)


def test_a_question_winning_two_rewards_is_priced_by_the_calculator(tmp_path: Path) -> None:
    """trial45 M5: 获得中国质量奖又获得省政府质量奖能拿多少 and 同时获得驰名商标和浙江名牌能拿多少
    answered one half; both go to /calc's reading: each sum, the total and 就高不重复."""
    from policybot.handlers.calc_format import render_calculation_plain
    from policybot.knowledge.service import Route

    questions = (
        "示范市获得中国质量奖又获得省政府质量奖能拿多少",
        "示范市同时获得驰名商标和省名牌产品能拿多少",
    )
    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        routes = [service.route(question) for question in questions]
    for question, route, (first, second, total) in zip(
        questions,
        routes,
        (("300万元", "80万元", "380万元"), ("60万元", "20万元", "80万元")),
        strict=True,
    ):
        assert route.route is Route.CALCULATION, question
        assert route.calculation is not None
        reply = render_calculation_plain(route.calculation[1])
        assert first in reply and second in reply and f"合计: {total}" in reply, reply
        assert "就高" in reply or "不重复" in reply, reply


def test_the_variant_question_word_is_read_as_its_common_form(tmp_path: Path) -> None:
    """trial45 M4: 质监局要做甚么 / 質監局要做甚麼 was 未找到“甚么”, where 什么 and 什麼 were
    read: the variant goes through the normalisation every question word is read after."""
    from policybot.knowledge.chinese import normalise

    assert normalise("要做甚麼") == normalise("要做甚么") == normalise("要做什麼") == "要做什么"
    assert normalise("甚至") == "甚至"
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        replies = [ask(service, f"示范市市场监管局要做{word}") for word in ("什么", "甚么", "甚麼")]
    assert "甚么" not in replies[1] and replies[1] == replies[0] == replies[2], replies


def test_a_district_lists_label_drops_its_clause_number(tmp_path: Path) -> None:
    """trial45 L4: "(三)各区每年新增“澄川精品”认证企业数(澄川市临江区)" kept the clause's number."""
    with invented_plans_service(tmp_path, DISTRICT_PLAN) as service:
        listed = command(service, "/targets 东岭区")
    assert "各区每年新增认证企业数" in listed and "(二)" not in listed, listed
