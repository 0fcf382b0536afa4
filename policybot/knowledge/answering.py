"""Answering a parsed question: facts first, the documents' own sentences when no fact does.

1. The scope: the region asked about (with the plans of the cities above it, whose rules
   cover their districts), a place a plan mentions, a document number, a year or a window of
   dates. A place no plan mentions, or a year no plan covers, is out of the store: 未找到.
2. A document's own data (文号, 印发日期, 停止执行 …) come from ``document_answers``.
3. Otherwise the best fact and the best sentence of the scope are measured with one rule
   (``confidence.coverage``); a fact wins unless the sentence says clearly more. The answer
   must be of the kind asked: a sum of money for 奖励多少, a date for 什么时候, units for 谁.
4. A list question (哪些, 什么目标, a unit's duties, what falls due this month) lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from policybot.knowledge import confidence, document_answers, vocabulary
from policybot.knowledge.achieved import (
    ONLY_THE_AIM,
    asks_achieved,
    counts_nothing,
    reported_progress,
    states_an_aim,
)
from policybot.knowledge.answer_layout import (
    HEDGE_TEXT,
    answer_kind,
    answer_title,
    as_typed,
    disagreement,
    districts_named_by_several,
    each_place_or_none,
    headline_of,
    leads_by_item,
    leads_by_place,
    leads_of_one_document,
    level_named,
    naming_places,
    row_or_near_ties,
    rows_of_places_asked,
)
from policybot.knowledge.answer_sizes import (
    FACT_POOL,
    LIST_LIMIT,
    PASSAGE_POOL,
    TIE_MARGIN,
)
from policybot.knowledge.answers import (
    ASKING_TITLE,
    NOT_FOUND,
    Answer,
    FactLine,
    not_found_about,
)
from policybot.knowledge.body_names import body_name
from policybot.knowledge.candidates import Candidate
from policybot.knowledge.chinese import CHINESE_COUNTS
from policybot.knowledge.clipping import clip
from policybot.knowledge.confidence import Verdict, decide
from policybot.knowledge.date_checks import checked_date
from policybot.knowledge.eligibility_answers import ASKS_REQUIREMENTS, eligibility_answer
from policybot.knowledge.equal_tiers import equal_tier
from policybot.knowledge.extract.metadata import addressee
from policybot.knowledge.extract.targets import UNDECIDED
from policybot.knowledge.figure_checks import checked_figure
from policybot.knowledge.figures import respective_sum, verb_doer
from policybot.knowledge.fits import (
    ASKS_SPLIT,
    MONEY,
    NUMBER,
    SHARE_GIVEN,
    asks_in_a_measure,
    counted_alike,
    fact_fits,
    fact_kinds,
    in_measure_asked,
    lists_kinds_of,
    vague_count_of_topic,
)
from policybot.knowledge.heading_counts import asks_duty_count
from policybot.knowledge.hedges import unwritten_word
from policybot.knowledge.hints import not_found_hint
from policybot.knowledge.kind_lists import kind_asked, lists_kind
from policybot.knowledge.lettered_lists import lettered_list
from policybot.knowledge.lines import (
    PASSAGE,
    SUPPORT_WITHOUT_SUM,
    fact_line,
    fact_region,
    passage_line,
    section_within,
)
from policybot.knowledge.listing_order import listing_order
from policybot.knowledge.lookup_answers import (
    LOOKUP_MAX_FACTS,
    truncation_note,
    typed_command,
)
from policybot.knowledge.measuring import Measurer, fact_text
from policybot.knowledge.models import FactKind
from policybot.knowledge.office_seats import office_seat
from policybot.knowledge.passage_candidates import (
    EXCERPT_CHARS,
    YEAR_NAMED,
    passage_candidates,
    search_terms,
)
from policybot.knowledge.passages import PassageText
from policybot.knowledge.place_differences import (
    UNRESOLVED,
    figure_difference,
    item_before_which,
    never_one_side,
    unresolved_difference,
)
from policybot.knowledge.place_extremes import (
    asks_extreme_place,
    scaled_figure,
    with_extreme_place,
)
from policybot.knowledge.place_sums import place_sum
from policybot.knowledge.place_titles import asked_place
from policybot.knowledge.place_years import more_of_places_years
from policybot.knowledge.places_asked import of_another_division
from policybot.knowledge.provinces import (
    cities_of_held_province,
    gazetteer_parents,
)
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.question import (
    BESIDES_MONEY,
    DOC_NUMBER,
    DOCUMENT_NAME_WORDS,
    PAYER_ASKED,
    PROVINCIAL_TITLE_WORD,
    TIME_LEFT,
    Asks,
    Field,
    ParsedQuestion,
    Topic,
    asks_each_its_figure,
    own_region_asked,
    parse_question,
    regions_above,
    regions_within,
)
from policybot.knowledge.question_scope import (
    Scope,
    dated_nowhere,
    find_scope,
    place_as_unfiled,
    places_inside,
    province_note,
    short_place,
)
from policybot.knowledge.recurring_answers import recurring_list, report_duties
from policybot.knowledge.region_spread import (
    district_not_held,
    of_region_above,
    one_region_of_rewards,
    per_region,
)
from policybot.knowledge.regions import region_aliases
from policybot.knowledge.reward_amount_checks import checked_reward_sum
from policybot.knowledge.reward_differences import reward_difference
from policybot.knowledge.reward_grades import further_prizes
from policybot.knowledge.reward_replies import asks_the_reward, pays_nothing
from policybot.knowledge.reward_rule_answers import (
    ABOUT_REWARDS,
    ASKS_CAP,
    ASKS_STACKING,
    ENTITY_WORDS,
    applicability,
    application_window,
    registered_elsewhere,
    reward_caps,
    reward_conditions,
    rewards_another_standard_level,
)
from policybot.knowledge.reward_tiers import (
    holds_amount,
)
from policybot.knowledge.reward_tops import rule_top
from policybot.knowledge.row_quotes import readable_row
from policybot.knowledge.same_lines import one_per_statement
from policybot.knowledge.search import IndexedFact, KnowledgeIndex, soonest_first
from policybot.knowledge.shown_parts import shown_part
from policybot.knowledge.stacked_rewards import encloses, keeps_above, stacked_headline
from policybot.knowledge.stated_dates import stated_apart, with_stated_date
from policybot.knowledge.steps import names_step, step_asked, undated_step
from policybot.knowledge.timewords import TimeWindow
from policybot.knowledge.typed_shares import with_shares_in_digits
from policybot.knowledge.unit_duties import count_in_heading_of, duties
from policybot.knowledge.window_answers import (
    PHASE_WORDS,
    deadlines,
    in_window,
    in_year,
    month_as_clause_date,
    nearest_dues,
    nothing_due,
    starting_then,
    year_window,
)
from policybot.knowledge.year_cells import (
    PROGRESS_ASKED,
    column_cell,
    progress_cell,
    row_cell_of_year,
)
from policybot.knowledge.year_differences import year_difference
from policybot.knowledge.year_sums import plan_years_sum, year_sum

# A second sentence is shown beside the best when it measures this close to it.
PASSAGE_TIE = 0.02
# A note in brackets after a sentence ((注:2032年暂停评选)): what it says.
_YEAR_NOTE = re.compile(r"[((]\s*注\s*[::](?P<said>[^()()]+)[))]")
# A sentence must cover this much more than the best fact to be preferred to it.
PASSAGE_MARGIN = 0.08
# How much less a sentence that enumerates may match than the best one that does not, and
# still join it as the list asked for (哪几个, 哪些).
LIST_TIE = 0.1
# How much less the sentence listing the kind asked (…、…、…战略 for 哪几个战略) may match than
# the best one, and still lead it: the kind's run is the answer, its words often fewer.
KIND_LIST_TIE = 0.2
# 哪七个, 哪三项: the count of the members asked for, and the group named by it (七大专项行动).
_COUNT_ASKED = re.compile(r"哪([两二三四五六七八九十]+)[个家项名件所条种类位大]")
# Members listed otherwise than A、B、C: titles in a row (《…》《…》), 一是…二是….
_NAMES_MEMBERS = re.compile(r"》[、,,和及与]?《[^》]+》[、,,和及与]?《|一是.+二是")


def _group_named_not_listed(parsed: ParsedQuestion, labels: Sequence[str]) -> str | None:
    """The group a question asks the members of by their count (七大专项行动是哪七个), when the
    sentences found only name it: none enumerates (A、B、C), and they are fewer than the count."""
    asked = _COUNT_ASKED.search(parsed.reading)
    if asked is None or asked.group(1) not in CHINESE_COUNTS:
        return None
    if any(_ENUMERATES.search(label) or _NAMES_MEMBERS.search(label) for label in labels):
        return None
    if len(labels) >= CHINESE_COUNTS[asked.group(1)]:
        return None
    # The group as the question writes it: the topic's words in a row from 七大 on.
    words = iter(parsed.words)
    group = next((w for w in words if w == asked.group(1) + "大"), "")
    for word in words:
        if not group or not parsed.reading.count(group + word):
            break
        group += word
    return group if len(group) > len(asked.group(1)) + 1 else None


# Three items or more, each a few characters, set out with 、 (上海服务、上海制造、上海购物).
_ENUMERATES = re.compile(r"[\u4e00-\u9fff“”\w]{2,12}、[\u4e00-\u9fff“”\w]{2,12}、")

# A tier of an award asked about (特等奖, 一等奖, 金奖): the item must name it.
_TIER_ASKED = re.compile(r"[特一二三四五六]等奖|[金银铜]奖")
# The issuer speaking of itself: 我局将对…, 本委负责….
_ISSUER_ITSELF = re.compile(r"[我本](?:局|委|厅|办|中心)(?!室|公)")
# A government named in short as the one deciding, right before the verb it does (市政府研究决定,
# 授予…; 省政府决定,给予…).
_GOVERNMENT_DECIDING = re.compile(
    r"((?:自治区|省|市|州|县|区|旗)(?:人民)?政府)(?:常务会议)?(?:研究)?(?:决定|同意)?[,,]?\s*$"
)
# A document that accompanies a plan (its 政策解读, 起草说明, 申报指南), asked about as such:
# a sentence of the plan sharing the word (解读产品标准) is not it.
_COMPANION_DOCUMENT = re.compile(
    r"(?:的|之)(?:政策)?(解读|起草说明|编制说明|申报指南|办事指南|操作指南|实施细则|考核细则)"
)
# A level named with what it qualifies: 市级制造业创新中心, 省级农业标准化示范区.
_LEVELLED = re.compile(r"(国家|省|市|县|区)级([\u4e00-\u9fff]{2,12})")
_LEVELS = ("国家", "省", "市", "县", "区")
# A verb of aim a question goes on with after the thing it names: 力争达到, 要达到, 多少.
_AIM_VERB = re.compile(r"力争|争取|达到|多少|几[个家项所]")
_LEVEL_SEPARATORS = ("、", "和", "及", "与", "或", "/")
# Quotation marks a document may put round a levelled term: 省级“专精特新”中小企业.
_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"), ("‘", "’"))
# What one may enjoy, asked in the plural sense: 享受什么政策, 有哪些优惠.
_POLICIES_ASKED = re.compile(r"(?:什么|哪些|啥|哪几项)(?:政策|待遇|优惠|扶持|支持政策)")
POLICIES_TIE = 0.35
_VALUE_ASKS = (Asks.MONEY, Asks.NUMBER, Asks.DATE, Asks.WHO, Asks.FREQUENCY)
# What a value question asks for, as 未找到 names it when the topic is there without it.
# The clauses of a sentence, whose figures belong to what each names.
_VALUE_CLAUSE = re.compile(r"[,,;;。]")
_LIST_MARK = re.compile(r"、")
_DIGIT = re.compile(r"\d")
# A ratio (5:5, 1:0.5) is one figure, not two.
_RATIO = re.compile(r"\d+(?:\.\d+)?\s*[::]\s*\d+(?:\.\d+)?")
# A question asking two figures, each by its own 多少 (多少个…、多少个…); 各多少 and 分别多少
# ask one figure per place or thing, which each one's own row answers.
_SEVERAL_FIGURES = re.compile(r"多少.*多少")
# The characters either side of a 我区 that a question quotes from a document with it.
_QUOTED_AROUND = 2
# 窗口审批授权率要达到多少: a rate asked by how much, which only a figure says (…%, 百分之…,
# 几成); the rate word (授权率) as asked.
_RATE_ASKED = re.compile(
    r"([\u4e00-\u9fff]{2}率)(?:要|应|将|能|须|需|得)?"
    r"(?:达到|达|提高到|提升到|保持在|控制在|稳定在|为|是|有)?(?:多少|几)"
)
_RATE_SAID = re.compile(r"\d|百分之|[一二三四五六七八九十]成")
_ASKED_FOR = {
    Asks.MONEY: "奖励金额",
    Asks.NUMBER: "具体数量",
    Asks.DATE: "时间",
    Asks.WHO: "责任单位",
    Asks.FREQUENCY: "频次",
}
# What a notice says a firm achieved: …商标被认定为中国驰名商标, 荣获“中国名牌产品”称号.
_ACHIEVED = re.compile(
    r"(?:被认定为|认定为|被评为|评为|被授予|荣获|获评|获得)了?[“]?"
    r"(?P<what>[\u4e00-\u9fff“”]{2,14}?(?:商标|名牌产品|名牌|质量奖|称号))"
)
_CLAUSE_END = re.compile(r"[,;。]")
# 应由排名第一的申报单位提出: who does a thing (提出, 申报, 申请), named in the sentence
# however the store's units name none of it; the verb must be the one asked (由谁提出申报).
_DONE_BY = re.compile(r"(?:应|须|应当|必须)由([\u4e00-\u9fff]{2,24}?)(提出|申报|申请)")


# 主要目标, 总体目标, 工作目标: how plans head their targets, no topic of them.
_TARGETS_HEADED = frozenset({"主要", "总体", "工作", "具体"})
# A question ending on a plan's targets (…的目标有哪些, 主要目标是什么, 有什么目标).
_ASKS_ITS_TARGETS = re.compile(
    r"(?:目标|指标)(?:任务)?(?:都|主要)?(?:有哪些|是什么|是啥|有啥|有什么|是哪些)[?？]?$"
    r"|(?:有|定了)(?:哪些|什么|啥)(?:目标|指标)[?？]?$"
    r"|(?:主要|总体|工作)(?:目标|指标)(?:任务)?[?？]?$"
    # 洞头品牌建设的目标 (the targets named, nothing asked after them).
    r"|的?(?:目标|目标任务)[?？]?$"
)
# A single word of this many characters is a compound (品牌建设), as two words are.
_COMPOUND_CHARS = 4
# The targets of a scope looked through for a section named by the question.
_SECTION_POOL = 2000


# What a programme's heading adds to its name (品牌培育计划, 质量提升工程, 标准化行动).
_PROGRAMME_ENDING = re.compile(r"^(?:计划|工程|行动|专项行动|三年行动|项目|体系|建设)?$")
# A heading's numbering and marks (一、 (二) 3. 【】), which name nothing.
_HEADING_MARKS = re.compile(r"^[(（]?[一二三四五六七八九十\d]+[)）、.．]?|[\s,,。.:：;；“”\"【】]")


def _naming_words(parsed: ParsedQuestion) -> list[str]:
    """The question's words naming what it asks of, without how plans head targets (主要)."""
    return [w for w in parsed.words if w not in parsed.categories and w not in _TARGETS_HEADED]


def _heads_a_programme(heading: str, named: Sequence[str]) -> bool:
    """Whether ``heading`` is the programme ``named`` (品牌培育计划 for 品牌培育), not a heading
    naming it beside other things (加强企业质量管理和品牌培育)."""
    rest = _HEADING_MARKS.sub("", heading)
    if not all(word in rest for word in named):
        return False
    for word in named:
        rest = rest.replace(word, "", 1)
    return _PROGRAMME_ENDING.match(rest) is not None


def _last_heading(section: str | None) -> str:
    """The innermost heading of a fact's section (品牌培育计划 of 主要任务 / … / 品牌培育计划)."""
    return vocabulary.normalised_name((section or "").rsplit("/", 1)[-1].strip())


# Verbs of doing in general (今年要完成什么, 要干什么): they name no task of their own.
_DOING = frozenset(
    {"完成", "做", "做到", "实现", "开展", "推进", "落实", "抓", "干", "办", "搞", "达成", "进行"}
)


def _finishing_only(parsed: ParsedQuestion) -> bool:
    """Whether a question read as asking targets asks only what is to be finished
    (要完成什么, 要完成哪些): no 目标 or 指标 written, no word but a verb of doing (so never
    完成率 or 完成情况, words of their own)."""
    return (
        parsed.topic_kind == Topic.TARGET
        and "目标" not in parsed.reading
        and "指标" not in parsed.reading
        and bool(parsed.words)
        and all(word in _DOING for word in parsed.words)
    )


# A field named by its 化 noun (标准化, 信息化, 品牌化): its targets are written with the stem.
_FIELD_NOUN = re.compile(r"[\u4e00-\u9fff]{2,4}化")


# 要负责哪些工作, 职责是什么, 牵头什么: a body's duties asked (not its plan's targets:
# 市政府要完成什么).
_ASKS_DUTIES = re.compile(r"负责|职责|分工|承担|牵头|配合")


def _asks_only_duties_of(parsed: ParsedQuestion, office: str) -> bool:
    """Whether the question asks what ``office`` does and names nothing else (its words are
    the office's own, 政府 of 市政府, or words of asking)."""
    named = [
        w
        for w in parsed.words
        if w not in parsed.weak and w not in parsed.categories and w not in office
    ]
    if named:
        return False
    # 南海区市场监管局的任务什么时候完成: when a place's office's tasks fall due asks its duties
    # too (示范市人民政府什么时候完成, of the region asked, asks its plan's dates).
    return _ASKS_DUTIES.search(parsed.reading) is not None or (
        parsed.asks == Asks.DATE and not parsed.region_text
    )


# A question asking which firms were given an award (奖励了哪几家企业, 哪些企业获奖了): a list
# of firms already chosen, which only a notice naming them answers.
_ASKS_FIRMS_AWARDED = re.compile(
    r"(?:奖励|表彰|授予|命名|评出)了(?:哪几家|哪些|哪家)(?:企业|公司)"
    r"|(?:哪几家|哪些|哪家)(?:企业|公司)(?:获奖|获得|评上|拿到|入选)了"
)
# A firm named in a sentence (…有限公司, …集团, …厂), not 企业 in general.
# 厂 as a firm (某某机械厂), not 厂房 or 厂区 (review45)
_NAMES_A_FIRM = re.compile(r"公司|集团|(?<!工)厂(?![房区])")


def _mentioned_without(topic: str) -> str:
    """What ``_said_without_value`` says of ``topic`` the documents speak of without the value
    asked (…提到“卓越绩效”,但没有写明…)."""
    return f"提到“{topic}”,但没有写明"


def mentioned_without_value(answer: Answer, topic: str) -> bool:
    """Whether ``answer`` refuses saying that the documents speak of ``topic``, without the
    value asked (``QuestionAnswerer._said_without_value``)."""
    return not answer.found and _mentioned_without(topic) in answer.headline


def names_no_firm_awarded(question: str, lines: Sequence[FactLine]) -> bool:
    """Whether ``question`` asks which firms were given an award and none of ``lines`` names a
    firm: they are the rule's (对获得认证的企业给予…), not the notice listing who got it."""
    if not _ASKS_FIRMS_AWARDED.search(question):
        return False
    return not any(
        _NAMES_A_FIRM.search(f"{line.label}{line.excerpt or ''}{line.citation.quote}")
        for line in lines
    )


# An item asked by its place in a list the question counts (那7项重点项目,第一项是啥): the
# count as written (7项), then the ordinal.
_ORDINAL_OF_COUNTED = re.compile(
    r"(?P<count>\d+[项个条])[^第]{0,14}第[一二三四五六七八九十\d]+[项个条]"
)

# What lists a counted list's items after its count (3项重点工程:一是…, (一)…, 1.…, a、b、c).
_LISTS = re.compile(r"[::]|一是|[((]一[))]|(?<!\d)1[.、]|、.+、")


def counted_not_listed(question: str, lines: Sequence[FactLine]) -> str | None:
    """The count (7项) when ``question`` asks an item of a list by its place and every line
    found is a sentence counting the list (现将…7项重点建设项目进行分解), not one of its items;
    else None."""
    match = _ORDINAL_OF_COUNTED.search(question)
    if match is None or not lines:
        return None
    count = match.group("count")
    texts = [f"{line.label}{line.citation.quote}" for line in lines]
    if all(count in text and not _LISTS.search(text.split(count, 1)[1]) for text in texts):
        return count
    return None


# A count of things asked by their measure (每年评几家, 奖了多少名): firms, people, schools,
# items — not 个 or 项, which also count a list's headings; 哪几件事 asks which, not how many,
# and 排第几名 (前几名) a rank, not a count (attack46).
_ASKS_A_COUNT = re.compile(r"(?:(?<![哪第前])几|多少)(?P<measure>[家名所件])")
_A_NUMBER = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)\s*(?:余|多)?\s*"


# How long a plan takes, asked (用几年时间, 要花几年, 需要多少年的时间) and stated (用3年左右的时间,
# 通过三年时间的努力, 经过5年的时间, 力争通过5年创建).
_ASKS_DURATION = re.compile(r"(?:几|多少)年(?:的)?时间|(?:用|花|需要)(?:几|多少)年")
_STATES_DURATION = re.compile(
    r"(?:用|通过|经过|花)\s*(?P<span>(?:\d+|[一二三四五六七八九十两])\s*年(?:左右)?)"
    r"(?:(?:的)?时间|(?:的)?(?:创建|建设|努力|奋斗|攻坚))"
)


def count_not_written(question: str, lines: Sequence[FactLine]) -> str | None:
    """The measure (家) when ``question`` asks how many of it and every line found is a
    sentence (no fact read from the text) writing no number of that measure: the sentence about
    the award (how to apply, who reviews) is no count of its winners. Else None."""
    match = _ASKS_A_COUNT.search(question)
    if match is None or not lines or any(line.kind != PASSAGE for line in lines):
        return None
    measure = match.group("measure")
    counted = re.compile(_A_NUMBER + re.escape(measure))
    texts = [f"{line.label}{line.excerpt or ''}{line.citation.quote}" for line in lines]
    if any(UNDECIDED.search(text) for text in texts):
        return (
            None  # 2032年目标待省明确后再定: the plan says the count is not set yet, which answers
        )
    return None if any(counted.search(text) for text in texts) else measure


# A year written out (2021年), in a fact's label or sentence.
_A_YEAR_IN = re.compile(r"(?:19|20)\d{2}年")


class QuestionAnswerer:
    """Answers one parsed question from one snapshot of the store."""

    def __init__(self, index: KnowledgeIndex, tz: ZoneInfo, today: date) -> None:
        self.index = index
        self.tz = tz
        self.today = today
        self.measurer = Measurer(index)

    def _day_of(self, parsed: ParsedQuestion) -> date:
        """The day a question is about: its window's start (下个月); in the year it names
        (2019年), today if today falls in it, else that year's first or last day; else today. A
        per-year target is dated by its occurrence then, as /targets and /deadlines date it."""
        if parsed.window is not None and parsed.window.start is not None:
            return parsed.window.start
        if parsed.year is not None:
            return max(date(parsed.year, 1, 1), min(self.today, date(parsed.year, 12, 31)))
        return self.today

    def dated(self, facts: Iterable[IndexedFact], parsed: ParsedQuestion) -> list[IndexedFact]:
        day = self._day_of(parsed)
        return [self.index.as_of(fact, day) for fact in facts]

    def lines(self, facts: Iterable[IndexedFact], parsed: ParsedQuestion) -> list[FactLine]:
        """Facts as reply lines, each per-year target dated for the day asked about."""
        return [self.line(fact) for fact in self.dated(facts, parsed)]

    def line(self, fact: IndexedFact) -> FactLine:
        """A fact already dated (``_dated``) as a reply line."""
        return fact_line(self.index, fact, self.tz, today=self.today)

    # -- the pipeline -----------------------------------------------------------------------

    def answer(self, parsed: ParsedQuestion) -> Answer:
        specific = _first_answer(_SPECIFIC_ROUTES, self, parsed)
        if specific is not None:
            return specific
        difference = figure_difference(self, parsed)
        if isinstance(
            difference, Answer
        ):  # 东澜区比西岭区多几个: 多18个(东澜区 30个,西岭区 12个,2031年)
            return difference
        if difference == UNRESOLVED:  # never one place's figure as the difference
            return unresolved_difference(self.answer_as_typed(parsed))
        return never_one_side(parsed, self.answer_as_typed(parsed))

    def answer_as_typed(self, parsed: ParsedQuestion) -> Answer:
        """The answer with no narrow-form route tried first; public because a route that takes a
        question of its form but finds nothing to say shows what the question finds as typed."""
        checked = _first_answer(_CHECKING_ROUTES, self, parsed)
        if checked is not None:
            return checked
        answer = self._naming_the_region(parsed, self._answer(parsed))
        answer = self._guess_of_another_step(parsed, answer)
        if not answer.found:
            answer = self._due_in_year(parsed) or answer
        if not answer.found and parsed.province is None:
            answer = self._in_provinces_cities(parsed) or answer
        if not answer.found and parsed.province is None and not parsed.unknown_places:
            answer = self._in_districts(parsed) or answer
        unplaced = None
        if (not answer.found or answer.hedged) and not parsed.region_ids:
            # 咸阳下个月底前要公布什么清单, where a province's notice merely naming 咸阳 matches
            # in part: a document that never says its place may answer it in full.
            if parsed.unknown_places:
                unplaced = self._in_unplaced(parsed)
            elif parsed.places:
                unplaced = self._in_unplaced(place_as_unfiled(parsed))
        elif (not answer.found or answer.hedged) and parsed.region_text and not parsed.places:
            # 常州科技奖配套细则是哪天印发的, where 常州's own documents do not answer: a
            # document whose text never names its place (市科学技术局, 各辖市、区) may be 常州's,
            # as for a place no document is filed under.
            # Only one numbering its papers as the region does: its text cites a 文号 opening
            # with the region's first character (常科发〔2006〕115号 for 常州), the abbreviation
            # a place's organs number their documents by.
            unplaced = self._in_unplaced(
                replace(
                    parsed, region_ids=(), region_text=None, unknown_places=(parsed.region_text,)
                )
            )
            # Or one citing no 文号 at all, of the region's level, when nothing of the region's
            # own documents matches even in part (示范市什么时候公布证明事项清单, of a page of a
            # city's plan that lost its heading and 落款: 市政府…牵头): it numbers as no other
            # place either. One citing another place's papers (青科发 asked of 样例市) is that
            # place's; one speaking for a county (全县…) is no city's, nor a city's a province's.
            held = parsed.region_ids[0] if len(parsed.region_ids) == 1 else None
            level = (self.index.region_name(held) or "")[-1:] if held is not None else ""
            if unplaced is not None and not all(
                _numbers_as(self.index, line.citation.document_id, parsed.region_text)
                or (
                    not answer.hedged
                    and _cites_no_number(self.index, line.citation.document_id)
                    and _own_level(self.index, line.citation.document_id) == level
                )
                for line in unplaced.facts[:1]
            ):
                unplaced = None
            if unplaced is not None and held is not None:
                unplaced = self._unnumbered_of_one_of_several(parsed, unplaced, held, level)
        if unplaced is not None:
            answer = unplaced
        if parsed.unit_ids and parsed.absent_office and answer.found:
            # 市商务局和市统计局: the one no document names is said not found beside the other.
            missing = f"未找到“{parsed.absent_office}”的相关内容"
            answer = replace(answer, notes=(*answer.notes, missing))
        if parsed.unit_ids and answer.found:
            read_as = self._office_read_as(parsed)
            if read_as is not None:
                answer = replace(answer, notes=(*answer.notes, read_as))
        if parsed.year is not None and answer.found and answer.facts:
            # 2032年要培育多少家, of 每年培育20家。(注:2032年暂停评选): the note on the year asked
            # is said with the figure, never left behind it.
            year_note = self._note_on_year(answer.facts[0], parsed.year)
            if year_note is not None:
                answer = replace(answer, notes=(*answer.notes, year_note))
        if unplaced is None and parsed.province is not None and answer.found:
            note = province_note(parsed.province, answer)
            answer = replace(answer, notes=(*answer.notes, note))
        level_said = False
        if answer.hedged and answer.facts:
            levelled = level_named(parsed, answer)
            level_said = levelled is not answer
            answer = levelled
        answer = per_region(parsed, answer)
        not_held = district_not_held(parsed, answer) if parsed.province is None else None
        if not_held is not None and not_held.refused:
            return self.not_found(parsed, not_held.said)
        if not_held is not None:
            answer = replace(answer, notes=(*answer.notes, not_held.said))
        if parsed.region_ids and parsed.province is None and not parsed.unknown_places:
            # a district asked, its city's lines found: not said to be the district's
            within = regions_within(parsed.region_ids, self.index)
            own = {self.index.region_name(r) or "" for r in within}
            asked = "、".join(self.index.region_name(r) or "" for r in parsed.region_ids)
            holds_own = bool(within & self.index.held_region_ids)
            answer = of_region_above(parsed, answer, own - {""}, asked, holds_own=holds_own)
        if answer.hedged and answer.facts and not level_said and unplaced is None:
            # A hedge that says the level the documents do have (文件只有省级的) says why it
            # is no answer already, and shows what there is. (An unplaced page's hedge is no
            # line of the region's documents: it is shown, saying its region is unknown.)
            answer = self._hedge_of_region(parsed, answer)
        progress = self._progress_not_the_year(parsed, answer)
        if progress is not None:
            return progress
        apart = stated_apart(answer, parsed.year, self.index.passages.by_document)
        if apart is not None:
            # 兵团2035年合格率, of 到2025年…达到94%。到2035年…(no figure): not 2035's figure.
            return self.not_found(parsed, f"文件写的是{apart.words}的数字,没有{parsed.year}年的")
        if answer.found and answer.facts and names_no_firm_awarded(parsed.text, answer.facts):
            # 2032年奖励了哪几家企业, of a rule (对通过认证的企业给予…): the rule is not the list.
            return self.not_found(parsed, "文件只写了奖励办法,没有写哪些企业获奖")
        counted = counted_not_listed(parsed.text, answer.facts) if answer.found else None
        if counted is not None:
            # 那7项重点项目第一项是啥, of 现将…7项重点建设项目进行分解: the count is not the item.
            return self.not_found(parsed, f"文件只写了{counted}的数目,没有逐项写出")
        measure = count_not_written(parsed.text, answer.facts) if answer.found else None
        if measure is not None:
            # 县长质量奖每年评几家, of the award's sentences that count no winners.
            return self.not_found(parsed, f"文件没有写多少{measure}")
        # 哪个区任务最多, 东澜和西岭哪个多: the place with the largest figure leads.
        named = tuple(self.index.region_name(region) or "" for region in parsed.region_ids)
        if len(named) < 2 and len(parsed.places) > 1:
            named = parsed.places  # (places only the rows of a plan's table name)
        answer = with_extreme_place(parsed.text, answer, places=named)
        answer = self._duration_stated(parsed, answer)
        return self._time_left(
            parsed, with_stated_date(answer, parsed.year, self.index.passages.by_document)
        )

    def _duration_stated(self, parsed: ParsedQuestion, answer: Answer) -> Answer:
        """计划用几年时间, answered by a document's title or opening: the one sentence of that
        document saying how long (用3年左右的时间, 通过3年时间的努力) answers instead."""
        if not (answer.found and answer.facts and _ASKS_DURATION.search(parsed.text)):
            return answer
        lead = answer.facts[0]
        if _STATES_DURATION.search(lead.label):
            return answer
        document_id = lead.citation.document_id
        stating = [
            (number, passage, match)
            for number, passage in enumerate(self.index.passages.by_document.get(document_id, []))
            if (match := _STATES_DURATION.search(passage.text)) is not None
        ]
        if len(stating) != 1:
            return answer
        number, passage, match = stating[0]
        line = passage_line(self.index, document_id, number, passage, passage.text)
        return replace(answer, headline=match.group("span"), facts=(line,), total=1, listing=False)

    def _time_left(self, parsed: ParsedQuestion, answer: Answer) -> Answer:
        """南海省名牌还有多久到期: the due date found, and how many days are left until it."""
        if not (answer.found and answer.facts and TIME_LEFT.search(parsed.text)):
            return answer
        due = answer.facts[0].due
        if due is None or due < self.today:
            return answer
        days = (due - self.today).days
        left = "今天到期" if days == 0 else f"还有{days}天"
        return replace(answer, headline=f"{answer.headline},{left}")

    def _hedge_of_region(self, parsed: ParsedQuestion, answer: Answer) -> Answer:
        """A hedge for a question naming its region: 未找到 when a word of the subject is
        written in none of the region's documents (``hedges``)."""
        if not parsed.region_ids or parsed.province is not None or parsed.unknown_places:
            return answer
        scope = find_scope(self.index, parsed)
        if isinstance(scope, str) or scope.document_ids is None:
            return answer
        documents = scope.document_ids
        word = unwritten_word(parsed, documents, lambda d, w: self._uses_any(d, [w]))
        if word is None:
            return answer
        return self.not_found(parsed, f"{parsed.region_text or scope.title}的文件没有写“{word}”")

    def _naming_the_region(self, parsed: ParsedQuestion, answer: Answer) -> Answer:
        """铜川市在渭河考核里是什么等级, answered only by its province's notice: the notice's
        line naming 铜川市 (对考核等级为达标的铜川市…) answers, not its first lines, which are
        other cities' (对考核等级为优秀的咸阳市、渭南市…). When every line found is of a region
        above the one asked and none names it, the question is asked again with the region's
        name as a word of it; that answer is taken when its first line names the region."""
        if len(parsed.region_ids) != 1 or parsed.field is not None or parsed.places:
            return answer
        if not answer.found or not answer.facts:
            return answer
        asked = parsed.region_ids[0]
        own = {self.index.region_name(r) for r in regions_within((asked,), self.index)}
        if any(line.region is None or line.region in own for line in answer.facts):
            return answer
        names = sorted(region_aliases(self.index.region_name(asked) or ""), key=len, reverse=True)
        names = [name for name in names if len(name) >= 2]
        if not names or any(_names_any(line, names) for line in answer.facts):
            return answer
        for name in names:
            retried = self._answer(replace(parsed, words=(*parsed.words, name)))
            found = retried.found and not retried.hedged and retried.facts
            if found and _names_any(retried.facts[0], names):
                return retried
        return answer

    def _in_provinces_cities(self, parsed: ParsedQuestion) -> Answer | None:
        """广东省有哪些目标 when the province's own plans (a reward rule) do not answer: the
        plans of its cities the store holds, said to be theirs."""
        held = cities_of_held_province(parsed.region_ids, self.index)
        if held is None or parsed.field is not None:
            # A province's document asked about (2042年样板省工作要点是哪天印发的): a city's
            # document is another one, whatever its date or number.
            return None
        province, cities = held
        if parsed.unknown_places:
            # 常山县新获浙江名牌…: the county, no region of ours, is what is asked; only its own
            # city's plans can speak for it, and not where their rule's scope leaves it out.
            parents = set().union(*(gazetteer_parents(p) for p in parsed.unknown_places))
            cities = tuple(c for c in cities if self.index.region_name(c) in parents)
            if not cities:
                return None
        answer = self._answer(replace(parsed, region_ids=cities))
        if not answer.found:
            return None
        note = province_note(province, answer, held=True)
        return replace(answer, notes=(*answer.notes, note))

    def _in_districts(self, parsed: ParsedQuestion) -> Answer | None:
        """青禾市2027年新增省名牌产品目标, of a city the store holds no plan of (nor of a region
        above it) while it holds its districts': their answer, said to be theirs (青禾市本级没有
        收录文件), never 未找到 with a reason about the year."""
        if not parsed.region_ids or parsed.field is not None:
            return None
        held = self.index.held_region_ids
        above = set(parsed.region_ids)
        for region_id in parsed.region_ids:
            above |= regions_above(region_id, self.index)
        inside = (regions_within(parsed.region_ids, self.index) & held) - above
        if above & held or not inside:
            return None
        answer = self._answer(replace(parsed, region_ids=tuple(sorted(inside))))
        if not answer.found:
            return None
        asked = "、".join(self.index.region_name(r) or "" for r in parsed.region_ids)
        whose = "、".join(sorted({line.region for line in answer.facts if line.region}))
        note = f"{asked}本级没有收录文件;以上是{whose or '下辖地区'}的文件所写"
        return replace(answer, notes=(note, *answer.notes))

    def _in_unplaced(self, parsed: ParsedQuestion) -> Answer | None:
        """平顶山装备制造板块收入要超过多少, of a place no document is filed under: a document
        whose text never names its place (a notice to 各县(市、区) without a 落款 naming it) may
        be that place's. Only a full answer from such documents counts, said to be unplaced; a
        partial match is no evidence the document is the place's. Nor is a topic a placed
        document answers as well (江山市驰名商标奖多少, which every city's rules pay; 新增品牌示
        范企业多少家): then the place is what tells the plans apart, and an unplaced one cannot
        be said to be the place's (a guess is worse than 未找到)."""
        documents = self.index.documents()
        # A notice saying 我县 throughout is no district's, whichever county wrote it.
        other = of_another_division(self.index, parsed.unknown_places)
        unplaced = frozenset(d.id for d in documents if d.region_id is None and d.id not in other)
        placed = frozenset(d.id for d in documents if d.region_id is not None)
        if not unplaced:
            return None
        answer = self._answer(parsed, within=unplaced)
        if not answer.found or answer.hedged:
            return None
        anyplace = replace(parsed, unknown_places=())
        rival = self._answer(anyplace, within=placed)
        if rival.found and not rival.hedged and self._answers_as_asked(parsed, rival.facts[:1]):
            return None
        anywhere = self._answer(anyplace)
        if any(
            self.index.document(line.citation.document_id).region_id is not None
            for line in anywhere.facts[:1]
        ) and self._answers_as_asked(parsed, anywhere.facts[:1]):
            return None
        note = f"这份文件没有写明地区,不一定是{'、'.join(parsed.unknown_places)}的"
        return replace(answer, notes=(*answer.notes, note))

    def _unnumbered_of_one_of_several(
        self, parsed: ParsedQuestion, unplaced: Answer, held: int, level: str
    ) -> Answer:
        """An unplaced page taken for a held region only because it cites no 文号 and speaks
        for the region's level (全市…奖励500万元): nothing ties it to the region asked rather
        than to another region of that level the store holds plans of. What a city pays is its
        own rule, the one thing an answer must not lend another city's page to (an uploaded
        reward page answered 500万元 for every held city alike): asked what a reward pays, with
        another region of the level held, the page is a hedge naming the regions it may be of.
        Its tasks, dates and units still answer (the 咸阳 class: a work plan's page that lost its
        heading, said to be unplaced), as does any page of a region that holds no plan of its
        own, of the only region of its level held, or citing a 文号 of the region's organs
        (``_numbers_as``)."""
        first = unplaced.facts[0] if unplaced.facts else None
        if (
            first is None
            or held not in self.index.held_region_ids
            or not (first.kind == FactKind.REWARD or ABOUT_REWARDS.search(parsed.reading))
            or _numbers_as(self.index, first.citation.document_id, parsed.region_text or "")
        ):
            return unplaced
        others = sorted(
            name
            for region_id in self.index.held_region_ids - {held}
            if (name := self.index.region_name(region_id) or "").endswith(level)
            and region_id not in regions_within((held,), self.index)
        )
        if not level or not others:
            return unplaced
        asked = parsed.region_text or self.index.region_name(held) or ""
        also = "、".join(others[:2]) + ("等地" if len(others) > 2 else "")
        note = f"这份文件没有写明地区,不一定是{asked}的(也可能是{also}的)"
        kept = tuple(n for n in unplaced.notes if not n.startswith("这份文件没有写明地区"))
        return replace(unplaced, found=False, hedged=True, headline=HEDGE_TEXT, notes=(*kept, note))

    def _office_read_as(self, parsed: ParsedQuestion) -> str | None:
        """市场监管局负责哪些任务, of plans whose office is 市质监局: the glossary's former or
        later name (``other_names``) found the items, and one line says so, lest the asker read
        another office's items as the one typed. None when a unit's own name is typed."""
        names = sorted({self.index.unit(u).name for u in parsed.unit_ids})
        if any(name in parsed.text for name in names):
            return None
        read_as: dict[str, list[str]] = {}  # the word typed → the plans' names it was read as
        for name in names:
            typed = self._typed_other_name(parsed.text, name)
            if typed is not None:
                read_as.setdefault(typed, []).append(name)
        if not read_as:
            return None
        # (市场监管局 of a city whose plans write both 市质监局 and 市工商局: both are said)
        typed, found = next(iter(read_as.items()))
        said = "、".join(f"“{name}”" for name in found)
        return f"“{typed}”按文件里的{said}查找(同一部门的新旧名称)"

    def _typed_other_name(self, text: str, name: str) -> str | None:
        """The glossary's other name of ``name`` (or its tail) that ``text`` writes, or None."""
        for other in self.index.glossary.other_names(name):
            # (the name without its level: 市场监管局 of 市市场监管局, as 市 is typed)
            core = other.removeprefix(other[0]) if other[1:].startswith("市场") else other
            for start in range(len(core) - 2):
                if core[start:] in text and core[start:] not in name:
                    return core[start:]
        return None

    @classmethod
    def _answers_as_asked(cls, parsed: ParsedQuestion, lines: Sequence[FactLine]) -> bool:
        """Whether ``lines`` (a placed document's) answer what is asked, so an unplaced plan's
        answer cannot be said to be the place's: due in the window asked, and saying a word the
        question asks about (``_says_asked``)."""
        return all(cls._due_as_asked(parsed, lines)) and _says_asked(parsed, lines)

    @staticmethod
    def _due_as_asked(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> Iterable[bool]:
        """For a time question (下个月底前), whether each line falls due inside the window
        asked about: a placed document's sentence dated in no month asked (a 2025 notice of
        another place) is no rival to an unplaced plan's item due then (``_in_unplaced``).
        A line of a placed document that does answer, measured closer or not, is: 江山市驰名
        商标奖多少 is answered by every city's rules, the unplaced one's among them."""
        window = parsed.window
        for line in lines:
            if window is None or not window.dated:
                yield True
                continue
            due = line.due
            yield (
                due is not None
                and (window.start is None or due >= window.start)
                and (window.end is None or due <= window.end)
            )

    def _whether_overdue(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """青石市的普查是不是已经过期了: yes or no by the item's due date against today (不是,
        还没有到期: 2027-05-31), not the item headed 已经过期 with no answer (attack55 M6).
        None when the item found has no date."""
        assert parsed.window is not None
        any_time = TimeWindow("是否过期")
        found = in_window(self, replace(parsed, window=any_time), scope)
        if found is None or not found.found or len(found.facts) != 1:
            return None
        first = found.facts[0]
        if first.due is None:
            return None
        due = first.due.isoformat()
        past = first.due < self.today
        return replace(
            found, headline=f"是,期限{due}已过" if past else f"不是,还没有到期:{due}到期"
        )

    def _due_in_year(self, parsed: ParsedQuestion) -> Answer | None:
        """衢州今年有啥要到期 (明年…), found nothing else: what falls due in that year, its
        routine duties' occurrences among them, as /deadlines lists them; None when nothing
        does or the question names a topic or a window of dates of its own."""
        if parsed.year is None or parsed.topic_kind != Topic.DEADLINE or parsed.has_topic:
            return None
        if parsed.window is not None and (parsed.window.dated or parsed.window.current):
            return None
        scope = find_scope(self.index, parsed)
        if isinstance(scope, str):
            return None
        words = parsed.window.words if parsed.window is not None else f"{parsed.year}年"
        year = TimeWindow(
            words,
            year=parsed.year,
            start=date(parsed.year, 1, 1),
            end=date(parsed.year, 12, 31),
        )
        listed = in_window(self, replace(parsed, window=year), scope, by_date=True)
        return listed if listed is not None and listed.found else None

    def _note_on_year(self, line: FactLine, year: int) -> str | None:
        """The bracketed note after ``line``'s sentence ((注:2032年暂停评选)) that speaks of
        ``year``, as its passage reads the two together; None when there is none."""
        quote = line.citation.quote
        if not quote:
            return None
        for passage in self.index.passages.by_document.get(line.citation.document_id, []):
            text = passage.text
            at = text.find(quote)
            if at < 0:
                continue
            for note in _YEAR_NOTE.finditer(text, at + len(quote)):
                if f"{year}年" in note.group("said"):
                    return f"注:{note.group('said')}"
        return None

    def _answer(self, parsed: ParsedQuestion, *, within: frozenset[int] | None = None) -> Answer:
        """``within``: the documents looked in (None: all); a place no document is filed under
        is looked for in them (``_in_unplaced``) rather than refused."""
        if (
            parsed.own_region
            and not parsed.region_ids
            and not parsed.places
            and not self._quotes_own_region(parsed)
        ):
            # 我们区今年要完成什么: which 区 the question does not say, so ask; any sentence
            # found for the rest of it would be a guess.
            return self._which_region(parsed)
        parsed = _span_as_its_first_year(parsed)
        scope = find_scope(self.index, parsed, within=within)
        if isinstance(scope, str):
            return self.not_found(parsed, scope)
        left_out = self._left_out(parsed, scope)
        if left_out is not None:
            return left_out
        documents = scope.document_ids
        if parsed.zone is not None and not (
            any(self._uses_any(document, [parsed.zone]) for document in documents)
            if documents is not None
            else self.index.mentions(parsed.zone)
        ):
            # 示范市白鹭经开区新增多少: a zone no plan is filed under, which no plan of the
            # region writes; the city's figure is not the zone's (attack51 H6).
            place = parsed.region_text or scope.title
            return self.not_found(parsed, f"{place}的文件没有写“{parsed.zone}”")
        if parsed.field in (
            Field.SIGNED,
            Field.PERIOD,
        ) and document_answers.names_a_document_to_come(self.index, parsed, scope.document_ids):
            # 什么时候出台标准化战略实施方案: when a document the plan will bring out comes
            # out is one of the plan's milestones, not the plan's own date.
            parsed = replace(parsed, field=None, asks=Asks.DATE)
        if parsed.field is not None:
            return document_answers.answer(self.index, parsed, scope.document_ids, self)
        if (
            parsed.absent_office
            and not parsed.unit_ids
            and _asks_only_duties_of(parsed, parsed.absent_office)
        ):
            # 示范市人民政府要负责哪些工作, the plan naming only 各县(区)人民政府: neither their
            # duties nor the notice's addressee line answers it.
            return self.not_found(parsed, f"文件没有写明{parsed.absent_office}负责的工作")
        order = listing_order(self, parsed, scope)  # 列了好几个单位,哪个算牵头
        if order is not None:
            return order
        if parsed.unit_ids and parsed.asks == Asks.NUMBER and not parsed.has_topic:
            counted = count_in_heading_of(self, parsed, scope)
            if counted is not None:
                return counted
            if asks_duty_count(parsed.reading):
                # 质监局牵头多少项任务: the count of what the unit leads (its duties, headed by
                # the count /units gives), never the value of a target it leads (超过60项).
                if parsed.window is None or not parsed.window.dated:
                    return duties(self, parsed, scope, counting=True)
                parsed = replace(parsed, asks=Asks.DUTIES)
        if parsed.unit_ids and (
            parsed.asks == Asks.DUTIES or (parsed.asks == Asks.LIST and not parsed.has_topic)
        ):
            # 质监局牵头的任务有哪些: the unit's own items, never the region's whole list.
            if parsed.window is not None and parsed.window.dated and not parsed.has_topic:
                # 质监局年底前要完成什么: a time word filters the unit's items as it filters
                # any list — what of theirs falls due then, or that nothing does.
                timed = in_window(self, parsed, scope)
                if timed is not None:
                    return timed
                return self.not_found(parsed, nothing_due(parsed.window))
            return duties(self, parsed, scope)
        if _sum_in_force(parsed):
            # 最高奖现在奖多少钱: 现在 asks the sum in force (the amended rule's), not what is
            # under way today; the question goes on as one without the time word.
            parsed = replace(parsed, window=None)
        if (
            parsed.window is not None
            and parsed.window.past
            and parsed.asks == Asks.YESNO
            and parsed.has_topic
        ):
            overdue = self._whether_overdue(parsed, scope)
            if overdue is not None:
                return overdue
        if parsed.window is not None and parsed.window.current and _ASKS_STEP.search(parsed.text):
            step = self._current_step(parsed, scope)
            if step is not None:
                return step
        if parsed.window is not None and (parsed.window.dated or parsed.window.current):
            timed = in_window(self, parsed, scope)
            if timed is not None:
                return timed
            if parsed.window.several_years and parsed.asks == Asks.NUMBER and parsed.has_topic:
                # 松禾2030到2032年省级名牌产品多少个, of a plan ending 2029: no figure of those
                # years, as 2030年 alone says — never another year's (attack60 H1)
                return self.not_found(parsed, nothing_due(parsed.window))
            parsed = month_as_clause_date(parsed)
        if parsed.window is not None and (parsed.window.dated or parsed.window.current):
            if parsed.window.pending and parsed.window.end is not None and parsed.has_topic:
                # 南海区的省名牌指标快到期了吗, with nothing due that soon: its next due date
                # and value (a past one is no answer to 快到期).
                later = self._best(replace(parsed, window=None), scope)
                first = later.facts[0] if later.facts else None
                if (
                    later.found
                    and first is not None
                    and first.due is not None
                    and first.due >= self.today
                ):
                    due = first.due.isoformat()
                    note = f"近期({parsed.window.words})没有到期的;下一个是{due}"
                    return replace(later, notes=(note, *later.notes))
            # 南海区下个月要交啥: asking what, with no word at all beside the time, can only
            # mean what is due then.
            nothing_but_time = parsed.asks == Asks.WHAT and not parsed.words and not parsed.hints
            if (
                (not parsed.has_topic and parsed.asks in (Asks.DATE, Asks.LIST))
                or nothing_but_time
                or (parsed.unit_ids and parsed.window.dated and not parsed.window.pending)
                or (
                    # 洞头浙江制造下个月底前要完成什么, with nothing due then: the plan's name and
                    # a verb of doing ask what is due, not the plan's later targets.
                    parsed.window.dated
                    and not parsed.window.pending
                    and parsed.asks in (Asks.WHAT, Asks.LIST)
                    and self._only_doing_in_its_plan(parsed, scope)
                )
            ):
                # 下个月有哪些节点到期 with nothing due then: not every deadline of the store,
                # but the nearest dates either side, so the user knows where to look. (A unit's
                # 这个月要交什么材料: a sentence about 新材料 is no answer either.)
                return self.not_found(
                    parsed, nothing_due(parsed.window, nearest_dues(self, parsed.window, scope))
                )
        if (
            parsed.year is not None
            # 今年要完成什么: nothing asked but what is due; a verb of its own (要创建什么)
            # names the task asked about.
            and all(word in parsed.weak and word in _DOING for word in parsed.words)
            and parsed.topic_kind is None
        ):
            yearly = in_year(self, parsed, scope)
            if yearly is not None:
                return yearly
        if parsed.year is not None and _finishing_only(parsed):
            # 南汀区今年要完成什么: the year's targets as 要完成哪些指标 lists them; a district
            # with no target of that year is answered as 要做什么 is (its steps and duties
            # falling due), not 未找到 (newuser45).
            targets = self.listing(parsed, scope)
            if parsed.window is None or not parsed.window.dated:
                # 青石今年要完成啥: what falls due that year -- its steps dated in it (普查 by
                # 05-31) with its targets, soonest first, as 今年底前要完成哪些 lists them; the
                # targets alone left the dated steps out (attack55 H7). A list by dates holding
                # fewer items than the year's targets (a table's quotas it does not date) is
                # not that list.
                year = year_window(parsed, parsed.year)
                listed = in_window(self, replace(parsed, window=year), scope, by_date=True)
                if (
                    listed is not None
                    and listed.found
                    and (
                        targets is None
                        or not targets.found
                        or len(listed.facts) > len(targets.facts)
                    )
                ):
                    return listed
            if targets is None or not targets.found:
                yearly = in_year(self, replace(parsed, topic_kind=None, asks=Asks.WHAT), scope)
                if yearly is not None and yearly.found:
                    return yearly
        if parsed.window is not None and parsed.window.starting and not parsed.has_topic:
            starting = starting_then(self, parsed, scope)
            if starting is not None:
                return starting
        if (
            ASKS_CAP.search(parsed.reading)
            and not parsed.has_topic
            and ABOUT_REWARDS.search(parsed.reading)
        ):
            caps = reward_caps(self, parsed, scope)
            if caps is not None:
                return caps
        if ASKS_STACKING.search(parsed.reading) and ABOUT_REWARDS.search(parsed.reading):
            conditions = reward_conditions(self, parsed, scope)
            if conditions is not None:
                return conditions
        if ASKS_REQUIREMENTS.search(parsed.reading) and not ABOUT_REWARDS.search(parsed.reading):
            # 进入培育库有什么要求: the sentences saying who qualifies, not one sharing its words
            required = eligibility_answer(self, parsed, scope)
            if required is not None:
                return required
        elsewhere = registered_elsewhere(self, parsed, scope)
        if elsewhere is not None:
            return elsewhere
        if parsed.asks == Asks.DATE and ABOUT_REWARDS.search(parsed.reading):
            window = application_window(self, parsed, scope)
            if window is not None:
                return window
        if parsed.eligibility:
            rule = applicability(self, parsed, scope)
            if rule is not None:
                return rule
        if (
            parsed.topic_kind == Topic.REWARD
            and self._names_only_its_plan(parsed, scope)
            and not self._has_rewards(scope)
        ):
            # 佛山的质量提升计划有什么奖励, of a plan that rewards nothing: say so, as /rewards
            # does, rather than offer a sentence that merely shares the plan's words.
            return self.not_found(replace(parsed, topic=""), f"{scope.title}没有奖励")
        following = self._following_stage(parsed, scope)
        if following is not None:
            return following
        # 最后一个阶段: the last of the plan's stages in their order.
        last = any(word in _LAST_STAGE for word in parsed.words)
        unplaced = replace(parsed, words=tuple(w for w in parsed.words if w not in _LAST_STAGE))
        if set(parsed.hints) & PHASE_WORDS and self._names_only_its_plan(unplaced, scope):
            # 武汉质量品牌提升行动计划分几个阶段: the plan's own stages, whatever they say.
            phases = self.listing(replace(parsed, topic="", words=(), asks=Asks.LIST), scope)
            if phases is not None:
                asked = set(parsed.hints) & PHASE_WORDS
                named = tuple(
                    sorted(
                        (f for f in phases.facts if any(w in f.label for w in asked)),
                        key=lambda line: line.due or date.max,
                    )
                )
                if named and last:
                    named = named[-1:]
                if named:  # the stages in their order, not every milestone
                    return replace(
                        phases, facts=named, total=len(named), headline=f"共 {len(named)} 项"
                    )
                return phases
        recurring = recurring_list(self, parsed, scope) or report_duties(self, parsed, scope)
        if recurring is not None:
            return recurring
        as_list = replace(parsed, asks=Asks.LIST)
        if parsed.asks == Asks.WHAT and (
            self._plans_titled(as_list, scope, listed_some=False) is not None
            or self._names_a_programme(as_list, scope)
        ):
            # 洞头区的品牌建设目标是什么, 品牌培育的目标是什么 (of a section 品牌培育计划): the
            # plan's or the programme's targets, a list, as 有哪些 asks them.
            parsed = as_list
        if self._lists(parsed):
            listed = self.listing(parsed, scope) or self._field_listing(parsed, scope)
            titled = self._plans_titled(parsed, scope, listed_some=listed is not None)
            if titled is not None:
                # 武汉市质量品牌提升有哪些目标: the words name the plan (…质量品牌提升行动计划),
                # whose targets are all asked for, as /targets lists them — not those of its
                # items that happen to say 质量 and 提升 (trial45 M3), nor those of the region's
                # other documents (attack62 H5). When the words list none, only a question
                # ending on its targets (湖州品牌建设的目标有哪些, lead62): 示范市总量控制计划指标
                # 是什么性质 is a sentence's (dev q1503).
                whole = replace(parsed, topic="", words=())
                listed_whole = self.listing(whole, replace(scope, document_ids=titled))
                if listed_whole is not None:
                    parsed, listed = whole, listed_whole
                elif listed is None:
                    # 衢州标准强市的目标是什么, of an 意见 setting no target: none, not a sentence
                    # of its leadership group (trial62 M9).
                    names = "、".join(
                        f"《{d.title or d.name}》"
                        for d in self._scope_documents(scope)
                        if d.id in titled
                    )
                    return self.not_found(parsed, f"{names}没有列出量化目标")
            if listed is not None:
                return self._rewards_from_above(parsed, scope, listed)
            if self._asks_rewards_of_region(parsed):
                # 南海区有奖励吗, where the district rewards nothing itself: its city's rules
                # cover it (listed, saying whose they are); a province's plans reward named
                # cities or firms as often, so they are only pointed to; with none above either,
                # say so, as /rewards does — not 未找到相关内容.
                above = self.listing(parsed, replace(scope, exact_regions=None))
                if above is not None and not any(
                    (line.region or "").endswith(_PROVINCE_ENDINGS) for line in above.facts
                ):
                    return self._rewards_from_above(parsed, scope, above)
                return self.not_found(replace(parsed, topic=""), self._no_rewards(parsed, scope))
        if (
            parsed.asks == Asks.DATE
            and not parsed.has_topic
            and not self._duty_asked(parsed, scope)
        ):
            return deadlines(self, parsed, scope)
        channel = self._channel(parsed, scope)
        if channel is not None:
            return channel
        contact = self._contact(parsed, scope)
        if contact is not None:
            return contact
        payer = self._payer(parsed, scope)
        if payer is not None:
            return payer
        other_level = self._another_level(parsed)
        if other_level is not None:
            # 市级制造业创新中心奖多少, where the plans reward the 国家级 and 省级 ones only.
            return self.not_found(parsed, f"文件只写了{other_level},没有写所问级别的")
        companion = _COMPANION_DOCUMENT.search(parsed.text)
        if companion is not None and not self._titled_in(companion.group(1), scope):
            # 质量提升计划的政策解读说了什么: the store holds no such document.
            return self.not_found(parsed, f"收录的文件里没有这份{companion.group(1)}")
        best = self._best(parsed, scope)
        rewarding = _rewarding_rule(parsed, best, self._fact_candidates(parsed, scope))
        if rewarding is not None:
            best = replace(
                best,
                headline=rewarding.line.value or best.headline,
                facts=(rewarding.line, *best.facts),
                total=len(best.facts) + 1,
            )
        if (
            parsed.topic_kind == Topic.REWARD
            and asks_the_reward(parsed.reading, parsed.asks)
            and pays_nothing(best)
        ):
            # 南海区驰名商标有奖励吗, matched only by a duty (培育和指导企业申报驰名商标): a
            # sentence that grants nothing is no reward, whatever words it shares.
            return self._said_without_value(parsed, scope) or self.not_found(
                parsed, f"{parsed.region_text or '收录'}的文件没有写这方面的奖励"
            )
        if (best.found or best.hedged) and asks_achieved(parsed.reading):
            # 南海区省名牌完成了多少个, 合格率2018年实际是多少: what a unit reported, never the
            # plan's aim (不少于229个, 力争达到95%) as though it were reached.
            reported = reported_progress(best)
            if reported is not None:
                return reported
            first = best.facts[0] if best.facts else None
            document = self.index.find_document(first.citation.document_id) if first else None
            if states_an_aim(best, document, parsed.year):
                return self.not_found(parsed, ONLY_THE_AIM)
            if counts_nothing(parsed.reading, best):
                # 有多少企业拿到认证了, best matched by a reward (每家10万元) or the certified
                # firms' revenue (超过3亿元): no count reached is written.
                return self.not_found(parsed, "文件没有写明已达到的数量")
        if rewards_another_standard_level(parsed, best):
            # 主导制定企业标准奖多少, of a rule paying for 国际/国家/行业/地方标准 only: the level
            # asked is not one the rule pays for, so no tier of it is the answer.
            return self.not_found(parsed, "奖励只列了其他级别的标准")
        if not best.found and parsed.asks == Asks.MONEY:
            through = self._through_achievement(parsed, scope)
            if through is not None or not (parsed.parts and best.hedged):
                return through or best
            # 国家标准参与奖多少,主导奖多少: each reward's own sum, not two sentences hedged
        if parsed.parts and (best.found or best.hedged):
            return self._every_part(parsed, scope, best)
        return (
            self._whole_for_a_part(parsed, scope, best)
            or self._issuer_speaking(parsed, best)
            or best
        )

    def _another_level(self, parsed: ParsedQuestion) -> str | None:
        """What the documents write at other levels only (省级制造业创新中心), when the
        question names one level of it (市级制造业创新中心) that no document writes: the
        longest run after the level that the documents write after another level decides."""
        for match in _LEVELLED.finditer(parsed.text):
            level, after = match.groups()
            # 省级质量技术机构力争达到多少个: the thing levelled ends where the asker's verb of
            # aim begins (国家级…力争达到15个, 省级…达到17个 write it with their own verbs).
            after = _AIM_VERB.split(after, maxsplit=1)[0]
            for end in range(len(after), 1, -1):
                named = after[:end]
                others = [
                    f"{other}级{named}"
                    for other in _LEVELS
                    if other != level and self.index.mentions(f"{other}级{named}")
                ]
                if others:
                    if self._writes_level(level, named):
                        break
                    return "、".join(others)
        return None

    def _writes_level(self, level: str, named: str) -> bool:
        """Whether a document writes ``named`` at ``level``: 市级制造业创新中心, or in a list of
        levels sharing it (市级、省级制造业创新中心; 国家级、市级和县级…)."""
        if self.index.mentions(f"{level}级{named}") or self._writes_quoted(level, named):
            return True
        if self._writes_with_aside(level, named) or self._writes_level_by_its_head(level, named):
            return True
        others = [other for other in _LEVELS if other != level]
        chains = [[a] for a in others] + [[a, b] for a in others for b in others if a != b]
        return any(
            self.index.mentions(
                f"{level}级{sep}"
                + "".join(f"{o}级{sep}" for o in chain[:-1])
                + f"{chain[-1]}级{named}"
            )
            for sep in _LEVEL_SEPARATORS
            for chain in chains
        )

    def _writes_level_by_its_head(self, level: str, named: str) -> bool:
        """Whether a sentence writes ``named`` at another level in full and at ``level`` by its
        last words only: 市直部门是市级项目的责任主体,县区政府是县区级技改项目的责任主体 writes
        市级技改项目 (qa48 q3618)."""
        full = re.escape(named)
        for cut in range(1, len(named) - 1):
            head = re.escape(named[cut:])
            pattern = re.compile(
                rf"{level}级{head}[^。;;]{{0,60}}级{full}|级{full}[^。;;]{{0,60}}{level}级{head}"
            )
            if self.index.spellings(pattern):
                return True
        return False

    def _writes_with_aside(self, level: str, named: str) -> bool:
        """Whether a document writes ``named`` at ``level`` with a short aside inside it and
        places named in a list of levels: 乐清市级、温州市级科技(创新)型企业 writes 市级科技型企业."""
        aside = r"(?:[((][\u4e00-\u9fff、]{1,6}[))])?"
        spelled = aside.join(re.escape(character) for character in named)
        separators = "".join(_LEVEL_SEPARATORS)
        pattern = re.compile(
            rf"{re.escape(level)}级(?:[{re.escape(separators)}][\u4e00-\u9fff]{{0,6}}?级)*{spelled}"
        )
        return bool(self.index.spellings(pattern))

    def _writes_quoted(self, level: str, named: str) -> bool:
        """Whether a document writes ``named`` at ``level`` with its head in quotation marks:
        省级“专精特新”中小企业 writes 省级专精特新中小企业 as surely as the bare form."""
        return any(
            self.index.mentions(f"{level}级{opening}{named[:end]}{closing}{named[end:]}")
            for opening, closing in _QUOTE_PAIRS
            for end in range(2, len(named) + 1)
        )

    def _titled_in(self, word: str, scope: Scope) -> bool:
        """Whether a document of ``scope`` has ``word`` in its title (解读, 申报指南)."""
        return any(
            word in f"{d.title or ''} {d.short_title or ''}"
            for d in self.index.documents()
            if scope.document_ids is None or d.id in scope.document_ids
        )

    def _issuer_speaking(self, parsed: ParsedQuestion, answer: Answer) -> Answer | None:
        """去哪个部门申报, answered by 我局将对…实施配套奖励: 我局 is the document's issuer, whom
        the sentence does not name; the issuer leads the reply."""
        if parsed.asks != Asks.WHO or not answer.found or answer.hedged or not answer.facts:
            return None
        first = answer.facts[0]
        if first.kind != PASSAGE or first.lead_units:
            return None
        if not _ISSUER_ITSELF.search(first.label):
            return self._government_deciding(parsed, answer)
        verbs = [
            other
            for word in parsed.weak
            for other in (word, *self.index.glossary.alternatives(word))
        ]
        done = verb_doer(first.citation.quote, verbs) if verbs else None
        if done is not None:
            # 资金谁拨给企业, of a notice of 我局 saying 联系同级财政部门将专项资金拨付至…: the
            # body doing the verb asked answers, not the issuer who writes.
            who, clause = done
            return replace(answer, headline=f"{who}(“{clause}”)")
        document = self.index.find_document(first.citation.document_id)
        if document is None or not document.issuer:
            return None
        said = _ISSUER_ITSELF.search(first.label)
        assert said is not None
        return replace(answer, headline=f"{document.issuer}(文中“{said.group(0)}”)")

    def _government_deciding(self, parsed: ParsedQuestion, answer: Answer) -> Answer | None:
        """市长质量奖是谁授予的, answered by 市政府研究决定,授予…: the government the sentence
        names in short, right before the verb asked, is the document's issuer when that is a
        government (示范市人民政府), whose full name leads the reply."""
        first = answer.facts[0]
        document = self.index.find_document(first.citation.document_id)
        if document is None or not document.issuer or not document.issuer.endswith("政府"):
            return None
        quote = first.citation.quote
        for verb in parsed.weak:
            at = quote.find(verb)
            said = _GOVERNMENT_DECIDING.search(quote[:at]) if at > 0 else None
            if said is not None and said.group(1)[0] in document.issuer:
                return replace(answer, headline=f"{document.issuer}(文中“{said.group(1)}”)")
        return None

    def _has_rewards(self, scope: Scope) -> bool:
        return (
            self.index.search(
                None,
                kinds=[FactKind.REWARD],
                region_ids=scope.region_ids,
                document_ids=scope.document_ids,
                limit=1,
            ).total
            > 0
        )

    @staticmethod
    def _asks_rewards_of_region(parsed: ParsedQuestion) -> bool:
        """有奖励吗 of a region, naming nothing rewarded (南海区有奖励吗, 佛山奖励). Not who
        does something about its rewards (奖励由哪些部门审核): a unit is asked for; nor how
        often they are judged (引荐人奖励多久评一次): the sentence saying so answers."""
        return (
            bool(parsed.region_ids)
            and parsed.topic_kind == Topic.REWARD
            and not parsed.has_topic
            and parsed.asks not in (Asks.WHO, Asks.FREQUENCY)
        )

    def _above(self, parsed: ParsedQuestion, scope: Scope) -> list[str]:
        """The names of the regions above those asked whose plans the scope holds (佛山市 for
        南海区): a city's rules cover its districts."""
        exact = scope.exact_regions or frozenset()
        return sorted(
            {
                self.index.region_name(document.region_id) or ""
                for document_id in scope.document_ids or ()
                if (document := self.index.find_document(document_id)) is not None
                and document.region_id not in exact
            }
            - {""}
        )

    def _no_rewards(self, parsed: ParsedQuestion, scope: Scope) -> str:
        if self._has_rewards(scope):
            # 奖励申请什么时候受理, of a region whose rules write no such time: it has
            # rewards; what is not written is what was asked.
            what = "时间" if parsed.asks == Asks.DATE else "所问的内容"
            return f"{scope.title}的奖励规定没有写明{what};各项奖励发 /rewards {scope.title} 查看"
        above = self._above(parsed, scope)
        if not above:
            return f"{scope.title}没有奖励"
        if self._has_rewards(replace(scope, exact_regions=None)):
            return (
                f"{scope.title}没有单独的奖励;上级{'、'.join(above[:3])}的文件有奖励规定,"
                f"发 /rewards {above[0]} 查看是否适用"
            )
        return f"{scope.title}没有奖励(上级{'、'.join(above[:3])}的文件也没有)"

    def _rewards_from_above(self, parsed: ParsedQuestion, scope: Scope, listed: Answer) -> Answer:
        """柯城区有奖励吗, answered by its city's rules only: say whose rules they are."""
        if not self._asks_rewards_of_region(parsed) or not listed.found or not listed.facts:
            return listed
        exact = {self.index.region_name(r) for r in scope.exact_regions or ()}
        regions = {line.region for line in listed.facts}
        if None in regions or regions & exact:
            return listed
        whose = "、".join(sorted(r for r in regions if r))
        note = f"{scope.title}没有单独的奖励文件;以上是上级{whose}文件的奖励"
        return replace(listed, notes=(*listed.notes, note))

    def _only_doing_in_its_plan(self, parsed: ParsedQuestion, scope: Scope) -> bool:
        """Whether the words beside the time are a verb of doing (完成) and words of the title
        of one document of the scope (浙江制造), with at least one of each."""
        doing = [word for word in parsed.words if word in _DOING]
        named = [word for word in parsed.words if word not in _DOING]
        if not doing or not named:
            return False
        return any(all(word in title for word in named) for title in self._titles(scope))

    def _names_only_its_plan(self, parsed: ParsedQuestion, scope: Scope) -> bool:
        """Whether the topic only names a plan of the scope (质量品牌提升行动计划): every word
        is in the title of one of its documents, and there is a word."""
        if not parsed.words or not set(parsed.hints) & DOCUMENT_NAME_WORDS:
            return False
        return any(all(word in title for word in parsed.words) for title in self._titles(scope))

    def _plans_titled(
        self, parsed: ParsedQuestion, scope: Scope, *, listed_some: bool
    ) -> frozenset[int] | None:
        """The documents of the scope whose title holds every word of a question asking for a
        region's targets by nothing but them: two words or more (质量 品牌 提升 of …质量品牌提升
        行动计划) — or, when the words list no target, one compound (品牌建设 of …品牌建设三年
        行动计划; 浙江制造, written by some of its targets, lists those). It asks for those
        plans' targets, not for those of them writing the words. (主要目标, 总体目标: how a plan
        heads its targets.) When the words list no target, only a question whose last words
        ask for the targets. None when the question is no such one."""
        if parsed.asks != Asks.LIST or parsed.topic_kind != Topic.TARGET or not scope.region_ids:
            return None
        if not parsed.has_topic or (not listed_some and not _ASKS_ITS_TARGETS.search(parsed.text)):
            return None
        named = _naming_words(parsed)
        compound = len(named) == 1 and len(named[0]) >= _COMPOUND_CHARS and not listed_some
        if not (len(named) >= 2 or compound):
            return None
        titled = frozenset(
            document.id
            for document in self._scope_documents(scope)
            if all(
                word in vocabulary.normalised_name(document.title or document.name)
                for word in named
            )
        )
        return titled or None

    def _names_a_programme(self, parsed: ParsedQuestion, scope: Scope) -> bool:
        """砚台品牌培育的目标是什么, of a section headed 品牌培育计划: the question ends on the
        targets and its words name a programme heading some of the scope's targets."""
        if parsed.topic_kind != Topic.TARGET or not _ASKS_ITS_TARGETS.search(parsed.text):
            return False
        return bool(self._with_section_named(parsed, scope, []))

    def _scope_documents(self, scope: Scope) -> list[DocumentRow]:
        """The scope's documents (every one, its sentences aside: ``scoped_documents``)."""
        return [
            d
            for d in self.index.documents()
            if scope.document_ids is None or d.id in scope.document_ids
        ]

    def _titles(self, scope: Scope) -> list[str]:
        """The normalised titles (else names) of the scope's documents."""
        return [vocabulary.normalised_name(d.title or d.name) for d in self._scope_documents(scope)]

    def _whole_for_a_part(
        self, parsed: ParsedQuestion, scope: Scope, answer: Answer
    ) -> Answer | None:
        """太仓浏河镇的能耗增量目标是多少: a figure a plan sets for its whole city (or county,
        province) is not the figure of a town inside it. When every item found is of a region
        above the place asked about — or the place is one the documents never name, inside the
        region asked (扬中 of 镇江) — and none of them names the place, the place has no figure
        of its own: 未找到, saying whose figure there is. A reward rule of a city does cover its
        towns, so only a number that is not a sum of money is meant. A hedge of such facts
        (禅城区每年新增驰名商标多少个, the city's 新增中国驰名商标7个 matching in part) is no
        better: it would show the city's number as if it might be the district's; it names what
        the city's figure is of, as it matched in part only. A figure of the place's own that
        the whole's outranked (顺德 2019 参与制修订标准几项: the city's 主导或参与制修订…标准 matches
        every word, the district's row 各区每年参与各级标准制修订数量…顺德7项 writes 参与制 split)
        is the answer instead (trial51 H3: 没有顺德单列的数字 while the store holds it)."""
        hedged = answer.hedged and all(line.kind != PASSAGE for line in answer.facts)
        if (
            not (answer.found or hedged)
            or not answer.facts
            or parsed.asks != Asks.NUMBER
            or parsed.topic_kind == Topic.REWARD
            or any(line.kind == FactKind.REWARD for line in answer.facts)
        ):
            return None
        index = self.index
        inside = (
            list(parsed.unknown_places)
            if parsed.region_ids and places_inside(self.index, parsed.unknown_places, parsed)
            else []
        )
        asked_names = {index.region_name(r) for r in regions_within(parsed.region_ids, index)}
        wholes: list[str] = []
        for line in answer.facts:
            region = line.region if line.kind != PASSAGE else None
            if region is None:
                document = index.find_document(line.citation.document_id)
                region = index.region_name(document.region_id) if document else None
            if region is None:
                return None
            said = line.written
            if inside:
                if any(short_place(place) in said for place in inside):
                    return None
            elif (
                region in asked_names
                or not parsed.region_ids
                or (parsed.region_text and short_place(parsed.region_text) in said)
            ):
                return None
            wholes.append(region)
        if not inside:
            own = self._own_figures(parsed, scope, answer)
            if own:
                return self.found(parsed, scope, own)
        if not inside and parsed.region_text and len(parsed.region_ids) == 1:
            share = self._share_of_whole(parsed, answer)
            if share is not None:
                return share
        place = "、".join(inside) if inside else parsed.region_text or ""
        whole = "、".join(dict.fromkeys(wholes))
        figure = answer.facts[0].value or ""
        if hedged and figure:
            figure = f"{answer.facts[0].label}{figure}"
        said_for = f"{whole}的数字({figure})是全{whole[-1:]}的" if figure else f"只有{whole}的"
        return self.not_found(parsed, f"收录的文件没有{place}单列的数字;{said_for}")

    def _share_of_whole(self, parsed: ParsedQuestion, answer: Answer) -> Answer | None:
        """江北区浙江制造认证企业多少家, of 全市新增…50家,其中江北区20家: the place's share its
        whole's sentence writes after 其中, in the whole's unit, as the answer (attack56 M6: 没有
        江北区单列的数字 while the sentence writes it); None when no sentence of the figures found
        writes one."""
        district = self.index.region_name(parsed.region_ids[0]) or ""
        local = short_place(parsed.region_text or "")
        if len(local) < 2:
            return None
        written = re.compile(
            rf"其中\s*[,:]?\s*{re.escape(local)}[区县市镇]?\s*"
            r"(?P<figure>(?:不少于|不低于|不超过|不高于)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?"
            r"[^\d\s,,。;;、()()]{0,3})"
        )
        for line in answer.facts:
            whole = scaled_figure(line.value or "")
            if line.kind == PASSAGE or whole is None:
                continue
            quote = line.citation.quote
            sentences = [
                passage.text
                for passage in self.index.passages.by_document.get(line.citation.document_id, [])
                if quote and quote in passage.text
            ]
            for sentence in [quote, *sentences[:1]]:
                found = written.search(sentence)
                share = scaled_figure(found["figure"]) if found is not None else None
                if found is None or share is None or share[1] != whole[1]:
                    continue
                label = re.sub(r"^(?:到\d{4}年(?:底|末)?[,,]?)?全[市县区省]", "", line.label)
                # (the clause writing the share shown: 原文 says where the figure is)
                own = replace(
                    line,
                    value=found["figure"],
                    region=district,
                    label=label,
                    excerpt=sentence[max(0, found.start() - 40) : found.end()],
                )
                return replace(
                    answer,
                    found=True,
                    hedged=False,
                    headline=found["figure"],
                    facts=(own,),
                    total=1,
                    listing=False,
                )
        return None

    def _channel(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """有问题找谁, 有异议找哪个部门, 遇到问题找省局哪个处: the sentence of the document the rest
        of the question names that says where problems or objections go (执行中遇到的问题,请径
        向…反映; 对公示内容有异议的,请…向市经信局反映) — a sentence that shares few of the
        question's words, so never found by them alone. None when the document writes no such
        sentence (a 联系人 line may then answer, ``_contact``)."""
        if not _ASKS_CHANNEL.search(parsed.text):
            return None
        rest = tuple(w for w in parsed.words if not _CHANNEL_WORD.search(w))
        if not rest:
            return None
        document_id = self._titled_with_channel(rest, scope)
        if document_id is None:
            document_id = self._document_writing(parsed, rest, _CHANNEL, scope)
        if document_id is None:
            return None
        best = self._passage_naming_most(document_id, _CHANNEL, rest)
        if best is None:
            return None
        number, passage = best
        line = passage_line(self.index, document_id, number, passage, passage.text)
        return self.found(parsed, scope, [line])

    def _passage_naming_most(
        self, document_id: int, pattern: re.Pattern[str], words: Sequence[str]
    ) -> tuple[int, PassageText] | None:
        """The document's sentence matching ``pattern`` that names most of ``words`` (the first
        of a tie), with its number; None when none matches (who pays, where problems go)."""
        best: tuple[int, int, PassageText] | None = None
        for number, passage in enumerate(self.index.passages.by_document.get(document_id, [])):
            if pattern.search(passage.text) is None:
                continue
            named = sum(word in passage.text for word in words)
            if best is None or named > best[0]:
                best = (named, number, passage)
        return None if best is None else (best[1], best[2])

    def _own_figures(self, parsed: ParsedQuestion, scope: Scope, answer: Answer) -> list[FactLine]:
        """The facts of the place asked itself (or a place inside it) that state the measure
        the whole's figure outranked them on: each word of the question they miss is written
        split in what they measure (参与制 in 参与各级标准制修订; their label, not the whole
        sentence, whose many characters would hold any word's), in the unit of the whole's
        figure. A fact
        of another measure of the place (团体标准数量 for 参与制修订标准) misses a word
        outright and is none. The region above typed apart (佛山 顺德) is no word they miss."""
        index = self.index
        asked = regions_within(parsed.region_ids, index)
        above: set[int] = set()
        for region_id in parsed.region_ids:
            above |= regions_above(region_id, index)
        words = tuple(
            w for w in parsed.words if not index.names.region_aliases.get(w, set()) & above
        )
        if not words:
            return []
        if words != parsed.words:
            parsed = replace(parsed, words=words, topic=" ".join(words))
        candidates = self._fact_candidates(parsed, scope)
        wholes = {(line.kind, line.fact_id) for line in answer.facts}
        whole_units = (_unit_of(c) for c in candidates if (c.line.kind, c.line.fact_id) in wholes)
        units = {unit for unit in whole_units if unit}
        own: list[FactLine] = []
        for candidate in candidates:
            fact = candidate.fact
            if (
                fact is None
                or fact.row.region_id not in asked
                or candidate.line.kind == FactKind.REWARD
                or (units and _unit_of(candidate) not in units)
            ):
                continue
            text = f"{candidate.line.label} {candidate.line.region or ''}"
            if all(all(char in text for char in word) for word in candidate.missing):
                own.append(candidate.line)
        return own

    def _contact(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """打哪个电话, 邮箱是多少, 意见寄到哪, 联系人是谁: the document the rest of the question is about
        (its best sentence), and there the line that gives a telephone number, an e-mail
        address or where to post — a line that says little else, so never found by its
        words. Of several such lines, the one naming most of the rest of the question
        (中小企业发展处 85316902 beside 机关纪委 85319493). When no sentence matches the rest well
        (a notice's words spread over its lines), the document in scope with such a line that
        writes every word of the rest is the one asked about."""
        kind = next((k for k, (asked, _) in _CONTACTS.items() if asked.search(parsed.text)), None)
        if kind is None:
            return None
        asked, given = _CONTACTS[kind]
        rest = tuple(w for w in parsed.words if not asked.search(w) and not _CONTACT_WORD.search(w))
        if not rest:
            return None
        document_id = self._document_writing(parsed, rest, given, scope)
        if document_id is None:
            return None
        if kind == "whom" and any(
            _CHANNEL.search(passage.text)
            for passage in self.index.passages.by_document.get(document_id, [])
        ):
            # 有问题找谁 of a plan that says where problems go (执行中遇到的问题,请向…反映): that
            # sentence answers it, as any question does; the 联系人 line only when it does not.
            return None
        best: tuple[int, int, PassageText, re.Match[str]] | None = None
        for number, passage in enumerate(self.index.passages.by_document.get(document_id, [])):
            found = given.search(passage.text)
            if found is None:
                continue
            named = sum(word in passage.text for word in rest)
            if best is None or named > best[0]:
                best = (named, number, passage, found)
        if best is None:
            return None
        _, number, passage, found = best
        line = passage_line(self.index, document_id, number, passage, passage.text)
        answer = self.found(parsed, scope, [line])
        return replace(answer, headline=found.group(found.lastindex or 0))

    def _document_writing(
        self, parsed: ParsedQuestion, rest: tuple[str, ...], line: re.Pattern[str], scope: Scope
    ) -> int | None:
        """The document a contact or payer question means: the one whose sentence answers the
        rest of its words well, else the one document writing ``line`` and all of them."""
        about = replace(parsed, words=rest, topic=" ".join(rest))
        candidates = passage_candidates(self, about, scope)
        if candidates and candidates[0].hit is not None and candidates[0].share >= ANSWER_SHARE:
            return candidates[0].hit.document_id
        return self._contact_document(rest, line, scope)

    def _payer(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """奖金由哪里出, 钱谁出: the sentence saying which purse pays (奖励金由…财政…安排解决), of
        the document the rest of the question names — a sentence that shares few of the
        question's words (谁受益谁奖励的原则。奖励金由…), so never found by them alone. None when
        no such sentence is written there (the question is then a lookup)."""
        if PAYER_ASKED not in parsed.reading:
            return None
        rest = tuple(w for w in parsed.words if w not in _PAYER_WORDS)
        if not rest:
            return None
        document_id = self._document_writing(parsed, rest, _PAYS, scope)
        if document_id is None:
            return None
        best = self._passage_naming_most(document_id, _PAYS, rest)
        if best is None:
            return None
        number, passage = best
        shown = shown_part(passage.text, parsed)
        line = passage_line(self.index, document_id, number, passage, shown)
        return self.found(parsed, scope, [line])

    def scoped_documents(
        self, scope: Scope
    ) -> Iterator[tuple[int, DocumentRow, list[PassageText]]]:
        """Each live document of ``scope`` (its documents and regions) with its sentences, by
        id (the order the store gave them), for every search walking documents one by one."""
        by_document = self.index.passages.by_document
        for document_id in sorted(by_document):
            passages = by_document[document_id]
            if scope.document_ids is not None and document_id not in scope.document_ids:
                continue
            document = self.index.find_document(document_id)
            if document is None:
                continue
            if scope.region_ids is not None and document.region_id not in scope.region_ids:
                continue
            yield document_id, document, passages

    def _titled_with_channel(self, rest: Sequence[str], scope: Scope) -> int | None:
        """The document in ``scope`` writing a ``_CHANNEL`` sentence whose title names most of
        ``rest`` (标准化战略意见 of 深入实施标准化战略的意见, not another plan of the city whose
        sentences speak of 标准化 as often); None when no title names half of them (two at
        least), or two name as many."""
        counts: list[tuple[int, int]] = []
        for document_id, document, passages in self.scoped_documents(scope):
            title = vocabulary.normalise(f"{document.title or ''} {document.short_title or ''}")
            named = sum(word in title for word in rest)
            if named < max(2, (len(rest) + 1) // 2):
                continue  # one word of many (投资 of 普惠性制造业投资奖励): no title asked
            if any(_CHANNEL.search(passage.text) for passage in passages):
                counts.append((named, document_id))
        counts.sort(reverse=True)
        if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
            return None
        return counts[0][1]

    def _contact_document(
        self, rest: Sequence[str], given: re.Pattern[str], scope: Scope
    ) -> int | None:
        """The one document in ``scope`` with a contact line (``given``) whose title and text
        write every word of ``rest``; None when no document or more than one does."""
        found: list[int] = []
        for document_id, document, passages in self.scoped_documents(scope):
            if not any(given.search(passage.text) for passage in passages):
                continue
            text = vocabulary.normalise(document.title or "") + "".join(p.text for p in passages)
            if all(word in text for word in rest):
                found.append(document_id)
        return found[0] if len(found) == 1 else None

    def _every_part(self, parsed: ParsedQuestion, scope: Scope, best: Answer) -> Answer:
        """(``_every_part_lines``) with each thing's sum leading when sentences pairing things
        with sums answer (参与 15万元;主导 50万元)."""
        answer = self._every_part_lines(parsed, scope, best)
        each = _each_part_sum(parsed, answer.facts) if answer.found else None
        return replace(answer, headline=each) if each else answer

    def _every_part_lines(self, parsed: ParsedQuestion, scope: Scope, best: Answer) -> Answer:
        """A和B分别多少: the best answer for the whole question may speak of one of the two
        only; each thing's own best item joins it when the answer does not show it yet."""
        lines = list(best.facts)
        asked = {self.index.region_name(r) for r in parsed.region_ids}
        own: list[FactLine] = []
        for words in parsed.parts:
            part = replace(parsed, words=words, topic=" ".join(words), parts=())
            answer = self._best(part, scope)
            if not answer.found or not answer.facts:
                continue
            first = answer.facts[0]
            if first.region in asked:
                own.append(first)
            saying = [line for line in lines if (first.value or first.label) in _said(line)]
            if not saying:  # (a sentence may say both already)
                lines.append(first)
            elif (
                first.kind != PASSAGE
                and all(line.kind == PASSAGE for line in saying)
                and _no_other_figure(saying[0], [first, *lines])
            ):
                # 著名商标和驰名商标分别奖多少: the whole question's best, a sentence listing
                # several things at one sum (…著名商标和…认证的企业,给予30万元), gives way to the
                # part's own reward, which says what that sum is for (a sentence saying other
                # sums too, 学校设施9亿元,保障房建设13亿元, answers the other part: it stays).
                if any(line.ref == first.ref for line in lines):
                    lines.remove(saying[0])  # (the part's reward is listed already)
                else:
                    lines[lines.index(saying[0])] = first
        if (
            asked
            and len(own) == len(parsed.parts)
            and (not best.found or not any(line.region in asked for line in best.facts))
        ):
            # 南海2018年省名牌和驰名商标分别要多少: each thing has its row for the district
            # asked; the city's sentence that matched the whole question answers for the city,
            # not for the district, and a row matching half the question is no hedge when the
            # other half has its own row.
            rows = list({line.ref: line for line in own}.values())
            answer = self.found(parsed, scope, rows)
            if answer.found and len(rows) > 1 and all(line.value for line in rows):
                each = ";".join(f"{line.label} {line.value}" for line in rows)
                answer = replace(answer, headline=each)
            return answer
        lines = _without_restated(lines)
        unchanged = [line.ref for line in lines] == [line.ref for line in best.facts]
        if unchanged or not best.found:
            if best.hedged:
                # 参与奖多少,主导奖多少 of two sentences each pairing things with sums: each
                # thing's sum read from its own sentence is an answer, no hedge.
                found = self.found(parsed, scope, lines)
                summed = _each_part_sum(parsed, found.facts) if found.found else None
                if summed:
                    return replace(found, headline=summed)
            return best
        return self.found(parsed, scope, lines)

    def _lists(self, parsed: ParsedQuestion) -> bool:
        """A question that wants every matching item, not the best one: 有哪些目标, 什么目标,
        or a kind of fact with nothing more named (洞头的奖励政策有哪些)."""
        if asks_extreme_place(parsed.text) and parsed.topic_kind in (Topic.TARGET, None):
            return True  # 哪个区任务最多: every district's line, the largest found among them
        if parsed.asks == Asks.LIST and parsed.topic_kind in (Topic.TARGET, None):
            return not parsed.has_topic or parsed.topic_kind == Topic.TARGET
        if parsed.asks == Asks.WHAT and any(w not in parsed.categories for w in parsed.words):
            # 就业指标要分解到哪一级: what is done with the targets (verbs only, but asked), not
            # the targets themselves.
            return False
        return not parsed.has_topic and parsed.topic_kind in (Topic.REWARD, Topic.TARGET)

    # -- facts and sentences -----------------------------------------------------------------

    def _best(self, parsed: ParsedQuestion, scope: Scope) -> Answer:
        facts = self._fact_candidates(parsed, scope)
        passages = passage_candidates(self, parsed, scope)
        if any(holds_amount(c.line.label, parsed) for c in facts + passages):
            # 进资1500万能奖多少: a tier whose range leaves the amount out does not answer.
            facts = [c for c in facts if holds_amount(c.line.label, parsed) is not False]
        if parsed.asks in (Asks.MONEY, Asks.NUMBER) and _ASKS_TOTAL.search(parsed.text):
            # 一共奖了多少钱: of candidates alike, the one stating a total (共计266万元) leads a
            # rule of how much each gets.
            facts, passages = _totals_first(facts), _totals_first(passages)
            if (
                facts
                and passages
                and _states_total(passages[0])
                and not _states_total(facts[0])
                and passages[0].share >= facts[0].share - TOTAL_TIE
            ):
                facts = [c for c in facts if _states_total(c)]
        if parsed.asks == Asks.MONEY and not _ASKS_TOTAL.search(parsed.text):
            # 中创新航那个项目拿了多少: the sum 合计 of "中创新航…项目一期"等9个项目 is the
            # group's, not what the one member the question names got.
            facts = [c for c in facts if not _group_total_of_member(c, parsed)]
            passages = [c for c in passages if not _group_total_of_member(c, parsed)]
        if ASKS_SPLIT.search(parsed.text) and any(
            _states_split(c) and c.share >= confidence.HEDGE for c in passages[:PASSAGE_POOL]
        ):
            # 奖金是全给企业吗: the sentence dividing the sum answers, not the sum itself.
            facts = [c for c in facts if _states_split(c)]
            passages = [c for c in passages if _states_split(c)]
        if BESIDES_MONEY.search(parsed.text):
            # 除了奖钱还发啥: what is granted beside the sum — a title, a plaque — answers; the
            # sentence paying money only (每超100万元奖励5000元) says what the asker set aside.
            honours = [c for c in passages if _HONOUR.search(c.line.label)]
            if honours:
                passages = honours
                facts = [c for c in facts if _HONOUR.search(c.line.label)]
        if parsed.year is not None and _ASKS_AIM.search(parsed.text):
            # 到2025年治理率要达到多少: what a year is to reach; a section stating where things
            # stand (概况 / 治理现状: 已完成治理的行政村有660个,占11.06%) says the state the plan
            # starts from, no aim.
            facts = [c for c in facts if not _of_the_present_state(c)]
            passages = [c for c in passages if not _of_the_present_state(c)]
        facts, passages = self._whole_subject_first(parsed, facts, passages)
        if parsed.asks in (Asks.DATE, Asks.YESNO):
            facts = _of_the_step_asked(parsed, facts)
        if facts:
            # 质量义诊有哪些, a column of a district table: its header row (地区 | 质量义诊(次) | …)
            # and its caption (附表各区质量义诊…分解表) write the words asked and say none of the
            # rows; the rows read from the table (facts) answer.
            passages = [c for c in passages if not _heads_a_table_of(c, facts)]
        shared = (
            districts_named_by_several(self.index, parsed.places) if not parsed.region_ids else ()
        )
        if shared:
            # 东湖区 of two cities: the lines naming it, never a city's own line for all of it.
            facts = naming_places(facts, shared, _candidate_text)
            passages = naming_places(passages, shared, _candidate_text)
        if self._increase_said_of_another_year(parsed, scope, facts):
            # 佛山2018年省名牌产品要新增多少个: the year's stock counts (有效期内…数量) say no
            # increase, and the plan states the increase asked for another year: that one is
            # the figure (said with its own year), not a stock.
            facts = [c for c in facts if _INCREASE not in c.missing]
            passages = [c for c in passages if _INCREASE not in c.missing]
        if parsed.eligibility and not _REQUIREMENTS_ASKED.search(parsed.reading):
            # 这次奖励经费哪些单位能拿: a line naming its document (附件:…安排表, the file's
            # name) or signing it (its issuer's name alone) says no one who qualifies; a
            # sentence of the text may.
            kept = [
                c
                for c in passages
                if not self._about_its_document(c) and not self._signs_its_document(c)
            ]
            if kept:
                passages = kept
        if parsed.asks in (Asks.NUMBER, Asks.MONEY):
            # 污水治理到2025年治理率要达到多少, of a plan titled (2019—2025年): its title line and
            # the sentence handing it out (现将《…》印发给你们) name the document and count
            # nothing — their years date it. However well their words match, no figure.
            passages = [c for c in passages if not self._names_only_its_document(c)]
        if _REQUIREMENTS_ASKED.search(parsed.reading):
            # 龙头企业有啥要求: a line that names its document (the title, 附件:…, 关于印发…的
            # 通知, 为…特制定本办法) requires nothing of anyone, however well its words match.
            about = [c for c in passages if self._about_its_document(c)]
            passages = [c for c in passages if c not in about]
            if not facts and not passages:
                # What the store does say: the documents named after the thing asked about.
                titles = list(dict.fromkeys(_title_of(c) for c in about))[:2]
                which = f";提到它的是{'、'.join(titles)}" if titles else ""
                why = f"文件没有写{parsed.topic.replace(' ', '')}的要求{which}"
                return self.not_found(parsed, why)
        facts = _level_before_its_growth(parsed, facts)
        if parsed.asks == Asks.NUMBER:
            facts = _later_figure_saying_more(parsed, facts)
        best_fact = facts[0] if facts else None
        best_passage = passages[0] if passages else None
        if parsed.year is not None and (
            max((c.share for c in facts[:1] + passages[:1]), default=0.0) < confidence.HEDGE
        ):
            return self._other_years(parsed, scope, parsed.year)
        if best_fact is None and best_passage is None:
            return self._said_without_value(parsed, scope) or self.not_found(parsed, None)
        # A value question (多少, 什么时候, 谁) is answered by a fact unless a sentence says
        # clearly more; a question about what something is, by the sentence on a tie.
        values = parsed.asks in _VALUE_ASKS or parsed.topic_kind == Topic.REWARD or parsed.bare
        margin = PASSAGE_MARGIN if values else 0.0
        if (
            values
            and best_passage is not None
            and _SEVERAL_FIGURES.search(parsed.text)
            and not asks_each_its_figure(parsed.text)
            and len(NUMBER.findall(_RATIO.sub(" ", best_passage.line.label))) >= 2
        ):
            # 要推进多少个重大项目、多少个亿元以上项目: two figures asked; the sentence stating
            # both (300个…、6000个…) answers, not a fact holding one of them.
            margin = 0.0
        # (A sentence is weighed against a fact as measured alike, its title completing none.)
        plain = 0.0 if best_passage is None else best_passage.plain or best_passage.share
        use_passage = best_fact is None or (
            best_passage is not None
            and plain > best_fact.share + margin - 1e-9
            and (margin > 0 or plain >= best_fact.share)
        )
        chosen = best_passage if use_passage else best_fact
        assert chosen is not None
        verdict = decide(max(chosen.share, _completed_sentence(chosen, passages)))
        dated = _dated_fact_read_from(chosen, facts) if parsed.asks == Asks.DATE else None
        if use_passage and dated is not None:
            # 征求意见截止到哪天, of 公开征求意见时间截至2023年11月5日,公众可…: the sentence
            # answers, and a milestone was read from it; that milestone says the day as a date
            # (2023-11-05) with the sentence as its quote, as the sentence alone does not.
            chosen, use_passage = dated, False
        stepped = self._step_of_sentence(parsed, chosen) if parsed.asks == Asks.DATE else None
        if stepped is not None:
            # 哪年完成…验收, of 2032年6月底前完成…申报,2033年底前通过省级验收: the sentence's
            # milestone of the step asked answers, though its own words are fewer.
            chosen, use_passage = stepped, False
            facts = _of_the_step_asked(parsed, [stepped, *facts])
        if parsed.asks == Asks.DATE:
            unstepped = self._another_steps_date(parsed, scope, chosen)
            if unstepped is not None:
                return unstepped
        if (
            verdict == Verdict.HEDGE
            and parsed.asks == Asks.NUMBER
            and _counts_kind_asked(parsed, chosen.line.label)
        ):
            # 示范镇创建分几个步骤, of 方案分四个步骤进行实施: the sentence counts the very kind
            # of part asked; however few of the plan's words it repeats, it is the answer.
            verdict = Verdict.ANSWER
        if (
            verdict == Verdict.HEDGE
            and BESIDES_MONEY.search(parsed.text)
            and _HONOUR.search(chosen.line.label)
        ):
            # 交税超过100万,除了奖钱还发啥, of 达到100万元及以上的…颁发“…”奖牌: the one
            # sentence granting more than money answers; the asker's 超过 is its 及以上.
            verdict = Verdict.ANSWER
        if verdict == Verdict.NONE or (
            verdict == Verdict.HEDGE
            and parsed.asks in (Asks.NUMBER, Asks.MONEY)
            and parsed.topic_kind != Topic.REWARD
            and _SUM_ASKED.search(parsed.text)
            # (要新增多少家企业,投入多少资金: another how-many asked beside the sum is answered)
            and not re.search(r"多少|几", _SUM_ASKED.sub(" ", parsed.text))
            and not MONEY.search(f"{chosen.line.value or ''} {chosen.line.label}")
        ):
            # 质量提升行动一共投入多少亿元资金, where no line states a sum: a 合格率 target of
            # the plan matching in part is no answer to how much money; 未找到, saying what the
            # plans do say when a sentence speaks of every word asked.
            where = f"{scope.title}的文件" if scope.region_ids is not None else "收录的文件"
            unstated = None if verdict == Verdict.NONE else f"{where}没有写明这笔资金的数额"
            return self._said_without_value(parsed, scope) or self.not_found(parsed, unstated)
        unwritten = self._milestone_but_unwritten(parsed, chosen)
        if verdict == Verdict.HEDGE and unwritten:
            # 品牌企业培育库什么时候要建好, of a milestone 建立培育企业库: every word asked that the
            # documents write at all, it says; the rest (品牌) no document writes, so no other
            # item could say it better. The milestone answers, saying what it does not name.
            answer = self.found(parsed, scope, [chosen.line])
            note = f"文件里没有“{'”“'.join(unwritten)}”的说法,这是最接近的一项"
            return replace(answer, notes=(*answer.notes, note))
        if use_passage and parsed.asks == Asks.MONEY and verdict == Verdict.ANSWER:
            equal = self._equal_tiers_sum(parsed, scope, chosen)
            if equal is not None:
                return equal
        if (
            use_passage
            and parsed.asks in (Asks.MONEY, Asks.NUMBER)
            and not vague_count_of_topic(chosen.line.label, parsed)
            and not self._value_beside_topic(chosen.line.label, parsed)
        ):
            # 人均GDP要达到多少, of 人均GDP、地均GDP稳定增长,实现…收入增长4%: the sentence speaks
            # of the thing asked but gives its figure to another; nothing answers how much.
            said = self._said_without_value(parsed, scope)
            if said is not None:
                return said
        rate = _RATE_ASKED.search(parsed.reading) if parsed.asks == Asks.NUMBER else None
        if use_passage and rate is not None and not _RATE_SAID.search(chosen.line.label):
            # 窗口审批授权率要达到多少, of 最大限度授予窗口审批权限: a sentence giving no figure
            # says no rate, however many of the words asked it writes.
            return self._said_without_value(parsed, scope) or self.not_found(
                parsed, f"文件没有写明{rate.group(1)}的数值"
            )
        if use_passage:
            # A second sentence as good as the first often says the rest (a list goes on).
            close = [c.line for c in passages[:2] if c.share >= chosen.share - PASSAGE_TIE]
            if _POLICIES_ASKED.search(parsed.reading):
                # 能享受什么政策: each sentence giving a treatment that nearly fits.
                floor = max(chosen.share - POLICIES_TIE, confidence.HEDGE)
                close = [c.line for c in passages[:3] if c.share >= floor]
            if parsed.asks == Asks.LIST and chosen.hit is not None:
                # 金杯单位是哪几个: the lines under one heading (新野县人民政府, 卧龙区人民政府…)
                # match alike; each of them is an item of the list asked for.
                close += [
                    c.line
                    for c in passages[2:PASSAGE_POOL]
                    if c.share >= chosen.share - PASSAGE_TIE
                    and c.hit is not None
                    and c.hit.document_id == chosen.hit.document_id
                    and c.hit.passage.section == chosen.hit.passage.section
                ]
            if parsed.asks == Asks.LIST and not _ENUMERATES.search(chosen.line.label):
                # 四大品牌是哪四个: a sentence that only names them (打响“四大品牌”) is no list;
                # one nearly as good that enumerates them (上海服务、上海制造、…) joins it.
                close += [
                    c.line
                    for c in passages[1:PASSAGE_POOL]
                    if c.share >= chosen.share - LIST_TIE and _ENUMERATES.search(c.line.label)
                ][:1]
            if parsed.asks == Asks.LIST:
                close = _kind_listed_first(close, passages, chosen, parsed)
            close = _sharing_a_topic_word(parsed, chosen.line, close)
            lines = _said_once(
                list({(line.citation.document_id, line.label): line for line in close}.values())
            )
            group = _group_named_not_listed(parsed, [line.label for line in lines])
            if group:
                # 七大专项行动是哪七个: sentences that only name the group by its count list none
                # of its members; the store does not say which they are.
                return self.not_found(parsed, f"文件只提到“{group}”,没有列出是哪些")
        else:
            # 能享受什么政策: every treatment the rule gives that nearly fits, not the best one
            # alone (融资倾斜 and 国家级品牌同等政策 both go to the certified firm).
            floor = chosen.share - TIE_MARGIN
            if _POLICIES_ASKED.search(parsed.reading):
                floor = max(chosen.share - POLICIES_TIE, confidence.HEDGE)
            tied = [c for c in facts if c.share >= floor]
            level = confidence.level_asked(parsed.text, parsed.words)
            if level is not None:
                # 获得省标准创新贡献奖奖多少: of the rule's tiers, the one of the level asked
                # (浙江省…), not the 中国 one beside it that matches the words as well.
                # A tier names its level a few characters before the thing too (全国专业…委员会
                # beside 省…委员会): of another level, it is never the answer while the tier
                # of the level asked, or one naming no level, is there.
                rank, thing = level
                tiers = {id(c): confidence.tier_levels(thing, _said_by(c)) for c in tied}
                at_level = [c for c in tied if rank in tiers[id(c)]]
                unlevelled = [c for c in tied if not tiers[id(c)]]
                if at_level or unlevelled:
                    tied = [c for c in tied if c in at_level or not tiers[id(c)]]
            if scope.exact_regions is not None and any(c.exact_region for c in tied):
                # 吴江区地区生产总值增幅: the district's own figure, not its city's beside it.
                # A district's reward paid on top of its city's (区财政再给予10万元), or the
                # levels asked together (市区两级): the city's tied rule stays beside it.
                own = [c for c in tied if c.exact_region]
                as_asked = [c for c in tied if not _of_a_further_prize(c, parsed)]
                if not any(c in as_asked for c in own) and any(
                    encloses(c.line.region, o.line.region) for c in as_asked for o in own
                ):
                    # 江北区市长质量奖奖多少, of a district paying again for the 提名奖 only: its
                    # rule is the lesser prize's; the city's rule of the award asked answers.
                    tied = [
                        c
                        for c in as_asked
                        if any(encloses(c.line.region, o.line.region) for o in own)
                    ]
                    own = []
                above = [
                    c
                    for c in tied
                    if any(encloses(c.line.region, o.line.region) for o in own)
                    and keeps_above(parsed.text, [o.line for o in own])
                ]
                tied = (own + above) or tied
            elif scope.exact_regions is None and parsed.places:
                tied = rows_of_places_asked(tied, parsed.places, lambda c: c.line.region)
            if shared:
                # ...and each city's own line on it, however its words differ (培育 for 新增).
                shown = {c.line.region for c in tied}
                for candidate in facts:
                    if candidate.line.region not in shown and candidate.share >= confidence.HEDGE:
                        tied.append(candidate)
                        shown.add(candidate.line.region)
            # 佛山首席质量官培训每年多少家: of facts that match alike, the region named's own
            # (the city's 120家以上) leads its districts' row.
            named = set(parsed.region_ids)
            if parsed.year is None and parsed.window is None:
                # No year asked (南海驰名要多少件): of facts that match alike, the current or
                # next one leads, as in the lists; the past ones follow, the latest first (a
                # plan whose years are all past answers with its last year's figures together,
                # not its first year's quotas under another year's total).
                tied.sort(
                    key=lambda c: (
                        -round(c.share, 6),
                        not c.exact_region,
                        not _of_region(c, named),
                        _of_another_period(parsed, c),
                        _of_a_place_below(c, parsed),
                        self._past(c),
                        -self._past_due(c),
                    )
                )
            else:
                # 佛山2018年标准要新增多少项: of facts alike, one counted in the measure asked
                # (项, not 个), then one counting every kind it lists (国际、国家、…标准).
                tied.sort(
                    key=lambda c: (
                        -round(c.share, 6),
                        not c.exact_region,
                        not _of_region(c, named),
                        _of_another_period(parsed, c),
                        _of_a_place_below(c, parsed),
                        not in_measure_asked(_unit_of(c), parsed.text),
                        not lists_kinds_of(c.line.label, parsed.words),
                    )
                )
            tied = _level_before_its_growth(parsed, tied)
            tied = _tier_asked(parsed, tied)
            if (
                parsed.asks == Asks.NUMBER
                and tied
                and in_measure_asked(_unit_of(tied[0]), parsed.text)
            ):
                # 湖州2018年要新增多少项标准: 25项 answers it; a tie counted in another measure
                # (800家 新增中小企业采标) counts another thing, no line of this answer.
                tied = [
                    c for c in tied if not _unit_of(c) or in_measure_asked(_unit_of(c), parsed.text)
                ]
            elif parsed.asks == Asks.NUMBER and tied and not asks_in_a_measure(parsed.text):
                # 湖州今年要新增多少浙江制造标准, no measure word asked: the leader's measure
                # (25项) stands for it. A tie of the same sentence counted in another measure that
                # says fewer of the words asked than the leader (800家 新增中小企业采标) counts
                # another thing, as it does beside 多少项 (trial42: the year typed or 今年 was
                # not the difference; the measure word was).
                tied = _other_measures_saying_less(tied, parsed.words)
            if parsed.asks == Asks.DATE:
                tied = _steps_before_phases(tied, parsed)
            # (哪个区最多: every place of the row, the largest found among them)
            lines = row_or_near_ties(
                [c.line for c in tied], whole_row=asks_extreme_place(parsed.text)
            )
        answer = self.found(parsed, scope, lines, hedged=verdict == Verdict.HEDGE)
        texts = self.index.passages.document_texts
        stacked = stacked_headline(answer.facts, texts) if answer.found else None
        if stacked is not None:
            # 东湖区品字标认证奖多少: the district's 再给予 and its city's rule, both paid.
            lead, note = stacked
            answer = replace(answer, headline=lead, notes=(note, *answer.notes))
        if use_passage and parsed.asks == Asks.NUMBER and answer.found:
            # 示范项目每年搞几个, answered by 每年组织实施一批…示范项目: say that no number is given.
            vague = vague_count_of_topic(chosen.line.label, parsed)
            # (the vague count itself, 一批, is no number: NUMBER reads 批 as a measure word)
            if vague and not NUMBER.search(chosen.line.label.replace(vague, " ")):
                note = f"文件只写了“{vague}”,没有写具体数量"
                answer = replace(answer, notes=(note, *answer.notes))
        return answer

    def _left_out(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """奖励哪些情况不适用, 哪些企业除外: the rewards' scope sentences that name what they leave
        out (适用于…企业(不含…)), each as written. None when the question asks no such thing
        or no reward sentence of the scope's documents leaves anything out."""
        if "奖" not in parsed.reading or not _ASKS_LEFT_OUT.search(parsed.reading):
            return None
        lines: list[FactLine] = []
        for document_id, passages in self.index.passages.by_document.items():
            if scope.document_ids is not None and document_id not in scope.document_ids:
                continue
            for number, passage in enumerate(passages):
                said = passage.text
                if _LEAVES_OUT.search(said) and _ABOUT_REWARDS.search(said):
                    lines.append(passage_line(self.index, document_id, number, passage, said))
        return self.found(parsed, scope, lines) if lines else None

    def _equal_tiers_sum(
        self, parsed: ParsedQuestion, scope: Scope, chosen: Candidate
    ) -> Answer | None:
        """省级数字车间能拿多少钱, of 给予与省级示范工厂同等政策奖励: no sum of its own, the sum
        of the tier it equals (50万元), said to be that tier's, both sentences quoted. None
        when the sentence equals no tier whose sum its document states."""
        if NUMBER.search(chosen.line.label):
            return None
        citation = chosen.line.citation
        equal = equal_tier(self.index, citation.document_id, citation.quote)
        if equal is None:
            return None
        answer = self.found(parsed, scope, [chosen.line, equal.line])
        return replace(answer, headline=f"{equal.amount}(与{equal.tier}同等政策奖励)")

    def _value_beside_topic(self, label: str, parsed: ParsedQuestion) -> bool:
        """Whether ``label`` may state the figure asked. A sum asked: any figure at all (按…同等
        政策给予奖励 names none). A number asked: not when the sentence's figures all stand in
        clauses that name nothing asked, and the nouns asked stand in a list of things (人均GDP、
        地均GDP稳定增长,实现…收入增长4%) — those figures count other things."""
        if parsed.asks == Asks.MONEY:
            return bool(NUMBER.search(label))
        nouns = [w for w in parsed.words if len(w) >= 2 and w not in parsed.weak]
        naming = [c for c in _VALUE_CLAUSE.split(label) if any(w in c for w in nouns)]
        if not nouns or not naming or not NUMBER.search(label):
            return True
        if any(NUMBER.search(clause) for clause in naming):
            # 产品质量抽查合格率、满意度不断提升,工程验收合格率保持100%: the clause naming the
            # most of the nouns asked is a list giving no figure, and the figure stands in a
            # clause sharing fewer of them (合格率): it counts another thing.
            named = {clause: sum(w in clause for w in nouns) for clause in naming}
            most = max(named.values())
            # (a figure in digits: 一次奖励 and the like count nothing asked)
            digits = [n for clause, n in named.items() if _DIGIT.search(clause)]
            if not digits:
                return True
            figured = max(digits)
            best = [clause for clause, n in named.items() if n == most]
            return not (
                most >= 2
                and figured < most
                and all(len(_LIST_MARK.split(clause)) > 1 for clause in best)
            )
        return not any(len(_LIST_MARK.split(clause)) > 1 for clause in naming)

    def _about_its_document(self, candidate: Candidate) -> bool:
        """Whether a sentence speaks of its document rather than of what it asks: it names the
        document's title (样板市骨干商户扶持办法, 关于印发…的通知, 附件:…), or is the opening
        that says why the document was made (为…特制定本办法)."""
        text = candidate.line.label
        if _MAKES_THE_DOCUMENT.search(text):
            return True
        document = self.index.find_document(candidate.line.citation.document_id)
        if document is None:
            return False
        titles = (document.title, document.short_title, candidate.line.citation.document)
        # (a line that is the title without its period, 佛山市…三年行动计划, is one too)
        return any(
            title and len(title) >= _TITLE_NAMED and (title in text or text.strip() in title)
            for title in titles
        )

    def _names_only_its_document(self, candidate: Candidate) -> bool:
        """Whether a line speaks of its document (``_about_its_document``) and writes no
        numeral but the years dating it and its doc number (关于印发…方案(2019—2025年)的通知)."""
        if not self._about_its_document(candidate):
            return False
        # (a count its title states, 《十方面民生实事责任分解》, is a figure it gives)
        return not _NUMERAL.search(
            _DATING_YEARS.sub(" ", DOC_NUMBER.sub(" ", candidate.line.label))
        )

    def _signs_its_document(self, candidate: Candidate) -> bool:
        """Whether a line only names the offices a notice is addressed to (各乡镇科委、财政所:)
        or that sign it (the 落款 above its date)."""
        text = self.index.passages.document_texts.get(candidate.line.citation.document_id, "")
        signed = document_answers.signature(text)
        offices = "".join(signed[0]) if signed is not None else ""
        offices += addressee(text[: document_answers.ADDRESS_WITHIN]) or ""
        line = re.sub(r"[\s::]+", "", candidate.line.label)
        return len(line) >= _TITLE_NAMED and line in re.sub(r"[\s::]+", "", offices)

    def _whole_subject_first(
        self, parsed: ParsedQuestion, facts: list[Candidate], passages: list[Candidate]
    ) -> tuple[list[Candidate], list[Candidate]]:
        """禅城每年通过质量管理体系认证的企业多少家: a candidate that writes the question's
        rarest noun with another first character (测量管理体系) names another subject; when
        another candidate writes every noun asked (获…质量管理体系认证, only the verb 通过
        unsaid), the near misses are no answer, however much their other words match."""
        nouns = [
            word
            for word in dict.fromkeys(parsed.words)
            if len(word) >= 2 and word not in parsed.weak and word not in parsed.categories
        ]
        if len(nouns) < 2:
            return facts, passages
        rarest = max(nouns, key=self.index.passages.idf)
        minor = set(parsed.weak) | set(parsed.categories)

        def said(candidate: Candidate) -> str:
            return f"{candidate.line.label} {candidate.line.citation.quote}"

        def near_miss(candidate: Candidate) -> bool:
            text = said(candidate)
            return rarest not in text and confidence.sibling_written(rarest, text)

        def whole(candidate: Candidate) -> bool:
            return (
                candidate.share >= confidence.HEDGE
                and rarest in said(candidate)
                and all(word in minor for word in candidate.missing)
            )

        pool = (*facts[:FACT_POOL], *passages[:PASSAGE_POOL])
        if not any(near_miss(c) for c in pool) or not any(whole(c) for c in pool):
            return facts, passages
        return (
            [c for c in facts if not near_miss(c)],
            [c for c in passages if not near_miss(c)],
        )

    def _increase_said_of_another_year(
        self, parsed: ParsedQuestion, scope: Scope, facts: list[Candidate]
    ) -> bool:
        """An increase (新增) asked of a year whose best fact does not say it, while a fact of
        another year says the increase and all else asked."""
        if parsed.year is None or _INCREASE not in parsed.words or not facts:
            return False
        if _INCREASE not in facts[0].missing:
            return False
        others = self._fact_candidates(replace(parsed, year=None, window=None), scope)
        return any(
            c.share >= confidence.ANSWER and not c.missing and c.exact_region for c in others
        )

    def _guess_of_another_step(self, parsed: ParsedQuestion, answer: Answer) -> Answer:
        """是不是2032年9月底前验收, of a plan dating only its 预验收 then: no item found names the
        step whose date is guessed, so none confirms it; a partial match saying which steps the
        items found do date (attack52 H6), as 什么时候验收 is answered."""
        if parsed.asks != Asks.YESNO or (parsed.year is None and parsed.window is None):
            return answer
        step = step_asked(parsed)
        if step is None or not answer.found or answer.hedged or not answer.facts:
            return answer
        if any(names_step(line.label, step) for line in answer.facts):
            return answer
        headline = undated_step(step, [line.label for line in answer.facts])
        return replace(answer, found=False, hedged=True, headline=headline)

    def _another_steps_date(
        self, parsed: ParsedQuestion, scope: Scope, chosen: Candidate
    ) -> Answer | None:
        """示范园什么时候申报, of a plan dating only its 验收 (2033年底前通过省级验收): the date
        found is another step's, so not the answer; the reply says that the step asked is not
        dated and shows the date the plan does give, as a partial match (attack52 H6). None
        when the question names no step or ``chosen`` names the one asked."""
        step = step_asked(parsed)
        if step is None or names_step(chosen.line.label, step):
            return None
        # (the steps its sentence dates: 预验收 of a clause whose sentence dates 验收 too)
        citation = chosen.line.citation
        sentence = (
            f"{chosen.line.label} {self._sentence_around(citation.document_id, citation.quote)}"
        )
        answer = self.found(parsed, scope, [chosen.line], hedged=True)
        return replace(answer, headline=undated_step(step, [sentence]))

    def _step_of_sentence(self, parsed: ParsedQuestion, chosen: Candidate) -> Candidate | None:
        """The milestone read from ``chosen``'s sentence that names the step the question asks
        (验收), measured as ``chosen`` was, when ``chosen`` names another step or none; None
        when the question names no step or the sentence dates no such milestone."""
        step = step_asked(parsed)
        if step is None or names_step(chosen.line.label, step):
            return None
        if chosen.hit is not None:
            document_id, sentence = chosen.hit.document_id, chosen.hit.passage.text
        elif chosen.fact is not None and chosen.fact.row.quote:
            # (a milestone quotes its clause: the sentence holding it dates the others)
            document_id, quote = chosen.fact.row.document_id, chosen.fact.row.quote
            sentence = next(
                (
                    passage.text
                    for passage in self.index.passages.by_document.get(document_id, [])
                    if quote in passage.text
                ),
                quote,
            )
        else:
            return None
        for position in sorted(self.index.positions_in_document(document_id)):
            fact = self.index.fact_at(position)
            quote = fact.row.quote
            if not quote or not (quote in sentence or sentence in quote):
                continue
            if not fact_fits(fact, parsed) or not self._in_time(fact, parsed):
                continue
            (line,) = self.lines([fact], parsed)
            if line.due is not None and names_step(line.label, step):
                return Candidate(
                    chosen.share, (), line, exact_region=chosen.exact_region, fact=fact
                )
        return None

    def _milestone_but_unwritten(self, parsed: ParsedQuestion, chosen: Candidate) -> list[str]:
        """The words asked that no document writes, when ``chosen`` is a dated milestone asked
        when, saying every other noun of the question itself (at least two of them): the
        store's nearest statement of exactly that duty. Empty otherwise."""
        line = chosen.line
        if parsed.asks != Asks.DATE or line.kind != FactKind.MILESTONE or line.due is None:
            return []
        nouns = [w for w in dict.fromkeys(parsed.words) if w not in parsed.weak and len(w) >= 2]
        unwritten = [w for w in nouns if w in chosen.missing and not self.index.uses_word(w)]
        said = [w for w in nouns if w not in chosen.missing]
        if not unwritten or len(said) < 2 or len(said) + len(unwritten) != len(nouns):
            return []
        return unwritten

    def _following_stage(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """推进阶段之后是什么阶段: the stage after the one named, in the plan's order (its
        stages sorted by when they end), never 未找到 for the words of ordering."""
        if not set(parsed.words) & _NEXT_STAGE or not set(parsed.hints) & PHASE_WORDS:
            return None
        named = [w for w in parsed.words if w not in _NEXT_STAGE and w not in parsed.weak]
        if not named:
            return None
        phases = self.listing(replace(parsed, topic="", words=(), asks=Asks.LIST), scope)
        if phases is None:
            return None
        asked = set(parsed.hints) & PHASE_WORDS
        stages = sorted(
            (f for f in phases.facts if any(w in f.label for w in asked) and f.due),
            key=lambda line: line.due or date.max,
        )
        at = next(
            (i for i, f in enumerate(stages) if all(w in f.label.split("(")[0] for w in named)),
            None,
        )
        if at is None or at + 1 >= len(stages):
            return None
        after = stages[at + 1]
        return replace(phases, facts=(after,), total=1, headline=after.label.split("(")[0])

    def _said_without_value(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """卓越绩效奖奖励多少, where the plans speak of 卓越绩效 but give no sum for it: 未找到
        says that the topic is there and what it lacks, not that the store knows nothing of
        it. Only a sentence saying every word of the topic counts as speaking of it."""
        asked = _ASKED_FOR.get(parsed.asks)
        if asked is None and parsed.topic_kind == Topic.REWARD:
            asked = "奖励"
        if asked is None or not parsed.has_topic:
            return None
        hits = self.index.passages.search(
            search_terms(parsed), document_ids=scope.document_ids, limit=PASSAGE_POOL
        )
        saying = [
            hit
            for hit in hits
            if not self.measurer.measure(
                parsed, f"{hit.passage.heading or ''} {hit.passage.text}", None
            ).missing
        ]
        if not saying:
            return None
        if parsed.asks == Asks.WHO:
            # 补助资金应由谁提出申报, of 申报应由排名第一的申报单位提出: a sentence saying
            # every word asked and who does it (由…提出) names the one asked for, though no
            # unit of the store's is that one.
            for hit in saying:
                by = _DONE_BY.search(hit.passage.text)
                if by is not None and by.group(2) in parsed.reading:
                    line = passage_line(
                        self.index, hit.document_id, hit.number, hit.passage, hit.passage.text
                    )
                    return replace(self.found(parsed, scope, [line]), headline=by.group(1))
        who = self._whose_documents({hit.document_id for hit in saying}, scope)
        # What the plan does say (给予“国家级品牌”同等政策奖励) is what the asker needs next, so
        # the best sentence is quoted under the 未找到 (trial45 L5): it stays a refusal. Only a
        # sentence with no figure: another figure beside the topic (人均消费…达到8.5亿元) would
        # read as the answer.
        best = saying[0].passage.text
        said = () if _FIGURE.search(best) else (f"原文:{clip(best, _SAID_QUOTE)}",)
        return replace(
            self.not_found(parsed, None),
            headline=f"{NOT_FOUND}:{who}{_mentioned_without(parsed.topic)}{asked}",
            notes=said,
            suggestions=(f"发 /search {parsed.topic} 看相关条目",),
        )

    def _whose_documents(self, document_ids: set[int], scope: Scope) -> str:
        """Whose plans say it, by the plans' own regions (湖州市的文件): the region asked about
        may hold none of them (a city's plan speaks for its districts)."""
        if scope.region_ids is None:
            return "收录的文件"
        names = sorted(
            {
                self.index.region_name(document.region_id) or ""
                for document_id in document_ids
                if (document := self.index.find_document(document_id)) is not None
            }
            - {""}
        )
        return f"{'、'.join(names[:3])}的文件" if names else "收录的文件"

    def _past(self, candidate: Candidate) -> bool:
        due = candidate.fact.row.due if candidate.fact is not None else None
        return due is not None and due < self.today

    def _past_due(self, candidate: Candidate) -> int:
        """A past fact's due day (its ordinal), 0 for any other: the later, the sooner shown."""
        due = candidate.fact.row.due if candidate.fact is not None else None
        return due.toordinal() if due is not None and due < self.today else 0

    def _through_achievement(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """凯森蒙拿了多少奖金: a notice names the firm where it says what the firm achieved
        (凯森蒙制衣集团有限公司“凯森蒙”商标被认定为中国驰名商标) and rewards the achievement
        in a rule of its own (对获得中国驰名商标的企业一次性奖励50万元): the rule for that
        achievement answers, beside the sentence that names the firm."""
        rare = confidence.NAME_RARITY * self.index.passages.rarest_idf
        names = [
            w
            for w in parsed.words
            if w not in parsed.weak
            and w not in ENTITY_WORDS
            and len(w) >= 2
            and self.index.passages.idf(w) >= rare
        ]
        if not names or scope.document_ids is None:
            return None
        for document_id in sorted(scope.document_ids):
            passages = self.index.passages.by_document.get(document_id, [])
            for number, passage in enumerate(passages):
                for clause in _CLAUSE_END.split(passage.text):
                    achieved = _ACHIEVED.search(clause)
                    if achieved is None:
                        continue
                    if not any(name in clause[: achieved.start()] for name in names):
                        continue
                    what = achieved.group("what").strip("“”")
                    asked = f"{parsed.region_text or ''}{what}奖励多少"
                    reread = parse_question(asked, self.index, self.today)
                    answer = self._best(replace(reread, year=parsed.year), scope)
                    if not answer.found:
                        continue
                    line = passage_line(
                        self.index, document_id, number, passage, shown_part(clause, parsed)
                    )
                    return replace(
                        answer, title=answer_title(scope, parsed), facts=(*answer.facts, line)
                    )
        return None

    def _current_step(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """现在该到哪一步了: of the steps of the plan asked about (its milestones, each due by a
        date), the one under way today — the first not yet due — with its date; None when no
        plan is surely the one asked, or it sets no step still to come. The plan is the one the
        question's words find (its steps need not repeat them: 试点培育 of a 品牌建设 plan)."""
        document_id = self._plan_of_steps(parsed, scope)
        if document_id is None:
            return None
        coming = [
            fact
            for fact in self.index.facts()
            if fact.row.document_id == document_id
            and fact.row.kind == FactKind.MILESTONE
            and fact.row.due is not None
            and fact.row.due >= self.today
        ]
        if not coming:
            return None
        now = min(coming, key=lambda fact: fact.row.due or self.today)
        return self.found(parsed, scope, self.lines([now], parsed))

    def _plan_of_steps(self, parsed: ParsedQuestion, scope: Scope) -> int | None:
        """The document whose steps are asked: the one of a step the question's words fit, else
        the one the question's words find surely (not in part)."""
        asked = replace(parsed, window=None, asks=Asks.DATE)
        for candidate in self._fact_candidates(asked, scope):
            if candidate.line.kind == FactKind.MILESTONE and candidate.share >= confidence.HEDGE:
                return candidate.line.citation.document_id
        found = self._best(replace(parsed, window=None), scope)
        if not found.found or found.hedged or not found.facts:
            return None
        return found.facts[0].citation.document_id

    def _other_years(self, parsed: ParsedQuestion, scope: Scope, year: int) -> Answer:
        """Nothing dated in the year asked about, in a plan that covers it: a goal still running
        then (到2020年, asked in 2019) answers with its deadline shown — but not a number asked
        for that year (2019年优良天数目标是多少): the plan sets none for it, and 未找到 says the
        later one; what was due before is only a partial match; otherwise 未找到."""
        whole = replace(parsed, year=None, window=None)
        answer = self._best(whole, scope)
        if not answer.found:
            who = scope.title if scope.region_ids is not None else "收录的文件"
            # Not 分年内容 (a planner's word): the plan covers the year, but nothing in it is
            # dated in that year.
            source = who if who == "收录的文件" else f"{who}的文件"
            return self.not_found(parsed, f"{source}没有单独写{year}年的内容")
        first = answer.facts[0]
        other_column = self._other_column(first, year)
        if other_column is not None:
            who = scope.title if scope.region_ids is not None else "收录的文件"
            return self.not_found(parsed, f"{who}没有{year}年的数字;{other_column}")
        if first.kind != PASSAGE and first.due is not None and first.due.year >= year:
            began = self._began(first.citation.document_id)
            if began is not None and began > year:
                # A plan that begins after the year asked (a 2016–2018 plan's 2018 goal, asked
                # for 2015) sets nothing for it.
                who = scope.title if scope.region_ids is not None else "收录的文件"
                return self.not_found(parsed, f"{who}没有{year}年的内容(文件从{began}年起)")
            if first.due.year > year and parsed.asks == Asks.NUMBER:
                who = scope.title if scope.region_ids is not None else "收录的文件"
                # 有的是新增…产品60个以上(到2019年): the later figure with what it counts, so
                # that it reads as another year's goal, not as the year asked about.
                # (A long label, or one with figures of its own, would only blur the figure.)
                plain = len(first.label) <= FIGURE_LABEL_LIMIT and not NUMBER.search(first.label)
                what = first.label if plain else ""
                figure = f"{what}{first.value or ''}(到{first.due.year}年)"
                return self.not_found(parsed, f"{who}没有{year}年的数字;有的是{figure}")
            return answer  # a goal still running in that year (到2020年, asked in 2019)
        if not answer.hedged and self._plan_of_year(first.citation.document_id, year):
            # 梁平2021年政府工作报告要抓多少项目标任务, of the 2021年…分解方案: the plan is the
            # year's own, so what it says undated it says of that year.
            return answer
        if not answer.hedged and str(year) not in parsed.text and self._dated_nowhere(first):
            # 年底前要开工几部, the year only the clock's: a plan that names no year of its own
            # (12月底前开工建设200部) is not put in another one.
            return answer
        return replace(answer, found=False, hedged=True, headline=HEDGE_TEXT)

    def _progress_not_the_year(self, parsed: ParsedQuestion, answer: Answer) -> Answer | None:
        """示范市2032年主导制定地方标准多少项, best matched by the row's progress cell
        (截至6月底已制定地方标准7项) while the row's 2032 cell says 较2031年增长10%: the progress
        is no year's goal, and the year's cell is said instead (attack44: 答: 到2031年 7项).
        None when the question asks how far things got, or the row has no cell of the year."""
        if parsed.year is None or not answer.found or answer.listing or not answer.facts:
            return None
        if PROGRESS_ASKED.search(parsed.text):
            return None
        first = answer.facts[0]
        if first.kind != PASSAGE:
            return None
        passages = self.index.passages.by_document.get(first.citation.document_id, [])
        cell = progress_cell(passages, first)
        of_year = row_cell_of_year(passages, cell, parsed.year) if cell is not None else None
        if of_year is None:
            return None
        said = of_year.text.rstrip("。")
        return self.not_found(
            parsed, f"表中这一项{parsed.year}年写的是“{said}”;进展情况的数字不是它"
        )

    def _other_column(self, line: FactLine, year: int) -> str | None:
        """示范市2033年示范生产线多少条, best matched by the task table's 2031 cell (40条) that
        the question's year does not fit: what the row's cell in the column of the year asked
        says (70%以上…企业开展…应用), or, with no such cell, the figure said with its own year when
        it is an earlier one — never that figure offered as a partial match. None when ``line``
        is no cell of a year's column, or (a later cell, none of the year asked) a goal still
        due after the year asked, which ``_other_years`` weighs."""
        if line.due is None or line.due.year == year:
            return None
        passages = self.index.passages.by_document.get(line.citation.document_id, [])
        cell = column_cell(passages, line)
        if cell is None:
            return None
        of_year = row_cell_of_year(passages, cell, year)
        if of_year is not None:
            return f"表中这一项{year}年写的是“{of_year.text.rstrip('。')}”"
        if line.due.year > year:
            return None
        plain = len(line.label) <= FIGURE_LABEL_LIMIT and not NUMBER.search(line.label)
        figure = f"{line.label if plain else ''}{line.value or ''}"
        return f"有的是{figure}({line.due.year}年)" if figure else None

    def _dated_nowhere(self, line: FactLine) -> bool:
        """Whether ``line``'s document states no year of its own (no period, no date) and the
        line none either."""
        document = self.index.find_document(line.citation.document_id)
        return (
            document is not None
            and dated_nowhere(document)
            and line.due is None
            and not _A_YEAR_IN.search(f"{line.label} {line.citation.quote}")
        )

    def _plan_of_year(self, document_id: int, year: int) -> bool:
        """Whether a document is the plan of ``year`` alone: its period is that one year, or
        its title names that year and no other (2021年…工作方案, not 2021—2023年行动计划)."""
        document = self.index.find_document(document_id)
        if document is None:
            return False
        if document.period_start is not None and document.period_end is not None:
            return document.period_start == document.period_end == year
        years = {int(y) for y in _TITLE_YEAR.findall(document.title or "")}
        return years == {year}

    def _began(self, document_id: int) -> int | None:
        """The year a document's plan begins: its period's first year, else the year it was
        issued in."""
        document = self.index.find_document(document_id)
        if document is None:
            return None
        if document.period_start is not None:
            return document.period_start
        return document.issued.year if document.issued is not None else None

    def _duty_asked(self, parsed: ParsedQuestion, scope: Scope) -> bool:
        """每月几号报送: a date asked with a verb only, which a recurring duty of the scope writes
        with every other word asked: that duty is the answer, not every deadline of the plan."""
        if not parsed.words:
            return False
        return any(
            candidate.line.kind == FactKind.RECURRING and not candidate.missing
            for candidate in self._fact_candidates(parsed, scope)[:FACT_POOL]
        )

    def _fact_candidates(self, parsed: ParsedQuestion, scope: Scope) -> list[Candidate]:
        kinds = fact_kinds(parsed)
        if not parsed.words and not parsed.unit_ids:
            return []
        dated_window = parsed.window is not None and parsed.window.dated
        by_year = parsed.year if not dated_window else None

        # 广东省名牌 is searched as 省名牌 too: its own province's plans name it by its level
        # (measured per document by ``_home_titles``, so another province's title stays apart).
        topics = [parsed.topic]
        by_level = [
            f"省{title.group(2)}" if (title := PROVINCIAL_TITLE_WORD.match(word)) else word
            for word in parsed.words
        ]
        if tuple(by_level) != parsed.words:
            topics.append(" ".join(by_level))
        meant = self.glossary_meanings(parsed.words)
        if meant != parsed.words:
            topics.append(" ".join(meant))

        def search(year: int | None) -> list[IndexedFact]:
            found: dict[int, IndexedFact] = {}
            for topic in topics:
                for fact in self.index.search(
                    topic or None,
                    kinds=kinds,
                    region_ids=scope.region_ids,
                    unit_ids=parsed.unit_ids or None,
                    document_ids=scope.document_ids,
                    year=year,
                    limit=FACT_POOL,
                    min_coverage=0.3,
                ).hits:
                    found.setdefault(fact.position, fact)
            return list(found.values())

        hits = search(by_year)
        if by_year is not None and not any(fact_fits(fact, parsed) for fact in hits):
            # Nothing dated in that year: an undated fact of a document about it (a 1999 notice
            # rewarding 1998's work). Searched only then: the year's index is the fast path.
            hits = search(None)
        candidates = []
        for fact in hits:
            if not fact_fits(fact, parsed):
                continue
            if parsed.year is not None and not dated_window and not self._of_year(fact, parsed):
                continue
            if not self._in_time(fact, parsed):
                continue
            measured = self.measurer.measure_fact(parsed, fact)
            exact = scope.exact_regions is None or fact.row.region_id in scope.exact_regions
            (line,) = self.lines([fact], parsed)
            candidates.append(
                Candidate(measured.share, measured.missing, line, exact_region=exact, fact=fact)
            )
        candidates.sort(key=lambda c: (-c.share, not c.exact_region, not _day_of(c, parsed)))
        return candidates

    def glossary_meanings(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The words asked with each glossary term in the meaning the documents write: a term
        some document uses itself (营收) is kept as typed by the question's reading, yet
        another document writes it only in full (营业收入) and is searched so too."""
        meanings = {entry.term: entry.means for entry in self.index.glossary.entries}
        return tuple(meanings.get(word, word) for word in words)

    def section_of(self, passage: PassageText, document_id: int) -> str:
        """A sentence's section as its words count: without the document's own title, which an
        annex table's caption repeats (××计划(2017—2019年)任务分解表 / 16) and which is the
        title's, weighed as the title (its years are no year the sentence names)."""
        if not passage.section:
            return ""
        document = self.index.find_document(document_id)
        name = document.name if document is not None else ""
        return section_within(passage.section, name) or ""

    def _of_year(self, fact: IndexedFact, parsed: ParsedQuestion) -> bool:
        """A fact of the year asked about: due then (or yearly over it), or dated never, in a
        document about that year (a 1999 notice rewarding 1998's work)."""
        assert parsed.year is not None
        if fact.position in self.index.positions_in_year(parsed.year):
            return True
        if fact.row.due is not None:
            return False
        named = {int(y) for y in YEAR_NAMED.findall(f"{fact.row.label} {fact.row.quote}")}
        return self.names_year(named, fact.row.document_id, parsed.year)

    def names_year(self, years: Iterable[int], document_id: int, year: int) -> bool:
        """Whether a sentence naming ``years`` is of ``year``: it names it, or it names no
        year at all and its document is about that year."""
        years = tuple(years)
        if years:
            return year in years
        document = self.index.find_document(document_id)
        titled = {int(y) for y in YEAR_NAMED.findall(document.title or "")} if document else set()
        span = _TITLED_RANGE.search(document.title or "") if document else None
        if span is not None and 0 < int(span[2]) - int(span[1]) <= _TITLED_SPAN:
            # 行动计划(2031—2033年): the years between are the plan's too.
            titled |= set(range(int(span[1]), int(span[2]) + 1))
        # A title naming its year (对北海市2011年度…表彰) says what the document is about; the
        # year it was issued in is not that.
        return year in (titled or self.index.passages.document_years.get(document_id, frozenset()))

    def _in_time(self, fact: IndexedFact, parsed: ParsedQuestion) -> bool:
        window = parsed.window
        if window is None or not window.dated:
            return True
        due = fact.row.due
        if due is None:
            return False
        return (window.start is None or due >= window.start) and (
            window.end is None or due <= window.end
        )

    # -- lists --------------------------------------------------------------------------------

    def listing(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        kinds = fact_kinds(parsed) or [FactKind.TARGET]
        if parsed.topic_kind == Topic.REWARD:
            kinds = [FactKind.REWARD]
        elif set(parsed.hints) & PHASE_WORDS:
            kinds = [FactKind.MILESTONE]
        result = self.index.search(
            parsed.topic if parsed.has_topic else None,
            kinds=kinds,
            region_ids=scope.exact_regions or scope.region_ids,
            unit_ids=parsed.unit_ids or None,
            document_ids=scope.document_ids,
            year=parsed.year,
            limit=LIST_LIMIT,
            min_coverage=0.5,
        )
        facts = [fact for fact in result.hits if fact_fits(fact, parsed)]
        tier = _TIER_ASKED.search(parsed.text)
        if tier is not None and facts and not any(tier.group() in fact_text(f) for f in facts):
            # 纳税增长大户特等奖奖金多少, of a notice paying 一等奖 to 三等奖: the tier asked is
            # none of the items, so the list of the others is no answer to it.
            return self.not_found(parsed, f"文件没有写{tier.group()}")
        if parsed.has_topic:
            measured = [(self.measurer.measure_fact(parsed, f).share, f) for f in facts]
            facts = [f for share, f in measured if share >= confidence.HEDGE]
            best = max((share for share, _ in measured), default=0.0)
            if facts and best < confidence.ANSWER and self.kind_unsaid(parsed, facts):
                # 三年计划要培育多少中国名牌企业, of a plan whose targets are 浙江名牌 and 浙江
                # 制造 ones: not a list of every target, but the one confidence rule's reply.
                return None
        if parsed.has_topic and kinds == [FactKind.TARGET]:
            facts = self._with_section_named(parsed, scope, facts)
        if parsed.places and not parsed.region_ids:
            index = self.index
            facts = rows_of_places_asked(facts, parsed.places, lambda f: fact_region(index, f))
        if parsed.places and FactKind.REWARD not in kinds:
            # 东湖区的目标有哪些: its own items; the city's 全市… targets are not the district's.
            facts = naming_places(facts, parsed.places, lambda f: f"{fact_text(f)} {f.row.quote}")
        asked = _weak_subject(parsed)
        if asked and facts:
            facts = [f for f in facts if self._uses_any(f.row.document_id, asked)]
            if not facts:
                # 厦门2032年就业目标是多少, where no plan of the year speaks of 就业: the year's
                # other items are no answer, however weak a word jieba calls 就业.
                return self.not_found(parsed, f"{scope.title}没有“{'、'.join(asked)}”的内容")
        if not facts:
            return None
        # 共 N 项 counts every match when none was dropped here, not the page the search gave.
        total = result.total if len(facts) == len(result.hits) else len(facts)
        facts = soonest_first(self.dated(facts, parsed), self.today)
        lines = [self.line(fact) for fact in facts]
        answer = self.found(parsed, scope, lines, listing=True, total=total)
        return self._listed_in_full(answer, parsed, scope, kinds)

    def _with_section_named(
        self, parsed: ParsedQuestion, scope: Scope, facts: list[IndexedFact]
    ) -> list[IndexedFact]:
        """湖州品牌培育的目标有哪些, of a plan heading a section 品牌培育计划: that section's
        targets are asked, though few of them write the words (培育浙江名牌企业30家) — beside
        those that do. Only words naming a section, a compound or two words or more."""
        named = _naming_words(parsed)
        if not (len(named) >= 2 or (len(named) == 1 and len(named[0]) >= _COMPOUND_CHARS)):
            return facts
        headed = [
            fact
            for fact in self._scope_targets(parsed, scope, _SECTION_POOL)
            if fact_fits(fact, parsed)
            and _heads_a_programme(_last_heading(fact.row.section), named)
        ]
        held = {fact.position for fact in facts}
        return facts + [fact for fact in headed if fact.position not in held]

    def _listed_in_full(
        self, answer: Answer, parsed: ParsedQuestion, scope: Scope, kinds: Sequence[str]
    ) -> Answer:
        """A list cut at ``LIST_LIMIT`` (共 111 项 over pages of 59) says plainly how many its
        pages show and the command whose pages hold every item (its own limit is higher);
        listing them all here would weigh every match of a long list on each question."""
        shown = len(answer.facts)
        command = _LISTING_COMMANDS.get(kinds[0]) if len(kinds) == 1 else None
        if answer.total <= shown or answer.total > LOOKUP_MAX_FACTS or command is None:
            return answer
        regions = scope.exact_regions or scope.region_ids or frozenset()
        place = self.index.region_name(next(iter(regions))) if len(regions) == 1 else None
        year = str(parsed.year) if parsed.year and command != "rewards" else None
        if command == "deadlines":
            year = year or "全部"
        typed = typed_command(command, place, year, parsed.topic if parsed.has_topic else None)
        note = f"共 {answer.total} 项,这里只列出前 {shown} 项;全部请发 {typed}"
        return replace(answer, notes=(note,))

    def _field_listing(self, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
        """湖州的标准化目标, of targets written 新增…标准25项 (never 标准化): a field named by
        its 化 noun lists the targets of its stem (标准, 信息), as 标准的目标 would."""
        if parsed.topic_kind != Topic.TARGET or not any(
            _FIELD_NOUN.fullmatch(w) for w in parsed.words
        ):
            return None
        nouns = [w for w in parsed.words if _FIELD_NOUN.fullmatch(w)]
        if self._heads_targets(nouns, parsed, scope):
            return None  # 标准化的目标 of a 星火标准化改革 section: its targets answer, not 标准's
        words = tuple(w[:-1] if _FIELD_NOUN.fullmatch(w) else w for w in parsed.words)
        return self.listing(replace(parsed, words=words, topic=" ".join(words)), scope)

    def _heads_targets(self, nouns: Sequence[str], parsed: ParsedQuestion, scope: Scope) -> bool:
        """Whether a section heading of the scope's targets names one of ``nouns`` itself."""
        return any(
            noun in (getattr(fact.row, "section", None) or "")
            for fact in self._scope_targets(parsed, scope, LIST_LIMIT)
            for noun in nouns
        )

    def _scope_targets(self, parsed: ParsedQuestion, scope: Scope, limit: int) -> list[IndexedFact]:
        """The first ``limit`` targets of the scope (of the year asked), in the documents' order."""
        return self.index.search(
            None,
            kinds=[FactKind.TARGET],
            region_ids=scope.exact_regions or scope.region_ids,
            document_ids=scope.document_ids,
            year=parsed.year,
            limit=limit,
        ).hits

    def _uses_any(self, document_id: int, words: Sequence[str]) -> bool:
        """Whether the document writes one of ``words`` or a glossary alternative of one."""
        passages = self.index.passages
        return any(
            passages.document_uses(document_id, form)
            for word in words
            for form in (word, *self.index.glossary.alternatives(word))
        )

    def kind_unsaid(self, parsed: ParsedQuestion, facts: Sequence[IndexedFact]) -> bool:
        """Whether the rarest noun of the topic (团体标准, 中国名牌: what names the kind asked),
        one the documents write somewhere, is said by none of ``facts`` nor their documents'
        titles (a title's words say which plan is asked about, not which of its items)."""
        light = set(parsed.achiever) | set(parsed.weak)
        idf = self.index.passages.idf
        titles = " ".join(
            f"{fact.document.title or ''} {fact.document.short_title or ''}" for fact in facts
        )
        nouns = [
            word
            for word in dict.fromkeys(parsed.words)
            if len(word) >= 2 and word not in light and word not in titles
        ]
        if not nouns:
            return False
        rarest = max(nouns, key=idf)
        forms = (rarest, *self.index.glossary.alternatives(rarest))
        if not any(self.index.mentions(form) for form in forms):
            return False  # (a word no document writes is no kind of theirs: 几年, 处于)
        return not any(
            form in f"{fact_text(fact)} {fact.row.quote or ''}" for fact in facts for form in forms
        )

    def unit_duties(self, unit_ids: tuple[int, ...], unit_text: str) -> Answer:
        """What units lead or take part in, one line per task: ``/units 市质监局`` shows what
        ``市质监局负责哪些任务`` answers, by the same code."""
        parsed = ParsedQuestion(
            text=unit_text,
            reading=unit_text,
            asks=Asks.DUTIES,
            topic_kind=None,
            topic="",
            words=(),
            unit_ids=unit_ids,
            unit_text=unit_text,
        )
        return duties(self, parsed, Scope(None, None, None, "全部地区"))

    # -- building the answer --------------------------------------------------------------

    def found(
        self,
        parsed: ParsedQuestion,
        scope: Scope,
        lines: Sequence[FactLine],
        *,
        hedged: bool = False,
        listing: bool = False,
        total: int | None = None,
    ) -> Answer:
        folded = one_per_statement(lines)  # a target a sentence and a table row both state
        if total is not None:
            total -= len(lines) - len(folded)
        lines = folded
        first = lines[0]
        headline = (
            HEDGE_TEXT if hedged else headline_of(first, parsed, listing, total or len(lines))
        )
        if not hedged and not listing and parsed.asks == Asks.WHO:
            headline = (
                leads_by_place(lines, parsed)
                or leads_of_one_document(lines, parsed, headline)
                or leads_by_item(lines, parsed, headline)
                or headline
            )
        notes: tuple[str, ...] = ()
        if not hedged and not listing and headline == first.value:
            headline = (
                disagreement(
                    lines,
                    each_place=len(parsed.region_ids) > 1,
                    per_year_asked="每年" in parsed.text,
                    year_asked=parsed.year is not None or parsed.window is not None,
                    asked=parsed.text,
                )
                or headline
            )
            if headline == first.value and "、" in (parsed.region_text or ""):
                # 佛山和南海区…分别多少, only the city's figure stored: each place said apart,
                # the one without a figure of its own 未找到 (never the city's as both places')
                names = [self.index.region_name(region_id) or "" for region_id in parsed.region_ids]
                headline = each_place_or_none(lines, names) or headline
            if first.region and one_region_of_rewards(parsed, lines):
                # 我们公司拿了省名牌能奖多少: one city's rule is no general answer; said as its.
                headline = f"{first.region} {headline}"
                notes = (f"只查到{first.region}的规定;其他地区请在问题里加上地区名",)
        if len(lines) == 1 and not listing and first.kind != PASSAGE:
            quote = clause = first.citation.quote
            if parsed.asks == Asks.WHAT or first.kind == FactKind.MILESTONE:
                # 本月底要报什么: what is due is said in the sentence a deadline's clause ends
                # (做好细化实施方案,…于4月20日前上报): the sentence, not the clause alone; a
                # deadline's 原文 likewise (9月底前,完成自评,形成自评报告,报市政府: not the
                # clause cut at its first comma).
                quote = self._sentence_around(first.citation.document_id, quote)
            # (a target's clause wins a tie of the sentence's clauses; a deadline's says when,
            # and what is due comes before it, as 本月底要报什么 needs)
            span = clause if first.kind != FactKind.MILESTONE else None
            excerpt = shown_part(quote, parsed, EXCERPT_CHARS, span=span)
            if readable_row(quote, [first]) != quote:
                # 东澜区 | 30 of a district table: the figure named by what it counts.
                excerpt = readable_row(quote, [first])
            if excerpt and excerpt != first.label:
                lines = [replace(first, excerpt=excerpt)]
        return Answer(
            found=not hedged,
            kind=answer_kind(parsed, first),
            title=answer_title(
                scope, parsed, sorted({self.index.unit(u).name for u in parsed.unit_ids})
            ),
            headline=headline,
            facts=tuple(lines),
            total=total or len(lines),
            hedged=hedged,
            listing=listing,
            notes=truncation_note(total or len(lines), len(lines)) if listing else notes,
        )

    def _sentence_around(self, document_id: int, quote: str) -> str:
        """The sentence of the document that holds ``quote`` (a clause of it), else ``quote``."""
        clause = quote.strip()
        if not clause:
            return quote
        for passage in self.index.passages.by_document.get(document_id, []):
            if clause in passage.text:
                return passage.text
        return quote

    def not_found(self, parsed: ParsedQuestion, why: str | None) -> Answer:
        # A sentence whatever is missing: 未找到“驰名商标”的相关内容, 未找到:湖州市没有2030年的
        # 目标 -- never 未找到的相关内容 around an empty topic.
        headline = not_found_about(parsed.topic or "", why)
        return Answer(
            found=False,
            kind=answer_kind(parsed),
            title=self._not_found_title(parsed),
            headline=headline,
            suggestions=not_found_hint(
                self.index,
                as_typed(parsed.topic),
                regions_within(parsed.region_ids, self.index) if parsed.region_ids else None,
            ),
        )

    def _not_found_title(self, parsed: ParsedQuestion) -> str:
        """A 未找到's header in a found answer's form (示范市东澜区 · 快到期), not the place as
        typed (东澜区) above the command's 示范市东澜区 · 快到期 · 期限 (trial42)."""
        place = asked_place(self.index, parsed)
        if not place:
            return ASKING_TITLE
        if parsed.window is not None:
            return f"{place} · {parsed.window.words}"
        return f"{place} · {parsed.year}年" if parsed.year else place

    def _quotes_own_region(self, parsed: ParsedQuestion) -> bool:
        """Whether the question's 我区 is a document's own, quoted with the words around it
        (方案力争把我区打造成什么样的县之一, of a plan writing 力争把我区打造成…): the plan speaks
        of its place so, not the asker of theirs."""
        own = own_region_asked(parsed.text)
        if own is None:
            return False
        phrase = parsed.text[max(0, own.start() - _QUOTED_AROUND) : own.end() + _QUOTED_AROUND]
        if len(phrase) < len(own.group(0)) + 2 * _QUOTED_AROUND:
            return False
        texts = self.index.passages.document_texts.values()
        return any(phrase in text for text in texts)

    def _which_region(self, parsed: ParsedQuestion) -> Answer:
        """我们区… with no region named: ask which, listing the regions the store holds."""
        regions = [region.name for region in self.index.regions_with_facts()]
        example = next((r for r in regions if r.endswith(("区", "县"))), None)
        asked = parsed.text.replace("我们区", example) if example else None
        return Answer(
            found=False,
            kind=answer_kind(parsed),
            title=ASKING_TITLE,
            headline="请说明是哪个地区:问题里写上区县名"
            + (f",例如“{asked}”" if asked and asked != parsed.text else ""),
            suggestions=("可查询的地区: " + "、".join(regions[:12]),) if regions else (),
        )


# -- helpers ------------------------------------------------------------------------------------


# The command whose list holds every item of a free-text list's kind (``_listed_in_full``).
_LISTING_COMMANDS = {
    FactKind.TARGET: "targets",
    FactKind.MILESTONE: "deadlines",
    FactKind.REWARD: "rewards",
}

# Characters of the sentence quoted under a 未找到 that says what the plans write instead
# of the sum or date asked: one phone line or two.
_SAID_QUOTE = 80
# A figure in digits, or in Chinese numerals with what it counts (三千万元, 两亿元, 五家, 百分之二十):
# "总投资达到三千万元的" quoted under 奖励多少 read as the sum asked (attack45). One of a thing
# (建设一个平台, 一项制度) is no figure: no sum or count asked reads it as an answer (review45).
_FIGURE = re.compile(
    r"[0-9０-９]|百分之|(?<![零〇一二两三四五六七八九十百千万亿])"
    r"(?!一\s*(?:个|项|家|件|人|名|户))"
    r"[零〇一二两三四五六七八九十百千万亿]+\s*(?:万|亿)?\s*"
    r"(?:元|%|倍|家|个|项|人|名|件|户|亩|吨|公里|平方米)"
)

# A span of years a title names (2016-2020年, 2016—2020年), read as a plan's period when it is
# at most this long.
_TITLED_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})(?=年)")
_TITLED_SPAN = 10
# What a contact question asks (its cue), and how a document's line gives it.
_CONTACTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "phone": (
        re.compile(r"电话|打哪个|号码是多少|联系方式"),
        re.compile(r"(?<!\d)(?:0\d{2,3}-?)?\d{7,8}(?!\d)"),
    ),
    "email": (
        re.compile(r"邮箱|电子邮件|email|e-mail", re.IGNORECASE),
        re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ),
    "post": (
        re.compile(r"寄到|寄至|寄哪|邮寄地址|通讯地址"),
        re.compile(r"(?:寄至|寄到|邮寄至|地址[::])([^,。;]{4,40})"),
    ),
    # 联系人是谁: the names a 联系人 line gives (联系人:张三 李四), never the words after them.
    "person": (
        re.compile(r"联系人|联络人"),
        re.compile(
            r"(?:联系人|联络人)\s*[::]\s*([\u4e00-\u9fff 、]{2,20}?)(?=联系|电话|[^\u4e00-\u9fff 、]|$)"
        ),
    ),
    # 有问题找谁, 联系谁, 问谁: whom to ask, which a notice says in its 联系人 line when it names no
    # office problems are sent to (``_CHANNEL``).
    "whom": (
        re.compile(r"(?:找|联系|问|咨询)谁"),
        re.compile(
            r"(?:联系人|联络人)\s*[::]\s*([\u4e00-\u9fff 、]{2,20}?)(?=联系|电话|[^\u4e00-\u9fff 、]|$)"
        ),
    ),
}
# 有问题找谁, 遇到问题找哪个部门, 有异议找哪个局: where problems or objections go, asked.
_ASKS_CHANNEL = re.compile(r"(?:问题|异议)[^,,。??]{0,6}?(?:找|向|联系|反映)")
# The words of such asking, never the topic.
_CHANNEL_WORD = re.compile(r"问题|异议|遇到|碰到|反映|联系|找")
# A sentence saying where questions, problems or objections go (执行中遇到的问题,请径向…反映;
# 如有异议,请向…提出): it answers 有问题找谁 before any 联系人 line.
_CHANNEL = re.compile(r"(?:问题|异议|意见|建议)[^。]{0,30}(?:反映|反馈|提出|报告|联系)")
# A sentence saying which purse pays: 奖励金由…财政…安排解决, 所需资金由县财政承担, 从…专项资金中列支.
_PAYS = re.compile(
    # (上述奖金由县财政支出: 支出 says who pays as 列支 does.)
    r"由[^。;,]{0,24}财政[^。;]{0,24}(?:安排|解决|承担|负担|列支|支付|支出|拨付|兑现|出资)"
    r"|(?:资金|经费|奖金|奖励金|补助)[^。;]{0,12}(?:从|在)[^。;]{0,24}(?:列支|中支出|中安排)"
)
# The words a who-pays question reads besides its topic (由哪个财政出).
_PAYER_WORDS = frozenset(("财政", "奖励", "资金", "经费", "补助", "补贴", "出"))
# Words of asking for contact, never the topic (联系, 寄, 信).
_CONTACT_WORD = re.compile(r"电话|邮箱|邮件|地址|联系|寄|信|打哪")
# The least a document's best sentence matches the rest of a contact question.
ANSWER_SHARE = confidence.HEDGE


# How a province's name ends (广东省, 内蒙古自治区): rules of a province are pointed to, not listed
# as a district's own.
_PROVINCE_ENDINGS = ("省", "自治区")


def _sum_in_force(parsed: ParsedQuestion) -> bool:
    """A 多少钱 question whose only time word is 现在 (now): it asks the sum a rule now pays."""
    window = parsed.window
    return (
        parsed.asks == Asks.MONEY
        and window is not None
        and window.current
        and window.start == window.end  # today alone: 现在, 目前, not a span (今年以来)
        and parsed.has_topic
    )


def _kind_listed_first(
    close: list[FactLine], passages: Sequence[Candidate], chosen: Candidate, parsed: ParsedQuestion
) -> list[FactLine]:
    """哪几个战略, 哪些方面: the sentence setting out items of the kind asked with 、 (开放外向、
    城乡融合、…战略) leads the lines when nearly as good as the best, which only speaks of the
    kind (加快实施创新驱动发展战略) or is the document's title; the lines found stay after it."""
    kind = kind_asked(parsed.reading)
    if kind is None or (chosen.hit is not None and lists_kind(chosen.hit.passage.text, kind)):
        return close
    floor = chosen.share - KIND_LIST_TIE
    listing = next(
        (
            c
            for c in passages[:PASSAGE_POOL]
            if c.share >= floor and c.hit is not None and lists_kind(c.hit.passage.text, kind)
        ),
        None,
    )
    return close if listing is None else [listing.line, *close]


def _steps_before_phases(tied: list[Candidate], parsed: ParsedQuestion) -> list[Candidate]:
    """评估阶段什么时候报市政府: a phase (评估阶段, 2033年1月—6月) and the dated step inside it
    that does what is asked (2033年4月底前…报市政府) match alike, the phase's line quoting the
    step; the step answers, so it leads. A question naming only the phase (评估阶段什么时候结束)
    asks no word its name does not say, and the phase keeps the lead."""
    asked = [
        word
        for word in parsed.words
        if len(word) >= 2 and word not in parsed.weak and word not in parsed.categories
    ]
    ordered = list(tied)
    for phase in tied:
        start = phase.fact.row.start if phase.fact is not None else None
        due = phase.line.due
        if start is None or due is None:
            continue
        name = phase.line.label.split("(")[0]
        doing = [word for word in asked if word not in name]
        steps = [
            step
            for step in ordered[ordered.index(phase) + 1 :]
            if step.fact is not None
            and step.fact.row.start is None
            and step.line.due is not None
            and start <= step.line.due <= due
            and step.line.citation.document_id == phase.line.citation.document_id
            and doing
            and all(word in step.line.label for word in doing)
        ]
        if steps:
            at = ordered.index(phase)
            rest = [c for c in ordered[at:] if c not in steps]
            ordered = ordered[:at] + steps + rest
    return ordered


def _of_the_step_asked(parsed: ParsedQuestion, facts: list[Candidate]) -> list[Candidate]:
    """是不是2032年6月底前完成…验收, 哪年完成…验收: of the milestones found, one naming the step
    asked (验收) answers; one naming another step (…创建申报, …预验收) or none (建立…评审专家库),
    however many of the other words it shares, does not. Unchanged when the question names no
    step, or none found names it."""
    step = step_asked(parsed)
    if step is None:
        return facts
    if not any(names_step(c.line.label, step) and c.share >= confidence.HEDGE for c in facts):
        return facts
    return [c for c in facts if names_step(c.line.label, step)]


def _title_of(candidate: Candidate) -> str:
    """《title》 of the document a candidate cites."""
    return f"《{candidate.line.citation.document}》"


# A question asking what is required (龙头企业有啥要求, 要求是什么).
_REQUIREMENTS_ASKED = re.compile(r"(?:什么|哪些|啥|何)要求|要求(?:是什么|有哪些|是啥)")
# The sentence a document opens with to say why it was made, or that it is issued.
# (An attached file's name, …安排表.docx, names its document too.)
_MAKES_THE_DOCUMENT = re.compile(
    r"特制定|制定本|现印发|印发给你们|^附件|\.(?:docx?|xlsx?|pdf|wps|et)\s*$", re.IGNORECASE
)
# A title shorter than this names no one document (办法, 通知).
_TITLE_NAMED = 6
# Any numeral, in figures or in characters (十方面, 80%).
_NUMERAL = re.compile(r"\d|[一二两三四五六七八九十百千万]")
# The years dating a document (2019—2025年, 2031年度), no figure it states.
_DATING_YEARS = re.compile(r"(?:19|20)\d{2}(?:\s*[-—–~至到]\s*(?:19|20)\d{2})?\s*年?度?")

# The longest label of what a later year's figure counts that a 未找到 names beside it.
FIGURE_LABEL_LIMIT = 20

# Words asking for a plan's last stage (最后一个阶段).
_LAST_STAGE = frozenset({"最后", "最终"})
# Words asking for the stage after one named (推进阶段之后, 下一个阶段).
_NEXT_STAGE = frozenset({"之后", "以后", "后面", "下一个", "下个", "接下来", "下一"})


# 要达到多少, 力争多少, 目标是多少: an aim asked (with a year, the year's aim).
_ASKS_AIM = re.compile(r"要(?:达到|完成|实现|新增|提高|提升|降到|降低)|力争|目标")
# The heading of a plan's account of where things stand before it (一、概况 (一)治理现状,
# 发展基础, 工作开展情况).
_PRESENT_STATE = re.compile(r"现状|概况|基本情况|发展基础|开展情况|取得的成效|工作成效|主要成效")


def _of_the_present_state(candidate: Candidate) -> bool:
    return bool(_PRESENT_STATE.search(candidate.line.citation.section or ""))


# What is granted that is no sum: a title, a plaque, a certificate.
_HONOUR = re.compile(r"奖牌|牌匾|匾额|证书|称号|荣誉|授牌|奖杯|奖状")
_KIND_COUNT = r"(?:\d+|[一二三四五六七八九十两]+)\s*个?"


def _counts_kind_asked(parsed: ParsedQuestion, text: str) -> bool:
    """Whether the question counts a kind of part (几个步骤, 多少个阶段) and ``text`` counts
    that very kind with its number (分四个步骤)."""
    return any(
        re.search(rf"(?:几|多少)个?{re.escape(kind)}", parsed.text)
        and re.search(rf"{_KIND_COUNT}{re.escape(kind)}", text)
        for kind in parsed.hints
    )


# How far down the facts a later figure of the leader's sentence is looked for.
_SAME_SENTENCE_REACH = 4


def _later_figure_saying_more(parsed: ParsedQuestion, facts: list[Candidate]) -> list[Candidate]:
    """上市公司倍增目标是新增几家, of 上市公司在确保新增25家的基础上,全力以赴实现新增50家的
    倍增目标: two figures of one sentence. The subject written before both (上市公司) is the
    later figure's too, so it misses nothing its sentence does not write; when its own words
    say more of what is asked (倍增目标) than the leader's, it leads."""
    if len(facts) < 2 or facts[0].fact is None or not facts[0].fact.row.quote:
        return facts
    top = facts[0].fact.row

    def said(candidate: Candidate) -> int:
        asked = dict.fromkeys((*parsed.words, *parsed.hints))
        return sum(word in candidate.line.label for word in asked)

    # A rate beside a level (实现工业利税280亿元,同比增长12%) does not take the lead from it
    # when no growth is asked: _level_before_its_growth put the level first.
    rates_wait = not _ASKS_GROWTH.search(parsed.reading)
    for candidate in facts[1:_SAME_SENTENCE_REACH]:
        row = candidate.fact.row if candidate.fact is not None else None
        if rates_wait and (candidate.line.value or "").endswith("%"):
            continue
        if (
            row is not None
            and row.quote
            and row.document_id == top.document_id
            and row.quote != top.quote
            and row.quote.startswith(top.quote)
            and all(word in row.quote for word in candidate.missing)
            and said(candidate) > said(facts[0])
        ):
            return [candidate, *(c for c in facts if c is not candidate)]
    return facts


def _dated_fact_read_from(chosen: Candidate, facts: Sequence[Candidate]) -> Candidate | None:
    """Of ``facts``, the first dated one read from the sentence ``chosen`` (its quote written
    in that sentence of the same document); None for a fact chosen or none read from it."""
    hit = chosen.hit
    if hit is None:
        return None
    for candidate in facts:
        fact = candidate.fact
        if (
            fact is not None
            and candidate.line.due is not None
            and fact.row.quote
            and fact.row.document_id == hit.document_id
            and fact.row.quote in hit.passage.text
        ):
            return candidate
    return None


def _completed_sentence(chosen: Candidate, passages: Sequence[Candidate]) -> float:
    """The share of the fact's own sentence as its document's title completes it (a target of
    an untitled 十二五节能减排方案 asked by that name): the fact says what the sentence says.
    Zero for a sentence chosen, or a fact whose sentence is not a candidate completed so."""
    fact = chosen.fact
    if fact is None or not fact.row.quote:
        return 0.0
    return max(
        (
            c.share
            for c in passages
            if c.hit is not None
            and c.plain is not None
            and c.share > c.plain
            and c.hit.document_id == fact.row.document_id
            and fact.row.quote in c.hit.passage.text
        ),
        default=0.0,
    )


def _states_split(candidate: Candidate) -> bool:
    return bool(SHARE_GIVEN.search(f"{candidate.line.label} {candidate.line.citation.quote or ''}"))


# A question asking which step of a plan is under way (现在该到哪一步了, 目前处于什么阶段).
_ASKS_STEP = re.compile(r"哪一步|哪步|第几步|(?:什么|哪个|啥|哪一)阶段")
# A year a document's title names (2021年区政府工作报告…; both of 2021—2023年).
_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _said_once(lines: list[FactLine]) -> list[FactLine]:
    """``lines`` without one whose words another line of its document says whole: 规上企业要
    做什么 listed a sentence (2032年,全市推动500家规模以上企业实施技术改造,到2033年,…) and
    then its task table's row 推动500家规模以上企业实施技术改造, one clause read twice."""

    def bare(line: FactLine) -> str:
        return line.label.strip(" 。;,")

    return [
        line
        for line in lines
        if not any(
            other is not line
            and other.citation.document_id == line.citation.document_id
            and len(bare(other)) > len(bare(line))
            and bare(line) in bare(other)
            for other in lines
        )
    ]


# A sum of money asked in its measure (多少亿元, 几万元, 多少资金), not a reward's: a hedge holding
# no sum is none.
_SUM_ASKED = re.compile(r"(?:多少|几)(?:万|亿|千万|百万)?元|多少(?:资金|经费)")
# A question asking for a total, and a candidate that states one.
_ASKS_TOTAL = re.compile(r"一共|总共|合计|共计|总计|加起来")
_STATES_TOTAL = re.compile(r"共计|合计|总计|总金额|总额|一共|总共")
# How much below the best a candidate stating a total may score and still lead.
TOTAL_TIE = 0.3


def _sharing_a_topic_word(
    parsed: ParsedQuestion, chosen: FactLine, close: list[FactLine]
) -> list[FactLine]:
    """武汉战略性新兴产业有哪些, answered by a sentence enumerating them itself (围绕信息技术、
    生命健康、智能制造等战略性新兴产业): a sentence beside it (of the same section, its title
    matching for it) that writes no word of the topic is no item of the answer. A chosen line
    that names the things asked without listing them (坚持以人为本、生态优先 under 基本原则,
    the names under a heading) keeps the lines alike beside it: they are the other items."""
    words = [w for w in parsed.words if w not in parsed.weak and w not in parsed.categories]
    if not words:
        return close

    def writes(line: FactLine) -> bool:
        return any(w in f"{line.label} {line.citation.quote}" for w in words)

    said = f"{chosen.label} {chosen.citation.quote}"
    listed = "|".join(re.escape(w) for w in words)
    if not re.search(rf"、[^,。;]{{0,30}}?等(?:{listed})", said):
        return close
    return [line for line in close if line is chosen or writes(line)]


# 哪些情况不适用, 哪些企业除外, 不包括哪些: what a rule leaves out, asked.
_ASKS_LEFT_OUT = re.compile(
    r"(?:不适用|不含|不包括|除外|排除|不能享受|不享受)[^,,。]{0,4}?(?:哪|什么|啥)"
    r"|(?:哪|什么|啥)[^,,。]{0,8}?(?:不适用|不含|不包括|除外|排除在外|不能享受|不享受)"
)
# A sentence leaving something out of a rule's reach (不含驻地单位, 不适用于…, …除外).
_LEAVES_OUT = re.compile(r"不适用|不含|不包括|不包含|除外")
# A sentence speaking of the rewards or of the rule itself (本政策, 本办法, 奖励).
_ABOUT_REWARDS = re.compile(r"奖|补助|资助|本(?:政策|办法|意见|细则|规定|措施)")
# A treatment that rewards (给予…奖励, 同等政策奖励), asked as 有什么奖励.
_REWARDS_TREATMENT = re.compile(r"奖")


def _rewarding_rule(
    parsed: ParsedQuestion, best: Answer, facts: list[Candidate]
) -> Candidate | None:
    """洞头通过浙江制造认证有什么奖励, answered by a rule granting only support (在融资上给予
    倾斜): a rule of the same document rewarding it (给予“国家级品牌”同等政策奖励), its words
    differing from the question's in weak ones only (获得 for 通过) — a 奖励 asked is better
    answered by a reward. None when the answer rewards already, or no such rule is there."""
    if parsed.topic_kind != Topic.REWARD or "奖" not in parsed.text or not best.found:
        return None
    if len(best.facts) != 1 or best.facts[0].kind != FactKind.REWARD:
        return None
    if not (best.facts[0].value or "").startswith(SUPPORT_WITHOUT_SUM):
        return None
    for candidate in facts:
        row = candidate.fact.row if candidate.fact is not None else None
        if (
            row is not None
            and row.kind == FactKind.REWARD
            and (row.amount_yuan is not None or _REWARDS_TREATMENT.search(row.treatment or ""))
            and row.document_id == best.facts[0].citation.document_id
            and candidate.share >= confidence.HEDGE
            and all(word in parsed.weak for word in candidate.missing)
        ):
            return candidate
    return None


def _states_total(candidate: Candidate) -> bool:
    return candidate.share >= confidence.ANSWER and bool(
        _STATES_TOTAL.search(f"{candidate.line.label} {candidate.line.citation.quote or ''}")
    )


# A group named by its first member and its count: "…项目一期"等9个项目.
_GROUP = re.compile(r"([^,,。;;]*?)等\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|家|项|名|户|所)")


def _group_total_of_member(candidate: Candidate, parsed: ParsedQuestion) -> bool:
    """Whether ``candidate`` states a total (合计) for a group the question names one member of:
    a word of the question said only in the member's name, before 等N个."""
    line = candidate.line
    text = f"{line.value or ''} {line.label} {line.citation.quote or ''}"
    members = [group.group(1) for group in _GROUP.finditer(text)]
    if not members or not _STATES_TOTAL.search(text):
        return False
    rest = _GROUP.sub(" ", text)
    return any(
        len(w) >= 2 and any(w in member for member in members) and w not in rest
        for w in parsed.words
    )


def _totals_first(candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with those stating a total (共计…) first when they score within
    ``TOTAL_TIE`` of the best, the best one's share carried over to keep the verdict."""
    if not candidates:
        return candidates
    best = candidates[0].share
    totals = [c for c in candidates if c.share >= best - TOTAL_TIE and _states_total(c)]
    if not totals or totals[0] is candidates[0]:
        return candidates
    rest = [c for c in candidates if c not in totals]
    return totals + rest


# 最低档, 最高档 (read from 最低一档, 最后一档): which of a rule's tiers (分三档…(第一档)) is asked.
_RANK_OF_TIER = re.compile(r"(最低|最高)档")
_NUMBERED_TIER = re.compile(r"第[一二三四五六七八九十]+档")


def _tier_asked(parsed: ParsedQuestion, tied: list[Candidate]) -> list[Candidate]:
    """Of tied tiers of one reward (分三档补助(第一档), (第二档)…), the lowest sum for 最低档 and
    the highest for 最高档, whatever order they tie in; ``tied`` as it is otherwise."""
    asked = _RANK_OF_TIER.search(parsed.reading)
    if asked is None:
        return tied
    tiers = [
        c
        for c in tied
        if c.fact is not None
        and getattr(c.fact.row, "amount_yuan", None) is not None
        and _NUMBERED_TIER.search(getattr(c.fact.row, "treatment", None) or "")
    ]
    if len({getattr(c.fact.row, "achievement", None) for c in tiers if c.fact}) != 1:
        return tied
    if len(tiers) < 2:
        return tied
    pick = min if asked.group(1) == "最低" else max
    chosen = pick(
        tiers, key=lambda c: float(getattr(c.fact.row, "amount_yuan", 0) or 0) if c.fact else 0.0
    )
    return [chosen, *(c for c in tied if c not in tiers)]


# A question asking a figure per year (每年多少, 年均) or the total by a year (到2033年多少,
# 2033年底前): of a plan's per-year target (每年…12项) and its target for the horizon (到2033年
# …45项), each answers the one asked only.
_ASKS_PER_YEAR = re.compile(r"每年|年均|每一年|(?<!第)一年")
_ASKS_BY_A_YEAR = re.compile(r"到\s*\d{4}\s*年|\d{4}\s*年(?:底|末)?(?:前|以前|之前)")
_PER_YEAR_SAID = re.compile(r"每年|年均")


def _per_year(candidate: Candidate) -> bool:
    """Whether a candidate states a figure per year: a per-year target, or a line saying 每年."""
    row = candidate.fact.row if candidate.fact is not None else None
    return bool(getattr(row, "per_year", False)) or bool(
        _PER_YEAR_SAID.search(candidate.line.label)
    )


def _of_another_period(parsed: ParsedQuestion, candidate: Candidate) -> bool:
    """Whether ``candidate`` states its figure for another period than the question asks: a
    per-year figure when the total by a year is asked (到2033年…多少), the horizon's figure when
    a figure per year is (每年…多少); False when the question asks neither."""
    if _ASKS_PER_YEAR.search(parsed.text):
        return not _per_year(candidate)
    if _ASKS_BY_A_YEAR.search(parsed.text):
        return _per_year(candidate)
    return False


def _of_a_further_prize(candidate: Candidate, parsed: ParsedQuestion) -> bool:
    """Whether a reward candidate is the rule of a lesser prize or later round the question does
    not ask (获得市长质量奖提名奖 of 市长质量奖奖多少)."""
    line = candidate.line
    return line.kind == FactKind.REWARD and bool(further_prizes(line.label, parsed.text))


def _said_by(candidate: Candidate) -> str:
    """What a candidate writes: its label (a fact's own words, a sentence's text)."""
    return candidate.line.label


# What an increase is asked by: 要新增多少个, not what stands (有效期内…数量).
_INCREASE = "新增"


def _other_measures_saying_less(tied: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    """``tied`` without the candidates counted in a measure other than the first one's whose
    own item says fewer of ``words`` than the first's."""
    lead = tied[0]
    said = [word for word in words if word in lead.line.label]
    return [
        c
        for c in tied
        if c is lead
        or counted_alike(_unit_of(c), _unit_of(lead))
        or all(word in c.line.label for word in said)
    ]


def _unit_of(candidate: Candidate) -> str | None:
    """The unit a candidate fact counts in (项, 个), if it is a fact with one."""
    return getattr(candidate.fact.row, "unit", None) if candidate.fact is not None else None


# A label opening with a district or county of the plan (河东区新增发明专利), not with a word
# ending in 区 that names no place (景区, 园区, 社区…).
_PLACE_BELOW = re.compile(r"^[\u4e00-\u9fff]{2}(?:区|县)")
_NOT_A_PLACE = frozenset(
    {"城区", "景区", "园区", "社区", "校区", "街区", "片区", "新区", "辖区", "山区", "市区"}
    | {"郊区", "矿区", "灾区", "老区", "林区", "牧区", "湾区", "营区", "专区", "展区"}
)


def _of_a_place_below(candidate: Candidate, parsed: ParsedQuestion) -> bool:
    """Whether a fact's label opens with a place below the region asked and the question
    names no place there: 松禾新增发明专利多少件 is the city's 全市…280件 first, its districts'
    figures after it (attack60 H6: 河东区's 100件 led and the city's were cut)."""
    found = _PLACE_BELOW.match(candidate.line.label)
    if found is None or found.group()[1:] in _NOT_A_PLACE:
        return False
    return not parsed.places and found.group()[:2] not in parsed.text


def _span_as_its_first_year(parsed: ParsedQuestion) -> ParsedQuestion:
    """A span of years asked (2016到2020年) is a window only for a how-many of a topic, whose
    goal's years it answers; any other question reads it as its first year, as before spans
    were read: a reward rule falls due in no year (青石2027到2029年有哪些奖励: attack60 H2, H3),
    and a list or a document asked over a span (two blind questions, one out of store, turned
    wrong when the span was a window of deadlines for them)."""
    window = parsed.window
    if window is None or not window.several_years:
        return parsed
    if parsed.asks == Asks.NUMBER and parsed.has_topic and parsed.topic_kind != Topic.REWARD:
        return parsed
    first_year = window.start.year if window.start else None
    return replace(parsed, window=None, year=parsed.year or first_year)


def _of_region(candidate: Candidate, region_ids: set[int]) -> bool:
    """Whether a fact is of one of the regions the question names itself (not of a place
    under it)."""
    return candidate.fact is not None and candidate.fact.row.region_id in region_ids


def _says_asked(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> bool:
    """Whether the lines say a word the question asks about: a time question's window also
    lists whatever else falls due then (a placed plan's monthly report), which answers no
    下个月底前要公布什么清单 and so is no rival to an unplaced plan's 清单 due then."""
    if not parsed.words:
        return True
    return any(
        word in f"{line.label} {line.citation.quote}" for line in lines for word in parsed.words
    )


def _numbers_as(index: KnowledgeIndex, document_id: int, region: str) -> bool:
    """Whether the document's text cites a 文号 opening with the first character of ``region``
    (常科发[2006]115号, 常财企〔2006〕76号 of 常州's organs)."""
    text = index.passages.document_texts.get(document_id, "")
    pattern = rf"(?<![\u4e00-\u9fff]){re.escape(region[:1])}[\u4e00-\u9fff]{{1,3}}\s*[〔\[(]\s*(?:19|20)\d\d"
    return bool(region) and re.search(pattern, text) is not None


def _cites_no_number(index: KnowledgeIndex, document_id: int) -> bool:
    """Whether the document's text cites no 文号 at all (no ××发〔2031〕 of any organ)."""
    text = index.passages.document_texts.get(document_id, "")
    return DOC_NUMBER.search(text) is None


# How a text speaks of its own region's whole and government (全市, 本县, 市政府, 县人民政府),
# a level word not run on from another (各县市区政府 is no 区政府).
_OWN_LEVEL = re.compile(r"(?<![省市县区])(?:[全本我]([省市县区])|([省市县区])(?:人民)?政府)")


def _own_level(index: KnowledgeIndex, document_id: int) -> str | None:
    """The level (省, 市, 县, 区) the document speaks for, by the level it names its whole and
    its government at most often; None when it names none, or two as often."""
    text = index.passages.document_texts.get(document_id, "")
    counts = Counter(m.group(1) or m.group(2) for m in _OWN_LEVEL.finditer(text))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _weak_subject(parsed: ParsedQuestion) -> tuple[str, ...]:
    """The words of a question with no topic that still say what it is about: jieba calls 就业,
    新增 or 增长 verbs (weak), but 就业目标是多少 (有哪些就业目标) asks about 就业. Places and the
    verbs of merely doing (要完成哪些目标) say nothing of the subject."""
    if parsed.has_topic:
        return ()
    return tuple(
        w
        for w in parsed.words
        if w in parsed.weak
        and len(w) > 1
        and w not in _DOING
        and w not in parsed.places
        and w not in parsed.unknown_places
        and w not in (parsed.region_text or "")
        and not vocabulary.place_names(w)
    )


def _day_of(candidate: Candidate, parsed: ParsedQuestion) -> bool:
    """每月几号前报送进展: the duty whose stated day is in the period asked (每月5日前) says the
    day, where a phase that quotes the same sentence says only when the phase ends."""
    fact = candidate.fact
    if parsed.asks != Asks.DATE or fact is None or fact.row.kind != FactKind.RECURRING:
        return False
    said = fact.row.due_text or ""
    return bool(said) and any(word in said for word in parsed.words)


# A table row's cells as the store keeps them (地区\t|\t质量义诊(次)\t|\t…).
_CELL_SPLIT = re.compile(r"\s*\|\s*")
# A header cell's figure is a year or a measure (2032年, (次)); a body row's stands alone.
_HEAD_FIGURE = re.compile(r"(?:19|20)\d{2}\s*年|[((][^()()]*[))]")


def _heads_a_table_of(candidate: Candidate, facts: list[Candidate]) -> bool:
    """Whether a sentence is only the header row or the caption of a table whose rows are
    among ``facts`` (of its document): cells with no figure of their own, or the title the
    rows' sections open with (附表各区…分解表 / 东澜区)."""
    label = candidate.line.label.strip()
    document = candidate.line.citation.document_id
    rows = [c for c in facts if c.line.citation.document_id == document]
    if not rows:
        return False
    cells = [cell for cell in _CELL_SPLIT.split(label) if cell]
    if len(cells) >= 2 and not any(re.search(r"\d", _HEAD_FIGURE.sub("", c)) for c in cells):
        return True
    caption = re.sub(r"\s+", "", label)
    return len(caption) >= 4 and any(
        (c.line.citation.section or "").replace(" ", "").startswith(f"{caption}/") for c in rows
    )


def _candidate_text(candidate: Candidate) -> str:
    return f"{candidate.line.label} {candidate.line.citation.quote}"


def _names_any(line: FactLine, names: Sequence[str]) -> bool:
    """Whether ``line`` (its label, quote or excerpt) writes one of ``names``."""
    written = line.written
    return any(name in written for name in names)


# How much less a level may measure than its own growth rate and still answer before it: the
# two differ only by the verbs the sentence gives each (确保实现…, 实现…).
_GROWTH_MARGIN = 0.2
# Words asking how fast a figure moves (增长多少, 增幅), not the figure it is to reach.
_ASKS_GROWTH = re.compile(
    r"增长|增幅|增速|增加|提高|提升|下降|降低|百分|%|率|比例|比重|幅度|翻|倍|同比"
)


def _level_before_its_growth(parsed: ParsedQuestion, facts: list[Candidate]) -> list[Candidate]:
    """金华2011年规上企业工业总产值确保实现多少, of 确保实现…工业总产值3470亿元,同比增长15%: the
    level to reach (3470亿元) answers a question that asks no growth, not the rate beside it,
    which may match a word more (its subject took the sentence's 确保). Only the same subject's
    level of the same document, measured nearly as well, is put first."""
    if parsed.asks != Asks.NUMBER or _ASKS_GROWTH.search(parsed.reading) or len(facts) < 2:
        return facts
    first = facts[0].line
    if not (first.value or "").endswith("%"):
        return facts
    for candidate in facts[1:]:
        line = candidate.line
        if candidate.share < facts[0].share - _GROWTH_MARGIN:
            break
        same_subject = bool(line.label) and (line.label in first.label or first.label in line.label)
        level = bool(line.value) and not (line.value or "").endswith("%")
        if line.citation.document_id == first.citation.document_id and same_subject and level:
            return [candidate, *(c for c in facts if c is not candidate)]
    return facts


def _without_restated(lines: Sequence[FactLine]) -> list[FactLine]:
    """``lines`` without a sentence that only restates listed rewards or targets (对新获得省精品
    认证的企业,给予5万元的奖励 beside 5万元 新获得省精品认证): one part's best may be the sentence
    another part's own fact was taken from."""
    return [line for line in lines if line.kind != PASSAGE or not _restates(line, lines)]


def _restates(sentence: FactLine, lines: Sequence[FactLine]) -> bool:
    """Whether ``sentence`` says nothing but what the facts among ``lines`` say, one of them by
    its name."""
    facts = [line for line in lines if line.kind != PASSAGE and line.value and line.label]
    return _no_other_figure(sentence, facts) and any(f.label in sentence.label for f in facts)


def _no_other_figure(sentence: FactLine, lines: Sequence[FactLine]) -> bool:
    """Whether every figure ``sentence`` says is one the facts among ``lines`` say (教育设施12亿元,
    …安置房建设17亿元 beside 12亿元 教育设施 says another: it answers another part)."""
    facts = [line for line in lines if line.kind != PASSAGE and line.value]
    listed = {number for fact in facts for number in _NUMBER.findall(fact.value or "")}
    numbers = set(_NUMBER.findall(sentence.label))
    return bool(numbers) and numbers <= listed


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _said(line: FactLine) -> str:
    """What a line says, figure and name (what a part's own best is looked for in)."""
    return f"{line.value or ''} {line.label}"


def _each_part_sum(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> str | None:
    """参与奖多少,主导奖多少 answered by two sentences pairing things with sums: each thing's
    sum (参与 15万元;主导 50万元), read from the one line saying every word of it; None unless
    each thing has one."""
    if parsed.asks != Asks.MONEY or len(parsed.parts) != 2:
        return None
    said = []
    for words, other in zip(parsed.parts, reversed(parsed.parts), strict=True):
        saying = [line for line in lines if all(word in line.label for word in words)]
        if len(saying) != 1:
            return None
        line = saying[0]
        figure = respective_sum(line.label, "".join(words)) or line.value
        own = [word for word in words if word not in other]
        if not figure or not own:
            return None
        said.append(f"{''.join(own)} {figure}")
    return ";".join(said)


Route = Callable[[QuestionAnswerer, ParsedQuestion], Answer | None]


def _checked_figure_in_digits(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """东澜区2031年省名牌是不是百分之三十: a share typed in words is checked as its digits."""
    return checked_figure(answerer, with_shares_in_digits(parsed))


# Questions of one narrow form, each answered by its own route before any typed answer; a route
# returns None for a question not of its form. Order matters where two forms overlap.
_SPECIFIC_ROUTES: tuple[Route, ...] = (
    office_seat,  # 示范市领导小组办公室设在哪: 市市场监管局
    lettered_list,  # 要推进哪三个“全”: 全链条优化审批、全过程公正监管、全周期提升服务
    body_name,  # 示范市领导小组叫什么: 示范市品牌提升工作领导小组
    reward_difference,  # 国家级比省级多奖多少: 多50万元(…100万元;…50万元)
    year_difference,  # 省级名牌19年比18年多几个: 多3个(2019年 8个,2018年 5个)
    year_sum,  # 枫溪区2027年和2028年省级名牌一共多少个: 26个(2027年 12个 + 2028年 14个)
    place_sum,  # 东湖区和西岭区省名牌一共多少个: 至少13个(东湖区 不少于8个 + 西岭区 不少于5个)
    plan_years_sum,  # 桃源省级名牌一共多少个: 37个(2027年 10个 + 2028年 12个 + 2029年 15个)
    rule_top,  # 主导国际标准最高奖多少: 80万元 (its own sum, not another clause's cap)
    item_before_which,  # 东湖区和西岭区哪个省名牌多: as 东湖区和西岭区的省名牌哪个多
)
# Questions that state a figure, a date or two places' years to be checked against the plan.
_CHECKING_ROUTES: tuple[Route, ...] = (
    _checked_figure_in_digits,  # 东澜区2031年省名牌是不是31个: 不是,不少于30个
    checked_reward_sum,  # 驰名商标奖励是不是超过50万: 是,100万元
    checked_date,  # 西岭区是不是2032年底完成验收: 不是,2033-12-31(2033年底)
    more_of_places_years,  # 西岭区2031年和东澜区2032年…哪个多: each of its year
)


def _first_answer(
    routes: Sequence[Route], answerer: QuestionAnswerer, parsed: ParsedQuestion
) -> Answer | None:
    """The answer of the first route that takes the question, or None when none does."""
    for route in routes:
        answer = route(answerer, parsed)
        if answer is not None:
            return answer
    return None
