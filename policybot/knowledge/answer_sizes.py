"""How much an answer shows and how close a tie is: the sizes every kind of answer shares.

The single answer, the lists, the window of dates and a unit's duties each cut their pools and
ties by these; kept in one module so that the modules answering a kind of question agree on
them without importing the orchestration in ``answering``.
"""

from __future__ import annotations

# How many facts a single-value answer may show beside the best (near ties: 分别奖多少).
NEAR_TIES = 3

TIE_MARGIN = 0.12


# How many list items a phone's page shows.
PHONE_PAGE_ITEMS = 8


# The most items a list answer takes from the index.
LIST_LIMIT = 60


# How many facts, and sentences, a single answer weighs.
FACT_POOL = 40

PASSAGE_POOL = 12
