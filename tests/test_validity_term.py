"""A term counted in years from the day a notice takes effect (有效期5年) bounds its plan period,
so its duties stop when it lapses (attack39), and is answered with its end date."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

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


def test_a_validity_in_years_from_issue_bounds_the_plan() -> None:
    document = extract_text(NOTICE, "notice.txt").document
    assert document.period is not None and document.period[1] == 2020, document


def test_a_validity_in_years_is_answered(tmp_path: Path) -> None:
    with invented_plans_service(
        tmp_path, NOTICE, now=datetime(2027, 3, 1, 2, tzinfo=UTC)
    ) as service:
        reply = ask(service, "试点市品牌培育的通知还有效吗")
    assert "没有写明时效性" not in reply and "有效期5年" in reply, reply


def test_the_end_of_a_term_in_years_is_answered_as_its_date(tmp_path: Path) -> None:
    with invented_plans_service(
        tmp_path, NOTICE, now=datetime(2018, 3, 1, 2, tzinfo=UTC)
    ) as service:
        reply = ask(service, "试点市的通知有效期到什么时候")
    assert "2020-04-07" in reply and "现仍有效" in reply, reply
