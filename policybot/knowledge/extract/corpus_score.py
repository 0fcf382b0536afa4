"""Score the extractor over a corpus of annotated documents.

A corpus is one or more folders of gold files (``<stem>.json``, SCHEMA.md format); each gold file's
text is ``<stem>.txt`` beside it or, for the seeds, ``document.source`` in a ``--texts`` folder.
Section figures are micro-averaged: matched, predicted and gold records are summed over the
documents before precision, recall and F1 are taken, so a long plan weighs what its facts weigh.
Document metadata is the share of documents whose field is right, per field and their mean.

The output is ONE JSON object of totals; ``--details`` first prints one JSON line per document.
Keep ``--details`` off for a val or blind split: its figures are reported, never read document by
document.  ``--diagnose`` adds counts of why records go unmatched (see ``diagnosis``): only
counts, never a text, an id or a document name, so it may be used on the val split.

Usage: ``python -m policybot.knowledge.extract.corpus_score FOLDER [FOLDER…] [--texts DIR]
[--optional skip|empty] [--details] [--diagnose]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policybot.knowledge.extract.diagnosis import Diagnosis, diagnose
from policybot.knowledge.extract.errors import ExtractionError
from policybot.knowledge.extract.pipeline import extract_document
from policybot.knowledge.extract.records import document_dict
from policybot.knowledge.extract.scoring import (
    METADATA_FIELDS,
    OPTIONAL_SECTIONS,
    SECTIONS,
    SectionScore,
    metadata_score,
    score,
)

_EMPTY_PREDICTION: dict[str, Any] = {"document": {}}


@dataclass(frozen=True)
class CorpusDocument:
    """One annotated document: where its text and its gold annotation are."""

    name: str
    text_path: Path
    gold_path: Path


@dataclass
class DocumentResult:
    name: str
    sections: dict[str, SectionScore]
    metadata: dict[str, bool]
    error: str | None = None
    diagnosis: Diagnosis = field(default_factory=Diagnosis)

    def as_line(self) -> dict[str, Any]:
        line: dict[str, Any] = {"document": self.name}
        for name, section in self.sections.items():
            line[name] = f"{section.matched}/{section.predicted}/{section.gold}"
        line["metadata"] = {name: ok for name, ok in self.metadata.items()}
        if self.error:
            line["error"] = self.error
        return line


@dataclass
class CorpusScore:
    """Summed section counts and metadata hits over a corpus."""

    documents: int = 0
    failed: int = 0
    sections: dict[str, SectionScore] = field(default_factory=dict)
    metadata_right: dict[str, int] = field(default_factory=dict)
    diagnosis: Diagnosis = field(default_factory=Diagnosis)

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        self.diagnosis.add(result.diagnosis)
        self.failed += 1 if result.error else 0
        for name, section in result.sections.items():
            total = self.sections.get(name, SectionScore(0, 0, 0))
            self.sections[name] = SectionScore(
                total.matched + section.matched,
                total.predicted + section.predicted,
                total.gold + section.gold,
            )
        for name, ok in result.metadata.items():
            self.metadata_right[name] = self.metadata_right.get(name, 0) + int(ok)

    def metadata(self) -> dict[str, float]:
        shares = {
            name: self.metadata_right.get(name, 0) / self.documents if self.documents else 0.0
            for name in METADATA_FIELDS
        }
        shares["mean"] = sum(shares.values()) / len(METADATA_FIELDS)
        return {name: round(value, 3) for name, value in shares.items()}

    def f1(self, section: str) -> float:
        return self.sections[section].f1 if section in self.sections else 0.0

    def as_dict(self) -> dict[str, Any]:
        ordered = [name for name in (*SECTIONS, *OPTIONAL_SECTIONS) if name in self.sections]
        return {
            "documents": self.documents,
            "extraction_errors": self.failed,
            "sections": {name: self.sections[name].as_dict() for name in ordered},
            "metadata": self.metadata(),
        }


def find_documents(folders: Iterable[Path], texts: Path | None = None) -> list[CorpusDocument]:
    """Every gold file of the folders with its text (sorted by name); a missing text is an error."""
    documents: list[CorpusDocument] = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.json")):
            text_path = gold_path.with_suffix(".txt")
            if not text_path.exists() and texts is not None:
                source = json.loads(gold_path.read_text(encoding="utf-8"))["document"]["source"]
                text_path = texts / source
            if not text_path.exists():
                raise FileNotFoundError(f"no text for {gold_path}: looked for {text_path}")
            documents.append(CorpusDocument(gold_path.stem, text_path, gold_path))
    return documents


def predict(document: CorpusDocument) -> tuple[dict[str, Any], dict[str, Any], str | None]:
    """The document's extraction as a schema dict, its gold, and why it was refused (or None)."""
    gold: dict[str, Any] = json.loads(document.gold_path.read_text(encoding="utf-8"))
    error: str | None = None
    try:
        predicted = extract_document(
            document.text_path.read_bytes(), document.text_path.name
        ).to_schema_dict()
    except ExtractionError as refused:
        # No facts; the metadata read before the refusal still counts (a notice whose plan was
        # cut off names its region, number and date).
        predicted, error = _EMPTY_PREDICTION, str(refused)
        if refused.document is not None:
            predicted = {"document": document_dict(refused.document)}
    return predicted, gold, error


def score_document(document: CorpusDocument, optional: str = "skip") -> DocumentResult:
    """Extract one document and score it; a document the extractor refuses predicts no facts."""
    predicted, gold, error = predict(document)
    return DocumentResult(
        document.name,
        score(predicted, gold, optional=optional),
        metadata_score(predicted, gold),
        error,
        diagnose(predicted, gold, error is not None),
    )


def score_corpus(
    documents: list[CorpusDocument], optional: str = "skip"
) -> tuple[CorpusScore, list[DocumentResult]]:
    total = CorpusScore()
    results: list[DocumentResult] = []
    for document in documents:
        result = score_document(document, optional)
        total.add(result)
        results.append(result)
    return total, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m policybot.knowledge.extract.corpus_score", description=__doc__
    )
    parser.add_argument("folders", nargs="+", type=Path, help="folders of <stem>.json gold files")
    parser.add_argument("--texts", type=Path, help="where texts named by document.source live")
    parser.add_argument(
        "--optional",
        choices=("skip", "empty"),
        default="skip",
        help="a gold file without tasks/conditions: not annotated (skip) or none there (empty)",
    )
    parser.add_argument("--details", action="store_true", help="one line per document first")
    parser.add_argument(
        "--diagnose", action="store_true", help="add counts of why records go unmatched"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    total, results = score_corpus(find_documents(args.folders, args.texts), args.optional)
    if args.details:
        for result in results:
            print(json.dumps(result.as_line(), ensure_ascii=False))
    report = total.as_dict()
    if args.diagnose:
        report["diagnosis"] = total.diagnosis.as_dict()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
