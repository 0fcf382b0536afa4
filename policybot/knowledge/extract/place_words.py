"""Words that end like a place but name a kind of place: 示范县, 试点县, 先进市, 创新区.

The gazetteer is matched on runs of text that end in a place suffix, longest tail first, so a
plan's "创建示范县" used to be read as 范县 (a county of 河南省) and its "创新县" as 新县: the
match began inside a word. A designation is a word a plan puts before 县/市/区/州/旗 to name a
class of them (a title a county earns, a pilot it is chosen for); a place name read from inside
one is no place. General vocabulary, not a list of places.
"""

from __future__ import annotations

# Words that qualify a county, city or district as a class of them (示范县, 百强县, 创新区), and
# everyday words a short place name can hide in (规范县级…, 防范区).
DESIGNATIONS = frozenset(
    {
        "示范",
        "模范",
        "规范",
        "防范",
        "典范",
        "试点",
        "先进",
        "先行",
        "创新",
        "革新",
        "振兴",
        "复兴",
        "新兴",
        "百强",
        "千强",
        "达标",
        "标杆",
        "标兵",
        "样板",
        "文明",
        "卫生",
        "园林",
        "生态",
        "健康",
        "平安",
        "法治",
        "诚信",
        "智慧",
        "幸福",
        "富裕",
        "致富",
        "重点",
        "贫困",
        "脱贫",
        "帮扶",
        "对口",
        "现代化",
        "标准化",
        "品牌",
        "质量",
    }
)
_LONGEST = max(len(word) for word in DESIGNATIONS)


def begins_inside_a_designation(text: str, start: int) -> bool:
    """Whether a place name read from ``start`` of ``text`` begins inside a designation word
    ("创建示范县": 范县 from inside 示范), so that it is no place."""
    for length in range(2, _LONGEST + 1):
        begin = start + 1 - length
        if begin >= 0 and text[begin : start + 1] in DESIGNATIONS:
            return True
    return False
