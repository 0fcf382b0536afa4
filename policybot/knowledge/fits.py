"""Whether a fact or a sentence is the kind of answer a question asks for.

A sum of money for 奖励多少, a date for 什么时候, units for 谁, a count in the measure asked
for 几家: ``answering`` ranks only the candidates that pass here, so a sentence sharing the
question's words but not saying what it asks (a year for 多少, a cited title for 何时) never
becomes its answer. Kept apart from the ranking because these are yes/no rules of the kind of
value, each with its own invented-text tests, not measures of how well the words match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policybot.knowledge.models import FactKind
from policybot.knowledge.passages import PassageText
from policybot.knowledge.question import (
    DOC_NUMBER,
    HEAD_COUNT,
    PERCENT_POINTS,
    Asks,
    ParsedQuestion,
    Topic,
)
from policybot.knowledge.search import IndexedFact

MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元")


NUMBER = re.compile(
    r"\d|[一二三四五六七八九十两百千万]+(?:个|家|项|名|件|次|期|条|所|人|步|种|类|档|批|轮|位)"
)


# (每半年进行一次督查 says when, as a recurring time: 啥时候督查 is answered by it.)
DATE = re.compile(
    r"(?:19|20)\d{2}|\d{1,2}月|年底|年中|年内|季度"
    r"|每(?:[一二两三四五六七八九十\d]+个?)?(?:半年|年度?|季|月|周|旬)"
)


# What a sentence cites rather than says: a title (《…规划(2013—2020年)》) and a doc number
# (鄂政发[2013]51号). Their years date the cited document, not what the sentence speaks of.
CITED = re.compile(rf"《[^》]*》|{DOC_NUMBER.pattern}")


# (季度统计公报制度, 月度调度, 实行季度督查通报: a period before what is issued, held or checked
# in each says how often.)
FREQUENCY = re.compile(
    r"每(?:年|季|半年|月|周|两年|2年)|定期|年度|一次"
    r"|(?:季度|月度|半年度?)(?:统计|公报|报告|通报|调度|例会|分析|考核|督查|督导|检查|巡查|评估)"
)


# (部分, 部署, 办法, 办理 are no units: 重要组成部分 names nobody.)
# (向省质量强省战略联席会议提出验收申请: a joint meeting acts as a body does.)
UNIT_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,12}?(?:局|委|办(?![法理])|厅|部(?![分署])|中心|小组|政府|公司|协会|联席会议)"
)


# Levels of government that hand down or set what a plan must do (完成国家、省下达的目标任务):
# who did it, as a unit's name would say, for a question asking 谁下达.
_LEVEL = r"(?:国家|中央|省|市|县|区)(?:委|政府)?"


# A unit named by its role (要加强与牵头单位沟通联系), or the leaders a heading names for its
# part (…工作目标(牵头领导:张三、李四)): who, as a unit's name says.
_ROLE_NAMED = re.compile(
    r"(?:牵头|责任|主办|协办|配合|汇总|承办)单位|(?:牵头|分管|责任|联系)领导[::]"
)


# (由国家制定…目标价格: the level that sets it, asked 谁来定.)
# Those a rule rewards, described by what they did (对牵头制定…标准的单位、通过…认证的企业
# 分别给予奖励): who, for a question asking 对哪些单位给奖励.
# …对哪些单位给奖励, 谁能拿奖: those rewarded are asked (not who judges: 省名牌产品是谁评定的).
_ASKS_REWARDED = re.compile(r"(?:哪些|哪个|哪类|谁)[^,,。??]{0,6}?奖")
_REWARDED_BODIES = re.compile(
    r"对[^。;;]{2,80}?的(?:单位|企业|个人|集体|组织|团队|主体)[^。;;]{0,40}?(?:给予|予以)[^。;;]{0,12}奖"
)


_LEVEL_ACTING = re.compile(
    rf"{_LEVEL}(?:[、和及与]{_LEVEL})*(?:统一)?(?:下达|下发|部署|确定|批准|制定|制订)"
)


_YEARS = re.compile(r"(?:19|20)\d{2}\s*年度?")
# A year as a question writes it (2021年, 2021).
_A_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _without_years(text: str, years: set[str]) -> str:
    """``text`` without the ``years`` as bare years (2021, 2021年, 2021年度): their 年底, 年中
    stay, being times of their own."""
    for year in years:
        text = re.sub(rf"{year}(?:\s*年度?(?![底中内初末]))?", " ", text)
    return text


# A line that is only a date, or an organ's name and the date it signed or issued a notice.
_DATE_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff()()]{2,40}\s*)?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"\s*(?:印发|发布|签发)?\s*$"
)


# A rule on how much rather than a sum: a cap, or the same as another reward.
CAPPED = re.compile(r"(?:不超过|上限|最高|不低于)[^,。;]{0,6}?\d|同等")


# A sentence about rewards or support (what a 奖励/补贴 question asks about).
# (授予…称号, 表彰: an award is granted in words without 奖: 授予为…做出突出贡献的单位.)
_REWARDING = re.compile(
    r"奖|补助|补贴|资助|扶持|给予|政策|优先|同等|倾斜|经费|资金|减免|授予|称号|表彰"
)


# A treatment that says how much (增发一个月工资), not only that there is one (进行奖励).
COUNTED = re.compile(r"\d|[一二两三四五六七八九十百千万]")


# A count asked with its measure word (几件商标, 多少家企业): things, not money.
# (哪几家 asks which ones, a list, not how many.)
# (几步培育模式, 分几档, 几种: counted in the measure word the plan writes with its number.)
# (多少人, 培训人数: people, counted in 人, 名, 位 or 人次; not 多少人民币, 人均, 人口.)
_COUNTED_THINGS = re.compile(
    r"(?<!哪)(?:几|多少)(?:件|个|家|项|名|户|所|条|期|次|位|步|种|类|档|批|轮|人(?![民均口]))"
)


def _counted_asked(question: str) -> tuple[re.Match[str] | None, str]:
    """The count ``question`` asks with its measure word (多少家), and the question as searched
    (培训人数 read as 多少人, as the parser reads it)."""
    question = HEAD_COUNT.sub("多少人", question)
    # (增长几个点: a percentage, never a count in 个)
    question = PERCENT_POINTS.sub("百分之几", question)
    return _COUNTED_THINGS.search(question), question


def _measure_of(counted: str) -> str:
    """The measure word a count or a unit counts in: its last character, but 人 for 人次 (3000
    人次 trained counts people, as 多少人 asks them)."""
    return "人" if counted.endswith("人次") else counted[-1]


# A value that is no count: a sum of money, a share.
_NOT_A_COUNT = re.compile(r"元|%|％|‰|百分")


# A number that counts: a figure with a measure word of things (50家, 二十个, 3000人次).
_COUNT = re.compile(
    # (一项, 一个 alone is an article: 一项重要举措 counts nothing; 一次 does count.)
    r"(?:\d+(?:\.\d+)?|(?!一(?:项|批|个|条|件|位|名|种|类|步))[一二三四五六七八九十两百千万]+)"
    r"\s*(?:余|多)?"
    # (十方面民生实事, 7大方面: 几个方面 counts the parts a plan is cut into.)
    r"(?:件|个|家|项|名|户|所|条|期|次|位|人|款|批|座|块|步|种|类|档|轮|大?方面)"
)


# A day asked for (哪天, 几号, 几月几日), not a year or a season.
_ASKS_DAY = re.compile(r"哪天|哪一天|几号|几月几[日号]|什么日子|哪个日子")


_DAY = re.compile(r"\d{1,2}\s*[日号]|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")


# A section laying down who may apply for what the document grants.
_APPLYING = re.compile(r"(?:申报|申请)(?:条件|对象|范围|要求|主体)")


def fact_kinds(parsed: ParsedQuestion) -> list[str] | None:
    if parsed.asks == Asks.MONEY or parsed.topic_kind == Topic.REWARD:
        return [FactKind.REWARD]
    if parsed.asks == Asks.DATE:
        # a recurring duty's stated day answers 每月几号前 (``fact_fits``)
        return [FactKind.MILESTONE, FactKind.TARGET, FactKind.RECURRING]
    if parsed.asks == Asks.FREQUENCY:
        return [FactKind.RECURRING, FactKind.TARGET]
    if parsed.topic_kind == Topic.TARGET:
        return [FactKind.TARGET]
    return None


# A count a rule leaves open (数量不限, 不限名额): the answer to how many, though no number.
_UNLIMITED_COUNT = re.compile(r"(?:数量|名额|人数|个数|项数)不限|不限(?:数量|名额|人数)")
# A goal not set yet: 目标待省明确相关指标数后再定, 指标另行下达, 目标待定.
_GOAL_PENDING = re.compile(
    r"(?:目标|指标|任务)[^,。;]{0,4}待(?:定|[^,。;]{0,12}(?:明确|确定|下达|核定))"
    r"|(?:另行|再行)(?:确定|下达|明确)|(?:后|时)再定"
)


def fact_fits(fact: IndexedFact, parsed: ParsedQuestion) -> bool:
    """Is this fact the kind of answer the question asks for?"""
    row = fact.row
    if parsed.asks == Asks.MONEY:
        return row.kind == FactKind.REWARD and (
            row.amount_yuan is not None or bool(COUNTED.search(row.treatment or ""))
        )
    if parsed.asks == Asks.NUMBER:
        if _counted_asked(parsed.text)[0]:
            # 几件, 多少家: a count, never a sum of money nor a share (3亿元 of the firms
            # certified is their turnover, not how many they are).
            return row.kind == FactKind.TARGET and not _NOT_A_COUNT.search(row.unit or "")
        return row.kind == FactKind.TARGET or (
            row.kind == FactKind.REWARD and row.amount_yuan is not None
        )
    if parsed.asks == Asks.DATE:
        # "每月5日前报送…" is dated by its day in each period, not by one date
        return row.due is not None or (row.kind == FactKind.RECURRING and row.due_text is not None)
    if parsed.asks == Asks.WHO:
        return bool(fact.lead_units or fact.support_units)
    if parsed.asks == Asks.FREQUENCY:
        return row.kind == FactKind.RECURRING or row.per_year
    return True


def passage_fits(
    passage: PassageText, parsed: ParsedQuestion, previous: str = "", heads: str = ""
) -> bool:
    """Whether ``passage`` can answer what ``parsed`` asks; ``heads``: the opening lines of its
    document (a notice titled …奖励资金的公示 is about rewards in each of its sentences)."""
    text, units = passage.text, passage.lead_units
    if (ASKS_DOING.search(parsed.reading) or ASKS_REQUIRED.search(parsed.reading)) and (
        ADDRESSEES.match(text) or TITLE_LINE.match(text)
    ):
        # 收到责任分工通知后要做啥, 那个通知对乡镇有啥要求: the notice's addressees (各镇政府,
        # 各街道办事处,…) and its title name who and what it is about; neither says what is to
        # be done or required.
        return False
    if asks_a_goal(parsed) and _PREAMBLE.search(text):
        # 洞头区浙江制造品牌到2020年要达到什么: the plan's preamble (为认真贯彻落实…特提出如下
        # 实施意见) says why the plan exists, never what it is to reach.
        return False
    # (A sentence under 一、奖励范围 is about rewards though it does not say 奖; so is, for a
    # question about the rule itself (扶持的审核方式是什么), the line right after a reward's:
    # 审核方式:核准制 under 扶持标准:…给予…奖补.)
    # (and so is a task-table row under its task, 组织开展市政府质量奖评选活动)
    said = f"{passage.section or ''} {passage.heading or ''} {text}"
    if parsed.asks == Asks.WHAT:
        said = f"{said} {previous}"
    if (
        parsed.topic_kind == Topic.REWARD
        and not _REWARDING.search(f"{said} {heads}")
        and not _APPLYING.search(passage.section or "")
    ):
        # (A sentence under 申报条件 of a reward states who may claim it, though it does
        # not say 奖: 纳入统计局“四上”企业库.)
        return False
    if parsed.asks == Asks.DATE and passage.due is not None:
        return True
    if parsed.asks == Asks.MONEY and ASKS_SPLIT.search(parsed.text) and SHARE_GIVEN.search(text):
        return True  # 奖金是全给企业吗: the sentence dividing it (50%奖给…,另50%奖给企业)
    if (
        parsed.asks in (Asks.NUMBER, Asks.MONEY)
        and stops_at_topic(text, parsed.words)
        and not _counts_topic(text, parsed)
        and not _share_of_topic(text, parsed)
        and not _states_threshold(text, parsed)
        and not (parsed.asks == Asks.NUMBER and vague_count_of_topic(text, parsed))
        # (拟安排超过100亿元资金用于新村建设、…民生、发展项目: the sum stands before what it is
        # spent on, which the sentence ends with.)
        and not (parsed.asks == Asks.MONEY and _SUM_SPENT_ON.search(text))
    ):
        return False
    if parsed.asks == Asks.MONEY and _CUT_BEFORE_SUM.search(text.rstrip(" ,。;:、….")):
        # …,先进管理所(站)奖励奖金: the page stops before the last sum; a sum before it is
        # another clause's, not the one asked about.
        return False
    if parsed.asks == Asks.MONEY:
        return bool(CAPPED.search(text) or _sums_given(text, parsed))
    if parsed.asks == Asks.NUMBER:
        # A year is no quantity: a table's title (2015年…计划表) does not say how many.
        text = _YEARS.sub(" ", text)
        if _UNLIMITED_COUNT.search(text):
            # 一年授几个, answered by 每年授奖数量不限: no number is the answer.
            return True
        if passage.due is not None and parsed.year in passage.years and _GOAL_PENDING.search(text):
            # 2032年技改企业多少家, of the task table's 2032 cell 2032年、2033年目标待…再定: the
            # year's goal is not set yet, which is the answer.
            return True
        if vague_count_of_topic(text, parsed):
            # 质量提升示范项目每年搞几个, answered by 每年组织实施一批质量提升示范项目: the plan
            # gives no number, and says so by its 一批 — not another sentence's figures.
            return True
        if _counted_asked(parsed.text)[0]:
            # 几家, 多少个: a number counting things, not a sum of money or a share.
            return _counts_as_asked(text, parsed.text)
        return bool(NUMBER.search(text)) and (
            _states_threshold(text, parsed) or _numbers_what_it_names(text, parsed)
        )
    if parsed.asks == Asks.DATE:
        # A when-question is answered by a sentence that names a time itself: a plan's
        # preamble citing 《…规划(2013—2020年)》 says nothing of when its city is inspected.
        said = CITED.sub(" ", text)
        # A year the question writes itself (2021年的试点项目什么时候验收) is no answer to when:
        # the sentence must name a time besides it (its 11月15日, its 年底), or the heading it
        # stands under (选择2家…作为2015年重点培育企业 under 试点培育(2015年12月底前)).
        asked_years = set(_A_YEAR.findall(parsed.reading))
        if asked_years and DATE.search(said):
            heading = CITED.sub(" ", passage.heading or "")
            said = _without_years(f"{_without_years(said, asked_years)} {heading}", asked_years)
        if _DATE_LINE.match(text):
            # 2021年10月19日, 浙江省市场监督管理局办公室 2021年10月21日印发: a notice's date line
            # dates the notice (its 印发日期, asked of the document), not what it speaks of.
            return False
        if _ASKS_DAY.search(parsed.text) and not _DAY.search(said):
            # 哪天前提出意见: a day is asked; a sentence naming only a year does not say it.
            return False
        return bool(DATE.search(said))
    if parsed.asks == Asks.WHO:
        # A document cited (《…意见》(浙政办发〔2014〕110号)) names its issuer, not who does it.
        uncited = CITED.sub(" ", text)
        return bool(
            units
            or UNIT_NAME.search(uncited)
            or _LEVEL_ACTING.search(uncited)
            or _ROLE_NAMED.search(uncited)
            or (
                parsed.topic_kind == Topic.REWARD
                and _ASKS_REWARDED.search(parsed.reading) is not None
                and _REWARDED_BODIES.search(uncited)
            )
        )
    if parsed.asks == Asks.FREQUENCY:
        return bool(FREQUENCY.search(text))
    return True


# A question asking what one is to do (要做啥, 该干什么, 怎么做).
ASKS_DOING = re.compile(r"(?:做|干|办)(?:什么|啥|些什么)|怎么(?:做|办|落实)")

# A question asking what is required (对乡镇有啥要求, 要求是什么).
ASKS_REQUIRED = re.compile(r"(?:什么|哪些)要求|要求(?:是什么|有哪些)")

# A notice's addressee line: parts each naming a group of bodies by 各 (各镇政府,各街道办事处,
# 县政府各部门,各企事业单位:).
ADDRESSEES = re.compile(
    r"(?:[^,,、;;::。\s]{0,8}各[^,,、;;::。\s]{1,14}[,,、]\s*)+"
    r"[^,,、;;::。\s]{0,8}各[^,,、;;::。\s]{1,14}[::]?\s*$"
)

# A line that is a document's title: no clause break, ending on the kind of document it is.
TITLE_LINE = re.compile(
    r"^[^,,;;。::]{4,80}(?:通知|意见|方案|办法|分工|规划|计划|细则|决定|通报|要点)$"
)


# A plan's preamble: it opens with its aim or grounds (为…, 根据…) and closes by announcing the
# plan (特提出如下实施意见, 制定本方案, 现提出以下意见).
_PREAMBLE = re.compile(
    r"^(?:为了?|根据|按照|依据)[^。]*?(?:(?:特|现)(?:提出|制定|制订)(?:如下|以下|本)?"
    r"|制定本|(?:提出|制定|制订)(?:如下|以下))[^。]{0,12}[。]?$"
)


# A question asking a goal: what is to be reached by a year (到2020年要达到什么), or a target;
# one asking why or on what grounds the plan was made is answered by its preamble.
_GOAL_WORDS = re.compile(r"达到|实现|完成|目标|指标")


_ASKS_GROUNDS = re.compile(r"依据|根据|为什么|为何|目的|宗旨|出台|背景|贯彻")


def asks_a_goal(parsed: ParsedQuestion) -> bool:
    return (
        parsed.asks in (Asks.WHAT, Asks.LIST, Asks.NUMBER)
        and (parsed.year is not None or parsed.topic_kind == Topic.TARGET)
        and bool(_GOAL_WORDS.search(parsed.text))
        and not _ASKS_GROUNDS.search(parsed.text)
    )


# A question asking how a sum is divided (奖金是全给企业吗, 怎么分配), and a sentence giving
# shares of it to whom (50%奖给企业法定代表人, 另一半归…).
ASKS_SPLIT = re.compile(
    r"(?:全|都|全部|全额)(?:是|要)?(?:给|归|发给|奖给|分给)|怎么分|如何分|分给谁|怎么分配|如何分配"
    # 给企业还是给老板: which of the two the sum goes to, as the sentence dividing it says.
    r"|给企业还是给|还是给企业"
)


SHARE_GIVEN = re.compile(
    r"(?:\d+(?:\.\d+)?%|一半|[一二三四五六七八九]成)[^,。;]{0,6}?(?:奖给|给|归|分给|发给|奖励给|用于)"
)


def _numbers_what_it_names(text: str, parsed: ParsedQuestion) -> bool:
    """PM10要降到多少 answered by …PM2.5浓度为42微克/立方米,PM10浓度明显下降: the sentence's
    number is another thing's. Each word of the topic the sentence names (not a weak one) must
    have a number (besides its own digits) in its clause or the clause after it (…翻一番,
    达到1600亿元)."""
    clauses = [c for c in _CLAUSE_SPLIT.split(text) if c]
    for word in parsed.words:
        if len(word) < 2 or word in parsed.weak or word in parsed.categories:
            continue
        if _FIGURE.fullmatch(word):
            # 那58亿里教育设施安排多少: a figure the question gives names the sum it asks
            # within (安排58亿元…,其中…); it is no topic that needs a number of its own.
            continue
        places = [i for i, clause in enumerate(clauses) if word in clause]
        if places and not any(
            _QUANTITY.search(" ".join(clauses[i : i + 2]).replace(word, " ")) for i in places
        ):
            return False
    return True


# A word that is only a figure (58 of 那58亿).
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# A quantity, not the digits of a name (PM2.5, H7N9): a figure standing free of letters.
_QUANTITY = re.compile(
    r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])"
    r"|[一二三四五六七八九十两百千万]+(?:个|家|项|名|件|次|期|条|所|人|倍|番)"
)


_CLAUSE_SPLIT = re.compile(r"[,;。,;:]")


# Measure words that count the same kinds of things: 多少家企业 is answered by 50家 or 50户,
# 多少项 by 10项 or 10条. 个 counts anything.
_MEASURE_KINDS = ("家户所", "项条件款", "名人位", "期批次")


def _measures_fit(asked: str, said: str) -> bool:
    if "个" in (asked, said) or asked == said:
        return True
    return any(asked in kind and said in kind for kind in _MEASURE_KINDS)


def measure_asked(question: str) -> str | None:
    """The measure word ``question`` counts in (多少家 → 家), or None."""
    asked = _counted_asked(question)[0]
    return asked.group()[-1] if asked else None


def counted_alike(unit: str | None, other: str | None) -> bool:
    """Whether two facts' units count in one measure (项 and 条, 家 and 户; 个 counts anything),
    so that they may count one thing; a fact without a unit is counted alike."""
    if not unit or not other:
        return True
    return _measures_fit(_measure_of(unit), _measure_of(other))


def asks_in_a_measure(question: str) -> bool:
    """Whether ``question`` counts in a measure word of its own (多少项, 几家)."""
    return _counted_asked(question)[0] is not None


def in_measure_asked(unit: str | None, question: str) -> bool:
    """Whether a fact's ``unit`` is the measure word ``question`` counts in (多少项 → 项, 条)
    itself, not only one that counts anything (个)."""
    asked = _counted_asked(question)[0]
    if asked is None or not unit:
        return False
    measure, said = asked.group()[-1], _measure_of(unit)
    return measure == said or any(measure in kind and said in kind for kind in _MEASURE_KINDS)


def lists_kinds_of(label: str, words: Sequence[str]) -> bool:
    """Whether ``label`` counts a word asked across kinds it lists (国际、国家、行业、地方标准
    for 标准 asked alone): the whole of what is asked, not one kind of it (联盟标准)."""
    return any(
        len(word) >= 2
        and re.search(rf"、[^、,;。,;()()]{{1,4}}{re.escape(word)}", label)
        and not _names_a_listed_kind(label, word, words)
        for word in words
    )


def _names_a_listed_kind(label: str, word: str, words: Sequence[str]) -> bool:
    """Whether the other words asked name one of the kinds ``label`` lists of ``word``
    (浙江名牌企业 asked, of “浙江制造”品牌企业、浙江名牌企业): one kind is asked, and the label
    counting several is no better for it than one counting that kind alone."""
    others = [w for w in words if len(w) >= 2 and w != word]
    for run in re.findall(rf"[^,;。,;]*、[^,;。,;]*{re.escape(word)}", label):
        for item in run.split("、"):
            if word in item:
                kind = item[: item.rindex(word)]
                if any(other in kind for other in others):
                    return True
    return False


# A quantity written without a number (一批, 若干): how many the plan says, when it says no more.
_VAGUE_COUNT = "一批|若干|一系列|若干个|一些"


def vague_count_of_topic(text: str, parsed: ParsedQuestion) -> str | None:
    """The quantity without a number (一批) by which ``text`` counts a thing the question
    names, the thing's words right after it (一批质量提升示范项目), or None."""
    nouns = [w for w in parsed.words if len(w) >= 2 and w not in parsed.weak]
    if not nouns:
        return None
    named = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    found = re.search(rf"({_VAGUE_COUNT})(?:{named})", text)
    return found.group(1) if found else None


def _counts_as_asked(text: str, question: str) -> bool:
    """Whether ``text`` holds a count in the measure word ``question`` asks it in (多少家 →
    2家, 30户), or a compatible one. An ordinal (第一期, 第二批) names one of a series and
    counts nothing, unless one is asked (第几次)."""
    asked, question = _counted_asked(question)
    if asked is None or question[asked.start() - 1 : asked.start()] == "第":
        # 第几次会议: an ordinal is what is asked.
        return bool(_COUNT.search(text))
    measure = asked.group()[-1]
    return any(
        _measures_fit(measure, _measure_of(count.group()))
        for count in _COUNT.finditer(text)
        if count.start() == 0 or text[count.start() - 1] != "第"
    )


def _counts_topic(text: str, parsed: ParsedQuestion) -> bool:
    """几次检查 answered by 至少进行一次行政检查: a count standing right before a word of the
    topic says how many of it, wherever the sentence ends."""
    if parsed.asks != Asks.NUMBER or not _counted_asked(parsed.text)[0]:
        return False
    words = [w for w in parsed.words if len(w) >= 2]
    return any(
        any(text.startswith(word, count.end(), count.end() + len(word) + 2) for word in words)
        for count in _COUNT.finditer(text)
    )


# A share written before what it is a share of (80%以上的钢铁产能完成改造).
_SHARE_BEFORE = re.compile(r"\d+(?:\.\d+)?\s*[%％](?:以上|以下|左右)?的?")


def _share_of_topic(text: str, parsed: ParsedQuestion) -> bool:
    """多少钢铁产能完成改造 answered by …80%以上的钢铁产能完成改造: a share standing right
    before a word of the topic says how much of it, though the sentence ends on the topic."""
    if parsed.asks != Asks.NUMBER:
        return False
    words = [w for w in parsed.words if len(w) >= 2]
    return any(
        any(text.startswith(word, share.end()) for word in words)
        for share in _SHARE_BEFORE.finditer(text)
    )


# 投资多少以上的项目: a threshold is asked; 投资500万元以上的…项目 states one, wherever its
# sentence ends (on 全程代办, what the threshold opens).
_ASKS_THRESHOLD = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,2}(?:以上|以下)")


_THRESHOLD = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]{0,2}(?:以上|以下)")


def _states_threshold(text: str, parsed: ParsedQuestion) -> bool:
    """Whether a threshold is asked (多少以上) and ``text`` states one (500万元以上)."""
    return bool(_ASKS_THRESHOLD.search(parsed.text) and _THRESHOLD.search(text))


# What follows an amount that is a bar to clear (投入500万元以上), not a sum paid.
_ABOVE = re.compile(r"\s*(?:\(含\)|（含）)?(?:及|或)?以上")
_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?")


def _sums_given(text: str, parsed: ParsedQuestion) -> bool:
    """Whether ``text`` states a sum of money other than a bar to clear (引进500万元以上的项目)
    or one the question itself states (引进一个500万以上的项目,给多少奖): those say what
    qualifies, not how much is paid. (Asked for a bar, 投资多少以上, a bar is the answer.)"""
    for found in MONEY.finditer(text):
        if _ASKS_THRESHOLD.search(parsed.text):
            return True
        if _ABOVE.match(text, found.end()):
            continue
        amount = _AMOUNT.match(found.group())
        stated = amount.group().replace(" ", "") if amount is not None else ""
        if stated and re.search(rf"(?<![\d.]){re.escape(stated)}(?![\d.])", parsed.text):
            continue
        return True
    return False


# A sentence ending on the words that introduce a sum (奖励奖金, 给予), cut before the sum.
# (…万元奖金, …的奖金 end a sentence that gave its sum before it.)
_CUT_BEFORE_SUM = re.compile(r"(?<![元的])(?:奖励奖金|奖金|给予|分别奖励|各奖励|奖励人民币)$")


# A sum and what it is spent on after it (100亿元资金用于…).
_SUM_SPENT_ON = re.compile(r"\d+(?:\.\d+)?\s*(?:亿|万)?元(?:资金|经费)?用于")


def stops_at_topic(text: str, words: Sequence[str]) -> bool:
    """A sentence that ends on what is asked about (…年均增长) was cut before its value: it
    does not say how much, whatever numbers stand before."""
    end = text.rstrip(" ,。;:、….")
    return any(end.endswith(word) for word in words)
