"""ans62: an office seated in a unit's own room (督查室) in brackets after the body; the place
between 依据 and 哪个文件 is the basis's issuer, not the place asked about (invented plans only)."""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service, plans_fixture

_BODY = """一、工作要求
各牵头单位要将工作目标细化,于4月20日前上报市督办组(办公室设在市委办市府办督办室,联系电话:12345678)。
二、组织领导
成立示范市品牌提升工作领导小组,领导小组办公室设在市市场监管局。
"""

service = plans_fixture("ans62", city_plan(_BODY))


def test_office_seated_in_a_room_in_brackets(service) -> None:
    reply = ask(service, "示范市督办组的办公室设在哪里?")
    assert "答: 市委办市府办督办室" in reply
    assert "上报市督办组" in reply


def test_office_seat_is_the_asked_bodys(service) -> None:
    reply = ask(service, "示范市领导小组的办公室设在哪里?")
    assert "答: 市市场监管局" in reply


_PROVINCE_PLAN = """东岭省人民政府关于印发健康东岭行动实施方案的通知
东政发〔2030〕7号
各市人民政府,省政府各部门:
现将《健康东岭行动实施方案》印发给你们,请认真贯彻执行。
东岭省人民政府
2030年5月6日
健康东岭行动实施方案
为贯彻落实《国务院关于实施健康中国行动的意见》精神,制定本方案。
一、主要目标
到2032年,全省居民健康素养水平达到30%。
"""

_CITY_PLAN = """示范市人民政府关于印发健康示范行动实施方案的通知
示政发〔2031〕9号
各县(区)人民政府,市政府各部门:
现将《健康示范行动实施方案》印发给你们,请认真贯彻执行。
示范市人民政府
2031年6月1日
健康示范行动实施方案
为深入贯彻落实《东岭省人民政府关于印发健康东岭行动实施方案的通知》(东政发〔2030〕7号)精神,特制订本实施方案。
一、主要目标
到2032年,全市居民健康素养水平达到28%。
"""


def test_basis_level_named_is_not_the_place_asked(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _PROVINCE_PLAN, _CITY_PLAN) as both:
        reply = ask(both, "健康示范行动实施方案是依据东岭省哪个文件?")
        assert "东政发〔2030〕7号" in reply
        assert "健康示范行动实施方案" in reply
        # The level alone named still says whose plan is asked about.
        alone = ask(both, "东岭省健康行动实施方案是依据哪个文件?")
        assert "国务院关于实施健康中国行动的意见" in alone


_TASKS_HANDED_DOWN = """示范市农业农村局关于下达2032年度植保工作目标责任考核任务的通知
各镇人民政府、街道办事处:
为有效控制农业植物重大生物灾害,确保农业稳定发展。根据省和东岭市对我市工作目标责任考核内容要求,结合本市实际,现将2032年度植保主要工作目标责任考核任务分解下达给你们(见附件)。
一、工作目标
全市农作物病虫害统防统治覆盖率达到45%以上。
二、工作要求
各镇街要明确分管领导,市农业农村局负责考核。
示范市农业农村局
2032年2月3日
"""


def test_by_whose_requirements_asks_what_it_was_made_under(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _TASKS_HANDED_DOWN) as handed_down:
        reply = ask(handed_down, "示范市植保考核任务是按谁的考核要求下达的?")
    assert "答: 根据省和东岭市对我市工作目标责任考核内容要求" in reply


_LISTED_WITHOUT_FIGURE = """一、工作目标
到2033年,全市产品质量监督抽查合格率、群众质量满意度不断提升,重点工程质量一次验收合格率保持100%。
二、主要任务
加强质量基础设施建设,推进品牌培育。
"""


def test_figure_beside_another_indicator_is_no_answer(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_LISTED_WITHOUT_FIGURE)) as listed:
        reply = ask(listed, "示范市到2033年产品质量监督抽查合格率要达到多少?")
        assert "未找到" in reply
        assert "答:" not in reply
        # The indicator whose figure it is still gets it.
        assert "100%" in ask(listed, "示范市到2033年重点工程质量一次验收合格率要达到多少?")


_PAID_UNDER = """示范市经济和信息化局关于兑现2031年度首次升规企业奖励资金的通知
各区经信部门:
根据《市人民政府关于印发推动中小企业加快发展若干政策措施的通知》(示政规〔2030〕12号)文件精神,经各区审核推荐,市政府常务会议研究同意,现将2031年度首次升规企业奖励资金予以兑现。
一、奖励标准
对首次升规的工业企业,给予一次性奖励20万元。
示范市经济和信息化局
2032年1月10日
"""


def test_government_named_before_which_document_is_the_basis_level(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _PAID_UNDER) as paid:
        for question in (
            "示范市首次升规奖励资金兑现是根据市政府哪个文件?",
            "示范市首次升规奖励资金兑现是根据市政府哪个通知?",
        ):
            reply = ask(paid, question)
            assert "示政规〔2030〕12号" in reply, question
            assert "制定依据" in reply, question


_LETTERED = """一、总体要求
坚持问题导向,推进全链条优化审批、全过程公正监管、全周期提升服务,打响示范市营商环境品牌。
二、主要任务
实施“一网通办”,推动全市政务服务事项全部网上可办。
"""


def test_items_beginning_with_the_character_asked(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_LETTERED)) as lettered:
        reply = ask(lettered, "示范市营商环境要推进哪三个“全”?")
        assert "答: 全链条优化审批、全过程公正监管、全周期提升服务" in reply
        assert "出处" in reply
        # No list of five such items: the question is answered as any other.
        assert "答: 全链条" not in ask(lettered, "示范市营商环境要推进哪五个“全”?")


_OFFICE_HEAD = """一、组织领导
成立品牌提升工作领导小组,领导小组下设办公室,由经信办主任王晓东兼任办公室主任。
二、主要任务
推进品牌培育,全年新增省级品牌5个。
"""


def test_level_and_li_is_no_place(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_OFFICE_HEAD)) as headed:
        reply = ask(headed, "镇里品牌提升领导小组办公室主任是谁啊?")
    assert "王晓东" in reply
    assert "没有镇里" not in reply


def test_basis_level_beside_the_region_asked_keeps_its_clause(tmp_path: Path) -> None:
    # 示范市 is read as the region; 东岭省 stays a word, picking the clause citing its document.
    plan = _CITY_PLAN.replace(
        "为深入贯彻落实《东岭省",
        "为深入贯彻落实《国务院关于实施健康中国行动的意见》(国发〔2029〕13号)和《东岭省",
    )
    with invented_plans_service(tmp_path, _PROVINCE_PLAN, plan) as both:
        reply = ask(both, "示范市健康行动实施方案是依据东岭省哪个文件?")
    assert "东政发〔2030〕7号" in reply


_ONE_REWARD = """一、奖励标准
对新获得省名牌产品的企业,给予一次性奖励10万元。
二、有关规定
同一年度同一企业同时获评各级名牌产品、驰名著名商标的,无论数量多少,只按最高级别对企业进行一次奖励,不重复奖励。
"""


def test_once_is_no_figure_of_another_indicator(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_ONE_REWARD)) as once:
        reply = ask(once, "示范市同一年度同一企业同时获评几个名牌和商标,怎么奖励?")
    assert "最高级别" in reply
    assert "未找到" not in reply
