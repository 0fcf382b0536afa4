"""What is required of a thing (骨干商户有啥要求) is answered from the clauses that name it, never
from the lines that name its document — its title, 附件:…, 关于印发…的通知, 为…特制定本办法
(trial36: 龙头企业有啥要求 listed such lines); with none, 未找到 says which document speaks of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text

NOTICE = """样板市商务局关于印发样板市骨干商户扶持办法的通知
样商发〔2031〕5号
各县区商务局:
样板市骨干商户扶持办法已经局务会议讨论通过,现印发你们,请按照要求,抓好贯彻落实。
附件:样板市骨干商户扶持办法
样板市商务局
2031年5月8日
附件
样板市骨干商户扶持办法
为指导做好骨干商户扶持资金管理工作,特制定本办法。
"""
# Invented: one version says what it requires of the 商户, the other only what it pays.
REQUIRING = NOTICE + (
    "一、扶持对象\n在本市登记注册、经营满三年的骨干商户。\n"
    "二、工作要求\n骨干商户应当建立诚信经营档案,每年向县区商务局报送经营情况。\n"
)
PAYING = NOTICE + (
    "一、目标任务\n通过扶持,增强带动能力,提升全市商贸发展水平。\n"
    "二、扶持标准\n每家20万元。\n三、补助方式\n一次性补助。\n"
)
_DOCUMENT_LINES = ("附件", "关于印发", "特制定", "现印发")


def _ask(folder: Path, plan: str, question: str) -> str:
    with invented_plans_service(folder, plan) as service:
        return answer_text(service, question)[0]


@pytest.mark.parametrize("question", ["骨干商户有啥要求", "骨干商户要求是什么"])
def test_requirements_come_from_clauses_naming_the_thing(tmp_path: Path, question: str) -> None:
    reply = _ask(tmp_path, REQUIRING, question)
    assert "骨干商户" in reply.split("答:")[1].splitlines()[0], reply
    assert not any(word in reply for word in _DOCUMENT_LINES), reply


def test_no_requirement_written_is_not_found_naming_the_document(tmp_path: Path) -> None:
    reply = _ask(tmp_path, PAYING, "骨干商户有啥要求")
    assert "未找到" in reply and "《样板市骨干商户扶持办法》" in reply, reply
    assert not any(word in reply for word in _DOCUMENT_LINES), reply


def test_a_title_without_its_period_is_no_requirement(tmp_path: Path) -> None:
    # attack37: 质量提升的要求有哪些 answered with the plan's title, written on its own line
    # without the period the stored title carries.
    plan = (
        "样板市人民政府关于印发样板市商贸提升三年行动计划(2031—2033年)的通知\n"
        "样政发〔2031〕8号\n样板市人民政府\n2031年5月8日\n"
        "样板市商贸提升三年行动计划\n"
        "一、工作要求\n各县区应当组织开展商贸提升培训,每年不少于2次。\n"
    )
    reply = _ask(tmp_path, plan, "样板市商贸提升的要求有哪些")
    assert "答: 样板市商贸提升三年行动计划" not in reply and "培训" in reply, reply
