"""A sum stated per item ("每项8万元"): what both readers of a bare per-item rule agree on.

A rule may price each item with no verb of granting ("对主导制定团体标准的单位,每项8万元"). The
extractor reads such a clause as a reward (``rewards``), and the calculator reads it as the grant
a cap in the same sentence closes (``reward_terms.rule_of_cap``). The two must mean the same by
"per item": should they drift apart, a rule priced by one would be missed by the other, and the
cap closing its sentence read as a cap on every reward of the plan (what trial36b found when
neither read it). So the words live here, once.
"""

from __future__ import annotations

# 每 and the measure word of the item a sum is given for.
PER_ITEM = r"每(?:项|家|个|件|次|人|名|部)"
# The sum itself, in 元 (8万元, 1.5千元, 500元).
ITEM_SUM = r"\d+(?:\.\d+)?\s*(?:万|千)?元"
