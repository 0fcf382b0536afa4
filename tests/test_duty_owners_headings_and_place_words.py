"""Duties the reader lost or made up, on invented plans (rem39): a unit that receives one duty
owns the next; a heading names a mechanism, not a duty; 次月/上月 is a monthly duty; a task
cell that is only a time is no copy of the row above; 示范县 is no county 范县."""

from __future__ import annotations

from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import Extraction
from tests.invented_plans import city_plan


def _read(body: str) -> Extraction:
    return extract_text(city_plan(body), "示范市方案.txt")


def _duties(extraction: Extraction) -> list[tuple[str, str, list[str]]]:
    return [(duty.every, duty.title, duty.lead_units) for duty in extraction.recurring]


def test_the_recipient_of_one_duty_owns_the_next() -> None:
    """The second duty was dropped as a restatement of the first (same words, same period)."""
    duties = _duties(
        _read(
            "一、工作任务\n"
            "各乡镇每月10日前将验收情况报送县农业农村局。县农业农村局每月20日前报送验收情况。\n"
        )
    )
    assert ("month", "县农业农村局报送验收情况", ["县农业农村局"]) in duties
    assert any(units == ["各乡镇"] for _, _, units in duties)


def test_a_restated_duty_of_the_same_unit_is_still_read_once() -> None:
    duties = _duties(
        _read(
            "一、工作任务\n"
            "县农业农村局每月20日前报送验收情况。\n"
            "三、保障措施\n"
            "县农业农村局每月20日前报送验收情况,确保按时完成。\n"
        )
    )
    assert len(duties) == 1


def test_a_heading_naming_a_mechanism_is_no_duty() -> None:
    extraction = _read(
        "一、工作任务\n(一)建立月度调度机制\n市质量办每月召开调度会议,通报工作进展。\n"
    )
    assert _duties(extraction) == [("month", "市质量办召开调度会议", ["市质量办"])]


def test_a_heading_with_its_body_on_the_line_reads_the_body() -> None:
    extraction = _read("一、工作任务\n(一)建立季度通报制度。市质量办实行季度通报。\n")
    assert [(every, title) for every, title, _ in _duties(extraction)] == [("quarter", "季度通报")]
    assert extraction.recurring[0].span.start > extraction.text.index("。市质量办")


def test_the_month_after_and_the_month_before_make_a_monthly_duty() -> None:
    extraction = _read("一、工作任务\n各乡镇于次月5日前报送上月工作进展情况。\n")
    (duty,) = extraction.recurring
    assert (duty.every, duty.title, duty.lead_units) == (
        "month",
        "各乡镇报送上月工作进展情况",
        ["各乡镇"],
    )
    assert (duty.due_month, duty.due_day) == (2, 5)  # the 5th of the month after each month


def test_the_month_after_alone_is_no_duty() -> None:
    extraction = _read(
        "一、工作任务\n2031年6月30日前完成企业库建设。各部门于次月10日前完成整改。\n"
    )
    assert not extraction.recurring


TABLE = """二、任务分解表
序号 工作任务 责任单位 完成时限
1 开展示范区创建 市市场监管局 2031年6月30日
2 2032年6月底前 市商务局 每季度
3 2032年底前完成 市质量办 2032年12月31日
4 制定品牌培育方案 市质量办 2031年9月30日
"""


def test_a_task_cell_that_is_only_a_time_is_no_copy_of_the_row_above() -> None:
    """Rows 2 and 3 took row 1's task: a quarterly 开展示范区创建 of 市商务局 and a task of 市质量办
    (a second deadline of row 1's milestone, under another unit)."""
    extraction = _read(TABLE)
    assert not extraction.recurring
    created = [m for m in extraction.milestones if "示范区创建" in m.title]
    assert [(m.due.isoformat() if m.due else None, m.lead_units) for m in created] == [
        ("2031-06-30", ["市市场监管局"])
    ]
    assert not [task for task in extraction.tasks if "示范区创建" in task.title]


COUNTY_NOTICE = """关于印发示范县创建工作方案的通知
各乡镇人民政府,县直各单位:
现将《示范县创建工作方案》印发给你们,请认真贯彻执行。
2031年3月2日
示范县创建工作方案
一、工作目标
到2032年,创建示范县1个,培育试点县3个,全县品牌企业达到20家。
二、工作任务
县市场监管局每月10日前报送示范县创建进展。
"""


def test_a_designation_ending_in_a_county_suffix_is_no_county() -> None:
    """示范县 was read as 范县 (a real county elsewhere), and the plan filed under it."""
    extraction = extract_text(COUNTY_NOTICE, "示范县方案.txt")
    assert extraction.document.region != "范县"
    assert all(target.region != "范县" for target in extraction.targets)


def test_a_county_named_after_a_word_is_still_found() -> None:
    from policybot.knowledge.extract.gazetteer import gazetteer
    from policybot.knowledge.extract.jurisdiction import _places_named

    named = _places_named("支持范县建设;创新县域经济,建设示范县和试点县", gazetteer())
    assert [place.name for place in named] == ["范县"]
