"""General rules for the failure classes first seen on batch 42's dev part (corpus/unseen/SOURCES.md,
"Batch 42"; FAILURES.md "Batch 42"): a site banner's clock read as the signing date (B42-1); a doc
number glued after its notice's own title on a joined line read as a citation (B42-3); a guaranteed
count "在确保新增25家的基础上" read as a baseline (B42-4); "各县(市、区)党委和政府" split into a party
committee and a bare 政府 (B42-5); a one-year plan dated after its year taking 今年 from the later date
(B42-6); a grant notice naming a class of recipients and the total handed down for them refused as
planless (B42-7); a 科学技术协会 issuing with its place not read as the region (B42-8); "市财政一次性奖励100万元
基础上,区财政再予以同比例一次性奖励100万元" read as the city's sum plus a reward whose achievement is
"区财政再予以同比例一次性" (B42-9); "按照展示板和交易板分别给予一次性5万元和50万元的奖励" read as one
reward (B42-10); a zone paying in its own name ("…的,高新区给予奖励200万元") read as the achievement
"高新区给予" (B42-11); a colon-led class and its band ("…上市的:融资2亿元以下的,…") split at the class's
list (B42-12); "由金融管理局、财政局联合审核,按程序办理拨付手续" not read as a task of both bodies
(B42-13), nor "金融管理局" as the "高新区金融管理局" the text named before (B42-14); a filing the
applicant must make first, when the work paid for must have been done, and who files the claim not
read as conditions (B42-15, with the open class of b41_07); a reprint's headline "…补助资金最高100万"
read as a goal (B42-16); a text speaking of "首都…战略" and "本市" not placed in the capital (B42-17); a
national zone governed above its county (杨凌示范区) read as the county it contains (B42-19, the open
class of b41_03).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import region_of
from policybot.knowledge.extract.units import split_unit_list


def test_a_banners_clock_is_no_signing_date() -> None:
    """B42-1: "某区人民政府 2031年12月3日星期二" heads the page; the notice has no 落款 date."""
    text = (
        "甲市乙区人民政府 2031年12月3日星期二\n\n政务公开 > 区财政局 > 文件\n\n"
        "乙区关于支持企业上市的有关政策\n\n"
        "一、对成功上市的在我区注册的企业,区财政一次性奖励200万元。\n"
    )
    assert extract_text(text, "x.txt").document.issued is None


def test_a_signature_run_into_the_text_still_dates_the_document() -> None:
    """B42-1 guard: "…甲市人民政府2031年3月5日" closing a copy without line breaks is its 落款."""
    text = (
        "甲市人民政府关于表彰质量先进企业的决定\n"
        "对甲某公司给予一次性奖励10万元。特此决定。甲市人民政府2031年3月5日\n"
    )
    assert extract_text(text, "x.txt").document.issued == date(2031, 3, 5)


def test_a_number_glued_after_its_own_title_is_the_documents() -> None:
    """B42-3: a copy joined the headline, the title and the number on one line."""
    text = (
        "《丙市企业培育三年行动计划(2031-2033年)》\n\n"
        "全市新增上市企业10家关于印发《丙市企业培育三年行动计划(2031-2033年)》的通知丙培组发〔2031〕2号\n"
        "各有关单位:\n\n现印发给你们,望遵照执行。\n\n2031年4月2日\n\n"
        "一、工作目标\n到2033年,全市新增上市企业10家。\n"
    )
    assert extract_text(text, "x.txt").document.doc_number == "丙培组发〔2031〕2号"


def test_a_cited_notices_number_on_a_joined_line_stays_a_citation() -> None:
    """B42-3 guard: "转发…的通知丁政〔2031〕5号精神" names another document's number."""
    text = (
        "丁市戊县人民政府办公室关于做好企业培育工作的通知\n"
        "为贯彻落实省政府转发国务院关于企业培育的通知丁政〔2031〕5号精神,现就有关事项通知如下:\n"
        "一、到2032年,全县新增规模以上工业企业20家。\n"
    )
    assert extract_text(text, "x.txt").document.doc_number is None


def test_a_guaranteed_count_before_the_stretch_goal_is_a_goal() -> None:
    """B42-4: "在确保新增25家的基础上,全力以赴实现新增50家": both counts are goals."""
    text = city_goals(
        "到2033年,全市上市公司在确保新增25家的基础上,全力以赴实现新增50家的目标,总数突破140家。"
    )
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [25, 50, 140]


def test_a_starting_point_is_still_no_goal() -> None:
    """B42-4 guard: "在目前76项联盟标准的基础上" describes where the plan starts."""
    text = city_goals("到2033年,在目前76项联盟标准的基础上,新增联盟标准20项。")
    values = sorted(t.value for t in extract_text(text, "x.txt").targets)
    assert values == [20]


def test_a_party_committee_and_government_are_one_answerable_party() -> None:
    """B42-5: "各县(市、区)党委和政府" (or 党委、政府) is one unit, not a 党委 and a bare 政府."""
    assert split_unit_list("各县(市、区)党委和政府,市统计局、己经济开发区管委会") == [
        "各县(市、区)党委和政府",
        "市统计局",
        "己经济开发区管委会",
    ]
    assert split_unit_list("各县(市、区)党委、政府") == ["各县(市、区)党委、政府"]
    assert split_unit_list("市经信委和市商务局") == ["市经信委", "市商务局"]


def test_a_one_year_plans_this_year_is_its_own_year() -> None:
    """B42-6: a 2031 task list signed (or posted) in 2033 says 今年 of 2031."""
    text = (
        "庚市2031年主要工作任务\n\n"
        "一、今年全市经济和社会发展主要预期目标为:地区生产总值增长8%;新增城镇就业5万人。\n"
        "责任单位:市统计局\n\n庚市人民政府\n2033年5月7日\n"
    )
    deadlines = {t.deadline for t in extract_text(text, "x.txt").targets}
    assert deadlines == {date(2031, 12, 31)}


_GRANT_NOTICE = (
    "关于下达2031年度壬区专家工作站奖励经费的通知 壬科协〔2032〕3号\n"
    "相关镇(街)科委、财审办,项目承担单位:\n"
    "根据《壬区专家工作站专项资金管理办法》规定,现对2031年度第一批专家工作站验收考核合格单位、"
    "绩效考评优秀单位予以资金奖励,共安排经费150万元。特此告知。\n"
    "附件:2031年度壬区专家工作站奖励经费安排表\n"
    "癸市壬区科学技术协会 癸市壬区财政局\n2032年3月28日\n"
)


def test_a_grant_to_a_class_with_a_total_is_one_reward_without_a_sum() -> None:
    """B42-7: "对…单位予以资金奖励,共安排经费150万元": the class is rewarded; the total is for all."""
    rewards = extract_text(_GRANT_NOTICE, "x.txt").rewards
    assert [(r.amount_yuan, r.treatment) for r in rewards] == [(None, "资金奖励,共安排经费150万元")]
    assert rewards[0].achievement.startswith("2031年度第一批专家工作站验收考核合格单位")


def test_a_grant_with_a_sum_each_keeps_its_sum() -> None:
    """B42-7 guard: "对…等3家企业共安排奖励资金90万元" stays the list total it was."""
    text = (
        "关于下达2031年度技改奖励资金的通知\n"
        "对甲公司、乙公司、丙公司等3家企业共安排奖励资金90万元予以奖励。\n"
        "子市工业和信息化局\n2031年9月1日\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert len(rewards) == 1 and rewards[0].treatment != "资金奖励,共安排经费90万元"


def test_a_science_association_names_its_place() -> None:
    """B42-8: a district's 科学技术协会 (its 财政局 glued after it in a joint 落款) and a city's
    工商业联合会 issue for their place (gazetteer places, any would do)."""
    assert region_of("杭州市西湖区科学技术协会杭州市西湖区财政局") == "杭州市西湖区"
    assert region_of("温州市工商业联合会") == "温州市"


_ON_TOP = (
    "丑区关于支持企业上市的有关政策\n"
    "(一)对在证监局申报上市辅导的在我区注册的企业,市财政一次性奖励100万元基础上,区财政再予以同比例"
    "一次性奖励100万元(市区两级奖励累计达到200万元)\n"
    "(二)成功上市的在我区注册的企业,市财政一次性奖励200万元基础上,区财政再予以同比例一次性奖励200万元。\n"
)


def test_a_sum_paid_on_top_of_another_levels_is_the_documents_reward() -> None:
    """B42-9: the district's rules promise the district's sum, for the recipient named first;
    the city's sum it builds on is no reward of this document."""
    rewards = extract_text(_ON_TOP, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("在证监局申报上市辅导", 1_000_000),
        ("成功上市", 2_000_000),
    ]


def test_two_payers_sums_without_a_basis_stay_two_rewards() -> None:
    """B42-9 guard: "市财政奖励5万元,区财政配套奖励3万元" pays both sums for the one achievement."""
    text = (
        "寅区科技创新奖励办法\n一、对新认定的高新技术企业,市财政奖励5万元,区财政配套奖励3万元。\n"
    )
    amounts = sorted(r.amount_yuan or 0 for r in extract_text(text, "x.txt").rewards)
    assert amounts == [30_000, 50_000]


def test_sums_paid_respectively_by_class_are_one_reward_each() -> None:
    """B42-10: the classes named after 按照, as many as the sums."""
    for sentence in (
        "对在区域股权交易中心挂牌的企业,按照展示板和交易板分别给予一次性 5 万元和 50 万元的奖励。",
        "对在区域股权交易中心挂牌的企业,按照展示板、交易板分别给予一次性奖励5万元、50万元。",
    ):
        text = f"卯区上市奖励办法\n第四条 {sentence}\n"
        rewards = extract_text(text, "x.txt").rewards
        assert [(r.achievement, r.amount_yuan) for r in rewards] == [
            ("在区域股权交易中心挂牌(展示板)", 50_000),
            ("在区域股权交易中心挂牌(交易板)", 500_000),
        ]


def test_a_zone_paying_in_its_name_is_no_achievement() -> None:
    """B42-11 and B42-12: "高新区给予" pays; the bands after the colon are what is paid for."""
    text = (
        "卯区上市奖励办法\n第二条 对总部在高新区的企业在境内主板、创业板上市的:融资 2 亿元以下的,"
        "在市级奖励基础上,高新区给予奖励 200 万元;融资达到 2 亿元以上的,在市级奖励基础上,高新区给予奖励"
        " 800 万元。\n第三条 对在新三板成功挂牌的企业,在市级奖励基础上,高新区给予一次性奖励 100 万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("融资2亿元以下", 2_000_000),
        ("融资达到2亿元以上", 8_000_000),
        ("在新三板成功挂牌", 1_000_000),
    ]


def test_a_colon_inside_a_clause_without_a_leading_class_changes_nothing() -> None:
    """B42-12 guard: an achievement without "的:" keeps its list reading (one reward per level)."""
    text = "辰市品牌奖励办法\n一、对新认定国家级、省级品牌示范企业的,分别给予50万元、20万元奖励。\n"
    amounts = sorted(r.amount_yuan or 0 for r in extract_text(text, "x.txt").rewards)
    assert amounts == [200_000, 500_000]


_PROCEDURE = (
    "巳区上市奖励办法\n第三条 对在新三板成功挂牌的企业,给予一次性奖励 100 万元。\n"
    "第七条 拟上市企业在启动上市计划后,到高新区金融服务局进行备案,列入上市后备企业,上市成功后向"
    "金融服务局提出申请,由金融服务局、财政局联合审核,按程序办理拨付手续。\n"
)


def test_bodies_that_review_together_each_lead_the_task() -> None:
    """B42-13 and B42-14: both bodies lead; the bare 金融服务局 is the zone's, named before."""
    extraction = extract_text(_PROCEDURE, "x.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [
        ("审核,按程序办理拨付手续", ["高新区金融服务局", "财政局"])
    ]
    assert extraction.to_schema_dict()["units"] == ["高新区金融服务局", "财政局"]


def test_a_bare_bureau_the_text_places_twice_stays_bare() -> None:
    """B42-14 guard: two zones' 金融服务局 in one text: which one the bare name is, is not known."""
    text = _PROCEDURE.replace("列入上市后备企业", "或到开发区金融服务局备案,列入上市后备企业")
    units = extract_text(text, "x.txt").to_schema_dict()["units"]
    assert "金融服务局" in units


def test_what_an_applicant_must_do_first_are_conditions() -> None:
    """B42-15: the filing, the year the standard must be in force, who files the claim."""
    text = (
        "午市标准化补助办法\n"
        "第一条 对主导制定国家标准的单位,给予补助资金50万元。\n"
        "第二条 标准应于补助申报的上一年度正式实施。\n"
        "第三条 补助资金申报应由标准编制排名第一的起草单位提出。\n"
        "第四条 拟申报单位应在项目启动后,到市场监管局进行备案。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    assert sorted(c.kind for c in conditions) == ["other", "other", "other"]
    assert any("备案" in c.text for c in conditions)


def test_a_reward_rule_without_such_clauses_has_no_condition() -> None:
    """B42-15 guard: a plan that asks bureaus to 备案 their schemes is no reward rule."""
    text = "未市标准化工作方案\n一、到2033年,全市主导制定国家标准20项。\n二、各部门制定方案后向市政府备案。\n"
    assert extract_text(text, "x.txt").conditions == []


_CAPITAL_REPRINT = (
    "某某智库\n\n首都质量战略补助资金最高80万\n\n2031-06-18\n\n第三章 项目补助\n\n"
    "第九条 本市地方标准择优分三档给予补助资金:20万元、15万元和10万元。\n"
)


def test_a_headlines_subsidy_ceiling_is_no_goal() -> None:
    """B42-16: "补助资金最高80万" (元 left off) is how much the rules pay at most."""
    assert extract_text(_CAPITAL_REPRINT, "x.txt").targets == []


def test_the_capitals_own_wording_places_it() -> None:
    """B42-17: "首都…战略" beside "本市…" is the capital speaking of itself."""
    assert extract_text(_CAPITAL_REPRINT, "x.txt").document.region == "北京市"


def test_a_university_named_after_the_capital_places_nothing() -> None:
    """B42-17 guard: "首都师范大学" in another city's text is a school's name."""
    text = _CAPITAL_REPRINT.replace("首都质量战略", "首都师范大学专家解读:申市质量战略")
    assert extract_text(text, "x.txt").document.region != "北京市"


def test_a_national_zone_above_its_county_is_its_own_region() -> None:
    """B42-19: a zone's title or doc number (general geography, like the 兵团's) names the zone."""
    text = (
        "杨凌示范区关于加快品牌建设的实施意见\n杨管发〔2031〕4号\n"
        "一、到2033年,全区新增省级以上品牌10个。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region == "杨凌示范区"
    assert {t.region for t in extraction.targets} == {"杨凌示范区"}


def city_goals(sentence: str) -> str:
    return f"辛市企业培育行动方案\n\n一、工作目标\n{sentence}\n\n辛市人民政府\n2031年3月1日\n"
