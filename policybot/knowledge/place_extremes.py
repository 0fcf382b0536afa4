"""哪个区任务最多: which of a plan's places is given the most (or least) of a figure.

The plans split a figure over their districts or towns (各区每年不少于:甲区12个、乙区30个…);
asked which place has the most, the question is read as asking each place's figure (各区…多少,
``asks_each_place``), and the answer leads with the place whose figure is largest (or smallest),
all places' lines below it, the largest first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.answers import Answer, FactLine

# 哪个乡镇最多, 哪个区任务最少, 哪个县的指标最高: a place kind, a few words, then the extreme.
_WHICH_PLACE_MOST = re.compile(
    r"哪(?:个|一个)?(乡镇|街道|区县|县区|区|县|镇|乡)([^,,。??]{0,16}?)最(多|少|高|低)"
)
_MOST = ("多", "高")
# A figure in a value (不少于239个, 1300人, 2.5万元): its first number.
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def asks_each_place(text: str) -> str:
    """``text`` asking which place has the most read as asking each place's figure (各区…多少);
    any other text as it is."""
    return _WHICH_PLACE_MOST.sub(r"各\1\2多少", text)


def asks_extreme_place(text: str) -> bool:
    """Whether ``text`` asks which place has the most (or least) of something."""
    return _WHICH_PLACE_MOST.search(text) is not None


def _number(line: FactLine) -> float | None:
    match = _NUMBER.search(line.value or "")
    return float(match.group(0)) if match else None


def with_extreme_place(question: str, answer: Answer) -> Answer:
    """``answer`` led by the place whose figure is the largest (最多, 最高) or the smallest
    (最少, 最低) when ``question`` asks which place has it and the answer's lines give figures
    of two places or more; the place that holds the others (the city of its districts) is no
    candidate. Else ``answer`` as it is."""
    asked = _WHICH_PLACE_MOST.search(question)
    if asked is None or not answer.found or not answer.facts or answer.total > len(answer.facts):
        return answer
    regions = {line.region for line in answer.facts if line.region}
    candidates = [
        (number, line)
        for line in answer.facts
        if line.region
        and not any(other != line.region and other.startswith(line.region) for other in regions)
        and (number := _number(line)) is not None
    ]
    if len({line.region for _, line in candidates}) < 2:
        return answer
    most = asked.group(3) in _MOST
    ordered = sorted(candidates, key=lambda pair: pair[0], reverse=most)
    best = ordered[0][0]
    leaders = [line for number, line in ordered if number == best]
    said = (
        "最多"
        if asked.group(3) == "多"
        else "最少"
        if asked.group(3) == "少"
        else f"最{asked.group(3)}"
    )
    headline = f"{said}: " + "、".join(f"{line.region} {line.value}" for line in leaders)
    shown = [line for _, line in ordered]
    rest = [line for line in answer.facts if line not in shown]
    return replace(answer, headline=headline, facts=(*shown, *rest))
