"""A task table's year columns date their cells, not the plan's period (trial 44, H1).

A plan of 2031—2033 whose task table, flattened one cell per line, heads its yearly columns
``2031年`` and ``2032年``: the last column's cells were dated by the plan's end (2033-12-31),
not by their header (2032-12-31), so "2032年…多少" found nothing and reminders came a year late.
The plan period only dates what no column dates.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract.pipeline import extract_text


def _plan(period: str) -> str:
    return f"""云溪市人民政府办公室关于印发云溪市品牌建设行动方案({period}年)的通知
云政办发〔2031〕7号
各县(区)人民政府,市政府各部门:
《云溪市品牌建设行动方案({period}年)》已经市人民政府同意,现印发给你们,请认真组织实施。
云溪市人民政府办公室
2031年2月10日

云溪市品牌建设行动方案({period}年)

一、工作目标
到2033年,全市培育品牌示范企业90家。

二、重点任务
(一)推进品牌培育。(牵头单位:市商务局;配合单位:市农业农村局)

附件:任务分解表
序号
工作任务
牵头单位
配合单位
2031年
2032年
1
建设品牌服务平台
市大数据局
市商务局
完成平台建设方案
平台上线运行
2
培育品牌示范企业
市商务局
市农业农村局、各县(区)人民政府
培育品牌示范企业25家
培育品牌示范企业55家
"""


def _table_dates(period: str) -> dict[str, date | None]:
    extraction = extract_text(_plan(period), "plan.txt")
    dated: dict[str, date | None] = {t.quote: t.deadline for t in extraction.targets}
    dated.update({m.title: m.due for m in extraction.milestones})
    return dated


def test_a_year_column_dates_its_cells_whatever_the_period() -> None:
    for period in ("2031—2033", "2031—2032"):
        dated = _table_dates(period)
        assert dated.get("培育品牌示范企业25家") == date(2031, 12, 31), (period, dated)
        assert dated.get("培育品牌示范企业55家") == date(2032, 12, 31), (period, dated)
        assert dated.get("平台上线运行") == date(2032, 12, 31), (period, dated)


def test_the_period_still_dates_what_no_column_dates() -> None:
    dated = _table_dates("2031—2033")
    assert dated.get("到2033年,全市培育品牌示范企业90家") == date(2033, 12, 31), dated
