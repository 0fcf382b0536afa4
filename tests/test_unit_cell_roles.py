"""A task table's units cell that marks each name's role: "区甲局(牵头),区乙局、区丙局(配合)".

Fresh-clone trial: the cell was split as one list, so the marks stayed in the names
("区丙局(牵头)"), a 配合 unit was shown as lead and every answer by unit was wrong. A cell of
labels ("牵头:区丙局 配合:区丁局") lost its space in clean-up and was read as no unit cell.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import cell_roles

PLAN = """示范区质量提升行动方案
示府办发〔2026〕3号
三、重点任务
序号|工作任务|工作目标|完成时限|责任单位
1|开展质量提升专项行动|培育质量标杆企业5家|2026年12月底前|区甲局(牵头),区乙局、区丙局(配合)
2|推进企业技术改造|完成技术改造项目20个|2027年6月底前|区乙局(牵头),区甲局(配合)
3|建设质量基础设施平台|建成公共服务平台1个|2027年12月底前|牵头:区丙局 配合:区丁局
"""


@pytest.mark.parametrize(
    ("cell", "lead", "support"),
    [
        ("区甲局(牵头),区乙局、区丙局(配合)", ["区甲局"], ["区乙局", "区丙局"]),
        ("区乙局(牵头),区甲局(配合)", ["区乙局"], ["区甲局"]),
        ("牵头:区丙局 配合:区丁局", ["区丙局"], ["区丁局"]),
        ("牵头:区丙局配合:区丁局", ["区丙局"], ["区丁局"]),
        ("区甲局、区乙局(配合)", ["区甲局"], ["区乙局"]),
        ("区甲局、区乙局(牵头),区丙局(配合)", ["区甲局", "区乙局"], ["区丙局"]),
    ],
)
def test_a_cell_that_marks_roles_is_split_by_them(
    cell: str, lead: list[str], support: list[str]
) -> None:
    assert cell_roles(cell) == (lead, support)


def test_a_cell_without_marks_is_left_to_the_plain_list() -> None:
    assert cell_roles("区甲局、区乙局") is None


def test_the_table_rows_carry_each_role_without_the_marks() -> None:
    extraction = extract_text(PLAN, "plan.txt")
    units = {(tuple(t.lead_units), tuple(t.support_units)) for t in extraction.targets}
    assert (("区甲局",), ("区乙局", "区丙局")) in units
    assert (("区乙局",), ("区甲局",)) in units
    assert (("区丙局",), ("区丁局",)) in units
    names = [u for t in extraction.targets for u in t.lead_units + t.support_units]
    assert not any("(" in name or ":" in name for name in names)
