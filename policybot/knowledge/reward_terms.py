"""A reward document's conditions as the calculator applies them: where the rules apply
(scope), an overall cap (a sum, or the firm's tax), 就高不重复 / 不重复奖励 (no stacking).

The extractor stores conditions (``reward_conditions.document_conditions``); the calculator
takes those, and adds the ones read here from the document's own sentences that the stored ones
do not cover — the extractor keeps an overall cap only when a sum precedes it, so a cap tied to
the firm's tax ("总额不超过企业当期纳税总额地方留存部分") is read here. Each term keeps the
sum of a cap and whether it is tied to tax, which is what the arithmetic needs. Only general
wording lives here (适用于, 总额不超过, 就高不重复); what a document says comes from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policybot.knowledge import vocabulary
from policybot.knowledge.extract.conditions import WHOLE_TOTAL
from policybot.knowledge.extract.normalise import whole_number
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.extract.per_item_sums import ITEM_SUM, PER_ITEM


class ConditionKind:
    SCOPE = "scope"
    OVERALL_CAP = "overall_cap"
    NO_STACKING = "no_stacking"
    OTHER = "other"


@dataclass(frozen=True)
class RewardTerm:
    """One condition with the sentence it was read from; ``cap_yuan`` for a cap with a sum,
    ``tax_tied`` when the cap is the firm's tax (which only the firm can tell)."""

    kind: str
    quote: str
    document_id: int
    cap_yuan: float | None = None
    tax_tied: bool = False

    @property
    def capped_rule(self) -> str | None:
        """The rule a cap closes, when it is that rule's own (``rule_of_cap``)."""
        return rule_of_cap(self.quote) if self.kind == ConditionKind.OVERALL_CAP else None


_SENTENCE = re.compile(r"[^。;;\n]+[。;;]?")
_REWARD_WORDS = re.compile(r"奖励|奖补|补助|资助|扶持资金|奖金|补贴|奖")
_NO_STACKING = re.compile(
    r"就高不重复|不重复奖励|不重复享受|不得重复|不重复计|不重复给予|只按最高|按最高.{0,8}奖励|"
    r"[就从]高(?:奖励|执行|享受|原则)|不(?:予|得)?(?:叠加|累加)"
)
_OVERALL_CAP = re.compile(
    r"(?:总额|合计|累计|总计|总和|总数)[^。;;]{0,20}(?:不超过|不得超过|不高于|最高|以内|为限)"
    r"|(?:每家|每个|同一)(?:企业|单位)[^。;;]{0,20}(?:不超过|不得超过|最高)"
    # "上述各项奖励最高不超过300万元": a ceiling over every rule above
    r"|(?:上述|以上|前述)(?:各项|各类|所有)?(?:奖励|奖补|补助|扶持|资助)[^。;;,]{0,16}?"
    r"(?:最高)?(?:不超过|不高于|不得超过)(?=\s*(?:人民币)?\d)"
)
_TAX = re.compile(r"纳税|税收|缴税|税额|地方留存|地方财政贡献")
_SCOPE = re.compile(r"适用于|适用范围|适用本(?:意见|办法|政策|规定)|(?:意见|办法|政策)适用")


# "对…按每项8万元给予奖励,同一单位年度奖励总额不超过40万元": a cap that closes a clause granting a
# reward with a sum of its own caps that rule, not every reward of the document.
_GRANT = re.compile(r"给予|奖励|奖补|补助|资助|补贴")
# "…的单位,每项8万元": a sum per item grants a reward without a verb of granting
_PER_ITEM_SUM = re.compile(rf"{PER_ITEM}\s*{ITEM_SUM}")
_CLAUSE_MARKS = ",,;;:"
_ITEM_NUMBER = re.compile(
    r"^\s*(?:\([一二三四五六七八九十\d]+\)|\d+[.、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+条)\s*"
)


def rule_of_cap(quote: str) -> str | None:
    """The grant a cap closes in its own sentence ("对主导制定地方标准的单位分别按每项8万元给予奖励"
    before ",同一单位年度奖励总额不超过40万元"), or None when the cap stands alone (a sentence of
    its own) or names a whole total ("上述…", "全年…": over every reward of the document, even
    where it closes a rule's sentence). What one unit gets of the rule over the year
    ("每项奖励20万元,同一单位每年累计不超过100万元") is that rule's: 累计 sums its items, and
    noted on every reward it read as another rule's cap (attack53 M2)."""
    grant = grant_before_cap(quote)
    if grant is None or re.search(WHOLE_TOTAL, quote[quote.find(grant) + len(grant) :]):
        return None
    return grant


def grant_before_cap(quote: str) -> str | None:
    """The grant with a sum of its own that a cap's sentence opens with ("对…每项20万元" before
    ",全年奖励资金总额不超过90万元"), whoever the cap is over; None when the sentence is the cap
    alone."""
    match = _cap_words(quote)
    if match is None:
        return None
    head = quote[: match.start()]
    cut = max(head.rfind(mark) for mark in _CLAUSE_MARKS)
    grant = _ITEM_NUMBER.sub("", head[:cut]).strip() if cut > 0 else ""
    granting = _GRANT.search(grant) or _PER_ITEM_SUM.search(grant)
    if not grant or not granting or not find_money(grant):
        return None
    return grant


def cap_sum(quote: str) -> float | None:
    """The sum a cap states: the first after its cap words (40万元 in "每项8万元…,…总额不超过40万
    元"), else the least the sentence names."""
    money = find_money(quote)
    if not money:
        return None
    match = _cap_words(quote)
    after = [amount for start, amount in money if match is not None and start >= match.start()]
    return after[0] if after else min(amount for _, amount in money)


# "单个企业最高奖励不超过50万元": a ceiling's words where the overall-cap wording is not used
_CEILING = re.compile(r"(?:单个|单家|每个|每家|同一)(?:企业|单位|项目)|不超过|不得超过|不高于|封顶")


def _cap_words(quote: str) -> re.Match[str] | None:
    return _OVERALL_CAP.search(quote) or _CEILING.search(quote)


# A clause of a sentence, cut at its commas and semicolons.
_CLAUSE = re.compile(r"[^,;,;。]+")


def cap_clause(sentence: str) -> str | None:
    """The clause of ``sentence`` stating its cap on the total (全年奖励资金总额不超过90万元 of
    "对…每项奖励20万元,全年奖励资金总额不超过90万元"), when the sentence says more than it;
    None when the sentence is the cap alone or no clause holds it."""
    clauses = [c.strip() for c in _CLAUSE.findall(sentence) if c.strip()]
    if len(clauses) < 2:
        return None
    capping = [c for c in clauses if _OVERALL_CAP.search(c)]
    return capping[0] if len(capping) == 1 else None


def conditions_in_text(text: str, document_id: int) -> list[RewardTerm]:
    """Every sentence of a document that states a reward condition, in document order."""
    found: list[RewardTerm] = []
    for line in text.splitlines():  # normalising joins lines: split them first
        for match in _SENTENCE.finditer(vocabulary.normalise(line)):
            found += _sentence_terms(match.group(0).strip(), document_id)
    return found


def _sentence_terms(sentence: str, document_id: int) -> list[RewardTerm]:
    """The condition a sentence states; a sentence both forbidding stacking and capping the total
    ("…不重复奖励,同一企业同一年度累计最高不超过300万元") states two, each its own clause (read
    as one, the cap was lost under 不重复奖励)."""
    condition = classify_sentence(sentence, document_id)
    if condition is None:
        return []
    cap = cap_clause(sentence) if condition.kind == ConditionKind.NO_STACKING else None
    if cap is None or not find_money(cap):
        return [condition]
    rest = _EDGE_MARKS.sub("", _CLAUSE_MARKS_RUN.sub(",", condition.quote.replace(cap, "")))
    capping = classify_sentence(cap, document_id)
    if (
        capping is None
        or capping.kind != ConditionKind.OVERALL_CAP
        or not _NO_STACKING.search(rest)
    ):
        return [condition]
    return [RewardTerm(ConditionKind.NO_STACKING, rest, document_id), capping]


_CLAUSE_MARKS_RUN = re.compile(r"[,,;;]{2,}")
_EDGE_MARKS = re.compile(r"^[,,;;\s]+|[,,;;\s]+$")


# A scope clause rewarding only firms registered in the region (在青川市行政区域内注册…的企业).
LOCAL_REGISTRATION = re.compile(
    r"(?:行政区域|辖区|区域|境)内[^,，;；。]{0,12}(?:注册|登记)"
    r"|(?:本市|本区|本县|本地)[^,，;；。]{0,6}(?:注册|登记)"
)


def requires_local_registration(quote: str) -> bool:
    """Whether a scope clause limits the rewards to firms registered in the region."""
    return LOCAL_REGISTRATION.search(quote) is not None


def classify_sentence(sentence: str, document_id: int) -> RewardTerm | None:
    """The condition a sentence states, or None. Only sentences about rewards count."""
    if not _REWARD_WORDS.search(sentence):
        return None
    quote = re.sub(r"^\s*\d{1,3}[.、]\s*|[。;;]+$", "", sentence)
    if _NO_STACKING.search(sentence):
        return RewardTerm(ConditionKind.NO_STACKING, quote, document_id)
    if _OVERALL_CAP.search(sentence):
        return RewardTerm(
            ConditionKind.OVERALL_CAP,
            quote,
            document_id,
            cap_yuan=cap_sum(sentence),
            tax_tied=bool(_TAX.search(sentence)),
        )
    if _SCOPE.search(sentence):
        return RewardTerm(ConditionKind.SCOPE, quote, document_id)
    return None


def terms_from_stored(rows: Iterable[tuple[str, str]], document_id: int) -> list[RewardTerm]:
    """Conditions the extractor stored as (kind, quote): the amounts are read the same way."""
    found: list[RewardTerm] = []
    for kind, quote in rows:
        detected = classify_sentence(quote, document_id)
        found.append(
            RewardTerm(
                kind,
                quote,
                document_id,
                cap_yuan=cap_sum(quote) if kind == ConditionKind.OVERALL_CAP else None,
                tax_tied=bool(detected and detected.tax_tied) or bool(_TAX.search(quote)),
            )
        )
    return found


# "同一企业最多奖励3个产品", "每家企业最多支持2项", "单个企业不超过5个": how many of one achievement a
# firm is paid for (the word after the measure, 产品, names what is counted).
_COUNT_LIMIT = re.compile(
    r"(?:同一|每家|每个|每户|单个|单家|单户|每一)(?:企业|单位|主体|申报主体|申报单位)"
    r"[^。;;,,]{0,12}?(?:最多|至多|不超过|不多于|限)\s*"
    r"(?P<verb>奖励|支持|补助|资助|奖补|认定|申报|申请|享受|给予)?\s*"
    r"(?P<count>\d+|[一二两三四五六七八九十百]{1,4})\s*(?P<measure>个|项|件|款|次|台|套|家|名|批)"
    r"(?P<noun>[\u4e00-\u9fff]{1,4}(?=[,,;;。))]|$))?"
)


_APPLYING = ("申报", "申请")


@dataclass(frozen=True)
class CountLimit:
    """A limit on how many of an achievement one firm is paid for: ``grant`` is the rule its
    sentence opens with (None when the limit stands alone), ``noun`` what it counts (产品)."""

    quote: str
    clause: str
    limit: int
    measure: str
    grant: str | None
    noun: str | None


def count_limits(text: str) -> list[CountLimit]:
    """Every count limit per firm the document's sentences state, in document order."""
    found: list[CountLimit] = []
    for line in text.splitlines():
        before = ""
        for sentence in _SENTENCE.finditer(vocabulary.normalise(line)):
            said, previous = sentence.group(0).strip(), before
            before = said
            match = _COUNT_LIMIT.search(said)
            if match is None:
                continue
            count = match["count"]
            limit = whole_number(count)
            if not limit or (match["verb"] in _APPLYING and match["measure"] == "次"):
                # "每家企业每年限申报1次": how often a firm may apply, not how many rewards
                continue
            head = said[: match.start()]
            cut = max(head.rfind(mark) for mark in _CLAUSE_MARKS)
            grant = _ITEM_NUMBER.sub("", head[:cut]).strip() if cut > 0 else ""
            if not grant and not match["noun"] and not head.strip():
                # "…每项奖励8万元。每家企业每年最多支持2项。": a limit said in a sentence of its
                # own, naming nothing it counts, binds the rule its paragraph has just granted.
                grant = re.sub(r"[。;;]+$", "", _ITEM_NUMBER.sub("", previous)).strip()
            clause_start = cut + 1 if cut > 0 else 0
            found.append(
                CountLimit(
                    quote=re.sub(r"[。;;]+$", "", _ITEM_NUMBER.sub("", said)),
                    clause=said[clause_start : match.end()].strip(),
                    limit=limit,
                    measure=match["measure"],
                    grant=grant if grant and find_money(grant) else None,
                    noun=match["noun"],
                )
            )
    return found
