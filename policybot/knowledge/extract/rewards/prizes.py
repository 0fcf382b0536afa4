"""Prize grades: prizes and grades with their sums ("一等奖20万元/项").

A standard without a verb fixes what each prize or grade pays; a bare grade or "the winners"
takes the award named before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.levels import _level
from policybot.knowledge.extract.structure import Piece

# "决定对以上两家企业予以通报表彰,并分别奖励50万元", "…称号,每人奖励2000元": the recipients
# are named by reference; the honour is the one quoted before them.
_REFERENCE = re.compile(
    r"^(?:对)?(?:(?:以上|上述|这|该)(?:[一二两三四五六七八九十\d]+(?:家|个|名|位))?"
    r"(?:企业|单位|公司|组织|个人|同志|集体)?|每(?:人|家|个|名|位)(?:单位|企业)?)$"
)
_QUOTED_HONOUR = re.compile(r"[“\"](?P<name>[^“”\"]{2,30})[”\"]")


def _resolve_reference(record: RewardRecord, piece: Piece) -> RewardRecord:
    """A reward whose achievement only points at the recipients takes the honour quoted last
    before its sum in the paragraph."""
    if not _REFERENCE.fullmatch(record.achievement.strip()) or record.span is None:
        return record
    before = piece.text[: max(0, record.span.end - piece.start)]
    names = [m["name"] for m in _QUOTED_HONOUR.finditer(before)]
    return replace(record, achievement=names[-1]) if names else record


# "每个获奖组织奖励50万元", "对获奖单位给予…", "提名奖每个奖励10万元": the winners of an award named
# before (in the paragraph, else in the document's title), not an achievement of their own.
_WINNERS_ONLY = re.compile(
    r"^(?:对|向)?(?:每(?:个|家|名|位|一)?)?(?P<nominee>(?:获得?)?提名奖)?(?:的)?"
    r"(?:获奖|获得者|获奖者)?(?:的)?(?:组织|单位|企业|个人|集体|者)?(?:每(?:个|家|名))?$"
)
_AWARD_NAME = re.compile(
    r"[“\"《]?(?P<name>[\u4e00-\u9fff]{2,24}?(?:质量奖|创新奖|标准奖|专利奖|品牌奖|贡献奖|人才奖))"
    r"(?!提名)"
)


def _name_the_award(record: RewardRecord, piece: Piece, ctx: DocContext) -> RewardRecord:
    """A reward whose achievement only says "the winners" takes the award's name."""
    match = _WINNERS_ONLY.fullmatch(record.achievement.strip())
    if match is None or not re.search(r"获|提名|组织|单位|企业|个人", record.achievement):
        return record
    before = piece.text[: max(0, record.span.start - piece.start)] if record.span else ""
    names = [m["name"] for m in _AWARD_NAME.finditer(before)]
    if not names and ctx.meta.title:
        names = [m["name"] for m in _AWARD_NAME.finditer(ctx.meta.title)]
    if not names:
        return record
    name = re.sub(r"^.*?第[一二三四五六七八九十百\d]+条", "", names[-1])
    name = re.sub(r"^(?:获得|获|对|设立|设|关于|印发)+", "", name)
    achievement = f"获得{name}{'提名奖' if match['nominee'] else ''}"
    return replace(record, achievement=achievement)


# "县科学技术进步奖分为一等奖、二等奖…。一等奖奖励10万元": a grade alone names a prize of the
# award the paragraph names before it ("县科学技术进步奖一等奖").
_BARE_GRADE = re.compile(
    r"^(?:对|获得?|荣获)?(?P<grade>[特一二三四五]等奖|提名奖|优秀奖|鼓励奖|[金银铜]奖)(?:的)?"
    r"(?:项目|单位|企业|个人|获得者|获奖者)?$"
)
_GRADED_AWARD = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”]{2,24}?奖)(?:项)?(?:分为|设|设立|共设|包括|评选|按|分|等级)"
)


def _grade_of_named_award(record: RewardRecord, piece: Piece) -> RewardRecord:
    """A reward for a bare grade takes the award named with its grades before it."""
    grade = _BARE_GRADE.fullmatch(record.achievement.strip())
    if grade is None or record.span is None:
        return record
    before = piece.text[: max(0, record.span.start - piece.start)]
    names = [
        m["name"]
        for m in _GRADED_AWARD.finditer(before)
        if not re.search(r"[特一二三四五]等奖$|提名奖$|优秀奖$|鼓励奖$|[金银铜]奖$", m["name"])
    ]
    if not names:
        return record
    name = re.sub(r"^.*?(?:第[一二三四五六七八九十百\d]+条|[。;,:])", "", names[-1])
    name = re.sub(r"^(?:对|获得|获|设立|设|本)+", "", name).strip("“”")
    if len(name) < 3:
        return record
    achievement = f"{name}{grade['grade']}"
    return replace(record, achievement=achievement, level=_level(achievement) or record.level)


# "对获得省级标准创新贡献奖的单位,一等奖、二等奖、三等奖分别奖励30万元、20万元、10万元": the
# award is named before its recipient, its grades after it; read as one "achievement" of grades,
# the rule paid every grade the first sum (attack36b).
_LISTED_GRADE = r"(?:[一二三四五六七八九十特]等奖|金奖|银奖|铜奖|优秀奖|提名奖)"
_GRADE_LIST = re.compile(rf"^{_LISTED_GRADE}(?:[、和及]{_LISTED_GRADE})+$")
_AWARD_BEFORE_GRADES = re.compile(
    r"对(?P<award>[^,;。]{2,40}?)的(?:单位|企业|个人|集体|团队)\s*[,,]\s*$"
)


def _grades_listed_after(record: RewardRecord, piece: Piece) -> list[RewardRecord]:
    """One reward per grade, each with its own sum, named by the award before the recipient."""
    if not _GRADE_LIST.match(record.achievement):
        return [record]
    grades = re.findall(_LISTED_GRADE, record.achievement)
    start = record.span.start - piece.start
    head = _AWARD_BEFORE_GRADES.search(piece.text[max(0, start - 60) : start])
    sentence_end = piece.text.find("。", start)
    tail = piece.text[start : sentence_end if sentence_end >= 0 else len(piece.text)]
    sums = [amount for _, amount in find_money(tail[tail.find("分别") :])] if "分别" in tail else []
    if head is None or len(sums) != len(grades):
        return [record]
    award = head["award"]
    return [
        replace(
            record,
            achievement=f"{award}{grade}",
            level=_level(award) or record.level,
            amount_yuan=amount,
            quote=piece.text[max(0, start - len(head.group(0))) : start + len(tail)][:160],
        )
        for grade, amount in zip(grades, sums, strict=True)
    ]


# "最高科学技术奖100万元/人", "一等奖20万元/项": a prize and its sum with no verb between them
# (a standard that fixes what each prize pays).
PRIZE_SUM = re.compile(
    r"(?:^|(?<=[,;:。]))\s*(?P<prize>[^,;:。\d]{0,30}?奖)\s*(?:的)?(?:奖金|奖励金?)?\s*(?:为|:)?\s*"
    # "最高奖的奖金为每人300万元": the sum each winner is paid
    r"(?:每(?P<each>人|项|个|家|名))?\s*"
    r"(?:人民币)?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)(?:\s*/\s*(?P<per>人|项|个|家|名|次))?"
)
_GRADE = re.compile(r"^(?:[特一二三四五]等奖|提名奖|优秀奖|鼓励奖|[金银铜]奖|大奖)$")
# "自然科学奖、技术发明奖、科学技术进步奖三类奖项奖金标准为:": the prizes the grades after it apply to.
_GRADED_PRIZES = re.compile(
    r"(?P<prizes>[^,;:。]{2,30}?奖(?:、[^,;:。、]{2,30}?奖)*)(?:[一二两三四五六七八九十\d]+类)?"
    r"(?:奖项)?(?:的)?(?:奖金|奖励)?(?:标准)?(?:分别)?(?:为|是)?\s*:\s*$"
)


# "自然科学奖和科学技术进步奖一等奖、二等奖的奖金分别为30万元、20万元": grades and their sums in
# order, the prizes they belong to written once before them.
_GRADE_SUMS = re.compile(
    r"(?:^|(?<=[,;:。]))\s*(?P<prizes>[^,;:。\d]{0,40}?)"
    r"(?P<grades>[特一二三四五]等奖(?:、[特一二三四五]等奖)+)\s*(?:的)?(?:奖金|奖励金?)(?:标准)?"
    r"分别(?:为|是)\s*(?P<sums>\d+(?:\.\d+)?\s*(?:万|千)?元(?:、\d+(?:\.\d+)?\s*(?:万|千)?元)+)"
)


def _grade_sums(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    """One reward per grade of a respective list, paired with the sums in order."""
    records: list[RewardRecord] = []
    for match in _GRADE_SUMS.finditer(text):
        grades = match["grades"].split("、")
        sums = [value for _, value in find_money(match["sums"])]
        if len(grades) != len(sums):
            continue
        prizes = match["prizes"].strip()
        span = Span(offset + match.start("prizes"), offset + match.end(), section)
        quote = text[match.start("prizes") : match.end()].strip(" ,")[:160]
        for grade, amount in zip(grades, sums, strict=True):
            achievement = prizes + grade
            records.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=achievement[:120],
                    quote=quote,
                    level=_level(achievement),
                    amount_yuan=amount,
                    span=span,
                )
            )
    return records


def _prize_sums(text: str, offset: int, ctx: DocContext, section: str | None) -> list[RewardRecord]:
    """One reward per prize and sum of a standard without a verb; a grade ("一等奖") under a
    lead naming several prizes is one reward per prize ("自然科学奖一等奖", …)."""
    records: list[RewardRecord] = _grade_sums(text, offset, ctx, section)
    graded = [(r.span.start - offset, r.span.end - offset) for r in records if r.span]
    for match in PRIZE_SUM.finditer(text):
        if any(start <= match.start("amount") < end for start, end in graded):
            continue
        prize = re.sub(r"^(?:其中|对|设立?|获得?)", "", match["prize"].strip())
        if len(prize) < 3 and not _GRADE.match(prize):
            continue
        amount = next(value for _, value in find_money(match["amount"]))
        per = f"每{match['per'] or match['each']}" if match["per"] or match["each"] else None
        span = Span(offset + match.start("prize"), offset + match.end(), section)
        quote = text[match.start("prize") : match.end()].strip(" ,")[:160]
        prizes = [prize]
        if _GRADE.match(prize):
            colon = text.rfind(":", 0, match.start("prize"))
            lead = _GRADED_PRIZES.search(text[: colon + 1]) if colon >= 0 else None
            named = lead["prizes"].split("、") if lead else []
            prizes = [name.strip() + prize for name in named if name.strip()] or [prize]
        for achievement in prizes:
            records.append(
                RewardRecord(
                    region=ctx.region,
                    achievement=achievement[:120],
                    quote=quote,
                    level=_level(achievement),
                    amount_yuan=amount,
                    treatment=per,
                    span=span,
                )
            )
    return records
