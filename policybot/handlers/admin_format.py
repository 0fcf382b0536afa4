"""How the admin side's results look in Telegram HTML: facts, upload previews, history lines.

Everything that came from a document or from a user goes through ``html.escape``: a quote with
``<`` or ``&`` would make Telegram refuse the whole message.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from zoneinfo import ZoneInfo

from policybot.clock import zone_label
from policybot.knowledge.answers import format_yuan
from policybot.knowledge.audit import (
    ACTION_LABELS,
    CHAT_TITLE,
    PERSON_KEYS,
    PROGRESS,
    HistoryLine,
    dates_read_downwards,
)
from policybot.knowledge.clipping import (
    DOC_NUMBER_LIMIT,
    LABEL_LIMIT,
    NAME_LIMIT,
    TELEGRAM_LIMIT,
    TITLE_LIMIT,
    VALUE_LIMIT,
    clip,
    fit_lines,
    join_whole,
    visible_length,
)
from policybot.knowledge.editing import (
    FIELDS,
    STATUS_LABELS,
    WORD_KEYS,
    DocumentView,
    FactView,
)
from policybot.knowledge.labels import FACT_KIND_LABELS, fact_kind_label
from policybot.knowledge.models import DocumentStatus, FactKind
from policybot.knowledge.progress import ProgressView
from policybot.knowledge.retirement import HandChange, Retirement
from policybot.knowledge.undo import UndoResult
from policybot.knowledge.uploads import PREVIEW_ITEMS, UNREAD, KnownDocument, UploadPreview
from policybot.knowledge.version_changes import change_lines

KIND_COUNT_LABELS = (
    *((kind, FACT_KIND_LABELS[kind], "项") for kind in FactKind.ALL),
    ("units", "责任单位", "个"),
)
_YUAN_KEYS = frozenset(
    spec.name for specs in FIELDS.values() for spec in specs if spec.kind == "yuan"
)
_FIELD_LABELS = {
    **{spec.name: spec.label for specs in FIELDS.values() for spec in specs},
    "status": "状态",
    "superseded_by_id": "替代文档",
    "user_id": "用户",
    "granted_by": "授权人",
    "target_id": "目标",
    "chat_id": "聊天",
    "unit_id": "单位",
    "reported_by": "报送人",
    "reported_at": "报送时间",
    "note": "说明",
    "reason": "原因",  # of an undo-skip: why the entry can no longer be undone
    "filename": "文件",
}
_PROGRESS_LABELS = {"value": "报送值"}
# The document's words for a date go with an edit of the date, which the line shows already.
# An expired preview's content hash and creation time are for matching its buttons, not reading:
# the line's own time says when it expired.
_UNSHOWN_KEYS = (
    "undone_entry",
    "deleted_at",
    "counts",
    "content_hash",
    "created_at",
    CHAT_TITLE,
    *sorted(WORD_KEYS),
)
# What a line of history names first when a change touches more than it shows.
_FIRST_KEYS = ("target_id", "value", "unit_id", "filename")
_VALUE_LIMIT = 40
EMPTY = "(空)"
RETIRE_ALL_LABEL = "入库并停止以上全部"


def fact_html(view: FactView, *, headline: str | None = None) -> str:
    """A fact as it now stands: every field, its document and its quote."""
    lines = [f"<b>{escape(headline)}</b>"] if headline else []
    document = f"文档 #{view.document_id}"
    if view.document_title:
        document += f"《{escape(clip(view.document_title, TITLE_LIMIT))}》"
    lines.append(f"<b>{escape(clip(view.heading, LABEL_LIMIT))}</b>({document})")
    if view.deleted:
        lines.append("⚠️ 已删除(不再出现在回答和提醒中)")
    if view.document_status != DocumentStatus.ACTIVE:
        lines.append(f"⚠️ 所属文档{STATUS_LABELS.get(view.document_status, '')}")
    lines.extend(
        f"{escape(clip(label, NAME_LIMIT))}:{escape(clip(value, LABEL_LIMIT))}"
        for label, value in view.rows
    )
    lines.append(f"原文:<i>{escape(clip(view.quote, 200))}</i>")
    return "\n".join(lines)


def document_html(view: DocumentView, *, headline: str) -> str:
    return (
        f"<b>{escape(headline)}</b>\n"
        f"{document_line(view.document_id, view.title, view.doc_number)}\n"
        f"状态:{escape(view.status_label)}"
    )


def document_line(document_id: int, title: str | None, doc_number: str | None) -> str:
    """``文档 #3《title》(文号)``, escaped and clipped: the one way a document is named."""
    shown = escape(clip(title, TITLE_LIMIT) or "(无标题)")
    number = f"({escape(clip(doc_number, DOC_NUMBER_LIMIT))})" if doc_number else ""
    return f"文档 #{document_id}《{shown}》{number}"


def _known(document: KnownDocument) -> str:
    return document_line(document.document_id, document.title, document.doc_number)


# An upload's preview: the first items of a kind on its one line, and the warnings shown.
PREVIEW_SHOWN = 2
PREVIEW_LINE_CHARS = 90
PREVIEW_WARNINGS = 2
# Lines with a figure that gave no fact: how many the preview quotes, and how much of each.
PREVIEW_UNREAD = 3
UNREAD_CHARS = 36
UNREAD_LABEL = "含数字或日期、未读出事项的行"


def preview_html(preview: UploadPreview) -> str:
    """What an admin checks before 确认入库: metadata, counts, first items, what was not read."""
    lines = [f"<b>文件预览</b>:{escape(clip(preview.filename, NAME_LIMIT))}"]
    if preview.existing is not None:
        status = STATUS_LABELS.get(preview.existing.status, preview.existing.status)
        lines.append(f"该文件已存在:{_known(preview.existing)},状态:{escape(status)}。")
        lines.append("内容完全相同,未重复入库。")
        return "\n".join(lines)
    # A phone screen (about 15 lines): the fields two or three to a line, one line per kind of
    # item with its first ones and how many there are, and the first warnings.
    title = clip(preview.title, TITLE_LIMIT) or _caption_note(preview.caption)
    lines.append(f"标题:{escape(title or '未识别')}")
    fields: list[list[tuple[str, str | None]]] = [
        [
            ("文号", clip(preview.doc_number, DOC_NUMBER_LIMIT)),
            ("发文机关", clip(preview.issuer, NAME_LIMIT)),
        ],
        [
            ("地区", clip(preview.region, NAME_LIMIT)),
            ("发布日期", preview.issued.isoformat() if preview.issued else None),
            ("规划期", f"{preview.period[0]}—{preview.period[1]}年" if preview.period else None),
        ],
    ]
    lines.extend(
        " · ".join(f"{label}:{escape(value or '未识别')}" for label, value in row) for row in fields
    )
    counts = ",".join(
        f"{label} {preview.counts.get(key, 0)} {measure}"
        for key, label, measure in KIND_COUNT_LABELS
    )
    lines.append(f"识别结果:{counts}")
    for key, label, _ in KIND_COUNT_LABELS[:4]:
        items = (preview.first_items.get(key) or [])[:PREVIEW_SHOWN]
        if items:
            total = preview.counts.get(key, len(items))
            shown, count = join_whole(items, PREVIEW_LINE_CHARS)
            more = f" 等 {total} 项" if total > count else ""
            lines.append(f"<b>{label}</b>:{escape(shown)}{more}")
    lines.extend(_unread_lines(preview))
    closing = "请核对后点击“确认入库”或“取消”。"
    budget = TELEGRAM_LIMIT - visible_length("\n".join([*lines, closing])) - 1
    retirements = _retirement_lines(preview, budget * 2 // 3)
    lines.extend(retirements)
    budget -= sum(visible_length(line) + 1 for line in retirements)
    if preview.warnings:
        warnings = [f" • {escape(clip(warning, 120))}" for warning in preview.warnings]
        lines.append("<b>⚠️ 未能读取或需要核对</b>:")
        kept = fit_lines(warnings, budget=budget - 20, more=lambda n: f" …另有 {n} 条")
        if len(kept) > PREVIEW_WARNINGS + 1:
            kept = [*kept[:PREVIEW_WARNINGS], f" …另有 {len(warnings) - PREVIEW_WARNINGS} 条"]
        lines.extend(kept)
    lines.append(closing)
    return "\n".join(lines)


ITEMS_LABEL = "全部条目"
ITEMS_PER_PAGE = 15
ITEM_CHARS = 120
# The list comes below the preview, a scroll away from its buttons on a phone: its last page
# says where they are (the list quotes the preview, and a tap on the quote goes there).
ITEMS_CLOSING = "核对无误请回到上方预览点“确认入库”,有误点“取消”。"


def item_pages(filename: str, lists: Mapping[str, list[str]]) -> list[str]:
    """A pending upload's every item (全部条目), numbered by kind, ``ITEMS_PER_PAGE`` lines a
    page and each page within Telegram's limit, with 第 i/n 页 as other paged replies end; the
    last page says where to confirm (``ITEMS_CLOSING``)."""
    head = f"<b>{ITEMS_LABEL}</b>:{escape(clip(filename, NAME_LIMIT))}"
    pages: list[list[str]] = []
    page: list[str] = []
    for kind, items in lists.items():
        label = UNREAD_LABEL if kind == UNREAD else FACT_KIND_LABELS.get(kind, kind)
        measure = "行" if kind == UNREAD else "项"
        for number, item in enumerate(items, 1):
            line = f"{number}. {escape(clip(item, ITEM_CHARS))}"
            full = len(page) >= ITEMS_PER_PAGE or visible_length("\n".join([*page, line])) > (
                TELEGRAM_LIMIT - 200
            )
            if full:
                pages.append(page)
                page = []
            if number == 1 or not page:
                more = "" if number == 1 else "(续)"
                page.append(f"<b>{label}</b>{more}(共 {len(items)} {measure})")
            page.append(line)
    if page or not pages:
        pages.append(page or ["未读出目标、节点、奖励或任务。"])
    pages[-1] = [*pages[-1], "", ITEMS_CLOSING]
    texts = [f"{head}\n" + "\n".join(body) for body in pages]
    if len(texts) > 1:
        texts = [f"{text}\n\n第 {n}/{len(texts)} 页" for n, text in enumerate(texts, 1)]
    return texts


def hides_items(preview: UploadPreview) -> bool:
    """Whether the preview leaves items out (it shows the first ``PREVIEW_SHOWN`` of each kind,
    no tasks and the first ``PREVIEW_UNREAD`` unread lines): then it offers 全部条目."""
    shown = min(PREVIEW_SHOWN, PREVIEW_ITEMS)
    kinds = [preview.counts.get(key, 0) for key, _, _ in KIND_COUNT_LABELS[:4]]
    return (
        preview.tasks > 0
        or any(count > shown for count in kinds)
        or len(preview.unread) > PREVIEW_UNREAD
    )


def _unread_lines(preview: UploadPreview) -> list[str]:
    """The lines with a figure or a date that gave no fact: how many, and the first few, one
    short line each, so the admin can find them in the file and check them."""
    if not preview.unread:
        return []
    lines = [f"<b>⚠️ {UNREAD_LABEL}</b>:{len(preview.unread)} 行"]
    lines.extend(
        f" • 第{line.number}行 {escape(clip(line.text, UNREAD_CHARS))}"
        for line in preview.unread[:PREVIEW_UNREAD]
    )
    if len(preview.unread) > PREVIEW_UNREAD:
        lines.append(f" …另有 {len(preview.unread) - PREVIEW_UNREAD} 行,见“{ITEMS_LABEL}”")
    return lines


def _caption_note(caption: str | None) -> str | None:
    """For a plan without a title: what answers and confirmations will call it instead."""
    return f"未识别,将称作 {clip(caption, TITLE_LIMIT)}" if caption else None


def _retirement_lines(preview: UploadPreview, budget: int) -> list[str]:
    """Every document confirming would retire, and the ones that need their own button."""
    inside = [r for r in preview.retirements if r.within_jurisdiction]
    outside = preview.outside_jurisdiction
    lines: list[str] = []
    if inside:
        lines.append("<b>ℹ️ 确认入库后将停止执行</b>(标记为“已被替代”,保留在历史中):")
        lines.extend(fit_lines([f" • {retirement_line(r)}" for r in inside], budget=budget // 2))
        if preview.changes is not None and preview.changes.any:  # what the new version changes
            lines.extend(f"   {escape(line)}" for line in change_lines(preview.changes))
    for clash in preview.number_clashes:
        title = escape(clip(clash.title or "", TITLE_LIMIT))
        region = escape(clip(clash.region, NAME_LIMIT) or "地区未识别")
        lines.append(
            f"⚠️ 文号与文档 #{clash.document_id}《{title}》({region})相同,"
            "但地区或发文机关不同,不会替换"
        )
    if outside:
        lines.append("<b>⚠️ 本文件还要求停止执行以下文件,但它们不属于本文件的地区或发文机关</b>:")
        lines.extend(fit_lines([f" • {retirement_line(r)}" for r in outside], budget=budget // 2))
        lines.append(
            f"点“确认入库”时它们<b>保持有效</b>;确属本文件废止的,请点“{RETIRE_ALL_LABEL}”。"
        )
    return lines


_RETIREMENT_WHY = {
    "number": "同文号,将被新版本替换",
    "named": "本文件声明停止执行",
    "title": "同标题,视为同一规划的新文本,将被替换",
    "other_number": "文号相同,但地区或发文机关不同,不会替换",
}


# The same, once confirming has retired them.
_RETIRED_WHY = {
    "number": "同文号,已由新版本替换",
    "named": "本文件声明停止执行",
    "title": "同标题,视为同一规划的新文本,已替换",
    "other_number": "文号相同,但地区或发文机关不同,未替换",
}


def retirement_line(retirement: Retirement, *, done: bool = False) -> str:
    """A document to retire (``done``: retired), with its region and why: the same doc number,
    or named."""
    named = document_line(retirement.document_id, retirement.title, retirement.doc_number)
    region = escape(clip(retirement.region, NAME_LIMIT) or "地区未识别")
    why = (_RETIRED_WHY if done else _RETIREMENT_WHY)[retirement.reason]
    line = f"{named}({region};{why})"
    if retirement.hand_changes and not done:
        changes = retirement.hand_changes
        line += f"\n   ⚠️ 其中{len(changes)}项管理员的修改不会带入新版本:"
        line += "".join(f"\n   – {hand_change_line(change)}" for change in changes[:HAND_SHOWN])
        if len(changes) > HAND_SHOWN:
            line += f"\n   等{len(changes)}项"
    return line


# How many of a document's hand changes the preview names, one line each, before 等N项, and
# how much of each item's name (a phone's line).
HAND_SHOWN = 3
HAND_NAME_LIMIT = 24


def hand_change_line(change: HandChange) -> str:
    """删除 目标 #12 新增示范牌产品: what an admin did to which item, briefly."""
    action = ACTION_LABELS.get(change.action, change.action)
    kind = fact_kind_label(change.kind)
    return f"{action} {kind} #{change.fact_id} {escape(clip(change.name, HAND_NAME_LIMIT))}"


# Newest first is the order changes were made in; times are those of the clock each was made
# under, which differ when a store was also used by ``policybot chat --now``.
MIXED_CLOCKS_NOTE = (
    "注:按修改先后排列(最新在上);部分修改在不同的时钟下记录(如离线对话 --now),时间不一定依次递减。"
)


def history_html(
    lines: list[HistoryLine],
    zone: ZoneInfo,
    *,
    title: str,
    names: Mapping[int, str] | None = None,
    chats: Mapping[int, str] | None = None,
) -> str:
    """One line per change; its author by the name the change was made under, else by the
    name known now (``names``: entries from before names were kept), else by id; a chat it
    names by its name (``chats``, ``audit.chat_names``) beside its id, as an author is."""
    names = names or {}
    chats = chats or {}
    if not lines:
        return f"<b>{escape(title)}</b>\n暂无修改记录。"
    # the times' zone once, on the title line (北京时间, or UTC+09:00 under another zone)
    rendered = [f"<b>{escape(title)}</b>({zone_label(zone, lines[0].created_at)})"]
    for line in lines:
        when = line.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        if line.actor_id is None:
            who = "系统"
        else:
            # The id always shows: a name is what the person chose to be called (and may copy
            # another's), the id is who they are.
            known = line.actor_name or names.get(line.actor_id)
            who = f"{known} · {line.actor_id}" if known else f"用户 {line.actor_id}"
        text = f"#{line.entry_id} {when} {who} {line.action_label} {line.entity_label}"
        if line.document_title and not _document_title(line):
            text += f"《{clip(line.document_title, _VALUE_LIMIT)}》"
        changes = _changes(line, chats, names)
        if changes:
            # 入库 文档 #6《…》 as the upload's own reply names it (已入库:文档 #6《…》); a colon
            # goes before what changed only.
            text += changes if _document_title(line) else f":{changes}"
        if line.undone:
            text += "(已撤销)"
        rendered.append(escape(text))
    if not dates_read_downwards(lines):
        rendered.append(MIXED_CLOCKS_NOTE)
    return "\n".join(rendered)


def _replaced(line: HistoryLine) -> str:
    """(替代 #6) after an upload that retired older plans, as its reply said (旧版本文档 #6 已
    标记为“已被替代”): the trail shows why #6 stopped counting."""
    if line.action != "ingest":
        return ""
    retired = next((after for key, _, after in line.changes if key == "retired"), None)
    if not isinstance(retired, list) or not retired:
        return ""
    return f"(替代 {'、'.join(f'#{document_id}' for document_id in retired)})"


def _document_title(line: HistoryLine) -> str | None:
    """An ingest (or its undo) is best named by the document's title."""
    if line.entity_kind != "document":
        return None
    return next((after or before for key, before, after in line.changes if key == "title"), None)


def _changes(line: HistoryLine, chats: Mapping[int, str], names: Mapping[int, str]) -> str:
    title = _document_title(line)
    if title:
        return f"《{clip(str(title), _VALUE_LIMIT)}》{_replaced(line)}"
    parts = []
    shown = [change for change in line.changes if change[0] not in _UNSHOWN_KEYS]
    shown.sort(key=lambda change: change[0] not in _FIRST_KEYS)  # stable: the rest stay sorted
    for key, before, after in shown[:4]:
        labels = _PROGRESS_LABELS if line.entity_kind == PROGRESS else {}
        label = labels.get(key) or _FIELD_LABELS.get(key) or key
        if key == "chat_id":
            before, after = _chat(before, chats), _chat(after, chats)
        elif key in PERSON_KEYS:
            before, after = _person(before, names), _person(after, names)
        elif key in _YUAN_KEYS:
            before, after = _yuan(before), _yuan(after)
        parts.append(f"{label} {_value(before)} → {_value(after)}{_list_change(before, after)}")
    return ";".join(parts)


def _person(user_id: object, names: Mapping[int, str]) -> object:
    """``林小禾 (@lin_xiaohe) · 4003`` for a person whose name is known, as authors are shown."""
    name = names.get(user_id) if isinstance(user_id, int) else None
    return f"{name} · {user_id}" if name else user_id


def _list_change(before: object, after: object) -> str:
    """What a list field gained or lost, when it only gained or only lost names:
    "(新增 区标准化研究院)"; nothing when it was empty before (its new names say it)."""
    if not isinstance(before, list) or not isinstance(after, list) or not before:
        return ""
    added = [item for item in after if item not in before]
    removed = [item for item in before if item not in after]
    if added and not removed:
        return f"(新增 {clip('、'.join(map(str, added)), _VALUE_LIMIT)})"
    if removed and not added:
        return f"(删除 {clip('、'.join(map(str, removed)), _VALUE_LIMIT)})"
    return ""


def _chat(chat_id: object, chats: Mapping[int, str]) -> object:
    """``群名 · -100123`` for a chat whose name is known: the id alone says nothing to a reader."""
    name = chats.get(chat_id) if isinstance(chat_id, int) else None
    return f"{clip(name, NAME_LIMIT)} · {chat_id}" if name else chat_id


def _yuan(amount: object) -> object:
    """A sum as answers show it: 700000 → 70万元."""
    return format_yuan(float(amount)) if isinstance(amount, int | float) else amount


def _value(value: object) -> str:
    """A snapshot's value as a reader says it: a list as its names (区甲局、区乙局), an empty
    one or an empty text as (空), no value at all (nothing before a creation) as —."""
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return clip("、".join(str(item) for item in value), _VALUE_LIMIT) if value else EMPTY
    if isinstance(value, str) and not value.strip():
        return EMPTY
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str) and value in STATUS_LABELS:
        return STATUS_LABELS[value]
    return clip(str(value), _VALUE_LIMIT)


def undo_html(result: UndoResult) -> str:
    return f"<b>已撤销</b>\n{escape(result.description)}"


def progress_html(view: ProgressView, zone: ZoneInfo) -> str:
    unit = clip(view.unit, NAME_LIMIT)
    when = view.reported_at.astimezone(zone).strftime("%Y-%m-%d")
    value, target = (
        clip(_value(view.value), VALUE_LIMIT),
        clip(_value(view.target_value), VALUE_LIMIT),
    )
    lines = [
        "<b>进展已记录</b>",
        f"目标 #{view.target_id}:{escape(clip(view.subject, LABEL_LIMIT))}",
        f"报送值:{escape(value + unit)}(目标 {escape(target + unit)})",
        f"报送日期:{when}",
        f"报送编号:#{view.report_id}(管理员可用 /delreport {view.report_id} 删除)",
    ]
    if view.share is not None:
        lines.append(f"完成比例:{view.share:.0%}")
    return "\n".join(lines)
