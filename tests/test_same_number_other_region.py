"""A 文号 shared by plans of two regions (one typed from another plan) replaces nothing and
picks nothing silently (attack37: a 样溪 plan with another city's 文号 was previewed as both
仍然有效 and 同文号,将被新版本替换, and ``/retire <文号>`` then retired the newer of the two).
Versions of one plan under one 文号 still go to the newest, as before."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.handlers.admin_format import preview_html
from policybot.knowledge.editing import EditError, retire_document
from policybot.knowledge.models import Document, DocumentStatus
from policybot.knowledge.uploads import confirm_upload, prepare_upload
from test_admin_samples import ADMIN, DOC_NUMBER, PLAN_V1, PLAN_V2

# Invented: another city's plan typed with 示范市's 文号.
ELSEWHERE = PLAN_V1.replace("示范市", "样岭市").replace(
    "新增省级品牌企业20家", "新增省级品牌企业9家"
)


def _status(engine: Engine, document_id: int) -> str:
    with Session(engine) as session:
        document = session.get(Document, document_id)
        assert document is not None
        return document.status


def _upload(engine: Engine, text: str) -> tuple[int, str]:
    preview = prepare_upload(engine, text.encode(), "plan.txt", chat_id=ADMIN, user_id=ADMIN)
    assert preview.pending_id is not None
    shown = preview_html(preview)
    confirmed = confirm_upload(engine, preview.pending_id, chat_id=ADMIN, actor_id=ADMIN)
    return confirmed.document_id, shown


def test_another_regions_number_replaces_nothing_and_says_so(engine: Engine) -> None:
    first, _ = _upload(engine, PLAN_V1)
    second, shown = _upload(engine, ELSEWHERE)
    assert "不会替换" in shown and "将被新版本替换" not in shown, shown
    assert _status(engine, first) == DocumentStatus.ACTIVE
    with pytest.raises(EditError, match=f"#{first}") as asked:
        retire_document(engine, ADMIN, DOC_NUMBER)
    assert f"#{second}" in str(asked.value)
    assert _status(engine, first) == _status(engine, second) == DocumentStatus.ACTIVE


def test_versions_of_one_plan_still_retire_the_newest(engine: Engine) -> None:
    _upload(engine, PLAN_V1)
    second, _ = _upload(engine, PLAN_V2)
    assert retire_document(engine, ADMIN, DOC_NUMBER).document_id == second
