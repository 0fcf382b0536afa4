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
