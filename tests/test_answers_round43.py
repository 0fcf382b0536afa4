"""Answers round 43 (issue 12): a notice written as one run-on paragraph shows the clause that
answers, not its opening (the basis it cites, a programme's year); a question asking whom a
document was sent to is answered by its addressee line. Every text is invented (made-up
figures, numbers and titles)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.service import QueryService
from policybot.knowledge.shown_parts import shown_part
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 9, 15, 1, tzinfo=UTC)

# A notice pasted as one paragraph: its clauses run on with commas to its only full stop.
RUN_ON = (
    "各县区人民政府:根据市政府审议通过的“新一轮小巨人企业培育方案”及《样板省工业厅关于调整小巨人"
    "企业奖补政策的通知》(样工信函〔2030〕12号),,结合市财政年度预算安排及各县区培育企业项目入库"
    "情况,现将2031年培育企业奖补资金安排计划下达给你们,,有关事项通知如下,,一、请各地严格执行"
    "市级财政专项资金管理办法有关规定,,按照“谁申报、谁负责”和“谁使用、谁负责”的原则,,二、密切跟踪"
    "资金支出进度,严格按照有关要求,,于2031年11月底前将财政资金按规定拨付至企业,,资金拨付进度将与"
    "市财政预算安排挂钩,三、切实增强资金绩效意识,,加强对资金的监督管理和绩效目标监控,确保完成绩效"
    "目标和任务清单,,做好企业跟踪、审计检查、绩效评价等工作,,附件:2031年培育企业奖补资金"
    "分配计划表样板市工业局2031年3月10日。"
)


def _asked(asks: str, *words: str) -> ParsedQuestion:
    return ParsedQuestion(
        text="", reading="", asks=asks, topic_kind=None, topic=" ".join(words), words=words
    )


def test_a_deadline_is_shown_from_its_clause_not_the_notices_basis() -> None:
    # 小巨人 only in the basis it cites, 2031年 only as the programme's year: the clause saying
    # by when the money is paid is the one shown.
    shown = shown_part(RUN_ON, _asked(Asks.DATE, "小巨人", "资金", "企业"))
    assert "2031年11月底前" in shown, shown


def test_a_principle_is_shown_from_its_clause_not_the_notices_basis() -> None:
    shown = shown_part(RUN_ON, _asked(Asks.WHAT, "小巨人", "资金", "原则"), limit=120)
    assert "谁申报、谁负责" in shown, shown


def test_a_year_in_a_cited_doc_number_is_no_date_said() -> None:
    sentence = (
        "对企业的奖补资金按照省里印发的样工信函〔2030〕12号有关要求办理,"
        + "经研究同意,"
        + "对企业的奖补按季度统计后拨付,"
        + "各地要加强资金监管、做好绩效评价、确保专款专用、杜绝挤占挪用、严禁虚报冒领,"
        + "并将资金使用情况形成书面材料报送市工业局备案" * 3
    )
    shown = shown_part(sentence, _asked(Asks.DATE, "奖补", "企业"), limit=40)
    assert "按季度" in shown, shown


# A notice that hands a plan to the bureaus of four districts.
SENT = """样板市工业局关于下达2031年技术改造奖励项目计划的通知
样工信〔2031〕7号
甲江区、乙海区、丙会区、丁山市工业和信息化主管部门:
根据有关要求,经市人民政府同意,“星河储能电池基地项目一期”等12个项目纳入2031年技术改造奖励项目计划(见附件1),奖励资金额度合计800万元。
现将项目计划下达给你们,请尽早将资金拨付至企业。
样板市工业局
2031年2月5日
"""

# A plan two organs issue, each on a line of its own above the title, which never names their
# place.
JOINT = """甲发〔2031〕3号
中共青萝新区工作委员会
青萝新区管理委员会
关于印发《全面推进茶园提质增效的实施方案》的通知
甲县、乙城、丙新县委和人民政府,新区各部门:
现将《全面推进茶园提质增效的实施方案》印发给你们,请结合实际认真贯彻执行。
中共青萝新区工作委员会
青萝新区管理委员会
2031年3月15日
全面推进茶园提质增效的实施方案
到2032年,全区茶园亩产提高到120公斤。
"""

# A news page on an amended rule: the old wording and the new, a count and a sum each.
AMENDED = """样板市科学技术奖励办法(修订)
样板市人民政府令第12号
第三条 市科学技术最高奖每年授奖人数不超过3名。
第四条 市科学技术最高奖的奖金为每人200万元。
第五条 2031年12月底前完成首届市科学技术最高奖评审工作。
第六条 本办法自2031年1月1日起施行。
"""

# A rule defining the projects it rewards, a span of years among its conditions.
DEFINED = """青萝市招商引资激励办法
第二条 项目指由市域外法人在我市投资,在我市工商注册、依法纳税,且承诺8年内不迁离本市、不减少注册资本的项目。
第三条 对新引进的项目,按实际到位资金的1%给予引荐人奖励。
"""

# A county plan's target with the unit leading it.
LED = """云岭县全民健身提升行动方案
一、主要目标
到2032年,城乡居民达到国民体质测定标准合格以上的人数比例不低于93%。(牵头单位:县体育局;配合单位:各乡镇人民政府)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round43")
    with invented_plans_service(Path(folder), SENT, JOINT, DEFINED, LED, now=ASKED) as service:
        yield service


def test_whom_a_plan_was_sent_to_is_its_addressee_line(service: QueryService) -> None:
    reply = _ask(service, "样板市技术改造奖励项目计划下达给哪些地方的工信部门?")
    for district in ("甲江区", "乙海区", "丙会区", "丁山市"):
        assert district in reply, reply


def test_whom_money_is_paid_to_is_no_addressee(service: QueryService) -> None:
    reply = _ask(service, "样板市技术改造奖励资金发给谁?")
    assert "主送" not in reply, reply


def test_a_plan_named_by_its_issuers_place_is_found_for_its_addressees(
    service: QueryService,
) -> None:
    # 青萝新区 only in the issuers' names: the plan is still the one asked about.
    reply = _ask(service, "青萝新区茶园提质方案发给了哪几个县?")
    for county in ("甲县", "乙城", "丙新县"):
        assert county in reply, reply


def test_issuers_each_on_a_line_above_the_title_are_all_named(service: QueryService) -> None:
    reply = _ask(service, "青萝新区那个茶园提质增效的方案是哪几家发的?")
    assert "中共青萝新区工作委员会" in reply, reply
    assert "青萝新区管理委员会" in reply, reply


@pytest.fixture(scope="module")
def amended(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round43_amended")
    with invented_plans_service(Path(folder), AMENDED, now=ASKED) as service:
        yield service


def test_a_sum_asked_as_now_is_the_sum_in_force(amended: QueryService) -> None:
    # 现在 asks what the rule pays now (the sum, as without 现在), not what is under way today
    # (the award's review, due at the end of the year).
    reply = _ask(amended, "样板市科学技术最高奖现在奖多少钱?")
    assert "答: 200万元\n" in reply, reply


def test_how_many_years_is_asking_not_a_word_to_find(service: QueryService) -> None:
    reply = _ask(service, "青萝招商的项目要承诺几年不迁离?")
    assert "8年内" in reply, reply
    assert "仅供参考" not in reply, reply


def test_which_bureau_leads_a_ratio_target_asks_who(service: QueryService) -> None:
    # 比例 names the target; 哪个局牵头 asks its lead unit, not its value.
    reply = _ask(service, "云岭县国民体质合格人数比例那条哪个局牵头?")
    assert "县体育局" in reply.split("\n")[1], reply


def test_a_groups_total_is_not_what_one_member_got(service: QueryService) -> None:
    # 800万元 is the 12 projects' total: one of them, named, got an amount the notice never says.
    reply = _ask(service, "样板市星河储能那个项目拿了多少奖励?")
    assert "800万元" not in reply, reply


def test_a_groups_total_still_answers_the_groups_total(service: QueryService) -> None:
    reply = _ask(service, "样板市技术改造奖励项目一共奖励多少钱?")
    assert "800万元" in reply, reply
