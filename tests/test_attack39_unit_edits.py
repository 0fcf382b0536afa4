"""attack39: /edit 牵头单位/配合单位 input an admin may type by slip."""

from __future__ import annotations

import pytest

from policybot.knowledge.editing import FIELDS, EditError, unit_field_value
from policybot.knowledge.models import FactKind

LEAD, SUPPORT = (
    next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == name)
    for name in ("lead_units", "support_units")
)


@pytest.mark.parametrize("spec", [LEAD, SUPPORT], ids=["lead", "support"])
def test_confirmed_clear_word_is_not_a_unit_named_clear(spec: object) -> None:
    # "确认:清空" is 确认清空 typed with a colon: the field is cleared, no unit named 清空
    assert unit_field_value(spec, "确认:清空", "濮阳市范县") is None  # type: ignore[arg-type]


@pytest.mark.parametrize("spec", [LEAD, SUPPORT], ids=["lead", "support"])
def test_confirmed_other_clear_word_is_refused(spec: object) -> None:
    with pytest.raises(EditError):
        unit_field_value(spec, "确认:无", "濮阳市范县")  # type: ignore[arg-type]
