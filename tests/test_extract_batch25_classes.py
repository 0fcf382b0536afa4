"""General rules for the failure classes first seen on batch 25's dev part (corpus/unseen/SOURCES.md,
"Batch 25"): a region's plan named only by the region's short name in a headline behind a site's
column tag and before the plan's years ("【政策法规】某区发布…作战方案(2018—2020年)"), end states in
the later ;-parts of a sentence opened by a horizon ("到2020年,…;…;各设区市城市建成区基本消除黑臭
水体;入海河流消除劣V类水体"), and reward rules whose rates, levels and items fan out or share one
ceiling.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import region_from_title_alias

WATER = (
    "【工作动态】宁夏印发河湖治理三年行动方案(2031—2033年)\n"
    "为打好碧水保卫战,结合我区实际,制定本方案。\n"
    "一、工作目标\n"
    "到2033年,黄河干流水质优良比例达到90%,地表水考核断面水质达到国家考核目标,地表水无劣五(V)类"
    "水体;总磷排放量比2030年减少2%;各地级市建成区基本消除黑臭水体;入黄河流消除劣V类水体;重点湖泊"
    "水质保持稳定。\n"
)


def test_a_regions_short_name_behind_a_column_tag_names_it() -> None:
    """B25-1: a headline "【工作动态】宁夏印发…方案(2031—2033年)" opens with the short name of one
    province-level region; the column tag before it and the plan's years after the kind word do
    not hide it."""
    assert region_from_title_alias("宁夏河湖治理三年行动方案(2031—2033年)") == "宁夏回族自治区"
    assert region_from_title_alias("【工作动态】宁夏印发河湖治理方案") == "宁夏回族自治区"
    assert region_from_title_alias("【工作动态】全区河湖治理情况") is None
    assert extract_text(WATER, "x.txt").document.region == "宁夏回族自治区"


def test_a_horizon_dates_the_end_states_of_its_later_parts() -> None:
    """B25-2: "到2033年,A;B;各地级市建成区基本消除黑臭水体;入黄河流消除劣V类水体;…保持稳定。": each
    clause without a number that states something eliminated or settled is a milestone at the
    horizon, in the first ;-part and the later ones; a clause that only keeps a state is none."""
    milestones = extract_text(WATER, "x.txt").milestones
    titles = {m.title: m.due for m in milestones}
    assert titles == {
        "地表水考核断面水质达到国家考核目标": date(2033, 12, 31),
        "地表水无劣五(V)类水体": date(2033, 12, 31),
        "各地级市建成区基本消除黑臭水体": date(2033, 12, 31),
        "入黄河流消除劣V类水体": date(2033, 12, 31),
    }
