"""trial46 L10: after /undo of an upload, the undone plan's county was still recognised as a
place (澄川县没有…的内容 instead of 收录的文件没有澄川县的内容), because the region table keeps
every place an upload named and jieba, one per process, never forgot the name it was taught.
The places come from the plans stored now; a store's taught names are replaced at each build.
Invented plans and places only."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, invented_plans_service, task_table_plan
from policybot.knowledge import vocabulary
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.undo import undo_last

ADMIN = 4242
PLACE = "湄溪县"
ASKED = f"{PLACE}2019年要完成什么"


def test_an_undone_uploads_place_is_no_longer_a_place(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, task_table_plan()) as service:
        never = ask(service, ASKED)
        assert f"收录的文件没有{PLACE}的内容" in never, never
        plan = task_table_plan(PLACE, "湄").encode()
        assert ingest_bytes(service.engine, plan, "m.txt", actor_id=ADMIN).result is not None
        assert "完成全市示范区创建验收" in ask(service, ASKED)
        assert PLACE in vocabulary.cut(ASKED)
        assert "已撤销入库" in undo_last(service.engine, ADMIN).description
        assert ask(service, ASKED) == never
        assert PLACE not in vocabulary.cut(ASKED)


def test_a_name_another_store_taught_is_kept(tmp_path: Path) -> None:
    with vocabulary.store_words_set_aside():
        vocabulary.teach_store_words("one", [PLACE, "某甲局"])
        vocabulary.teach_store_words("two", [PLACE])
        vocabulary.teach_store_words("one", [])
        assert PLACE in vocabulary.cut(ASKED)
        vocabulary.teach_store_words("two", [])
        assert PLACE not in vocabulary.cut(ASKED)
