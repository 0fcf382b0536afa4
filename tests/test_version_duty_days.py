"""A new version of a plan (same 文号) that moves a recurring duty's day: the upload preview says so.

trial40: 每月5日前 → 每月10日前 was not among the changes the preview listed (only targets and
rewards were compared), so the admin could not see the reminders would move.
"""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.admin_format import preview_html
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.uploads import prepare_upload
from tests.invented_plans import city_plan

PLAN = city_plan(
    "一、工作要求\n"
    "(一)各县(区)市场监管局每月5日前报送品牌培育工作进展情况。(牵头单位:市市场监管局)\n"
    "(二)市市场监管局每季度末汇总通报品牌建设情况。\n"
    "(三)到2032年,全市品牌企业达到20家。\n"
)


def _preview_of(tmp_path: Path, new_version: str) -> tuple[tuple[str, ...], str]:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade_database(engine)
    try:
        assert ingest_bytes(engine, PLAN.encode(), "v1.txt").result is not None
        preview = prepare_upload(engine, new_version.encode(), "v2.txt", chat_id=1, user_id=1)
        assert preview.replaces is not None and preview.changes is not None
        return preview.changes.changed, preview_html(preview)
    finally:
        engine.dispose()


def test_a_moved_duty_day_is_a_change_the_preview_shows(tmp_path: Path) -> None:
    changed, shown = _preview_of(tmp_path, PLAN.replace("每月5日前", "每月10日前"))
    assert len(changed) == 1, changed
    assert "每月5日前→每月10日前" in changed[0] and "提醒日期随之改变" in changed[0]
    assert "每月5日前→每月10日前" in shown


def test_a_moved_period_is_a_change_too(tmp_path: Path) -> None:
    changed, _ = _preview_of(tmp_path, PLAN.replace("每季度末", "每月末"))
    # (fix41: the duty's words, 每季度末, are kept; the period moved all the same)
    assert any("每季度末→每月末" in line for line in changed), changed


def test_an_unchanged_duty_is_no_change(tmp_path: Path) -> None:
    changed, _ = _preview_of(tmp_path, PLAN.replace("达到20家", "达到25家"))
    assert any("20家→25家" in line for line in changed), changed
    assert not any("提醒日期" in line for line in changed)
