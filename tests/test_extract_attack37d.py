"""Defects an attack on invented plans found (stop 37, D): distinct targets of one figure kept
apart, an applicant's threshold read as a goal, a participant's share of a leader's range."""

from __future__ import annotations

from policybot.knowledge.answers import format_reward
from policybot.knowledge.extract import extract_text

NOTICE = """青川市人民政府办公室关于印发青川市质量提升行动方案(2041—2043年)的通知
青政办发〔2041〕9号
青川市人民政府办公室
2041年2月3日
"""


def _extract(body: str):  # type: ignore[no-untyped-def]
    return extract_text(NOTICE + body, "plan.txt")


def _targets(body: str) -> list[tuple[str, float, str | None]]:
    return [
        (t.subject, t.value, t.deadline.isoformat() if t.deadline else None)
        for t in _extract(body).targets
    ]


def test_one_figure_due_on_two_dates_is_two_targets() -> None:
    found = _targets(
        "一、工作目标\n到2042年6月底前,完成品质改造项目4个。\n到2042年12月底前,完成品质改造项目4个。\n"
    )
    assert [(value, due) for _, value, due in found] == [(4, "2042-06-30"), (4, "2042-12-31")]


def test_one_figure_of_two_named_things_is_two_targets() -> None:
    found = _targets(
        "一、工作目标\n到2043年,青川市丙类培育企业6家。\n到2043年,青川市丁类培育企业6家。\n"
    )
    assert [subject for subject, _, _ in found] == ["青川市丙类培育企业", "青川市丁类培育企业"]


def test_numbered_items_repeating_their_figures_are_all_kept() -> None:
    lines = "".join(f"{n}. 第{n}号片区改造项目{n % 7 + 1}个。\n" for n in range(1, 61))
    assert len(_targets("一、工作任务\n到2043年底,完成以下任务。\n" + lines)) == 60


def test_a_sentence_read_twice_and_a_restatement_stay_one_target() -> None:
    found = _targets(
        "一、工作目标\n到2043年,新建智慧菜场12个。\n二、重点任务\n到2043年,新建智慧菜场12个。\n"
        "三、保障措施\n到2043年,全市新建智慧菜场12个。\n"
    )
    assert len(found) == 1


def test_an_applicants_threshold_is_no_target() -> None:
    extraction = _extract(
        "一、入库条件\n入库企业须具有独立法人资格,年主营业务收入3000万元以上。\n"
        "二、申报条件\n企业上年度研发投入500万元以上。\n"
        "三、工作目标\n到2043年底,培育入库企业30家。\n"
    )
    assert [(t.subject, t.value) for t in extraction.targets] == [("培育入库企业", 30)]


def test_a_participants_share_of_a_range_states_its_own_range() -> None:
    extraction = _extract(
        "三、奖励措施\n(一)主导制定国际标准的,每项奖励60万元至90万元;参与制定的单位,减半奖励。\n"
        "(二)主导制定国家标准的,每项奖励20-40万元。\n(三)参与制定的单位,减半奖励。\n"
    )
    shares = {
        r.achievement: format_reward(r.amount_yuan or 0, is_cap=r.is_cap, treatment=r.treatment)
        for r in extraction.rewards
        if r.role == "参与"
    }
    # replies and /calc read a range's lower end from the treatment: the share's, not the leader's
    assert shares == {"参与制定国际标准": "30万元至45万元", "参与制定国家标准": "10万元至20万元"}


def test_a_participants_share_under_a_rate_or_cap_keeps_no_leaders_words() -> None:
    extraction = _extract(
        "三、奖励措施\n(一)主导制定国际标准的,每项奖励60万元至90万元;参与制定的单位,"
        "按50%给予奖励,最高不超过20万元。\n"
    )
    shares = [(r.amount_yuan, r.treatment) for r in extraction.rewards if r.role == "参与"]
    assert shares == [(200000, None)]
