"""Editing logic on both databases: validation, changes with audit, retire, history and undo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge import audit
from policybot.knowledge.access import AccessError, Rights, grant, revoke
from policybot.knowledge.editing import (
    FIELDS,
    EditError,
    create_fact,
    delete_fact,
    field_spec,
    load_fact,
    parse_kind,
    parse_value,
    retire_document,
    show_value,
    update_fact,
)
from policybot.knowledge.models import (
    Admin,
    AuditEntry,
    Document,
    DocumentStatus,
    FactUnit,
    ProgressReport,
    Target,
)
from policybot.knowledge.progress import ProgressView, ReportError, report_progress
from policybot.knowledge.reporters import designate
from policybot.knowledge.undo import NeedsConfirmation, UndoError, undo_last
from policybot.knowledge.uploads import (
    UploadError,
    confirm_upload,
    discard_upload,
    pending_count,
    prepare_upload,
)
from test_admin_samples import DOC_NUMBER, PLAN_V1, PLAN_V2

ADMIN = 5001
NOW = datetime(2025, 1, 10, 2, 0, tzinfo=UTC)


def upload(engine: Engine, text: str = PLAN_V1, *, encoding: str = "utf-8") -> int:
    """Upload and confirm a plan; returns the new document's id."""
    preview = prepare_upload(engine, text.encode(encoding), "plan.txt", chat_id=1, user_id=ADMIN)
    assert preview.pending_id is not None
    return confirm_upload(engine, preview.pending_id, chat_id=1, actor_id=ADMIN).document_id


def first_target(engine: Engine) -> Target:
    with Session(engine) as session:
        return session.exec(select(Target).order_by(Target.id)).first()  # type: ignore[arg-type]


def report(
    engine: Engine,
    target_id: int | None,
    value: str,
    *,
    user_id: int = 9,
    chat_id: int = -50,
    is_admin: bool = False,
    now: datetime | None = None,
) -> ProgressView:
    """``value`` reported for the target: by default by user 9 in chat -50, neither an admin."""
    return report_progress(
        engine,
        target_ref=str(target_id),
        value_text=value,
        user_id=user_id,
        chat_id=chat_id,
        is_admin=is_admin,
        now=now,
    )


def row(view_rows: list[tuple[str, str]], label: str) -> str:
    return dict(view_rows)[label]


# -- values -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("value", "12", 12.0),
        ("value", "1,200.5", 1200.5),
        ("value", "１２", 12.0),
        ("deadline", "2026-06-30", date(2026, 6, 30)),
        ("deadline", "-", None),
        # as the plans write a deadline, or as a phone keyboard types a date
        ("deadline", "2026年6月底", date(2026, 6, 30)),
        ("deadline", "2026年6月底前", date(2026, 6, 30)),
        ("deadline", "2026年底", date(2026, 12, 31)),
        ("deadline", "2026年9月15日", date(2026, 9, 15)),
        ("deadline", "2026/06/30", date(2026, 6, 30)),
        ("deadline", "2026.6.30", date(2026, 6, 30)),
        ("deadline", "26年底", date(2026, 12, 31)),
        ("deadline", "26年6月底前", date(2026, 6, 30)),
        ("deadline", "二〇二六年底", date(2026, 12, 31)),
        ("unit", "家", "家"),
        ("unit", "%", "%"),
        ("per_year", "是", True),
        ("subject", " 培育品牌 ", "培育品牌"),
    ],
)
def test_values_are_parsed_by_their_field(field: str, raw: str, expected: object) -> None:
    assert parse_value(field_spec("target", field), raw) == expected


@pytest.mark.parametrize(
    ("field", "raw", "message"),
    [
        ("value", "十二", "应为数字"),
        ("value", "-3", "不小于 0"),
        ("value", "nan", "不小于 0"),
        ("value", "-", "必须填写"),
        ("deadline", "明年", "YYYY-MM-DD"),
        ("deadline", "2026年6月底和2027年", "2026年6月底"),
        ("deadline", "2026-02-30", "不是有效日期"),
        ("deadline", "2026.2.30", "不是有效日期"),
        ("deadline", "1999年底", "2000 到 2100"),
        ("deadline", "1999-01-01", "2000 到 2100"),
        ("unit", "箱子", "计量单位"),
        ("per_year", "也许", "是 或 否"),
        ("subject", "长" * 301, "太长"),
    ],
)
def test_invalid_values_say_what_is_expected(field: str, raw: str, message: str) -> None:
    with pytest.raises(EditError, match=message):
        parse_value(field_spec("target", field), raw)


def test_kinds_and_fields_accept_chinese_names() -> None:
    assert parse_kind("目标") == "target" and parse_kind("时间节点") == "milestone"
    assert field_spec("target", "截止日期").name == "deadline"
    assert parse_value(field_spec("recurring", "every"), "每季度") == "quarter"
    with pytest.raises(EditError, match="类型应为"):
        parse_kind("plan")
    with pytest.raises(EditError, match="可修改的字段"):
        field_spec("milestone", "金额")
    assert all(spec.label for specs in FIELDS.values() for spec in specs)


# -- uploads ------------------------------------------------------------------------------------


def test_upload_waits_for_confirmation_and_recognises_the_same_content(engine: Engine) -> None:
    preview = prepare_upload(engine, PLAN_V1.encode("gbk"), "plan.txt", chat_id=1, user_id=ADMIN)
    assert preview.doc_number == DOC_NUMBER and preview.counts["target"] == 2
    assert preview.counts["reward"] == 1 and preview.first_items["milestone"]
    with Session(engine) as session:
        assert session.exec(select(Document)).first() is None
    with pytest.raises(UploadError, match="已处理或已过期"):
        confirm_upload(engine, preview.pending_id or 0, chat_id=2, actor_id=ADMIN)
    result = confirm_upload(engine, preview.pending_id or 0, chat_id=1, actor_id=ADMIN)
    assert result.action == "created" and pending_count(engine) == 0
    again = prepare_upload(engine, PLAN_V1.encode("utf-8"), "copy.txt", chat_id=1, user_id=ADMIN)
    assert again.existing is not None and again.existing.document_id == result.document_id
    assert again.pending_id is None and pending_count(engine) == 0


def test_a_new_version_replaces_the_old_after_confirmation(engine: Engine) -> None:
    first = upload(engine)
    preview = prepare_upload(engine, PLAN_V2.encode(), "plan2.txt", chat_id=1, user_id=ADMIN)
    assert preview.replaces is not None and preview.replaces.document_id == first
    second = confirm_upload(engine, preview.pending_id or 0, chat_id=1, actor_id=ADMIN)
    assert second.action == "replaced" and second.replaced_document_id == first
    with Session(engine) as session:
        assert session.get(Document, first).status == DocumentStatus.SUPERSEDED  # type: ignore[union-attr]


def test_a_failing_upload_leaves_nothing_behind(engine: Engine) -> None:
    for raw, name in [(b"", "a.txt"), (b"\x00\x01\x02" * 50, "a.txt"), (b"plain", "a.doc")]:
        with pytest.raises(UploadError):
            prepare_upload(engine, raw, name, chat_id=1, user_id=ADMIN)
    with pytest.raises(UploadError, match="未找到规划内容"):
        prepare_upload(engine, "今天天气很好。".encode(), "a.txt", chat_id=1, user_id=ADMIN)
    assert pending_count(engine) == 0
    with Session(engine) as session:
        assert session.exec(select(AuditEntry)).first() is None


def test_cancel_discards_only_this_chats_upload(engine: Engine) -> None:
    preview = prepare_upload(engine, PLAN_V1.encode(), "plan.txt", chat_id=1, user_id=ADMIN)
    assert not discard_upload(engine, preview.pending_id or 0, chat_id=99)
    assert discard_upload(engine, preview.pending_id or 0, chat_id=1)
    assert pending_count(engine) == 0


# -- facts --------------------------------------------------------------------------------------


def test_update_validates_audits_and_returns_the_fact_as_it_stands(engine: Engine) -> None:
    upload(engine)
    target = first_target(engine)
    view = update_fact(engine, ADMIN, "target", target.id or 0, "value", "25", now=NOW)
    assert row(view.rows, "目标值") == "25"
    with pytest.raises(EditError, match="已经是 25"):
        update_fact(engine, ADMIN, "target", target.id or 0, "value", "25")
    with pytest.raises(EditError, match="上限不能小于"):
        update_fact(engine, ADMIN, "target", target.id or 0, "value_max", "3")
    assert row(load_fact(engine, "target", target.id or 0).rows, "目标上限") == "—"
    (line, *_) = audit.for_entity(engine, "target", target.id or 0)
    assert line.action == "update" and line.changes == [("value", 20.0, 25.0)]
    assert line.actor_id == ADMIN and line.created_at == NOW


def test_milestone_start_cannot_follow_its_due_date(engine: Engine) -> None:
    upload(engine)
    with pytest.raises(EditError, match="开始日期不能晚于截止日期"):
        update_fact(engine, ADMIN, "milestone", 1, "start", "2025-01-01")


def test_create_and_delete_keep_history_and_undo_reverses_them(engine: Engine) -> None:
    document_id = upload(engine)
    created = create_fact(
        engine,
        ADMIN,
        "reward",
        document_id,
        {"achievement": "获得市长质量奖", "amount_yuan": 300000.0},
    )
    assert created.rows[0] == ("获奖事项", "获得市长质量奖") and "管理员添加" in created.quote
    deleted = delete_fact(engine, ADMIN, "reward", created.fact_id, now=NOW)
    assert deleted.deleted
    with pytest.raises(EditError, match="已删除"):
        update_fact(engine, ADMIN, "reward", created.fact_id, "amount_yuan", "5")
    assert "已撤销删除" in undo_last(engine, ADMIN).description
    assert not load_fact(engine, "reward", created.fact_id).deleted
    assert "已撤销新增" in undo_last(engine, ADMIN).description
    assert load_fact(engine, "reward", created.fact_id).deleted


def test_undo_restores_before_values_and_is_itself_audited(engine: Engine) -> None:
    upload(engine)
    target_id = first_target(engine).id or 0
    update_fact(engine, ADMIN, "target", target_id, "deadline", "2025-12-31")
    update_fact(engine, ADMIN, "target", target_id, "unit", "个")
    undo_last(engine, ADMIN)
    undo_last(engine, ADMIN)
    restored = first_target(engine)
    assert restored.unit == "家" and restored.deadline == date(2026, 12, 31)
    actions = [line.action for line in audit.recent(engine)]
    assert actions[:4] == ["undo", "undo", "update", "update"]
    assert all(line.undone for line in audit.recent(engine)[2:4])


def test_undo_is_per_caller(engine: Engine) -> None:
    upload(engine)
    update_fact(engine, 7777, "target", first_target(engine).id or 0, "value", "30")
    with pytest.raises(NeedsConfirmation, match="其他管理员的修改 1 处") as question:
        undo_last(engine, ADMIN)  # ADMIN's ingest, not 7777's edit (which would go with it)
    undo_last(engine, ADMIN, confirmed=question.value.token)
    with pytest.raises(UndoError, match="没有可以撤销"):
        undo_last(engine, ADMIN)


def test_retire_hides_a_document_and_undo_restores_it(engine: Engine) -> None:
    document_id = upload(engine)
    view = retire_document(engine, ADMIN, DOC_NUMBER, DocumentStatus.SUPERSEDED)
    assert view.status == DocumentStatus.SUPERSEDED and view.document_id == document_id
    with pytest.raises(EditError, match="已经是"):
        retire_document(engine, ADMIN, str(document_id), DocumentStatus.SUPERSEDED)
    with pytest.raises(EditError, match="没有找到文档"):
        retire_document(engine, ADMIN, "不存在〔2020〕1号")
    undo_last(engine, ADMIN)
    with Session(engine) as session:
        assert session.get(Document, document_id).status == DocumentStatus.ACTIVE  # type: ignore[union-attr]
    history = audit.for_entity(engine, audit.DOCUMENT, document_id)
    assert [line.action for line in history] == ["undo", "retire", "ingest"]


def test_undo_of_an_ingest_removes_it_and_restores_the_replaced_version(engine: Engine) -> None:
    first = upload(engine)
    second = upload(engine, PLAN_V2)
    target_id = first_target_of(engine, second)
    report(engine, target_id, "5", user_id=ADMIN, chat_id=1, is_admin=True)
    undo_last(engine, ADMIN)  # the progress report
    report(engine, target_id, "6", chat_id=1, is_admin=True)
    with pytest.raises(NeedsConfirmation, match="进展报送 1 条") as question:
        undo_last(engine, ADMIN)  # the second ingest: user 9's report would go with it
    result = undo_last(engine, ADMIN, confirmed=question.value.token)
    assert f"#{first}" in result.description
    with Session(engine) as session:
        assert session.get(Document, second) is None
        assert session.get(Document, first).status == DocumentStatus.ACTIVE  # type: ignore[union-attr]
        assert session.exec(select(ProgressReport)).first() is None
        assert session.exec(select(Target).where(Target.document_id == second)).first() is None
    # The same text can be uploaded again afterwards.
    assert upload(engine, PLAN_V2) != first


def first_target_of(engine: Engine, document_id: int) -> int:
    with Session(engine) as session:
        statement = select(Target.id).where(Target.document_id == document_id)
        return session.exec(statement).first() or 0


# -- rights and progress ------------------------------------------------------------------------


def test_grant_and_revoke_are_audited_and_undoable(engine: Engine) -> None:
    rights = Rights.of([1])
    assert not rights.is_admin(engine, 3_000_000_000)
    assert grant(engine, 1, 3_000_000_000)  # Telegram ids exceed 32 bits
    assert not grant(engine, 1, 3_000_000_000)
    assert rights.is_admin(engine, 3_000_000_000) and rights.is_admin(engine, 1)
    assert revoke(engine, rights, 1, 3_000_000_000)
    assert not revoke(engine, rights, 1, 3_000_000_000)
    with pytest.raises(AccessError, match="所有者"):
        revoke(engine, rights, 1, 1)
    assert "重新成为管理员" in undo_last(engine, 1).description
    assert rights.is_admin(engine, 3_000_000_000)
    assert "不再是管理员" in undo_last(engine, 1).description
    with Session(engine) as session:
        assert session.exec(select(Admin)).first() is None


def test_progress_comes_from_admins_or_chats_designated_for_the_targets_units(
    engine: Engine,
) -> None:
    upload(engine)
    target = first_target(engine)
    with pytest.raises(ReportError, match="管理员指定"):
        report(engine, target.id, "8")
    with Session(engine) as session:
        link = session.exec(select(FactUnit).where(FactUnit.fact_id == target.id)).first()
    designate(engine, ADMIN, -50, link.unit_id)  # type: ignore[union-attr]
    view = report(engine, target.id, "8", now=NOW)
    assert view.share == pytest.approx(0.4) and view.reported_at == NOW
    with pytest.raises(EditError, match="应为数字"):
        report(engine, target.id, "八")
    retire_document(engine, ADMIN, DOC_NUMBER)
    with pytest.raises(ReportError, match="已停用"):
        report(engine, target.id, "9", user_id=ADMIN, chat_id=1, is_admin=True)


def test_two_pending_copies_of_one_plan_store_it_once(engine: Engine) -> None:
    first = prepare_upload(engine, PLAN_V1.encode(), "a.txt", chat_id=1, user_id=ADMIN)
    second = prepare_upload(engine, PLAN_V1.encode("gbk"), "b.txt", chat_id=2, user_id=ADMIN)
    assert confirm_upload(engine, first.pending_id or 0, chat_id=1, actor_id=ADMIN).action == (
        "created"
    )
    again = confirm_upload(engine, second.pending_id or 0, chat_id=2, actor_id=ADMIN)
    assert again.action == "unchanged" and pending_count(engine) == 0
    with Session(engine) as session:
        assert len(session.exec(select(Document)).all()) == 1


@given(raw=st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_input_is_either_a_value_or_a_reason(raw: str) -> None:
    """Whatever an admin types, every field answers with a value or an ``EditError``."""
    for specs in FIELDS.values():
        for spec in specs:
            try:
                parse_value(spec, raw)
            except EditError as error:
                assert str(error)


def test_text_typed_by_an_admin_loses_bidirectional_controls() -> None:
    spec = field_spec("milestone", "title")
    assert parse_value(spec, "\u202e完成\u2066验收\u2069") == "完成验收"
    with pytest.raises(EditError):
        parse_value(spec, "\u202e\u2066")


def test_an_amount_is_typed_and_shown_as_the_plans_write_it() -> None:
    spec = field_spec("reward", "amount_yuan")
    assert parse_value(spec, "50万元") == 500_000
    assert parse_value(spec, "1亿") == 100_000_000
    assert parse_value(spec, "300000") == 300_000
    assert show_value(spec, 500_000.0) == "50万元"  # never 500000 here and 50万元 in answers
    # attack54 M5: typed as said, on a phone
    assert parse_value(spec, "五十万") == 500_000
    assert parse_value(spec, "一百五十万元") == 1_500_000
    assert parse_value(spec, "1千万元") == 10_000_000
    assert parse_value(spec, "0.8百万") == 800_000
    for unreadable in ("五十几万", "很多", "1e308万", "万元"):
        with pytest.raises(EditError, match="应为金额"):
            parse_value(spec, unreadable)


def test_an_item_is_named_as_the_sources_view_shows_it_to_admins() -> None:
    """The 出处 view shows admins "#target#237"; /edit and /history take it as copied, as well
    as "target 237" (a new admin pasted it and was told the kind was wrong)."""
    from policybot.knowledge.editing import expand_references

    assert expand_references(["#target#237"]) == ["target", "237"]
    assert expand_references(["reward#5", "金额"]) == ["reward", "5", "金额"]
    assert expand_references(["target", "12"]) == ["target", "12"]
    assert expand_references(["#target#"]) == ["#target#"]
