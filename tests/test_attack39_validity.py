"""attack39: a notice valid for N years from its issue (有效期5年) keeps reminding after it lapsed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.extract.pipeline import extract_text

NOTICE = """试点市关于加强品牌培育工作的通知
试政办发〔2015〕3号
试点市人民政府办公室
2015年4月8日

一、建立报送制度。各区市场监管分局每月5日前向市市场监管局报送上月品牌培育工作情况。
二、市市场监管局每季度结束后10日内汇总形成分析报告。
三、本通知自印发之日起施行,有效期5年。
"""


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: 有效期5年 (counted from 印发) is not read as the plan's period, so its "
    "duties are open-ended (recurrence.duty_span from the issue day): in 2027 the lapsed notice's "
    "monthly report is listed by /deadlines and reminded every month (有效期至2020年4月30日 "
    "stops them)",
)
def test_a_validity_in_years_from_issue_bounds_the_plan() -> None:
    document = extract_text(NOTICE, "notice.txt").document
    assert document.period is not None and document.period[1] == 2020, document


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: asked whether the notice is still valid, the bot answers "
    "未找到:…原文没有写明时效性, though the text says 有效期5年 (document_answers: only an "
    "有效期至<date> is read); a wrong answer shown as sure",
)
def test_a_validity_in_years_is_answered(tmp_path: Path) -> None:
    with invented_plans_service(
        tmp_path, NOTICE, now=datetime(2027, 3, 1, 2, tzinfo=UTC)
    ) as service:
        reply = ask(service, "试点市品牌培育的通知还有效吗")
    assert "没有写明时效性" not in reply and "有效期5年" in reply, reply
