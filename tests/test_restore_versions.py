"""/restore (and /undo of a /retire) never makes two versions of one document active.

Found in a trial: after v2 of a plan replaced v1 (same doc number), ``/restore <v1>`` made v1
active beside v2, so every lookup showed both versions' targets and rewards (30万元 and 35万元
for one reward) and every subscribed chat was reminded of each milestone twice. The same
happened when v1 had been retired by hand before v2 was stored and its /retire was then undone.
A restore that would do that is refused, naming the version in force; retiring that one first
still lets an admin go back to the old version on purpose.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.editing import EditError, restore_document, retire_document
from policybot.knowledge.models import Document, DocumentStatus
from policybot.knowledge.undo import UndoError, undo_last
from policybot.knowledge.uploads import confirm_upload, prepare_upload
from test_admin_samples import ADMIN, DOC_NUMBER, OWNER, PLAN_V1, PLAN_V2

OTHER_ADMIN = 5002


def upload(engine: Engine, text: str, *, actor: int = ADMIN) -> int:
    preview = prepare_upload(engine, text.encode(), "plan.txt", chat_id=actor, user_id=actor)
    assert preview.pending_id is not None
    return confirm_upload(engine, preview.pending_id, chat_id=actor, actor_id=actor).document_id


def active_ids(engine: Engine) -> list[int]:
    with Session(engine) as session:
        statement = select(Document.id).where(col(Document.status) == DocumentStatus.ACTIVE)
        return sorted(i for i in session.exec(statement) if i is not None)


def test_restoring_a_replaced_version_is_refused_while_its_successor_is_active(
    engine: Engine,
) -> None:
    first = upload(engine, PLAN_V1)
    second = upload(engine, PLAN_V2)
    assert active_ids(engine) == [second]
    with pytest.raises(EditError, match=f"#{second}") as refused:
        restore_document(engine, ADMIN, str(first))
    assert f"/retire {second}" in str(refused.value)
    assert active_ids(engine) == [second]
    # On purpose: retire the version in force first, then the old one comes back alone.
    retire_document(engine, ADMIN, str(second))
    assert restore_document(engine, ADMIN, str(first)).status == DocumentStatus.ACTIVE
    assert active_ids(engine) == [first]


def test_undoing_a_retire_is_refused_once_a_newer_version_is_in_force(engine: Engine) -> None:
    first = upload(engine, PLAN_V1)
    retire_document(engine, OTHER_ADMIN, str(first))  # v1 retired by hand ...
    second = upload(engine, PLAN_V2)  # ... then v2 stored by someone else
    assert active_ids(engine) == [second]
    with pytest.raises(UndoError, match=f"#{second}"):
        undo_last(engine, OTHER_ADMIN)
    assert active_ids(engine) == [second]


async def test_restore_through_the_bot_names_the_version_in_force(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    await plan_bot.upload(PLAN_V2.encode(), filename="v2.txt")
    await plan_bot.press("确认入库")
    assert active_ids(engine) == [2]
    (reply,) = await plan_bot.say("/restore 1", chat_id=OWNER, user_id=OWNER)
    assert "#2" in reply.text and "/retire 2" in reply.text, reply.text
    assert active_ids(engine) == [2]
    (same_number,) = await plan_bot.say(f"/restore {DOC_NUMBER}", chat_id=OWNER, user_id=OWNER)
    assert "已经是「有效」" in same_number.text  # the number names the newest version
