"""One word per concept wherever users see it: every reply, digest, preview, history line and
export names a fact kind and a recurrence with the word ``knowledge.labels`` gives."""

from __future__ import annotations

from policybot.handlers.admin_format import KIND_COUNT_LABELS
from policybot.handlers.formatting import KIND_NAMES
from policybot.knowledge.audit import ENTITY_LABELS
from policybot.knowledge.editing import KIND_LABELS as EDIT_LABELS
from policybot.knowledge.editing import parse_kind
from policybot.knowledge.labels import (
    ALL_WORDS,
    EVERY_LABELS,
    FACT_KIND_LABELS,
    INCLUDE_PAST_WORDS,
    KIND_USAGE,
)
from policybot.knowledge.models import FactKind
from policybot.scheduler.digest import KIND_LABELS as DIGEST_LABELS
from policybot.scheduler.items import ItemKind


def test_every_place_names_a_fact_kind_with_the_same_word() -> None:
    for kind in FactKind.ALL:
        word = FACT_KIND_LABELS[kind]
        assert KIND_NAMES[kind] == word  # answers
        assert ENTITY_LABELS[kind] == word  # the change history
        assert EDIT_LABELS[kind] == word  # /add, /edit, /delete
        assert dict((k, label) for k, label, _ in KIND_COUNT_LABELS)[kind] == word  # previews
        assert f"{kind} {word}" in KIND_USAGE
        assert parse_kind(word) == kind  # what is shown can be typed back
    for item_kind in (ItemKind.TARGET, ItemKind.MILESTONE, ItemKind.RECURRING):
        assert DIGEST_LABELS[item_kind] == FACT_KIND_LABELS[item_kind]  # reminders


def test_the_labels_are_distinct_and_the_old_variants_are_gone() -> None:
    words = [FACT_KIND_LABELS[kind] for kind in FactKind.ALL]
    assert len(set(words)) == len(words)
    assert not {"节点", "重复任务", "定期"} & set(words)
    assert set(EVERY_LABELS) == {"year", "half-year", "quarter", "month"}


def test_everything_words_are_one_set() -> None:
    assert {"全部", "所有", "all"} <= ALL_WORDS <= INCLUDE_PAST_WORDS
