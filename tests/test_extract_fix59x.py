"""General forms of helper fix59x (the extraction defects attack59 found in ext59's rules): a
year's month end before 之前/以前, a bureau paying money out by a result, a level above's body
sharing a duty by remit, a bureau named with its head, a ceiling per recipient said with the
reward word alone, and two departments' steps in one sentence.

Every text is a short invented one in the style of county reward rules; places and bodies are
invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.records import Extraction

_HEAD = (
    "青澜县人民政府办公室关于印发青澜县茶产业奖补办法的通知\n"
    "各乡镇人民政府,县直各部门:\n"
    "一、对新建标准化茶园50亩以上的经营主体,每亩奖补300元。\n"
)
_TAIL = "青澜县人民政府办公室\n2032年3月9日\n"


def _extract(body: str) -> Extraction:
    return extract_text(_HEAD + body + _TAIL, "x.txt")


def test_a_years_end_before_zhiqian_is_the_years_last_day() -> None:
    milestones = _extract("二、各乡镇要于2032年底之前完成茶园核查。\n").milestones
    assert [(m.title, m.due) for m in milestones] == [("完成茶园核查", date(2032, 12, 31))]


def test_a_day_before_yiqian_with_a_year_is_that_day() -> None:
    milestones = _extract("二、各乡镇要在2032年8月底以前完成茶园核查。\n").milestones
    assert [m.due for m in milestones] == [date(2032, 8, 31)]


def test_a_bureau_paying_by_a_result_is_a_unit_but_not_a_provinces() -> None:
    assert "县农业农村局" in _extract("二、补助资金由县农业农村局按照核查结果兑付。\n").units
    assert _extract("二、补助资金由省农业农村厅按照核查结果拨付。\n").units == []


def test_only_the_own_levels_body_of_a_remit_list_is_a_unit() -> None:
    units = _extract("二、省茶叶局、县农业农村局按照职责分工做好技术指导。\n").units
    assert units == ["县农业农村局"], units
    # a person among the list: no unit at all
    assert _extract("二、李明、县农业农村局按照职责分工做好技术指导。\n").units == []


def test_a_bureau_named_with_its_deputy_head_is_a_unit() -> None:
    assert "县农业农村局" in _extract("二、县农业农村局副局长王芳负责组织验收。\n").units


def test_a_ceiling_per_firm_in_the_word_jiangli_is_a_cap_a_rate_is_not() -> None:
    kinds = [c.kind for c in _extract("二、每个经营主体奖励不超过3万元。\n").conditions]
    assert kinds == ["overall_cap"], kinds
    assert _extract("二、每个经营主体奖励3万元。\n").conditions == []


def test_three_departments_steps_in_one_sentence_each_lead_their_own() -> None:
    tasks = _extract("二、县农业农村局要加强指导,县财政局要保障资金,县审计局应开展审计。\n").tasks
    assert [(t.title, t.lead_units) for t in tasks] == [
        ("加强指导", ["县农业农村局"]),
        ("保障资金", ["县财政局"]),
        ("开展审计", ["县审计局"]),
    ]


def test_a_step_continued_after_the_comma_is_not_cut() -> None:
    tasks = _extract("二、县农业农村局要加强指导,将茶园建设纳入年度考核。\n").tasks
    assert [t.lead_units for t in tasks] == [["县农业农村局"]]
    assert "纳入年度考核" in tasks[0].title
