"""What a firm says it achieved, read from its own words: "主导制定了1项国际标准、新获中国驰名商标1件".

The reward calculator needs, per achievement, the words that name it, the firm's role (主导,
参与, 承担), and how many. The same reader serves the free-text question and the structured form
(``衢州 国际标准 主导 1; 驰名商标 1``): both are clauses separated by punctuation, each holding an
achievement, perhaps a role and perhaps a count. Only general vocabulary lives here — how people
write roles, counts and asking words; which achievements exist comes from the store's rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from policybot.knowledge import vocabulary
from policybot.knowledge.chinese import CHINESE_DIGITS
from policybot.knowledge.extract.numbers import find_money
from policybot.knowledge.glossary import BUILT_IN
from policybot.knowledge.reward_terms import ConditionKind

# How a firm writes its role, mapped to the roles the extractor stores on reward rules.
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    ("第一起草单位", "主导"),
    ("第一起草", "主导"),
    ("主导", "主导"),
    ("为主", "主导"),
    ("牵头", "主导"),
    ("参与", "参与"),
    ("参加", "参与"),
    ("承担", "承担"),
)
# Words that carry the asking or the firm, never the achievement.
_FILLER = (
    "我们公司", "我们企业", "我们单位", "我们", "我司", "本公司", "公司", "企业", "单位",
    "今年", "去年", "本年度", "当年", "一共", "总共", "合计", "请问", "一下", "最高", "最多",
    "能拿多少钱", "能拿多少", "能拿", "能奖多少钱", "能奖多少", "可以拿", "拿多少", "能得", "能获得",
    "可获得", "多少钱",
    "多少", "奖励", "奖金", "补助", "计算", "算一下", "算算", "大概", "可以", "能",
    "制修订", "制定", "修订", "起草", "新获得", "新获评", "新获", "获得", "获评", "荣获",
    "新拿到", "新拿", "拿到", "拿了", "评上",
    "首次", "取得", "通过", "分别", "各", "了", "的", "吗", "呢", "有",
)  # fmt: skip
_MEASURE = r"项|件|个|家|次|名|份|块|张|条"
# A count: digits (not a year), or a Chinese numeral that a measure word follows.
_COUNT = re.compile(
    rf"(?<!\d)(?P<digits>\d{{1,4}})(?!\d|\s*年)\s*(?:{_MEASURE})?"
    rf"|(?P<chinese>[一二两三四五六七八九十]{{1,3}})\s*(?:{_MEASURE})"
)
_CLAUSE_BREAK = re.compile(r"[;；,，。!！?？\n]+")
# "主导制定了2项国家标准、1项国际标准": a list inside one clause, its role written once for all.
_LIST_BREAK = re.compile(r"[、]+")
# 跟 as spoken for 和 (省名牌跟省著名商标), not 跟踪/跟进.
_WITH = "跟(?![踪进随])"
# "两项国家标准和一项行业标准": one clause, two achievements sharing the role written before.
_CONJUNCTION = re.compile(
    rf"(?<=[{_MEASURE.replace('|', '')}])(?:以及|和|及|与|{_WITH})"
    rf"|(?:以及|和|及|{_WITH})(?=\d|[一二两三四五六七八九十]\s*(?:{_MEASURE}))"
)
# "主导制定1项国际标准又拿了驰名商标": 又/还/同时… before a verb of winning starts another
# achievement, as a comma would.
_NEXT_ACHIEVEMENT = re.compile(
    r"(?:又|还|并且|并|同时|另外|另)(?=新?(?:拿|获|评上|通过|主导|参与|承担|首次))"
)
_EDGE_MARKS = re.compile(r"^[()“”\"']+|[()“”\"']+$")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
_PLACE_PREPOSITION = re.compile(r"^(?:在|于|位于|地处)")
# "我们公司是第一起草单位制定了国际标准": 是/作为 left before the achievement once the role is out.
_BEING = re.compile(r"^(?:是|作为|以)")
# "企业当期纳税地方留存80万元": the figure an overall cap tied to the firm's tax needs.
_TAX_WORDS = re.compile(r"纳税|税收|留存|缴税")
# "外地注册的", "注册地在外省": where the firm is registered, outside the region — no achievement.
REGISTERED_ELSEWHERE = re.compile(
    r"(?:外地|外省|外市|异地|省外|市外|区外|县外|非本地|不在本地)(?:企业)?(?:的)?(?:注册|登记)"
    r"|(?:注册|登记)(?:地)?(?:在|于|是)?(?:外地|外省|外市|异地|省外|市外|区外|县外)"
)
# A request to add up, not a lookup: a counted achievement and a question about the sum.
_COUNTED = re.compile(rf"\d{{1,4}}\s*(?:{_MEASURE})|[一二两三四五六七八九十]\s*(?:{_MEASURE})")
# How a total is asked for (also words of asking the speller must take as written).
TOTAL_WORDS = ("一共", "合计", "总共", "总计", "加起来", "共计")
SUM_WORDS = (*TOTAL_WORDS, "能拿", "能得", "可得", "可拿", "拿多少", "算一下", "算算", "能获得多少")
_TOTAL = re.compile("|".join(TOTAL_WORDS))
# "浙江名牌产品和驰名商标": with no counts written, a conjunction between two achievements.
_BARE_CONJUNCTION = re.compile(rf"以及|和|及|与|还有|{_WITH}")
_SUM_QUESTION = re.compile("|".join(SUM_WORDS))
MAX_CLAIMS = 12
MAX_COUNT = 999
# Every number a clause writes (sign, fraction, exponent and all), so that a count is never read
# from part of one: "-5" is not 5, "1.5" is not 1, "1e308" is not 1. Numbers in names
# (ISO9001) and sums, shares and dates (80万元, 5%, 3月) are not counts and are left alone.
_WRITTEN_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.])(?P<sign>[-−﹣－]\s*)?(?P<number>\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"(?![A-Za-z0-9.])(?!\s*(?:万|亿|千元|元|%|‰|年|月|日|号))"
)
_NEGATIVE_MONEY = re.compile(r"[-−﹣－]\s*\d")
_LETTERS = re.compile(r"[A-Za-z]+")
# How a firm asks about a document's condition rather than naming an achievement
# ("就高不重复吗", "能不能叠加", "有没有上限"): the condition asked, by its kind.
_CONDITION_WORDS: tuple[tuple[str, str], ...] = (
    ("就高不重复", ConditionKind.NO_STACKING),
    ("就高", ConditionKind.NO_STACKING),
    ("不重复", ConditionKind.NO_STACKING),
    ("重复", ConditionKind.NO_STACKING),
    ("叠加", ConditionKind.NO_STACKING),
    ("兼得", ConditionKind.NO_STACKING),
    ("累加", ConditionKind.NO_STACKING),
    ("同时享受", ConditionKind.NO_STACKING),
    ("封顶", ConditionKind.OVERALL_CAP),
    ("上限", ConditionKind.OVERALL_CAP),
    ("总额", ConditionKind.OVERALL_CAP),
)
# Words of asking around a condition (是不是就高不重复, 按什么原则).
_ASKING = re.compile(
    r"是不是|是否|能不能|能否|可不可以|会不会|有没有|可以|怎么算|如何计算|怎么|如何|"
    r"原则|规定|要求|按照|按|只能|还是|奖励|享受|计算|是|吗|呢|么|嘛|啊|的|有|能|会"
)
# Latin abbreviations that name an achievement (CQO, TBT), never a count written wrong.
_LATIN_TERMS = frozenset(term.upper() for term, _ in BUILT_IN if _LETTERS.fullmatch(term))


@dataclass(frozen=True)
class Claim:
    """One achievement as the firm wrote it: the naming words, the role, how many."""

    text: str
    words: str
    role: str | None = None
    count: int = 1

    def with_count(self, count: int) -> Claim:
        return replace(self, count=max(0, min(count, MAX_COUNT)))

    @property
    def label(self) -> str:
        """Short enough for a button: "国际标准·主导"."""
        return f"{self.words}·{self.role}" if self.role else self.words


@dataclass(frozen=True)
class ClaimSheet:
    """Everything read from one request: the achievements and, if given, the firm's tax figure."""

    claims: tuple[Claim, ...]
    tax_retained_yuan: float | None = None
    ignored: tuple[str, ...] = ()
    refusal: str | None = None  # why the request cannot be read as written (a bad count)
    # The place the asker named (我们公司在柯城区…): a scope clause listing it is confirmed.
    place: str | None = None
    # 外地注册的: the firm says it is registered elsewhere, which a scope clause requiring
    # registration in the region (在…行政区域内注册) leaves out.
    registered_elsewhere: bool = False
    # 就高不重复吗: the conditions (``ConditionKind``) asked about, which the document's own
    # condition answers; their words are no achievement.
    asked_conditions: tuple[str, ...] = ()
    # Pieces that wrote a count or a role but no achievement the reader could take ("; 2"):
    # shown to the firm as not read, never dropped without a word.
    unread: tuple[str, ...] = ()
    # 同一年度同一项目获得…和…: the firm says its rewards are for one project (or result), which
    # a 就高不重复 clause of one project (同一项目符合多项奖励条件的,按就高) then reaches.
    same_achievement: bool = False


# "主导制定国家标准奖多少钱?我们公司去年做了2项": a reward asked, then how many the firm did,
# with nothing named in that clause — the count is of the achievement asked about.
_COUNT_AFTER = re.compile(
    r"^(?P<asked>[^?？,，。;；]+?)(?:的)?(?:奖励|奖金|奖)?(?:能拿|能奖|给|是)?多少钱?[?？,，。;；]+\s*"
    r"(?:我们公司|我们企业|我们单位|我们|我司|本公司|咱们)?(?:今年|去年|前年|上年|上一年)?"
    r"(?:一共|总共)?(?:做了|完成了|拿了|获得了|搞了|干了|弄了|有)"
    rf"(?P<count>\d{{1,3}}|[一二两三四五六七八九十]{{1,2}})\s*(?P<measure>{_MEASURE})"
    r"[,，。!！?？]*(?:能拿多少钱?|一共多少钱?|共多少钱?)?[。!！?？]*$"
)


def carried_count(text: str) -> str:
    """``text`` with a bare count after a reward question (…奖多少钱?我们公司去年做了2项) put
    on the achievement asked (…2项,能拿多少), so it is priced as a sum; else ``text``."""
    found = _COUNT_AFTER.match(vocabulary.normalise(text).strip())
    if found is None:
        return text
    return f"我们公司{found['asked']}{found['count']}{found['measure']},能拿多少"


def read_claims(text: str) -> ClaimSheet:
    """The claims in ``text`` (region names must already be taken out by the caller)."""
    claims: list[Claim] = []
    tax: float | None = None
    ignored: list[str] = []
    asked: list[str] = []
    unread: list[str] = []
    text = carried_count(text)
    normalised = vocabulary.normalise(text)
    elsewhere = REGISTERED_ELSEWHERE.search(normalised) is not None
    if elsewhere:
        text = REGISTERED_ELSEWHERE.sub(" ", normalised)
    # 同一年度同一项目: said of the rewards, no achievement of its own (同一项目 was read into
    # the first claim's words, which then matched no rule)
    same_achievement = any(
        not _DENIED_BEFORE.search(normalised, max(0, m.start() - 12), m.start())
        for m in _ONE_ACHIEVEMENT.finditer(normalised)
    )
    if _SAME_OCCASION.search(vocabulary.normalise(text)):
        text = _SAME_OCCASION.sub(" ", vocabulary.normalise(text))
    if _LEVELS_ASKED.search(vocabulary.normalise(text)):
        # 市里和区里一共给多少: whose rules are asked, no achievements (attack58 M14)
        text = _LEVELS_ASKED.sub(" ", vocabulary.normalise(text))
    for sentence in _clauses(_spaced_list(_YEAR.sub(" ", vocabulary.normalise(text)))):
        # A role written before a list (主导制定了2项国家标准、1项国际标准) is every item's.
        role = None
        for clause in _list_items(sentence):
            condition = condition_asked(clause)
            if condition is not None:
                asked += [condition] if condition not in asked else []
                continue
            refusal = _bad_number(clause)
            if refusal is not None:
                return ClaimSheet((), refusal=refusal)
            taxed = _tax_clause(clause)
            while taxed is not None:
                # "国家标准 参与 2 纳税地方留存 500万元": the figure the hint asks for, written
                # after (or before) an achievement without a ";" — split off, the rest is read
                figure, clause = taxed
                if tax is not None and figure != tax:
                    # two figures: which caps the sum cannot be told (attack43: the last was
                    # taken, or the second left with the achievement, which was then not read)
                    return ClaimSheet((), refusal=_TWO_TAX_FIGURES)
                tax = figure
                taxed = _tax_clause(clause) if clause else None
            if not clause:
                continue
            splitter = _CONJUNCTION if _COUNT.search(clause) else _BARE_CONJUNCTION
            for part in splitter.split(clause):
                claim = read_claim(part, default_role=role) or _same_achievement(part, claims)
                if claim is not None:
                    claims.append(claim)
                    role = claim.role
                elif _names_a_count_or_role(part):
                    # "; 2", "参与 1" with nothing before it: never dropped without a word
                    unread.append(part.strip())
    # Merged before the cap: 200 copies of one achievement are one claim ×200, not twelve
    # copies merged into ×12 and "only the first 1" said of the rest (attack43).
    claims = _merge(claims)
    if len(claims) > MAX_CLAIMS:
        ignored = [claim.text for claim in claims[MAX_CLAIMS:]]
        claims = claims[:MAX_CLAIMS]
    return ClaimSheet(
        tuple(claims),
        tax,
        tuple(ignored),
        registered_elsewhere=elsewhere,
        asked_conditions=tuple(asked),
        unread=tuple(unread),
        same_achievement=same_achievement,
    )


# The firm's rewards said to be of one project or result (同一项目, 同一个成果, 同一产品): one
# achievement, whatever rules it meets.
_ONE_ACHIEVEMENT = re.compile(r"同一(?:个|款|项)?(?:项目|成果|事项|产品)")
# 不是同一项目, 不属于同一个成果, 并非同一项目: the firm says its rewards are NOT of one project.
_DENIED_BEFORE = re.compile(
    r"(?:不是|不属于|不算|不为|并非|非|不)(?:在|是)?(?:同一(?:个)?(?:年度|年)(?:内|里)?的?)?$"
)
# …and the words saying so, with a year they share (同一年度同一项目, 在同一年里, 同一个项目上).
_SAME_OCCASION = re.compile(
    r"(?:(?:不是|不属于|不算|不为|并非|非|不)(?:在|是)?)?(?:在|是)?(?:同一(?:个)?(?:年度|年)(?:内|里)?的?)?"
    r"(?:同一(?:个|款|项)?(?:项目|成果|事项|产品)(?:上|里|中)?)"
    r"|(?:(?:不是|不属于|不算|不为|并非|非|不)(?:在|是)?)?(?:在|是)?同一(?:个)?(?:年度|年)(?:内|里)?"
)


_TWO_TAX_FIGURES = "写了两个不同的纳税地方留存额,请只写一个(如 纳税地方留存 80万元)。"


# The firm's own words before its tax figure ("企业当期纳税地方留存"), no achievement.
_TAX_LEAD = re.compile(
    r"(?:我们公司|我们企业|我们|我司|本公司|公司|企业|单位)?的?"
    r"(?:当期|当年|本年度|年度|今年|去年|上年度?|全年)?的?(?:实际)?$"
)


def _tax_clause(clause: str) -> tuple[float, str] | None:
    """The firm's tax figure in ``clause`` and what else the clause says, or None when it
    holds no tax words followed by a sum: "国家标准 参与 2 纳税地方留存 500万元" → (5000000,
    "国家标准 参与 2"); "纳税地方留存80万元" → (800000, "")."""
    words = _TAX_PHRASE.search(clause)
    if words is None:
        return None
    money = next(
        (found for found in _TAX_MONEY.finditer(clause) if found.start() >= words.start()), None
    )
    start, end = words.start(), money.end() if money is not None else 0
    if money is None:
        # "国家标准 主导 2 500万元纳税": the figure written just before the tax words; the
        # achievement before it is still read (attack43: it was dropped, 80万元 for 180万元)
        money = next(
            (
                found
                for found in _TAX_MONEY.finditer(clause)
                if _TAX_GAP.fullmatch(clause[found.end() : words.start()])
            ),
            None,
        )
        if money is None:
            found = find_money(clause)  # the figure first, as the reader always took it
            return (found[0][1], "") if found else None
        start, end = money.start(), words.end()
    figure = find_money(money.group(0))
    if not figure:
        return None
    before = _TAX_LEAD.sub("", clause[:start]).strip()
    after = clause[end:].strip()
    return figure[0][1], " ".join(part for part in (before, after) if part)


# The tax words as a firm writes them (地方留存税收, 纳税地方留存额), one span.
_TAX_PHRASE = re.compile(
    r"(?:地方)?(?:纳税|税收|留存|缴税)(?:地方|纳税|税收|留存|缴税|总额|额|部分)*"
)
_TAX_GAP = re.compile(r"\s*的?\s*")


_TAX_MONEY = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|千元|元)")


def _names_a_count_or_role(part: str) -> bool:
    """A piece that wrote a count or a role but named no achievement the reader could take."""
    return bool(_COUNT.search(part)) or any(word in part for word, _ in ROLE_WORDS)


def condition_asked(clause: str) -> str | None:
    """The condition a clause asks about ("就高不重复吗", "是否可以叠加" → no_stacking; "有没有
    上限" → overall_cap), or None when it names anything else (an achievement, a count)."""
    kind, rest = _take_words(clause, _CONDITION_WORDS)
    if kind is None or _COUNT.search(rest):
        return None
    for word in _FILLER:
        rest = rest.replace(word, " ")
    rest = _ASKING.sub(" ", _EDGE_MARKS.sub("", rest))
    return kind if len("".join(rest.split())) < 2 else None


def _take_words(clause: str, vocabulary: Iterable[tuple[str, str]]) -> tuple[str | None, str]:
    """The meaning of the first of ``vocabulary``'s words ``clause`` holds, and the clause with
    every word of it blanked out (so the rest is read for what else it names)."""
    meaning_found = None
    rest = clause
    for word, meaning in vocabulary:
        if word in rest:
            meaning_found = meaning_found or meaning
            rest = rest.replace(word, " ")
    return meaning_found, rest


# The asking after a total or 各 (一共奖多少, 总共能给多少, 各奖几万): its verb of paying too.
_ASKED_VERB = re.compile(
    r"(?:一共|总共|合计|共计|总计|加起来|加在一起|一起|分别|各)\s*(?:能|可以|可|会|要)?\s*"
    r"(?:奖|给|发|补|拿|得|获得)(?:励|助)?\s*(?:多少|几)[^,,;;。]*$"
)
_BARE_MEASURE = re.compile(r"^(?:了)?[个项件](?![体人])")
_GOT = re.compile(r"^(?:又|还|也|另外|并|新)?(?:拿|获|得|评|荣获|取得|认定)")


def read_claim(clause: str, *, default_role: str | None = None) -> Claim | None:
    """One clause: "主导制定了1项国际标准" → Claim(words=国际标准, role=主导, count=1)."""
    # "提名奖一共奖多少": the 奖 of the asking (一共奖多少) is no part of the achievement (提名奖奖
    # matched no rule: attack55 H3); the 奖 of a title before it (提名奖多少) is left alone.
    clause = _ASKED_VERB.sub(" ", clause).strip() or clause
    role, rest = _take_words(clause, ROLE_WORDS)
    count = 1
    match = _COUNT.search(rest)
    if match:
        count = _number(match.group("digits") or match.group("chinese"))
        rest = rest[: match.start()] + " " + rest[match.end() :]
    for word in _FILLER:
        rest = rest.replace(word, " ")
    words = _EDGE_MARKS.sub("", "".join(rest.split()))
    # "我们公司在柯城区新拿了驰名商标", its place taken out by the caller: 在 is left, no achievement
    words = _BEING.sub("", _PLACE_PREPOSITION.sub("", words))
    # "拿了个驰名商标": a measure word with no number before it is no part of the achievement
    words = _BARE_MEASURE.sub("", words)
    if len(words) < 2:
        return None
    # A role written before a list is the items' ("主导制定了2项国家标准、1项国际标准"), not that
    # of an achievement the firm got (", 拿了个驰名商标": a title has no 主导).
    role = role or (None if _GOT.match(clause.strip()) else default_role)
    return Claim(text=clause.strip(), words=words, role=role, count=min(count, MAX_COUNT))


def _same_achievement(clause: str, claims: list[Claim]) -> Claim | None:
    """ "主导制定了3项国家标准、参与1项": a clause of a role and a count only names no achievement,
    so it is the one written just before, in another role (never dropped: the firm counts it)."""
    if not claims:
        return None
    role = next((meaning for word, meaning in ROLE_WORDS if word in clause), None)
    match = _COUNT.search(clause)
    if role is None or role == claims[-1].role or match is None:
        return None
    count = _number(match.group("digits") or match.group("chinese"))
    return Claim(
        text=clause.strip(), words=claims[-1].words, role=role, count=min(count, MAX_COUNT)
    )


def _bad_number(clause: str) -> str | None:
    """Why a clause's numbers cannot be read as counts (or a tax figure), or None.

    A count is a whole number from 1 to ``MAX_COUNT``; a tax figure is not negative."""
    shown = clause if len(clause) <= 40 else clause[:39] + "…"
    if _TAX_WORDS.search(clause) and _NEGATIVE_MONEY.search(clause):
        return f"无法计算:纳税地方留存额不能为负数(“{shown}”)。"
    words = clause.split()
    if len(words) > 1 and _LETTERS.fullmatch(words[-1]) and words[-1].upper() not in _LATIN_TERMS:
        # "国标 abc": the structured form's count, written as no number
        return f"无法计算:“{shown}”里的数量 {words[-1][:20]} 应为 1 到 {MAX_COUNT} 的整数。"
    for match in _WRITTEN_NUMBER.finditer(clause):
        written = match.group(0).strip()
        digits = match.group("number").replace(",", "")
        if match.group("sign"):
            why = "不能为负数"
        elif not digits.isdigit():
            why = "应为整数"
        elif not 1 <= int(digits) <= MAX_COUNT:
            why = f"应在 1 到 {MAX_COUNT} 之间"
        else:
            continue
        shown_number = written if len(written) <= 20 else written[:19] + "…"
        return f"无法计算:“{shown}”里的数量 {shown_number} {why};数量应为 1 到 {MAX_COUNT} 的整数。"
    return None


def _clauses(text: str) -> list[str]:
    parts = _CLAUSE_BREAK.split(_NEXT_ACHIEVEMENT.sub(",", text))
    return [part.strip() for part in parts if part and part.strip()]


def _spaced_list(text: str) -> str:
    """``text`` with a space after a counted achievement read as 、 (衢州 主导制定 国家标准 1项
    行业标准 1项 能拿多少, typed on a phone without punctuation, trial51 M4): the next words are
    another achievement of the same list, sharing the role written before it."""
    return _SPACED_ITEM.sub(r"\g<count>、", text)


# A count with its measure word, then a space and more words — not the count's own role written
# after it (国家标准 2项 参与).
_SPACED_ITEM = re.compile(
    rf"(?P<count>(?:(?<![\d.])\d{{1,4}}|[一二两三四五六七八九十])\s*(?:{_MEASURE}))\s+"
    rf"(?=[\u4e00-\u9fff])(?!(?:{'|'.join(word for word, _ in ROLE_WORDS)})\s*(?:$|[;；,，]))"
)


def _list_items(sentence: str) -> list[str]:
    parts = _LIST_BREAK.split(sentence)
    return [part.strip() for part in parts if part and part.strip()]


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return CHINESE_DIGITS.get(tens, 1) * 10 + CHINESE_DIGITS.get(ones, 0)
    return CHINESE_DIGITS.get(text, 1)


def _merge(claims: list[Claim]) -> list[Claim]:
    """The same achievement written twice counts once, with the counts added."""
    merged: dict[tuple[str, str | None], Claim] = {}
    for claim in claims:
        key = (claim.words, claim.role)
        if key in merged:
            merged[key] = merged[key].with_count(merged[key].count + claim.count)
        else:
            merged[key] = claim
    return list(merged.values())


def looks_like_calculation(text: str) -> bool:
    """ "新获驰名商标1件,能拿多少?" asks for a sum; "驰名商标奖励多少钱" is a lookup. Several
    achievements with a total asked for ("新获得浙江名牌产品和驰名商标,一共能拿多少") are a sum
    too, one of each."""
    normalised = vocabulary.normalise(carried_count(text))
    if not _SUM_QUESTION.search(normalised) and not _OWN_SUM_QUESTION.search(normalised):
        return False
    if _COUNT_ASKED.search(normalised):
        # 枫溪区2027年和2028年省级名牌一共多少个: a number of things asked, which targets
        # state; the calculator would answer in money (attack54 H2: 合计 15万元).
        return False
    if _LEVELS_TOGETHER.search(normalised):
        # 成功上市了,市区两级加起来一共能拿多少: what the levels pay together, which a rule
        # states itself (市区两级奖励累计达到400万元) — one achievement, no sum of several.
        return False
    if _COUNTED.search(normalised):
        return True
    # 我们公司新拿了浙江制造认证和驰名商标,能拿多少: a firm's own achievements, joined, and
    # one sum asked for (湖州和衢州的驰名商标能拿多少 joins places: a lookup).
    # 拿了驰名商标又拿了浙江名牌 (又/还 before a verb of winning) and 国家标准、国际标准 join too.
    # 获得中国质量奖又获得省政府质量奖, 同时获得驰名商标和浙江名牌: winning one more (又/同时
    # before a verb of winning) speaks of one firm's achievements as 我们…拿了 does (trial45 M5).
    own = _OWN_ACHIEVEMENT.search(normalised) or _NEXT_ACHIEVEMENT.search(normalised)
    joined = (
        _BARE_CONJUNCTION.search(normalised)
        or _NEXT_ACHIEVEMENT.search(normalised)
        or _LIST_BREAK.search(normalised)
    )
    claims = read_claims(normalised).claims
    if own and any(claim.role for claim in claims):
        # 我们公司是第一起草单位制定了国际标准,能拿多少: the firm's own role in one achievement
        return True
    if claims and asks_levels_together(normalised) and _TOTAL.search(normalised):
        # 拿了品字标认证,市里和区里一共给多少: one achievement, the levels' rules summed (the
        # levels were read as two more achievements before, attack58 M14)
        return True
    several = _TOTAL.search(normalised) or (joined and own)
    return bool(several) and len(claims) >= 2


# A count of things asked for (多少个, 几项), not a sum of money.
_COUNT_ASKED = re.compile(rf"(?:多少|几)\s*(?:{_MEASURE})")
# The levels of government that pay one reward together (市区两级, 省市县三级).
_LEVELS_TOGETHER = re.compile(r"[省市县区镇]{2,3}[两三]级")
# The levels of government asked together (市区两级, 市里和区里, 市级和区级): whose rules are
# asked, which ``stacked_rewards`` shows side by side.
_LEVELS_ASKED = re.compile(
    r"[省市县区镇]{2,3}[两三]级|[市区县省](?:里|级)(?:和|跟|与|加上?|及)[市区县省](?:里|级)"
)


def asks_levels_together(text: str) -> bool:
    """市区两级一共奖多少, 市里和区里各奖多少: the rewards of the levels asked together."""
    return _LEVELS_ASKED.search(text) is not None


# The asker speaks of what the firm itself achieved.
_OWN_ACHIEVEMENT = re.compile(r"我们|我司|本公司|本企业|咱们|新拿|拿了|拿到|获得了|评上")
# "我们公司参与制定了1项国家标准,青川能奖多少": what the rules would pay the firm for its own
# achievements ("修水县一件发明专利能奖多少钱" asks what a rule pays: a lookup)
_OWN_SUM_QUESTION = re.compile(rf"(?:{_OWN_ACHIEVEMENT.pattern}).*能奖多少")
