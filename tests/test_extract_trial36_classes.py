"""Rules for what the stop-36 new-user trial found in a plan it wrote and uploaded: a
participant's share stated after the leaders' sums ("参与制修订的,减半奖励") and a dated step
inside a plan phase ("评估阶段(…10月—…12月):…12月20日前报市政府").

Every text here is a short synthetic text written for the rule.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

HEAD = "丙市人民政府办公室关于印发丙市标准化提升方案的通知\n丙政办发〔2031〕9号\n丙市人民政府办公室\n2031年2月1日\n"

HALVED_SHARES = HEAD + (
    "四、奖励政策\n"
    "1.对主导制修订国际标准、国家标准的单位,分别给予60万元、40万元的奖励;参与制修订的,减半奖励。\n"
    "2.对获得市长质量奖的企业,给予50万元的奖励。\n"
)


def test_a_participant_share_gives_half_of_each_leader_sum() -> None:
    extraction = extract_text(HALVED_SHARES, "x.txt")
    by_role = {(r.role, r.level): r.amount_yuan for r in extraction.rewards}
    assert by_role[("主导", "国际")] == 600000 and by_role[("主导", "国家")] == 400000
    assert by_role[("参与", "国际")] == 300000 and by_role[("参与", "国家")] == 200000
    participant = next(r for r in extraction.rewards if r.role == "参与")
    assert "减半" in participant.quote and participant.achievement.startswith("参与")


def test_a_reward_of_another_sentence_gets_no_share() -> None:
    extraction = extract_text(HALVED_SHARES, "x.txt")
    quality = [r for r in extraction.rewards if "质量奖" in r.achievement]
    assert [r.amount_yuan for r in quality] == [500000]
    assert len(extraction.rewards) == 5


def test_a_share_stated_as_a_percentage_is_read() -> None:
    text = (
        HEAD + "对主导制定国家标准的企业给予40万元奖励;作为参与单位的,按上述标准的50%给予奖励。\n"
    )
    amounts = sorted(r.amount_yuan or 0 for r in extract_text(text, "x.txt").rewards)
    assert amounts == [200000, 400000]


PHASES = HEAD + (
    "三、工作步骤\n"
    "(一)部署阶段(2031年3月—2031年6月):制定细化方案,明确责任分工。\n"
    "(二)评估阶段(2033年10月—2033年12月):总结评估完成情况,2033年12月20日前报市政府。\n"
)


def test_a_dated_step_inside_a_phase_is_its_own_milestone() -> None:
    milestones = extract_text(PHASES, "x.txt").milestones
    dues = {(m.start, m.due) for m in milestones}
    assert (date(2033, 10, 1), date(2033, 12, 31)) in dues  # the phase itself
    step = [m for m in milestones if m.due == date(2033, 12, 20)]
    assert len(step) == 1 and "报市政府" in step[0].title and step[0].start is None


def test_a_phase_without_a_dated_step_adds_nothing() -> None:
    milestones = extract_text(PHASES, "x.txt").milestones
    assert len(milestones) == 3


# attack36: the clause halves only the sums of the work it names, within its own ceiling.
ATTACKED_SHARES = HEAD + (
    "四、奖励政策\n"
    "1.对主导制定国家标准的单位给予50万元奖励;对新获得中国驰名商标的企业给予100万元奖励;"
    "参与制定的,减半奖励。\n"
    "2.对主导制定行业标准的单位给予20万元奖励。参与制定行业标准的,减半奖励。\n"
    "3.对新获得中国质量奖提名奖的企业给予60万元奖励,参与单位再次获得的减半奖励。\n"
    "4.对主导制定地方标准的单位给予30万元奖励;参与制定的,按上述标准的一半给予奖励,最高不超过10万元。\n"
    "5.对主导或参与制定团体标准的单位给予20万元奖励,其中参与的减半。\n"
    "6.对主导制定国际标准的单位给予50万元至80万元奖励;参与制定的,按30%给予奖励。\n"
)


def _amounts(role: str) -> dict[str, tuple[float | None, bool]]:
    rewards = extract_text(ATTACKED_SHARES, "x.txt").rewards
    return {r.achievement: (r.amount_yuan, r.is_cap) for r in rewards if r.role == role}


def test_a_share_halves_only_the_work_it_names() -> None:
    participants = _amounts("参与")
    assert participants["参与制定国家标准"] == (250000, False)
    assert not any("驰名商标" in name or "提名奖" in name for name in participants)


def test_a_share_in_its_own_sentence_halves_the_sentence_before() -> None:
    assert _amounts("参与")["参与制定行业标准"] == (100000, False)


def test_a_share_keeps_within_its_ceiling() -> None:
    assert _amounts("参与")["参与制定地方标准"] == (100000, True)


def test_one_sum_for_both_roles_is_split_by_其中() -> None:
    assert _amounts("主导")["主导制定团体标准"] == (200000, False)
    assert _amounts("参与")["参与制定团体标准"] == (100000, False)


def test_a_share_of_a_range_is_a_share_of_its_upper_end() -> None:
    assert _amounts("主导")["主导制定国际标准"] == (800000, True)
    assert _amounts("参与")["参与制定国际标准"] == (240000, True)


YEARLESS_STEPS = HEAD + (
    "三、工作步骤\n"
    "(一)评估阶段(2033年10月—12月):各区开展自查评估,11月15日前报送自评报告,12月20日前报市政府。\n"
    "(二)推进阶段(2034年1月—6月):每月5日前报送工作进展,2034年3月底前完成中期检查。\n"
)


def test_a_step_without_its_year_takes_the_phase_year() -> None:
    milestones = extract_text(YEARLESS_STEPS, "x.txt").milestones
    dues = {m.title: m.due for m in milestones if m.start is None}
    assert dues["报送自评报告"] == date(2033, 11, 15) and dues["报市政府"] == date(2033, 12, 20)
    assert dues["完成中期检查"] == date(2034, 3, 31)
    assert not any("工作进展" in title for title in dues)  # 每月5日前 is a monthly duty


def test_a_per_item_sum_without_a_verb_is_a_reward() -> None:
    """trial36b: "(二)对主导制定团体标准并实施的单位,每项8万元,…" grants 8万元 per item."""
    text = (
        HEAD
        + "四、奖励政策\n(二)对主导制定团体标准并实施的单位,每项8万元,同一单位年度奖励总额不超过40万元。\n"
    )
    (reward,) = extract_text(text, "x.txt").rewards
    assert reward.amount_yuan == 80000 and reward.role == "主导"
    assert reward.achievement == "主导制定团体标准并实施"


# attack36b
def test_a_yearless_step_is_not_also_dated_in_the_issuing_year() -> None:
    """A plan of 2031 with a later phase: 11月15日前 in the phase is the phase's year only, not
    also the year the plan's other dates name."""
    text = HEAD + (
        "三、工作步骤\n"
        "(一)启动阶段(2031年3月—4月):各区4月10日前报送工作方案。\n"
        "(二)评估阶段(2033年10月—12月):开展评估,11月15日前报送评估报告。\n"
    )
    dues = sorted(m.due for m in extract_text(text, "x.txt").milestones if m.start is None)
    assert dues == [date(2031, 4, 10), date(2033, 11, 15)]


def test_grades_named_after_the_recipient_each_get_their_sum() -> None:
    text = (
        HEAD
        + "五、对获得省级标准创新贡献奖的单位,一等奖、二等奖、三等奖分别奖励30万元、20万元、10万元。\n"
    )
    rewards = {r.achievement: r.amount_yuan for r in extract_text(text, "x.txt").rewards}
    assert rewards == {
        "获得省级标准创新贡献奖一等奖": 300000,
        "获得省级标准创新贡献奖二等奖": 200000,
        "获得省级标准创新贡献奖三等奖": 100000,
    }


def test_a_per_item_rule_ends_at_its_sum() -> None:
    """Its quote holds no cap said after it, which would read it as that condition."""
    text = (
        HEAD + "三、对主导制定地方标准的单位,每项4万元,参与的奖励减半,上述奖励总额不超过30万元。\n"
    )
    by_role = {r.role: r for r in extract_text(text, "x.txt").rewards}
    assert by_role["主导"].amount_yuan == 40000 and "不超过" not in by_role["主导"].quote
    assert by_role["参与"].amount_yuan == 20000
