"""Reward conditions as answers show them: one short line per condition, under the rewards.

A reward's sum means little without the clause that caps it or forbids stacking it ("就高不重复",
"每个企业最高不超过20万元"), so every answer that lists rewards ends with the conditions of the
documents those rewards come from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge.clipping import clip_whole, outside_amount
from policybot.knowledge.excluded_places import (
    COUNTY_ENDINGS,
    NOTE_PARTS,
    excluded_parts,
    leaves_out,
    names_place,
)
from policybot.knowledge.models import Document, FactKind, RewardCondition
from policybot.knowledge.places_asked import COUNTY_NAMED, asks_about_place
from policybot.knowledge.provinces import gazetteer_parents
from policybot.knowledge.reward_terms import rule_of_cap
from policybot.knowledge.search import KnowledgeIndex
from policybot.knowledge.stacked_rewards import against_level_above

KIND_LABELS = {
    "no_stacking": "不重复奖励",
    "overall_cap": "奖励上限",
    "scope": "适用范围",
    "other": "说明",
    "eligibility": "资格条件",
}
MAX_LINES = 3
_TEXT_LIMIT = 60


def condition_notes(engine: Engine, cited: Iterable[tuple[int, str]]) -> tuple[str, ...]:
    """At most ``MAX_LINES`` lines "注(不重复奖励):…" for the conditions of the documents the
    rewards listed (``cited``: each line's document id and quote) come from. A cap closing one
    rule's own sentence ("对…按每项8万元给予奖励,同一单位年度奖励总额不超过40万元") is that rule's:
    noted only when the list holds that rule."""
    quotes: dict[int, list[str]] = {}
    for document_id, quote in cited:
        quotes.setdefault(document_id, []).append(quote)
    ids = sorted(quotes)
    if not ids:
        return ()
    with Session(engine) as session:
        rows = session.exec(
            select(RewardCondition)
            .where(col(RewardCondition.document_id).in_(ids))
            .order_by(col(RewardCondition.document_id), col(RewardCondition.id))
        ).all()
    reached = [row for row in rows if _reaches(row, quotes[row.document_id])]
    whose = _whose(engine, reached)
    lines = [
        f"注({KIND_LABELS.get(row.kind, '说明')}{whose.get(row.document_id, '')}):{_clip(row.text)}"
        for row in reached
    ]
    if len(lines) > MAX_LINES:
        # a cap is never left to 见原文: the sum it bounds would read as the whole answer
        kept = [
            line
            for number, (row, line) in enumerate(zip(reached, lines, strict=True))
            if number < MAX_LINES or row.kind == "overall_cap"
        ]
        hidden = len(lines) - len(kept)
        lines = [*kept, f"另有{hidden}条奖励条件,见原文。"] if hidden else kept
    return tuple(lines)


def _whose(engine: Engine, rows: list[RewardCondition]) -> dict[int, str]:
    """ " · 示范市" per document when the notes come from several: whose condition each is (a
    cap or scope read as another plan's misleads); nothing when one document gives them all."""
    ids = sorted({row.document_id for row in rows})
    if len(ids) < 2:
        return {}
    with Session(engine) as session:
        documents = session.exec(select(Document).where(col(Document.id).in_(ids))).all()
    names = {doc.id: doc.region or doc.short_title or doc.title or "" for doc in documents}
    if len(set(names.values())) < len(ids):
        # two plans of one region: their short titles tell them apart
        names = {doc.id: doc.short_title or doc.title or "" for doc in documents}
    return {key: f" · {name}" for key, name in names.items() if key is not None and name}


def _reaches(row: RewardCondition, quotes: list[str]) -> bool:
    """Whether a condition speaks of the rewards listed: a rule's own cap only of that rule, and
    a rule's own 与市级奖励不重复享受 (in the sentence granting it) only of that rule (attack59
    L4: the 国家标准 rule's clause noted under the 能源管理体系 reward)."""
    text = row.text or row.quote
    if row.kind == "no_stacking" and against_level_above(text):
        return any(quote in text or text in quote for quote in quotes)
    grant = rule_of_cap(text) if row.kind == "overall_cap" else None
    return grant is None or any(grant in quote or quote in text for quote in quotes)


_SCOPE_NOTE = f"注({KIND_LABELS['scope']})"


def scope_leaves_out(notes: Iterable[str], places: Iterable[str]) -> bool:
    """Whether a rule's stated scope (注(适用范围):适用于衢州市级、柯城区、衢江区) leaves out every
    county asked about: it lists other counties of their city and not them (常山县), or names them
    as excluded (本意见不适用于醴陵市、攸县). A county it reaches, asked beside one it does not
    (天元区和攸县), keeps the rule's answer, its scope shown below it. ``places``: the places
    asked that the answer's documents are not of."""
    asked = [place for place in places if place.endswith(COUNTY_ENDINGS)]
    scopes = [note for note in notes if note.startswith(_SCOPE_NOTE)]
    return bool(asked and scopes) and all(
        any(leaves_out(scope, place) for scope in scopes) for place in asked
    )


def excluded_places_named(engine: Engine, index: KnowledgeIndex, question: str) -> tuple[str, ...]:
    """The districts and counties a question names that a document's reward scope names as
    excluded (本办法不适用于东岭区、西岭区) and that neither the store's regions nor the gazetteer
    know: an invented or new district the question parser cannot tell for a place, which the
    rule's own sentence does (``scope_leaving_out`` then answers it)."""
    ids = [document.id for document in index.documents()]
    if not ids or not COUNTY_NAMED.search(question):
        return ()  # (most questions name no county: no query for them)
    with Session(engine) as session:
        scopes = session.exec(
            select(RewardCondition.text, RewardCondition.quote).where(
                col(RewardCondition.document_id).in_(ids), RewardCondition.kind == "scope"
            )
        ).all()
    named: list[str] = []
    for text, quote in scopes:
        for part in excluded_parts(text or quote):
            for name in NOTE_PARTS.split(part):
                name = name.strip()
                if (
                    len(name) >= 3
                    and name.endswith(COUNTY_ENDINGS)
                    and asks_about_place(index, question, name)
                    and name not in index.names.region_aliases
                    and not gazetteer_parents(name)
                ):
                    named.append(name)
    others = {
        match.group(1)
        for match in COUNTY_NAMED.finditer(question)
        if match.group(1) not in named
        and match.group(1).endswith(COUNTY_ENDINGS[:2])
        and match.group(1) not in index.names.region_aliases
        and index.mentions(match.group(1))
        and asks_about_place(index, question, match.group(1))  # (not 东岭区 of 新东岭区)
    }
    if others:
        return ()  # 东岭区和南岭区: a district the rules do not exclude is answered, scope shown
    return tuple(dict.fromkeys(named))


def places_asked(index: KnowledgeIndex, question: str, places: Iterable[str]) -> list[str]:
    """The districts and counties ``question`` asks about: ``places`` (what the parser read)
    and the names the documents write that it gives whole (东岭区, which the parser may read as
    a word), those it leaves out (除东岭区外) or gives as the end of a longer name not."""
    named = [
        *places,
        *(
            match.group(1)
            for match in COUNTY_NAMED.finditer(question)
            if index.mentions(match.group(1))
        ),
    ]
    return [
        place
        for place in dict.fromkeys(named)
        if place.endswith(COUNTY_ENDINGS[:2]) and asks_about_place(index, question, place)
    ]


def rule_leaves_out(quote: str, place: str) -> bool:
    """Whether a rule's own sentence leaves ``place`` out ("…给予30万元奖励,东岭区企业除外")."""
    return any(names_place(part, place) for part in excluded_parts(quote))


@dataclass(frozen=True)
class ScopeLeavesOut:
    """A place a document's stated scope leaves out: the place, the document, the sentence."""

    place: str
    document: str
    scope: str
    document_id: int = 0

    @property
    def reason(self) -> str:
        """One line for a 未找到: the document's own sentence, then what it leaves out."""
        return f"《{self.document}》写明“{_clip(self.scope)}”,不含{self.place}"


def scope_leaving_out(
    engine: Engine, index: KnowledgeIndex, places: Iterable[str]
) -> ScopeLeavesOut | None:
    """A county asked about (龙游县, 江山市) that no document of its own covers, whose city's
    documents state a reward scope leaving it out ("奖励政策适用于衢州市级、柯城区、衢江区",
    "本意见不适用于醴陵市、攸县"; ``leaves_out``): those rules are not the county's, and the
    answer says so with the sentence, never another rule's sum nor "收录的文件没有…". A place
    no gazetteer knows (东岭区, ``excluded_places_named``) is looked for in the documents that
    name it, and counts only when one of their scopes excludes it."""
    asked = list(dict.fromkeys(place for place in places if place.endswith(COUNTY_ENDINGS)))
    found: ScopeLeavesOut | None = None
    for place in asked:
        parents = gazetteer_parents(place)
        # (a place no gazetteer knows: the documents that name it, which may exclude it)
        ids = [
            document.id
            for document in index.documents()
            if document.region_id is not None and index.region_name(document.region_id) in parents
        ] or (sorted(index.documents_mentioning(place)) if not parents else [])
        if not ids:
            continue
        rows = _scope_rows(engine, ids)
        leaving = next((row for row in rows if leaves_out(row.text or row.quote, place)), None)
        if leaving is not None:
            # one document's "本办法不适用于东岭区" is said of its own rules: another document
            # whose rewards it does not leave out still answers for the place
            excluding = {
                row.document_id for row in rows if leaves_out(row.text or row.quote, place)
            }
            rewarded = index.positions_of_kind(FactKind.REWARD)
            if any(
                document_id not in excluding and index.positions_in_document(document_id) & rewarded
                for document_id in ids
            ):
                leaving = None
        if leaving is None:
            # 天元区和攸县, 东岭区和南岭区 (a district no gazetteer knows, which the documents
            # write and no scope excludes): a place the rules reach is answered, scope shown
            return None
        document = index.document(leaving.document_id)
        found = found or ScopeLeavesOut(
            place, document.name, leaving.text or leaving.quote, document.id
        )
    return found


def documents_reaching(
    engine: Engine, index: KnowledgeIndex, place: str
) -> tuple[tuple[int, ...], frozenset[int]]:
    """For a district or county no gazetteer knows (东岭区): the documents with rewards that
    name it and whose scope does not leave it out, and those whose scope does (本办法不适用于
    东岭区 is said of that document's own rules only)."""
    if not place.endswith(COUNTY_ENDINGS[:2]) or gazetteer_parents(place):
        return (), frozenset()
    rewarded = index.positions_of_kind(FactKind.REWARD)
    ids = sorted(
        document_id
        for document_id in index.documents_mentioning(place)
        if index.positions_in_document(document_id) & rewarded
    )
    if not ids:
        return (), frozenset()
    with Session(engine) as session:
        rows = session.exec(
            select(RewardCondition).where(
                col(RewardCondition.document_id).in_(ids), RewardCondition.kind == "scope"
            )
        ).all()
    excluding = frozenset(
        row.document_id for row in rows if leaves_out(row.text or row.quote, place)
    )
    return tuple(each for each in ids if each not in excluding), excluding


def _scope_rows(engine: Engine, document_ids: Iterable[int]) -> list[RewardCondition]:
    """The scope conditions of ``document_ids``, in the order they were read."""
    with Session(engine) as session:
        return list(
            session.exec(
                select(RewardCondition)
                .where(
                    col(RewardCondition.document_id).in_(list(document_ids)),
                    RewardCondition.kind == "scope",
                )
                .order_by(col(RewardCondition.id))
            ).all()
        )


def scopes_leaving_out(engine: Engine, document_ids: Iterable[int], place: str) -> dict[int, str]:
    """Of ``document_ids``, those whose stated reward scope leaves ``place`` out (本办法不适用于
    东岭区; ``leaves_out``), each with that sentence: said of that document's own rules only."""
    ids = sorted(set(document_ids))
    if not ids or not place.endswith(COUNTY_ENDINGS):
        return {}
    rows = _scope_rows(engine, ids)
    leaving: dict[int, str] = {}
    for row in rows:
        sentence = row.text or row.quote
        if row.document_id not in leaving and leaves_out(sentence, place):
            leaving[row.document_id] = sentence
    return leaving


def left_out_note(place: str, count: int, document: str = "", sentence: str = "") -> str:
    """One line under a list of rewards saying what it leaves out for ``place`` and why: the
    rules of a document whose scope excludes it (its title and that sentence), or rules whose
    own sentence does (…,东岭区企业除外)."""
    if document:
        title = clip_whole(document, _TITLE_IN_NOTE)
        return f"未列出《{title}》的{count}条:其写明“{clip_whole(sentence, _SCOPE_IN_NOTE)}”"
    return f"未列出{count}条奖励:原文写明不含{place}"


_TITLE_IN_NOTE = 20  # (a plan period in brackets goes whole or not at all)
_SCOPE_IN_NOTE = 24


def document_conditions(engine: Engine, document_id: int) -> list[tuple[str, str]]:
    """The document's stored conditions as (kind, clause), in document order (the reward
    calculator applies them)."""
    with Session(engine) as session:
        rows = session.exec(
            select(RewardCondition)
            .where(col(RewardCondition.document_id) == document_id)
            .order_by(col(RewardCondition.id))
        ).all()
    return [(row.kind, row.text or row.quote) for row in rows]


def _clip(text: str) -> str:
    return text if len(text) <= _TEXT_LIMIT else text[: outside_amount(text, _TEXT_LIMIT - 1)] + "…"
