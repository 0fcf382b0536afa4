"""Changing facts and documents by hand: validation, the change itself and its audit entry.

Admins correct what the extractor got wrong, add what it missed and retire plans that no longer
apply. Every function here validates first, changes in one transaction, records the before and
after values, and returns the fact *as it now stands*, so the chat can show the result at once.
Facts are never erased: deleting sets ``deleted_at``, so history and undo keep working.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any, cast

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import object_session
from sqlmodel import Session, SQLModel, col, select

from policybot.knowledge import audit, people
from policybot.knowledge.answers import format_yuan
from policybot.knowledge.captions import shown_title
from policybot.knowledge.clipping import clip
from policybot.knowledge.database import session_scope, take_turns
from policybot.knowledge.extract.dates import find_time_mentions, parse_date, relative_time_mentions
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import region_of, split_places
from policybot.knowledge.extract.normalise import chinese_number, strip_invisible
from policybot.knowledge.extract.numbers import MEASURE_WORDS
from policybot.knowledge.extract.recurring import stated_day_of
from policybot.knowledge.extract.units import CELL_ROLE_LABEL, CELL_ROLE_MARK, cell_roles
from policybot.knowledge.labels import EVERY_LABELS, FACT_KIND_LABELS
from policybot.knowledge.models import (
    FACT_MODELS,
    AuditEntry,
    Document,
    DocumentStatus,
    DocumentUnit,
    FactKind,
    FactUnit,
    Unit,
    UnitRole,
    utcnow,
)
from policybot.knowledge.recurrence import MONTHS_PER_PERIOD, stored_days
from policybot.knowledge.regions import full_district_name
from policybot.knowledge.retirement import in_force_sentence, version_in_force
from policybot.knowledge.store import ensure_region, ensure_unit
from policybot.knowledge.typed_years import expand_typed_years
from policybot.knowledge.unit_roles import RESPONSIBLE_LABEL


class EditError(ValueError):
    """A change that cannot be made as asked; ``str()`` is a Chinese sentence for the user."""


class SeveralDocuments(EditError):
    """A 文号 of plans of several regions or issuers: which is meant is asked. ``choices``: each
    document's id and how it is named to the user (region and title)."""

    def __init__(self, message: str, choices: list[tuple[int, str]]) -> None:
        super().__init__(message)
        self.choices = choices


class MissingItem(EditError):
    """A well-formed reference to nothing stored (目标 #99999): the reply says so alone, not
    with how to type the command, which was typed right."""


class EditConflict(EditError):
    """The field changed since the admin was shown it: nothing saved. ``current`` is the fact's
    snapshot now, what the admin has seen once they read the sentence."""

    def __init__(self, text: str, current: dict[str, Any]) -> None:
        super().__init__(text)
        self.current = current


KIND_LABELS = {kind: FACT_KIND_LABELS[kind] for kind in FactKind.ALL}
_KIND_ALIASES = {
    "target": FactKind.TARGET,
    "目标": FactKind.TARGET,
    "milestone": FactKind.MILESTONE,
    "节点": FactKind.MILESTONE,
    "时间节点": FactKind.MILESTONE,
    "里程碑": FactKind.MILESTONE,
    "recurring": FactKind.RECURRING,
    "duty": FactKind.RECURRING,
    "重复任务": FactKind.RECURRING,
    "常规工作": FactKind.RECURRING,
    "定期任务": FactKind.RECURRING,
    "reward": FactKind.REWARD,
    "奖励": FactKind.REWARD,
}

_EVERY_ALIASES = {
    **{key: key for key in EVERY_LABELS},
    **{label: key for key, label in EVERY_LABELS.items()},
    "年": "year",
    "半年": "half-year",
    "季度": "quarter",
    "季": "quarter",
    "月": "month",
}
_YES = {"是", "yes", "y", "true", "1", "对"}
_NO = {"否", "no", "n", "false", "0", "不是"}
CLEAR_WORDS = {"-", "—", "无", "清空"}
ALLOWED_UNITS = frozenset(MEASURE_WORDS)
MAX_TEXT = 300
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOOSE_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}")


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: its column, its Chinese label and how its input is checked."""

    name: str
    label: str
    kind: str  # text | number | yuan | date | unit | bool | every | units | duty_day
    required: bool = False

    @property
    def hint(self) -> str:
        hints = {
            "text": "请输入文字",
            "number": "请输入数字,例如 12 或 3.5",
            "yuan": "请输入金额,例如 500000 或 50万元",
            "date": "请输入日期,例如 2026-12-31 或 2026年6月底",
            "unit": "请输入计量单位,例如 项、家、个、%、亿元",
            "bool": "请回答 是 或 否",
            "every": "请输入频率:每年、每半年、每季度 或 每月",
            "units": "请输入单位名称,多个用顿号分隔,例如 区经信局、区科技局",
            "duty_day": "请输入每期的日期,例如 每月12日前、每季度结束后15日内、每年1月15日前",
        }
        clear = "" if self.required else "(输入 - 清空)"
        if self.kind == "units":
            clear = "(输入 清空 可清空)"
        elif self.kind == "duty_day":
            clear = "(输入 - 清空,即每期期末)"
        return f"{hints[self.kind]}{clear}"


FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    FactKind.TARGET: (
        FieldSpec("subject", "事项", "text", required=True),
        FieldSpec("value", "目标值", "number", required=True),
        FieldSpec("value_max", "目标上限", "number"),
        FieldSpec("unit", "单位", "unit"),
        FieldSpec("qualifier", "限定词", "text"),
        FieldSpec("deadline", "截止日期", "date"),
        FieldSpec("district", "区县", "text"),
        FieldSpec("per_year", "每年目标", "bool"),
        FieldSpec("lead_units", "牵头单位", "units"),
        FieldSpec("responsible_units", RESPONSIBLE_LABEL, "units"),
        FieldSpec("support_units", "配合单位", "units"),
    ),
    FactKind.MILESTONE: (
        FieldSpec("title", "事项", "text", required=True),
        FieldSpec("start", "开始日期", "date"),
        FieldSpec("due", "截止日期", "date"),
        FieldSpec("lead_units", "牵头单位", "units"),
        FieldSpec("responsible_units", RESPONSIBLE_LABEL, "units"),
        FieldSpec("support_units", "配合单位", "units"),
    ),
    FactKind.RECURRING: (
        FieldSpec("title", "事项", "text", required=True),
        FieldSpec("every", "频率", "every", required=True),
        FieldSpec("due_text", "每期日期", "duty_day"),
        FieldSpec("window_start", "时段开始", "date"),
        FieldSpec("window_end", "时段结束", "date"),
        FieldSpec("lead_units", "牵头单位", "units"),
        FieldSpec("responsible_units", RESPONSIBLE_LABEL, "units"),
        FieldSpec("support_units", "配合单位", "units"),
    ),
    FactKind.REWARD: (
        FieldSpec("achievement", "获奖事项", "text", required=True),
        FieldSpec("amount_yuan", "金额", "yuan"),  # shown 40万元, typed 400000 or 40万元
        FieldSpec("is_cap", "最高限额", "bool"),
        FieldSpec("level", "级别", "text"),
        FieldSpec("role", "奖励对象", "text"),
        FieldSpec("treatment", "其他奖励", "text"),
    ),
}

# A date field and the column holding the document's own words for it ("2026年9月底前"), which
# answers and digests show beside the date. An admin's new date makes those words name another
# day, so they are cleared with it; they are in the audit snapshot, so /undo brings them back.
DATE_WORDS: dict[str, tuple[str, str]] = {
    FactKind.TARGET: ("deadline", "deadline_text"),
    FactKind.MILESTONE: ("due", "due_text"),
}
# A recurring duty's stated day ("每月5日前": month 1, day 5 of each period) is a day of its
# period: a new 频率 makes it name another, so it is cleared with it, as a date's words are (the
# duty is then due at each period's end; /undo brings the day back). An admin sets the day with
# 每期日期 in the document's own words ("每月12日前"), read as the extractor reads them.
PERIOD_DAY: dict[str, tuple[str, tuple[str, ...]]] = {
    FactKind.RECURRING: ("every", ("due_month", "due_day", "due_text", "also_days")),
}
# A duty's window (the phase it is done in) and the document's words for it, cleared when an
# admin sets either end.
WINDOW_WORDS: dict[str, tuple[tuple[str, str], str]] = {
    FactKind.RECURRING: (("window_start", "window_end"), "window_text"),
}
WORD_KEYS = (
    frozenset(words for _, words in DATE_WORDS.values())
    | {key for _, keys in PERIOD_DAY.values() for key in keys}
    | {words for _, words in WINDOW_WORDS.values()}
)

# What /add asks, in order; the other fields can be filled in with /edit afterwards.
ADD_FIELDS: dict[str, tuple[str, ...]] = {
    FactKind.TARGET: ("subject", "value", "unit", "deadline"),
    FactKind.MILESTONE: ("title", "due"),
    FactKind.RECURRING: ("title", "every"),
    FactKind.REWARD: ("achievement", "amount_yuan"),
}
MANUAL_SECTION = "管理员添加"


# An item as the 出处 view shows it to admins (#target#237, target#237): its kind and id.
_REFERENCE = re.compile(r"^#?(?P<kind>[A-Za-z]+)#(?P<id>\d+)$")


def expand_references(args: list[str]) -> list[str]:
    """``args`` with an item written as admins see it (#target#237) split into kind and id, so
    /edit and /history take the reference copied from the 出处 view as well as "target 237"."""
    expanded: list[str] = []
    for arg in args:
        match = _REFERENCE.match(arg.strip())
        expanded.extend((match["kind"], match["id"]) if match else (arg,))
    return expanded


KIND_WORDS = frozenset(_KIND_ALIASES)  # what /edit, /history … take as a fact kind


def parse_kind(word: str) -> str:
    kind = _KIND_ALIASES.get(word.strip().lower())
    if kind is None:
        raise EditError(
            "类型应为 "
            + "、".join(f"{kind}({FACT_KIND_LABELS[kind]})" for kind in FactKind.ALL)
            + "。"
        )
    return kind


# Ids are 64-bit integers in both databases: a longer number is no id (and would overflow).
MAX_ROW_ID = 2**63 - 1


# The user's words come back in a refusal cut to this many characters, so that a reply to a
# message of thousands stays within Telegram's 4096 (as answers do: handlers.formatting).
ECHO_LIMIT = 200


def echo(text: str) -> str:
    """The user's ``text`` as a refusal repeats it."""
    return text if len(text) <= ECHO_LIMIT else text[: ECHO_LIMIT - 1] + "…"


def positive_id(text: str) -> int | None:
    """``text`` as an id (a positive integer a database can hold); None when it is not one."""
    cleaned = unicodedata.normalize("NFKC", text.strip().lstrip("#"))
    if not cleaned.isdecimal() or len(cleaned) > len(str(MAX_ROW_ID)):
        return None
    value = int(cleaned)
    return value if 0 < value <= MAX_ROW_ID else None


def parse_id(word: str) -> int:
    number = positive_id(word)
    if number is None:
        raise EditError(f"编号应为正整数,收到:{echo(word)}")
    return number


# How a question reads: text a conversation step must not take as a field's name or value — the
# admin asked something, forgetting the edit is still open. A question mark, 吗/呢 at the end or
# 请问 at the start is always a question; an interrogative word (多少, 谁, 为什么…) only in a short
# text, since a plan's statement may carry one too (如何认定以市质量办解释为准 is a value).
_QUESTION_END = re.compile(r"(?:[?？]|吗|呢)[\s。.!！~]*$")
_QUESTION_START = re.compile(r"^(?:请问|问一下)")
_SHORT_QUESTION_END = re.compile(
    r"(?:多少|几个|几项|几家|哪些|哪个|哪里|什么|怎么办|怎么样|谁)[\s。.!！~]*$"
)
_SHORT_QUESTION_START = re.compile(r"^(?:为什么|怎么|哪些)")  # 如何/是否 begin statements too
_SHORT_QUESTION = 12  # characters: longer text with an interrogative word reads as a statement


def looks_like_question(text: str) -> bool:
    """Whether ``text`` reads as a question: ends with ?/吗/呢, starts with 请问, or is short
    (≤ 12 characters) and starts or ends with an interrogative word (多少, 谁, 为什么…)."""
    typed = unicodedata.normalize("NFKC", text).strip()
    if _QUESTION_END.search(typed) or _QUESTION_START.match(typed):
        return True
    return len(typed) <= _SHORT_QUESTION and bool(
        _SHORT_QUESTION_END.search(typed) or _SHORT_QUESTION_START.match(typed)
    )


def field_labels(kind: str) -> str:
    """The fields of ``kind`` an admin may edit, as the buttons name them."""
    return "、".join(spec.label for spec in FIELDS[kind])


def field_spec(kind: str, name_or_label: str) -> FieldSpec:
    # 金额(元), the label as earlier versions showed it, is 金额: a unit in brackets names no field.
    wanted = re.sub(r"\s*[((][^()()]*[))]$", "", name_or_label.strip()) or name_or_label.strip()
    for spec in FIELDS[kind]:
        if wanted in (spec.name, spec.label):
            return spec
    raise EditError(f"没有这个字段。可修改的字段:{field_labels(kind)}")


# -- values -----------------------------------------------------------------------------------


def parse_value(
    spec: FieldSpec, raw: str, *, unit: str | None = None, today: date | None = None
) -> Any:
    """Turn what the admin typed into the column's value, or explain what is expected.

    ``unit``: the fact's unit, which a number may carry as the document writes it (80家 for a
    target counted in 家); another unit is refused, naming the fact's. ``today``: what a date
    typed relative to it (明年底, 今年6月底前) is read against."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if text in CLEAR_WORDS or not text:
        if spec.required:
            raise EditError(f"「{spec.label}」必须填写。{spec.hint}")
        return None
    with_words = _NUMBER_WITH_WORDS.fullmatch(text) if spec.kind == "number" else None
    if with_words is not None:
        number, written = with_words.groups()
        if not unit or written != unicodedata.normalize("NFKC", unit):
            own = f"单位是「{unit}」," if unit else ""
            raise EditError(
                f"「{spec.label}」只填数字,不带“{written}”:{own}例如 {number}(单位在「单位」里改)。"
            )
        text = number
    parser = {
        "text": _parse_text,
        "number": _parse_number,
        "yuan": _parse_yuan,
        "date": _parse_date,
        "unit": _parse_unit,
        "bool": _parse_bool,
        "every": _parse_every,
        "units": _parse_units,
        "duty_day": _parse_text,  # read against the duty's period by ``duty_day_columns``
    }[spec.kind]
    try:
        if spec.kind == "date":
            return _parse_date(text, today)
        return parser(text)
    except EditError as error:
        raise EditError(f"「{spec.label}」{error}") from None


# A number followed by words (80家, 3.5亿元, 65%): the number and what is written after it.
_NUMBER_WITH_WORDS = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([^\d\s.,][^\d]{0,5})")


def _parse_text(text: str) -> str:
    text = strip_invisible(text).strip()
    if not text:
        raise EditError("不能为空。")
    if len(text) > MAX_TEXT:
        raise EditError(f"太长了(最多 {MAX_TEXT} 字)。")
    return text


_UNIT_SEPARATORS = re.compile(r"[、,,;;/\s]+")
MAX_UNITS = 20


def _parse_units(text: str) -> list[str]:
    """ "区经信局、区科技局": the units in order, each once."""
    names = list(dict.fromkeys(n for n in _UNIT_SEPARATORS.split(strip_invisible(text)) if n))
    if not names:
        raise EditError("不能为空。")
    if len(names) > MAX_UNITS or any(len(name) > 40 for name in names):
        raise EditError(f"太长了(最多 {MAX_UNITS} 个单位,每个不超过 40 字)。")
    return names


# A unit field is cleared by this word only: a stray space, "-" or "无" cleared a fact's
# units, and a fact without a lead has no unit its reminders are routed to.
UNITS_CLEAR = "清空"
UNITS_CLEAR_LEAD = "确认清空"
# "确认:佛山市质监局": a unit of another region the admin means all the same
_SUPPORT_MARKS = {"配合", "参与", "协办", "协助", "协同"}
_UNITS_CONFIRMED = re.compile(r"^确认\s*[::]\s*")


def unit_field_value(spec: FieldSpec, raw: str, region: str | None) -> list[str] | None:
    """The units an admin typed into 牵头单位 or 配合单位, or None to clear the field.

    Refused, with what to type instead: an empty reply or another clear word than 清空; clearing
    牵头单位 before 确认清空 (its reminders then reach no unit's chat); units marked for the other
    role ("县甲局(配合)" typed as a lead: its marks are read as a task table's cell is, never
    kept in the names); a unit of another region than the fact's (佛山市质监局 on a 范县 plan)
    unless confirmed with "确认:"."""
    text = unicodedata.normalize("NFKC", strip_invisible(raw)).strip()
    lead = spec.name == "lead_units"
    # "确认:" confirms what follows: a unit of another region, or 清空 itself (确认清空 typed
    # with a colon) -- never a unit named 清空
    confirmed = _UNITS_CONFIRMED.match(text)
    if confirmed:
        text = text[confirmed.end() :].strip()
    answering = spec.name in _ANSWERING_FIELDS
    if text == UNITS_CLEAR_LEAD or (text == UNITS_CLEAR and (confirmed or not answering)):
        return None
    if text == UNITS_CLEAR:
        raise EditError(
            f"清空「{spec.label}」后,这条事项没有{spec.label},"
            "若也没有其他牵头或责任单位,它的提醒不再发到任何单位的群。"
            f"确定要清空,请输入「{UNITS_CLEAR_LEAD}」;否则请输入单位名称。"
        )
    if not text or text in CLEAR_WORDS:
        raise EditError(f"「{spec.label}」未修改:请输入单位名称;要清空请输入「{UNITS_CLEAR}」。")
    listed = re.sub(r"\s+", "、", text)
    marked = CELL_ROLE_MARK.search(listed) or CELL_ROLE_LABEL.search(listed)
    if marked and spec.name == "responsible_units":
        # 责任单位 names units no lead is stated for: a role mark belongs in the other fields
        example = "、".join(_parse_units(CELL_ROLE_MARK.sub("", CELL_ROLE_LABEL.sub("", listed))))
        raise EditError(
            f"「{spec.label}」里不要带(牵头)(配合)等标注:牵头的单位请在「牵头单位」里改,"
            f"配合的在「配合单位」里改;共同负责、未分牵头的单位在这里输入,例如 {example}"
        )
    if marked:
        roles = cell_roles(listed)
        marks = {mark["role"] for mark in CELL_ROLE_MARK.finditer(listed)}
        if (
            roles is None
            and not lead
            and marks <= _SUPPORT_MARKS
            and not CELL_ROLE_LABEL.search(listed)
        ):
            roles = [], _parse_units(CELL_ROLE_MARK.sub("", listed))  # "县乙局(配合)" as support
        if roles is None:
            example = "、".join(
                _parse_units(CELL_ROLE_MARK.sub("", CELL_ROLE_LABEL.sub("", listed)))
            )
            raise EditError(
                "单位名称里不要带(牵头)(配合)等标注:牵头单位和配合单位分别在「牵头单位」"
                f"「配合单位」里改,例如输入 {example}"
            )
        own, other = roles if lead else (roles[1], roles[0])
        if other:
            where = "配合单位" if lead else "牵头单位"
            mine = f"({'、'.join(own)})" if own else ""
            raise EditError(
                f"{'、'.join(other)} 标注为{where[:2]},不能填入「{spec.label}」。"
                f"请只输入{spec.label}{mine};{where}请在「{where}」里改。"
            )
        listed = "、".join(own)
    names = _parse_units(listed)
    if not confirmed and region:
        foreign = [(name, place) for name in names if (place := _foreign_place(name, region))]
        if foreign:
            shown = "、".join(f"{name}({place})" for name, place in foreign)
            raise EditError(f"{shown} 不是{region}的单位,请核对。确实要填,请输入「确认:{text}」。")
    return names


def _foreign_place(name: str, region: str) -> str | None:
    """The place a unit's name opens with when it is neither the region, a place above it nor
    one inside it (佛山市质监局 on a 范县 plan: 佛山市); None when it names no place or fits."""
    place = region_of(name)
    if not place:
        return None
    if _around(place) & set(split_places(region)) or _around(region) & set(split_places(place)):
        return None
    return place


def _around(region: str) -> set[str]:
    """A region's places and every place above them (范县: 范县, 濮阳市, 河南省)."""
    places = gazetteer()
    found: set[str] = set()
    for part in split_places(region):
        found.add(part)
        for place in places.lookup(part):
            found.update(n for n in (place.name, place.prefecture, place.province) if n)
    return found


def _parse_number(text: str) -> float:
    cleaned = text.replace(",", "").replace(" ", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise EditError("应为数字,例如 12 或 3.5。") from None
    if not math.isfinite(value) or value < 0:
        raise EditError("应为不小于 0 的数字。")
    return value + 0.0  # "-0" is 0, not -0.0 (a report of -0 read 完成比例:-0%)


def _parse_yuan(text: str) -> float:
    """An amount in yuan, as a number or as written in the plans and on a phone: 500000, 50万,
    50万元, 1亿元, 1千万元, 0.8百万, 一百五十万元 (attack54 M5: the last three were refused)."""
    cleaned = text.replace(",", "").replace(" ", "")
    words = _YUAN_IN_WORDS.fullmatch(cleaned)
    if words is not None and (counted := chinese_number(words["number"])) is not None:
        return float(counted * _YUAN_SCALES.get(words["scale"], 1))
    match = _YUAN.fullmatch(cleaned)
    if match is None or not _DIGITS.fullmatch(match["number"].lstrip("+-")):
        raise EditError("应为金额,例如 500000、50万元、1千万元。")
    value = _parse_number(match["number"])
    for scale in match["scales"]:
        value *= _YUAN_SCALES[scale]
    return value


_DIGITS = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_YUAN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# 一百五十万元: a numeral in words, its 十/百/千 its own, then 万 or 亿.
_YUAN_IN_WORDS = re.compile(r"(?P<number>[零〇一二两三四五六七八九十百千]+)(?P<scale>[万亿]?)元?")
# 1千万元, 0.8百万: a number in digits and the scales written after it.
_YUAN = re.compile(r"(?P<number>.+?)(?P<scales>[十百千]?[万亿]?)元?")


def _parse_date(text: str, today: date | None = None) -> date:
    """2026-12-31, or a deadline as the plans write it (2026年6月底, 2026年底前, 2026.6.30):
    an admin copying the document's words, or typing on a phone, need not convert them."""
    if _ISO_DATE.match(text):
        try:
            parsed = date.fromisoformat(text)
        except ValueError:
            raise EditError(f"{text} 不是有效日期。") from None
    else:
        parsed = _written_date(text, today)
    if not 2000 <= parsed.year <= 2100:
        raise EditError("年份应在 2000 到 2100 之间。")
    return parsed


# 明年底, 今年年末, 明年6月底: a relative date that names its day (明年 alone names a year).
_ENDS_A_SPAN = re.compile(r"(?:底|末|月)前?$")


def _written_date(text: str, today: date | None = None) -> date:
    """The one date a deadline as written names, or an error saying the forms understood;
    a year typed short (26年底, 二〇二六年底) is that year, as in questions."""
    text = expand_typed_years(text)
    if _LOOSE_DATE.fullmatch(text):  # 2026-6-30, 2026.6.30, 2026/6/30
        loose = parse_date(text)
        if loose is None:
            raise EditError(f"{text} 不是有效日期。")
        return loose
    mentions = find_time_mentions(text)
    whole = len(mentions) == 1 and mentions[0].start == 0
    whole = whole and not text[mentions[0].end :].strip(" 前以之")
    if not whole and today is not None:
        # 明年底, 今年6月底前: a deadline typed as people say it, from today's year
        relative = relative_time_mentions(text, today.year)
        if (
            len(relative) == 1
            and relative[0].start == 0
            and relative[0].last is not None
            and _ENDS_A_SPAN.search(relative[0].text)
            and not text[relative[0].end :].strip(" 前以之")
        ):
            return relative[0].last
    if not whole or mentions[0].kind != "point" or mentions[0].last is None:
        raise EditError("日期格式应为 YYYY-MM-DD(例如 2026-12-31)或 2026年6月底、2026年底。")
    return mentions[0].last


def _parse_unit(text: str) -> str:
    if text not in ALLOWED_UNITS:
        raise EditError("不是可识别的计量单位,例如 项、家、个、%、亿元、万元、人次。")
    return text


def _parse_bool(text: str) -> bool:
    lowered = text.lower()
    if lowered in _YES:
        return True
    if lowered in _NO:
        return False
    raise EditError("请回答 是 或 否。")


def _parse_every(text: str) -> str:
    every = _EVERY_ALIASES.get(text.lower())
    if every is None:
        raise EditError("频率应为 每年、每半年、每季度 或 每月。")
    return every


def duty_day_columns(raw: str, fact: Any) -> dict[str, Any]:
    """An admin's 每期日期 for a recurring duty as its columns (month of the period, day, the
    words), read as a plan's words are; "-" clears them (each period's end)."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if text in CLEAR_WORDS or not text:
        return {"due_month": None, "due_day": None, "due_text": None, "also_days": None}
    months = MONTHS_PER_PERIOD.get(fact.every, 0)
    stated = stated_day_of(text, fact.every, on_the_period_before=(fact.due_month or 0) > months)
    if stated is None:
        spec = field_spec(FactKind.RECURRING, "due_text")
        raise EditError(f"「{spec.label}」没有读出日期。{spec.hint}")
    return {
        "due_month": stated.month,
        "due_day": stated.day,
        "due_text": f"{EVERY_LABELS[fact.every]}{stated.words}",
        "also_days": stored_days(stated.also_days),
    }


def show_value(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return "每期期末" if spec.kind == "duty_day" else "—"
    if spec.kind == "number":
        return _number(value)
    if spec.kind == "yuan":
        return format_yuan(value)
    if spec.kind == "date":
        shown: str = value.isoformat()
        return shown
    if spec.kind == "bool":
        return "是" if value else "否"
    if spec.kind == "every":
        every: str = EVERY_LABELS.get(value, value)
        return every
    if spec.kind == "units":
        return "、".join(value) if value else "—"
    return str(value)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# The unit fields are no columns of the fact: its ``FactUnit`` rows of that role, which
# reminders are routed by (the chats subscribed to a unit get its facts).
UNIT_ROLES = {
    "lead_units": UnitRole.LEAD,
    "support_units": UnitRole.SUPPORT,
    # 责任单位: answerable together, no lead stated ("(责任单位:A、B、C)"); reminded as the
    # leads are
    "responsible_units": UnitRole.RESPONSIBLE,
}
# The fields whose units a fact's reminders go to even without a lead: clearing one asks for
# 确认清空.
_ANSWERING_FIELDS = ("lead_units", "responsible_units")


def field_value(kind: str, fact: Any, name: str) -> Any:
    """A field's value: a column, or the names of the units linked in that role."""
    if name not in UNIT_ROLES:
        return getattr(fact, name)
    session = object_session(fact)
    if session is None or fact.id is None:
        return []
    rows = session.execute(
        select(Unit.name)
        .join(FactUnit, col(FactUnit.unit_id) == col(Unit.id))
        .where(
            col(FactUnit.fact_kind) == kind,
            col(FactUnit.fact_id) == fact.id,
            col(FactUnit.role) == UNIT_ROLES[name],
        )
        .order_by(col(FactUnit.position), col(FactUnit.id))
    )
    return [name for (name,) in rows]


def set_field(kind: str, fact: Any, name: str, value: Any) -> None:
    """Set a field: a column, or relink the units of that role (each unit found or created
    under the fact's region, and named among its document's units)."""
    if name not in UNIT_ROLES:
        setattr(fact, name, value)
        return
    session = cast(Session | None, object_session(fact))
    if session is None:
        raise RuntimeError("a fact's units are set on a fact of a session")
    role = UNIT_ROLES[name]
    session.execute(
        delete(FactUnit).where(
            col(FactUnit.fact_kind) == kind,
            col(FactUnit.fact_id) == fact.id,
            col(FactUnit.role) == role,
        )
    )
    document = session.get(Document, fact.document_id)
    region_id = document.region_id if document is not None else fact.region_id
    for position, unit_name in enumerate(value or []):
        unit = ensure_unit(session, unit_name, region_id)
        session.add(
            FactUnit(
                fact_kind=kind, fact_id=fact.id, unit_id=unit.id or 0, role=role, position=position
            )
        )
        linked = session.exec(
            select(DocumentUnit).where(
                DocumentUnit.document_id == fact.document_id, DocumentUnit.unit_id == unit.id
            )
        ).first()
        if linked is None:
            session.add(DocumentUnit(document_id=fact.document_id, unit_id=unit.id or 0))
    session.flush()


def to_snapshot(kind: str, fact: Any) -> dict[str, Any]:
    """The editable fields (and whether the fact is deleted), JSON-ready, for the audit log."""
    snapshot: dict[str, Any] = {}
    for spec in FIELDS[kind]:
        value = field_value(kind, fact, spec.name)
        snapshot[spec.name] = value.isoformat() if isinstance(value, date) else value
    if kind in DATE_WORDS:
        words = DATE_WORDS[kind][1]
        snapshot[words] = getattr(fact, words)
    for key in PERIOD_DAY.get(kind, ("", ()))[1]:
        snapshot[key] = getattr(fact, key)
    if kind in WINDOW_WORDS:
        words = WINDOW_WORDS[kind][1]
        snapshot[words] = getattr(fact, words)
    snapshot["deleted_at"] = fact.deleted_at.isoformat() if fact.deleted_at else None
    return snapshot


def from_snapshot(kind: str, name: str, value: Any) -> Any:
    """The inverse of ``to_snapshot`` for one field."""
    if value is None:
        return None
    if name == "deleted_at":
        return datetime.fromisoformat(value)
    if name in WORD_KEYS:
        return value
    spec = next(spec for spec in FIELDS[kind] if spec.name == name)
    return date.fromisoformat(value) if spec.kind == "date" else value


def check_consistency(kind: str, fact: Any) -> None:
    """Rules that involve two fields, checked after every change."""
    if kind == FactKind.TARGET and fact.value_max is not None and fact.value_max < fact.value:
        raise EditError("目标上限不能小于目标值。")
    if kind == FactKind.MILESTONE and fact.start and fact.due and fact.start > fact.due:
        raise EditError("开始日期不能晚于截止日期。")
    window = (getattr(fact, "window_start", None), getattr(fact, "window_end", None))
    if kind == FactKind.RECURRING and window[0] and window[1] and window[0] > window[1]:
        raise EditError("时段开始不能晚于时段结束。")


# -- what a fact looks like -------------------------------------------------------------------


@dataclass(frozen=True)
class FactView:
    """A fact as it now stands, ready to be shown: labelled rows and its document."""

    kind: str
    fact_id: int
    document_id: int
    document_title: str | None
    document_status: str
    rows: list[tuple[str, str]]
    quote: str
    deleted: bool
    # The editable values as shown (``to_snapshot``): what a later save checks it still holds.
    snapshot: dict[str, Any] = field(default_factory=dict)

    @property
    def heading(self) -> str:
        return f"{KIND_LABELS[self.kind]} #{self.fact_id}"


def fact_view(session: Session, kind: str, fact: Any) -> FactView:
    document = session.get(Document, fact.document_id)
    return FactView(
        kind=kind,
        fact_id=fact.id,
        document_id=fact.document_id,
        document_title=(document.short_title or document.title) if document else None,
        document_status=document.status if document else DocumentStatus.EXPIRED,
        rows=[
            (spec.label, show_value(spec, field_value(kind, fact, spec.name)))
            for spec in FIELDS[kind]
        ],
        quote=fact.quote,
        deleted=fact.deleted_at is not None,
        snapshot=to_snapshot(kind, fact),
    )


def _fact(session: Session, kind: str, fact_id: int) -> Any:
    fact = session.get(FACT_MODELS[kind], fact_id)
    if fact is None:
        raise MissingItem(f"没有找到{KIND_LABELS[kind]} #{fact_id}。")
    return fact


def load_fact(engine: Engine, kind: str, fact_id: int) -> FactView:
    with Session(engine) as session:
        return fact_view(session, kind, _fact(session, kind, fact_id))


# -- changes ----------------------------------------------------------------------------------


def update_fact(
    engine: Engine,
    actor_id: int,
    kind: str,
    fact_id: int,
    field_name: str,
    raw: str,
    *,
    now: datetime | None = None,
    seen: dict[str, Any] | None = None,
    zone: tzinfo = UTC,
) -> FactView:
    """Set one field from the admin's input; the audit entry holds both snapshots.

    ``seen``: the fact's snapshot when the admin was shown it. When the field holds another value
    now (another admin saved in between), nothing is saved: ``EditConflict`` names the value and
    who set it. The check and the change are one transaction, the row locked (PostgreSQL)."""
    spec = field_spec(kind, field_name)
    with session_scope(engine) as session:
        take_turns(session)  # SQLite has no row lock: two saves at once both passed the check
        fact = session.get(FACT_MODELS[kind], fact_id, with_for_update=True)
        if fact is None:
            raise MissingItem(f"没有找到{KIND_LABELS[kind]} #{fact_id}。")
        if fact.deleted_at is not None:
            raise EditError(f"{KIND_LABELS[kind]} #{fact_id} 已删除,不能修改。")
        today = now.astimezone(zone).date() if now is not None else None
        if spec.kind == "duty_day":
            changes = duty_day_columns(raw, fact)
        elif spec.kind == "units":
            changes = {spec.name: unit_field_value(spec, raw, fact.region)}
        else:
            changes = {
                spec.name: parse_value(spec, raw, unit=getattr(fact, "unit", None), today=today)
            }
        value = changes[spec.name]
        current = to_snapshot(kind, fact)
        if seen is not None and current.get(spec.name) != seen.get(spec.name):
            raise EditConflict(_changed_meanwhile(session, kind, fact, spec, zone), current)
        unchanged = [] if value is None and spec.kind == "units" else value
        if field_value(kind, fact, spec.name) == unchanged and all(
            getattr(fact, key) == new for key, new in changes.items() if key != spec.name
        ):
            raise EditError(f"「{spec.label}」已经是 {show_value(spec, value)},未修改。")
        before = to_snapshot(kind, fact)
        for key, new in changes.items():
            set_field(kind, fact, key, new)
        if kind in DATE_WORDS and DATE_WORDS[kind][0] == spec.name:
            setattr(fact, DATE_WORDS[kind][1], None)
        if kind in WINDOW_WORDS and spec.name in WINDOW_WORDS[kind][0]:
            setattr(fact, WINDOW_WORDS[kind][1], None)
        if kind in PERIOD_DAY and PERIOD_DAY[kind][0] == spec.name:
            for key in PERIOD_DAY[kind][1]:
                setattr(fact, key, None)
        check_consistency(kind, fact)
        if spec.name == "district":
            place_fact(session, fact)
        session.add(fact)
        return _recorded(session, actor_id, "update", kind, fact, before, now)


def place_fact(session: Session, fact: Any) -> None:
    """The region a fact belongs to follows its district (目标的「区县」): answers and reminder
    routing read ``region_id``, so an edited district that left it alone changed nothing but
    the text. The district is completed with the fact's city (东区 → 示范市东区), as on upload;
    without one the fact belongs to its own region (the document's) again."""
    if not hasattr(fact, "district"):
        return
    if fact.district:
        fact.district = full_district_name(fact.region, fact.district)
    place = fact.district or fact.region
    if place:
        fact.region_id = ensure_region(session, place).id


def _changed_meanwhile(
    session: Session, kind: str, fact: Any, spec: FieldSpec, zone: tzinfo
) -> str:
    """「目标值」已被 张三 于 2018-06-01 09:05 改为 52 — from the newest audit entry that
    changed the field."""
    entries = session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity_kind == kind, AuditEntry.entity_id == fact.id)
        .order_by(col(AuditEntry.id).desc())
    )
    who = ""
    for entry in entries:
        before = audit.from_json(entry.before) or {}
        after = audit.from_json(entry.after) or {}
        if before.get(spec.name) != after.get(spec.name):
            name = people.shown_name(session, entry.actor_id)
            if name is None:
                name = "系统" if entry.actor_id is None else f"用户 {entry.actor_id}"
            when = entry.created_at.astimezone(zone) if entry.created_at else None
            who = f"{name} 于 {when:%Y-%m-%d %H:%M} " if when else f"{name} "
            break
    shown = show_value(spec, field_value(kind, fact, spec.name))
    return (
        f"未保存:你打开修改界面后,「{spec.label}」已被{who}改为 {shown}。"
        f"请确认后重新输入新的「{spec.label}」,或 /cancel 取消。"
    )


def create_fact(
    engine: Engine,
    actor_id: int,
    kind: str,
    document_id: int,
    values: dict[str, Any],
    *,
    now: datetime | None = None,
) -> FactView:
    """Add a fact to a document from already-parsed values (see ``parse_value``)."""
    with session_scope(engine) as session:
        document = session.get(Document, document_id)
        if document is None:
            raise MissingItem(f"没有找到文档 #{document_id}。")
        model: type[SQLModel] = FACT_MODELS[kind]
        for spec in FIELDS[kind]:
            if spec.required and values.get(spec.name) is None:
                raise EditError(f"「{spec.label}」必须填写。")
        fact = model(
            document_id=document_id,
            region=document.region,
            region_id=document.region_id,
            section=MANUAL_SECTION,
            quote=_manual_quote(kind, values),
            **{spec.name: values[spec.name] for spec in FIELDS[kind] if spec.name in values},
        )
        check_consistency(kind, fact)
        place_fact(session, fact)
        session.add(fact)
        session.flush()
        return _recorded(session, actor_id, "create", kind, fact, None, now)


def _manual_quote(kind: str, values: dict[str, Any]) -> str:
    """A fact added by hand has no quote in the text; say so where a citation would go."""
    shown = "".join(
        show_value(spec, values[spec.name])
        for spec in FIELDS[kind]
        if spec.name in values and values[spec.name] is not None and spec.kind != "bool"
    )
    return f"({MANUAL_SECTION})" + shown


def delete_fact(
    engine: Engine, actor_id: int, kind: str, fact_id: int, *, now: datetime | None = None
) -> FactView:
    """Mark a fact deleted: it leaves answers and reminders but stays in the history."""
    stamp = now or utcnow()
    with session_scope(engine) as session:
        take_turns(session)  # one of two deletes at once is told it is deleted already
        fact = _fact(session, kind, fact_id)
        if fact.deleted_at is not None:
            raise EditError(f"{KIND_LABELS[kind]} #{fact_id} 已经删除。")
        before = to_snapshot(kind, fact)
        fact.deleted_at = stamp
        session.add(fact)
        return _recorded(session, actor_id, "delete", kind, fact, before, stamp)


def _recorded(
    session: Session,
    actor_id: int,
    action: str,
    kind: str,
    fact: Any,
    before: dict[str, Any] | None,
    now: datetime | None,
) -> FactView:
    """Audit a change to ``fact`` (before and after), date its document, and show the fact now.

    The audit entry is also what tells the answer index the store has changed.
    """
    audit.record(
        session,
        actor_id=actor_id,
        action=action,
        entity_kind=kind,
        entity_id=fact.id,
        before=before,
        after=to_snapshot(kind, fact),
        now=now,
    )
    _touch_document(session, fact.document_id, now)
    return fact_view(session, kind, fact)


def _touch_document(session: Session, document_id: int, now: datetime | None) -> None:
    """A document's ``updated_at`` says when any of its facts last changed."""
    document = session.get(Document, document_id)
    if document is not None:
        document.updated_at = now or utcnow()
        session.add(document)


# -- documents --------------------------------------------------------------------------------

STATUS_LABELS = {
    DocumentStatus.ACTIVE: "有效",
    DocumentStatus.SUPERSEDED: "已被替代",
    DocumentStatus.EXPIRED: "已失效",
}
_RETIRE_ALIASES = {
    "superseded": DocumentStatus.SUPERSEDED,
    "替代": DocumentStatus.SUPERSEDED,
    "被替代": DocumentStatus.SUPERSEDED,
    "已替代": DocumentStatus.SUPERSEDED,
    "expired": DocumentStatus.EXPIRED,
    "失效": DocumentStatus.EXPIRED,
    "废止": DocumentStatus.EXPIRED,
    "过期": DocumentStatus.EXPIRED,
}


@dataclass(frozen=True)
class DocumentView:
    document_id: int
    title: str | None
    doc_number: str | None
    status: str
    # 已被替代: the document that replaced it (#7《…》), when the store knows it
    replaced_by: str | None = None

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(self.status, self.status)
        if self.status == DocumentStatus.SUPERSEDED and self.replaced_by:
            return f"{label}(由 {self.replaced_by} 替代)"
        return label


def document_view(document: Document, session: Session | None = None) -> DocumentView:
    replaced_by = None
    if session is not None and document.superseded_by_id is not None:
        successor = session.get(Document, document.superseded_by_id)
        if successor is not None:
            replaced_by = f"#{successor.id}《{clip(shown_title(successor) or '', 40)}》"
    return DocumentView(
        document.id or 0, shown_title(document), document.doc_number, document.status, replaced_by
    )


def parse_retire_args(words: list[str]) -> tuple[str, str]:
    """/retire's (document reference, status). The status is the last word only when it is one
    (a 文号 may contain spaces: "示府发 〔2024〕 7号"); a last word in Latin letters that is
    no status is a mistyped one, refused rather than read as part of the 文号."""
    if len(words) > 1:
        last = words[-1].strip().lower()
        status = _RETIRE_ALIASES.get(last)
        if status is not None:
            return " ".join(words[:-1]), status
        if last.isascii() and last.isalpha():
            raise EditError("状态应为 superseded(已被替代)或 expired(已失效)。")
    return " ".join(words), DocumentStatus.EXPIRED


def find_document(session: Session, reference: str, *, becoming: str | None = None) -> Document:
    """A document by its id or its doc number (文号); the newest one if a number repeats; else
    by words of its title, when one document's title holds them all (several are asked
    about, as a repeated 文号 is). ``becoming``: the status it is to be given, which a
    document matched by title and already of that status is left out for."""
    typed = reference.strip().lstrip("#")
    normalised = unicodedata.normalize("NFKC", typed)
    document_id = positive_id(normalised)
    if document_id is not None:
        document = session.get(Document, document_id)
        if document is not None:
            return document
    statement = (
        select(Document)
        .where(col(Document.doc_number).in_({typed, normalised, "".join(normalised.split())}))
        .order_by(col(Document.id).desc())
    )
    documents = list(session.exec(statement).all())
    by_title = False
    if not documents and document_id is None:
        # a number is a document's id (or 文号), never title words: /retire 2024 of a deleted
        # #2024, or its stale button, retired the plan titled …(2024—2026年) (attack43)
        documents = _titled(session, normalised, becoming)
        by_title = True
    if not documents:
        raise EditError(f"没有找到文档:{echo(typed)}(请用文档编号、文号或标题里的词)。")
    plans = {(document.region, document.issuer) for document in documents}
    if len(plans) > 1 or (by_title and len(documents) > 1):
        # One 文号 typed on plans of two regions or issuers (one copied from another plan):
        # which is meant cannot be told, and retiring the wrong one silently is worse.
        listed = ";".join(
            f"#{document.id}《{clip(shown_title(document), _SAME_NUMBER_TITLE)}》"
            f"({document.region or '地区未识别'})"
            for document in documents[:_SAME_NUMBER_SHOWN]
        )
        choices = [
            (
                document.id or 0,
                f"{document.region or '地区未识别'} "
                f"《{clip(shown_title(document), _SAME_NUMBER_TITLE)}》",
            )
            for document in documents[:_SAME_NUMBER_SHOWN]
        ]
        what = f"“{echo(typed)}”" if by_title else f"文号{echo(typed)}"
        raise SeveralDocuments(f"{what}对应多份文件,请改用文档编号指定:{listed}", choices)
    return documents[0]  # versions of one plan: the newest


_TITLE_MARKS = re.compile(r"[《》〈〉“”\"'\s]")


def _titled(session: Session, typed: str, becoming: str | None) -> list[Document]:
    """The documents, newest first, whose title (or short title) holds every word of
    ``typed`` (《》 and spaces aside); those already ``becoming`` are left out."""
    words = [_TITLE_MARKS.sub("", word) for word in typed.split()]
    words = [word for word in words if word]
    # one word must be a name's length: single characters apart ("/retire 市 区") each match
    # almost every title, and the one title holding both was retired silently (attack45)
    if not words or max(len(word) for word in words) < _TITLE_WORD_CHARS:
        return []
    if all(word in _GENRE_WORDS for word in words):
        # /retire 计划 names a kind of document, not one: when a single title happened to
        # hold it, that plan was retired silently (review45)
        return []
    found = []
    for document in session.exec(select(Document).order_by(col(Document.id).desc())).all():
        if becoming is not None and document.status == becoming:
            continue
        titles = _TITLE_MARKS.sub("", f"{document.title or ''}|{document.short_title or ''}")
        if all(word in titles for word in words):
            found.append(document)
    if becoming != DocumentStatus.ACTIVE:
        # /retire 青禾…计划 of a plan whose older version is already replaced: the one in force
        active = [document for document in found if document.status == DocumentStatus.ACTIVE]
        found = active or found
    return found


# Words every kind of plan's title writes: alone they name no document.
_GENRE_WORDS = frozenset(
    {
        "计划",
        "方案",
        "通知",
        "意见",
        "办法",
        "规划",
        "决定",
        "细则",
        "规定",
        "纲要",
        "措施",
        "行动",
        "实施",
        "关于",
        "印发",
        "文件",
        "政策",
        "工作",
        "要点",
        "三年",
        "五年",
        "实施方案",
        "行动计划",
    }
)
# Fewer characters than this name no document by its title. Two is a place's name (/retire 澄川
# of the one plan titled 澄川市…, trial45 L1); one character would match almost every title, and
# several matches are asked about anyway, never retired silently.
_TITLE_WORD_CHARS = 2


# How many documents sharing a typed 文号 the question of which is meant lists.
_SAME_NUMBER_SHOWN = 5
_SAME_NUMBER_TITLE = 30  # each title's characters there (a phone's line)


def resolve_document(engine: Engine, reference: str) -> DocumentView:
    with Session(engine) as session:
        return document_view(find_document(session, reference))


def retire_document(
    engine: Engine,
    actor_id: int,
    reference: str,
    status: str = DocumentStatus.EXPIRED,
    *,
    now: datetime | None = None,
) -> DocumentView:
    """Mark a document superseded or expired: its facts leave answers and reminders."""
    if status not in (DocumentStatus.SUPERSEDED, DocumentStatus.EXPIRED):
        raise EditError("状态应为 superseded(已被替代)或 expired(已失效)。")
    return _set_status(engine, actor_id, reference, status, "retire", now)


def restore_document(
    engine: Engine, actor_id: int, reference: str, *, now: datetime | None = None
) -> DocumentView:
    """Make a retired document active again (also one another admin retired, unlike /undo)."""
    return _set_status(engine, actor_id, reference, DocumentStatus.ACTIVE, "restore", now)


def _set_status(
    engine: Engine,
    actor_id: int,
    reference: str,
    status: str,
    action: str,
    now: datetime | None,
) -> DocumentView:
    stamp = now or utcnow()
    with session_scope(engine) as session:
        take_turns(session)
        document = find_document(session, reference, becoming=status)
        if document.status == status:
            raise EditError(f"文档 #{document.id} 已经是「{STATUS_LABELS[status]}」。")
        newer = version_in_force(session, document) if status == DocumentStatus.ACTIVE else None
        if newer is not None:
            raise EditError(f"{in_force_sentence(document, newer)}未作更改。")
        before = {"status": document.status, "superseded_by_id": document.superseded_by_id}
        document.status = status
        if status == DocumentStatus.ACTIVE:
            document.superseded_by_id = None
        elif status == DocumentStatus.SUPERSEDED and document.superseded_by_id is None:
            # /retire 6 superseded beside a later version in force (its 文号, its issuer):
            # that version replaced it, and answers name it (trial43)
            successor = version_in_force(session, document)
            if successor is not None and (successor.id or 0) > (document.id or 0):
                document.superseded_by_id = successor.id
        document.updated_at = stamp
        session.add(document)
        audit.record(
            session,
            actor_id=actor_id,
            action=action,
            entity_kind=audit.DOCUMENT,
            entity_id=document.id,
            before=before,
            after={"status": status, "superseded_by_id": document.superseded_by_id},
            now=stamp,
        )
        return document_view(document, session)
