"""Round 29 (issue 11): general forms of the open classes, each on a short INVENTED text (real place
names, invented people, firms and numbers; no excerpt of a corpus document).

- A government's decision cut from its notice (no title, number or 落款) is still that government's:
  "经县政府研究,决定…" names the issuer, so the text is kept (its body answers questions) instead
  of being refused as "not an official document".
- A province's quota split with several measures a place ("其中杭州市名牌22个、商标12件,宁波市…")
  is one target per place and measure, the place in ``district``, each measure taking the subject
  of its own total.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError
from policybot.knowledge.ingest import ingest_bytes

COMMENDATION = (
    "2030年度,全县各级各部门认真落实县委、县政府招商引资工作部署,涌现出一批积极提供项目信息、"
    "引荐客商并促成项目落地的先进个人,为桐庐县招商引资工作做出了突出贡献。为表彰先进,经县政府"
    "研究,决定对王一、李二两位同志各记个人三等功一次。\n"
    "希望受到表彰的同志再接再厉,为全县招商引资和项目建设作出新的更大的贡献。\n"
)


def test_a_decision_formula_names_the_government_that_decided() -> None:
    """ "经县政府研究,决定…" in a county's text: the county's people's government issued it, and
    the text is kept with no facts (a commendation without sums grants no reward)."""
    extraction = extract_text(COMMENDATION, "x.txt")
    assert extraction.document.region == "桐庐县"
    assert extraction.document.issuer == "桐庐县人民政府"
    assert not extraction.rewards and not extraction.targets


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_cut_commendation_is_ingested_not_refused(engine: Engine) -> None:
    outcome = ingest_bytes(engine, COMMENDATION.encode("utf-8"), "commendation.txt")
    assert outcome.error is None and outcome.result is not None, outcome.error


def test_a_decision_of_another_level_names_no_issuer() -> None:
    """ "经市政府研究" in a text whose region is a county says nothing of who wrote it: the text
    stays refused as before (no number, issuer or title)."""
    with pytest.raises(ExtractionError):
        extract_text(COMMENDATION.replace("经县政府", "经市政府"), "x.txt")


PROVINCE_HEAD = (
    "浙江省人民政府办公厅关于印发浙江省品牌建设行动计划(2031—2033年)的通知\n"
    "浙政办发〔2031〕12号\n一、主要目标\n"
)
PROVINCE_TAIL = "\n浙江省人民政府办公厅\n2031年4月2日\n"
MEASURED = {
    "short_words": "到2033年,全省新增省级名牌产品150个、著名商标80件,其中杭州市名牌22个、商标12件,"
    "宁波市名牌20个、商标10件,温州市名牌18个、商标9件。",
    "full_words": "到2033年,全省新增省级名牌产品150个、著名商标80件,其中杭州市名牌产品22个、"
    "著名商标12件,宁波市名牌产品20个、著名商标10件,温州市名牌产品18个、著名商标9件。",
    "next_sentence": "到2033年,全省新增省级名牌产品150个、著名商标80件。其中,杭州市名牌22个、商标12件;"
    "宁波市名牌20个、商标10件;温州市名牌18个、商标9件。",
}
EXPECTED = {
    ("杭州市", 22.0, "个"),
    ("杭州市", 12.0, "件"),
    ("宁波市", 20.0, "个"),
    ("宁波市", 10.0, "件"),
    ("温州市", 18.0, "个"),
    ("温州市", 9.0, "件"),
}


@pytest.mark.parametrize("form", sorted(MEASURED))
def test_a_split_with_several_measures_a_place_is_one_target_per_place_and_measure(
    form: str,
) -> None:
    targets = extract_text(PROVINCE_HEAD + MEASURED[form] + PROVINCE_TAIL, "x.txt").targets
    placed = {(t.district, t.value, t.unit) for t in targets if t.district}
    assert placed == EXPECTED, placed
    for target in targets:
        assert target.deadline == date(2033, 12, 31)
        if target.district:
            # each measure counts what its own total counts, without the whole's 全省
            expected = "新增省级名牌产品" if target.unit == "个" else "新增著名商标"
            assert target.subject == expected, (target.district, target.subject)
    assert sorted(t.value for t in targets if t.district is None) == [80.0, 150.0]


def test_a_clause_opening_with_places_without_qizhong_is_no_split() -> None:
    """Places that open clauses of a sentence with no "其中" are not read as a split."""
    text = (
        PROVINCE_HEAD + "到2033年,杭州市名牌产品达到22个,宁波市名牌产品达到20个。" + PROVINCE_TAIL
    )
    assert all(t.district is None for t in extract_text(text, "x.txt").targets)


CITY_HEAD = "甲市人民政府关于印发甲市质量提升行动方案的通知\n甲政发〔2031〕3号\n"
CITY_TAIL = "\n甲市人民政府\n2031年3月1日\n"


def _tasks(body: str) -> dict[str, tuple[list[str], list[str]]]:
    extraction = extract_text(CITY_HEAD + body + CITY_TAIL, "x.txt")
    return {t.title: (t.lead_units, t.support_units) for t in extraction.tasks}


def test_a_support_label_in_a_sentence_of_its_own_closes_the_same_note() -> None:
    """ "牵头单位:甲。配合单位:乙。": the second sentence is the same note's support units."""
    tasks = _tasks(
        "二、主要任务\n(一)推进标准化建设。组织企业参与国家标准制定。"
        "牵头单位:市市场监管局。配合单位:市发改委、市经信局。"
    )
    assert tasks["推进标准化建设"] == (["市市场监管局"], ["市发改委", "市经信局"]), tasks


def test_a_support_label_sentence_after_a_goal_gives_the_target_its_support() -> None:
    extraction = extract_text(
        CITY_HEAD + "一、主要目标\n到2033年,全市新增省级名牌产品10个。"
        "责任单位:市市场监管局。协作单位:市经信局、市商务局。" + CITY_TAIL,
        "x.txt",
    )
    (target,) = extraction.targets
    assert target.lead_units == ["市市场监管局"]
    assert target.support_units == ["市经信局", "市商务局"]


JOINT_FORMS = {
    "listed": ("市经信局要会同市商务局、市财政局,实施品牌培育工程。", ["市商务局", "市财政局"]),
    "single": ("市市场监管局会同市发改委制定地方标准体系建设规划。", ["市发改委"]),
    "others": (
        "市人社局要联合市教育局、市科技局等部门,开展质量人才培训。",
        ["市教育局", "市科技局"],
    ),
}


@pytest.mark.parametrize("form", sorted(JOINT_FORMS))
def test_the_bodies_a_lead_works_with_are_its_support(form: str) -> None:
    """ "甲局要会同乙局、丙局,<duty>": 乙局 and 丙局 support the task, the title is the duty."""
    sentence, support = JOINT_FORMS[form]
    (task,) = extract_text(
        CITY_HEAD + "二、主要任务\n(一)加强工作。" + sentence + CITY_TAIL, "x.txt"
    ).tasks
    assert task.support_units == support, task
    assert not task.title.startswith(("会同", "联合")), task.title


def test_working_with_the_bodies_concerned_names_no_support() -> None:
    (task,) = extract_text(
        CITY_HEAD
        + "二、主要任务\n(一)加强宣传。市委宣传部要会同有关部门,开展质量宣传。"
        + CITY_TAIL,
        "x.txt",
    ).tasks
    assert task.support_units == [] and "有关部门" not in task.lead_units


NOTE_FORMS = {
    # "以上工作由…牵头": the work the note closes is no part of the lead's name
    "topic_first": (
        "(一)加强品牌培育。实施品牌培育工程。以上工作由市经信局牵头,市商务局、市财政局配合。",
        ["市经信局"],
        ["市商务局", "市财政局"],
    ),
    "main_label": (
        "(一)强化质量监管。开展质量抽查。主要负责单位:市市场监管局;协助单位:市公安局。",
        ["市市场监管局"],
        ["市公安局"],
    ),
    "adverb_roles": (
        "(一)开展质量月活动。市市场监管局具体负责,市文明办共同参与。",
        ["市市场监管局"],
        ["市文明办"],
    ),
    "lending_support": (
        "(一)加强统计。市统计局负责质量统计监测工作,市发改委、市经信局予以配合。",
        ["市统计局"],
        ["市发改委", "市经信局"],
    ),
}


@pytest.mark.parametrize("form", sorted(NOTE_FORMS))
def test_unit_notes_in_other_words(form: str) -> None:
    body, lead, support = NOTE_FORMS[form]
    (task,) = extract_text(CITY_HEAD + "二、主要任务\n" + body + CITY_TAIL, "x.txt").tasks
    assert (task.lead_units, task.support_units) == (lead, support), task


RULES_HEAD = "甲市科技创新奖励办法\n第一条 对新认定的国家高新技术企业,奖励20万元。\n"
RULES_TAIL = "\n甲市人民政府\n2030年12月1日\n"


@pytest.mark.parametrize(
    "article",
    [
        "第二条 申报企业近三年内未发生重大安全生产事故。",
        "第二条 企业弄虚作假骗取奖励的,取消其3年内申报资格。",
        "第二条 企业弄虚作假骗取奖励的,3年内不得申报本办法奖励。",
    ],
)
def test_a_look_back_window_or_a_penalty_length_is_no_deadline(article: str) -> None:
    """ "近三年内", "取消其3年内申报资格", "3年内不得申报": a window looking back or how long a
    penalty lasts, never a milestone due N years on."""
    extraction = extract_text(RULES_HEAD + article + RULES_TAIL, "x.txt")
    assert not extraction.milestones, extraction.milestones


@pytest.mark.parametrize(
    "article",
    [
        "第二条 申报企业须依法纳税、诚信经营。",
        "第二条 获得奖励的企业须在本市连续经营5年以上。",
    ],
)
def test_what_an_applicant_or_recipient_must_meet_is_a_condition(article: str) -> None:
    extraction = extract_text(RULES_HEAD + article + RULES_TAIL, "x.txt")
    kinds = [(c.kind, c.text) for c in extraction.conditions]
    assert kinds == [("other", article.removeprefix("第二条 ").rstrip("。"))], kinds


ANNUAL_HEAD = "甲市2031年质量工作要点\n甲市人民政府办公室\n五、保障措施\n"
ANNUAL_TAIL = "\n2031年2月1日\n"


def test_an_item_number_is_no_part_of_a_repeated_duty_or_its_unit() -> None:
    """ "(三)市质量办每半年召开一次联席会议。": the duty is 市质量办's (not "(三)市质量办"), the
    sentence is no body's name, and 市质量办 is one of the document's units."""
    extraction = extract_text(
        ANNUAL_HEAD + "(三)市质量办每半年召开一次联席会议。" + ANNUAL_TAIL, "x.txt"
    )
    (duty,) = extraction.recurring
    assert duty.every == "half-year" and duty.lead_units == ["市质量办"], duty
    assert duty.title == "市质量办召开联席会议", duty.title
    assert extraction.units == ["市质量办"], extraction.units


def test_a_bracketed_cadence_splits_neither_the_unit_nor_the_duty() -> None:
    """ "市质量办定期(每季度)开展督查": the bracket round the cue is no part of either side."""
    (duty,) = extract_text(
        ANNUAL_HEAD + "(七)市质量办定期(每季度)开展督查。" + ANNUAL_TAIL, "x.txt"
    ).recurring
    assert (duty.every, duty.lead_units, duty.title) == (
        "quarter",
        ["市质量办"],
        "市质量办开展督查",
    )


POLICY_BODY = "一、对新列入规模以上工业企业的,给予每家5万元奖励。\n甲市人民政府\n2031年1月1日\n"


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("桐庐县促进工业经济发展若干政策", "桐庐县促进工业经济发展若干政策"),
        ("加快推进工业经济高质量发展若干政策", "加快推进工业经济高质量发展若干政策"),
        ("桐庐县招商引资奖励规定", "桐庐县招商引资奖励规定"),
        ("一、支持先进制造业发展政策", None),
        ("考试相关政策", None),
    ],
)
def test_a_rules_document_named_by_its_place_or_as_ruogan_zhengce_is_titled(
    first_line: str, title: str | None
) -> None:
    """ "某县…若干政策" / "某县…规定" on the first line is the title; a heading or a site menu
    that names no place is not."""
    extraction = extract_text(first_line + "\n" + POLICY_BODY, "x.txt")
    assert extraction.document.title == title


@pytest.mark.parametrize(
    ("page_line", "issuer", "region"),
    [
        ("(发布单位:灵璧县人民政府办公室 发布日期:2031-03-02)", "灵璧县人民政府办公室", "灵璧县"),
        ("制发机关:灵璧县人民政府", "灵璧县人民政府", "灵璧县"),
        # the site's own office, or a bureau without its place: no issuer taken from it
        ("发布部门:县人民政府办公室", None, None),
    ],
)
def test_a_page_publisher_that_names_its_place_is_the_issuer(
    page_line: str, issuer: str | None, region: str | None
) -> None:
    extraction = extract_text(
        "2031年民生实事项目\n" + page_line + "\n一、新建公办幼儿园5所。\n", "x.txt"
    )
    assert (extraction.document.issuer, extraction.document.region) == (issuer, region)
