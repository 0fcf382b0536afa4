"""Achievements taken from the paragraph heading or the text around a reward.

A reward whose achievement is only its recipient, a verb, a per-item word or a bare tier takes
what the heading, a lead sentence or the grant before it names; a second recipient named with
a sum of its own is a reward of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.rewards.clauses import _clean_granted, _per_item, _sentence_begin
from policybot.knowledge.extract.rewards.levels import _level, _role
from policybot.knowledge.extract.rewards.vocabulary import (
    _BARE_TIER,
    _CAP,
    _ITEM_NUMBER,
    _LEVEL_WORD,
    _PERSON_WHO,
)
from policybot.knowledge.extract.structure import Piece

# A heading that names an achievement ("(一)获得中国质量奖", "三、新认定国家级企业技术中心") over
# a body that only states the sum ("给予企业100万元奖励。", "对新认定的企业,一次性奖励50万元。").
_ACHIEVEMENT_HEADING = re.compile(
    rf"^{_ITEM_NUMBER}(?:对于?)?(?P<label>(?:新|首次|当年)?(?:获得|获评|荣获|被评为|评为|被认定为|认定为|"
    r"新认定|认定|主导|参与|牵头|通过|入选|列入|创建|建成|引进|获批|成功申报)[^,;。:]{2,40}?)"
    r"(?:的(?:单位|企业|个人|项目|机构))?(?:的?(?:奖励|奖补|补助|资助))?\s*[。:]?\s*$"
)
# What a body says when its heading holds the achievement: the recipient, the verb alone, or
# nothing before the sum.
_HEADING_HOLDS_IT = re.compile(
    r"^(?:对于?)?(?:其|该|上述)?(?:新|首次)?(?:获得|获评|认定|新认定|被认定|评为|被评为|认定为)?"
    r"(?:的)?(?:单位|企业|个人|机构|项目|团队|组织)?$"
)
_PROMISE_ONLY = re.compile(
    rf"^\s*{_ITEM_NUMBER}(?:对于?(?:其|该)?(?:单位|企业|个人|机构|项目)\s*,?)?"
    r"(?P<treatment>(?:每(?:项|家|个|件|户)|一次性)*(?:给予|奖励|补助|资助|奖补)"
    r"(?:企业|单位|个人|其)?(?:一次性)?[^,;。]{0,10}?(?P<amount>\d+(?:\.\d+)?\s*(?:万|亿|千)?元)"
    r"[^,;。]{0,8})\s*$"
)


def _heading_achievement(section: str | None) -> str | None:
    if not section:
        return None
    match = _ACHIEVEMENT_HEADING.match(section.split(" / ")[-1].strip())
    return match["label"].strip() if match else None


def _achievement_of_heading(record: RewardRecord, section: str | None) -> RewardRecord:
    """A reward whose achievement is only its recipient or its verb takes the achievement its
    heading names."""
    if not _HEADING_HOLDS_IT.match(record.achievement.strip()):
        return record
    label = _heading_achievement(section)
    if label is None:
        return record
    return replace(
        record, achievement=label, level=_level(label) or record.level, role=_role(label)
    )


def _promise_under_heading(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """A body that states only the sum ("给予企业100万元奖励。") under a heading naming the
    achievement: one reward, the heading's achievement."""
    match = _PROMISE_ONLY.match(text)
    label = _heading_achievement(section) if match else None
    if match is None or label is None:
        return []
    amount = next(value for _, value in find_money(match["amount"]))
    return [
        RewardRecord(
            region=ctx.region,
            achievement=label[:120],
            quote=text.strip()[:160],
            role=_role(label),
            level=_level(label),
            amount_yuan=amount,
            is_cap=bool(_CAP.search(match["treatment"])),
            treatment=_per_item(
                re.match(r"每(?:项|家|个|件|户)", match["treatment"]) and match["treatment"][:2]
            ),
            span=Span(offset, offset + len(text.rstrip()), section),
        )
    ]


# "对列入省级以上重点项目的,每个项目奖励3万元": an achievement that only counts the recipients
# ("每个项目", "每家企业") takes the clause before it that says who they are.
_PER_ITEM_ONLY = re.compile(
    r"^(?:对)?每(?:个|家|项|名|位|人|件|户|所|条|批)?(?:项目|企业|单位|个人|团队|产品|机构)?$"
)
# The clause before "每个项目…": who they are, without its item number (as in _RULE).
_SUBJECT_BEFORE = re.compile(
    rf"(?:^|(?<=[,;。:]))\s*{_ITEM_NUMBER}\s*(?:对于?)?(?P<subject>[^,;。:]{{3,60}}?)(?:的)?,\s*$"
)


def _per_item_subject(record: RewardRecord, piece: Piece) -> RewardRecord:
    if record.span is None or not _PER_ITEM_ONLY.fullmatch(record.achievement.strip()):
        return record
    before = piece.text[: max(0, record.span.start - piece.start)]
    subject = _SUBJECT_BEFORE.search(before)
    if subject is None or re.search(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元", subject["subject"]):
        return record
    achievement = subject["subject"].strip()
    return replace(record, achievement=achievement, level=_level(achievement) or record.level)


# "授予甲公司等9户企业“某市纳税大户”荣誉称号,并予以表彰。对各企业分别奖励人民币10万元": a
# grant notice names the honour in one sentence and pays "各企业"/"上述单位" in the next; the
# recipients alone say nothing of what is rewarded (round 37).
_GENERIC_RECIPIENTS = re.compile(
    r"^(?:对)?(?:各|上述|以上|获奖|受表彰的?)(?:获奖|先进)?(?:企业|单位|集体|个人|地区|县(?:市区)?|项目)$"
)
_GRANT_BEFORE = re.compile(
    rf"(?:^|(?<=[,;。:]))\s*{_ITEM_NUMBER}(?:[^,;。]{{0,20}}?决定)?授予"
    r"(?P<grant>[^;。]{4,120}?)(?:,|$)"
)


def _grant_before(record: RewardRecord, piece: Piece) -> RewardRecord:
    """A sum paid to "各企业" right after a sentence granting an honour is that honour's reward."""
    if record.span is None or not _GENERIC_RECIPIENTS.fullmatch(record.achievement.strip()):
        return record
    before = piece.text[: max(0, record.span.start - piece.start)].rstrip().removesuffix("对")
    if not before.endswith("。"):
        return record
    previous = before[:-1][_sentence_begin(before[:-1]) :]
    grants = list(_GRANT_BEFORE.finditer(previous))
    if len(grants) != 1:
        return record
    achievement = _clean_granted(grants[0]["grant"])
    return replace(record, achievement=achievement[:120], level=_level(achievement) or record.level)


# "授予甲“某某突出贡献者”称号,颁发奖金人民币3万元": the clause that pays names no achievement
# of its own (only its verb); the grant of the honour just before it in the same sentence is what
# the sum rewards (B53-3).
_BARE_PAYING_VERB = re.compile(r"^(?:并|同时)?(?:颁发|发放|给予|奖励|奖给|颁授)?$")
_GRANT_IN_SENTENCE = re.compile(
    r"授予(?P<grant>[^,;。]{2,60}?(?:称号|奖|荣誉))\s*,\s*(?:并|同时)?$"
)


def _grant_in_sentence(record: RewardRecord, piece: Piece) -> RewardRecord:
    """A sum whose clause only says "颁发" takes the honour granted in the clause before it."""
    if record.span is None or not _BARE_PAYING_VERB.fullmatch(record.achievement.strip()):
        return record
    before = piece.text[: max(0, record.span.start - piece.start)]
    before = before[_sentence_begin(before) :]
    before = re.sub(r"(?:颁发|发放|给予|奖励|奖给|颁授)\s*$", "", before)
    grant = _GRANT_IN_SENTENCE.search(before)
    if grant is None:
        return record
    achievement = _clean_granted(grant["grant"])
    return replace(record, achievement=achievement[:120], level=_level(achievement) or record.level)


_HEADING_LEAD = re.compile(
    rf"^{_ITEM_NUMBER}(?:对于?)?(?P<label>[\u4e00-\u9fff“”]{{2,20}}?)"
    r"(?:的?(?:奖励|奖补|补助|资助|扶持|补贴)(?:政策|措施)?)?\s*[。:]?\s*$"
)
_GENERIC_LABEL = re.compile(
    r"^(?:奖励|奖补|补助|资助|扶持|补贴|具体|相关|其他|其它)|^第[一二三四五六七八九十百零〇\d]+条$|"
    r"(?:标准|对象|办法|内容|范围|措施|政策|条件|方式|细则|额度|金额|资金|程序|要求|原则|事项)$"
)


def _heading_label(record: RewardRecord, piece: Piece, section: str | None) -> str | None:
    """The honour a short lead sentence of the paragraph ("(四)科技进步奖。") or, failing that,
    the heading above names; None for a generic heading ("奖励标准")."""
    candidates = []
    if record.span is not None:
        before = piece.text[: max(0, record.span.start - piece.start)]
        if before.strip() and re.search(r"[。:]\s*$", before):
            candidates.append(before.strip())
    if not candidates and section:
        candidates.append(section.split(" / ")[-1])
    for candidate in candidates:
        match = _HEADING_LEAD.match(candidate)
        if match and not _GENERIC_LABEL.search(match["label"]):
            return match["label"].strip("“”")
    return None


# "(三)标准奖励:主导制定国家标准的…": the label of a list item is not the achievement.
_ITEM_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{1,12}?(?:奖励|奖补|补助|资助|扶持|补贴)(?:政策|措施)?\s*:\s*(?P<rest>.{3,})$"
)


def _subject_of_heading(record: RewardRecord, piece: Piece, section: str | None) -> RewardRecord:
    labelled = _ITEM_LABEL.match(record.achievement.strip())
    if labelled is not None:
        achievement = labelled["rest"]
        return replace(record, achievement=achievement, level=_level(achievement) or record.level)
    bare = _BARE_TIER.fullmatch(record.achievement.strip())
    if bare is None:
        return record
    label = _heading_label(record, piece, section)
    if label is None:
        return record
    tier, verb = bare["tier"], bare["verb"] or ""
    if tier.endswith("奖"):
        if not label.endswith("奖") or label.endswith(tier):
            return record
        achievement = f"{verb}{label}{tier}"
    else:
        rest = re.sub(rf"^{_LEVEL_WORD}级?", "", label)
        if len(rest) < 2:
            return record
        achievement = f"{verb}{tier}{rest}"
    return replace(record, achievement=achievement, level=_level(achievement) or record.level)


# "获得市长质量奖的组织奖励20万元,个人奖励5万元": after a reward, a clause naming another kind of
# recipient and its own sum is a second reward for the same achievement.
_SECOND_RECIPIENT = re.compile(
    # "…,企业统计工作人员各奖励2000元": each of the staff named is paid the sum (attack50 M4)
    rf"[,;]\s*(?:其|对其)?(?P<who>{_PERSON_WHO}|个人|集体|团队|组织|单位|企业|项目)(?:每(?:人|项|个|家)|各)?"
    r"(?:给予)?(?:一次性)?(?:奖励|奖金)(?:人民币)?\s*(?P<amount>\d+(?:\.\d+)?\s*万?元)"
    # "奖励企业30万元,奖励企业主要负责人5万元": the verb first, then who, then the sum
    rf"|[,;]\s*(?:同时|另)?(?:奖励|给予)(?:其)?(?P<who2>{_PERSON_WHO})(?:一次性)?(?:奖励|奖金)?(?:人民币)?"
    r"\s*(?P<amount2>\d+(?:\.\d+)?\s*万?元)"
)


# "…分别奖励5万元、10万元、30万元,同时分别奖励其经营班子1万元、2万元、5万元": a second list
# of sums, one per tier, for another recipient of every tier.
_RESPECTIVE_SECOND = re.compile(
    r"[,;]\s*(?:同时|并|另)?(?:分别(?:给予|奖励)(?:其)?"
    rf"(?P<who>{_PERSON_WHO}|个人|集体|团队)|"
    # "…的集体分别奖励1万元、5000元,个人分别奖励5000元、2000元": who first, then 分别
    rf"(?:对)?(?:其)?(?P<who2>{_PERSON_WHO}|个人|集体|团队)分别(?:给予)?)"
    r"(?:一次性)?(?:奖励|奖金)?(?:人民币)?\s*"
    r"(?P<amounts>\d+(?:\.\d+)?\s*万?元(?:\s*(?:、|和|及)\s*\d+(?:\.\d+)?\s*万?元)+)"
)


def _respective_second_recipients(
    text: str, offset: int, found: list[RewardRecord], section: str | None
) -> list[RewardRecord]:
    """One more reward per tier for the second recipient of a respective list of sums, when the
    list has as many sums as there are tiers."""
    extra: list[RewardRecord] = []
    for match in _RESPECTIVE_SECOND.finditer(text):
        amounts = [value for _, value in find_money(match["amounts"])]
        if len(amounts) != len(found):
            continue
        extra += [
            replace(
                record,
                achievement=f"{record.achievement}({match['who'] or match['who2']})"[:120],
                amount_yuan=amount,
                is_cap=False,
                quote=match.group(0).strip(" ,;")[:160],
                span=Span(offset + match.start(), offset + match.end(), section),
            )
            for record, amount in zip(found, amounts, strict=True)
        ]
    return extra


def _second_recipients(
    text: str, offset: int, found: list[RewardRecord], ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    if len(found) > 1:
        return _respective_second_recipients(text, offset, found, section)
    if len(found) != 1 or found[0].span is None:
        return []
    first = found[0]
    extra: list[RewardRecord] = []
    for match in _SECOND_RECIPIENT.finditer(text):
        who = match["who"] or match["who2"]
        amounts = [value for _, value in find_money(match["amount"] or match["amount2"])]
        if not amounts or amounts[0] == first.amount_yuan:
            continue
        extra.append(
            replace(
                first,
                achievement=f"{first.achievement}({who})"[:120],
                amount_yuan=amounts[0],
                is_cap=False,
                quote=match.group(0).strip(" ,;")[:160],
                span=Span(offset + match.start(), offset + match.end(), section),
            )
        )
    return extra
