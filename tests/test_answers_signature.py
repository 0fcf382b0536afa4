"""Answering round 32: document questions read from the 落款 and the question's own words.

哪个处发的 / 哪两个办公室联合印发的 ask the issuer (处发 is no slip for 出发, 印发 no date asked);
a text the extractor gave no issuer or date is signed on its 落款 lines (the office, then a date
that may leave out its year); a joint notice may name its offices before 印发《…》; the words
asking a field (成文, 落款, 那天) name no document; a document of a county is not its city's;
an attachment's name cut by a line break is made whole. Texts are invented."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge import document_answers
from policybot.knowledge.document_answers import signature
from policybot.knowledge.glossary import Glossary
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、主要目标
到2033年,夏季秸秆综合利用率达到93.4%。(牵头单位:市示范农业局)
到2033年,示范农机作业完成全年规划面积的41.8%。(牵头单位:市示范农业局)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("signature"), PLAN) as service:
        yield service


def _said(service: QueryService, question: str) -> str:
    answer = service.ask(question)
    said = render_plain(answer)
    assert answer.found and "部分相符" not in said, said
    return said


def test_issuer_asked_by_the_office_kind(service: QueryService) -> None:
    said = _said(service, "示范市品牌提升行动计划是哪个处发的?")
    assert "示范市人民政府办公室" in said, said
    assert "发文单位" in said, said


def test_joint_issuers_asked_are_not_a_date(service: QueryService) -> None:
    said = _said(service, "示范市品牌提升行动计划是哪两个办公室联合印发的?")
    assert "示范市人民政府办公室" in said and "发文单位" in said, said


def test_a_season_as_people_say_it(service: QueryService) -> None:
    said = _said(service, "示范市夏天秸秆综合利用率要达到多少?")
    assert "93.4%" in said, said


def test_a_share_asked_as_baifenzhi_duoshao(service: QueryService) -> None:
    """百分之多少 asks a share: no word of the topic (百分之 was left one, which no sentence
    writes)."""
    answer = service.ask("示范市农机作业要完成全年规划面积的百分之多少?")
    assert "百分之" not in answer.title, answer.title
    assert "41.8%" in render_plain(answer), render_plain(answer)


def test_glossary_reads_seasons_and_short_forms() -> None:
    glossary = Glossary()
    assert "夏季" in glossary.alternatives("夏天")
    assert "棚户区改造" in glossary.alternatives("棚改")


SIGNED_WITHOUT_YEAR = """各县(区)人民政府:
现将示范市2031年旧区改造目标任务分解方案印发给你们,请认真抓好落实。
附件:1.2031年?2033年示范市旧区改造目标任
务分解方案
2.示范市2031?2033年度旧区改造计划项目表
示范市人民政府办公室
12月30日
"""

SIGNED_BY_A_DIVISION = """示范农机作业进度通报
截止2031年8月31日,全市完成作业面积8.35万亩。
市示范农业局农机装备处
2031年9月1日
附表
"""


def test_signature_reads_the_office_above_a_yearless_date() -> None:
    assert signature(SIGNED_WITHOUT_YEAR) == (["示范市人民政府办公室"], "12月30日")


def test_signature_reads_a_division_and_a_full_date() -> None:
    assert signature(SIGNED_BY_A_DIVISION) == (["市示范农业局农机装备处"], "2031年9月1日")


def test_no_signature_without_an_office_line() -> None:
    assert signature("到2033年完成作业面积。\n2031年9月1日\n") is None


def test_issuer_in_text_falls_back_on_the_signature() -> None:
    assert document_answers._issuer_in_text(SIGNED_BY_A_DIVISION) == "市示范农业局农机装备处"


def test_joint_issuers_before_yinfa_without_guanyu() -> None:
    text = "中共示范县委办公室示范县人民政府办公室印发《示范县品牌建设实施意见》的通知\n"
    assert document_answers._joint_issuers(text, "中共示范县委办公室") == [
        "中共示范县委办公室",
        "示范县人民政府办公室",
    ]


def test_an_attachment_name_cut_by_a_line_break_is_made_whole() -> None:
    lines = SIGNED_WITHOUT_YEAR.splitlines()
    first = lines[2]
    names = document_answers._annex_lines(first, lines[3:])
    assert names == [
        "附件:1.2031年?2033年示范市旧区改造目标任务分解方案",
        "2.示范市2031?2033年度旧区改造计划项目表",
    ]


def test_an_attachment_sentence_takes_no_heading_after_it() -> None:
    names = document_answers._annex_lines("详见附件", ["二、保障措施", "(一)加强领导"])
    assert names == ["详见附件"]


def _parsed(**fields: Any) -> Any:
    defaults: dict[str, Any] = {
        "words": (),
        "region_ids": (),
        "doc_number": None,
        "places": (),
        "field": None,
    }
    return SimpleNamespace(**{**defaults, **fields})


def test_words_asking_a_field_name_no_document() -> None:
    parsed = _parsed(words=("市长", "质量奖", "表彰", "通报", "成文", "那天", "落款"))
    assert document_answers._naming_words(parsed) == ["市长", "质量奖", "表彰", "通报"]


def test_a_county_document_is_not_its_citys() -> None:
    county = SimpleNamespace(region="桐庐县", title="桐庐县品牌建设行动方案", short_title=None)
    asked = _parsed(places=("杭州市",))
    assert document_answers._place_above(county, asked) == "杭州市"
    assert document_answers._place_above(county, _parsed(places=("桐庐县",))) is None
    titled = SimpleNamespace(region="桐庐县", title="杭州市桐庐县品牌建设方案", short_title=None)
    assert document_answers._place_above(titled, asked) is None
