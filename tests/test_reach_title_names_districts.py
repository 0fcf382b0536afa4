"""trial46 L9: a task row led by several districts' governments, whose year cell is the step of
one or two of them, reached every district among its leads, so a district's task list showed
the other districts' steps. A title naming districts itself says whose step it is; a title
naming none is still each lead district's. Invented places."""

from __future__ import annotations

from policybot.knowledge.district_reach import child_names, reached_by

CITY, NANTING, BEIYU, XIWAN = 1, 2, 3, 4
REGIONS = [
    (CITY, "碧川市", None),
    (NANTING, "碧川市南汀区", CITY),
    (BEIYU, "碧川市北屿县", CITY),
    (XIWAN, "碧川市西湾区", CITY),
]
LEADS = ["市市场监管局", "南汀区、北屿县、西湾区人民政府"]


def reached(title: str, leads: list[str] = LEADS) -> set[int]:
    return set(reached_by(CITY, title, None, leads, child_names(REGIONS)))


def test_a_step_the_title_gives_to_one_district_reaches_it_only() -> None:
    assert reached("西湾区织造示范区通过国家验收") == {XIWAN}
    assert reached("北屿县陶瓷、西湾区织造示范区完成创建任务") == {BEIYU, XIWAN}


def test_a_title_naming_no_district_is_each_lead_districts() -> None:
    assert reached("做好获批的示范区创建工作") == {NANTING, BEIYU, XIWAN}
    assert reached("各示范区开展创建工作", ["市市场监管局"]) == set()


def test_a_title_naming_a_district_that_does_not_lead_keeps_the_lead_district() -> None:
    """attack47 H4: the narrowing dropped the lead district, whose reminders were then lost."""
    assert reached("承接西湾区产业转移", ["北屿县人民政府"]) == {BEIYU, XIWAN}
    assert reached("对口帮扶北屿县", ["南汀区人民政府"]) == {NANTING, BEIYU}
    assert reached("西湾区、南汀区示范站通过验收", ["西湾区人民政府", "北屿县人民政府"]) == {
        NANTING,
        BEIYU,
        XIWAN,
    }


GAOXIN = 5
WITH_ZONE = [*REGIONS, (GAOXIN, "碧川市高新区", CITY)]
ZONE_LEADS = ["市市场监管局", "南汀区、北屿县、高新区人民政府"]


def reached_with_zone(title: str, leads: list[str] = ZONE_LEADS) -> set[int]:
    return set(reached_by(CITY, title, None, leads, child_names(WITH_ZONE)))


def test_lead_districts_written_without_their_suffix_narrow_the_step() -> None:
    """A title naming lead districts short (南汀、北屿示范区, their 区/县 left out) is theirs."""
    assert reached("南汀、北屿示范区通过国家验收") == {NANTING, BEIYU}
    assert reached("西湾织造示范区通过国家验收") == {XIWAN}
    assert reached_with_zone("南汀、北屿示范区通过国家验收") == {NANTING, BEIYU}


def test_a_short_name_inside_a_longer_word_narrows_nothing() -> None:
    # 高新 of 高新技术 is a word, not the lead district 高新区
    assert reached_with_zone("推动高新技术企业扩容") == {NANTING, BEIYU, GAOXIN}
    assert reached_with_zone("南汀高新技术产业提质") == {NANTING}


def test_a_short_name_of_a_district_that_does_not_lead_narrows_nothing() -> None:
    assert reached("西湾织造示范区通过验收", ["南汀区人民政府", "北屿县人民政府"]) == {
        NANTING,
        BEIYU,
    }


def test_a_lead_district_left_out_by_its_short_name_is_not_reached() -> None:
    assert reached("除南汀外,北屿、西湾示范区通过验收") == {BEIYU, XIWAN}
