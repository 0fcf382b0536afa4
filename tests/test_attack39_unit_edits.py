"""attack39: /edit 牵头单位/配合单位 input an admin may type by slip."""

from __future__ import annotations

import pytest

from policybot.knowledge.editing import FIELDS, EditError, unit_field_value
from policybot.knowledge.models import FactKind

LEAD, SUPPORT = (
    next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == name)
    for name in ("lead_units", "support_units")
)


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: editing.unit_field_value strips 确认: before the clear words are checked, so '确认:清空' stores a unit named 清空 as the lead or support unit",
)
@pytest.mark.parametrize("spec", [LEAD, SUPPORT], ids=["lead", "support"])
def test_confirmed_clear_word_is_not_a_unit_named_clear(spec: object) -> None:
    try:
        value = unit_field_value(spec, "确认:清空", "濮阳市范县")  # type: ignore[arg-type]
    except EditError:
        return
    assert value is None or "清空" not in value, value
