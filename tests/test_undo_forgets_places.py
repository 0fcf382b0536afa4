"""trial46 L10: after /undo of an upload, the undone plan's county was still recognised as a
place (澄川县没有…的内容 instead of 收录的文件没有澄川县的内容), because the region table keeps
every place an upload named and jieba, one per process, never forgot the name it was taught.
The places come from the plans stored now; a store's taught names are replaced at each build.
Invented plans and places only."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, invented_plans_service, task_table_plan
from policybot.knowledge import vocabulary
from policybot.knowledge.editing import retire_document
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


QUOTA_PLAN = """东澜市人民政府办公室关于印发东澜市品牌提升行动计划(2031—2033年)的通知
东政办发〔2031〕5号
东澜市人民政府办公室
2031年3月2日
一、主要目标
2031年,各区新增省名牌产品不少于:北川区12个、南汀区30个。
"""


def test_a_retired_plans_district_stays_a_place_and_its_retirement_is_said(
    tmp_path: Path,
) -> None:
    """attack47 M4: a district only the retired plan's facts name was forgotten with fix68's
    rule (live facts only), so asked about it the reply said the store held nothing on it."""
    asked = "北川区2031年新增省名牌产品多少个"
    with invented_plans_service(tmp_path, task_table_plan()) as service:
        assert ingest_bytes(service.engine, QUOTA_PLAN.encode(), "d.txt", actor_id=ADMIN).result
        assert "12个" in ask(service, asked)
        retire_document(service.engine, ADMIN, "东政办发〔2031〕5号")
        reply = ask(service, asked)
        assert "已停用" in reply and "没有北川" not in reply, reply
