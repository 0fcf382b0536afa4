"""General rules for the failure classes first seen on batch 26's dev part (corpus/unseen/SOURCES.md,
"Batch 26"): a notice of rewards and penalties ("…目标责任奖惩的通报") whose preamble reports
results, a mirror that prints lost non-breaking spaces as "?" and big5's 陜 for 陝, a province's
division of work whose trailers name its departments bare ("(财政厅牵头)") and whose year is only
"今年政府工作", and a notice issuing several plans, each titled on a line of its own with its lead
unit in brackets below ("(县自然资源局牵头)").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.chinese import to_simplified
from policybot.knowledge.extract import extract_text

PENALTIES = (
    "丙市人民政府关于对2031年秸秆禁烧工作目标责任奖惩的通报\n"
    "(丙政发〔2031〕6号)\n"
    "各区、县人民政府:\n"
    "  2031年秸秆禁烧工作取得显著成效。全市新增秸秆综合利用机械305台件,利用率达到91.5%;"
    "12个重点乡镇有10个实现了零着火点目标。\n"
    "  现对有关单位奖惩如下:\n"
    "  一、奖励对甲区等3个先进区县奖励如下:\n"
    "  一等奖:\n"
    "  甲区人民政府 奖励20万元\n"
    "  乙县人民政府 奖励15万元\n"
    "  二等奖:\n"
    "  丙区人民政府 奖励10万元\n"
)


def test_a_notice_of_rewards_and_penalties_sets_no_goals() -> None:
    """B26-1: "…工作目标责任奖惩的通报" reports what was achieved ("新增…305台件", "利用率达到
    91.5%") and counts whom it rewards ("甲区等3个先进区县"): no targets; each recipient line is
    still one reward."""
    extraction = extract_text(PENALTIES, "x.txt")
    assert extraction.targets == []
    assert [(r.achievement, r.amount_yuan) for r in extraction.rewards] == [
        ("甲区人民政府", 200000),
        ("乙县人民政府", 150000),
        ("丙区人民政府", 100000),
    ]


COMMENDATION = (
    "丁省人民政府辦公廳關于表彰獎勵河流治理先進單位的通報\n"
    "各設區市人民政府:\n"
    "??? 經省政府同意,對考核等級為優秀的甲市、乙市各獎勵200萬元。\n"
    "??? 希望受到表彰獎勵的單位再接再厲。\n"
    "???????????????????????? 丁省人民政府辦公廳\n"
    "?????????????????????????????? 2031年4月1日\n"
)


def test_question_marks_that_stand_for_lost_spaces_indent_the_signature() -> None:
    """B26-2: a mirror printed the page's non-breaking spaces as "?": a run of them before the
    落款's lines is their indent, so the issuer and the signing date are read."""
    extraction = extract_text(COMMENDATION, "x.txt")
    assert extraction.document.issued == date(2031, 4, 1)
    assert extraction.document.issuer == "丁省人民政府办公厅"


def test_big5s_variant_of_shan_is_simplified() -> None:
    """B26-2: 陜 (U+965C) is how big5 copies print 陝; OpenCC's t2s leaves it, the region's name
    then matched nothing."""
    assert to_simplified("陜西省人民政府辦公廳") == "陕西省人民政府办公厅"
    assert to_simplified("陝西") == "陕西"


DIVISION = (
    "甲省人民政府\n"
    "关于落实《政府工作报告》重点工作\n"
    "部门分工的意见\n"
    "乙府发〔2031〕8号 二○三一年三月十七日\n"
    "省政府各部门、各直属机构:\n"
    "为做好今年政府工作,现就《政府工作报告》明确的重点工作提出部门分工意见如下。\n"
    "一、扩大内需\n"
    "完善公共财政体系。省级财政拟安排超过50亿元资金用于重大民生项目。强化政府性债务管理。"
    "(财政厅牵头)\n"
)


def test_a_provinces_bare_department_is_the_provinces() -> None:
    """B26-3: "(财政厅牵头)" in a province's division of work names the province's department:
    省财政厅, as a city's "(发改局牵头)" is 市发改局."""
    extraction = extract_text(DIVISION, "x.txt")
    assert extraction.units == ["省财政厅"]
    assert [task.lead_units for task in extraction.tasks] == [["省财政厅"]]


def test_this_years_government_work_dates_its_goals() -> None:
    """B26-4: a division of "今年政府工作" signed 2031-03-17 names no period: its numbers are for
    the year it was signed in."""
    extraction = extract_text(DIVISION, "x.txt")
    assert [(t.value, t.deadline) for t in extraction.targets] == [(50, date(2031, 12, 31))]


ISSUED_PLANS = (
    "某县人民政府办公室关于印发某县乡村振兴三大专项行动方案的通知\n\n"
    "各乡镇人民政府,县政府有关部门:\n"
    "  按照市政府办有关要求,县农业农村局等部门分别牵头制定了《某县农村人居环境整治提升专项行动方案》"
    "《某县农村道路畅通专项行动方案》《某县农村供水保障专项行动方案》。\n"
    "  三个专项行动方案已经县政府同意,现印发给你们,请认真抓好贯彻落实。\n\n"
    "  某县人民政府办公室\n\n  2031年5月6日\n\n\n  附件1\n\n\n"
    "某县农村人居环境整治提升专项行动方案\n\n"
    "(县农业农村局牵头)\n\n\n"
    "  为改善农村人居环境,特制定本行动方案。\n"
    "  一、总体要求\n"
    "  坚持因地制宜,统筹推进,坚持以人民为中心,尊重自然规律,整体谋划村庄布局、道路、供水和垃圾治理,"
    "提高整治工作的系统性、协调性和可持续性,统筹划定村庄建设边界和生态保护范围。\n"
)


def test_a_lead_unit_under_a_plans_title_leads_that_plan() -> None:
    """B26-5: an issued plan's title on a line of its own, then "(县农业农村局牵头)" alone on the
    next: the unit leads the work the plan is about (a task), not the lines below it."""
    tasks = extract_text(ISSUED_PLANS, "x.txt").tasks
    assert [(task.title, task.lead_units) for task in tasks] == [
        ("某县农村人居环境整治提升专项行动方案", ["县农业农村局"])
    ]
