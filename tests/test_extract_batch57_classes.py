"""General rules for the failure classes seen on batch 57's dev part (corpus/unseen/SOURCES.md,
"Batch 57"; FAILURES.md "Batch 57"), chosen for rewards and their conditions: a page glossing
every character with toneless pinyin, the gloss repeated behind one character (B57-1); a state
the claimant's records must be in written between the achievement and the sum (B57-2); a second
sum for a member of the firm's staff named by duty (B57-3); "各奖补" granting a tier's sum
(B57-4); a bulleted page-field list that glues each value to its label (B57-5); "对符合条件和标准
的企业给予奖励", the purpose of a fund, no reward, while its terms still are the rewards'
conditions (B57-6).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.chinese import strip_pinyin_glosses
from policybot.knowledge.extract import extract_text


def _rewards(text: str) -> list[tuple[float | None, str]]:
    return [
        (reward.amount_yuan, reward.achievement) for reward in extract_text(text, "x.txt").rewards
    ]


def test_a_repeated_gloss_goes_with_the_first() -> None:
    """B57-1: "萬(wan)(wan)元(yuan)(yuan)(yuan)": every gloss stacked behind a character goes."""
    assert strip_pinyin_glosses("給(gei)(gei)予10萬(wan)(wan)元(yuan)(yuan)(yuan)獎(jiang)勵") == (
        "給予10萬元獎勵"
    )


def test_a_glossed_page_reads_its_tiers_as_rewards() -> None:
    """B57-1: a rule whose page glosses each character twice or more reads its tier list."""
    text = (
        "青禾高(gao)新區支(zhi)持企(qi)(qi)業(ye)發展政策\n"
        "1.支持企(qi)(qi)業(ye)做大(da)收(shou)入。對年度主營業(ye)務收(shou)入首次突(tu)破(po)"
        "5億元(yuan)(yuan)(yuan)、10億元(yuan)(yuan)(yuan)的企(qi)(qi)業(ye),分別給(gei)(gei)予企(qi)"
        "(qi)業(ye)管(guan)理層(ceng)10萬(wan)(wan)元(yuan)(yuan)(yuan)、20萬(wan)(wan)元(yuan)(yuan)"
        "(yuan)獎(jiang)勵。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert sorted(reward.amount_yuan or 0 for reward in extraction.rewards) == [100000, 200000]
    assert not extraction.targets


def test_a_gloss_is_still_only_latin_letters_after_a_character() -> None:
    """B57-1 guard: brackets after a number, or capitals (a Latin name), stay."""
    assert strip_pinyin_glosses("流量超过30(gb)") == "流量超过30(gb)"
    assert strip_pinyin_glosses("采用国际标准(ISO)(IEC)") == "采用国际标准(ISO)(IEC)"


def test_the_claimants_records_are_a_condition_not_the_achievement() -> None:
    """B57-2: "对月度新增的限上企业,企业统计报表基础资料完整,给予…5万元": the achievement is the
    new firm, not the state of its records."""
    text = (
        "青禾县加快商贸业发展若干措施\n"
        "1.对月度新增的限额以上商贸企业,企业统计报表基础资料完整,给予奖励企业扶持资金4万元。\n"
    )
    assert _rewards(text) == [(40000, "月度新增的限额以上商贸企业")]


def test_a_records_clause_alone_is_no_condition_of_a_plain_rule() -> None:
    """B57-2 guard: a rule with no records clause reads as before."""
    text = "青禾县加快商贸业发展若干措施\n1.对月度新增的限额以上商贸企业,给予奖励4万元。\n"
    assert _rewards(text) == [(40000, "月度新增的限额以上商贸企业")]


def test_a_second_sum_for_the_firms_clerk_is_a_second_reward() -> None:
    """B57-3: "…给予奖励企业扶持资金4万元,同时给予企业统计报表报送人员奖励4000元": the clerk's sum
    is the same achievement's second reward."""
    text = (
        "青禾县加快商贸业发展若干措施\n"
        "1.对年度新增的限额以上商贸企业,企业统计报表基础资料完整,给予奖励企业扶持资金4万元,"
        "同时给予企业统计报表报送人员奖励4000元。\n"
    )
    rewards = _rewards(text)
    assert (40000, "年度新增的限额以上商贸企业") in rewards
    assert (4000, "年度新增的限额以上商贸企业(企业统计报表报送人员)") in rewards


def test_each_village_class_granted_by_ge_jiangbu() -> None:
    """B57-4: "确定一类村12个,各奖补3万元;二类村20个,各奖补2万元": one reward per class."""
    text = (
        "青禾县以奖代补资金拨付情况\n"
        "根据年终考核成绩,确定一类村12个,各奖补3万元;二类村20个,各奖补2万元,共计76万元。\n"
    )
    assert sorted(amount or 0 for amount, _ in _rewards(text)) == [20000, 30000]


def test_a_bulleted_field_list_glued_to_its_labels() -> None:
    """B57-5: "• 文章标题某区…的通知", "• 制发机关某区人民政府办公室": no label is part of a value."""
    text = (
        "  • 文章标题白石区人民政府办公室关于印发《白石区鼓励商贸业发展实施办法》的通知\n"
        "  • 制发机关白石区人民政府办公室\n"
        "  • 成文日期2031-07-24\n"
        "  • 文件字号白政办发〔2031〕40号\n"
        "  • 生效日期2031-08-25\n"
        "白石区鼓励商贸业发展实施办法\n"
        "第一条 为激发市场主体活力,制定本办法。\n"
        "第二条 对年度新增的限额以上批发企业,给予一次性奖励5万元。\n"
    )
    document = extract_text(text, "x.txt").document
    assert document.issuer == "白石区人民政府办公室"
    assert document.region is not None and not document.region.startswith("文章")
    assert str(document.effective) == "2031-08-25"


def test_rewarding_whoever_meets_the_terms_is_no_reward_but_has_conditions() -> None:
    """B57-6: "对符合条件和标准的企业给予奖励" names no achievement; the terms after it ("在某区注
    册、纳税…") are still the rewards' scope."""
    text = (
        "白石区鼓励商贸业发展实施办法\n"
        "第一条 为激发市场主体活力,制定本办法。\n"
        "第二条 区政府设立商贸业发展奖励专项资金,按照公开、公平的原则,对符合条件和标准的企业给予奖励。\n"
        "第三条 奖励对象及条件\n"
        "在白石区注册、纳税、具有独立法人资格,并已纳入统计的限额以上批发零售企业。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not extraction.rewards
    assert [c.kind for c in extraction.conditions if c.kind != "eligibility"] == ["scope"]


def test_a_named_condition_with_a_sum_is_still_a_reward() -> None:
    """B57-6 guard: "对符合条件的企业给予5万元奖励" states a sum: a reward."""
    text = "白石区鼓励商贸业发展实施办法\n第二条 对符合条件的企业给予一次性奖励5万元。\n"
    assert [amount for amount, _ in _rewards(text)] == [50000]


def test_a_further_sum_per_step_is_a_reward() -> None:
    """B57-7: "在30亿元基础上每突破10亿元,增加20万元奖励,最高不超过200万元": the step's sum is a
    reward (capped), no goal."""
    text = (
        "青禾高新区支持企业发展政策\n"
        "1.对年度主营业务收入首次突破30亿元的企业,给予40万元奖励。在30亿元基础上每突破10亿元,"
        "增加20万元奖励,最高不超过200万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert (200000, "在30亿元基础上每突破10亿元") in [
        (reward.amount_yuan, reward.achievement) for reward in extraction.rewards
    ]
    assert not extraction.targets


def test_an_increase_in_investment_is_still_the_achievement() -> None:
    """B57-7 guard: "投资增加1000万元的企业,给予10万元奖励": 增加 before a threshold is no sum."""
    text = "青禾高新区支持企业发展政策\n1.对新建项目投资增加1000万元的企业,给予10万元奖励。\n"
    assert [amount for amount, _ in _rewards(text)] == [100000]


def test_a_share_paid_in_a_named_case_is_a_condition() -> None:
    """B57-8: "其中:研发投入占比小于2%的,按照60%兑现": how much of the sum is paid in that case."""
    text = (
        "青禾高新区支持企业发展政策\n"
        "1.对当年新纳入规上工业企业的,给予企业管理层12万元奖励,其中:研发投入占比小于2%的,"
        "按照60%兑现。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    assert any(c.kind == "other" and "按照60%兑现" in c.text for c in conditions)


def test_a_fixed_sum_per_thing_for_each_class_of_payee() -> None:
    """B57-9: "省对小型水闸实行定额补助,一类县每座补助15万元、二类县每座补助25万元": one reward
    per class, named by what is subsidised."""
    text = (
        "青禾市财政局关于下达小型水闸维修补助资金的通知\n"
        "各县(区)财政局:\n"
        "根据有关文件中“省对小型水闸实行定额补助,一类县每座补助15万元、二类县每座补助25万元,"
        "不足部分由地方自行解决”的精神,现下达补助资金。\n"
    )
    assert sorted(_rewards(text)) == [
        (150000, "小型水闸(一类县每座)"),
        (250000, "小型水闸(二类县每座)"),
    ]


def test_one_sum_per_thing_is_left_to_the_sentence_readers() -> None:
    """B57-9 guard: a single "每座补助15万元" is no list of classes."""
    text = (
        "青禾市财政局关于下达小型水闸维修补助资金的通知\n"
        "各县(区)财政局:\n"
        "根据有关精神,一类县每座补助15万元,现下达补助资金。各县(区)要在年底前全面完成小型水闸"
        "维修验收工作,并加强资金监管,确保专款专用,充分发挥资金使用效益。\n"
    )
    assert not any("每座" in achievement for _, achievement in _rewards(text))


def test_a_count_since_a_past_year_is_no_goal() -> None:
    """B57-10: "今年以来,全县共建成示范村54个": what was built since, not a goal; a dated
    "到2035年,全县共建成示范村100个" still is."""
    text = (
        "青禾县示范村建设方案\n"
        "今年以来,按照建设要求,全县共建成示范村54个。到2035年,全县共建成示范村100个。\n"
    )
    assert [target.value for target in extract_text(text, "x.txt").targets] == [100]


def test_a_goal_after_a_since_lead_stays_a_goal() -> None:
    """B57-10 narrowed: the lead dates only a clause with no future marker right under it; a
    dated goal ("到2034年底"), "力争", "确保", "要" or "全年" later in the sentence is still a goal."""
    text = (
        "青禾县和美乡村建设三年行动方案(2032—2034年)\n"
        "近年来,全县上下持续推进村庄整治,到2034年底,全县累计建成和美乡村示范村80个。\n"
        "今年以来,各乡镇持续发力,力争全年累计新增通村道路150公里。\n"
        "自方案实施以来,各乡镇要按季调度,确保三年共完成农村改厕3万户。\n"
        "近年来,我县制造业势头良好,到2034年累计培育专精特新企业40家。\n"
    )
    values = sorted(target.value for target in extract_text(text, "x.txt").targets)
    assert values == [3, 40, 80, 150]


def test_a_count_since_a_past_year_under_a_list_marker_is_no_goal() -> None:
    """B57-10: "(一)自2029年以来,…累计完成…" is what was done since, the list marker
    notwithstanding."""
    text = (
        "青禾县项目建设工作方案\n"
        "(一)自2029年以来,全县累计完成项目投资180亿元。\n"
        "(二)今年以来,全县共新增市场主体3200户。\n"
        "到2035年,全县共建成示范村100个。\n"
    )
    assert [target.value for target in extract_text(text, "x.txt").targets] == [100]
