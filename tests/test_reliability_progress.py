"""Who may post progress, and what: the probe's stranger posted "999999" (完成 3999996%).

Through the real Application: subscribing no longer entitles a chat to report; an admin's
designation of the unit's work group does. Values beyond ten times the target (and negative
ones) are refused with the bound named; admins delete a report, audited and undoable.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import AuditEntry, ProgressReport, ReportingChat
from test_admin_samples import GROUP, STRANGER

UNIT = "市市场监管局"  # leads target #1 of the sample plan: 新增省级品牌企业 20家


def reports(engine: Engine) -> list[ProgressReport]:
    with Session(engine) as session:
        return list(session.exec(select(ProgressReport)))


async def test_a_stranger_who_subscribes_cannot_post_progress(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (subscribed,) = await plan_bot.say(f"/subscribe {UNIT}", chat_id=STRANGER, user_id=STRANGER)
    assert "已订阅" in subscribed.text
    (refused,) = await plan_bot.say("/report 1 999999", chat_id=STRANGER, user_id=STRANGER)
    assert "管理员指定" in refused.text and "/designate" in refused.text
    assert reports(engine) == []
    (answer,) = await plan_bot.say("/targets 示范市", chat_id=STRANGER, user_id=STRANGER)
    assert "进展" not in answer.text


async def test_a_designated_work_group_reports_and_only_there(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (refusal,) = await plan_bot.say(f"/designate {UNIT}", chat_id=GROUP, user_id=STRANGER)
    assert "只有管理员" in refusal.text
    (done,) = await plan_bot.say(f"/designate {UNIT}", chat_id=GROUP)
    assert "已指定本聊天" in done.text and UNIT in done.text
    (stored,) = await plan_bot.say("/report 1 8", chat_id=GROUP, user_id=STRANGER)
    assert "进展已记录" in stored.text and "完成比例:40%" in stored.text
    (private,) = await plan_bot.say("/report 1 9", chat_id=STRANGER, user_id=STRANGER)
    assert "管理员指定" in private.text
    (withdrawn,) = await plan_bot.say(f"/undesignate {UNIT}", chat_id=GROUP)
    assert "已取消" in withdrawn.text
    (after,) = await plan_bot.say("/report 1 9", chat_id=GROUP, user_id=STRANGER)
    assert "管理员指定" in after.text
    assert [report.value for report in reports(engine)] == [8]


async def test_designating_from_elsewhere_regions_and_unknown_names(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (done,) = await plan_bot.say(f"/designate @{GROUP} {UNIT}")
    assert f"聊天 {GROUP}" in done.text
    (region,) = await plan_bot.say("/designate 示范市")
    assert "请写一个责任单位" in region.text
    (unknown,) = await plan_bot.say("/designate 不存在的单位")
    assert "没有找到" in unknown.text
    with Session(engine) as session:
        assert [row.chat_id for row in session.exec(select(ReportingChat))] == [GROUP]
    (undone,) = await plan_bot.say("/undo")
    assert "已撤销指定" in undone.text
    with Session(engine) as session:
        assert session.exec(select(ReportingChat)).all() == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("-5", "不小于 0"),
        ("999999", "远超目标"),
        ("201", "最多为目标的 10 倍,即 200家"),
        ("nan", "数字"),
    ],
)
async def test_absurd_values_are_refused_with_the_bound(
    plan_bot: OfflineHarness, engine: Engine, value: str, reason: str
) -> None:
    (refused,) = await plan_bot.say(f"/report 1 {value}")  # an admin: rights are not the question
    assert reason in refused.text
    assert reports(engine) == []


async def test_the_largest_plausible_value_is_accepted(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (stored,) = await plan_bot.say("/report 1 200")
    assert "进展已记录" in stored.text and "完成比例:1000%" in stored.text


async def test_admins_delete_a_report_audited_and_undoable(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (stored,) = await plan_bot.say("/report 1 8")
    (report,) = reports(engine)
    assert f"报送编号:#{report.id}" in stored.text
    (refused,) = await plan_bot.say(f"/delreport {report.id}", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员" in refused.text and len(reports(engine)) == 1
    (deleted,) = await plan_bot.say(f"/delreport {report.id}")
    assert "已删除进展报送" in deleted.text and reports(engine) == []
    (answer,) = await plan_bot.say("/targets 示范市")
    assert "进展" not in answer.text
    (history,) = await plan_bot.say("/history")
    assert f"删除 进展 #{report.id}" in history.text and "报送值 8 → —" in history.text
    with Session(engine) as session:
        actions = [e.action for e in session.exec(select(AuditEntry).order_by(AuditEntry.id))]  # type: ignore[arg-type]
    assert actions[-2:] == ["report", "delete"]
    (undone,) = await plan_bot.say("/undo")
    assert "已恢复" in undone.text and [r.value for r in reports(engine)] == [8]
    (missing,) = await plan_bot.say("/delreport 999")
    assert "没有找到进展报送 #999" in missing.text
