"""Messages that are no question: a greeting, thanks, goodbye, an acknowledgement, "how do I use
this", or a region's name on its own.

Read as questions they found nothing (未找到相关内容,请换个说法) or a random hit, which tells a
new user nothing about what to do next. A greeting gets a one-line welcome pointing at /help;
thanks, goodbye and 好的 a one-line reply; 怎么用 a short help; a region the store
holds gets what the store holds for it, counted as its lookup commands count it (the region and
the regions inside it), with the command that lists each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.models import FactKind
from policybot.knowledge.provinces import province_title, with_held_cities
from policybot.knowledge.question import Asks, ParsedQuestion, regions_within
from policybot.knowledge.search import KnowledgeIndex

# Greetings and "are you there", alone, with a particle or a word for the bot at most.
_GREETING = re.compile(
    r"(?:(?:你好|您好|大家好|哈喽|哈啰|嗨|嗨喽|早上好|上午好|中午好|下午好|晚上好|早安|午安|在吗|在不在|有人吗"
    r"|hi|hello|hey|halo)(?:啊|呀|哇|呢|哦|吗)?)+(?:机器人|助手|小助手|bot)?",
    re.IGNORECASE,
)
_NOISE = re.compile(r"[\s,.!?~;:，。！？～；：、…·]+")
# A greeting before a question (你好,驰名商标奖励多少): set apart by punctuation or a space.
_GREETING_FIRST = re.compile(rf"^\s*{_GREETING.pattern}\s*[,.!~;:，。！～；：、\s]+", re.IGNORECASE)
WELCOME = "你好!直接发问题即可,例如某地的目标、奖励或期限;发 /help 看用法和例子"

# The other small talk, each alone (or several together: 好的,谢谢), with a particle, a word
# for the bot, or 你/您 at most. The reply is that of the first kind in ``_SMALL_TALK`` found.
_PARTICLES = r"(?:啦|了|哈|哦|呀|啊|哒|呢|吧|的|哈哈)*"
_BOT = r"(?:(?:这个|该)?(?:机器人|助手|小助手|bot))?"
_HOW_TO = (
    r"(?:请问)?(?:这个|你|您|该|机器人|这个机器人|助手|bot)?"
    r"(?:怎么用|怎么使用|如何使用|如何用|怎样用|怎样使用|咋用|使用说明|使用方法|用法|帮助|help"
    r"|能做什么|能干什么|会什么|会做什么|可以做什么|可以干什么|有什么用|有什么功能|有哪些功能"
    r"|是谁|是干什么的|是做什么的)"
)
_THANKS = (
    r"(?:非常|太|十分|真是|真|多)?(?:谢谢|多谢|感谢|谢了|谢啦|thanks|thankyou|thx|3q)"
    r"(?:你|您|你们)?(?:的帮助)?"
)
_BYE = r"(?:再见|拜拜|拜|bye|byebye|goodbye|回头见|下次见|晚安)"
_ACK = r"(?:好的|好|好吧|好滴|嗯|嗯嗯|哦|噢|ok|okay|知道了|明白了|明白|了解|收到|懂了|行)"
_ANY_TALK = re.compile(
    rf"(?:(?:{_HOW_TO}|{_THANKS}|{_BYE}|{_ACK}|{_GREETING.pattern}){_PARTICLES}{_BOT}{_PARTICLES})+",
    re.IGNORECASE,
)
HOW_TO_LINES = (
    "直接用中文提问,例如“某区今年的目标有哪些”“某奖项奖励多少”“本月有哪些期限要到”",
    "常用命令: /targets 地区 · /rewards 地区 · /deadlines 地区 · /search 关键词",
    "收录了哪些文件和地区: /doc;到期提醒: /subscribe 地区",
    "完整用法和例子: /help",
)
THANKS_REPLY = "不客气!还有问题直接发给我。"
BYE_REPLY = "再见!需要时直接发问题即可。"
ACK_REPLY = "好的。还有问题直接发给我;发 /help 看用法。"


def is_greeting(text: str) -> bool:
    """Whether the message is a greeting and nothing else (你好, 您好!, hi, 在吗?)."""
    bare = _NOISE.sub("", text)
    return bool(bare) and _GREETING.fullmatch(bare) is not None


def without_greeting(text: str) -> str:
    """The question after a greeting that opens it (你好,驰名商标奖励多少 → 驰名商标奖励多少):
    the greeting is no word of the topic."""
    rest = _GREETING_FIRST.sub("", text, count=1)
    return rest if rest.strip() else text


def welcome() -> Answer:
    return Answer(found=True, kind=AnswerKind.GUIDE, title="你好", headline=WELCOME)


def reply(text: str) -> Answer | None:
    """The answer to small talk and nothing else (谢谢, 再见, 好的, 怎么用, 你好), or None for
    anything that may be a question. 怎么用 gets a short help; several together are answered by
    the most useful (好的,怎么用 → the help; 好的,谢谢 → 不客气)."""
    bare = _NOISE.sub("", text)
    if not bare or _ANY_TALK.fullmatch(bare) is None:
        return None
    if re.search(_HOW_TO, bare, re.IGNORECASE):
        return Answer(
            found=True,
            kind=AnswerKind.GUIDE,
            title="使用说明",
            headline="可以问规划里的目标、奖励、期限和责任单位,每条回答都注明出处。",
            suggestions=HOW_TO_LINES,
        )
    if re.search(_BYE, bare, re.IGNORECASE):
        return Answer(found=True, kind=AnswerKind.GUIDE, title="再见", headline=BYE_REPLY)
    if re.search(_THANKS, bare, re.IGNORECASE):
        return Answer(found=True, kind=AnswerKind.GUIDE, title="不客气", headline=THANKS_REPLY)
    if is_greeting(text) or _GREETING.search(bare):
        return welcome()
    return Answer(found=True, kind=AnswerKind.GUIDE, title="好的", headline=ACK_REPLY)


# Kind words that name no kind of fact: 三水区的任务, 湖州工作 ask what the region has to do,
# which its overview answers (有哪些任务 still lists its items).
_GENERAL_HINTS = frozenset({"任务", "工作"})


def names_only_a_region(parsed: ParsedQuestion, *, listing: bool = False) -> bool:
    """佛山, 南海区, 三水区的任务: a region of ours and nothing else — no topic, time, unit or
    asking. With ``listing``, 衢州有哪些任务 too: asked when the list found nothing, as a plan
    of policy measures sets no targets to list, and what it does hold is the better reply."""
    general = set(parsed.hints) <= _GENERAL_HINTS and (listing or parsed.asks != Asks.LIST)
    return bool(parsed.region_ids) and not (
        parsed.words
        or (parsed.hints and not general)
        or parsed.year is not None
        or parsed.window is not None
        or parsed.unit_ids
        or parsed.places
        or parsed.unknown_places
        or parsed.doc_number
        or parsed.field is not None
        or parsed.own_region
    )


def region_overview(
    index: KnowledgeIndex, region_ids: Iterable[int], today: date, province: str | None = None
) -> Answer | None:
    """What the store holds for the regions: its documents and facts by kind, one line each
    with the command that lists them. None when nothing is filed under them (then the usual
    未找到 says so). ``province``: the province typed, which the store holds no plan of and
    ``region_ids`` are its cities; the commands name the province, as they count all of them."""
    region_ids = tuple(region_ids)
    scope = regions_within(with_held_cities(region_ids, index), index)
    documents = [d for d in index.documents() if d.region_id in scope]
    targets = index.search(None, kinds=[FactKind.TARGET], region_ids=scope, limit=1).total
    rewards = index.search(None, kinds=[FactKind.REWARD], region_ids=scope, limit=1).total
    due = index.by_due(today, region_ids=scope, limit=1)
    if not documents and not targets and not rewards and not due.upcoming_total + due.past_total:
        return None
    name = "、".join(index.region_name(r) or "" for r in region_ids)
    command = province or index.region_name(region_ids[0]) or name
    if province:
        name = province_title(province, region_ids, index)
    lines = []
    if targets:
        lines.append(f"目标 {targets} 项: /targets {command}")
    if rewards:
        lines.append(f"奖励 {rewards} 项: /rewards {command}")
    if due.upcoming_total:
        lines.append(f"未到期的期限 {due.upcoming_total} 项: /deadlines {command}")
    if due.past_total:
        lines.append(f"已过期的期限 {due.past_total} 项: /deadlines {command} 全部")
    if documents:  # (a district's facts may all stand in its city's plan)
        lines.append(f"文件 {len(documents)} 份: /doc {command}")
    if targets:
        lines.append(f"也可以直接提问,例如“{command}有哪些目标”")
    return Answer(
        found=True,
        kind=AnswerKind.GUIDE,
        title=name,
        headline=f"收录了{name}的以下内容,发对应命令查看:",
        suggestions=tuple(lines),
    )
