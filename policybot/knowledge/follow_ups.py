"""那顺德呢 / 那2019年呢: a follow-up naming only another place or year re-asks the question
before it with that place or year in place of the old one.

Read alone, 那顺德呢 is a region's name (its overview) and 那2019年呢 a year (every item due
then): the topic the conversation is about (南海区2018年省名牌要多少个) was dropped. The chat
and ``policybot ask --jsonl`` keep the last question a reply answered (``Conversation``) and a
follow-up is read as that question with the place or year swapped in: the same question typed
in full is answered the same way. A follow-up with any other word (那顺德的奖励呢) is a question
of its own and is read as typed.

After an answer, a question asking only about a document (文号是多少, 什么时候发的, 谁发的) is
about the document the answer cited (as 这个文件 is: several cited, it asks which), and one
asking only who leads (谁牵头, 哪些单位负责) is about the item the answer gave: the question
before it with the who-words put after it. A question with no place, year, unit, document
number or topic word of its own is such a follow-up only after an answer: the first message of a
chat is read as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.chinese import to_simplified
from policybot.knowledge.commands import split_command
from policybot.knowledge.places_asked import word_of_place
from policybot.knowledge.pointing import cited_document, points, with_pointed_document
from policybot.knowledge.question import Asks, ParsedQuestion, Topic
from policybot.knowledge.year_sums import asked_sum, years_said

if TYPE_CHECKING:
    from policybot.knowledge.calculation import Calculation
    from policybot.knowledge.reward_claims import ClaimSheet

# 那顺德呢, 顺德呢?, 那湖州的呢, 那么2019年呢: what stands between the lead and 呢 is asked about.
# The question marks an IME types (？！) as well as ASCII ones, and the tone marks typed after
# them (那南海呢～, 那南海呢…, 那南海呢~~).
_FOLLOW_UP = re.compile(
    r"^\s*(?:那么|那)?\s*(?P<what>[^\s呢]{1,20}?)(?:的)?\s*呢"
    r"[\s?\uff1f\u3002.!\uff01~\uff5e\u301c\u2026\u22ef\uff0c,]*$"
)
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:度)?")
# A year typed alone (2028, 2028年的?): after a lookup command of a place, it is 那2028年呢.
_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年?(?:度)?(?:的)?[\s?\uff1f\u3002.!\uff01]*$")


def follow_up(question: str, previous: str | None, parse: Callable[[str], ParsedQuestion]) -> str:
    """``previous`` with the place and/or year ``question`` names put in place of its own,
    when ``question`` is a bare follow-up (那顺德呢); a topic alone (那奖励呢) asked of the
    place ``previous`` names; else ``question`` as typed. After a lookup command naming a
    place (/targets 湖州), a place alone re-runs the command for it (/targets 佛山), and so
    does a year typed alone (2019: /targets 湖州 2019); after a question of a topic, a place
    or year alone is its 呢 follow-up (顺德 as 那顺德呢)."""
    if not previous:
        return question
    # 南海區…省名牌 then 那順德呢: the old place is found, and swapped, in simplified writing.
    previous = to_simplified(previous)
    if _BARE_YEAR.match(question) and split_command(previous) is not None:
        # /targets 红枫区 then 2028: the year of that place's list, not every region's 2028
        return _command_for(previous, parse(question.strip()), parse) or question
    if split_command(previous) is not None and _only_a_place_or_year(question, parse):
        # /rewards 青山区 then 衢州: the command re-run there, as 那衢州呢 re-runs it
        bare = _TRAILING.sub("", to_simplified(question).strip())
        return _command_for(previous, parse(bare), parse) or question
    added = _place_added(question, previous, parse)
    if added is not None:
        return added
    if split_command(previous) is None and _bare_place_or_year(question, previous, parse):
        # 顺德 (or 2019) after 南海区2018年驰名商标要多少件: 那顺德呢, the topic asked again
        question = f"那{question.strip()}呢"
    match = _FOLLOW_UP.match(to_simplified(question))
    if match is None:
        return question
    named = parse(match["what"])
    command = split_command(previous)
    if command is not None:
        # After /targets 佛山, 那奖励呢 asks the topic of 佛山 (its words, not the command's).
        commanded = parse(" ".join(command[1]))
        return (
            _command_for(previous, named, parse)
            or _topic_at_last_place(match["what"], named, commanded)
            or question
        )
    if not _only_place_or_year(named):
        return _topic_at_last_place(match["what"], named, parse(previous)) or question
    asked = parse(previous)
    text = previous
    if named.region_ids or named.places or named.unknown_places:
        # (龙游县, a place no plan is of: asked as typed in full, its scope is said)
        place = _place_named(named)
        # 南京… (no region of the store) then 那顺德呢: the unknown place is replaced too
        old = asked.region_text or "、".join(asked.places) or "、".join(asked.unknown_places)
        text = text.replace(old, place, 1) if old and old in text else place + text
    if named.year is not None:
        year = _year_words(match["what"], named) or f"{named.year}年"
        old_year = _year_words(previous, asked)
        if old_year and old_year in text:
            text = text.replace(old_year, year, 1)
        else:
            where = named.region_text or asked.region_text
            at = text.find(where) + len(where) if where and where in text else 0
            text = text[:at] + year + text[at:]
    return text


# What a question asks of a document itself: its number, its issuer, when it was issued.
_ABOUT_DOCUMENT = re.compile(r"文号|发文|印发|下发|颁布|出台|签发|成文|发布|发的|发出")
# Who leads or carries out an item: its 牵头 and 责任 units.
_WHO_LEADS = re.compile(r"牵头|负责|责任单位|主管|承办|落实|配合")


def about_last_answer(
    question: str, items: str | None, parse: Callable[[str], ParsedQuestion]
) -> str:
    """After an answer: 文号是多少 as 这个文件文号是多少 (the pointer then names the document
    the answer cited); 谁牵头 as ``items`` (the last question answered with items, not about a
    document) with 谁牵头 after it. The question as typed when it names anything of its own."""
    named = parse(question)
    if not _names_nothing(named):
        return question
    text = to_simplified(question)
    if named.asks == Asks.WHO and _WHO_LEADS.search(text):
        # (after /targets 湖州, a list of a place, there is no one item to ask about)
        return f"{_work_asked(to_simplified(items), parse)} {text}" if items else question
    if (named.field is not None or _ABOUT_DOCUMENT.search(text)) and not points(text):
        return f"这个文件{text}"
    return question


def _work_asked(items: str, parse: Callable[[str], ParsedQuestion]) -> str:
    """The work a reward question was of (青川区主导国标奖多少: 青川区主导国家标准): who leads it
    is a task's unit, which its reward rule never names; other questions are kept whole."""
    asked = parse(items)
    if asked.topic_kind != Topic.REWARD or not asked.words:
        return items
    place = asked.region_text or "、".join(asked.places)
    return f"{place or ''}{_year_words(items, asked) or ''}{''.join(asked.words)}"


def _names_nothing(named: ParsedQuestion) -> bool:
    """No place, year, unit, document number, person or topic word: a question only of asking
    (its kind words, 文号, 牵头, are hints)."""
    return not (
        named.region_ids
        or named.places
        or named.unknown_places
        or named.province
        or named.located
        or named.own_region
        or named.year is not None
        or named.window is not None
        or named.unit_ids
        or named.doc_number
        or named.words
        or named.achiever
    )


def _topic_at_last_place(what: str, named: ParsedQuestion, asked: ParsedQuestion) -> str | None:
    """那奖励呢 after 南海区…省名牌要多少个: the topic asked of the place the question before
    named (南海区奖励), when the follow-up names a topic and no place of its own (a year, 那2019年的
    奖励呢, is asked of that place too)."""
    if named.region_ids or named.places or named.unknown_places:
        return None
    if not (named.words or named.hints):
        return None
    place = asked.region_text or "、".join(asked.places)
    if not place:
        return None
    return _sum_of_years_kept(what, named, asked, place) or f"{place}{what}"


def _sum_of_years_kept(
    what: str, named: ParsedQuestion, asked: ParsedQuestion, place: str
) -> str | None:
    """省级名牌呢 after 青石三年一共要建成几个国家级质检中心: the sum of the same years asked of
    the topic (青石三年省级名牌一共多少), never the topic's first year alone (attack56 H6); None
    when the question before asked no sum of years, or the follow-up names a time of its own."""
    if named.year is not None or named.window is not None:
        return None
    text = asked.text
    summed = asked_sum(text)
    if summed is None:
        return None
    said = years_said(text, summed.start())
    if said is None:
        return None
    first, last, _listed = said
    return f"{place}{text[first:last]}{what}{summed['sum'] or '一共'}多少"


# 加上南塘区呢, 再加上南塘区, 还有南塘区呢: a place added to the places of a sum asked before.
_ADDED = re.compile(
    r"^\s*(?:那么|那)?\s*(?:再)?(?:加上|算上|连同|加)(?P<what>[^\s呢]{1,12}?)(?:的)?"
    r"\s*(?:一共|合计|总共|加起来)?(?:呢|多少|是多少|几个)?"
    r"[\s?\uff1f\u3002.!\uff01~\uff5e]*$"
)


# The ask of one place's figure (多少家, 几个), the last one typed.
_HOW_MANY = re.compile(r"(?:多少|几)(?!.*(?:多少|几))")


def _place_added(
    question: str, previous: str, parse: Callable[[str], ParsedQuestion]
) -> str | None:
    """东湖区和西岭区省名牌一共多少个 then 加上南塘区呢: the sum asked again with the place added
    after the places typed (东湖区和西岭区和南塘区省名牌一共多少个, attack56 M8); None when the
    question adds no place alone, or the question before asked no sum of two places or more
    typed."""
    match = _ADDED.match(to_simplified(question))
    if match is None or split_command(previous) is not None:
        return None
    summed = asked_sum(previous) is not None
    how_many = None if summed else _HOW_MANY.search(previous)
    if not summed and how_many is None:
        return None
    named = parse(match["what"])
    if named.year is not None or not _only_place_or_year(named):
        return None
    asked = parse(previous)
    typed = [
        *(asked.region_text or "").split("、"),
        *asked.places,
        *asked.unknown_places,
    ]
    ends = [previous.rfind(name) + len(name) for name in typed if name and name in previous]
    if how_many is not None:
        # 北江区新增品字标认证企业多少家 then 加上南江区呢: one place's figure, now summed with
        # the place added (北江区和南江区…一共多少家; attack58 M4)
        if len(ends) != 1 or ends[0] > how_many.start():
            return None
        at = how_many.start()
        rest = f"{previous[ends[0] : at]}一共{previous[at:]}"
        return f"{previous[: ends[0]]}和{_place_named(named)}{rest}"
    if len(ends) < 2:
        return None  # (a sum of one place's years, 青石三年一共…, is no sum of places)
    end = max(ends)
    return f"{previous[:end]}和{_place_named(named)}{previous[end:]}"


def _command_for(
    previous: str, named: ParsedQuestion, parse: Callable[[str], ParsedQuestion]
) -> str | None:
    """那佛山呢 after /targets 湖州 (or /rewards 湖州 驰名商标, /deadlines 湖州 全部): the
    command re-run with the new place in the old one's argument; None when the follow-up
    names anything but a place, or the command named no place. 那2019年呢 after /targets 湖州
    re-runs it for that year, keeping the place (/targets 湖州 2019)."""
    has_place = bool(named.region_ids or named.places)
    if has_place == (named.year is not None):
        return None
    if named.words or named.hints or named.unit_ids or named.unknown_places:
        # (柯城区, a place the documents only mention, is no argument a command takes)
        return None
    split = split_command(previous)
    if split is None or split[0] not in _PLACED_COMMANDS or not split[1]:
        return None
    name, args = split
    parsed = parse(args[0])
    if not (parsed.region_ids or parsed.places) or parsed.words or parsed.hints:
        return None
    if named.year is not None:
        others = [arg for arg in args[1:] if not _YEAR_ARG.fullmatch(arg)]
        return " ".join([f"/{name}", args[0], *others, str(named.year)])
    place = named.region_text or "、".join(named.places)
    return " ".join([f"/{name}", place, *args[1:]])


# A command's year argument (/targets 湖州 2018, /deadlines 佛山 2018年)
_YEAR_ARG = re.compile(r"(?:19|20)\d{2}\s*年?")


# Lookup commands whose first argument is a place (``knowledge.commands``).
_PLACED_COMMANDS = frozenset({"targets", "rewards", "deadlines"})


def _only_place_or_year(named: ParsedQuestion) -> bool:
    """Nothing named but regions (or places, held or not) and a year: no topic, unit or other
    word (a place the documents mention, 柯城区, is also a word of the topic: not another)."""
    has_place = bool(named.region_ids or named.places or named.unknown_places)
    if not has_place and named.year is None:
        return False
    return not (_other_words(named) or named.hints or named.unit_ids)


def _other_words(named: ParsedQuestion) -> list[str]:
    """The topic's words but the places named (东坪 of 东坪区 included: jieba cut it apart)."""
    places = {*named.places, *named.unknown_places, named.region_text or ""}
    return [word for word in named.words if not word_of_place(word, places)]


def _place_named(named: ParsedQuestion) -> str:
    return named.region_text or "、".join(named.places or named.unknown_places)


# What may trail a bare place or year (顺德?, 2019年的。).
_TRAILING = re.compile(r"(?:的)?[\s?\uff1f\u3002.!\uff01]*$")


def _bare_place_or_year(
    question: str, previous: str, parse: Callable[[str], ParsedQuestion]
) -> bool:
    """A message that is only a place or a year (顺德, 2019年) after a question of a topic
    (南海区2018年驰名商标要多少件): the topic asked again there or then, as 那顺德呢 asks it.
    After a question naming no topic (a place's overview) it is read as typed."""
    if not _only_a_place_or_year(question, parse):
        return False
    asked = parse(previous)
    return bool(asked.words or asked.hints)


def _only_a_place_or_year(question: str, parse: Callable[[str], ParsedQuestion]) -> bool:
    """A message that is only a place or a year (顺德, 2019年?), nothing else typed."""
    text = _TRAILING.sub("", to_simplified(question).strip())
    if not text or len(text) > 12:
        return False
    named = parse(text)
    if not _only_place_or_year(named):
        return False
    if named.window is not None and named.year is None:
        # 青石快到期的 after 青石今年要完成啥: a time word of its own that is no year (快到期,
        # 下个月) has no year to swap into the question before; it is asked as typed, never
        # read as that question's 今年 (attack55 M7).
        return False
    rest = text
    for said in (named.region_text, *named.places, *named.unknown_places, _year_words(text, named)):
        if said:
            rest = rest.replace(said, "", 1)
    return not (rest.strip("、和与及 ") and not _BARE_YEAR.match(rest))


def _year_words(text: str, parsed: ParsedQuestion) -> str | None:
    """How ``text`` names its year: 2019年, or a time word (明年, 今年)."""
    if parsed.window is not None and parsed.window.words and parsed.window.words in text:
        return parsed.window.words
    found = _YEAR.search(text)
    if found is None and parsed.year is not None:
        # 顺德区2018省名牌产品: the year typed without 年 is the year, and is swapped too
        found = re.search(rf"(?<!\d){parsed.year}(?!\d)", text)
    return found.group(0) if found else None


# Keys of what a chat remembers (a chat's ``chat_data`` or the CLI session's dict).
LAST_DOCUMENT = "last_cited_document"
LAST_QUESTION = "last_question"
# The last question answered with items (not a document's number or date): what 谁牵头 asks of.
LAST_ITEMS = "last_items_question"
# Whether a reply answered anything yet (文号是多少 as the first message asks it of no document).
ANSWERED = "answered"
# The counts the ➕/➖ buttons set on the last calculation: (words, role, count) per claim.
LAST_COUNTS = "last_calculation_counts"


@dataclass
class Conversation:
    """What one chat remembers between questions: the last document a reply cited (这个办法)
    and the last question a reply answered (那顺德呢). Kept in ``memory``, the chat's data."""

    memory: MutableMapping[str, Any]

    def read(self, question: str, parse: Callable[[str], ParsedQuestion]) -> str:
        """``question`` as the conversation makes it read: a follow-up filled in from the last
        question, a pointer (这个文件) replaced by the last document's title."""
        read = follow_up(question, self.memory.get(LAST_QUESTION), parse)
        if read == question and self.memory.get(ANSWERED):
            # 文号是多少, 谁牵头 after an answer (the chat's first message is read as typed)
            read = about_last_answer(question, self.memory.get(LAST_ITEMS), parse)
        return with_pointed_document(read, self.memory.get(LAST_DOCUMENT))

    def remember(self, question: str, answer: Answer) -> None:
        """After a reply: its document, and the question when it was one of a topic.

        What the reply was about replaces what was remembered before it: a list citing several
        documents leaves no one document to point at (这个文件 then asks which, instead of
        naming one read two replies ago), and a command (/targets 湖州, ``question`` its text)
        is what a follow-up goes on from (那顺德呢 re-runs it for 顺德, never re-asks the
        question before the command). A guide (你好) changes nothing; a 未找到 leaves the
        document remembered. A reply about a document (its 文号) leaves the question of items
        before it remembered for 谁牵头; a command's list of a place leaves none."""
        if answer.kind == AnswerKind.GUIDE:
            return
        self.memory[ANSWERED] = True
        command = split_command(question) is not None
        if answer.question is not None and answer.kind != AnswerKind.DOCUMENTS and not command:
            self.memory[LAST_ITEMS] = question
        elif command or (answer.found and answer.kind != AnswerKind.DOCUMENTS):
            self.memory.pop(LAST_ITEMS, None)
        if answer.facts:
            cited = cited_document(answer)
            if cited is not None:
                self.memory[LAST_DOCUMENT] = cited
            else:
                self.memory.pop(LAST_DOCUMENT, None)
        if answer.question is not None or command:
            # (/deadlines 南海 with nothing due is still what 2019年 goes on from)
            self.memory[LAST_QUESTION] = question
        elif answer.found:
            self.memory.pop(LAST_QUESTION, None)

    def remember_counts(self, sheet: ClaimSheet) -> None:
        """The counts a ➕/➖ button set, so 东湖区呢 after it prices the same counts there
        (attack58 M6: the question's own counts came back)."""
        self.memory[LAST_COUNTS] = [
            (claim.words, claim.role, claim.count) for claim in sheet.claims
        ]

    def forget_counts(self) -> None:
        self.memory.pop(LAST_COUNTS, None)

    def counted_again(self, sheet: ClaimSheet) -> ClaimSheet | None:
        """``sheet`` (a follow-up's reading of the last calculation's question) with the counts
        the buttons set on it; None when they set none that differs."""
        counts = {(words, role): count for words, role, count in self.memory.get(LAST_COUNTS, ())}
        changed = [
            claim
            for claim in sheet.claims
            if counts.get((claim.words, claim.role), claim.count) != claim.count
        ]
        if not changed:
            return None
        claims = tuple(
            claim.with_count(counts.get((claim.words, claim.role), claim.count))
            for claim in sheet.claims
        )
        return replace(sheet, claims=claims)

    def remember_calculation(self, question: str, calculation: Calculation) -> None:
        """After a reward calculation asked in words (中国质量奖和提名奖一共奖多少): the question,
        so 东湖区呢 prices the same achievements there (attack56 L1: it showed 东湖区's overview),
        and the one document whose rules priced it (这个文件 then points at it)."""
        self.memory[ANSWERED] = True
        self.memory.pop(LAST_ITEMS, None)
        self.memory[LAST_QUESTION] = question
        documents = {line.citation.document for line in calculation.lines}
        if len(documents) == 1 and None not in documents:
            self.memory[LAST_DOCUMENT] = documents.pop()
        else:
            self.memory.pop(LAST_DOCUMENT, None)
