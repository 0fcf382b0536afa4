"""Subjects of a respective list: "化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量分别达到
4.32万吨、0.18万吨、3.68万吨、1.06万吨" is four goals, one per item, each counting its own item
("氨氮重点工程减排量"), not four goals of the whole list.

A reader asking what one pollutant's goal is must find it under that pollutant: the list's lead
is split at its 、 and paired with the numbers in order, when their counts agree.  The measure the
items share ("重点工程减排量", "排放总量") is written once, after the last item; it is found by a
vocabulary of general measure words and given to every item, with the comparison after it
("比2020年…下降").
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.records import TargetRecord

_LEAD = re.compile(
    r"^(?P<items>[^,;:。]+?)(?P<against>(?:比|较)(?:19|20)\d{2}\s*年)?分别(?P<verb>下降|降低|增长|提高|减少|增加|上升)?"
)
# The measure the items share, written once after the last one (general words only).
_MEASURE = re.compile(
    r"(?:重点工程|主要)?(?:减排量|排放总量|排放量|排放强度|消费总量|总量|产量|面积|比重|占比|"
    r"覆盖率|达标率|利用率|增长率|增加值|收入|规模|浓度)$"
)


def respective_subjects(records: list[TargetRecord]) -> list[TargetRecord]:
    """One sentence's goals with a respective list's items given one each, in order."""
    result = list(records)
    groups: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        lead = _LEAD.match(record.subject)
        if lead and "、" in lead["items"] and record.district is None:
            groups.setdefault(lead["items"], []).append(index)
    for items_text, indexes in groups.items():
        items = [item.strip() for item in items_text.split("、")]
        if len(items) != len(indexes) or len(items) < 2 or not all(items):
            continue
        lead = _LEAD.match(records[indexes[0]].subject)
        if lead is None:
            continue
        measure = _MEASURE.search(items[-1])
        shared = ""
        if measure and measure.start() > 0:
            shared = measure.group(0)
            items[-1] = items[-1][: measure.start()]
        after = (lead["against"] or "") + (lead["verb"] or "") if lead["against"] else ""
        for item, index in zip(items, indexes, strict=True):
            subject = item if item.endswith(shared) else item + shared
            result[index] = replace(records[index], subject=subject + after)
    return result
