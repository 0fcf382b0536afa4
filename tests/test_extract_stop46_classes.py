"""General rules for the aggregate failure classes of stop 46 (benchmarks.extraction_misses;
corpus/unseen/FAILURES.md "Stop 46"): a body that organises a step of the plan's work ("由…委员会组织
评审") not read as a unit (class "units: nothing predicted in the section", S46-1); a county named
in the body only by its full name before it was renamed ("结合某县实际", two characters) not read as
the document's region (class "targets: value found, region differs [document region wrong]",
S46-2).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented, except the former county names, which are the gazetteer's
(a rename is general knowledge, and none of them is a corpus document's place).
"""

from __future__ import annotations

from policybot.knowledge.extract.jurisdiction import region_from_body
from policybot.knowledge.extract.units import units_in_prose

_PRIZE_RULE = (
    "第二条 本办法所称青禾市市长质量奖是市政府设立的质量奖项,由青禾市市长质量奖评审委员会"
    "组织评审,由市政府审定批准、表彰和奖励。\n"
)


def test_a_body_organising_a_step_is_a_unit() -> None:
    """S46-1: "由<body>组织评审" names the body that organises the judging."""
    assert "青禾市市长质量奖评审委员会" in units_in_prose(_PRIZE_RULE, ["青禾市", "市"])


def test_a_body_organised_by_no_one_named_is_no_unit() -> None:
    """S46-1 guard: "由各单位组织" names no body of the place; "组织领导" is no step."""
    text = "由各单位组织学习。由青禾市农业局组织领导小组开会。"
    assert units_in_prose(text, ["青禾市", "市"]) == []


def test_a_former_two_character_county_name_gives_the_region() -> None:
    """S46-2: a county's full name before its rename ("滦县", today a city) in a county's body."""
    text = (
        "第一条 为加快招商引资步伐,鼓励县外投资者来我县投资兴办企业,结合滦县实际,"
        "特制定本办法。第二条 本办法适用于来县投资经营的县外自然人、法人。"
    )
    assert region_from_body(text) == "滦州市"  # today's name of the same county


def test_a_two_character_short_name_is_still_no_place() -> None:
    """S46-2 guard: a county's two-character short name that is no former full name ("某县" for
    a county whose full name is longer) names no place."""
    text = "第一条 鼓励投资者来我县投资兴办企业,结合本县实际,特制定本办法。"
    assert region_from_body(text) is None
