"""A term whose second half the tagger reads as a place (振兴 of 乡村振兴, a district's short
name elsewhere) is named whole in the 未找到 (trial 34), not split into a place and a word."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.knowledge.answers import not_found_about

PLAN = city_plan(
    "一、主要任务\n1.推广星光管理。到2033年,新增导入星光管理企业80家。(牵头单位:市质量局)\n"
)


def test_the_not_found_names_the_whole_term(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        answer = service.ask("乡村振兴的牵头单位是哪个")
    assert not answer.found
    assert "乡村振兴" in answer.headline, answer.headline
    assert "没有振兴" not in answer.headline, answer.headline


def test_a_place_asked_is_still_named_alone(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        answer = service.ask("杭州星光管理谁负责")
    assert "没有杭州的内容" in answer.headline, answer.headline


def test_a_word_the_reason_names_is_not_listed_again_as_searched() -> None:
    headline = not_found_about("乡村", "收录的文件没有乡村振兴的内容")
    assert headline == "未找到:收录的文件没有乡村振兴的内容"
    assert not_found_about("完成", "佛山市没有2016年的内容").endswith("(查找: 完成)")
