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
