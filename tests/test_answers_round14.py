"""Answering round 14: classes of the dev questions' misses, each on invented plans.

A document the store keeps without a region (its text names no place the store can read) is
not reached by a place guessed from the issuer abbreviation of its doc number: one character
stands for several places (荆 for 荆门 and 荆州), and a guess is worse than 未找到."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import render_plain
from tests.invented_plans import city_plan, invented_plans_service

# A notice that names no place: only its number's issuer (荆政办) says whose it is.
UNPLACED = """关于印发品牌提升行动计划(2031—2033年)的通知
荆政办〔2031〕7号
各县(区)人民政府,市政府各部门:
现将《品牌提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
2031年3月2日
品牌提升行动计划(2031—2033年)
一、主要目标
到2033年,全市新增品牌示范企业40家,培育区域公用品牌6个。(责任单位:市市场监管局)
二、保障措施
对新认定的品牌示范企业给予一次性奖励30万元。
"""

PLACED = city_plan(
    """一、主要目标
到2033年,全市新增品牌示范企业25家。(责任单位:市市场监管局)
"""
)


def test_a_document_without_region_is_not_given_one_from_its_numbers_issuer(
    tmp_path: Path,
) -> None:
    """荆门 is a place the store knows nothing of; the one unplaced document's number begins
    with 荆 (荆政办), which 荆门 and 荆州 share. Reading the place from that character would be a
    guess, and a user asking about 荆州 would get 荆门's figures: 未找到, as for any place the
    store holds nothing of."""
    with invented_plans_service(tmp_path, UNPLACED, PLACED) as service:
        for place in ("荆门", "荆州"):
            reply = render_plain(service.ask(f"{place}新增品牌示范企业要达到多少家?"))
            assert "未找到" in reply and "40家" not in reply, reply


def test_an_unplaced_document_is_not_reached_by_another_place(tmp_path: Path) -> None:
    """A place whose name does not begin with the issuer abbreviation (临沧) stays out of the
    store; so does a topic the unplaced document does not speak of, and a place the store
    placed documents for is never redirected."""
    with invented_plans_service(tmp_path, UNPLACED, PLACED) as service:
        other = render_plain(service.ask("临沧新增品牌示范企业要达到多少家?"))
        assert "未找到" in other and "40家" not in other, other
        unrelated = render_plain(service.ask("荆门的养老床位要建多少张?"))
        assert "未找到" in unrelated, unrelated
        placed = render_plain(service.ask("示范市新增品牌示范企业要达到多少家?"))
        assert "25家" in placed and "推断" not in placed, placed


# A plan whose aim (为…) names its topic, which its sentences then leave unsaid.
AIMED = city_plan(
    """为进一步深化河湖水质治理工作,全面提升全市水环境质量,根据有关规定,制定本计划。
一、工作目标
采取“截污、清淤、活水、护岸”四策并举,以黑臭水体整治为重点,推动河湖面貌逐年改善。
二、保障措施
对按期完成整治任务的县区给予一次性奖励80万元。
"""
)


def test_a_plans_stated_aim_is_the_topic_of_its_sentences(tmp_path: Path) -> None:
    """治水质 is said only by the plan's aim (为进一步深化河湖水质治理工作); its sentence of the
    four measures is the answer, not a partial match."""
    with invented_plans_service(tmp_path, AIMED) as service:
        reply = render_plain(service.ask("示范市治水质说的四策并举是哪四策?"))
        assert "截污、清淤、活水、护岸" in reply, reply
        assert "部分相符" not in reply and "未找到" not in reply, reply
        # The aim is the plan's topic, not every topic: a topic it does not speak of stays out.
        other = render_plain(service.ask("示范市治大气说的六策并举是哪六策?"))
        assert "截污" not in other or "部分相符" in other or "未找到" in other, other


# A notice that states no number of its own, quoting the rules it goes by with theirs.
QUOTING = """示范市关于下达2031年品牌培育奖励项目的通知
各有关企业:
根据《示范市品牌培育资金管理办法》(示财规〔2030〕5号)和《示范市促进质量提升若干措施》(示府〔2029〕12号)的相关要求,现将2031年品牌培育奖励项目予以下达。
一、奖励项目
对入选品牌培育名单的企业给予一次性奖励20万元。
"""


def test_the_number_of_a_quoted_document_is_read_beside_its_title(tmp_path: Path) -> None:
    """The store holds no 资金管理办法, but a notice quotes it with its number: asked for that
    number by the quoted title, the reply gives it, saying whose number it is. A title the
    notice does not quote still has no number."""
    with invented_plans_service(tmp_path, QUOTING) as service:
        reply = render_plain(service.ask("示范市品牌培育资金管理办法的文号是多少?"))
        assert "示财规〔2030〕5号" in reply and "示府〔2029〕12号" not in reply.splitlines()[1], (
            reply
        )
        assert "所引《示范市品牌培育资金管理办法》" in reply, reply
        other = render_plain(service.ask("示范市养老服务补贴办法的文号是多少?"))
        assert "示财规〔2030〕5号" not in other, other


# A reply letter whose page header states its date as 颁发日期, the body none.
HEADED = """类 别:其他文件 文 号:示府办函〔2031〕9号 颁发日期:2031-05-17
示范市人民政府办公室关于调整品牌培育奖励标准的复函
市市场监管局:
你局关于调整品牌培育奖励标准的请示收悉。经研究,同意对新认定的品牌示范企业给予一次性奖励50万元。
"""


def test_a_page_headers_issuing_date_answers_when_it_was_issued(tmp_path: Path) -> None:
    """The store read no date for the letter; its page header's 颁发日期 says when it was
    issued."""
    with invented_plans_service(tmp_path, HEADED) as service:
        reply = render_plain(service.ask("示范市调整品牌培育奖励标准的复函是哪天发的?"))
        assert "2031-05-17" in reply and "未找到" not in reply, reply
