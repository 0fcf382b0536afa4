"""General rules of round 24 (branch extract): per-place quota tables whose remark column the
copy dropped or filled with text, rate rewards under one ceiling, bare unit trailers closing a
task, and an autonomous county written by its short name.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_HEAD = (
    "某省林业局关于下达2041年森林抚育任务的通知\n"
    "某林发〔2041〕12号\n"
    "各市林业局:\n"
    "现将2041年全省森林抚育任务下达给你们,请认真组织实施,确保按期完成。\n"
    "某省林业局\n"
    "2041年3月1日\n"
    "附件\n"
    "2041年各市森林抚育任务分解表\n"
    "单位:万亩\n"
)


def _quotas(body: str) -> list[tuple[str | None, float, str | None]]:
    targets = extract_text(_HEAD + body, "x.txt").targets
    return [(t.district, t.value, t.unit) for t in targets]


_WANTED = [("杭州市", 2.5, "万亩"), ("宁波市", 1.8, "万亩"), ("温州市", 3.0, "万亩")]


def test_one_cell_per_line_with_serials_and_dropped_empty_remarks() -> None:
    """ "序号 / 设区市 / 森林抚育 / 备注 / 1 / 杭州市 / 2.5 / 2 / …": the empty remark cells were
    dropped in the copy, so each row is one cell short; the next serial number shows it."""
    body = "序号\n设区市\n森林抚育\n备注\n1\n杭州市\n2.5\n2\n宁波市\n1.8\n含新区\n3\n温州市\n3.0\n"
    assert _quotas(body) == _WANTED


def test_one_cell_per_line_without_serials_and_dropped_remarks() -> None:
    """ "设区市 / 森林抚育 / 备注 / 杭州市 / 2.5 / 宁波市 / …": the header's remark column has no
    cell in any row; the figures belong to the column before it."""
    body = "设区市\n森林抚育\n备注\n杭州市\n2.5\n宁波市\n1.8\n温州市\n3.0\n"
    assert _quotas(body) == _WANTED


def test_tab_and_space_rows_with_remarks_of_text_or_none() -> None:
    """A remark column holding text ("无", "含新区") or nothing does not stop a row of figures."""
    tabs = "地区\t森林抚育任务\t备注\n杭州市\t2.5\t无\n宁波市\t1.8\t\n温州市\t3.0\t无\n"
    spaced = "地区    森林抚育任务    备注\n杭州市    2.5    含新区\n宁波市    1.8\n温州市    3.0\n"
    assert _quotas(tabs) == _WANTED
    assert _quotas(spaced) == _WANTED


_POLICY = (
    "某市人民政府关于促进工业经济发展的若干政策\n"
    "某政发〔2041〕3号\n"
    "各区县人民政府,市政府各部门:\n"
    "现将有关政策印发如下,请认真贯彻执行。\n"
    "某市人民政府\n"
    "2041年3月1日\n"
)


def _rates(body: str) -> list[tuple[float | None, bool]]:
    rewards = extract_text(_POLICY + body, "x.txt").rewards
    return [(r.amount_yuan, r.is_cap) for r in rewards if r.treatment and "%" in r.treatment]


def test_rate_tiers_share_a_ceiling_said_once_with_jun() -> None:
    """ "…按投资额的5%给予补助;…按投资额的8%给予补助,最高均不超过300万元": every rate tier of
    the sentence takes the ceiling (SOURCES.md: rate tiers sharing one ceiling)."""
    body = (
        "一、对企业购置设备投资500万元至1000万元的,按投资额的5%给予补助;"
        "投资1000万元以上的,按投资额的8%给予补助,最高均不超过300万元。\n"
    )
    assert _rates(body) == [(3_000_000, True), (3_000_000, True)]


def test_rate_tiers_take_a_per_recipient_ceiling_later_in_the_paragraph() -> None:
    """ "单个企业补助最高不超过300万元" after the tiers, in a sentence of its own."""
    body = (
        "三、对企业购置设备投资500万元至1000万元的,按投资额的5%给予补助;"
        "投资1000万元以上的,按投资额的8%给予补助。单个企业补助最高不超过300万元。\n"
    )
    assert _rates(body) == [(3_000_000, True), (3_000_000, True)]


def test_a_ceiling_closing_the_last_tier_is_the_tiers_ceiling() -> None:
    """ "…按30%给予奖励;…按50%给予奖励,最高不超过200万元": the first tier's ceiling too."""
    body = (
        "四、企业年销售收入首次突破1亿元的,按其当年缴纳税收地方留成部分的30%给予奖励;"
        "首次突破5亿元的,按50%给予奖励,最高不超过200万元。\n"
    )
    assert _rates(body) == [(2_000_000, True), (2_000_000, True)]


_WORK_PLAN = (
    "某市人民政府办公室关于印发某市2041年优化营商环境工作方案的通知\n"
    "某政办发〔2041〕3号\n"
    "各区县人民政府,市政府各部门:\n"
    "现将《某市2041年优化营商环境工作方案》印发给你们,请认真贯彻执行。\n"
    "某市人民政府办公室\n"
    "2041年3月1日\n"
    "二、重点任务\n"
)


def test_a_bare_unit_trailer_with_an_each_county_government_in_hexagonal_brackets() -> None:
    """ "…。(市市场监管局,各县〔市、区〕政府)": no 责任单位 label, the addressee's brackets 〔〕
    hold a 、 — the trailer names the task's units, 各县〔市、区〕政府 one of them."""
    body = (
        "1.深化商事制度改革,全面推行企业开办全程网上办理。(市市场监管局,各县〔市、区〕政府)\n"
        "2.加强项目审批服务,推行工程建设项目审批告知承诺制。"
        "(市住建局、市发改委,各县〔市、区〕人民政府)\n"
    )
    result = extract_text(_WORK_PLAN + body, "x.txt")
    assert [task.lead_units for task in result.tasks] == [
        ["市市场监管局", "各县〔市、区〕政府"],
        ["市住建局", "市发改委", "各县〔市、区〕人民政府"],
    ]


def test_a_labelled_note_keeps_hexagonal_brackets_whole() -> None:
    """ "(责任单位:市市场监管局,各县〔市、区〕政府)": the 、 inside 〔〕 splits no unit."""
    body = "1.深化商事制度改革,全面推行企业开办全程网上办理。(责任单位:市市场监管局,各县〔市、区〕政府)\n"
    units = extract_text(_WORK_PLAN + body, "x.txt").units
    assert "各县〔市、区〕政府" in units
    assert not any(unit.startswith("各县〔市") and unit != "各县〔市、区〕政府" for unit in units)


def test_a_bare_trailer_naming_the_towns_together() -> None:
    """ "(市场监管局、税务局,各镇街)", "(住建局、发改局,各镇〔街道〕)": the towns and sub-districts
    named together are a unit of the trailer, which gives the task its units."""
    body = (
        "1.深化商事制度改革,全面推行企业开办全程网上办理。(市场监管局、税务局,各镇街)\n"
        "2.加强项目审批服务,推行告知承诺制。(住建局、发改局,各镇〔街道〕)\n"
    )
    result = extract_text(_WORK_PLAN + body, "x.txt")
    assert [task.lead_units for task in result.tasks] == [
        ["市场监管局", "税务局", "各镇街"],
        ["住建局", "发改局", "各镇〔街道〕"],
    ]


def _regions(issuer: str) -> set[str | None]:
    text = (
        f"{issuer}关于印发2041年农业工作要点的通知\n"
        "某府办发〔2041〕3号\n"
        "各乡镇人民政府:\n"
        "现将工作要点印发给你们,请认真贯彻执行。\n"
        "到2041年底,全县新建高标准农田2万亩。\n"
        f"{issuer}\n"
        "2041年3月1日\n"
    )
    result = extract_text(text, "x.txt")
    return {result.document.region} | {target.region for target in result.targets}


def test_an_autonomous_county_is_one_region_however_written() -> None:
    """ "石柱县", "重庆市石柱县" and "石柱土家族自治县" name one county: the document and its facts
    are placed in it by the gazetteer's official name, so the store holds one region."""
    forms = ("石柱县人民政府办公室", "重庆市石柱县人民政府办公室", "石柱土家族自治县人民政府办公室")
    assert [_regions(issuer) for issuer in forms] == [{"石柱土家族自治县"}] * 3


def test_an_ordinary_county_keeps_the_form_written() -> None:
    """Only autonomous divisions are rewritten: 沛县 stays 沛县 (the gold's own form)."""
    assert _regions("沛县人民政府办公室") == {"沛县"}


def _period(title: str, body: str = "") -> tuple[int, int] | None:
    text = f"{title}\n一、总则\n{body}\n二、主要目标\n全县新建高标准农田2万亩,粮食产量稳定在30万吨以上。\n"
    return extract_text(text, "x.txt").document.period


def test_a_period_stated_in_the_body() -> None:
    """ "本规划期限为2031-2035年", "规划期为2031年至2035年,展望到2045年", "实施期限为2031年1月至
    2033年12月": the plan's own years, which its undated goals are due by."""
    title = "某县农业发展规划"
    assert _period(title, "本规划期限为2031-2035年。") == (2031, 2035)
    assert _period(title, "规划期为2031年至2035年,展望到2045年。") == (2031, 2035)
    assert _period(title, "本方案实施期限为2031年1月至2033年12月。") == (2031, 2033)
    assert _period(title, "规划期限:2031—2035年") == (2031, 2035)


def test_a_period_in_the_title_in_other_forms() -> None:
    """ "第十三个五年规划" is 十三五; "2031年至2033年…行动计划" spans three years (not the first
    alone); "工作要点(2031年)" is that year's."""
    assert _period("某市国民经济和社会发展第十三个五年规划纲要") == (2016, 2020)
    assert _period("某县2031年至2033年农业行动计划") == (2031, 2033)
    assert _period("某县农业工作要点(2031年)") == (2031, 2031)


def test_a_reward_for_what_was_newly_built_without_dui() -> None:
    """ "新建成的国家级、省级众创空间,分别给予一次性50万元、20万元补助": an achievement opening with
    what was built (新建成, 获批) needs no 对 before it; one reward per level."""
    body = "七、新建成的国家级、省级众创空间,分别给予一次性50万元、20万元补助。\n"
    rewards = extract_text(_POLICY + body, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("新建成的国家级众创空间", 500_000),
        ("新建成的省级众创空间", 200_000),
    ]


def _county_text(city: str) -> str:
    return (
        "鼓楼区人民政府办公室关于印发2041年农业工作要点的通知\n"
        "各街道办事处:\n"
        f"为贯彻落实{city}委市政府部署,推进经济发展,结合我区实际,制定本要点。\n"
        "到2041年底,全区新建高标准农田2万亩。\n"
        "鼓楼区人民政府办公室\n"
        "2041年3月1日\n"
    )


def test_a_county_name_several_cities_bear_takes_the_city_the_text_names() -> None:
    """ "鼓楼区" is a district of several cities; a text naming 福州市 (one of them) is 福州市鼓楼区's,
    for the document and its facts.  Naming none of them, or a city with no such district, it
    stays as written (no guess between namesakes)."""
    result = extract_text(_county_text("福州市"), "x.txt")
    assert result.document.region == "福州市鼓楼区"
    assert {t.region for t in result.targets} == {"福州市鼓楼区"}
    assert extract_text(_county_text("某市"), "x.txt").document.region == "鼓楼区"


def test_project_bands_joined_by_he_under_one_rate_and_a_later_ceiling() -> None:
    """ "投资额在2000万元—8000万元的制造业项目和投资额在500万元—3000万元的文旅、康养项目(不含住宅)
    按实际投资额的0.6%奖励;…;单个项目奖励总额最高不超过200万元": one reward per band, each
    capped by the ceiling; the lead "…的,分别奖励给引荐人或引荐单位" (who is paid, no sum) is none."""
    body = (
        "三、奖励额度\n"
        "凡引荐项目符合起奖标准的,按该项目实际投资额,分别奖励给引荐人或引荐单位。"
        "投资额在2000万元—8000万元的制造业项目和投资额在500万元—3000万元的文旅、康养项目(不含住宅)"
        "按实际投资额的0.6%奖励;单个项目奖励总额最高不超过200万元。\n"
    )
    rewards = extract_text(_POLICY + body, "x.txt").rewards
    assert [(r.amount_yuan, r.is_cap) for r in rewards] == [(2_000_000, True)] * 2
    assert "2000万元—8000万元" in rewards[0].achievement
    assert "500万元—3000万元" in rewards[1].achievement
