"""A plan signed at its end, with only an annex table after its 落款: the body is read, not taken
for the wrapper of a notice (helper fix59w).

The text above a 落款 is a covering notice ("关于印发…的通知 … 现印发给你们") only when it is
one: short, without the plan's own sections or dated goals. A plan whose preamble says 现印发给你们
(or cites another notice 关于印发…), signed, with a 附件 table long enough to push its 落款 into
the first part of the text, lost every target and task of its body. Invented county, invented
figures.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from policybot.knowledge import uploads
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.reading import read_plan

BODY = """枫溪县文旅消费提振三年行动方案(2026—2028年)

各乡镇人民政府,县政府各部门:
为进一步激发文旅消费活力,结合我县实际,制定本方案,现印发给你们,请认真贯彻执行。

一、主要目标
到2028年,全县新增A级旅游景区4家,新增星级民宿30家,新增文旅消费新场景10项。

二、重点任务
1.打造精品景区。2027年底前,完成溪口古镇提升改造。(牵头单位:县文广旅体局;配合单位:县住建局)
2.培育民宿集群。每年评定星级民宿10家以上。(牵头单位:县文广旅体局;配合单位:县农业农村局)

三、保障措施
加强组织领导,各责任单位要明确专人负责。

枫溪县人民政府办公室
2026年4月8日
"""

ANNEX_ROWS = [("新建游客服务中心", "个", "2", "3"), ("改造提升旅游厕所", "座", "15", "20")] + [
    (f"溪畔驿站{n}号提升工程", "个", str(n), str(n + 1)) for n in range(1, 15)
]


def _annex(separator: str) -> str:
    header = separator.join(("项目", "单位", "2027年", "2028年"))
    rows = [separator.join(row) for row in ANNEX_ROWS]
    return "\n".join(["附件:枫溪县文旅消费提振重点项目表", header, *rows]) + "\n"


BODY_GOALS = {("新增星级民宿", 30.0), ("新增文旅消费新场景", 10.0)}


def _goals(text: str) -> set[tuple[str, float]]:
    return {(target.subject, target.value) for target in extract_text(text, "x.txt").targets}


def _has_goals(found: set[tuple[str, float]]) -> bool:
    return found >= BODY_GOALS and any("A级旅游景区" in name for name, _ in found)


def test_signed_plan_with_tab_annex_keeps_its_body_and_reads_the_table() -> None:
    extraction = extract_text(BODY + "\n" + _annex("\t"), "x.txt")
    found = {(target.subject, target.value) for target in extraction.targets}
    assert _has_goals(found)
    assert ("改造提升旅游厕所", 20.0) in found  # the annex adds to the body
    assert ("溪畔驿站14号提升工程", 15.0) in found
    assert {task.title for task in extraction.tasks} >= {"打造精品景区", "培育民宿集群"}
    assert any("溪口古镇" in step.title for step in extraction.milestones)


def test_signed_plan_with_annex_one_cell_a_line_keeps_its_body() -> None:
    found = _goals(BODY + "\n" + _annex("\n"))
    assert _has_goals(found)
    assert ("改造提升旅游厕所", 15.0) in found


def test_plan_citing_another_notice_keeps_its_body() -> None:
    text = BODY.replace(
        "制定本方案,现印发给你们,请认真贯彻执行。",
        "按照市政府办公室关于印发文旅消费提质若干措施的通知要求,制定本方案。",
    )
    assert _has_goals(_goals(text + "\n" + _annex("\t")))


def test_notice_titled_plan_signed_above_its_annex_keeps_its_body() -> None:
    text = BODY.replace(
        "枫溪县文旅消费提振三年行动方案(2026—2028年)\n",
        "枫溪县人民政府办公室关于印发枫溪县文旅消费提振三年行动方案(2026—2028年)的通知\n",
        1,
    )
    assert _has_goals(_goals(text + "\n" + _annex("\t")))


def test_long_signed_prose_without_sections_is_no_wrapper() -> None:
    duties = "".join(
        f"溪畔第{n}片区要结合本地资源禀赋,统筹推进夜间消费、文化体验和乡村旅游融合发展,"
        "完善交通接驳、停车引导和公共服务设施,持续提升游客满意度。\n"
        for n in range(1, 27)
    )
    text = (
        "枫溪县人民政府办公室关于印发枫溪县夜间消费推进措施的通知\n"
        "各乡镇人民政府:\n"
        "为加快夜间经济发展,现印发给你们,请认真贯彻执行。\n"
        "到2028年,全县新增夜间消费集聚区6个,培育夜间消费示范街区3条。\n"
        f"{duties}"
        "枫溪县人民政府办公室\n"
        "2026年4月8日\n"
    )
    table = "\n".join(f"溪畔驿站{n}号夜间消费提升工程\t个\t{n}\t{n + 1}" for n in range(1, 60))
    text += "附件:枫溪县夜间消费重点项目表\n项目\t单位\t2027年\t2028年\n" + table + "\n"
    found = _goals(text)
    assert any(name.endswith("新增夜间消费集聚区") and value == 6.0 for name, value in found)
    assert ("溪畔驿站59号夜间消费提升工程", 60.0) in found


WRAPPED = """枫溪县人民政府办公室关于印发枫溪县文旅消费提振三年行动方案(2026—2028年)的通知

各乡镇人民政府,县政府各部门:
现将已经县政府同意的56项重点工作任务予以分解印发给你们,请认真贯彻执行。

附件:1.枫溪县文旅消费提振三年行动方案(2026—2028年)
2.枫溪县文旅消费提振重点项目表

枫溪县人民政府办公室
2026年4月8日

附件1

枫溪县文旅消费提振三年行动方案(2026—2028年)

一、主要目标
到2028年,全县新增A级旅游景区4家,新增星级民宿30家,新增文旅消费新场景10项。

二、重点任务
1.打造精品景区。2027年底前,完成溪口古镇提升改造。(牵头单位:县文广旅体局;配合单位:县住建局)
2.培育民宿集群。每年评定星级民宿10家以上。(牵头单位:县文广旅体局;配合单位:县农业农村局)

三、保障措施
加强组织领导,各责任单位要明确专人负责。
"""


def test_real_wrapper_notice_with_plan_annex_reads_as_before() -> None:
    found = _goals(WRAPPED + "\n" + _annex("\t"))
    assert _has_goals(found)
    assert ("改造提升旅游厕所", 20.0) in found
    # the covering notice's count describes the document; it is no goal of the plan
    assert not any(value == 56.0 for _, value in found)


def test_real_wrapper_lists_its_annexes_without_becoming_a_plan() -> None:
    listed = WRAPPED.replace(
        "附件:1.枫溪县文旅消费提振三年行动方案(2026—2028年)\n2.枫溪县文旅消费提振重点项目表\n",
        "附件:\n1.枫溪县文旅消费提振三年行动方案\n2.枫溪县文旅消费提振重点项目表\n",
    )
    found = _goals(listed + "\n" + _annex("\t"))
    assert _has_goals(found)
    assert not any(value == 56.0 for _, value in found)


def test_signed_plan_without_annex_unchanged() -> None:
    extraction = extract_text(BODY, "x.txt")
    found = {(target.subject, target.value) for target in extraction.targets}
    assert _has_goals(found)
    assert {task.title for task in extraction.tasks} == {"打造精品景区", "培育民宿集群"}
    assert extraction.document.issued is not None
    assert extraction.document.issued.isoformat() == "2026-04-08"


def test_upload_preview_counts_body_and_annex(sqlite_engine: Engine) -> None:
    raw = (BODY + "\n" + _annex("\t")).encode("utf-8")
    plan = read_plan(raw, "枫溪县文旅消费提振方案.txt")
    preview = uploads.preview_plan(
        sqlite_engine, plan, chat_id=1, user_id=1, now=datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    )
    # 3 body goals + 1 yearly goal + 16 annex rows of 2 years
    assert preview.counts["target"] >= 3 + 2 * len(ANNEX_ROWS)
    assert {"县文广旅体局", "县住建局"} <= uploads.units_on_items(plan.extraction)
