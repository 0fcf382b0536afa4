"""Score a question set: is every question the plans answer answered, with its document, and is
everything else refused?

A question set is a JSONL file (``corpus/questions/dev.jsonl``, ``blind.jsonl``; the format is in
``corpus/questions/README.md``). An *answerer* turns ``(question, now)`` into the reply text a
user would read. ``BotAnswerer`` is the bot itself, through exactly the path of ``policybot ask``
(``answer_text``: routed as the chat routes it, every page as ``ask --all``), with the clock fixed at
the question's ``now`` (09:00 that day in the bot's timezone) or the real clock when ``now`` is
null. Any other callable (the BM25 baseline in ``benchmarks/bm25_baseline.py``) is scored the
same way.

The store questions are asked against holds the five bundled plans and every document of the
unseen corpus (``corpus/unseen/dev`` and ``blind``), each through the real ingest path
(``evaluation_store``), so a question about any of them is answered from one store. A corpus
document the ingest refuses is not in that store; questions about it count as unanswered
(``missing_documents`` names them).

Judging a reply (both sides go through ``canonical``: simplified characters, NFKC full/half
width, no whitespace, no quotation marks, one kind of dash and bracket):

* a question the store does not answer (``{"refuse": true}``) is right when the reply says 未找到;
* any other question is right when the reply neither says 未找到 nor hedges (部分相符), holds
  every expected item (one of the alternatives of an ``{"any": [...]}`` item) and cites the
  expected document. The user's own question is cut out of the reply first, so an item the reply
  merely echoes does not count; a number must stand alone ("5万元" is not found in "15万元").
  A document is cited when its stored title or short title, or the first 12 characters of
  either, appears in the reply (a document stored without a title: its doc number, the name the
  bot shows for it; without either the bot shows 文件#id, an internal id that names nothing a
  user could look up, so such a document cannot be cited); a name that also occurs in another
  document's text or title (the Huzhou plan quotes a title close to the Dongtou plan's short
  title) counts only right after 《, the way a citation names a document.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.cli import Shown, answer_text
from policybot.knowledge.answers import NOT_FOUND
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.extract import decode_bytes, normalise_text
from policybot.knowledge.ingest import (
    bundled_seed_paths,
    ingest_file,
    iter_plan_files,
    load_seeds_if_empty,
)
from policybot.knowledge.models import Document, DocumentStatus
from policybot.knowledge.service import QueryService
from policybot.knowledge.vocabulary import to_simplified

KINDS = (
    "target",
    "reward",
    "deadline",
    "unit",
    "task",
    "recurring",
    "document",
    "condition",
    "time",
    "perspective",
    "out_of_store",
)
STYLES = ("plain", "colloquial", "traditional", "typo", "abbrev")
REFUSAL_MARKER = NOT_FOUND
HEDGE_MARKER = "部分相符"
TITLE_PREFIX = 12
DEFAULT_TIMEZONE = "Asia/Shanghai"
# A date-only ``now`` means this time of that day: an ordinary working morning.
ASKED_AT = time(9, 0)
SET_DIR = Path(__file__).resolve().parents[2] / "corpus" / "questions"
CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus" / "unseen"
SPLITS = ("dev", "blind")
# The batches questions were written in, by name: first and last id (corpus/questions/README.md).
# ``split.py`` draws blind per batch; the benchmark reports each batch apart.
BATCHES: dict[str, tuple[str, str]] = {
    "seeds": ("q0001", "q0313"),
    "corpus": ("q0314", "q0479"),
    "staff": ("q0480", "q0627"),
    "spoken": ("q0628", "q0737"),
    "spoken2": ("q0738", "q0850"),
    "corpus2": ("q0851", "q0971"),
    "phone": ("q0972", "q1103"),
    "qa17": ("q1104", "q1223"),
    "qa18": ("q1224", "q1333"),
    "qa19": ("q1334", "q1446"),
    "qa20": ("q1447", "q1539"),
    "qa21": ("q1540", "q1599"),
    "qa22": ("q1600", "q1689"),
    "qa23": ("q1700", "q1789"),
    "qa24": ("q1800", "q1859"),
    "qa25": ("q1900", "q1992"),
    "qa26": ("q2000", "q2099"),
    "qa27": ("q2100", "q2199"),
    "qa28": ("q2200", "q2299"),
    "qa29": ("q2300", "q2399"),
    "qa30": ("q2400", "q2459"),
    "qa31": ("q2460", "q2519"),
    "qa32": ("q2520", "q2579"),
    "qa33": ("q2580", "q2639"),
    "qa34": ("q2640", "q2699"),
    "qa35": ("q2700", "q2760"),
    "qa36": ("q2761", "q2821"),
    "qa37": ("q2822", "q2874"),
    "qa38": ("q2875", "q2939"),
    "qa39": ("q2940", "q2990"),
    "qa40": ("q2991", "q3054"),
    "qa41": ("q3055", "q3122"),
    "qa42": ("q3123", "q3203"),
    "qa43": ("q3204", "q3267"),
    "qa44": ("q3268", "q3339"),
    "qa45": ("q3340", "q3409"),
    "qa46": ("q3410", "q3483"),
    "qa47": ("q3484", "q3558"),
    "qa48": ("q3559", "q3633"),
    "qa49": ("q3634", "q3708"),
    "qa50": ("q3709", "q3783"),
    "probe50": ("q3800", "q3839"),
    "qa51": ("q3840", "q3914"),
    "qa52": ("q3915", "q3989"),
    "qa58": ("q3990", "q4064"),
    "qa59": ("q4065", "q4141"),
    "qa60": ("q4142", "q4213"),
    "qa61": ("q4214", "q4285"),
    "qa62": ("q4286", "q4357"),
}

_ID = re.compile(r"^q\d{4}$")
_QUESTION_KEYS = {"id", "kind", "style", "q", "now", "expect"}
_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")
_UNIFY = str.maketrans(
    {"—": "-", "–": "-", "―": "-", "－": "-", "〔": "[", "〕": "]", "【": "[", "】": "]"}
)
_SPACE = re.compile(r"\s+")

Answerer = Callable[[str, datetime | None], str]
AnswerItem = tuple[str, ...]


class QuestionSetError(ValueError):
    """A line of a question set that does not follow the format; the message names the line."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    style: str
    text: str
    now: date | datetime | None
    refuse: bool
    answer: tuple[AnswerItem, ...] = ()
    source: str | None = None
    evidence: str | None = None


# -- loading --------------------------------------------------------------------------------


def load_questions(path: Path | str) -> list[Question]:
    """Every line of a JSONL question set, checked; a bad line raises ``QuestionSetError``."""
    questions: list[Question] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            questions.append(parse_question(json.loads(line)))
        except (ValueError, TypeError, KeyError) as exc:
            raise QuestionSetError(f"{path}:{number}: {exc}") from exc
    return questions


def load_split(split: str, folder: Path = SET_DIR) -> list[Question]:
    """``dev``, ``blind`` or ``all`` (both, in id order)."""
    names = SPLITS if split == "all" else (split,)
    if any(name not in SPLITS for name in names):
        raise ValueError(f"unknown split {split!r}: dev, blind or all")
    questions = [q for name in names for q in load_questions(folder / f"{name}.jsonl")]
    return sorted(questions, key=lambda question: question.id)


def batch_of(question_id: str) -> str | None:
    """The name of the batch ``question_id`` was written in (``BATCHES``)."""
    return next((name for name, (a, b) in BATCHES.items() if a <= question_id <= b), None)


def parse_question(raw: Mapping[str, Any]) -> Question:
    if not isinstance(raw, Mapping):
        raise TypeError("a question is a JSON object")
    keys = set(raw)
    if keys != _QUESTION_KEYS:
        raise ValueError(f"fields must be {sorted(_QUESTION_KEYS)}, got {sorted(keys)}")
    if not isinstance(raw["id"], str) or not _ID.match(raw["id"]):
        raise ValueError(f"id {raw['id']!r} is not q followed by four digits")
    if raw["kind"] not in KINDS:
        raise ValueError(f"kind {raw['kind']!r} is not one of {KINDS}")
    if raw["style"] not in STYLES:
        raise ValueError(f"style {raw['style']!r} is not one of {STYLES}")
    if not isinstance(raw["q"], str) or not raw["q"].strip():
        raise ValueError("q must be a non-empty string")
    now = _parse_now(raw["now"])
    expect = raw["expect"]
    if not isinstance(expect, Mapping):
        raise TypeError("expect is a JSON object")
    base = {"id": raw["id"], "kind": raw["kind"], "style": raw["style"], "text": raw["q"]}
    if set(expect) == {"refuse"}:
        if expect["refuse"] is not True:
            raise ValueError('a refusal is written {"refuse": true}')
        return Question(**base, now=now, refuse=True)
    if set(expect) != {"answer", "source", "evidence"}:
        raise ValueError('expect is {"refuse": true} or has exactly answer, source and evidence')
    answer = tuple(_parse_item(item) for item in expect["answer"])
    if not answer:
        raise ValueError("answer lists at least one item")
    for key in ("source", "evidence"):
        if not isinstance(expect[key], str) or not expect[key].strip():
            raise ValueError(f"{key} must be a non-empty string")
    if len(expect["evidence"]) > 80:
        raise ValueError("evidence is at most 80 characters")
    return Question(
        **base,
        now=now,
        refuse=False,
        answer=answer,
        source=expect["source"],
        evidence=expect["evidence"],
    )


def _parse_now(value: Any) -> date | datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("now is an ISO date string or null")
    if "T" in value:
        return datetime.fromisoformat(value)
    return date.fromisoformat(value)


def _parse_item(item: Any) -> AnswerItem:
    if isinstance(item, str) and item.strip():
        return (item,)
    if isinstance(item, Mapping) and set(item) == {"any"}:
        alternatives = item["any"]
        if (
            isinstance(alternatives, list)
            and alternatives
            and all(isinstance(a, str) and a.strip() for a in alternatives)
        ):
            return tuple(alternatives)
    raise ValueError(f'an answer item is a string or {{"any": [strings]}}, got {item!r}')


# -- the seeds and their names --------------------------------------------------------------


def seed_texts() -> dict[str, str]:
    """The bundled plans, normalised as the extractor sees them, by file stem."""
    return {
        path.stem: normalise_text(decode_bytes(path.read_bytes())) for path in bundled_seed_paths()
    }


def seeded_store(folder: Path) -> Engine:
    """A fresh SQLite store in ``folder`` holding the five bundled plans (the real ingest)."""
    engine = make_engine(f"sqlite:///{Path(folder) / 'questions.db'}")
    upgrade_database(engine)
    load_seeds_if_empty(engine)
    return engine


def document_names(engine: Engine) -> dict[str, tuple[str, ...]]:
    """Each active document's names as stored, by the stem of its source file: title and short
    title, or for a document stored without either its doc number (what the bot then shows);
    a document with none of them has no name a reply could cite."""
    names: dict[str, tuple[str, ...]] = {}
    with Session(engine) as session:
        documents = session.exec(
            select(Document).where(Document.status == DocumentStatus.ACTIVE)
        ).all()
        for document in documents:
            stem = Path(document.source).stem
            titles = [name for name in (document.title, document.short_title) if name]
            if not titles and document.doc_number:
                titles = [document.doc_number]
            names[stem] = tuple(dict.fromkeys(titles))
    return names


# -- the unseen corpus and the evaluation store ---------------------------------------------


def corpus_paths(folder: Path = CORPUS_DIR) -> dict[str, list[Path]]:
    """The texts of the unseen corpus by split (``dev``, ``blind``), in file order."""
    return {split: list(iter_plan_files([folder / split])) for split in SPLITS}


def corpus_split(stem: str | None, folder: Path = CORPUS_DIR) -> str | None:
    """``dev`` or ``blind``: the split of the corpus document ``stem``; ``None`` for any other
    name (a seed, a refusal). A question about a blind document is blind (``split.py``)."""
    if not stem:
        return None
    return next((split for split in SPLITS if (folder / split / f"{stem}.txt").is_file()), None)


def corpus_texts(folder: Path = CORPUS_DIR) -> dict[str, str]:
    """The corpus documents, normalised as the extractor sees them, by file stem."""
    return {
        path.stem: normalise_text(decode_bytes(path.read_bytes()))
        for paths in corpus_paths(folder).values()
        for path in paths
    }


def document_texts() -> dict[str, str]:
    """Every document a question may name: the seeds, then the corpus."""
    return {**seed_texts(), **corpus_texts()}


def evaluation_store(folder: Path) -> Engine:
    """A fresh SQLite store in ``folder`` holding the seeds and every corpus document, each
    through the real ingest (a document the ingest refuses is left out, as for a user)."""
    engine = seeded_store(folder)
    for paths in corpus_paths().values():
        for path in paths:
            ingest_file(engine, path)
    return engine


def missing_documents(engine: Engine) -> dict[str, list[str]]:
    """Corpus documents the store does not hold (the ingest refused them), by split."""
    held = set(document_names(engine))
    return {
        split: [path.stem for path in paths if path.stem not in held]
        for split, paths in corpus_paths().items()
    }


class Citations:
    """Which document a reply cites, by the names the store gave the documents (see module)."""

    def __init__(self, names: Mapping[str, Sequence[str]], texts: Mapping[str, str]) -> None:
        canonical_texts = {stem: canonical(text) for stem, text in texts.items()}
        canonical_names = {
            stem: {canonical(name) for name in titles} for stem, titles in names.items()
        }
        self._patterns: dict[str, list[str]] = {}
        for stem, titles in canonical_names.items():
            candidates = set(titles) | {title[:TITLE_PREFIX] for title in titles}
            others = [text for other, text in canonical_texts.items() if other != stem]
            others += [t for other, ts in canonical_names.items() if other != stem for t in ts]
            self._patterns[stem] = sorted(
                name if not any(name in other for other in others) else f"《{name}"
                for name in candidates
                if name
            )

    @classmethod
    def from_store(cls, engine: Engine) -> Citations:
        return cls(document_names(engine), document_texts())

    def known(self, source: str) -> bool:
        return source in self._patterns

    def cites(self, reply: str, source: str) -> bool:
        """``reply`` already canonical."""
        return any(pattern in reply for pattern in self._patterns.get(source, ()))


# -- judging --------------------------------------------------------------------------------


def canonical(text: str) -> str:
    """The form replies and expected items are compared in (see the module docstring)."""
    text = unicodedata.normalize("NFKC", to_simplified(text))
    text = _SPACE.sub("", text).translate(_QUOTES).translate(_UNIFY)
    return text


def contains_item(reply: str, item: str) -> bool:
    """``item`` in ``reply`` (both canonical), a leading or trailing number standing alone."""
    if not item:
        return False
    before = r"(?<![0-9.])" if item[0].isdigit() else ""
    after = r"(?![0-9])" if item[-1].isdigit() else ""
    return re.search(before + re.escape(item) + after, reply) is not None


@dataclass(frozen=True)
class Verdict:
    id: str
    kind: str
    style: str
    right: bool
    refused: bool
    hedged: bool
    missing: tuple[str, ...]
    cited: bool
    length: int


def judge(question: Question, reply: str, citations: Citations) -> Verdict:
    refused = REFUSAL_MARKER in reply
    hedged = HEDGE_MARKER in reply
    # Line by line: a number ending one line stands alone before the next line's (答: 2020-04-09
    # then a caption starting 2020年…), as the reader sees it.
    text = "\n".join(canonical(line) for line in reply.splitlines())
    if not question.refuse:
        # The echo of the user's words ("问: …") is not an answer.
        text = text.replace(canonical(question.text), "")
    missing = tuple(
        "|".join(item)
        for item in question.answer
        if not any(contains_item(text, canonical(alternative)) for alternative in item)
    )
    cited = question.source is None or citations.cites(text, question.source)
    answered = not refused and not hedged and not missing and cited
    right = refused if question.refuse else answered
    return Verdict(
        id=question.id,
        kind=question.kind,
        style=question.style,
        right=right,
        refused=refused,
        hedged=hedged,
        missing=missing,
        cited=cited,
        length=len(reply),
    )


# -- answerers ------------------------------------------------------------------------------


class SettableClock:
    """The real clock, or a fixed instant while one is set (a ``policybot.clock.Clock``)."""

    def __init__(self) -> None:
        self.fixed: datetime | None = None

    def now(self) -> datetime:
        return self.fixed if self.fixed is not None else datetime.now(UTC)


def asked_at(now: date | datetime | None, timezone: str = DEFAULT_TIMEZONE) -> datetime | None:
    """The instant a question is asked: a date means 09:00 that day in ``timezone``."""
    if now is None:
        return None
    zone = ZoneInfo(timezone)
    if isinstance(now, datetime):
        return now if now.tzinfo else now.replace(tzinfo=zone)
    return datetime.combine(now, ASKED_AT, tzinfo=zone)


class BotAnswerer:
    """The bot's reply, exactly as ``policybot ask --all`` prints it, at the instant given, routed
    as the chat routes it (a sum of rewards to the calculator, two regions to the comparison): a
    long list whole (the chat and plain ``ask`` show its first page and 还有N条; scored on that
    page, dev loses q0221 and q1908, two list dumps whose item lies on a later page)."""

    def __init__(self, engine: Engine, timezone: str = DEFAULT_TIMEZONE) -> None:
        self.clock = SettableClock()
        self.service = QueryService(engine, clock=self.clock, timezone=timezone)

    def __call__(self, question: str, now: datetime | None) -> str:
        self.clock.fixed = now.astimezone(UTC) if now is not None else None
        reply, _ = answer_text(self.service, question, shown=Shown(every_page=True))
        return reply


# -- the report -----------------------------------------------------------------------------


@dataclass
class Report:
    verdicts: list[Verdict]
    replies: dict[str, str] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return _share(sum(v.right for v in self.verdicts), len(self.verdicts))

    def batch(self, name: str) -> Report:
        """The verdicts (and replies) of the questions of batch ``name`` alone."""
        verdicts = [v for v in self.verdicts if batch_of(v.id) == name]
        ids = {v.id for v in verdicts}
        replies = {i: reply for i, reply in self.replies.items() if i in ids}
        return Report(verdicts=verdicts, replies=replies)

    def by(self, attribute: str, order: Iterable[str]) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[Verdict]] = {}
        for verdict in self.verdicts:
            groups.setdefault(getattr(verdict, attribute), []).append(verdict)
        return {
            name: {
                "n": len(groups[name]),
                "right": sum(v.right for v in groups[name]),
                "accuracy": _share(sum(v.right for v in groups[name]), len(groups[name])),
            }
            for name in order
            if name in groups
        }

    @property
    def out_of_store_refusal_rate(self) -> float | None:
        refusals = [v for v in self.verdicts if v.kind == "out_of_store"]
        return _share(sum(v.refused for v in refusals), len(refusals)) if refusals else None

    @property
    def answerable(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.kind != "out_of_store"]

    @property
    def false_refusals(self) -> int:
        """Questions the plans answer, answered with a plain 未找到 (no hedge)."""
        return sum(v.refused and not v.hedged for v in self.answerable)

    @property
    def hedged(self) -> int:
        """Questions the plans answer, answered with 部分相符 (未找到, but here is something)."""
        return sum(v.hedged for v in self.answerable)

    @property
    def wrong_ids(self) -> list[str]:
        return [v.id for v in self.verdicts if not v.right]

    def lengths(self) -> dict[str, int]:
        lengths = sorted(v.length for v in self.verdicts)
        if not lengths:
            return {"median": 0, "p90": 0, "max": 0}
        return {
            "median": round(statistics.median(lengths)),
            "p90": lengths[max(0, math.ceil(0.9 * len(lengths)) - 1)],
            "max": lengths[-1],
        }

    def to_dict(self) -> dict[str, Any]:
        kinds = Counter(v.kind for v in self.verdicts)
        return {
            "questions": len(self.verdicts),
            "accuracy": self.accuracy,
            "right": sum(v.right for v in self.verdicts),
            "by_kind": self.by("kind", KINDS),
            "by_style": self.by("style", STYLES),
            "out_of_store": kinds["out_of_store"],
            "out_of_store_refusal_rate": self.out_of_store_refusal_rate,
            "false_refusals": self.false_refusals,
            "hedged": self.hedged,
            "uncited": sum(not v.cited for v in self.answerable if not v.refused),
            "reply_chars": self.lengths(),
            "wrong_ids": self.wrong_ids,
        }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def score(
    questions: Sequence[Question],
    answerer: Answerer,
    citations: Citations,
    *,
    timezone: str = DEFAULT_TIMEZONE,
    keep_replies: bool = False,
) -> Report:
    """Ask every question (at its ``now``) and judge every reply."""
    report = Report(verdicts=[])
    for question in questions:
        reply = answerer(question.text, asked_at(question.now, timezone))
        report.verdicts.append(judge(question, reply, citations))
        if keep_replies:
            report.replies[question.id] = reply
    return report
