"""What a sentence answers first: the figure asked for (多少 → 超过3亿元) and the units asked
for (由谁负责 → 市经济和信息化委、市质监局), read from the clause that names the question's
topic. A reader on a phone sees the answer in the lead line, the whole sentence below it.

Plans write a figure and the thing it counts in one clause (…企业年营业收入总额超过3亿元,…), and
who does a thing before its verb (其中,市质监局负责制造业品牌建设). Only a clause that names
every word of the topic and holds exactly one figure (or one such subject) leads: anything less certain
leaves the sentence to lead, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from policybot.knowledge.extract.numbers import Quantity, find_quantities
from policybot.knowledge.extract.rewards.vocabulary import fund_or_threshold

# A clause of a sentence: cut at commas, semicolons and full stops (not at 、, which lists).
_CLAUSES = re.compile(r"[^,;。,;:：!?！？]+")
# An aside in brackets ((包括制造业、农业…)), which names things the clause is not about.
_ASIDE = re.compile(r"[((][^()()]*[))]")
# A note in brackets after a sentence ((注:…)): it speaks of what the sentence says.
_NOTE = re.compile(r"[((]\s*注\s*[::]")
# The words a plan writes before a figure to say how it compares (超过3亿元, 不低于90%).
_COMPARED = re.compile(
    r"(?:超过|达到|达|突破|不低于|不少于|不超过|不高于|低于|高于|提高到|提高至|提升到|提升至|"
    r"增长到|增长至|增加到|降低到|降低至|下降到|下降至|降到|降至|控制在|保持在|稳定在|增长|"
    r"提高|下降|降低|减少|增加)$"
)
# …and after it (3亿元以上, 15%左右).
_BOUND = re.compile(r"^(?:以上|以下|以内|左右|之内)")
# Who does it, before the verb that lays the duty (市经信委、市质监局负责…; 由市商务局牵头…).
_DOER = re.compile(
    r"(?:由)?(?P<who>[\u4e00-\u9fff、和及()()]{2,60}?)(?:共同)?(?:负责|牵头|主抓|承担)"
)
_DONE_BY = re.compile(r"(?<!自)由")
# A subject that names a body (委, 局, 办, 政府…), so that 企业负责 or 各地负责 does not lead.
_BODY_ENDING = re.compile(r"(?:委|局|办|办公室|政府|中心|部|厅|院|会|站|所|队|组)$")
# Words before the doers that introduce them (其中,…; 具体由…).
_LEADING = re.compile(r"^(?:其中|具体|分别|并|同时|要|均)+")


def topic_clause(
    sentence: str, words: Sequence[str], keep: Callable[[str], bool] = lambda _: True
) -> str | None:
    """The one clause of ``sentence`` that ``keep`` accepts naming every one of ``words`` (an
    aside in brackets names nothing), or None when none does or two do. A sentence found by
    some of the words only may be about something else: it is shown, not cut to a figure."""
    named = [
        clause
        for clause in _CLAUSES.findall(sentence)
        if keep(clause) and all(word in _ASIDE.sub("", clause) for word in words)
    ]
    return named[0] if words and len(named) == 1 else None


def asked_figure(sentence: str, words: Sequence[str]) -> str | None:
    """The figure the clause about ``words`` gives, with how it compares (超过3亿元); None
    unless that clause holds exactly one."""
    clause = topic_clause(sentence, words, lambda c: len(_figures(c)) == 1)
    if clause is None:
        return None
    return _as_written(clause, _figures(clause)[0])


# A year a sentence names (2027年), opening the part that gives that year's figure.
_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\d)")


def figure_of_year(sentence: str, year: int) -> str | None:
    """The one figure ``sentence`` gives for ``year`` when it names several years, each
    before its own figure (鹭汀区2027年达到30家、2028年达到45家 → 达到45家 of 2028): the part from
    the year to the next year named or the clause's end. None when the sentence names one year
    only, not ``year``, or that year's parts hold no figure or two."""
    named = list(_YEAR_NAMED.finditer(sentence))
    if len({int(match.group(1)) for match in named}) < 2:
        return None
    found: list[tuple[str, Quantity]] = []
    for index, match in enumerate(named):
        if int(match.group(1)) != year:
            continue
        end = named[index + 1].start() if index + 1 < len(named) else len(sentence)
        stop = re.search(r"[;。;]", sentence[match.end() : end])
        part = sentence[match.end() : match.end() + stop.start() if stop else end]
        found += [(part, quantity) for quantity in _figures(part)]
    if len(found) != 1:
        return None
    return _as_written(*found[0])


# How often a clause says a thing is done: 每2年评选一次, 每季度开展一次, 每年至少两次.
_HOW_OFTEN = re.compile(
    r"每(?:[\d一二两三四五六七八九十半]+)?(?:年|季度|个?月|周|天|日)[^,;。,;]{0,8}?"
    r"[一两二三四五六七八九十\d]+次"
)


def asked_frequency(sentence: str, words: Sequence[str]) -> str | None:
    """How often the clause about ``words`` says it is done (每2年评选一次 of (注:市政府质量奖
    每2年评选一次,2018年空缺)); None unless one clause names them and says it."""
    clause = topic_clause(sentence, words, lambda c: _HOW_OFTEN.search(c) is not None)
    found = _HOW_OFTEN.search(clause) if clause is not None else None
    return found.group(0) if found is not None else None


def figure_in_measure(sentence: str, measure: str, words: Sequence[str]) -> str | None:
    """The one figure of ``sentence`` counted in ``measure`` (家 of 多少家), when no clause names
    every word asked but one names some of them: 培育库要入库多少家 of 建立…培育库,到2032年底,
    培育入库企业100家 is 100家, not the sentence. None when no figure or two are in it."""
    found = [
        (clause, quantity)
        for clause in _CLAUSES.findall(sentence)
        for quantity in _figures(clause)
        if quantity.unit and quantity.unit.endswith(measure)
    ]
    if len(found) != 1:
        return None
    clause, quantity = found[0]
    # (a note in brackets, (注:市长质量奖每3年评选一次), names what the sentence counts)
    named = _ASIDE.sub(lambda aside: aside[0] if _NOTE.match(aside[0]) else "", sentence)
    if not any(word in named for word in words if len(word) >= 2):
        return None
    return _as_written(clause, quantity)


# A share as a sentence writes its figure: 90%, 百分之九十 (find_quantities reads both as %).
_SHARE_UNITS = ("%", "％")


def share_figure(sentence: str, words: Sequence[str]) -> str | None:
    """A share asked (…占比, 比例多少) of a sentence giving one percentage, in a clause naming
    one of ``words`` (…认证的数量占比达到90%以上): that figure as written (达到90%以上), even when
    the words asked are spread over the sentence's clauses (规模以上企业…, …认证的数量占比…).
    None when the sentence gives no percentage or two."""
    found = [
        (clause, quantity)
        for clause in _CLAUSES.findall(_ASIDE.sub("", sentence))
        for quantity in _figures(clause)
        if quantity.unit in _SHARE_UNITS
    ]
    if len(found) != 1:
        return None
    clause, quantity = found[0]
    if not any(word in clause for word in words if len(word) >= 2):
        return None
    return _as_written(clause, quantity)


def sentence_sum(sentence: str, words: Sequence[str]) -> str | None:
    """奖多少 answered by a sentence that names every word asked in one clause and gives its
    sum in the next (对…首次通过认证的企业,给予30万元的奖励): its one sum in 元 (30万元).
    None when a word asked is missing or the sentence gives no sum or two."""
    named = _ASIDE.sub("", sentence)
    if not words or not all(word in named for word in words if len(word) >= 2):
        return None
    # the fund it is paid from (从…安排的500万元专项资金中列支) or a threshold (达到5000万元以上)
    # is no sum of the reward
    found = [
        (clause, quantity)
        for clause in _CLAUSES.findall(sentence)
        for quantity in _figures(clause)
        if quantity.unit
        and quantity.unit.endswith("元")
        and not fund_or_threshold(clause, quantity.start)
    ]
    return _as_written(*found[0]) if len(found) == 1 else None


# "对获得A、B的单位,分别给予最高30万元、10万元的奖励": the sums in the order of the things listed.
_RESPECTIVE_SUMS = re.compile(r"分别(?:给予|奖励|补助|资助|一次性给予)?(?P<cap>最高|不超过|最多)?")
# A stretch of the question this long, written in one thing listed and no other, names it.
_NAMING_RUN = 3


def respective_sum(sentence: str, question: str) -> str | None:
    """奖多少 of a sentence pairing things listed with sums (对获得中国…奖、浙江省…奖的单位,分别
    给予最高30万元、10万元的奖励): the sum in the place of the thing the question writes the
    longest stretch of (省标准创新贡献奖 → 最高10万元), with the cap 分别 carries. None when
    the things (the last list before 分别) and the sums in 元 after it do not pair one to one,
    or no one thing is named best."""
    text = _ASIDE.sub("", sentence)
    found = _RESPECTIVE_SUMS.search(text)
    if found is None:
        return None
    after = _CLAUSES.match(text, found.end())
    sums = (
        [q for q in _figures(after.group(0)) if q.unit and q.unit.endswith("元")] if after else []
    )
    lists = [clause for clause in _CLAUSES.findall(text[: found.start()]) if "、" in clause]
    if not lists or len(sums) < 2:
        return None
    things = lists[-1].split("、")
    if len(things) != len(sums):
        return None
    runs = [_longest_shared(thing, question) for thing in things]
    best = max(runs)
    if best < _NAMING_RUN or runs.count(best) != 1:
        return None
    return (found.group("cap") or "") + sums[runs.index(best)].text


def _longest_shared(first: str, second: str) -> int:
    """The length of the longest stretch of characters both texts write."""
    best = 0
    for start in range(len(first)):
        for end in range(start + best + 1, len(first) + 1):
            if first[start:end] not in second:
                break
            best = end - start
    return best


def _as_written(clause: str, quantity: Quantity) -> str:
    before = _COMPARED.search(clause[: quantity.start])
    after = _BOUND.match(clause[quantity.end :])
    return (before.group(0) if before else "") + quantity.text + (after.group(0) if after else "")


def _figures(clause: str) -> list[Quantity]:
    return [quantity for quantity in find_quantities(clause) if quantity.unit]


def asked_doers(sentence: str, words: Sequence[str]) -> str | None:
    """Who the clause about ``words`` lays the duty on (市经济和信息化委、市质监局), when it
    names bodies before 负责/牵头; None otherwise."""
    clause = topic_clause(sentence, words, lambda c: _DOER.search(c) is not None)
    if clause is None:
        return None
    found = _DOER.search(clause)
    if found is None:
        return None
    # 各区质量工作由各区市场监管局负责: the body after 由, not the work before it (自由 is
    # no 由: 自由贸易区管委会负责)
    who = _LEADING.sub("", _DONE_BY.split(found.group("who"))[-1])
    bodies = [part for part in who.split("、") if part]
    if not bodies or not all(_BODY_ENDING.search(body) for body in bodies):
        return None
    return "、".join(bodies)


# Who a clause has do its verb: the body named after 联系/由/请 in front of it (联系同级财政部门
# 将专项资金拨付至…; 由县财政局统一负担).
_DOER_NAMED = re.compile(r"联系|商请|由|请")
_VERB_DOER = re.compile(
    r"(?:联系|由|请|商请)(?P<who>[\u4e00-\u9fff、]{2,30}?(?:委员会|办公室|小组|部门|委|局|办|政府|中心|厅|机构))"
)


def verb_doer(sentence: str, verbs: Sequence[str]) -> tuple[str, str] | None:
    """Who the sentence has do one of ``verbs`` (拨付, 负担): the body named after 联系/由 in
    front of the verb in its clause, with that clause; None when no clause says so."""
    for clause in _CLAUSES.findall(sentence):
        at = min((clause.find(verb) for verb in verbs if verb in clause), default=-1)
        if at < 0:
            continue
        found = list(_VERB_DOER.finditer(_ASIDE.sub("", clause[:at])))
        if found:
            # 请按要求尽快联系同级财政部门: the body after the last of the words naming it.
            who = _DOER_NAMED.split(found[-1].group("who"))[-1]
            return who, clause.strip()
    return None


# The verb a list of things opens with (每年推荐企业申报省政府质量奖、市长质量奖…): what comes
# before it is the list's lead, not the first thing listed.
_LIST_VERB = re.compile(
    r".*(?:申报|推荐|培育|新增|创建|争创|建设|组织|认定|获得|达到|实现|开展|支持|引导|推动|完成|"
    r"建成|打造|宣传|发展|引进|扶持)"
)
# "A、B、C分别(不少于)10家、20家、5家": each thing listed before 分别 with the figure in its place.
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|不少于|不低于|超过|新增|增加)?")


def listed_figure(sentence: str, words: Sequence[str], measure: str) -> str | None:
    """多少家 of a clause that lists several things with their counts: the count of the one
    the question names (市长质量奖 of 推荐…省政府质量奖、市长质量奖、全国质量奖分别不少于10家、
    20家、5家 is 不少于20家; 企业 of 组织企业200家、质量专家50名、检测机构10家参加… is 200家).
    None unless exactly one of the things listed names words asked that the others do not."""
    asked = [word for word in words if len(word) >= 2]
    if not asked or not measure:
        return None
    found: list[str] = []
    for clause in _CLAUSES.findall(_ASIDE.sub("", sentence)):
        respectively = _RESPECTIVELY.search(clause)
        if respectively is not None:
            found += _respective_figure(clause, respectively, asked, measure)
        else:
            found += _item_figures(clause, asked, measure)
    return found[0] if len(found) == 1 else None


def _core(item: str) -> str:
    """A listed thing without the list's lead (每年推荐企业申报省政府质量奖 → 省政府质量奖)."""
    lead = _LIST_VERB.match(item)
    return item[lead.end() :] if lead is not None and lead.end() < len(item) else item


def _respective_figure(
    clause: str, respectively: re.Match[str], asked: Sequence[str], measure: str
) -> list[str]:
    """The figure of the one thing asked in "A、B、C分别不少于10家、20家、5家" (its place in the
    list of figures), with the comparison 分别 carries (不少于); [] when the things and figures
    do not pair one to one in ``measure``, or the words asked name no one thing best."""
    things = [_core(item) for item in clause[: respectively.start()].split("、")]
    figures = [q for q in _figures(clause[respectively.end() :]) if q.unit]
    if len(things) < 2 or len(figures) != len(things):
        return []
    if not all(q.unit and q.unit.endswith(measure) for q in figures):
        return []
    scores = [sum(word in thing for word in asked) for thing in things]
    best = max(scores)
    if best == 0 or scores.count(best) != 1:
        return []
    compared = _COMPARED.search(respectively.group(0))
    return [(compared.group(0) if compared else "") + figures[scores.index(best)].text]


def _item_figures(clause: str, asked: Sequence[str], measure: str) -> list[str]:
    """The figures of the listed items (组织企业200家、质量专家50名、…) whose words before their
    one count in ``measure`` name a word asked, as written."""
    items = clause.split("、")
    if len(items) < 2:
        return []
    named = []
    for item in items:
        counted = [q for q in _figures(item) if q.unit and q.unit.endswith(measure)]
        if len(counted) != 1:
            continue
        before = _core(item[: counted[0].start])
        if any(word in before for word in asked):
            named.append(_as_written(item, counted[0]))
    return named
