"""Attack 44 on B46-12 (a text naming one county twice and no other place is that county's): a
placeless plan that cites a county as an example twice (学习安吉县经验, 推广安吉县做法) was filed as
安吉县's, so it answered for 安吉县 and reminded its subscribers. A place cited as an example is
never the text's own; the county the text names as itself still is."""

from __future__ import annotations

from policybot.knowledge.extract.metadata import extract_metadata

CITING = "关于学习推广经验的通知\n学习安吉县经验,推广安吉县做法,到2033年培育区域公用品牌5个。\n"
CITING_TWICE_MORE = (
    "关于推广经验的通知\n借鉴安吉县的成功经验,学习安吉县模式,到2033年培育区域公用品牌5个。\n"
)
OWN = "关于质量提升的意见\n学习安吉县经验,到2033年花都区培育品牌5个,花都区新增规模以上企业10家。\n"


def test_a_county_cited_as_an_example_is_not_the_texts_region() -> None:
    assert extract_metadata("plan.txt", CITING).region is None
    assert extract_metadata("plan.txt", CITING_TWICE_MORE).region is None


def test_the_county_a_text_names_as_its_own_still_is() -> None:
    assert extract_metadata("plan.txt", OWN).region == "花都区"
    sole = "关于质量提升的意见\n符合花都区重点产业发展方向,实现花都区地方经济发展贡献。\n"
    assert extract_metadata("plan.txt", sole).region == "花都区"
