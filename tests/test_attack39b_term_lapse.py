"""attack39b: a notice's term in years (有效期5年) bounds its plan period by YEARS only
(``extract/metadata.py`` ``_term_period`` returns ``(start.year, term_end.year)``), so its duties
run to the end of the year it lapses in: a notice issued 2015-04-08, 有效期5年, lapses on
2020-04-07 (its own answer says so) yet its monthly duty is still due on 2020-06-05 … 2020-12-05
(up to eight reminders and /overdue lines after it lapsed). A plan stating no term at all is cut
at the exact day (``recurrence._term_end``): the stated term is the looser one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.scheduler.items import ItemKind, due_items

NOTICE = """试点市关于加强品牌培育工作的通知
试政办发〔2015〕3号
试点市人民政府办公室
2015年4月8日

一、建立报送制度。各区市场监管分局每月5日前向市市场监管局报送品牌培育工作情况。
二、本通知自印发之日起施行,有效期5年。
"""


def test_no_duty_falls_due_after_the_notice_lapsed(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    upgrade_database(engine)
    try:
        outcome = ingest_bytes(engine, NOTICE.encode("utf-8"), "notice.txt")
        assert outcome.result is not None
        with Session(engine) as session:
            before = due_items(session, [date(2020, 3, 5)])
            after = due_items(session, [date(2020, 9, 5)])
    finally:
        engine.dispose()
    assert [item.kind for item in before] == [ItemKind.RECURRING]  # still in force: reminded
    assert not after, after  # lapsed on 2020-04-07: nothing is due in September


TRIAL_NOTICE = NOTICE.replace("有效期5年", "试行期两年")


def test_a_trial_term_bounds_the_notice(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    upgrade_database(engine)
    try:
        outcome = ingest_bytes(engine, TRIAL_NOTICE.encode("utf-8"), "notice.txt")
        assert outcome.result is not None
        with Session(engine) as session:
            during = due_items(session, [date(2016, 3, 5)])
            after = due_items(session, [date(2019, 9, 5)])  # the trial ended 2017-04-07
    finally:
        engine.dispose()
    assert during
    assert not after, after
