"""The share a reward rule pays those who only took part: "对主导制修订国际标准、国家标准的单位,分别
给予60万元、40万元的奖励;参与制修订的,减半奖励" promises a participant 30万元 and 20万元.

Such a clause names no sum of its own, so the reward readers find nothing in it; without it, a
question about 参与 finds only the leaders' sums, and /calc would price a participant as a
leader. Each leader's sum the clause speaks of gets a participant's reward at its share (减半,
一半, 50%, or another percentage):

- the sums of the clause's own sentence, or of the sentence before when the clause opens its
  own ("…给予20万元奖励。参与制定行业标准的,减半奖励。");
- paid to a leader (role 主导, or "主导或参与…" where the clause splits the two);
- of the work the clause names ("参与制定的" halves 主导制定 sums, not a 驰名商标 award beside
  them; "参与单位再次获得的" names work no leader's sum is paid for, so it halves nothing);
- within a ceiling the clause states ("按上述标准的一半给予奖励,最高不超过20万元").

A clause standing as its own item or line shares the leaders' sums of the items before it under
the same heading (``shares_of_items_before``); a participant's sum that names its role but not
its work ("参与制定的给予10万元奖励") is paid for the work of the leaders' rule before it
(``works_of_rules_before``)."""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.numbers import find_money, scaled_sums
from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.structure import Piece

# ";参与制修订的,减半奖励", ",参与起草的奖励减半", ";作为参与单位的,按上述标准的50%给予奖励",
# ",其中参与的减半", "。参与制定行业标准的,减半奖励"
_PARTICIPANT_SHARE = re.compile(
    r"(?P<mark>[,,;;。]|^)\s*(?:其中)?(?:作为)?参与(?:单位)?(?P<work>[\u4e00-\u9fff、“”\"]{0,14}?)"
    r"(?:的)?\s*[,,]?\s*"
    r"(?:(?:奖励|奖金)?减半(?:奖励|给予奖励|给予|执行)?"
    r"|(?:奖励)?按(?:照)?(?:上述|以上|同级|相应|主导)?[\u4e00-\u9fff]{0,8}?(?:的)?"
    r"(?:(?P<percent>\d{1,2})\s*[%％]|一半|半数|二分之一)(?:给予)?(?:奖励)?)"
    r"(?P<cap>[,,]\s*(?:最高|最多)?(?:不超过|不高于|封顶)\s*\d+(?:\.\d+)?\s*万?元)?"
)
# "主导或参与制定行业标准": one sum for both roles, which the clause then splits
_BOTH_ROLES = re.compile(r"主导(?:或|和|及|、|或者)参与")


def with_participant_shares(records: list[RewardRecord], piece: Piece) -> list[RewardRecord]:
    """``records`` with a participant's reward for each leader's sum a participant clause of
    ``piece`` halves. A reward read from the clause itself (its 50% as a treatment, its ceiling
    as a sum) gives way to the sums it stands for."""
    derived: list[RewardRecord] = []
    clauses: list[tuple[int, int]] = []
    leaders: dict[int, RewardRecord] = {}
    for clause in _PARTICIPANT_SHARE.finditer(piece.text):
        clause_start = piece.start + clause.start("mark")
        scope_start = piece.start + _scope_start(piece.text, clause)
        cap = _cap(clause["cap"])
        before = len(derived)
        for index, record in enumerate(records):
            if not scope_start <= record.span.start < clause_start:
                continue
            if not _pays_the_leader(record, clause["work"]):
                continue
            leader = _leader_only(record)
            leaders[index] = leader
            share = int(clause["percent"]) / 100 if clause["percent"] else 0.5
            derived.append(_participant_reward(leader, piece, clause.end(), share, cap))
        if len(derived) > before:
            clauses.append((clause_start, piece.start + clause.end()))
    kept = [
        leaders.get(index, record)
        for index, record in enumerate(records)
        if not any(start <= record.span.start < end for start, end in clauses)
    ]
    return kept + derived


def _scope_start(text: str, clause: re.Match[str]) -> int:
    """Where the sums the clause speaks of begin: its sentence, or the one before when the
    clause opens a sentence (the sentence ending at its 。)."""
    return max(text.rfind(mark, 0, clause.start("mark")) for mark in "。!?") + 1


def _pays_the_leader(record: RewardRecord, work: str) -> bool:
    if record.amount_yuan is None:
        return False
    both = bool(_BOTH_ROLES.search(record.achievement))
    if record.role != "主导" and not both:
        return False
    # "参与制定的单位": the work is 制定, its recipient no part of it
    named = re.sub(r"^(?:单位|的)|(?:的)?(?:单位|企业|机构)$|[“”\"]", "", work)
    return not named or named in re.sub(r"[“”\"]", "", record.achievement)


def _leader_only(record: RewardRecord) -> RewardRecord:
    """ "主导或参与制定行业标准" once the clause pays participants apart: the leaders' sum."""
    if not _BOTH_ROLES.search(record.achievement):
        return record
    return replace(record, achievement=_BOTH_ROLES.sub("主导", record.achievement), role="主导")


def _cap(text: str | None) -> float | None:
    if not text:
        return None
    money = find_money(text)
    return money[0][1] if money else None


def _participant_reward(
    record: RewardRecord, piece: Piece, clause_end: int, share: float, cap: float | None
) -> RewardRecord:
    start, end = record.span.start, piece.start + clause_end
    quote = piece.text[start - piece.start : clause_end]
    return replace(
        _participants_share(record, share, cap),
        quote=quote if len(quote) <= 160 else f"{record.quote}…{quote[-40:]}",
        span=Span(start, end, record.span.section),
    )


def _participants_share(leader: RewardRecord, share: float, cap: float | None) -> RewardRecord:
    """The leader's reward as the participant's: 参与 for 主导, the sum at ``share`` under the
    participant's own ``cap``, the treatment's range scaled alike. The quote and span stay the
    leader's; each caller says which words the share was read from."""
    achievement = leader.achievement.replace("主导", "参与", 1)
    if "参与" not in achievement:
        achievement = f"参与{achievement}"
    amount = leader.amount_yuan * share if leader.amount_yuan is not None else None
    is_cap = leader.is_cap
    if cap is not None and amount is not None and cap < amount:
        amount, is_cap = cap, True
    return replace(
        leader,
        achievement=achievement,
        role="参与",
        amount_yuan=amount,
        is_cap=is_cap,
        treatment=_shared_treatment(leader.treatment, share, cap),
    )


def _shared_treatment(treatment: str | None, share: float, cap: float | None) -> str | None:
    """The leader's words at the participant's share: "50万元至80万元" halved is "25万元至40万元",
    so a reply and /calc state the share's own range, not the leader's. Under a ceiling the
    clause states, or when they say a rate ("按投入的10%") or no sum, they say nothing of the
    share."""
    if not treatment or cap is not None or re.search(r"[%％‰]", treatment):
        return None
    scaled = scaled_sums(treatment, share)
    return scaled if scaled != treatment else None


# "(三)", "2.", "第五条": an item's number before the clause standing as that item
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]"
    r"|第[一二三四五六七八九十百零\d]+条)?\s*"
)


def standalone_share(piece: Piece, region: str | None, section: str | None) -> RewardRecord | None:
    """The participant clause a paragraph consists of ("(三)参与制定的单位,减半奖励。"), which
    names no sum for the reward readers to find: a reward without a sum, for
    ``shares_of_items_before`` to pay at the share of the leaders' sums before it."""
    opening = _ITEM_NUMBER.match(piece.text)
    offset = opening.end() if opening else 0
    text = piece.text[offset:]
    clause = _PARTICIPANT_SHARE.match(text)
    if clause is None or not re.fullmatch(r"[\s。;;,,]*", text[clause.end() :]):
        return None  # the clause opens a paragraph that goes on to rules of its own
    work = re.sub(r"(?:的)?(?:单位|企业|机构)$", "", clause["work"])
    start = piece.start + offset
    return RewardRecord(
        region=region,
        achievement=f"参与{work}",
        quote=clause.group(0).strip(),
        role="参与",
        treatment=clause.group(0).strip(),
        span=Span(start, start + clause.end(), section),
    )


def shares_of_items_before(records: list[RewardRecord]) -> list[RewardRecord]:
    """``records`` (in document order) with a participant clause that stands as its own item
    ("(三)参与制定的单位,按主导单位标准的30%给予奖励", no sum of its own) replaced by a participant's
    reward for each leader's sum of the work it names in the items before it under the same
    heading (back to the last participant's reward there). A clause no such sum precedes stays."""
    result: list[RewardRecord] = []
    for record in records:
        clause = (
            _PARTICIPANT_SHARE.match(record.quote)
            if record.amount_yuan is None and record.role == "参与"
            else None
        )
        leaders = _leaders_before(result, record, clause["work"]) if clause else []
        if clause is None or not leaders:
            result.append(record)
            continue
        share = int(clause["percent"]) / 100 if clause["percent"] else 0.5
        cap = _cap(clause["cap"])
        result.extend(_share_of_item(leader, record, share, cap) for leader in leaders)
    return result


def _heading(section: str | None) -> str | None:
    """The heading an item's section is under ("三、奖励措施 / (二)…" -> "三、奖励措施")."""
    return section.rsplit(" / ", 1)[0] if section and " / " in section else section


def _leaders_before(
    before: list[RewardRecord], clause: RewardRecord, work: str
) -> list[RewardRecord]:
    heading = _heading(clause.span.section)
    leaders: list[RewardRecord] = []
    for record in reversed(before):
        if record.role == "参与" or _heading(record.span.section) != heading:
            break
        if _pays_the_leader(record, work):
            leaders.append(_leader_only(record))
    return leaders[::-1]


def _share_of_item(
    leader: RewardRecord, clause: RewardRecord, share: float, cap: float | None
) -> RewardRecord:
    quote = f"{leader.quote}…{clause.quote}"
    return replace(
        _participants_share(leader, share, cap),
        quote=quote if len(quote) <= 160 else clause.quote,
        span=clause.span,
    )


# "参与制定", "参与制修订的单位": a participant's reward that names its role and its verb but
# no work; the work is the leaders' of the rule before it
_BARE_PARTICIPATION = re.compile(
    r"参与(?P<verb>制定|制修订|修订|起草|研制|编制)?(?:的)?(?:单位|企业|机构)?(?:的)?"
)


def works_of_rules_before(records: list[RewardRecord]) -> list[RewardRecord]:
    """``records`` (in document order) with a participant's sum that names no work ("对主导制定国家
    标准的企业,给予50万元奖励;参与制定的给予10万元奖励") paid for the work of the leaders' rule
    before it: "参与制定国家标准". The leaders are those of its own item (back to the last
    participant's reward there), else of the items before it under the same heading. One sum for
    leaders of several works ("主导制定国际标准、国家标准的…;参与制定的,给予8万元奖励") is each
    work's; as many sums as works ("参与制定的,分别给予16万元、8万元奖励") are paid in turn. A sum
    no leader precedes stays as read."""
    result: list[RewardRecord] = []
    expanded: set[tuple[int, int]] = set()
    for record in records:
        bare = (
            _BARE_PARTICIPATION.fullmatch(record.achievement)
            if record.role == "参与" and record.amount_yuan is not None
            else None
        )
        if bare is None:
            result.append(record)
            continue
        if (record.span.start, record.span.end) in expanded:
            continue  # the second of "分别给予16万元、8万元", paid with the first
        leaders = _leaders_of_item(result, record) or _leaders_before(result, record, "")
        verb = bare["verb"] or ""
        leaders = [leader for leader in leaders if verb in leader.achievement] or leaders
        if not leaders:
            result.append(record)
            continue
        expanded.add((record.span.start, record.span.end))
        sums = _respective_sums(record, len(leaders))
        result.extend(
            _for_the_work(record, leader, amount)
            for leader, amount in zip(leaders, sums, strict=True)
        )
    return result


def _leaders_of_item(before: list[RewardRecord], clause: RewardRecord) -> list[RewardRecord]:
    """The leaders' sums of the clause's own item or line, back to a participant's reward."""
    leaders: list[RewardRecord] = []
    for record in reversed(before):
        if record.role == "参与" or record.span.section != clause.span.section:
            break
        if _pays_the_leader(record, ""):
            leaders.append(_leader_only(record))
    return leaders[::-1]


def _respective_sums(record: RewardRecord, works: int) -> list[float | None]:
    """Each work's sum: "分别给予16万元、8万元" as many as the works, else the one read."""
    if works > 1 and "分别" in record.quote:
        sums = [value for _, value in find_money(record.quote.split("分别", 1)[1])]
        if len(sums) == works:
            return list(sums)
    return [record.amount_yuan] * works


def _for_the_work(record: RewardRecord, leader: RewardRecord, amount: float | None) -> RewardRecord:
    achievement = leader.achievement.replace("主导", "参与", 1)
    if "参与" not in achievement:
        achievement = f"参与{achievement}"
    return replace(
        record, achievement=achievement, level=leader.level or record.level, amount_yuan=amount
    )
