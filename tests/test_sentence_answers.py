"""Questions answered by one sentence of a plan, said with the figure or date as the asker
needs it (issue 12: every question the documents answer is answered, with its sentence)."""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

CONSULTATION = city_plan(
    """一、征求意见
为广泛听取社会各界意见,现将方案全文公布。
《示范市品牌提升行动计划》公开征求意见时间截至2031年11月5日,公众可通过本页面或以下途径提出有关建议和意见。
"""
)

INSTITUTES = city_plan(
    """一、主要目标
到2032年,全市国家级质量检测机构力争达到15个以上,省级质量检测机构达到17个以上。
"""
)


def test_a_deadline_sentence_is_said_with_its_date(tmp_path: Path) -> None:
    # The sentence answers; the milestone read from it says the day as a date too.
    with invented_plans_service(tmp_path, CONSULTATION) as service:
        reply = ask(service, "示范市品牌提升行动计划征求意见截止到哪天?")
    assert "2031-11-05" in reply
    assert "2031年11月5日" in reply
    assert "未找到" not in reply


def test_a_signing_date_is_said_as_the_text_writes_it(tmp_path: Path) -> None:
    # Issued 2031-03-02 by its 落款 (示范市人民政府办公室 2031年3月2日): both forms.
    with invented_plans_service(tmp_path, INSTITUTES) as service:
        reply = ask(service, "示范市品牌提升行动计划是哪天印发的?")
    assert "2031-03-02" in reply
    assert "2031年3月2日" in reply


def test_a_level_asked_with_the_askers_verb_is_the_levels_figure(tmp_path: Path) -> None:
    # 省级…力争达到: the plan writes 力争达到 of the 国家级 count only; 省级 is written too.
    with invented_plans_service(tmp_path, INSTITUTES) as service:
        reply = ask(service, "示范市到2032年省级质量检测机构力争达到多少个?")
    assert "17个" in reply
    assert "未找到" not in reply
