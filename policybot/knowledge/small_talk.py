"""Messages that are no question: a greeting, or a region's name on its own.

Read as questions they found nothing (未找到相关内容,请换个说法), which tells a new user nothing
about what to do next. A greeting gets a one-line welcome pointing at /help; a region the store
holds gets what the store holds for it, counted as its lookup commands count it (the region and
the regions inside it), with the command that lists each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.models import FactKind
from policybot.knowledge.provinces import cities_of_held_province, province_title
from policybot.knowledge.question import ParsedQuestion
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


def names_only_a_region(parsed: ParsedQuestion) -> bool:
    """佛山, 南海区: a region of ours and nothing else — no topic, time, unit or asking."""
    return bool(parsed.region_ids) and not (
        parsed.words
        or parsed.hints
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
    held = cities_of_held_province(region_ids, index)
    scope: set[int] = set()
    for region_id in (*region_ids, *(held[1] if held else ())):
        scope |= index.region_scope(region_id)
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
