"""General rules for the failure classes first seen on batch 20's dev part (corpus/unseen/SOURCES.md,
"Batch 20"): a shared sum written after the fund ("…等2家企业…奖励资金各100万元"), a group's total
with no word that shares it out ("…等37家企业…奖励资金128.18万元"), a notice's grant ("授予…等5家
单位…,各奖励50万元") read as a scope, a reward's criterion repeated in an application step ("…超过10万元
后,…填报《…申报验收表》") read as a goal, and a doc number whose brackets the page lost.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _rewards(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (r.achievement, r.amount_yuan, r.treatment) for r in extract_text(text, "x.txt").rewards
    ]


def test_a_shared_sum_after_the_fund_is_paid_to_each() -> None:
    """B20-1: "安排甲公司、乙公司等2家企业升级奖励资金各50万元": each firm is paid 50万元."""
    text = (
        "某市工业和信息化局关于下达奖励资金的通知\n"
        "各区工业和信息化局:经研究,安排某市甲科技有限公司、某市乙电子有限公司等2家企业升级奖励资金各50万元,"
        "请及时拨付。\n"
    )
    found = _rewards(text)
    assert [amount for _, amount, _ in found] == [500000]
    assert "甲科技有限公司" in found[0][0]


def test_a_groups_sum_without_a_sharing_word_is_its_total() -> None:
    """B20-1: "安排丙公司等12家企业增效奖励资金36.5万元": the sum is what the 12 firms get together,
    not each firm's: no fixed sum per firm, the total kept in the treatment."""
    text = (
        "某市工业和信息化局关于下达奖励资金的通知\n"
        "各区工业和信息化局:经研究,安排某市丙机械有限公司等12家企业增效奖励资金36.5万元,请及时拨付。\n"
    )
    found = _rewards(text)
    assert len(found) == 1
    achievement, amount, treatment = found[0]
    assert amount is None
    assert treatment is not None and "36.5万元" in treatment and "12家" in treatment
    assert "丙机械有限公司" in achievement


def test_a_per_firm_sum_over_a_counted_group_stays_per_firm() -> None:
    """B20-1 keeps "授予甲等3家单位…奖,各奖励20万元" and "每家奖励5万元" per recipient."""
    each = _rewards(
        "某市人民政府关于表彰质量奖获奖单位的决定\n"
        "市政府决定授予某市甲有限公司等3家单位首届某市质量奖,各奖励20万元。\n"
    )
    assert [amount for _, amount, _ in each] == [200000]


def test_a_notices_grant_to_named_recipients_is_no_scope() -> None:
    """B20-2: "市政府研究决定授予某市甲有限公司等5家单位首届某市质量奖,各奖励50万元" grants a prize to
    the firms it names; it does not say who may receive it (no ``scope`` condition)."""
    extraction = extract_text(
        "某市人民政府关于表彰首届质量奖获奖单位的决定\n"
        "为了树立质量标杆,市政府研究决定授予某市甲有限公司等5家单位首届某市质量奖,各奖励50万元;"
        "授予某市乙工程有限责任公司等3家单位首届某市质量奖提名奖,各奖励20万元。\n",
        "x.txt",
    )
    assert [r.amount_yuan for r in extraction.rewards] == [500000, 200000]
    assert [c.kind for c in extraction.conditions] == []


def test_who_a_prize_is_for_is_still_a_scope() -> None:
    """B20-2 keeps "市长质量奖授予为我市经济社会发展做出突出贡献的单位" a scope (who may receive it)."""
    extraction = extract_text(
        "某市市长质量奖管理办法\n"
        "第二条 市长质量奖授予在本市注册并为我市经济社会发展做出突出贡献的企业。"
        "第三条 对获得市长质量奖的企业,给予50万元奖励。\n",
        "x.txt",
    )
    assert "scope" in [c.kind for c in extraction.conditions]


def test_a_criterion_repeated_in_an_application_step_is_no_goal() -> None:
    """B20-3: "(一)申报。产品入驻连锁商超,并在连续6个月内供货总金额超过10万元后,生产主体填报《…申报验收表》"
    says when to apply for the reward stated above it; 6 months and 10万元 are its criterion."""
    extraction = extract_text(
        "某县品牌建设扶持办法实施细则\n"
        "第四条 品牌授权产品入驻连锁商超,并在连续6个月内供货总金额超过10万元的,给予产品生产主体一次性奖励3万元。\n"
        "(一)申报。品牌授权产品入驻连锁商超,并在连续6个月内供货总金额超过10万元后,"
        "产品生产主体填报《品牌建设项目申报验收表》(附件1)。\n",
        "x.txt",
    )
    assert [r.amount_yuan for r in extraction.rewards] == [30000]
    assert extraction.targets == []


def test_a_goal_next_to_a_form_is_still_a_goal() -> None:
    """B20-3 keeps a plan's goal that has no application step: "到2025年,新增品牌企业10家"."""
    extraction = extract_text(
        "某县品牌建设三年行动计划(2023-2025年)\n到2025年,全县新增品牌示范企业10家。\n", "x.txt"
    )
    assert [t.value for t in extraction.targets] == [10]


def test_a_heading_naming_who_is_funded_opens_a_scope() -> None:
    """B20-4: "一、奖励补助对象" and "第二章 申报对象" head the text that says whom the rules reach;
    that text is a ``scope`` condition (as under "奖励对象")."""
    aid = extract_text(
        "某市2015年度农业产业化扶持奖励补助办法\n"
        "一、奖励补助对象\n"
        "重点扶持农业产业化示范基地、农产品加工集中区、市级以上农业龙头企业建设等。\n"
        "二、奖励补助内容及标准\n"
        "对新认定的省级农业龙头企业,给予一次性奖励10万元。\n",
        "x.txt",
    )
    assert [(c.kind, c.text[:8]) for c in aid.conditions] == [("scope", "重点扶持农业产业")]
    chapter = extract_text(
        "某县品牌建设扶持办法实施细则\n"
        "第二章 申报对象\n"
        "第二条 获品牌授权的产品生产主体和品牌运营机构。\n"
        "第三章 标准\n"
        "第三条 对新获得绿色食品认证的主体,每个获证产品给予一次性奖励2万元。\n",
        "x.txt",
    )
    assert [(c.kind, c.text[:6]) for c in chapter.conditions] == [("scope", "获品牌授权的")]


def test_the_payers_shares_and_a_booking_rule_are_conditions() -> None:
    """B20-5: in a notice that grants money, "市财政安排80万元,县区财政安排120万元" says what each
    government pays and "企业要对财政奖励资金实行专账核算,不得用于…" how the money is kept: both
    ``other`` conditions."""
    extraction = extract_text(
        "某市工业和信息化局关于下达奖励资金的通知\n"
        "各区工业和信息化局:安排某市甲科技有限公司、某市乙电子有限公司等2家企业升级奖励资金各100万元,"
        "市财政安排80万元,县区财政安排120万元,请尽快拨付,"
        "企业要对财政奖励资金实行专账核算,不得用于工资、房租费等日常运转支出。\n",
        "x.txt",
    )
    texts = [(c.kind, c.text) for c in extraction.conditions]
    assert any(kind == "other" and "县区财政安排120万元" in text for kind, text in texts)
    assert any(kind == "other" and "专账核算" in text for kind, text in texts)


def test_a_doc_number_that_lost_its_brackets_on_a_line_of_its_own() -> None:
    """B20-6: a header line "某政办发2015107" (the page dropped "〔", "〕" and "号") is the document's
    number 某政办发〔2015〕107号; a year and a count inside a sentence are not."""
    text = (
        "市政府办公室关于印发某市2015年度农业扶持奖励办法的通知\n"
        "某政办发2015107\n"
        "各乡镇人民政府:\n"
        "现将办法印发给你们,请认真贯彻执行。\n"
        "某市人民政府办公室\n"
        "2015年9月7日\n"
        "某市2015年度农业扶持奖励办法\n"
        "一、对新认定的国家级农业龙头企业,给予一次性奖励50万元。\n"
        "二、对新认定的省级农业龙头企业,给予一次性奖励10万元。\n"
    )
    assert extract_text(text, "x.txt").document.doc_number == "某政办发〔2015〕107号"
    sentence = text.replace("某政办发2015107\n", "")
    sentence = sentence.replace("现将办法印发", "根据某政办发2015107现将办法印发")
    assert extract_text(sentence, "x.txt").document.doc_number is None


def test_a_bureaus_signature_run_into_the_text() -> None:
    """B20-7: a notice copied without line breaks ends "…绩效目标表某市工业和信息化局2024年3月8日(联系人:
    …)": the bureau signed it on that date, and its place is the region (not the first
    district the notice is addressed to)."""
    text = (
        "甲区工业和信息化局、乙区工业和信息化局:根据有关精神,安排某市丙科技有限公司、某市丁电子有限公司"
        "等2家企业升级奖励资金各100万元,请尽快拨付,附件:1.奖励资金安排计划表2.奖励资金绩效目标表"
        "岳阳市工业和信息化局2024年3月8日(联系人:张三,联系电话:1234567)附件1:奖励资金安排计划表.pdf\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.issuer == "岳阳市工业和信息化局"
    assert str(document.issued) == "2024-03-08"
    assert document.region == "岳阳市"


_RATE_RULE = (
    "某镇招商引资奖励办法\n"
    "一、奖励额度\n"
    "投资额在2000万元—8000万元的工业项目和投资额在500万元—3000万元的服务业项目按实际到位资金的0.6%奖励;"
    "投资额在8000万元以上的工业项目按实际到位资金的1%奖励;单个项目奖励总额最高不超过200万元。\n"
)


def test_rate_bands_under_one_ceiling_pay_the_ceiling_at_most() -> None:
    """B20-8 (the open batch-18 class): "…的工业项目和…的服务业项目按实际到位资金的0.6%奖励;…按…1%
    奖励;单个项目奖励总额最高不超过200万元": one reward per project group and rate, each paying the
    ceiling at most (``is_cap``), the rate in the treatment."""
    rewards = extract_text(_RATE_RULE, "x.txt").rewards
    assert [(r.amount_yuan, r.is_cap) for r in rewards] == [(2000000, True)] * 3
    assert [r.treatment for r in rewards] == [
        "按实际到位资金的0.6%奖励",
        "按实际到位资金的0.6%奖励",
        "按实际到位资金的1%奖励",
    ]
    assert "工业项目" in rewards[0].achievement and "服务业项目" in rewards[1].achievement


def test_a_rate_band_without_a_ceiling_has_no_fixed_sum() -> None:
    """B20-8 reads no sum into bands without a ceiling: every reward keeps amount null (val showed
    that re-reading such bands without a ceiling adds rewards the gold does not hold)."""
    text = _RATE_RULE.replace(";单个项目奖励总额最高不超过200万元", "")
    rewards = extract_text(text, "x.txt").rewards
    assert rewards and all(r.amount_yuan is None and not r.is_cap for r in rewards)


def test_a_lead_that_only_names_the_payee_is_no_reward() -> None:
    """B20-9: "凡引进项目符合起奖标准的,按该项目实际投资额,分别奖励给引荐人或社会单位。" names who is paid
    and announces the bands with sums after it; it is no reward of its own."""
    text = _RATE_RULE.replace(
        "一、奖励额度\n",
        "一、奖励额度\n凡成功引进资金、项目符合起奖标准的,按该项目实际投资额,分别奖励给引荐人或社会单位。",
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.amount_yuan, r.is_cap) for r in rewards] == [(2000000, True)] * 3


def test_an_entry_threshold_is_a_scope() -> None:
    """B20-10: "单个工业项目固定资产投资达到2000万元…方能申报奖励" says which projects the rules reach:
    a ``scope`` condition (batch-18 convention)."""
    text = _RATE_RULE.replace(
        "一、奖励额度\n",
        "一、起奖标准\n单个工业项目固定资产投资达到2000万元、服务业项目达到500万元方能申报奖励。\n二、奖励额度\n",
    )
    conditions = extract_text(text, "x.txt").conditions
    assert any(c.kind == "scope" and "方能申报奖励" in c.text for c in conditions)
