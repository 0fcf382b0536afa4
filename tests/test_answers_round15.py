"""Answering round 15: which sentence among the passages answers, each on invented plans.

每年 asked of a growth is a plan's 年均 (研发经费年均增长17%, not 每年给予…经费补助); a sentence
that does not say the kind of answer asked for (什么战略) ranks a little below one that does;
among sentences matching alike, the one saying the question's rarer words itself comes first."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import render_plain
from tests.invented_plans import city_plan, invented_plans_service


def _answer_line(reply: str) -> str:
    """The line the reply answers with (答: …)."""
    return next(line for line in reply.splitlines() if line.startswith("答"))


YEARLY_RATE = city_plan(
    """一、主要目标
到2033年,全市研发经费投入强度达到2.7%,实现研发经费年均增长17%。
二、支持研发机构建设
对新认定的市级研发中心,建设期内每年给予80万元科研经费补助。
"""
)


def test_a_yearly_growth_is_read_from_the_sentence_saying_its_yearly_rate(
    tmp_path: Path,
) -> None:
    """每年 asked of a growth is the plan's 年均: the sentence with 年均增长 answers, with its
    rate; the sentence saying 每年 of a subsidy says nothing of growth."""
    with invented_plans_service(tmp_path, YEARLY_RATE) as service:
        reply = render_plain(service.ask("示范市研发经费每年要增长多少?"))
        assert "17%" in reply and "80万元" not in reply, reply
        subsidy = render_plain(service.ask("示范市研发中心每年给多少科研经费补助?"))
        assert "80万元" in subsidy, subsidy


OPENNESS = """示范市人民政府办公室关于印发2032年示范市政务公开工作要点的通知
示政办发〔2032〕9号
各县(区)人民政府,市政府各部门:
现将《2032年示范市政务公开工作要点》印发给你们,请认真贯彻落实。
示范市人民政府办公室
2032年2月10日
2032年示范市政务公开工作要点
一、总体要求
紧紧围绕市委市政府年度重点工作目标任务,扎实推进政务公开标准化规范化建设。
紧紧围绕“山海协同”战略,紧紧围绕建设滨海合作示范区。
二、重点任务
全面推进决策公开,提高政策解读质量。
"""


def test_a_sentence_saying_the_kind_of_answer_asked_for_comes_first(tmp_path: Path) -> None:
    """什么战略: of two sentences saying 紧紧围绕, the one naming a 战略 answers, though the other
    also says 政务公开 (which the title says for it)."""
    with invented_plans_service(tmp_path, OPENNESS) as service:
        reply = render_plain(service.ask("示范市2032年政务公开要紧紧围绕什么战略?"))
        assert "山海协同" in _answer_line(reply), reply


PLATFORMS = """示范市人民政府办公室关于印发示范市打赢科技创新平台建设攻坚战实施方案的通知
示政办发〔2032〕12号
各县(区)人民政府,市政府各部门:
现将《示范市打赢科技创新平台建设攻坚战实施方案》印发给你们,请认真贯彻落实。
示范市人民政府办公室
2032年2月20日
示范市打赢科技创新平台建设攻坚战实施方案
一、全力打造科技创新平台
以实验室建设为主攻方向,支撑科技创新。
1.全力打造东岭实验室,建成一流的海洋科学研究基地,汇聚高层次人才团队。
二、保障措施
对新认定的市级重点实验室给予一次性奖励60万元。
"""


def test_on_a_tie_the_sentence_saying_the_rarer_words_itself_comes_first(
    tmp_path: Path,
) -> None:
    """Both sentences under 全力打造科技创新平台 say every word through their heading; the one
    saying 全力打造 itself (rarer than 科技创新) names the laboratory to build."""
    with invented_plans_service(tmp_path, PLATFORMS) as service:
        reply = render_plain(service.ask("示范市科技创新平台攻坚战要全力打造哪个实验室?"))
        assert "东岭实验室" in _answer_line(reply), reply
