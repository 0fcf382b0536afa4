"""General rules for the failure classes first seen on batch 23's dev part (corpus/unseen/SOURCES.md,
"Batch 23"): a county plan whose only suffixed "county" is the 成县 inside "建成县城" (build the county
town), a plan's first horizon ("到2031年:重点推进3个重点项目建设") read as an annual plan's year so
that every undated goal fell due in it, "接游人次超过280万" read in bare 万, and a deadline whose
hand-in names a quoted document with a year ("于2031年3月10日前将“2031年重点工作安排”…报送")
dated at that year's end.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.numbers import find_quantities

TOURISM = (
    "一、目标任务\n"
    "把我县打造成生态旅游目的地,唱响“山水婺源”的旅游形象。\n"
    "到2031年:重点推进3个旅游重点项目建设,新增旅游固定资产投资6亿元,建成县城旅游集散中心并投入使用。\n"
    "到2032年:新增旅游固定资产投资9亿元,建成5个成熟景区。\n"
    "到2034年:新增旅游固定资产投资14亿元,旅游综合收入突破12亿元。\n"
    "二、工作重点\n"
    "1.建成一批成熟景区。把婺源打造成休闲度假旅游目的地,新增3个国家4A级景区。\n"
)


def test_county_town_after_a_verb_names_no_county() -> None:
    """B23-1: "建成县城旅游集散中心" is "build the county town"; the 成县 inside it is no county,
    so the county the text names by its short name (twice, with 我县) is the region."""
    extraction = extract_text(TOURISM, "x.txt")
    assert extraction.document.region == "婺源县"


def test_a_horizon_in_the_goals_is_no_annual_year() -> None:
    """B23-2: "到2031年:重点推进3个旅游重点项目建设" is the plan's first horizon, not the year of an
    annual plan: the plan runs to its last horizon and an undated goal falls due then."""
    extraction = extract_text(TOURISM, "x.txt")
    assert extraction.document.period == (2031, 2034)
    undated = [t for t in extraction.targets if t.value == 3 and "4A" in (t.subject or "")]
    assert [t.deadline for t in undated] == [date(2034, 12, 31)]


def test_ten_thousands_after_visits_are_ten_thousand_visits() -> None:
    """B23-3: "接游人次超过280万": the count named before the number is of visits (万人次); a bare
    万 elsewhere stays 万."""
    assert [(q.value, q.unit) for q in find_quantities("接游人次超过180万,旅游收入")] == [
        (180.0, "万人次")
    ]
    assert [(q.value, q.unit) for q in find_quantities("游客人次达到350万")] == [(350.0, "万人次")]
    assert [(q.value, q.unit) for q in find_quantities("新增就业5万,其中")] == [(5.0, "万")]


def test_a_year_opening_a_quoted_name_is_no_deadline() -> None:
    """B23-4: "于2031年3月10日前将“2031年重点工作安排”及…的办理方案报送至市人民政府督查室": the
    year inside the quotes names a document; the hand-in is due on the 10th of March."""
    text = (
        "某市人民政府办公厅关于印发2031年目标任务责任分解方案的通知\n"
        "各责任单位应当将办理方案报请分管副市长审定后,于2031年3月10日前将“2031年重点工作安排”"
        "及“十件实事”的办理方案报送至市人民政府督查室。\n"
    )
    dues = [m.due for m in extract_text(text, "x.txt").milestones]
    assert dues == [date(2031, 3, 10)]
