"""An official document whose facts were not found is stored as text, with a warning.

An excerpt cut before its goals or a notice whose plan is an attachment still answers questions
from its sentences; refusing it lost the whole document.  Empty, binary and non-plan input is
still refused.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.extract import ExtractionError, extract_text
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Document
from policybot.knowledge.uploads import confirm_upload, prepare_upload

ADMIN = 7
EXCERPT = (
    "青川市人民政府关于加快推进质量强市建设的实施意见\n"
    "青政发〔2021〕9号\n"
    "各县(区)人民政府,市政府各部门:\n"
    "质量是经济社会发展的战略问题,是城市综合竞争力的集中体现。为深入实施质量强国战略,"
    "推动全市经济高质量发展,现就加快推进质量强市建设提出如下意见。\n"
    "一、总体要求\n"
    "坚持以提高发展质量和效益为中心,以深化供给侧结构性改革为主线,全面提升产品、工程和服务质量。\n"
)


def test_an_official_excerpt_without_facts_is_kept_as_text_with_a_warning() -> None:
    extraction = extract_text(EXCERPT, "excerpt.txt")
    assert not (extraction.targets or extraction.milestones or extraction.rewards)
    assert extraction.document.doc_number == "青政发〔2021〕9号"
    assert any("仅保存正文" in warning for warning in extraction.warnings)
    assert json.loads(json.dumps(extraction.to_schema_dict(), ensure_ascii=False))["targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "今天天气很好,我们去公园散步。\n",  # no official document
        "某市人民政府办公室关于印发工作方案的通知\n某府办函〔2021〕7号\n"
        "《工作方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n",  # a bare covering note
    ],
)
def test_non_plan_text_and_a_bare_covering_note_are_still_refused(text: str) -> None:
    with pytest.raises(ExtractionError, match="未找到规划内容"):
        extract_text(text, "x.txt")


def test_ingest_stores_the_text_of_a_document_without_facts(engine: Engine) -> None:
    outcome = ingest_bytes(engine, EXCERPT.encode(), "excerpt.txt")
    assert outcome.error is None and outcome.result is not None
    assert sum(outcome.result.counts.values()) == 0
    with Session(engine) as session:
        document = session.exec(select(Document)).one()
        assert document.doc_number == "青政发〔2021〕9号" and "质量强国战略" in document.text


def test_an_upload_without_facts_previews_the_warning_and_can_be_confirmed(engine: Engine) -> None:
    preview = prepare_upload(engine, EXCERPT.encode(), "excerpt.txt", chat_id=1, user_id=ADMIN)
    assert any("仅保存正文" in warning for warning in preview.warnings)
    assert sum(preview.counts.values()) == 0 and preview.pending_id is not None
    result = confirm_upload(engine, preview.pending_id, chat_id=1, actor_id=ADMIN)
    assert result.action == "created"


# An excerpt whose text stops in the middle of its first body sentence, below a covering note.
CUT_EXCERPT = (
    "青川县发展和改革委员会关于印发《青川县2031年计划报告》的通知\n"
    "青发改发〔2031〕4号\n"
    "各乡镇人民政府,县政府各部门:\n"
    "现将县人民代表大会审议通过的《青川县2031年计划报告》印发给你们,请认真抓好贯彻落实。\n"
    "青川县发展和改革委员会\n2031年2月17日\n"
    "青川县2031年计划报告\n"
    "一、2030年计划执行情况\n"
    "2030年,面对复杂严峻的外部环境,全县上下认真落实县委工作要求,统筹推进稳增长、促改革、"
    "调结构、惠民生各项工作,经济运行总体平稳"
)


def test_an_excerpt_cut_mid_sentence_below_its_covering_note_is_kept_as_text() -> None:
    extraction = extract_text(CUT_EXCERPT, "cut.txt")
    assert extraction.document.doc_number == "青发改发〔2031〕4号"
    assert any("仅保存正文" in warning for warning in extraction.warnings)


def test_a_heading_without_a_sentence_end_is_no_sentence() -> None:
    # the covering note's one sentence and a bare heading: still a bare covering note
    text = CUT_EXCERPT.rsplit("\n", 1)[0] + "\n二、2031年主要目标和重点任务\n"
    with pytest.raises(ExtractionError, match="只有 1 句话"):
        extract_text(text, "cut.txt")


def test_a_refusal_says_why_the_text_is_not_kept() -> None:
    with pytest.raises(ExtractionError, match="不像一份正式文件"):
        extract_text("今天天气很好,我们去公园散步。\n", "x.txt")
    with pytest.raises(ExtractionError, match="转发通知"):
        extract_text(
            "某市人民政府办公室关于印发工作方案的通知\n某府办函〔2021〕7号\n"
            "《工作方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n",
            "x.txt",
        )


# A scraped page that lost its punctuation: the covering note and the plan's prose lines carry
# no 。 or , at all, only line breaks (invented text).
UNPUNCTUATED = (
    "中共青川县委办公室 青川县人民政府办公室关于印发《青川县集镇建设三年行动计划(2031―2033年)》的通知\n"
    "各乡党委政府县委各部门县级国家机关各人民团体\n"
    "青川县集镇建设三年行动计划已经县委县政府同意现印发给你们请认真贯彻执行\n"
    "中共青川县委办公室\n"
    "青川县人民政府办公室\n"
    "为深入贯彻省委省政府市委市政府关于集镇建设的重大决策部署全面加快青川集镇建设进程"
    "推进基层治理体系和治理能力现代化提升群众获得感和幸福感结合实际制定本行动计划\n"
    "精细化治理转变传统管理方式突破现有行政边界和部门权责限制实行片区化管理"
    "构建共建共治共享的治理体系推进社会治理全覆盖提升基层服务水平\n"
)


def test_prose_that_lost_its_punctuation_is_kept_as_text() -> None:
    extraction = extract_text(UNPUNCTUATED, "unpunctuated.txt")
    assert any("仅保存正文" in warning for warning in extraction.warnings)


def test_a_long_title_line_without_punctuation_is_still_no_sentence() -> None:
    # a covering note and its title: a long unpunctuated line that names the document is
    # marked (《》 or brackets), so the note alone is still refused
    text = UNPUNCTUATED.split("为深入贯彻")[0]
    with pytest.raises(ExtractionError, match="转发通知"):
        extract_text(text, "note.txt")


MEETING_NOTICE = (
    "临川市人民政府办公室关于召开质量工作会议的通知\n"
    "临政办函〔2031〕12号\n"
    "各区人民政府,市政府各部门:\n"
    "经市政府同意,定于2031年6月18日上午9时在市政府三楼会议室召开全市质量工作会议。\n"
    "请各单位于2031年6月15日前将参会人员名单报市市场监管局。\n"
    "临川市人民政府办公室\n2031年6月1日\n"
)


def test_an_upload_whose_only_facts_are_dates_is_flagged_before_it_is_confirmed(
    engine: Engine,
) -> None:
    """trial35: a meeting notice previewed as 目标0 with its meeting time as a deadline, and was
    stored and reminded with no word of doubt. The preview now says it may not be a plan."""
    from policybot.knowledge.metadata_checks import NOTHING_TO_ACT_ON

    preview = prepare_upload(
        engine, MEETING_NOTICE.encode(), "notice.txt", chat_id=1, user_id=ADMIN
    )
    assert preview.counts["milestone"] >= 1 and preview.counts["target"] == 0, preview.counts
    assert NOTHING_TO_ACT_ON in preview.warnings
    # a plan with a target is not flagged, nor a text with no fact (it says 仅保存正文 instead)
    plan = extract_text(EXCERPT + "到2033年,全市新增名牌产品10个。\n", "plan.txt")
    from policybot.knowledge.metadata_checks import nothing_to_act_on

    assert plan.targets and nothing_to_act_on(plan) == []
    assert nothing_to_act_on(extract_text(EXCERPT, "excerpt.txt")) == []


PUBLIC_NOTICE = (
    "青川县专项资金分配情况公告公示\n"
    "现将青川县统筹整合专项资金分配使用情况公示如下:\n"
    "一、分配原则\n"
    "坚持突出重点、统筹安排,与群众生产生活紧密相关的项目优先安排,季节性强的项目优先安排。\n"
    "二、公示期限\n"
    "公示期间如有异议,请向县财政局反映,我们将及时核实并予以答复。\n"
)


def test_a_public_notice_headed_by_its_place_is_kept_as_an_official_document() -> None:
    """A 公告/公示 with no goal is an official document still: its title names its place (it was
    refused as no official document, and every question on it lost)."""
    extraction = extract_text(PUBLIC_NOTICE, "notice.txt")
    assert extraction.document.title == "青川县专项资金分配情况公告公示"
    assert not (extraction.targets or extraction.milestones or extraction.rewards)
