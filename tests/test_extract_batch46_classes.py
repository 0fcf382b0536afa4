"""General rules for the failure classes first seen on batch 46's dev part (corpus/unseen/SOURCES.md,
"Batch 46"; FAILURES.md "Batch 46"): a phase's bracket giving two dated days joined as a span
("(2031年1月11日-2031年10月底)") read as its first day alone (B46-1); the number of the notice a
body sentence carries out ("…的通知(某社〔2030〕4号)精神") read as the document's own, its 根据 too
far back (B46-2); a reward's rate "按…投资的3‰计算奖金" read as a goal (B46-3); a reward rule's
scope and claim conditions (引荐人不包括…, 应符合…产业发展方向, 须经…共同确认, 自…之日起1年内…申报)
not read (B46-4); a 管理区 whose own name opens the page not read as its region (B46-5); a task
progress table copied one cell per line from its row 24 on, its goals merged into the task cell,
its unit list glued to a progress cell and its development zone not read as a unit (B46-6).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are used only where the gazetteer must place them.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.normalise import normalise_text

_AREA_PAGE = (
    "【文字解读】青禾管理区村庄清洁行动方案\n"
    "解读单位: 青禾管理区 来源: 青禾管理区 发布日期: 2031年03月03日\n"
    "一、工作背景:根据省农业农村厅关于印发《村庄清洁行动方案》的通知(某农〔2030〕4号)精神,"
    "决定组织开展村庄清洁行动,制定本方案。\n"
    "二、组织实施\n"
    "(一)动员部署(2031年1月10日)。\n"
    "(二)集中攻坚(2031年1月11日-2031年10月底)。\n"
    "(三)持续推进(2031年10月底-2031年12月底)。\n"
    "三、工作措施\n"
    "(一)加强组织领导。\n"
)


def test_a_phase_bracket_of_two_days_is_a_span() -> None:
    """B46-1: "(2031年1月11日-2031年10月底)" runs from 1-11 to 10-31, "(2031年10月底-…12月底)"
    from 10-31; the one-day step keeps its day as its due date."""
    found = extract_text(_AREA_PAGE, "x.txt")
    spans = {(m.start, m.due) for m in found.milestones}
    assert (date(2031, 1, 11), date(2031, 10, 31)) in spans
    assert (date(2031, 10, 31), date(2031, 12, 31)) in spans
    assert (None, date(2031, 1, 10)) in spans
    # the next item of the list is no description of the phase before it
    assert not any("持续推进" in m.title and "集中攻坚" in m.title for m in found.milestones)


def test_a_phase_joined_by_zhi_is_a_span_too() -> None:
    """B46-1: "(2031年3月1日至2031年5月31日)": the second day carries the join."""
    text = "二、实施步骤\n(一)排查阶段(2031年3月1日至2031年5月31日)。各镇开展排查。\n"
    spans = {(m.start, m.due) for m in extract_text(text, "x.txt").milestones}
    assert (date(2031, 3, 1), date(2031, 5, 31)) in spans


def test_the_number_of_a_notice_carried_out_is_not_the_documents() -> None:
    """B46-2: "…的通知(某农〔2030〕4号)精神" cites another document."""
    assert extract_text(_AREA_PAGE, "x.txt").document.doc_number is None


def test_a_notices_own_number_after_its_title_stays() -> None:
    """B46-2 guard: a number right after the notice's own title, no 精神 after it."""
    text = (
        "某市人民政府关于印发清洁行动方案的通知(某政发〔2031〕16号)\n"
        "各县(市、区)人民政府:\n现将方案印发给你们。\n"
    )
    assert extract_metadata("x.txt", text).doc_number == "某政发〔2031〕16号"


def test_a_management_area_that_opens_the_page_is_its_region() -> None:
    """B46-5: "青禾管理区" opens the title and reads the page: the region."""
    found = extract_text(_AREA_PAGE, "x.txt")
    assert found.document.region == "青禾管理区"
    assert {m.region for m in found.milestones} == {"青禾管理区"}


def test_a_management_area_named_once_is_no_region() -> None:
    """B46-5 guard: a 管理区 named only in the first line is not enough."""
    text = "青禾管理区村庄清洁行动方案\n(一)动员部署(2031年1月10日)。\n"
    assert extract_text(text, "x.txt").document.region is None


_REFERRER = (
    "第二条本办法所称引荐人是指提供有效招商信息的单位和个人,引荐人不包括项目的投资人和合作人,"
    "第三条奖励对象须经项目投资人、项目落户地和区投资促进中心共同确认,"
    "第四条引荐项目为在我区投产或运营的新设法人项目,项目应符合全区重点产业发展方向,"
    "第五条引荐人引荐项目符合奖励条件的,按项目实际形成固定资产投资的3‰计算奖金,"
    "引荐人自项目竣工之日起1年内向区投资促进中心提出申报奖励,"
    "对引进总部项目的引荐人,给予一次性奖励10万元。\n"
)


def test_a_rate_a_bonus_is_reckoned_at_is_no_goal() -> None:
    """B46-3: "按…投资的3‰计算奖金" is what the reward pays, no target (nor are its other bands)."""
    text = (
        "某区招商引资引荐人奖励办法\n"
        "第五条引荐人引荐项目符合奖励条件,按项目实际形成固定资产投资的3‰计算奖金,"
        "按项目实际形成固定资产投资的2‰计算奖金,每年12月底前完成年度评审。\n"
    )
    assert not extract_text(text, "x.txt").targets
    assert not extract_text(_REFERRER, "x.txt").targets


def test_a_rate_in_a_goal_stays_a_goal() -> None:
    """B46-3 guard: a share the plan aims at is still a target."""
    text = "2031年工作要点\n全年研发投入占生产总值比重达到3%,计算机专业毕业生就业率达到90%。\n"
    values = {t.value for t in extract_text(text, "x.txt").targets}
    assert {3, 90} <= values


def test_a_referral_rules_scope_and_claim_conditions() -> None:
    """B46-4: who is left out, which projects, who confirms and the claim window."""
    found = extract_text(_REFERRER, "x.txt")
    kinds = {(c.kind, c.text) for c in found.conditions}
    texts = " / ".join(text for _, text in kinds)
    assert any(k == "scope" and "不包括项目的投资人和合作人" in t for k, t in kinds), texts
    assert any(k == "scope" and "应符合全区重点产业发展方向" in t for k, t in kinds), texts
    assert any(k == "scope" and "在我区投产或运营的新设法人项目" in t for k, t in kinds), texts
    # (read as a scope: the clause opens on 奖励对象, the scope word, before 须经…共同确认)
    assert any("共同确认" in t for _, t in kinds), texts
    assert any(k == "other" and "1年内" in t and "申报" in t for k, t in kinds), texts


def test_a_window_with_no_claim_is_no_condition() -> None:
    """B46-4 guard: "自…之日起3年内不得迁出" is no claim window (another rule may read it)."""
    text = "对新引进的总部企业,给予一次性奖励10万元。企业自获奖之日起3个月内完成装修。\n"
    assert not any("装修" in c.text for c in extract_text(text, "x.txt").conditions)


_PROGRESS = (
    "2031年区政府重点民生实事项目推进情况(1-11月)\n"
    "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n"
    "1-10月推进情况 |\n1-11月推进情况 |\n是否达序 |\n说明 |\n"
    "24 |\n改造提升30条背街小巷。 |\n王某某 |\n城管局 |\n市政局、相关街道 |\n"
    "已进场施工,完成30%。 |\n已完成改造18条。 |\n是 |\n||\n"
    "25 |\n新增垃圾分类达标小区120个。 |\n王某某 |\n城管局 |\n"
    "市政局、环卫处、青禾经济开发区、各街道 |\n"
    "已进场施工,正在推进点位选址,第一批300个分类亭正在加紧制作。 |\n"
    "在40个小区建成分类亭60个。 |\n否 |\n项目于9月签订合同,滞后了2个月。 |\n|\n"
)


def test_a_progress_table_from_row_24_reads_its_goals_not_its_progress() -> None:
    """B46-6: rows numbered from 24, goals merged into the task cell, progress cells no goals."""
    found = extract_text(_PROGRESS, "x.txt")
    assert sorted(t.value for t in found.targets) == [30, 120]
    assert all(t.deadline == date(2031, 12, 31) for t in found.targets)
    rows = {t.value: (t.lead_units, t.support_units) for t in found.targets}
    assert rows[120] == (["城管局"], ["市政局", "环卫处", "青禾经济开发区", "各街道"])
    assert "青禾经济开发区" in found.units


def test_a_unit_list_line_is_not_joined_to_the_next_line() -> None:
    """B46-6: a line listing offices is a cell, not a sentence broken by a fixed width."""
    lines = normalise_text(_PROGRESS).splitlines()
    assert "市政局、环卫处、青禾经济开发区、各街道" in lines


_DIGEST = (
    "第二条本办法所称引荐人是指在第一时间提供有效招商信息的单位和个人,第三条奖励对象须经项目投资人和"
    "区投资促进中心共同确认,第四条引荐项目为在我区投产或运营的新设法人项目,"
    "第五条项目引荐人引荐项目符合上述奖励条件,按项目实际形成固定资产投资的4‰计算奖金,"
    "按项目实际形成固定资产投资的3‰计算奖金,按项目实际形成固定资产投资的1.5‰计算奖金,"
    "第六条对引进总部项目的引荐人,给予一次性奖励10万元,单个项目累计最高奖励50万元,"
    "第七条注册落地且年度营业收入达到3亿元以上的,按项目当年地方经济发展贡献的8%给予引荐人一次性奖励。\n"
)


def test_articles_glued_with_commas_open_lines_of_their_own() -> None:
    """B46-7: a digest's ",第六条…" starts a new line, so one rule's treatment does not swallow the
    rules after it; a cited article ("按第三条规定的…") stays where it is."""
    lines = normalise_text(_DIGEST).splitlines()
    assert any(line.startswith("第六条对引进总部项目的引荐人") for line in lines)
    assert any(line.startswith("第七条注册落地") for line in lines)
    cited = "某区奖励办法\n" + "对符合条件的项目," * 12 + "按第三条规定的标准给予奖励。\n"
    assert not any(line.startswith("第三条") for line in normalise_text(cited).splitlines())


def test_a_rule_after_a_glued_article_is_read() -> None:
    """B46-7: the rules of the sixth and seventh articles are both read."""
    found = extract_text(_DIGEST, "x.txt")
    assert 100000 in {w.amount_yuan for w in found.rewards}
    assert any("8%" in (w.treatment or "") for w in found.rewards)


def test_a_chain_of_rates_is_one_reward_per_rate() -> None:
    """B46-8: "按…4‰计算奖金,按…3‰计算奖金,按…1.5‰计算奖金": three rewards without a sum."""
    found = extract_text(_DIGEST, "x.txt")
    chained = [w for w in found.rewards if "计算奖金" in (w.treatment or "")]
    assert sorted(w.treatment.rsplit("的", 1)[-1] for w in chained) == [
        "1.5‰计算奖金",
        "3‰计算奖金",
        "4‰计算奖金",
    ]
    assert all(w.amount_yuan is None for w in chained)


def test_one_rate_is_not_a_chain() -> None:
    """B46-8 guard: a single rate stays one reward."""
    text = "某区奖励办法\n第五条引荐项目符合奖励条件,按项目实际形成固定资产投资的4‰计算奖金。\n"
    assert len(extract_text(text, "x.txt").rewards) == 1


_BANDS = (
    "某园区招商引资奖励办法\n"
    "二、奖励标准。1、引荐的投资项目,按实际投资额1000万元以下(折合人民币)部分,按3%。比例进行奖励;"
    "投资额1亿元以上部分按5%。比例进行奖励。2、引进无偿政策扶持资金,按资金的10%进行奖励。"
    "3、单个项目奖励金最高不超过80万元。4、项目介绍人有争议时,以项目单位出具的有效证明为准,"
    "项目单位同时出具多份证明的,按多个共有介绍人处理。\n"
)


def test_an_ocr_per_mille_and_run_on_numbered_items() -> None:
    """B46-9: "按3%。比例" is 3‰; "。2、引进…" opens a line; "1000万元以下部分" is a band, no sum."""
    text = normalise_text(_BANDS)
    assert "按3‰比例进行奖励" in text and "按5‰比例进行奖励" in text
    assert any(line.startswith("2、引进无偿政策扶持资金") for line in text.splitlines())
    found = extract_text(_BANDS, "x.txt")
    assert 10000000 not in {w.amount_yuan for w in found.rewards}
    assert any("10%" in (w.treatment or "") for w in found.rewards)


def test_a_percentage_ending_a_sentence_stays() -> None:
    """B46-9 guard: "增长3%。比上年…" keeps its sentence end (only 比例 follows an OCR'd ‰)."""
    text = normalise_text("全年增长3%。比上年提高1个百分点。\n")
    assert "增长3%。比上年" in text


_CLASSES = (
    "某区人才计划\n"
    "(一)人才引进支持\n"
    "3.人才考察支持。经区主管部门邀请,为前来考察交流的人才发放考察支持。原则上国内人才个人单次最高"
    "3万元,团队单次最高12万元;国外人才个人单次最高6万元,团队单次最高25万元。\n"
    "4.实习基地支持。鼓励企业建立实习基地,按照大专生每人1200元/月(限本市院校应届生和本市生源),"
    "本科生每人1600元/月,硕士生每人2600元/月给予实习补贴。\n"
)


def test_sums_listed_per_class_are_one_reward_each() -> None:
    """B46-10: each class of a support item with its sum is one reward (capped when 最高)."""
    found = extract_text(_CLASSES, "x.txt")
    by_sum = {w.amount_yuan: w for w in found.rewards}
    assert {30000, 120000, 60000, 250000, 1200, 1600, 2600} <= set(by_sum)
    assert by_sum[30000].is_cap and "国内人才个人" in by_sum[30000].achievement
    assert not by_sum[1600].is_cap and "本科生" in by_sum[1600].achievement


def test_one_class_with_a_sum_is_left_to_the_sentence_rules() -> None:
    """B46-10 guard: a single "每人…元" is not a list of classes."""
    text = "某区人才计划\n4.实习基地支持。鼓励企业建立实习基地,本科生每人1600元/月。\n"
    found = extract_text(text + "到2031年,建成实习基地10个。\n", "x.txt")
    assert not any("实习基地支持(" in w.achievement for w in found.rewards)


def test_a_bracketed_limit_on_whom_a_sum_is_for_is_a_scope() -> None:
    """B46-11: "(限本市院校应届生和本市生源)" says whom the sum reaches."""
    found = extract_text(_CLASSES, "x.txt")
    assert ("scope", "限本市院校应届生和本市生源") in {(c.kind, c.text) for c in found.conditions}


def test_a_text_naming_one_county_twice_and_no_other_place_is_its() -> None:
    """B46-12: "符合江宁区重点产业发展方向", "江宁区地方经济发展贡献": no cue of level, one county
    named twice (its city only inside a zone's name): the county."""
    text = (
        "第二条引荐项目应符合江宁区重点产业发展方向。\n"
        "第三条年度营业收入达到5亿元以上的,按项目实现江宁区地方经济发展贡献的5%给予引荐人一次性奖励。\n"
        "第四条引荐人向南京江宁经济技术开发区管理委员会提交委托书。\n"
    )
    assert extract_metadata("x.txt", text).region == "江宁区"


def test_two_counties_named_give_no_region() -> None:
    """B46-12 guard: places of two counties, or one named once, name no single county."""
    two = "项目应符合江宁区重点产业发展方向,并在江宁区、浦口区落地。\n"
    once = "项目应符合江宁区重点产业发展方向。\n"
    assert extract_metadata("x.txt", two).region is None
    assert extract_metadata("x.txt", once).region is None


def test_a_rate_right_after_what_is_paid_for_is_a_reward() -> None:
    """B46-13: "3、对引进融资资金按融资金额的1.5%进行奖励": no comma before the rate."""
    text = (
        "某园区招商引资奖励办法\n二、奖励标准。1、引荐的投资项目,按实际投资额1000万元以下部分,按3‰比例"
        "进行奖励。2、引荐的项目属于高科技产品的可在原有的奖励基数上再增加10%的奖励。"
        "3、对引进融资资金按融资金额的1.5%进行奖励。4、对引进社会捐赠资金按资金总额的2%给予奖励。"
        "5、可以适当报销在引进项目过程中产生的费用。\n"
    )
    found = extract_text(text, "x.txt")
    assert {"引进融资资金", "引进社会捐赠资金"} <= {w.achievement for w in found.rewards}
    assert all(w.amount_yuan is None for w in found.rewards)


def test_a_rate_the_work_must_reach_is_no_reward() -> None:
    """B46-13 guard: "对标国际先进水平,按照…占比30%的要求推进" states no reward."""
    text = "某园区工作方案\n二、主要任务。\n3、对标国际先进水平按照研发投入占比3%的要求推进。\n"
    text += "到2031年,建成研发中心10个。\n"
    assert not extract_text(text, "x.txt").rewards
