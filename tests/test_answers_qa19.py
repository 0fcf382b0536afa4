"""Questions round 19 (issue 12): general answering failures the ninth question batch (qa19)
showed. The store holds invented documents (样板省, 样板市, made-up units and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

PRIZE_DECISION = """样板省人民政府关于表彰首届样板省省长质量奖获奖单位的决定
样政发〔2043〕9号
各市、县人民政府,省政府各部门:
根据《样板省人民政府关于印发样板省省长质量奖管理办法的通知》(样政发〔2042〕31号)有关规定,经自愿申报、资格审核、现场审查和社会公示,省政府决定授予样板机械股份有限公司等3家单位“首届样板省省长质量奖”,各奖励人民币80万元。
希望受表彰的单位珍惜荣誉,再接再厉,开拓创新,再创佳绩。
各级人民政府、各有关部门要高度重视质量工作,注重典型培养和示范带动,全面推动质量强省工作深入开展。
全省广大企业要认真学习受表彰单位的先进经验,牢固树立质量第一的理念,进一步增强核心竞争力。
样板省人民政府
2043年2月10日
"""

PATENT_REWARDS = """样板县人民政府关于印发样板县商标专利创造奖励办法的通知
样府发〔2042〕12号
各乡镇人民政府,县政府各部门:
现将《样板县商标专利创造奖励办法》印发给你们,请认真贯彻执行。
样板县人民政府
2042年12月20日
样板县商标专利创造奖励办法
第一条 商标专利创造奖励对象为注册或登记在本县辖区内的企业、事业单位。
第二条 专利创造奖励标准:当年授权的发明专利每件奖励2万元;获奖中国专利奖评选的奖励15万元,获奖省级专利奖评选奖励8万元,获奖市级专利奖评选奖励4万元。
第三条 企业在申请本办法奖励之前,须在本县实际经营不少于八个月。
第四条 本办法自2043年1月1日起施行。
"""

YEARLY_SPLIT = """样板市人民政府办公厅关于印发2042年市政府工作报告确定的主要目标任务责任分解方案的通知
样政办〔2042〕2号
各区人民政府,市人民政府各部门:
《2042年市政府工作报告确定的主要目标任务责任分解方案》已经市人民政府同意,现印发给你们。
各责任事项牵头单位要于2042年4月15日、7月15日、10月15日及2043年1月15日前,将第一、第二、第三季度及全年责任事项完成情况报送至市人民政府督查室。
由市人民政府督查室负责每季度在市人民政府门户网站向社会集中公开,接受全社会监督。
在《责任分解方案》的责任单位中,排名第一的责任单位为牵头单位,其他列入单位为参与单位。
样板市人民政府办公厅
2042年1月20日
"""

SERVICE_OPINION = """样板市人民政府关于支持实体经济发展的意见
样政发〔2043〕3号
各区人民政府,市政府各部门:
为进一步激发市场主体活力,现就支持实体经济发展提出如下意见。
一、精准服务。对工业投资和投资800万元以上的农业产业化项目,实行工程报建手续全程代办。(责任单位:市政务服务管理局)
二、优化审批。一般不动产登记3个工作日办结。(责任单位:市自然资源局)
样板市人民政府
2043年1月8日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa19")
    with invented_plans_service(
        folder, PRIZE_DECISION, PATENT_REWARDS, YEARLY_SPLIT, SERVICE_OPINION, now=ASKED
    ) as service:
        yield service


def test_the_number_of_a_quoted_document_the_question_names(service: QueryService) -> None:
    """管理办法是哪个文号: the decision quotes the 管理办法's notice with its number; the
    question names that title, not the decision's, so its number is the answer."""
    reply = ask(service, "样板省省长质量奖管理办法是哪个文号印发的?")
    assert "样政发〔2042〕31号" in reply and "样政发〔2043〕9号" not in reply.split("\n")[1]


def test_the_documents_own_number_when_the_question_names_it(service: QueryService) -> None:
    """The decision named by its own title still answers with its own number."""
    reply = ask(service, "样板省表彰首届省长质量奖获奖单位的决定文号是什么?")
    assert "答: 样政发〔2043〕9号" in reply


def test_give_before_how_much_is_asking_not_part_of_the_award(service: QueryService) -> None:
    """省级专利奖给多少钱: 给 asks what is given; left glued to the award (奖给) it is a word no
    document writes, and the right sentence was only hedged."""
    reply = ask(service, "样板县拿了省级专利奖给多少钱?")
    assert "答: 8万元" in reply and "仅供参考" not in reply


def test_another_years_edition_of_a_yearly_document_is_not_found(service: QueryService) -> None:
    """The store holds 样板市's 2042 责任分解方案 (its title says 2042年): asked the 2041 one's
    number, that is not found rather than the 2042 number; its own year still answers."""
    assert "未找到" in ask(service, "样板市2041年政府工作报告责任分解方案的文号是多少?")
    assert "样政办〔2042〕2号" in ask(service, "样板市2042年政府工作报告责任分解方案的文号是多少?")


def test_how_long_asked_last_is_a_span_not_how_often(service: QueryService) -> None:
    """实际经营多久? with no 一次: the rule's span (不少于八个月) answers, not 没有写明频次;
    多久报一次 still asks how often."""
    reply = ask(service, "样板县申请奖励之前得在本县实际经营多久?")
    assert "八个月" in reply and "未找到" not in reply
    assert service.parse("样板市多久公开一次完成情况?").asks == "frequency"


def test_a_threshold_asked_is_the_one_a_sentence_states(service: QueryService) -> None:
    """投资多少以上…能享受全程代办: 享受 names a service, not a reward; the sentence states the
    threshold (800万元以上) before the service it opens, on which it ends."""
    reply = ask(service, "投资多少以上的农业产业化项目能享受工程报建全程代办?")
    assert "800万元" in reply and "未找到" not in reply


def test_which_bureau_issued_it_asks_the_issuer(service: QueryService) -> None:
    """是哪个局发的 asks who issued the document, as 哪个单位发的 does: its issuer, not a
    sentence that says 我局."""
    assert service.parse("样板省省长质量奖的决定是哪个局发的?").field == "issuer"
    assert service.parse("样板省省长质量奖的决定是哪个单位发的?").field == "issuer"


def test_which_unit_counts_as_the_lead_is_the_rule_that_says_so(service: QueryService) -> None:
    """哪个单位算牵头: which unit counts as the lead, which the notice says by a rule (排名第一
    的责任单位为牵头单位), not by a unit's name."""
    reply = ask(service, "样板市责任分解方案里哪个单位算牵头?")
    assert "排名第一" in reply and "未找到" not in reply
