"""General rules for the failure classes first seen on batch 34's dev part (corpus/unseen/SOURCES.md,
"Batch 34"): a province's 分工方案 whose last note, cut by the excerpt, holds a name with its own
brackets ("〔省甲厅、…、省数据局(省营商局)") and whose paragraphs mix numbers with a duty (B34-1); a
province speaking as "省…" that names its projects only by their cities' short names (B34-2); a
city bureau's repost ("来源:某市住建局") of a plan that says "我省", "全省" (B34-3); support granted
as a sum ("给予…最高150万元一次性扶持", B34-4); the numbered conditions of a reward page ("(一)在某区
依法注册…", B34-5); a policy signed in one year that names no other, whose undated figures belong to
that year (B34-6); and a page's field list that sets "发文日期" and its value on separate lines
(B34-7).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

DIVISION_PLAN = (
    "2031年省《政府工作报告》重点工作分工方案\n"
    "一、对地区生产总值增长6%以上、城镇新增就业30万人左右等经济社会发展预期目标完成情况进行监测"
    "和督导。(省发展改革委、省财政厅、省商务厅等按职责分工负责)\n"
    "二、扩大有效投资,实施12项重大工程。开工建设甲乙高速、丙丁铁路等重点项目。加快推进大同煤化工"
    "基地、朔州电厂扩建、晋城光伏园区等重大项目。〔省发展改革委、省交通运输厅、省数据局(省营商局)\n"
)


def test_a_cut_note_keeps_the_names_with_their_own_brackets() -> None:
    """B34-1: "〔省发展改革委、省交通运输厅、省数据局(省营商局)" cut at the end is the paragraph's
    note, every name in it a lead unit; the closed bracket is part of the last name."""
    extraction = extract_text(DIVISION_PLAN, "x.txt")
    works = next(t for t in extraction.targets if t.value == 12)
    assert works.lead_units == ["省发展改革委", "省交通运输厅", "省数据局(省营商局)"]
    assert "省数据局(省营商局)" in extraction.units


def test_numbers_with_a_duty_of_their_own_are_also_a_task() -> None:
    """B34-1: "对…等预期目标完成情况进行监测和督导" is a duty over the numbers it lists (they stay
    targets), and "开工建设…等重点项目" a duty among the numbered sentences: each paragraph is a task."""
    extraction = extract_text(DIVISION_PLAN, "x.txt")
    titles = [task.title for task in extraction.tasks]
    assert "对经济社会发展预期目标完成情况进行监测和督导" in titles
    assert any(title.startswith("扩大有效投资") for title in titles)
    assert {t.value for t in extraction.targets} >= {6, 30, 12}


def test_an_indicator_without_its_number_is_no_duty() -> None:
    """B34-1 guard: "城乡居民收入与经济增长基本同步" between numbers is an indicator, not a task."""
    text = (
        "甲县2031年重点工作责任分解\n"
        "1.全县生产总值增长7%左右;一般公共预算收入增长6%;城乡居民人均可支配收入与经济增长基本"
        "同步,收入差距继续缩小。责任单位:县发改局\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.tasks == []
    assert {t.value for t in extraction.targets} == {7, 6}


def test_a_province_named_only_by_its_cities_short_names() -> None:
    """B34-2: a text that speaks as a province ("省《政府工作报告》", "(省发展改革委、") and names
    three prefectures of one province by their short names is that province's."""
    extraction = extract_text(DIVISION_PLAN, "x.txt")
    assert extraction.document.region == "山西省"


def test_two_cities_are_not_enough_for_a_province() -> None:
    """B34-2 guard: two short names may be words or a coincidence; no region is guessed."""
    text = DIVISION_PLAN.replace("、晋城光伏园区", "")
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region is None


REPOST = (
    "日期:2031-02-27 来源:甲市住房和城乡建设局\n"
    "为贯彻落实《乙省城市建设绿色发展三年行动方案》,制定2031年度工作方案如下:\n"
    "一、工作目标\n建立全省城市建设绿色发展指标体系。\n"
    "二、重点任务\n立足我省实际,城市生活污水处理率达90%以上。\n"
)


def test_a_city_bureaus_repost_of_a_province_plan_is_not_its_issuer() -> None:
    """B34-3: "来源:甲市住房和城乡建设局" on a text that says "我省", "全省" is the page that reposts
    the province's plan, not its issuer."""
    extraction = extract_text(REPOST.replace("甲市", "大同市").replace("乙省", "山西省"), "x.txt")
    assert extraction.document.issuer is None
    assert extraction.document.region == "山西省"


def test_a_bureau_of_the_level_the_text_speaks_at_stays_the_issuer() -> None:
    """B34-3 guard: a city bureau's own plan ("全市", "我市") keeps the 来源 organ as its issuer."""
    text = REPOST.replace("甲市", "大同市").replace("全省", "全市").replace("我省", "我市")
    text = text.replace("《乙省城市建设绿色发展三年行动方案》", "上级部署")
    extraction = extract_text(text, "x.txt")
    assert extraction.document.issuer == "大同市住房和城乡建设局"


SUPPORT_RULES = (
    "甲市商务发展扶持政策申报指南\n"
    "一、申报条件\n"
    "(一)在甲市内依法登记注册,具有独立法人资格的企业(单位)。\n"
    "(二)具备当年申报工作通知中要求条件的企业(单位)。\n"
    "二、扶持政策内容\n"
    "1.对新认定的市级夜市街区,给予经营单位或运营主体(含非法人企业)最高80万元一次性扶持。\n"
    "2.对新获评绿色商场的商场超市,给予经营单位最高20万元扶持。\n"
)


def test_a_sum_of_support_is_a_reward() -> None:
    """B34-4: "给予经营单位或运营主体…最高80万元一次性扶持" grants money: a capped reward, not a
    target."""
    extraction = extract_text(SUPPORT_RULES.replace("甲市", "大同市"), "x.txt")
    amounts = sorted(r.amount_yuan for r in extraction.rewards if r.amount_yuan)
    assert amounts == [200000, 800000]
    assert all(r.is_cap for r in extraction.rewards)
    assert extraction.targets == []


def test_numbered_applicant_conditions_are_scope() -> None:
    """B34-5: "(一)在某市内依法登记注册…", "(二)具备…要求条件的企业" say whom the rules reach."""
    extraction = extract_text(SUPPORT_RULES.replace("甲市", "大同市"), "x.txt")
    scopes = [c.text for c in extraction.conditions if c.kind == "scope"]
    assert any(text.startswith("在大同市内依法登记注册") for text in scopes)
    assert any(text.startswith("具备当年申报工作通知") for text in scopes)


OWN_YEAR_POLICY = (
    "大同市甲区人民政府印发关于推动经济发展的若干政策的通知\n"
    "各街道办事处:现将若干政策印发给你们。\n"
    "大同市甲区人民政府 2031年3月2日\n"
    "一、扩大有效投资。2031年全区固定资产投资力争完成200亿元。\n"
    "1.强化资金保障。2031年,计划推进全区90个新建项目。其中,道路建设8亿元,环境整治5亿元。\n"
)


def test_undated_figures_of_a_policy_naming_only_its_own_year_are_that_years() -> None:
    """B34-6: signed in 2031, stating goals "2031年…" and naming no other year: its undated
    figures ("道路建设8亿元") are due at 2031's end."""
    extraction = extract_text(OWN_YEAR_POLICY, "x.txt")
    deadlines = {t.value: t.deadline for t in extraction.targets}
    assert deadlines[8] == date(2031, 12, 31)
    assert deadlines[5] == date(2031, 12, 31)


def test_a_policy_naming_a_later_year_keeps_undated_figures_undated() -> None:
    """B34-6 guard: a text that also names another year ("到2033年") is not a one-year text."""
    text = OWN_YEAR_POLICY.replace(
        "计划推进全区90个新建项目", "计划推进全区90个新建项目,到2033年建成"
    )
    extraction = extract_text(text, "x.txt")
    deadlines = {t.value: t.deadline for t in extraction.targets}
    assert deadlines[8] != date(2031, 12, 31)


STACKED_FIELDS = (
    "  • 索引号\n\n    0000/2031-00038\n"
    "  • 发文日期\n\n    2031-02-12 16:00\n"
    "  • 发布文号\n\n    大政秘〔2031〕14号\n"
    "大同市人民政府关于印发2031年市政府工作报告目标任务分解表的通知\n"
    "各县、区人民政府:\n现将分解表印发给你们,请认真贯彻落实。\n"
    "一、主要目标\n全市生产总值增长6%左右,城镇新增就业2万人,一般公共预算收入增长5%。\n"
)


def test_a_date_field_set_under_its_label_is_read() -> None:
    """B34-7: "• 发文日期" on one line and "2031-02-12 16:00" on the next: the page's date field."""
    extraction = extract_text(STACKED_FIELDS, "x.txt")
    assert extraction.document.issued == date(2031, 2, 12)


LINKED_PAGE = (
    "热门文章\n"
    "- 2031年创新创业大赛获奖项目奖励(第二批)申报2031-11-04\n"
    "- 某市工业和信息化局关于开展2031年机器人行业规范申报工作的通知2031-11-04\n"
    "- 【项目公示】2031年11月1日某省各项目公示汇总(附公示名单下载)2031-11-01\n"
    "2030年深圳市甲区高新技术企业认定奖励项目申报条件_高新认定奖励\n"
    "发布时间:2030-09-27 10:10:00\n"
    "2030年深圳市甲区高新技术企业认定奖励项目申报条件\n"
    "对通过高新技术企业认定的企业,给予30万元奖励。\n"
)


def test_a_list_of_other_articles_names_no_fact_and_no_issuer() -> None:
    """B34-8: "热门文章" over bulleted titles that end in their dates is page chrome: no milestone
    from "…申报2031-11-04", no issuer from another article's title."""
    extraction = extract_text(LINKED_PAGE, "x.txt")
    assert extraction.milestones == []
    assert extraction.document.issuer is None


def test_a_headline_opening_with_its_year_names_its_place() -> None:
    """B34-8: "2030年深圳市甲区…申报条件": the year before the place does not hide the place; the
    headline set twice is the document's name, not a milestone due that year."""
    extraction = extract_text(LINKED_PAGE.replace("甲区", "龙岗区"), "x.txt")
    assert extraction.document.region == "深圳市龙岗区"
    assert extraction.milestones == []
