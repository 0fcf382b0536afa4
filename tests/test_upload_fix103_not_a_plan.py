"""fix103 (attack54 M7): a file with none of a plan's words and nothing but a date or two and a
headcount (a dinner notice) is refused at reading, not previewed with a target and 确认入库; a
small real plan is read as before (invented texts only)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine

from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.metadata_checks import NOT_A_PLAN
from policybot.knowledge.readers import ReadError
from policybot.knowledge.reading import read_plan
from policybot.knowledge.uploads import UploadError, prepare_upload

DINNER_NOTICE = """关于举办年终聚餐的通知
各科室:
经研究,定于2031年12月28日晚18时在机关食堂举办年终聚餐,参加人数约60人。请各科室于12月25日前将参加人员名单报办公室。
办公室
2031年12月20日
"""

# A small real plan: one goal and one deadline, no doc number, in the words of a plan.
SMALL_PLAN = """青岚县质量提升工作方案
一、工作目标
到2032年,全县新增省著名商标5件。
二、工作安排
2031年10月底前完成企业摸底。
青岚县市场监督管理局
2031年6月1日
"""


def test_dinner_notice_is_refused_as_no_plan() -> None:
    with pytest.raises(ReadError) as refused:
        read_plan(DINNER_NOTICE.encode("utf-8"), "dinner.txt")
    assert str(refused.value) == NOT_A_PLAN
    assert "没有找到规划承诺" in NOT_A_PLAN


def test_small_real_plan_is_not_refused() -> None:
    plan = read_plan(SMALL_PLAN.encode("utf-8"), "small.txt")
    assert plan.extraction.targets


def test_dinner_notice_upload_gets_no_preview_nor_button(engine: Engine) -> None:
    """attack54 M7: previewed with 参加人数约60人 as a target and a 确认入库 button; now refused
    before any pending upload is kept, saying no plan commitment was found."""
    with pytest.raises(UploadError) as refused:
        prepare_upload(engine, DINNER_NOTICE.encode("utf-8"), "dinner.txt", chat_id=1, user_id=7)
    assert "没有找到规划承诺" in str(refused.value)
    outcome = ingest_bytes(engine, DINNER_NOTICE.encode("utf-8"), "dinner.txt")
    assert outcome.result is None and outcome.error == NOT_A_PLAN, outcome


def test_small_real_plan_upload_is_previewed(engine: Engine) -> None:
    preview = prepare_upload(engine, SMALL_PLAN.encode("utf-8"), "small.txt", chat_id=1, user_id=7)
    assert preview.pending_id is not None and preview.counts["target"] == 1, preview.counts
