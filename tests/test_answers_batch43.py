"""Answering rules of helper qa52's round (question batch 43, ``qa52``), each on invented plans:
a document asked 是哪个单位印发的 is asked its issuer whatever it calls itself (三项制度); a
breakdown of tasks (任务分解) 下达给了哪些单位 asks its addressees; 要搞成啥样 asks the state a
thing is to reach, and 搞成 is never searched; 县市区 is the documents' 县(市、区); a 分工方案 answers
the number of the plan it quotes when that plan is typed whole; an address line naming offices by
their kinds (各委、办、局) is read for the 主送 asked."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture

# -- 哪个单位印发的, of a document calling itself 制度 --------------------------------------------

RULES = """示范市人民政府办公室关于印发示范市河道巡查制度等三项制度的通知
各县(区)人民政府,各河道管理责任单位:
《示范市河道巡查制度》《示范市河道保洁制度》《示范市河道考核办法》三项制度已经2031年市河道管理会议审议通过,现印发给你们,请认真遵照执行。
示范市人民政府办公室
2031年5月6日
示范市河道巡查制度
第一条 为规范河道巡查工作,结合工作实际,制定本制度。
第二条 市级河道每月巡查不少于2次,县级河道每月巡查不少于4次。
"""

rules_service = plans_fixture("rules-issuer", RULES)


def test_who_printed_a_set_of_rules_is_their_issuer(rules_service: QueryService) -> None:
    """印发 is only ever said of a document: 那三项制度是哪个单位印发的 asks who issued them,
    not the day they were issued (the reply gave 2031-05-06)."""
    reply = ask(rules_service, "示范市河道巡查那三项制度是哪个单位印发的?")
    answer = reply.splitlines()[1]
    assert "示范市人民政府办公室" in answer, reply
    assert "2031-05-06" not in answer, reply


def test_when_a_set_of_rules_was_printed_is_still_its_day(rules_service: QueryService) -> None:
    reply = ask(rules_service, "示范市河道巡查那三项制度是什么时候印发的?")
    assert "2031-05-06" in reply, reply


# -- 任务分解下达给了哪些单位 -----------------------------------------------------------------------

BREAKDOWN = """各乡镇人民政府,县政府各部门,县属驻县各单位:
样例县十届人大三次会议审议通过的《政府工作报告》,安排部署了2032年奋斗目标和工作任务。为了全面推进工作任务落实,现将《政府工作报告》中涉及2032年的各项目标任务分解下达。各牵头单位要积极履行牵头抓总职责,加强组织协调,确保到2032年底全县新增规模以上工业企业10家。各协作和配合单位要积极主动与牵头单位衔接联系,形成工作合力。
附件:2032年县政府重点工作任务分解表
"""

breakdown_service = plans_fixture("breakdown-addressees", BREAKDOWN)


def test_whom_a_breakdown_of_tasks_was_handed_down_to(breakdown_service: QueryService) -> None:
    """任务分解 names the document (a breakdown handed down as a notice), so 下达给了哪些单位
    asks its addressee line, not the sentences naming 牵头单位."""
    reply = ask(breakdown_service, "县里2032年重点工作任务分解下达给了哪些单位?")
    assert "各乡镇人民政府,县政府各部门,县属驻县各单位" in reply, reply


# -- 要搞成啥样 ------------------------------------------------------------------------------------

STATE = city_plan(
    "一、生态建设\n"
    "1.实施河湖连通工程。到2032年,全市水环境质量明显改善,河湖管理范围明晰。\n"
    "2.推进垃圾分类。到2033年,城区生活垃圾分类覆盖率达到90%。\n"
)

state_service = plans_fixture("state-asked", STATE)


def test_what_state_a_thing_is_to_reach_asked_colloquially(state_service: QueryService) -> None:
    """搞成啥样 only asks: the sentence saying 明显改善 answers, without a hedge."""
    reply = ask(state_service, "示范市到2032年水环境质量要搞成啥样?")
    assert "明显改善" in reply, reply
    assert "仅供参考" not in reply, reply


# -- 县市区 of 县(市、区) -----------------------------------------------------------------------------

COUNTIES = city_plan(
    "一、治理现状\n"
    "经调查,除城中村外,我市12个县(市、区)共有3216个行政村,已完成治理的行政村有410个。\n"
    "二、工作目标\n"
    "到2033年,全市农村生活污水治理率达到60%以上。\n"
)

counties_service = plans_fixture("counties-written", COUNTIES)


def test_counties_typed_as_xian_shi_qu_find_the_documents_wording(
    counties_service: QueryService,
) -> None:
    """县市区 is how people type what the documents write 县(市、区): the sentence answers (it
    was refused as naming a word no document writes)."""
    reply = ask(counties_service, "示范市12个县市区一共有多少个行政村?")
    assert "3216个" in reply, reply
    assert "未找到" not in reply, reply


# -- the number of the plan a 分工方案 is made for, asked by that plan's title -----------------------

DIVISION = """示范市人民政府办公室关于印发示范市河湖治理行动计划重点工作部门分工方案的通知
示政办发〔2031〕55号
各县(区)人民政府,市政府各部门:
《示范市河湖治理行动计划重点工作部门分工方案》已经市政府同意,现印发给你们,请认真贯彻执行。
示范市人民政府办公室
2031年7月16日
示范市河湖治理行动计划重点工作部门分工方案
根据《示范市河湖治理行动计划》(示政发〔2031〕12号),现制定示范市河湖治理行动计划重点工作部门分工方案如下:
一、加快河道整治(市水利局总牵头)
1.到2032年,完成城区河道清淤50公里。(市水利局、市住建局。列第一位者为牵头部门,下同)
2.到2033年,城区河道水质达到Ⅳ类以上。(市生态环境局、市水利局)
"""

division_service = plans_fixture("division-of-a-plan", DIVISION)


def test_the_plan_a_division_is_made_for_asked_by_its_whole_title(
    division_service: QueryService,
) -> None:
    """The question stops where the quoted plan's title ends: it asks that plan's number, which
    the 分工方案 quotes beside it (the reply gave the 分工方案's own)."""
    reply = ask(division_service, "示范市河湖治理行动计划本身的文号是多少?")
    answer = reply.splitlines()[1]
    assert "示政发〔2031〕12号" in answer, reply


def test_the_division_asked_by_its_own_title_keeps_its_own_number(
    division_service: QueryService,
) -> None:
    reply = ask(division_service, "示范市河湖治理行动计划重点工作部门分工方案的文号是多少?")
    assert "示政办发〔2031〕55号" in reply.splitlines()[1], reply


# -- an address line naming groups of offices by their kinds ----------------------------------------

KINDS_ADDRESSED = """示范区人民政府关于印发示范区第十五个五年规划纲要任务清单的通知
示区政发〔2031〕29号
高新区管委会,各委、办、局,各乡(镇)人民政府,林业区管委会,各街道办事处:
现将《示范区第十五个五年规划纲要任务清单》印发给你们,请结合实际,认真贯彻执行。
示范区人民政府
2031年12月2日
示范区第十五个五年规划纲要任务清单
一、生态建设
1.实施河湖连通工程。到2035年,全区水环境质量明显改善,森林覆盖率达到35%。
"""

kinds_service = plans_fixture("kinds-addressed", KINDS_ADDRESSED)


def test_an_address_line_with_groups_named_by_their_kinds(kinds_service: QueryService) -> None:
    """各委、办、局 names offices by their kinds: the line is still the notice's addressees (it was
    answered 原文没有写明主送单位)."""
    reply = ask(kinds_service, "示范区十五五纲要任务清单都发给了哪些单位?")
    assert "林业区管委会" in reply, reply
    assert "各街道办事处" in reply, reply
