"""Clause boundaries and clean-up shared by the readers of a part.

Where an achievement's clause begins and ends, the further sums listed after a first one, the
notice verbs to strip from a granted achievement ("特对…予以通报表彰") and where a "对" starts:
several readers (rules, notices, tiers, rates, headings) cut the same text the same way.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.rewards.vocabulary import _ITEM_NUMBER, _RECORDS_STATE


def _sentence_begin(text: str) -> int:
    return max(text.rfind(mark, 0) for mark in "。;!?") + 1


# "、10万元和5万元": the further sums of a "分别给予50万元、…" list
_MORE_SUMS = re.compile(r"(?:\s*(?:、|和|及)\s*(?:人民币)?\s*\d+(?:\.\d+)?\s*(?:万|亿|千)?元)*")


def _more_sums(text: str, position: int) -> str:
    match = _MORE_SUMS.match(text, position)
    return match.group(0) if match else ""


def _per_item(per: str | None) -> str | None:
    """每件/每项 of a per-item sum; 每家/每户/每个 only repeat the recipients (每人 stays with the
    achievement: "…称号,每人奖励1500元" names its recipients by reference)."""
    return per if per and per[1] in "件项篇部" else None


# Words that join an award to what came before ("…,同时奖励20万元") or name who pays it
# ("市财政奖励…"): a clause of only these says nothing of the achievement.
_JOINING_WORDS = re.compile(
    # "…,市里一次性给予20万元奖励": the paying level named plainly
    # "…称号,每个乡镇奖励5万元": who the sum is paid per, named again
    r"^(?:同时|并且?|另(?:外|行)?|再|还|此外|一次性|由|(?:省|市|县|区)级?财政|[省市县区]里|配套|奖励|给予|"
    r"每(?:个|家|名|位|户|所)(?:乡镇|企业|单位|村|社区|集体|个人|同志)|"
    # "…,市政府给予一次性奖励50万元": the paying government
    r"(?:[省市县区]|[\u4e00-\u9fff]{2,8}?[省市县区])(?:人民)?政府|"
    # "…后,高新区先给予100万元奖励": a zone or its committee paying in its own name, first or
    # again (R50-3)
    r"[\u4e00-\u9fff]{0,8}?(?:管委会|管理委员会|高新区|开发区|新区|园区)(?:先|再|另)|"
    # B60-9: "…活动,经县旅游产业发展领导小组审核给予5000元奖励": the approval the grant passes
    r"经[\u4e00-\u9fff()]{2,24}?(?:审核|审定|审批|批准|同意|认定)(?:后|通过)?)+$"
)
# Clauses between an achievement and its award that are not the achievement either: a plaque
# handed over ("颁发奖牌和证书"), how often and how many are chosen ("每次不超过3家").
_BETWEEN_CLAUSE = re.compile(
    r"^(?:(?:颁发|颁授|发放|授予)(?:荣誉)?(?:奖牌|证书|牌匾|奖杯)(?:(?:和|及|、)(?:奖牌|证书|牌匾|奖杯))?|"
    r"每[^,;。]{0,6}(?:不超过|不多于|限)[^,;。]{0,8}|[^,;。]{0,8}评选一次|"
    # "…,由市政府给予重奖,奖金10万元": the promise whose sum follows
    r"(?:由[^,;。]{1,12}?)?(?:给予|予以)(?:重奖|奖励|表彰|通报表彰)|"
    # "…增速达30%及以上,企业统计报表基础资料完整,再给予…": the state the claimant's records must
    # be in, a condition between the achievement and the sum (B57-2)
    rf"[^,;。]{{0,18}}?{_RECORDS_STATE})$"
)


def _achievement_bounds(text: str, floor: int, award_start: int) -> tuple[int, int]:
    """Where the achievement of an award begins and ends: its own clause, or the clause before
    it when the award's clause says nothing else ("…予以通报表彰,各奖励10万元"), passing over
    a joining word ("…,同时奖励") and a plaque or a quota stated in between."""
    end = award_start
    clause_start = _clause_start(text, end, floor)
    for _ in range(3):
        own = _clean_granted(text[clause_start:end])
        if clause_start <= floor or not (
            len(own) < 2 or _JOINING_WORDS.match(own) or _BETWEEN_CLAUSE.match(own)
        ):
            break
        end = clause_start - 1
        clause_start = _clause_start(text, end, floor)
    return clause_start, end


def _clause_start(text: str, position: int, floor: int) -> int:
    depth = 0
    index = position
    while index > floor:
        char = text[index - 1]
        if char in ")”》":
            depth += 1
        elif char in "(“《" and depth:
            depth -= 1
        elif depth == 0 and char in ",;:。":
            break
        index -= 1
    return index


def _clause_end(text: str, position: int) -> int:
    match = re.search(r"[,;。]", text[position:])
    return position + match.end() if match else len(text)


def _clean_granted(achievement: str) -> str:
    """The achievement of a grant without the notice's verbs ("特对…予以通报表彰")."""
    achievement = re.sub(f"^{_ITEM_NUMBER}", "", achievement).strip(" ,、:")
    # "自治区人民政府决定对甲公司…": the granting body and its verb are not the achievement.
    achievement = re.sub(r"^[^,;。]{0,20}?(?:决定|特)(?=对|授予)", "", achievement)
    # "…进行表彰奖励,其中甲县奖励100万元": 其中 opens the list of who is paid, no part of a name
    achievement = re.sub(r"^(?:特申请|特对|特|经研究|决定|对于|对|并|其中)+", "", achievement)
    if re.search(r"(?<!予以)(?<!给予)(?:通报)?表彰(?:,?并)?$", achievement):
        # "给予甲公司通报表彰,并奖励…": the commended, not the verb that commends them
        achievement = re.sub(r"^(?:给予|予以)", "", achievement)
    achievement = re.sub(
        r"(?:,?并?(?:予以|给予)(?:通报)?(?:表彰|奖励)(?:,?并)?|予以通报表彰|通报表彰|进行表彰)$",
        "",
        achievement,
    )
    # "…获得金牌的运动员每枚", "银牌每枚": the measure a sum is paid per is no part of the achievement
    # (每人 stays: "…称号,每人奖励1500元" names its recipients by reference)
    achievement = re.sub(r"(?:每(?:家|户|个|件|项|篇|部|枚|所)|各)$", "", achievement)
    # "先进部门奖励奖金1万元": the verb before the sum's noun; "先进单位(10个,各奖励…)": the count
    # of a category's header, its bracket cut by the award inside it
    achievement = re.sub(r"(?<=..)(?:奖励|奖给)$", "", achievement)
    achievement = re.sub(r"\(\s*\d+\s*[个名家户项人位件]$", "", achievement)
    # "获得…的企业(各奖励20万元)": the bracket opened before the award is not the achievement's
    return achievement.strip(" ,、:").removesuffix("(").strip(" ,、:")


def _include_dui(text: str, start: int) -> int:
    return start - 1 if start > 0 and text[start - 1] == "对" else start


def _rule_quote(text: str, offset: int, match: re.Match[str]) -> tuple[int, int, str]:
    """(start, end, text) of the quote of a rule ``match`` read at ``offset`` in the document
    ``text``: from its achievement (with the "对" before it) to the end of the match."""
    quote_start = _include_dui(text, offset + match.start("achievement"))
    quote_end = offset + match.end()
    return quote_start, quote_end, text[quote_start:quote_end].strip(" ,")[:160]
