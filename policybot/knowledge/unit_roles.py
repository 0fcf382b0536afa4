"""Who answers for an item, as a reply names them: 牵头 (the lead the text states), 责任单位 (units
it names as answerable together, none as the lead: "(责任单位:A、B、C)") and 配合.

Readers keep the responsible units among ``lead_units`` too, so that finding a unit's work,
counting it and reminding its chat treat them as before, and name them again in
``responsible_units``: what differs is only how they are shown. "牵头: A" of a list the text
never ordered said what the plan does not (the first of three answerable units as the lead).
"""

from __future__ import annotations

from collections.abc import Sequence

from policybot.knowledge.models import UnitRole

LEAD_WORD = "牵头"
SUPPORT_WORD = "配合"
# A role tag or count beside an item (区经信局共同负责, 共同负责 3 项); 责任单位 before names.
RESPONSIBLE_WORD = "共同负责"
RESPONSIBLE_LABEL = "责任单位"


def stated_leads(lead_units: Sequence[str], responsible_units: Sequence[str]) -> tuple[str, ...]:
    """The leads the text states: ``lead_units`` without the jointly responsible ones."""
    return tuple(unit for unit in lead_units if unit not in responsible_units)


def shown_roles(
    lead_units: Sequence[str],
    support_units: Sequence[str],
    responsible_units: Sequence[str] = (),
) -> list[tuple[str, tuple[str, ...]]]:
    """(label, units) for each role an item has, in the order a reply says them: 牵头, 责任单位,
    配合."""
    shown = [
        (LEAD_WORD, stated_leads(lead_units, responsible_units)),
        (RESPONSIBLE_LABEL, tuple(u for u in lead_units if u in responsible_units)),
        (SUPPORT_WORD, tuple(support_units)),
    ]
    return [(label, units) for label, units in shown if units]


def role_word(
    unit: str,
    lead_units: Sequence[str],
    support_units: Sequence[str],
    responsible_units: Sequence[str] = (),
) -> str | None:
    """牵头, 共同负责 or 配合: what ``unit`` does in an item; None when it is not named there."""
    if unit in responsible_units:
        return RESPONSIBLE_WORD
    if unit in lead_units:
        return LEAD_WORD
    if unit in support_units:
        return SUPPORT_WORD
    return None


def split_by_role(links: Sequence[tuple[str, str]]) -> tuple[list[str], list[str], list[str]]:
    """(lead_units, support_units, responsible_units) of ``(role, name)`` links in their order:
    the responsible units after the stated leads in ``lead_units`` and in ``responsible_units``
    (one also linked as the lead is a lead only)."""
    lead = [name for role, name in links if role == UnitRole.LEAD]
    # a unit an admin made the lead (/edit 牵头单位) leads, whatever else names it
    responsible = [
        name for role, name in links if role == UnitRole.RESPONSIBLE and name not in lead
    ]
    support = [name for role, name in links if role == UnitRole.SUPPORT]
    return lead + responsible, support, responsible


def lead_cell(lead_units: Sequence[str], responsible_units: Sequence[str] = ()) -> str:
    """A ledger's 牵头单位 cell: the stated leads, then the units answerable together marked as
    such ("责任单位:A、B、C"), never listed as if they led."""
    leads = "、".join(stated_leads(lead_units, responsible_units))
    joint = "、".join(unit for unit in lead_units if unit in responsible_units)
    if not joint:
        return leads
    return f"{leads};{RESPONSIBLE_LABEL}:{joint}" if leads else f"{RESPONSIBLE_LABEL}:{joint}"
