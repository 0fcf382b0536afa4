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
