"""General rules for the failure classes first seen on batch 12's dev part (corpus/unseen/FAILURES.md,
"Batch 12").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import parse_unit_note

_RULES = (
    "某县促进软件产业发展若干政策\n"
    "一、支持软件企业做强\n"
    "(一)推进软件名城建设。加快建设软件园区。推进公共平台建设,按上级政策执行。\n"
    "推进示范企业建设,对当年评为市级示范软件企业的,给予 10 万元奖励。\n"
    "(责任单位:县科技局)\n"
    "(二)鼓励首版次软件。当年认定为市级首版次软件的产品,一次性奖励\n"
    "企业 30 万元。年内获评省级优秀软件的产品,一次性奖励企业 40 万元。\n"
    "(责任单位:县经信局)\n"
)


def test_a_time_word_may_open_an_achievement_without_dui() -> None:
    """B12-1: "当年认定为…的产品,一次性奖励企业30万元" (no 对, the payee between verb and sum)."""
    result = extract_text(_RULES, "x.txt")
    found = {(r.achievement, r.amount_yuan) for r in result.rewards}
    assert ("当年认定为市级首版次软件的产品", 300000) in found
    assert ("年内获评省级优秀软件的产品", 400000) in found


def test_a_numbered_item_and_its_continuation_above_a_note_line_are_one_task() -> None:
    """B12-2: "(一)…。…" then a paragraph "推进…" then "(责任单位:…)": one task, the item's."""
    result = extract_text(_RULES, "x.txt")
    science = [t for t in result.tasks if t.lead_units == ["县科技局"]]
    assert [t.title for t in science] == ["推进软件名城建设"]
    assert [t.title for t in result.tasks if t.lead_units == ["县经信局"]] == ["鼓励首版次软件"]


def test_paragraphs_under_a_bare_heading_stay_tasks_of_their_own() -> None:
    """B12-2 (limit): a heading with no duty of its own does not swallow the paragraphs below it."""
    text = (
        "某县2039年重点工作安排\n"
        "一、人才工作\n"
        "(一)\n推进人才培养。\n引进高端人才。\n(责任单位:县人社局)\n"
    )
    titles = {t.title for t in extract_text(text, "x.txt").tasks}
    assert {"推进人才培养", "引进高端人才"} <= titles


def test_a_notice_granting_totals_per_honour_gives_one_reward_per_honour() -> None:
    """B12-3: "N家单位首次获得X,财政奖励共计M万元,其中市财政承担…,某区财政承担…"."""
    text = (
        "各有关单位:\n现将2040年度专项资金奖补事项通知如下:\n"
        "一、2040年度市本级4家企业首次获得市级品牌示范奖励,财政奖励共计80万元,"
        "其中市财政承担60万元,城东区财政承担20万元。\n"
        "二、2040年度市本级3家企业首次被认定为省级名优特产作坊、2家单位首次被认定为市级放心厨房,"
        "财政奖励共计25万元,其中市财政承担20万元,城东区财政承担5万元。\n"
        "某市市场监督管理局\n2040年5月6日\n"
    )
    result = extract_text(text, "x.txt")
    rewards = {(r.amount_yuan, r.treatment) for r in result.rewards}
    assert rewards == {(None, "共计80万元"), (None, "共计25万元")}
    assert any("市级品牌示范奖励" in r.achievement for r in result.rewards)
    assert any("放心厨房" in r.achievement for r in result.rewards)
    shares = [c for c in result.conditions if c.kind == "other"]
    assert len(shares) == 2
    assert all("城东区财政承担" in c.text for c in shares)


def test_a_lead_and_the_bodies_that_share_the_work_are_lead_and_support() -> None:
    """B12-4: "(X牵头,Y分工负责)": Y supports X; "各成员单位" and "各处室" are bodies."""
    note = parse_unit_note("机关党委牵头,局工作领导小组各成员单位分工负责")
    assert note is not None
    assert (note.lead, note.support) == (["机关党委"], ["局工作领导小组各成员单位"])
    note = parse_unit_note("市局办公室牵头,各处室分工负责")
    assert note is not None
    assert (note.lead, note.support) == (["市局办公室"], ["各处室"])
    note = parse_unit_note("市发改委牵头,市财政局等相关部门按职责分工负责")
    assert note is not None
    assert (note.lead, note.support) == (["市发改委"], ["市财政局"])


def test_a_note_cut_by_the_excerpt_after_its_lead_still_closes_its_task() -> None:
    """B12-4: the excerpt ends inside the last trailer "(机关党委牵头,各处室、"."""
    text = (
        "2041年全省某某工作要点\n一、加强党建\n"
        "1.深入推进从严治党。扎实开展主题教育。(机关党委牵头,局领导小组各成员单位分工负责)\n"
        "2.深入开展文明创建。支持群团组织发挥作用。(机关党委牵头,各处室、"
    )
    tasks = extract_text(text, "x.txt").tasks
    assert [(t.lead_units, t.support_units) for t in tasks] == [
        (["机关党委"], ["局领导小组各成员单位"]),
        (["机关党委"], ["各处室"]),
    ]


def test_a_share_of_the_present_level_is_a_goal_and_a_focus_count_is_not() -> None:
    """B12-5: "下降至目前90%的水平" is a target; "以A、B 2个示范区建设为重点" is not; "前10名" is a rank."""
    text = (
        "某市农业发展实施方案(2042-2046年)\n二、主要目标\n"
        "到2046年末,工业用水总量稳步下降至目前90%的水平,单位用地产值突破8万元;"
        "以城东、城西2个国家级示范区建设为重点,推进产业发展;力争进入全国前10名。\n"
    )
    found = {
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    }
    assert found == {(90, "%", "2046-12-31"), (8, "万元", "2046-12-31")}


_PAYOUT_NOTICE = (
    "关于2043年一季度“扩大产能奖励”政策奖励资金的公示\n"
    "政策内容为:对一季度工业产值超过1亿元(含)的规模以上制造业企业[不含市属、区属国有企业],"
    "一季度产值同比增长10%以上且增速超过上年的,产值较上年同期每增加1000万元奖励3万元,"
    "单个企业奖励最高不超过500万元。\n"
    "经审核,确定对某某精工有限公司等4家企业实施奖励,共计120万元。\n"
    "某县经济和信息化局\n2043年4月20日\n"
)


def test_a_bracketed_exclusion_of_recipients_is_a_scope_condition() -> None:
    """B11-7: "[不含市属、区属国有企业]" inside a reward rule says whom it leaves out."""
    conditions = extract_text(_PAYOUT_NOTICE, "x.txt").conditions
    assert ("scope", "不含市属、区属国有企业") in {(c.kind, c.text) for c in conditions}


def test_a_cap_in_a_long_rule_sentence_is_its_own_clause() -> None:
    """B11-7: the per-firm cap at the end of a long sentence is read as that clause."""
    conditions = extract_text(_PAYOUT_NOTICE, "x.txt").conditions
    caps = [c.text for c in conditions if c.kind == "overall_cap"]
    assert caps and all(text.endswith("单个企业奖励最高不超过500万元") for text in caps)
    assert all("规模以上制造业企业" not in text for text in caps)


def test_a_prize_schemes_counts_and_ceiling_are_no_targets() -> None:
    """B11-4: "设立四个“绿化”奖项", "奖金最高达20万元" describe the prizes, not goals."""
    text = (
        "某省绿化奖励办法发布\n依照办法省将设立四个“绿化”奖项,奖金最高达20万元。"
        "该办法规定设立“绿化模范村”“绿化奖章”等2个奖项,对获得“绿化模范村”称号的村奖励10万元。"
        "到2044年,全省新增绿化面积5万亩。\n"
    )
    result = extract_text(text, "x.txt")
    assert {(t.value, t.unit) for t in result.targets} == {(5, "万亩")}
    assert {r.amount_yuan for r in result.rewards} == {100000}


_DECISION = (
    "关于对2044年度某某竞赛活动进行表彰的决定\n"
    "各县(市、区)人民政府:\n"
    "市政府决定对获得“畅通杯”金、银、铜杯的单位分别给予一定的物质奖励。\n"
    "“畅通杯”金杯单位:东岭县人民政府\n"
    "“畅通杯”银杯单位:西岭县人民政府\n"
    "洛阳市人民政府\n2045年2月3日\n"
)


def test_bare_metals_before_a_cup_name_one_tier_each() -> None:
    """B11-5: "获得“某杯”金、银、铜杯的单位" is three tiers: 金杯, 银杯, 铜杯 of that cup."""
    rewards = extract_text(_DECISION, "x.txt").rewards
    assert [r.achievement for r in rewards] == [
        "获得“畅通杯”金杯",
        "获得“畅通杯”银杯",
        "获得“畅通杯”铜杯",
    ]
    assert {(r.amount_yuan, r.treatment) for r in rewards} == {(None, "给予一定的物质奖励")}


def test_a_recipient_list_entry_above_the_signature_is_no_co_signer() -> None:
    """B11-6: "“某杯”银杯单位:某县人民政府" above the 落款 is an entry of the list, not an issuer."""
    document = extract_text(_DECISION, "x.txt").document
    assert document.issuer == "洛阳市人民政府"
    assert document.region == "洛阳市"


def test_the_count_and_total_of_a_payout_are_an_other_condition() -> None:
    """B11-7: "确定对某某公司等4家企业实施奖励,共计120万元" states how many are paid and the total."""
    conditions = extract_text(_PAYOUT_NOTICE, "x.txt").conditions
    others = [c.text for c in conditions if c.kind == "other"]
    assert any("等4家企业实施奖励,共计120万元" in text for text in others)
