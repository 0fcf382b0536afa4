"""The admins' glossary entries: preview, add, delete (each audited, each undoable).

An entry says "people write ``term``, the documents write ``means``" (规上 → 规模以上). The
preview says what an entry would do before it is stored: whether the documents already use the
term themselves (then questions keep it as written and only sentence search learns the other
form), how many sentences write the meaning, and which built-in entry it replaces. The
question service sees a change at once: a new row or an audit entry moves the store version.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit, vocabulary
from policybot.knowledge.database import session_scope, take_turns
from policybot.knowledge.glossary import BUILT_IN, MAX_TERM
from policybot.knowledge.models import GlossaryEntry, utcnow

GLOSSARY = "glossary"
SEPARATOR = re.compile(r"\s*(?:=|＝|->|→|:|:)\s*")


class GlossaryError(ValueError):
    """An entry that cannot be stored as asked; ``str()`` is a Chinese sentence for the user."""


@dataclass(frozen=True)
class GlossaryView:
    id: int | None
    term: str
    means: str


@dataclass(frozen=True)
class GlossaryPreview:
    term: str
    means: str
    documents_use_term: bool  # the term itself stands in the documents' sentences
    sentences_with_meaning: int
    replaces_built_in: str | None  # the built-in meaning this entry overrides
    replaces_entry: GlossaryView | None  # an admin's earlier entry for the same term


def parse_entry(text: str) -> tuple[str, str]:
    """``规上 = 规模以上`` (also ``规上→规模以上``, ``规上 规模以上``) → (term, means)."""
    parts = [p for p in SEPARATOR.split(text.strip(), maxsplit=1) if p.strip()]
    if len(parts) != 2:
        parts = text.split(maxsplit=1)
    if len(parts) != 2:
        raise GlossaryError("用法:/glossary 简称 = 文件里的写法,例如 /glossary 规上 = 规模以上")
    term, means = (_clean(part) for part in parts)
    if term == means:
        raise GlossaryError("两边写法相同,不需要添加。")
    _check_term(term)
    return term, means


# A term shorter than this is a single character: it stands inside countless words.
MIN_TERM = 2


def _check_term(term: str) -> None:
    """Refuse a term that would rewrite nearly every question: a single character (的 stands
    in 目标的, 省级的…) or a function word (但是, 关于, 什么), which questions are full of."""
    if len(term.replace(" ", "")) < MIN_TERM:
        raise GlossaryError(
            f"“{term}”只有一个字,不能作为词条:单个字出现在大量词语和问题里,"
            f"会改写无关的问题。词条至少 {MIN_TERM} 个字,例如 /glossary 规上 = 规模以上"
        )
    if vocabulary.is_function_word(term):
        raise GlossaryError(
            f"“{term}”是虚词或代词(如 的、和、关于、但是、什么),几乎每个问题都有,"
            "不能作为词条,否则会改写无关的问题。请写一个具体的简称,例如 /glossary 规上 = 规模以上"
        )


def check_places(term: str, means: str, places: dict[str, set[str]]) -> None:
    """Refuse an entry whose two sides are different places (南海 = 顺德): every question about
    the term's place would be read as about the other one, and the first place's content could
    no longer be asked for. ``places`` holds, for each side that names a place, the full names
    of the places it may mean (a short name, a full name, a former name: 襄樊 → 襄阳市). Two
    names of one place (南海 = 南海区, a former and a current name) pass."""
    term_places, means_places = places.get(term, set()), places.get(means, set())
    if not term_places or not means_places or term_places & means_places:
        return
    raise GlossaryError(
        f"“{term}”和“{means}”都是地名({_shown(term_places)};{_shown(means_places)}),"
        "而且不是同一个地方,不能添加:"
        f"添加后问“{term}”的问题都会按“{means}”回答,“{term}”的内容就查不到了。"
        f"地名的简称和全称机器人已认得;要对比两地请用 /compare {term} {means}。"
    )


def _shown(places: set[str]) -> str:
    """The places' names, a name that ends another one left out (南海区 of 佛山市南海区)."""
    kept = [name for name in places if not any(o != name and o.endswith(name) for o in places)]
    return "、".join(sorted(kept))


def _clean(text: str) -> str:
    text = vocabulary.normalise(unicodedata.normalize("NFKC", text)).strip(" “”\"'")
    if not text:
        raise GlossaryError("词语不能为空。")
    if len(text) > MAX_TERM:
        raise GlossaryError(f"词语最长 {MAX_TERM} 个字。")
    if any(unicodedata.category(char)[0] in "CZ" and char != " " for char in text):
        raise GlossaryError("词语里不能有控制字符或换行。")
    if not any(char.isalnum() for char in text):
        raise GlossaryError("用法:/glossary 简称 = 文件里的写法,例如 /glossary 规上 = 规模以上")
    return text


def preview(
    engine: Engine, term: str, means: str, *, sentences: list[str], used: bool
) -> GlossaryPreview:
    """What adding ``term`` → ``means`` would do (``sentences``: the documents' sentences;
    ``used``: whether they use ``term`` itself)."""
    built_in = dict(BUILT_IN).get(term)
    with Session(engine) as session:
        existing = _live(session, term)
    return GlossaryPreview(
        term=term,
        means=means,
        documents_use_term=used,
        sentences_with_meaning=sum(1 for sentence in sentences if means in sentence),
        replaces_built_in=built_in,
        replaces_entry=_view(existing) if existing else None,
    )


def add_entry(
    engine: Engine, actor_id: int, term: str, means: str, *, now: datetime | None = None
) -> GlossaryView:
    """Store ``term`` → ``means`` (an admin's earlier entry for the term is replaced)."""
    stamp = now or utcnow()
    with session_scope(engine) as session:
        take_turns(session)  # two adds of one term at once each kept theirs: two live entries
        existing = _live(session, term)
        before = None
        if existing is not None:
            before = _snapshot(existing)
            existing.deleted_at = stamp
            session.add(existing)
        entry = GlossaryEntry(term=term, means=means, created_by=actor_id, created_at=stamp)
        session.add(entry)
        session.flush()
        audit.record(
            session,
            actor_id=actor_id,
            action="create",
            entity_kind=GLOSSARY,
            entity_id=entry.id,
            before=before,
            after=_snapshot(entry),
            now=stamp,
        )
        return _view(entry)


def delete_entry(
    engine: Engine, actor_id: int, term: str, *, now: datetime | None = None
) -> GlossaryView:
    stamp = now or utcnow()
    term = _clean(term)
    with session_scope(engine) as session:
        take_turns(session)
        entry = _live(session, term)
        if entry is None:
            if term in dict(BUILT_IN):
                raise GlossaryError(f"“{term}”是内置词条,不能删除;可以用新词条改写它的意思。")
            raise GlossaryError(f"词汇表里没有“{term}”。")
        entry.deleted_at = stamp
        session.add(entry)
        audit.record(
            session,
            actor_id=actor_id,
            action="delete",
            entity_kind=GLOSSARY,
            entity_id=entry.id,
            before=_snapshot(entry) | {"deleted_at": None},
            after=_snapshot(entry),
            now=stamp,
        )
        return _view(entry)


def list_entries(engine: Engine) -> list[GlossaryView]:
    with Session(engine) as session:
        rows = session.exec(
            select(GlossaryEntry)
            .where(col(GlossaryEntry.deleted_at).is_(None))
            .order_by(col(GlossaryEntry.term))
        ).all()
        return [_view(row) for row in rows]


def look_up(engine: Engine, word: str) -> list[tuple[str, str]]:
    """The entries whose short form or meaning holds ``word``, as (term, means): the admins'
    first, then the built-in ones an admin's entry of the same term does not replace."""
    own = [(entry.term, entry.means) for entry in list_entries(engine)]
    overridden = {term for term, _ in own}
    pairs = own + [(term, means) for term, means in BUILT_IN if term not in overridden]
    return [(term, means) for term, means in pairs if word in term or word in means]


def revert(
    session: Session,
    action: str,
    entity_id: int | None,
    before: dict[str, Any] | None,
    now: datetime | None = None,
) -> str:
    """Undo of an entry's creation (it is deleted, an entry it replaced comes back) or of its
    deletion (it is live again)."""
    entry = session.get(GlossaryEntry, entity_id) if entity_id is not None else None
    if entry is None:
        return "词条已不存在。"
    if action == "create":
        entry.deleted_at = now or utcnow()
        session.add(entry)
        replaced = (before or {}).get("id")
        old = session.get(GlossaryEntry, replaced) if replaced is not None else None
        if old is not None:
            old.deleted_at = None
            session.add(old)
        return f"已撤销添加词条“{entry.term}”。"
    entry.deleted_at = None
    session.add(entry)
    return f"已撤销删除词条“{entry.term}”。"


def _live(session: Session, term: str) -> GlossaryEntry | None:
    return session.exec(
        select(GlossaryEntry)
        .where(col(GlossaryEntry.term) == term, col(GlossaryEntry.deleted_at).is_(None))
        .order_by(col(GlossaryEntry.id).desc())
    ).first()


def _snapshot(entry: GlossaryEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "term": entry.term,
        "means": entry.means,
        "deleted_at": entry.deleted_at,
    }


def _view(entry: GlossaryEntry) -> GlossaryView:
    return GlossaryView(entry.id, entry.term, entry.means)
