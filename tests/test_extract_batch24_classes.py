"""General rules for the failure classes first seen on batch 24's dev part (corpus/unseen/SOURCES.md,
"Batch 24"): a province's quota table copied one cell per line with a lone "|" between the cells,
which was read as no table at all; the recipient count of a reward notice ("对考评成绩优秀的甲县等
12个县(市、区)进行以奖代补") read as a target; a clause that binds how reward money is spent ("资金
必须全部用于项目建设经费,不得用于奖励单位、个人") not kept as a condition; and the closing
exhortation of a task notice ("为全面完成2031年全市…的目标任务作出应有的努力") read as a milestone
due at the year's end.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

QUOTA = (
    "某省人民政府办公厅关于下达2031年植树造林任务的通知\n"
    "各设区市人民政府:\n"
    "经省政府同意,现下达2031年度各设区市植树造林及森林抚育任务,请抓紧分解落实。\n"
    "附件:各设区市2031年植树造林及森林抚育任务表\n"
    "某省人民政府办公厅\n"
    "二○三一年二月三日\n"
    "附件:\n"
    "各设区市2031年植树造林及森林抚育任务表\n"
    "单位:万亩\n"
    "设区市\n|\n植树造林面积\n|\n森林抚育规模\n|\n"
    "东阳市\n|\n2.15\n|\n6.5\n|\n"
    "西陵市\n|\n0.40\n|\n1.2\n|\n"
    "南坪市\n|\n1.05\n|\n3.3\n|\n"
    "合 计\n|\n3.6\n|\n11\n|\n"
    "扫一扫手机阅读\n"
)


def test_a_table_with_a_lone_bar_between_its_cells_splits_the_quota() -> None:
    """B24-1: cells on their own lines with a lone "|" after each are the same one-cell-per-line
    table: one target per place and column (the place in `district`), and the total row is the
    province's own figure."""
    extraction = extract_text(QUOTA, "x.txt")
    found = {(t.district, t.value, t.unit, t.deadline) for t in extraction.targets}
    assert ("东阳市", 2.15, "万亩", date(2031, 12, 31)) in found
    assert ("东阳市", 6.5, "万亩", date(2031, 12, 31)) in found
    assert ("南坪市", 3.3, "万亩", date(2031, 12, 31)) in found
    assert (None, 3.6, "万亩", date(2031, 12, 31)) in found
    assert (None, 11, "万亩", date(2031, 12, 31)) in found
    assert len(extraction.targets) == 8


GRANTS = (
    "文件名称:自治区政府办公厅关于2030年生态乡村建设以奖代补资金安排的通知\n"
    "各市、县(区)人民政府:\n"
    "2030年,各市、县(区)积极开展生态乡村建设,取得了显著成效。为鼓励先进,经考评并报经自治区人民政府"
    "同意,对考评成绩优秀的东岭县等9个县(市、区)进行以奖代补,资金必须全部用于项目建设经费,"
    "不得用于奖励单位、个人。具体安排如下:\n"
    "一等奖(2个):东岭县、西川区,各奖励120万元。\n"
    "二等奖(3个):南湖县、北山县、中川区,各奖励90万元。\n"
    "三等奖(4个):上河县、下河县、前川县、后川区,各奖励60万元。\n"
    "某自治区人民政府办公厅\n"
    "2031年1月20日\n"
)


def test_a_notice_allocating_grants_sets_no_goal() -> None:
    """B24-2: "关于2030年…以奖代补资金安排的通知" hands out grants to the places it names: its
    "东岭县等9个县(市、区)" counts the recipients, it is no goal; the grants stay rewards."""
    extraction = extract_text(GRANTS, "x.txt")
    assert extraction.targets == []
    assert sorted(r.amount_yuan for r in extraction.rewards) == [600000, 900000, 1200000]


def test_how_grant_money_must_be_spent_is_a_condition() -> None:
    """B24-3: "资金必须全部用于项目建设经费,不得用于奖励单位、个人" binds how the grants are spent:
    a condition of kind other, shown with the notice's rewards."""
    extraction = extract_text(GRANTS, "x.txt")
    kept = [c for c in extraction.conditions if c.kind == "other"]
    assert len(kept) == 1
    assert "必须全部用于项目建设经费" in kept[0].text
    assert "不得用于奖励单位、个人" in kept[0].text


NOTICE = (
    "市政府关于印发《2031年〈政府工作报告〉主要目标任务分解方案》的通知\n"
    "某政发〔2031〕12号\n"
    "各县(市)、区人民政府,市各委、办、局:\n"
    "现将《2031年〈政府工作报告〉主要目标任务分解方案》印发给你们。\n"
    "各相关单位要强化大局意识,积极配合主办单位把各项推进措施落到实处,为全面完成2031年全市经济社会"
    "发展的目标任务作出应有的努力。\n"
    "市政府督查室要加大督查督办力度,实行季度督查通报、年终考评汇总。\n"
    "二〇三一年三月十日\n"
    "一、目标分解\n"
    "1.地区生产总值增长8.5%。主办单位:市发展和改革委员会。\n"
    "2.城镇新增就业5万人。主办单位:市人力资源和社会保障局。\n"
)


def test_a_closing_exhortation_is_no_milestone() -> None:
    """B24-4: "为全面完成2031年全市…的目标任务作出应有的努力" urges the units on; the year names the
    work, it dates no event.  The notice's goals keep that year."""
    extraction = extract_text(NOTICE, "x.txt")
    assert not [m for m in extraction.milestones if "努力" in m.title or "努力" in m.quote]
    assert {(t.value, t.deadline) for t in extraction.targets} == {
        (8.5, date(2031, 12, 31)),
        (5, date(2031, 12, 31)),
    }
