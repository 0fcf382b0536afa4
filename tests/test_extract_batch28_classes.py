"""General rules for the failure classes first seen on batch 28's dev part (corpus/unseen/SOURCES.md,
"Batch 28"): a city's quality plan that measures itself against its province ("走在全省前列",
"达到全省先进水平") and lists rates before one number ("甲率、乙率达到98%以上"); a city plan
paying "3万元-5万元"; reward schemes cut before their sums whose conditions still matter (a prize's
cap on winners per term, "不进行重复奖励", "期满后重新认定…不再进行奖励"); and a prize committee
named once in full and then by its short name ("(以下简称“评委会”)").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

OWN_CITY = (
    "为深入贯彻省委、省政府《关于深化质量强省建设的实施意见》精神,助力我市高质量发展,结合赣州实际,制定本实施方案。\n"
    "一、主要目标\n"
    "到2027年,全市质量整体水平进一步提高,质量强市建设走在全省前列,为谱写赣州篇章提供支撑。\n"
    "——制造业质量竞争力指数达到全省先进水平,国家级单项冠军企业达到3家。\n"
)


def test_a_city_measuring_itself_against_its_province_speaks_as_the_city() -> None:
    """B28-1: "走在全省前列" and "达到全省先进水平" compare a city with its province; they are no
    cue that the text speaks as the province, so the city it names twice is its place."""
    extraction = extract_text(OWN_CITY, "x.txt")
    assert extraction.document.region == "赣州市"
    assert [t.region for t in extraction.targets] == ["赣州市"]


RATES = (
    "丙市质量提升行动方案\n"
    "到2027年,主要目标:农产品抽检合格率、药品抽查合格率达到97%以上,工程一次验收合格率达到99%。\n"
)


def test_rates_listed_before_one_number_are_one_target_each() -> None:
    """B28-2: "甲合格率、乙合格率达到97%以上" holds each rate to the number, 均 or not."""
    extraction = extract_text(RATES, "x.txt")
    assert sorted((t.subject, t.value) for t in extraction.targets) == [
        ("农产品抽检合格率", 97),
        ("工程一次验收合格率", 99),
        ("药品抽查合格率", 97),
    ]


RANGE = (
    "丙市促进消费实施方案\n"
    "一、促进消费\n"
    "1.对承办市级展销活动的商贸企业,给予2万元-6万元的资金支持。\n"
)


def test_a_range_of_sums_pays_its_upper_end_at_most() -> None:
    """B28-3: "给予2万元-6万元" (both ends with their unit) is a reward of at most 60,000 yuan."""
    extraction = extract_text(RANGE, "x.txt")
    assert [(r.amount_yuan, r.is_cap) for r in extraction.rewards] == [(60000, True)]


PRIZE_RULES = (
    "丙市市长质量奖管理办法\n"
    "第一条 为大力实施质量强市战略,制定本办法。\n"
    "第二条 本办法所称丙市市长质量奖是市政府设立的最高质量奖项,主要授予在本市质量工作中"
    "绩效卓越、对丙市经济社会发展作出卓越贡献的单位。\n"
    "第三条 市长质量奖每两年一届,每届受表彰的单位不超过4家。其中,市长质量奖不超过1家,"
    "市长质量提名奖不超过3家。\n"
)


def test_a_prize_rule_cut_before_its_sums_keeps_who_qualifies_and_its_cap_per_term() -> None:
    """B28-4 and B28-6: a 质量奖 管理办法 without a sum still says whom the prize reaches (scope)
    and how many may win per term (other); those counts are a limit on the prize, no goal."""
    extraction = extract_text(PRIZE_RULES, "x.txt")
    assert extraction.targets == []
    kinds = sorted(c.kind for c in extraction.conditions)
    assert kinds == ["other", "scope"]
    assert any("不超过4家" in c.quote for c in extraction.conditions)


PAYOUT = (
    "关于开展丁区2030年度商标奖补政策资金兑付工作的通知\n"
    "各相关单位:\n"
    "一、申报原则\n"
    "对同一件商标的重复认定按最高标准扣除已奖补数额奖励,不进行重复奖励;同一商标认定期满后"
    "重新认定为同级商标的,不再进行奖励。\n"
    "二、申报对象\n"
    "对在丁区注册、正常经营并纳税的符合申报条件的法人或者其他组织。\n"
)


def test_a_payout_notice_without_sums_is_kept_for_its_conditions() -> None:
    """B28-4 and B28-5: a 奖补 payout notice cut before its sums is kept; "不进行重复奖励" and
    "期满后重新认定…的,不再进行奖励" are no_stacking, its 申报对象 scope."""
    extraction = extract_text(PAYOUT, "x.txt")
    assert sorted(c.kind for c in extraction.conditions) == ["no_stacking", "no_stacking", "scope"]


COMMITTEE = (
    "丙市市长质量奖管理办法\n"
    "第二章 组织管理\n"
    "第五条 为加强评审工作的公正性,设立丙市市长质量奖评审委员会(以下简称“评委会”),"
    "评委会下设秘书处,秘书处设在市市场监督管理局。\n"
    "第六条 评委会负责推动、指导市长质量奖评审活动,审定评审标准和评审工作程序。\n"
)


def test_a_body_named_by_its_short_name_is_its_full_name_and_its_seat_a_unit() -> None:
    """B28-7: "(以下简称“评委会”)" makes 评委会 the committee's full name wherever it acts, and
    the bureau its 秘书处 sits in is a unit too."""
    extraction = extract_text(COMMITTEE, "x.txt")
    assert "评委会" not in extraction.units
    assert "丙市市长质量奖评审委员会" in extraction.units
    assert "市市场监督管理局" in extraction.units
    assert all("评委会" not in task.lead_units for task in extraction.tasks)


CITED = (
    "各相关单位:\n"
    "根据《南京市人民政府关于加快品牌建设的实施意见》、《南京市人民政府办公厅关于调整全市支持经济"
    "发展奖补政策资金兑付流程的通知》文件精神,结合我区实际,现将玄武区2030年度商标奖补资金兑付"
    "工作有关事项通知如下:\n"
    "一、2030年度商标奖补申请受理和兑付工作按照属地管理原则,由玄武区市场监督管理局、玄武区财政局"
    "组织实施。对同一件商标的重复认定,"
    "不进行重复奖励。\n"
)


def test_a_level_word_inside_a_cited_title_is_the_cited_documents() -> None:
    """B28-8: "全市" inside 《…关于调整全市…的通知》 is the cited city's wording; the text itself
    says "我区", so its place is the district it names, not the city of its citations."""
    extraction = extract_text(CITED, "x.txt")
    assert extraction.document.region in ("玄武区", "南京市玄武区")


def test_a_duty_organised_by_two_named_bureaus_is_their_task_without_a_deadline() -> None:
    """B28-9: "…兑付工作…,由甲区市场监督管理局、甲区财政局组织实施" is a task of both bureaus
    (each keeps its own name: no second 玄武区 before 玄武区财政局), and "2030年度…奖补" names the
    year's scheme, not a due date."""
    extraction = extract_text(CITED, "x.txt")
    assert "玄武区财政局" in extraction.units
    assert not any("玄武区玄武区" in unit for unit in extraction.units)
    led = [t for t in extraction.tasks if "玄武区市场监督管理局" in t.lead_units]
    assert led and led[0].due is None
