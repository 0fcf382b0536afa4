"""谁负责 over items of two cities whose leads differ (trial 34): the lead line names each
city's lead, never the first item's units as the lead of all."""

from __future__ import annotations

from pathlib import Path

from invented_plans import invented_plans_service


def _plan(city: str, prefix: str, lead: str) -> str:
    return f"""{city}人民政府办公室关于印发{city}质量提升行动计划(2031—2033年)的通知
{prefix}政办发〔2031〕5号
{city}人民政府办公室
2031年3月2日
{city}质量提升行动计划(2031—2033年)
一、主要任务
1.推广星光管理。到2033年,新增导入星光管理企业80家。(牵头单位:{lead})
"""


def test_the_lead_line_names_each_citys_lead(tmp_path: Path) -> None:
    first = _plan("样例市", "样", "市质量局")
    second = _plan("示范市", "示", "市工信局")
    with invented_plans_service(tmp_path, first, second) as service:
        answer = service.ask("星光管理谁负责")
    assert "样例市 牵头: 市质量局" in answer.headline, answer.headline
    assert "示范市 牵头: 市工信局" in answer.headline, answer.headline


def test_one_citys_lead_is_said_once(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _plan("样例市", "样", "市质量局")) as service:
        answer = service.ask("星光管理谁负责")
    assert answer.headline.startswith("牵头: 市质量局"), answer.headline
