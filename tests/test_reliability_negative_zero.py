"""``-0`` typed as a number is 0 (attack round): ``/report 1 -0`` passed the ``< 0`` check as
``-0.0`` and the reply read 完成比例:-0%."""

from __future__ import annotations

import math

from policybot.knowledge.editing import FIELDS, parse_value
from policybot.knowledge.models import FactKind


def test_minus_zero_is_zero() -> None:
    spec = next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == "value")
    for typed in ("-0", "-0.0", "－0"):
        value = parse_value(spec, typed)
        assert value == 0 and math.copysign(1, value) == 1, typed
        assert f"{value:.0%}" == "0%"
