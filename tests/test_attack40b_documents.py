"""attack40b: a casual 规划/方案 of a county holding a plan (an 实施意见) and a report (…的通报).
"样板县的规划啥时候印发的" gets "未找到:没有找到这份规划;收录的是《推进品质提升工作的实施意见》",
naming the very plan asked about instead of answering with it (2031-05-06, 样政办发〔2031〕9号);
with the 实施意见 alone it is answered. A 通报 is no 规划, so the plan is the one meant.
Invented texts (trial40's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, invented_plans_service
from tests.test_answers_trial40 import ASKED, OPINIONS, REPORT


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("样板县的规划啥时候印发的", "2031-05-06"),
        ("样板县那个方案文号是多少", "样政办发〔2031〕9号"),
    ],
)
def test_a_casual_name_means_the_countys_plan_beside_a_report(
    tmp_path: Path, question: str, said: str
) -> None:
    with invented_plans_service(tmp_path, OPINIONS, REPORT, now=ASKED) as service:
        reply = ask(service, question)
    assert "未找到" not in reply and said in reply, reply
