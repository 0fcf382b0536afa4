"""What was achieved, asked of a plan's aim: 完成了多少个, 已经完成多少项了, 合格率实际是多少.

A plan says what its units are to reach (不少于229个 by 2017); what they reached is what they
report (``/report``, ``knowledge.progress``) or what a document states as a result (2018年实际
新增25家). An aim is never given as an achievement: the reported progress answers, else
未找到 saying that only the aim is written (a figure under 答: reads as done).
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.models import FactKind
from policybot.knowledge.queries import DocumentRow

# 合格率实际是多少, 实际完成了几家: what was achieved, which a plan's aim does not say.
_ASKS_ACTUAL = re.compile(r"实际(?:上)?(?:是|达到|达成|完成|实现|有|为|值|情况|多少|几)")
# 完成了多少个, 已经完成多少项了, 已有多少家, 目前实现了几个: a figure reached by now. (要完成多少,
# 2033年完成多少 ask the aim; 完成情况几号前报 asks a date.)
_DONE = r"(?:完成|实现|达到|达成|做到)"
_ASKS_SO_FAR = re.compile(
    rf"{_DONE}了(?:多少|几)"
    rf"|已(?:经)?(?:{_DONE}|有)[^,,。??]{{0,8}}?(?:多少|几)"
    rf"|{_DONE}(?:多少|几)[^,,。??!!吗呢]{{0,4}}了"
    rf"|(?:目前|现在|至今|迄今)[^,,。??]{{0,8}}{_DONE}[^,,。??]{{0,6}}(?:多少|几)"
    # 现在有多少个了, 搞了多少项了: the casual "so far" (a trailing 了 after the count).
    r"|(?:搞|弄|做|办|干)了(?:多少|几)"
    r"|(?:多少|几)[个项家条件所座台名人户批]?了[吗呢啊]?[??。!!]?$"
    # 有多少企业拿到认证了, 有几个县通过验收了: how many have got there by now (有…了).
    r"|有(?:多少|几)[个项家条件所座台名人户批]?[^,,。??多少几]{1,16}?了[吗呢啊]?[??。!!]?$"
)
# 有多少企业拿到认证了, 完成了几个: a count of things asked (not a sum or a rate).
_ASKS_COUNT = re.compile(r"有(?:多少|几)|(?:多少|几)[个项家条件所座台名人户批只款种]")
# A figure counting things (25家, 3项), as a count question wants it.
_COUNTED = re.compile(r"\d+(?:\.\d+)?\s*[个项家条件所座台名人户批只款种]")
# A sentence stating an aim (力争达到95%, 不少于40家), not a result.
_STATES_AIM = re.compile(r"力争|确保|目标|不少于|不低于|以上|达到|要|将|争取|预计")
_STATES_RESULT = re.compile(r"实际|已经|已有|已达|累计|截至|截止|完成了|达到了|实现了|共有")
# The year a sentence speaks of, and whether it is aimed at (到2033年, 力争2032年底前).
_YEAR = re.compile(r"(?P<aimed>(?<!截)到|力争|确保|争取)?(?P<year>(?:19|20)\d{2})年")
# A document reporting what was done: …工作目标责任奖惩的通报, 统计公报, 年度工作总结.
_REPORTS = re.compile(r"(?:通报|公报|总结)(?:[((][^()()]*[))])?$")
# Why 未找到, when the documents write the aim only and no unit reported progress on it.
ONLY_THE_AIM = "尚无完成情况报告,文件只写了目标"


def asks_achieved(reading: str) -> bool:
    """Whether a question asks what was achieved (实际, 完成了多少, 已经…多少), not the aim."""
    return bool(_ASKS_ACTUAL.search(reading) or _ASKS_SO_FAR.search(reading))


def states_an_aim(
    answer: Answer, document: DocumentRow | None = None, year: int | None = None
) -> bool:
    """Whether the first item of ``answer`` states what a plan aims at (a target, a milestone,
    a sentence of 力争…达到), not what was achieved (实际, 已, 累计, 截至…). ``document``: the
    item's; a report (…的通报, 统计公报) states results, and so does a document issued after
    the ``year`` asked (2023年的收入完成了多少, of the 2024 plan's review of the year before)."""
    first = answer.facts[0] if answer.facts else None
    if first is None:
        return False
    if document is not None:
        if _REPORTS.search(document.title or ""):
            return False
        issued = document.issued or document.effective
        if year is not None and issued is not None and year < issued.year:
            return False
    said = f"{first.label} {first.citation.quote}"
    if _future_dated(said, document):
        # 到2033年累计新增25项, 截至2032年底不少于120个 in a 2031 plan: 累计/截至 word an aim.
        return True
    if _STATES_RESULT.search(said):
        return False
    aimed = first.kind in (FactKind.TARGET, FactKind.MILESTONE)
    return aimed or (first.kind == PASSAGE and bool(_STATES_AIM.search(said)))


def _future_dated(said: str, document: DocumentRow | None) -> bool:
    """Whether ``said`` speaks of a year after its document's issue, or one it aims at (到,
    力争, 确保 before it) not before the issue: an aim, however it is worded."""
    issued = (document.issued or document.effective) if document is not None else None
    for match in _YEAR.finditer(said):
        year = int(match.group("year"))
        if issued is not None and year > issued.year:
            return True
        if match.group("aimed") and (issued is None or year >= issued.year):
            return True
    return False


def reported_progress(answer: Answer) -> Answer | None:
    """The items of ``answer`` a unit reported progress on, the latest report leading (答: 150个,
    2032-02-01报送,完成目标的 65%); None when none was reported."""
    reported = [line for line in answer.facts if line.progress is not None]
    if not reported:
        return None
    reported.sort(key=_reported_on, reverse=True)
    first = reported[0].progress
    assert first is not None
    share = f",完成目标的 {first.share_percent}%" if first.share_percent is not None else ""
    headline = f"{first.value}({first.reported_on.isoformat()}报送{share})"
    return replace(
        answer,
        headline=headline if answer.found else answer.headline,
        facts=tuple(reported),
        total=len(reported),
        listing=False,
    )


def _reported_on(line: FactLine) -> str:
    return line.progress.reported_on.isoformat() if line.progress is not None else ""


def counts_nothing(reading: str, answer: Answer) -> bool:
    """Whether ``reading`` asks how many things were reached (有多少企业拿到认证了) while the
    first item of ``answer`` counts nothing (每家10万元, 超过3亿元: a sum or another measure)."""
    first = answer.facts[0] if answer.facts else None
    if first is None or not _ASKS_COUNT.search(reading):
        return False
    value = first.value or first.label
    return "元" in value or not _COUNTED.search(value)
