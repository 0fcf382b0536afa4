"""Round 26 (issue 11): general forms of unseen plans, each on a short INVENTED text written for the
rule (no excerpt of a corpus document): deadlines a goal heading or a bare list lead states, annual
work plans dated only by their 落款, reward promises without a sum, and named recipients that
share what the first of them did before "分别奖励N万元、M万元".
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text


def _targets(text: str) -> dict[str, date | None]:
    return {t.subject: t.deadline for t in extract_text(text, "x.txt").targets}


def _rewards(text: str) -> list[tuple[str, float | None]]:
    return [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]


PHASED = (
    "某市质量发展规划(2030—2040年)\n一、发展目标\n(一)近期目标。到2031年:\n"
    "1.产品质量。全市制造业产品质量合格率达到91%以上。\n2.品牌建设。全市拥有甲类商标12件。\n"
    "(二)远期目标。到2040年,全市制造业产品质量合格率达到97%以上。\n某市人民政府\n2030年3月1日\n"
)


def test_named_goal_heading_then_its_time_dates_the_items_below() -> None:
    """ "(一)近期目标。到2031年:" then numbered items: the items fall due in 2031, not at the end of
    a plan running to 2040 (a deadline read later than the text states)."""
    found = _targets(PHASED)
    assert found["全市拥有甲类商标"] == date(2031, 12, 31)
    pairs = [(t.value, t.deadline) for t in extract_text(PHASED, "x.txt").targets]
    assert (91.0, date(2031, 12, 31)) in pairs and (97.0, date(2040, 12, 31)) in pairs


def test_bare_time_line_with_a_colon_leads_the_list_below() -> None:
    """ "到2032年:" and "到2034年,全县实现:" alone on their lines lead the lists under them (no
    以下/如下 needed); the item numbers "(一)" are no part of the subject."""
    found = _targets(
        "某县商标发展规划(2031—2040年)\n一、发展目标\n到2032年:\n1.全县注册商标总量达到3100件。\n"
        "2.地理标志商标达到6件。\n到2034年,全县实现:\n(一)有效注册商标总量达到5200件;\n"
        "(二)甲级商标达到4件。\n二、远景目标\n到2040年,全县注册商标总量达到8100件。\n"
        "某县人民政府\n2031年5月1日\n"
    )
    assert found["地理标志商标"] == date(2032, 12, 31)
    assert found["有效注册商标总量"] == date(2034, 12, 31)
    assert found["甲级商标"] == date(2034, 12, 31)


def test_annual_work_plan_without_a_year_takes_its_signing_year() -> None:
    """ "某市质量工作要点" names no year: its 落款 (2033年2月) gives the year its quotas fall due."""
    extraction = extract_text(
        "某市质量工作要点\n一、工作目标\n全年新增甲类名牌产品3个,乙类名牌产品14个;制修订地方标准9项。\n"
        "二、重点工作\n1.推进商标战略。新增注册商标700件。(市市场监管局负责)\n"
        "某市人民政府办公室\n2033年2月20日\n",
        "x.txt",
    )
    assert extraction.document.period == (2033, 2033)
    assert {t.deadline for t in extraction.targets} == {date(2033, 12, 31)}


def test_unyeared_work_report_task_split_is_the_signing_year() -> None:
    """ "关于印发《政府工作报告》重点工作任务分工的通知" is one year's work (the signing year); a plan
    of several years is not."""
    split = extract_text(
        "某区人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知\n"
        "1.地区生产总值增长7%。(区发改局牵头)\n某区人民政府办公室\n2034年3月9日\n",
        "x.txt",
    )
    assert split.document.period == (2034, 2034)
    several = extract_text(
        "某区质量提升三年工作计划\n1.新增甲类品牌5个。\n某区人民政府\n2034年3月9日\n", "x.txt"
    )
    assert several.document.period != (2034, 2034)


def test_reward_promises_without_a_sum() -> None:
    """ "…的,市财政给予重点扶持" and "…的,优先推荐参评…" promise a reward with no sum."""
    found = _rewards(
        "某市支持企业创新的若干意见\n1.被认定为国家级孵化器的,市财政给予重点扶持。\n"
        "2.企业获得甲类驰名商标的,优先推荐参评市长质量奖。\n某市人民政府\n2031年6月1日\n"
    )
    assert ("被认定为国家级孵化器", None) in found
    assert ("企业获得甲类驰名商标", None) in found


def test_places_after_the_first_share_what_it_did_before_two_sums() -> None:
    """ "获得一等奖的甲山县、乙水县分别奖励5万元、3万元": two rewards, the second place "获得一等奖的
    乙水县" (what the first did, not only its verb: "获得乙水县")."""
    found = _rewards(
        "某市关于表彰招商引资先进县的通报\n经研究,获得一等奖的甲山县、乙水县分别奖励5万元、3万元。\n"
    )
    assert ("获得一等奖的甲山县", 50000) in found
    assert ("获得一等奖的乙水县", 30000) in found


def test_bare_year_line_heads_that_years_items() -> None:
    """ "2032年:" alone on its line, then the items of that year: they fall due in 2032, not at
    the end of a plan running to 2035."""
    found = [
        (t.value, t.deadline)
        for t in extract_text(
            "某县农村公路建设规划(2031—2035年)\n三、年度安排\n2031年:\n新改建农村公路110公里,建设桥梁4座。\n"
            "2032年:\n新改建农村公路140公里;\n建设桥梁7座。\n某县人民政府\n2031年4月1日\n",
            "x.txt",
        ).targets
    ]
    assert (110.0, date(2031, 12, 31)) in found and (4.0, date(2031, 12, 31)) in found
    assert (140.0, date(2032, 12, 31)) in found and (7.0, date(2032, 12, 31)) in found


def test_unyeared_work_plan_without_a_signature_takes_the_publication_year() -> None:
    """An excerpt "某县质量工作计划" with no 落款 but a page line "发布日期:2033-03-12": its quotas
    fall due at the end of 2033 (the signing date itself stays unknown)."""
    extraction = extract_text(
        "某县质量工作计划\n发布日期:2033-03-12\n一、工作目标\n完成产品质量监督抽查510批次;新增甲类产品4个。\n",
        "x.txt",
    )
    assert extraction.document.issued is None
    assert {t.deadline for t in extraction.targets} == {date(2033, 12, 31)}


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.title: (t.lead_units, t.support_units) for t in extract_text(text, "x.txt").tasks}


def test_unbracketed_units_sharing_the_work_close_a_task() -> None:
    """ "…。市甲局、市乙局按职责分工负责。" (no brackets) names the task's units."""
    found = _tasks(
        "某市质量提升工作方案\n三、主要任务\n(一)实施品牌培育工程。引导企业争创名牌。市甲局、市乙局按职责分工负责。\n"
        "某市人民政府\n2031年6月1日\n"
    )
    assert found["实施品牌培育工程"] == (["市甲局", "市乙局"], [])


def test_bare_role_words_with_colons_label_a_note() -> None:
    """ "…。牵头:省甲厅;参与:省乙委、省丙厅" closes a task like "牵头单位:…;参与单位:…"."""
    found = _tasks(
        "某省质量提升行动方案\n二、重点任务\n3.提升服务质量。实施服务标准化工程。牵头:省甲厅;参与:省乙委、省丙厅\n"
        "某省人民政府\n2031年8月1日\n"
    )
    assert found["提升服务质量"] == (["省甲厅"], ["省乙委", "省丙厅"])


def _districts(text: str) -> dict[float, str | None]:
    return {t.value: t.district for t in extract_text(text, "x.txt").targets}


def test_a_place_inside_the_region_as_subject_is_the_district() -> None:
    """In a province's notice the sentences "舟山市要确保完成3100户。" and "台州市完成…1100户以上。"
    (one place each, so no list of places) are the quotas of those cities (their district); the
    province's own total has none."""
    found = _districts(
        "浙江省人民政府办公厅关于下达2033年度农村住房改造任务的通知\n"
        "2033年全省完成农村住房改造9.5万户。\n舟山市要确保完成3100户。\n台州市完成困难群众危房改造1100户以上。\n"
        "浙江省人民政府办公厅\n2033年3月1日\n"
    )
    assert found[9.5] is None
    assert found[3100] == "舟山市" and found[1100] == "台州市"


def test_a_place_outside_the_region_is_no_district() -> None:
    """A city's plan naming a city of another province as a subject gives it no district."""
    found = _districts(
        "湛江市人民政府关于加快质量发展的实施意见\n到2035年,全市新增甲类品牌15个。\n"
        "杭州市新增甲类品牌的做法值得借鉴,我市力争新增乙类品牌8个。\n湛江市人民政府\n2031年9月20日\n"
    )
    assert found[15] is None and found[8] is None


def test_unyeared_quota_hand_down_is_the_signing_years() -> None:
    """ "关于下达农业产业化目标任务的通知" signed 2033-03-01 hands down that year's quotas."""
    extraction = extract_text(
        "某县人民政府关于下达农业产业化目标任务的通知\n各乡镇人民政府:\n现将农业产业化目标任务下达给你们。\n"
        "一、新增甲级龙头企业3家。\n二、新建农民专业合作社31个。\n某县人民政府\n2033年3月1日\n",
        "x.txt",
    )
    assert {t.deadline for t in extraction.targets} == {date(2033, 12, 31)}


def test_years_of_effort_in_a_text_without_a_period_count_from_its_year() -> None:
    """ "通过两年努力,…达到97%" in a text signed 2035 with no plan period falls due 2036 (as
    "三年内" and "用两年时间" do), instead of no deadline at all."""
    found = _targets(
        "关于进一步加强甲类工作的意见\n一、工作目标\n通过两年努力,全市甲类抽检合格率达到97%以上。\n"
        "某市人民政府\n2035年6月1日\n"
    )
    assert found["全市甲类抽检合格率"] == date(2036, 12, 31)


def test_labelled_subsidy_per_item() -> None:
    """ "(一)发明专利:每件资助6000元;" labels a subsidy paid per item, as "…:每件奖励…" does."""
    found = extract_text(
        "某市专利资助办法\n第八条 专利资助\n(一)发明专利:每件资助6000元;\n(二)实用新型专利:每件补助900元。\n"
        "某市人民政府\n2031年5月1日\n",
        "x.txt",
    ).rewards
    assert [(r.achievement, r.amount_yuan, r.treatment) for r in found] == [
        ("发明专利", 6000, "每件"),
        ("实用新型专利", 900, "每件"),
    ]


def test_numbered_tiers_under_a_colon_lead_keep_its_honour() -> None:
    """ "新认定的甲类中心按以下标准给予奖励:" over "1.国家级:奖励60万元;": the numbered tier items
    are the lead's honour at that level, not the bare word "国家级"."""
    found = _rewards(
        "某市创新奖励办法\n第三条 甲类中心奖励\n新认定的甲类中心按以下标准给予奖励:\n1.国家级:奖励60万元;\n"
        "2.省级:奖励25万元。\n某市人民政府\n2031年5月1日\n"
    )
    assert ("新认定的甲类中心(国家级)", 600000) in found
    assert ("新认定的甲类中心(省级)", 250000) in found


def test_bare_levels_before_a_levelled_thing_share_it() -> None:
    """ "获得国家、省、市级甲类称号的企业,分别奖励11万元、6万元、3万元": three rewards, each for the
    level's 甲类称号 ("获得国家级甲类称号"), not "获得国家" and "获得省"."""
    found = _rewards(
        "某县若干措施\n一、对获得国家、省、市级甲类称号的企业,分别奖励11万元、6万元、3万元。\n"
        "某县人民政府\n2031年4月2日\n"
    )
    assert found == [
        ("获得国家级甲类称号", 110000),
        ("获得省级甲类称号", 60000),
        ("获得市级甲类称号", 30000),
    ]


def test_a_rate_of_what_is_subsidised_without_dui_or_de() -> None:
    """ "一、企业研发投入,按其新增部分的10%给予补助,最高不超过60万元。": a capped reward whose
    achievement is the clause before the rate (no 对, no closing 的)."""
    found = extract_text(
        "某市若干措施\n一、企业研发投入,按其新增部分的10%给予补助,最高不超过60万元。\n"
        "二、甲类项目贷款,按贷款利息的50%给予贴息,最高不超过30万元。\n某市人民政府\n2031年4月2日\n",
        "x.txt",
    ).rewards
    assert [(r.achievement, r.amount_yuan, r.is_cap) for r in found] == [
        ("企业研发投入", 600000, True),
        ("甲类项目贷款", 300000, True),
    ]


def test_bodies_acting_within_their_remits_carry_the_duty_after_the_comma() -> None:
    """ "二、市甲局、市乙委按照各自职责,加强对农产品的抽样检测。": one task for both bodies."""
    found = _tasks(
        "某市关于加强农产品质量安全工作的通知\n各县区人民政府:\n"
        "二、加强检验检测。市甲局、市乙委按照各自职责,加强对农产品的抽样检测。\n"
        "某市人民政府办公室\n2031年4月1日\n"
    )
    assert found["加强对农产品的抽样检测"] == (["市甲局", "市乙委"], [])


def test_this_year_and_next_ends_with_the_next() -> None:
    """ "今明两年,完成安保工程210公里" in a text signed 2031 falls due at the end of 2032."""
    found = _targets(
        "某县农村公路建设规划(2031—2035年)\n四、近期重点\n今明两年,完成安保工程210公里。\n"
        "某县人民政府\n2031年4月1日\n"
    )
    assert found["完成安保工程"] == date(2032, 12, 31)


def test_units_of_measure_written_in_other_ways() -> None:
    """ "1.5GW", "120km", "80场次", "8万标准亩", "3万余亩": the measure as written (they were
    read with no unit, dropped, or cut: 场 + 次, 万 + 标准亩, 万 + 余亩)."""
    found = {
        t.value: t.unit
        for t in extract_text(
            "某市发展规划(2031—2035年)\n到2035年,风电装机达到1.5GW;新建高速公路120km;举办培训80场次;"
            "建设高标准农田8万标准亩;完成植树造林3万余亩。\n某市人民政府\n2031年2月1日\n",
            "x.txt",
        ).targets
    }
    assert found == {1.5: "GW", 120: "km", 80: "场次", 8: "万标准亩", 3: "万亩"}


def test_a_town_of_the_county_as_subject_is_the_district() -> None:
    """In a county's notice "禹越镇要完成治理村7个。" is that town's quota (the town table places
    禹越镇 in 德清县)."""
    found = _districts(
        "德清县人民政府办公室关于下达2034年度农村生活污水治理任务的通知\n"
        "2034年全县完成农村生活污水治理村52个。\n禹越镇要完成治理村7个。\n"
        "德清县人民政府办公室\n2034年3月1日\n"
    )
    assert found[52] is None and found[7] == "禹越镇"
