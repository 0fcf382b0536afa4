"""General rules for the failure classes first seen on batch 25's dev part (corpus/unseen/SOURCES.md,
"Batch 25"): a region's plan named only by the region's short name in a headline behind a site's
column tag and before the plan's years ("【政策法规】某区发布…作战方案(2018—2020年)"), end states in
the later ;-parts of a sentence opened by a horizon ("到2020年,…;…;各设区市城市建成区基本消除黑臭
水体;入海河流消除劣V类水体"), and reward rules whose rates, levels and items fan out or share one
ceiling.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import region_from_title_alias

WATER = (
    "【工作动态】宁夏印发河湖治理三年行动方案(2031—2033年)\n"
    "为打好碧水保卫战,结合我区实际,制定本方案。\n"
    "一、工作目标\n"
    "到2033年,黄河干流水质优良比例达到90%,地表水考核断面水质达到国家考核目标,地表水无劣五(V)类"
    "水体;总磷排放量比2030年减少2%;各地级市建成区基本消除黑臭水体;入黄河流消除劣V类水体;重点湖泊"
    "水质保持稳定。\n"
)


def test_a_regions_short_name_behind_a_column_tag_names_it() -> None:
    """B25-1: a headline "【工作动态】宁夏印发…方案(2031—2033年)" opens with the short name of one
    province-level region; the column tag before it and the plan's years after the kind word do
    not hide it."""
    assert region_from_title_alias("宁夏河湖治理三年行动方案(2031—2033年)") == "宁夏回族自治区"
    assert region_from_title_alias("【工作动态】宁夏印发河湖治理方案") == "宁夏回族自治区"
    assert region_from_title_alias("【工作动态】全区河湖治理情况") is None
    assert extract_text(WATER, "x.txt").document.region == "宁夏回族自治区"


def test_a_horizon_dates_the_end_states_of_its_later_parts() -> None:
    """B25-2: "到2033年,A;B;各地级市建成区基本消除黑臭水体;入黄河流消除劣V类水体;…保持稳定。": each
    clause without a number that states something eliminated or settled is a milestone at the
    horizon, in the first ;-part and the later ones; a clause that only keeps a state is none."""
    milestones = extract_text(WATER, "x.txt").milestones
    titles = {m.title: m.due for m in milestones}
    assert titles == {
        "地表水考核断面水质达到国家考核目标": date(2033, 12, 31),
        "地表水无劣五(V)类水体": date(2033, 12, 31),
        "各地级市建成区基本消除黑臭水体": date(2033, 12, 31),
        "入黄河流消除劣V类水体": date(2033, 12, 31),
    }


def _rewards(text: str) -> list[tuple[str, float | None, bool, str | None]]:
    extraction = extract_text("某县促进制造业发展扶持政策\n" + text + "\n", "x.txt")
    return [(r.achievement, r.amount_yuan, r.is_cap, r.treatment) for r in extraction.rewards]


def test_quoted_names_side_by_side_share_out_the_sums() -> None:
    """B25-3: "对新认定的省级及以上“绿色工厂”“绿色园区”,分别给予企业40万元、25万元": the two
    quoted names are a list (nothing between them), and "省级及以上" is one range of levels, not
    two items."""
    found = _rewards(
        "对新认定的省级及以上“绿色工厂”“绿色园区”,分别给予企业40万元、25万元一次性奖补。"
    )
    assert [(a, amount) for a, amount, _, _ in found] == [
        ("新认定的省级及以上“绿色工厂”", 400000),
        ("新认定“绿色园区”", 250000),
    ]


def test_rates_paid_respectively_share_the_ceiling_stated_after_them() -> None:
    """B25-4: "对A、B和C的技改项目,分别给予设备投资额8%、11%和14%的奖补。单个项目补助额不超过600万元":
    one reward per item at its own rate, each capped by the per-project ceiling of the next
    sentence (a ceiling written with 不超过 alone)."""
    found = _rewards(
        "对新建生产线、扩建车间和迁建厂房进行数字化改造的技改项目,分别给予设备投资额8%、11%和14%的奖补。"
        "单个项目补助额不超过600万元。"
    )
    assert [(amount, cap, treatment) for _, amount, cap, treatment in found] == [
        (6000000, True, "给予设备投资额8%的奖补"),
        (6000000, True, "给予设备投资额11%的奖补"),
        (6000000, True, "给予设备投资额14%的奖补"),
    ]
    assert found[0][0] == "新建生产线" and found[1][0] == "扩建车间"


def test_a_projects_size_threshold_is_no_per_firm_ceiling() -> None:
    """B25-5: "单个项目总投资在5000万元以上的新引进服务业项目,按照…的4%给予最高不超过800万元补助"
    rewards projects of that size (the ceiling is the reward's); "单个项目最高补助不超过800万元" alone
    is still a ceiling, not a reward."""
    found = _rewards(
        "对首次投资的项目,单个项目总投资在5000万元以上的新引进服务业项目,按照固定资产投资额的4%"
        "给予最高不超过800万元补助。"
    )
    assert [(a, amount, cap) for a, amount, cap, _ in found] == [
        ("单个项目总投资在5000万元以上的新引进服务业项目", 8000000, True)
    ]
    assert _rewards("对新引进物流项目给予一次性奖补5万元。单个项目最高补助不超过800万元。") == [
        ("新引进物流项目", 50000, False, None)
    ]


def test_alternatives_of_a_manner_are_one_achievement() -> None:
    """B25-6: "以集体商标或者证明商标形式注册地理标志" is one achievement (the 或者 joins the
    forms it may take); two honours joined by 或者 are still two, and 或者 is never cut into
    或 + 者."""
    assert _rewards("对以集体商标或者证明商标形式成功注册地理标志的组织一次性奖励4万元。") == [
        ("以集体商标或者证明商标形式成功注册地理标志", 40000, False, None)
    ]
    assert [
        a for a, *_ in _rewards("对获得中国名牌产品或者中国驰名商标的企业一次性奖励30万元。")
    ] == [
        "获得中国名牌产品",
        "获得中国驰名商标",
    ]


def test_levels_paid_by_another_documents_rules_are_one_reward() -> None:
    """B25-7: "对新获批的国家级、省级和市级工程技术中心的…企业,按照《某规划》规定予以奖励": no sum
    here, the levels are one class sent to another document's rules; with sums (分别…) the
    levels stay one reward each."""
    found = _rewards(
        "对新获批的国家级、省级和市级工程技术中心的龙头企业,按照《某市科技创新规划(2030-2032年)》"
        "(某政[2030]4号)规定予以奖励。"
    )
    assert len(found) == 1 and found[0][1] is None
    assert found[0][0].startswith("新获批的国家级、省级和市级工程技术中心")
    assert len(_rewards("对新获批的国家级、省级工程技术中心,分别给予50万元、20万元奖励。")) == 2


def test_a_case_by_case_subsidy_rate_is_a_reward_not_a_target() -> None:
    """B25-8/9: "对符合县产业发展方向、科技含量高、创新能力强、发展潜力大的项目,可采取“一事一议”,
    补助比例最高不超过20%": one reward without a fixed sum (the qualities describe one kind of
    project), and the 20% is the subsidy's rate, not a goal."""
    text = (
        "对符合县产业发展方向、科技含量高、创新能力强、发展潜力大的项目,可采取“一事一议”,"
        "补助比例最高不超过25%。"
    )
    assert _rewards(text) == [
        (
            "符合县产业发展方向、科技含量高、创新能力强、发展潜力大",
            None,
            False,
            "可采取“一事一议”,补助比例最高不超过25%",
        )
    ]
    extraction = extract_text("某县促进制造业发展扶持政策\n" + text + "\n", "x.txt")
    assert extraction.targets == []


def test_a_sum_granted_is_a_reward_when_the_page_cuts_its_noun_off() -> None:
    """B25-10: "…分别给予企业20万元、10万元一次性" (the page ends before 奖补): a sum granted with
    给予 is itself the cue of a reward."""
    found = _rewards("对新认定的市级“绿色工厂”“绿色园区”,分别给予企业12万元、6万元一次性")
    assert [(a, amount) for a, amount, _, _ in found] == [
        ("新认定的市级“绿色工厂”", 120000),
        ("新认定“绿色园区”", 60000),
    ]


def test_a_further_class_of_a_rate_rule_is_its_own_reward() -> None:
    """B25-11: "对500万元以上技改项目,按设备投资额给予8%奖补,属于战略性新兴产业技改项目,给予设备
    投资10%奖补。单个项目补助额不超过600万元": the class introduced by 属于 is a second reward at
    its own rate, and both take the per-project ceiling."""
    found = _rewards(
        "对500万元以上技术改造项目,按设备投资额给予8%奖补,属于战略性新兴产业技术改造项目,"
        "给予设备投资10%奖补。单个项目补助额不超过600万元。"
    )
    assert found == [
        ("500万元以上技术改造项目", 6000000, True, "按设备投资额给予8%奖补"),
        ("战略性新兴产业技术改造项目", 6000000, True, "给予设备投资10%奖补"),
    ]


def test_a_title_after_a_sites_headline_and_colon_is_the_title() -> None:
    """B25-12: "某市科技奖励政策:某市贯彻落实《某省支持科技创新若干措施》实施方案": the site's
    headline before the colon is chrome; after it stands the plan's own title, which may name the
    work it carries out in 《》. A text cut before its goals is then kept as a document."""
    text = (
        "金昌市科技奖励政策:金昌市贯彻落实《甘肃省支持科技创新若干措施》实施方案\n"
        "为深入贯彻落实全省科技创新大会精神,加快实施创新驱动发展战略,激发全社会创新创业活力,"
        "结合我市实际,制定本实施方案。\n"
        "一、总体要求\n"
        "坚持企业创新主体地位,强化原始创新、集成创新和引进消化吸收再创新,促进产业发展与科技创新"
        "深度融合。\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.title == "金昌市贯彻落实《甘肃省支持科技创新若干措施》实施方案"
    assert document.region == "金昌市"


def test_a_rule_extended_to_a_further_case_is_a_scope() -> None:
    """B25-13: "对工业企业初建期租用标准厂房,后期自建厂房的同等执行": the subsidy rule reaches that
    case too, a condition of kind scope."""
    text = (
        "某县促进制造业发展扶持政策\n"
        "对新引进工业项目,按照固定资产投资额的6%给予最高不超过900万元补助。"
        "对工业企业初建期租用标准厂房,后期自建厂房的同等执行。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    assert [(c.kind, c.text) for c in conditions] == [
        ("scope", "对工业企业初建期租用标准厂房,后期自建厂房的同等执行")
    ]
