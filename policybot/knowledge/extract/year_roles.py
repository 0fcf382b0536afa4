"""What a year is said to be, not what is due in it.

"2019年是…成立70周年,是…全面建成小康社会的关键之年": the clause characterises the year (a key
year, an opening year, an anniversary); nothing is due by its end, so it is no milestone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

# "是…的关键之年", "是…开局之年", "是…重要一年", "是…成立70周年": what the year is.
_CHARACTERISATION = re.compile(
    r"^(?:也|更|又|还)?是[^,;。]{0,40}?(?:之年|一年|周年|关键期|起步年|攻坚年|开局年|收官年)$"
)

# "到2027年,…3.4%以上,达到全市前列", "继续保持全省领先位置", "跃居全省前40位": where the place
# ranks among others is no event that falls due (nor a target: rankings are neither).
_RANKING = re.compile(
    r"^(?:继续|持续|稳定|努力|力争|争取|确保)?(?:保持|达到|进入|跻身|稳居|位居|位列|跃居|居于?|走在)"
    r"[^,;。]{0,12}?(?:前列|领先(?:位置|地位|水平)?|先进行列|第一方阵|前\d+(?:位|名)?|第[一二三]|首位)$"
)
# "2020年,通过实施细颗粒物和臭氧浓度协同控制,…": 通过 before an action names the means, not an
# event passed (通过验收 / 通过评审 stay events).
_MEANS = re.compile(
    r"^通过(?:实施|开展|加强|推进|推动|采取|强化|深化|完善|建立|落实|努力|持续|加快|加大|优化|"
    r"创新|构建|健全|发挥)"
)

# "纳入2019年目标考核体系": the year names which year's assessment counts the work; nothing falls
# due by its end because of it.
_ASSESSMENT = re.compile(
    r"^(?:年度)?(?:目标|绩效|综合|年度)?(?:考核|考评|绩效考核|综合考评)(?:体系|内容|范围|指标)?$"
)
# "公开日期: 2019年12月27日 公开方式: 有效": a field of the page beside the date it was published,
# also in a table row ("| 公开方式: | 有效 |", B53-2).
_PAGE_FIELD = re.compile(
    r"^[|\s]*(?:公开方式|公开范围|公开属性|有效性|时效性|主题分类|主题词|索引号|发布机构|信息来源|来源|"
    r"文\s*号|发文字号|浏览次数|点击数)\s*[::]"
)

_Record = TypeVar("_Record")


def is_year_characterisation(title: str) -> bool:
    """True for a title that only says what kind of year it is ("是…的关键之年"), where a place
    ranks ("达到全市前列"), the means of the year's work ("通过实施…协同控制"), which year's
    assessment counts it ("目标考核体系"), or a field of the page beside its date ("公开方式:有效")."""
    text = title.strip()
    return bool(
        _CHARACTERISATION.match(text)
        or _RANKING.match(text)
        or _MEANS.match(text)
        or _ASSESSMENT.match(text)
        or _PAGE_FIELD.match(text)
    )


def drop_year_characterisations(records: Sequence[_Record]) -> list[_Record]:
    """Milestones whose title only characterises their year are dropped."""
    return [r for r in records if not is_year_characterisation(getattr(r, "title", "") or "")]
