"""General rules for the failure classes first seen on batch 11 (corpus/unseen/FAILURES.md, "Batch 11
(dev only)").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

# A county plan section that names no place and dates its goals only by "今年" and a heading.
_COUNTY_PLAN = (
    "今年全县主要预期目标是:地区生产总值增长6.5%左右,城镇调查失业率控制在4.5%以内。\n"
    "二、2037年主要工作安排\n"
    "(一)推进乡村振兴。一是稳定粮食生产,建成高标准农田0.35万亩,粮食播种面积稳定在9万亩以上。"
    "二是推动种业振兴,力争新增农民专业合作社7个。\n"
)


def test_a_districts_short_name_that_is_an_everyday_word_is_no_region() -> None:
    """B11-1: "乡村振兴", "种业振兴" twice in a county text is the word, not a district 振兴区."""
    result = extract_text(_COUNTY_PLAN, "x.txt")
    assert result.document.region is None
    assert {t.region for t in result.targets} == {None}


def test_a_years_work_arrangements_heading_dates_the_years_goals() -> None:
    """B11-2: "二、2037年主要工作安排" makes the text the plan of 2037: its goals fall due at its end."""
    result = extract_text(_COUNTY_PLAN, "x.txt")
    assert result.document.period == (2037, 2037)
    found = {
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None) for t in result.targets
    }
    assert found >= {
        (6.5, "%", "2037-12-31"),
        (4.5, "%", "2037-12-31"),
        (0.35, "万亩", "2037-12-31"),
        (9, "万亩", "2037-12-31"),
        (7, "个", "2037-12-31"),
    }


def test_a_recipient_list_flattened_one_cell_a_line_gives_one_reward_per_row() -> None:
    """B11-3: a 公示's list "序号 / 镇街 / 单位名称 / 奖励金额(万元)" is a reward per firm, not targets."""
    text = (
        "关于2038年度工业企业技术改造奖励资金的公示\n"
        "根据有关规定,对技术改造投资超过500万元的企业每家给予奖励,现将名单公示如下。\n"
        "某某县经济和信息化局\n2038年3月2日\n"
        "附件\n奖励企业名单\n"
        "序号\n\n镇街\n\n单位详细名称\n\n奖励金额(万元)\n\n"
        "1\n\n东岭街道\n\n青禾精密机械有限公司\n\n18\n\n"
        "2\n\n西岭镇\n\n远帆新材料股份有限公司\n\n7.5\n\n"
    )
    result = extract_text(text, "x.txt")
    assert {(r.achievement, r.amount_yuan) for r in result.rewards} >= {
        ("青禾精密机械有限公司", 180000),
        ("远帆新材料股份有限公司", 75000),
    }
    assert not [t for t in result.targets if t.value in (18, 7.5)]
