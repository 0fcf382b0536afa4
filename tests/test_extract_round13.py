"""Round 13: reward rules and their conditions in layouts written for the purpose (articles,
tier lists, caps, non-stacking clauses), read the way SCHEMA.md annotates them
(corpus/unseen/FAILURES.md, "Round 13").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _rewards(text: str) -> list[tuple[str, float | None, bool]]:
    return [(w.achievement, w.amount_yuan, w.is_cap) for w in extract_text(text, "x.txt").rewards]


def _conditions(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_text(text, "x.txt").conditions]


HEAD = "各县(区)人民政府:\n为鼓励企业争创品牌,制定本办法。\n"


# --- article numbers ------------------------------------------------------------------------


def test_an_article_number_is_no_part_of_the_achievement() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第四条 对企业技术改造项目,按设备投资额的10%给予补助,最高不超过300万元。\n"
    )
    assert _rewards(text) == [
        ("新认定为国家高新技术企业", 300000.0, False),
        ("企业技术改造项目", 3000000.0, True),
    ]


def test_places_sharing_one_prize_after_an_article_number() -> None:
    text = HEAD + "第二条 获得国家、省、市政府质量奖的,分别奖励200万元、60万元、30万元。\n"
    assert _rewards(text) == [
        ("获得国家政府质量奖", 2000000.0, False),
        ("获得省政府质量奖", 600000.0, False),
        ("获得市政府质量奖", 300000.0, False),
    ]


def test_the_subject_before_a_shared_verb_is_shared_too() -> None:
    text = HEAD + (
        "第五条 企业主导制定国际标准、国家标准、行业标准、地方标准的,"
        "每项分别奖励40万元、30万元、15万元、6万元。\n"
    )
    assert [a for a, _, _ in _rewards(text)] == [
        "企业主导制定国际标准",
        "企业主导制定国家标准",
        "企业主导制定行业标准",
        "企业主导制定地方标准",
    ]


# --- clauses on how rewards combine are conditions, not rewards ------------------------------


def test_a_non_stacking_clause_is_a_condition_not_a_reward() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第七条 同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受。\n"
    )
    assert _rewards(text) == [("新认定为国家高新技术企业", 300000.0, False)]
    assert [kind for kind, _ in _conditions(text)] == ["no_stacking"]


def test_a_ceiling_per_firm_in_its_own_article_is_an_overall_cap() -> None:
    text = HEAD + (
        "第三条 新认定为国家高新技术企业的,一次性奖励30万元。\n"
        "第九条 单个企业每年享受的奖励总额最高不超过150万元。\n"
    )
    assert _rewards(text) == [("新认定为国家高新技术企业", 300000.0, False)]
    assert _conditions(text) == [("overall_cap", "单个企业每年享受的奖励总额最高不超过150万元")]
